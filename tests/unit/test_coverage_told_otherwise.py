"""A figure is left out only by an outlet that gives no figure of its measure, and added
only where no other outlet gives that measure (issue 12 item 4; session 18's held-out
read, t61-t70, now dev: "14 fishing boats" left out by an outlet writing "more than 20
Dorsenian trawlers", a "12-night cruise" added and a "14-night" one left out, "18
districts" left out by "about a third of electoral districts"). Told here with new
fictional text, each beside its near misses: a figure of another thing, a small count,
another referent, or no figure at all leaves the omission or the addition standing.
"""

from __future__ import annotations

import support

BOATS = "Before the seizure the coastguard ordered 14 Vellish fishing boats to leave the waters off Tamberly."


def test_the_count_truly_left_out_is_an_omission():
    assert "14" in support.halcyon_story(BOATS, None)[0]
    assert "14" in support.halcyon_story(BOATS, None, n=3)[0]


def test_another_count_of_the_boats_in_other_words_is_no_omission():
    # "14 fishing boats" / "more than 20 Vellish trawlers": one fleet, two counts
    own = "Patrols found more than 20 Vellish trawlers fishing illegally near Tamberly at dawn."
    omitted, added = support.halcyon_story(BOATS, own)
    assert "14" not in omitted
    assert "20" not in added  # nor is its own count one only it gives
    assert "14" not in support.halcyon_story(BOATS, own, n=3)[0]


def test_near_miss_a_count_of_another_thing_leaves_the_omission():
    # 20 pilots hired in Kestow: no count of the boats, no words of the boats' sentence
    assert "14" in support.halcyon_story(BOATS, "The harbour of Kestow hired 20 extra pilots this spring, its director said.")[0]


def test_near_miss_a_count_of_another_measure_leaves_the_omission():
    # arrests are another measure than boats ordered away, whatever words they share
    own = "Police in Tamberly arrested 20 Vellish fishermen after a brawl at the fish market."
    assert "14" in support.halcyon_story(BOATS, own)[0]


TRIP = "The coastguard stopped the Halcyon Star at the end of a 14-night voyage around the Skerrin Isles."


def test_a_size_of_the_same_word_is_told_otherwise():
    # "a 14-night voyage" / "a 12-night voyage": the voyage's length, twice
    own = "Passengers said the Halcyon Star's 12-night voyage had been a nightmare from the start."
    omitted, added = support.halcyon_story(TRIP, own)
    assert "14" not in omitted
    assert "12" not in added


def test_near_miss_a_size_of_another_word_is_not():
    # "a 12-berth ship" sizes the ship, not the voyage
    own = "The Halcyon Star, a 12-berth ship built in Orsk, was registered to a company in Ulvane."
    assert "14" in support.halcyon_story(TRIP, own)[0]


DISTRICTS = "The coastguard seized the ship under a law that redrew 18 coastal districts of Marevia."


def test_a_share_in_words_of_the_counted_thing_is_told_otherwise():
    own = "The coastguard seized the ship under a law that redrew about a third of coastal districts of Marevia."
    assert "18" not in support.halcyon_story(DISTRICTS, own)[0]


def test_near_miss_a_share_of_another_thing_is_not():
    own = "The coastguard seized the ship under a law that about a third of voters in Marevia opposed."
    assert "18" in support.halcyon_story(DISTRICTS, own)[0]
