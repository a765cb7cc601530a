"""The same fact in other words is carried, not left out, and not a fact only one outlet
gives (session 20's held-out read of omission and addition, its wrongs now dev t82 and
t85): a size in words of the same counted thing ("tens of thousands of residents" for
"45,000 residents"), a rounder reading of the same value ("nearly 4 million" for "about
3.8 million"), and another outlet's own count of the same specific thing ("its 31 crew
members" / "the ship's 37 crew": a conflict, not an addition). Told with new fictional
text, each beside its near misses: another counted thing, another measure of the same
noun, or a value far from the fact's leaves the omission or the addition standing.
"""

from __future__ import annotations

import support

# --- a size in words of the same counted thing ---------------------------------------

RESIDENTS = "The flood forced 45,000 residents of the Skerrin valley to leave their homes, officials said."


def test_a_size_in_words_of_the_same_residents_is_no_omission():
    own = "The flood forced tens of thousands of residents of the Skerrin valley to leave their homes, officials said."
    assert "45,000" not in support.halcyon_story(RESIDENTS, own)[0]


def test_a_size_in_words_with_a_name_before_the_noun_is_no_omission():
    # "tens of thousands of Skerrin valley residents": the name is the referent, the
    # noun what is counted
    own = "Tens of thousands of Skerrin valley residents were forced to leave their homes by the flood."
    assert "45,000" not in support.halcyon_story(RESIDENTS, own)[0]


def test_near_miss_a_size_in_words_of_another_thing_leaves_the_omission():
    own = "The flood forced the Skerrin valley to hand out tens of thousands of sandbags, officials said."
    assert "45,000" in support.halcyon_story(RESIDENTS, own)[0]


# --- a rounder reading of the same value ---------------------------------------------

USERS = ("Marevia ordered a nationwide ban on Loopster, the video app used by about 3.8 million "
         "people in the country, on Wednesday.")


def test_a_rounder_value_of_the_same_measure_is_no_omission():
    own = ("The decision to ban Loopster, the video platform used by nearly 4 million Marevians, "
           "is the most sweeping act of censorship in years.")
    assert "3.8 million" not in support.halcyon_story(USERS, own)[0]


def test_near_miss_a_value_far_from_it_leaves_the_omission():
    # "400,000" is no reading of 3.8 million, nor within reach of another count of it
    far = ("The decision to ban Loopster, the video platform used by 400,000 Marevians, "
           "is the most sweeping act of censorship in years.")
    assert "3.8 million" in support.halcyon_story(USERS, far)[0]


def test_near_miss_a_rounder_value_of_another_measure_leaves_the_omission():
    # what the platform earns, not how many use it
    own = ("The decision to ban Loopster, the video platform that earned nearly 4 million marks "
           "in adverts, is the most sweeping act of censorship in years.")
    assert "3.8 million" in support.halcyon_story(USERS, own)[0]


# --- another outlet's own count of the same specific thing ---------------------------

CREW = ("The Halcyon Star, operated by the Vellish firm Orsk Lines, is anchored off Tamberly, "
        "its 31 crew members waiting for permission to land.")


def test_another_count_of_the_crew_is_neither_omission_nor_addition():
    own = ("The ship's 37 crew, most of them migrant workers on short contracts, have been "
           "working 18-hour shifts hauling cargo by hand, one of them said.")
    for n in (3, 4):
        omitted, added = support.halcyon_story(CREW, own, n=n)
        assert "31" not in omitted
        assert "37" not in added


def test_near_miss_another_measure_of_the_crew_leaves_the_omission():
    # the injured are a head of their own: not the crew's size
    own = "Twelve of the ship's crew were injured when a cargo hatch collapsed, one of them said."
    assert "31" in support.halcyon_story(CREW, own)[0]


# --- one unit in words ("more than a mile") -------------------------------------------

WINDOWS = "The blast on the Halcyon Star shattered windows in Tamberly up to 2 kilometres from the quay."


def test_a_unit_in_words_of_the_same_reach_is_no_omission():
    own = "The blast on the Halcyon Star shattered windows in Tamberly more than a mile away."
    assert "2 kilometres" not in support.halcyon_story(WINDOWS, own)[0]


def test_a_unit_in_words_of_the_same_reach_leaves_the_figure_no_addition():
    # the others tell the reach as "more than a mile": the figure is no fact only one gives
    told = "The blast on the Halcyon Star shattered windows in Tamberly more than a mile away."
    assert "2 kilometres" not in support.halcyon_story(told, WINDOWS)[1]


def test_near_miss_a_unit_in_words_of_another_thing_leaves_the_omission():
    # the ship and the port are named in both, but nothing else of the clause is shared
    own = "Smoke from the Halcyon Star could be seen from Tamberly more than a mile out at sea."
    assert "2 kilometres" in support.halcyon_story(WINDOWS, own)[0]


def test_near_miss_a_unit_in_words_far_from_the_figure_leaves_the_omission():
    fact = "The blast on the Halcyon Star shattered windows in Tamberly up to 5 kilometres from the quay."
    own = "The blast on the Halcyon Star shattered windows in Tamberly half a mile away."
    assert "5 kilometres" in support.halcyon_story(fact, own)[0]


# --- a source's facts told without the source ----------------------------------------

SOURCED = ["In all 140 containers were seized from the Halcyon Star on Sunday, according to the Harbour Safety Board.",
           "The Harbour Safety Board said the cargo would be held until the courts ruled."]
OWN_COUNT = "Officers found nearly 120 containers of contraband cigarettes in the hold of the Halcyon Star."


def test_a_source_whose_figure_is_told_is_no_omission():
    # the outlet gives its own count of the containers: it has what the Board said
    assert "Harbour Safety Board" not in support.halcyon_story(SOURCED, OWN_COUNT)[0]


def test_near_miss_a_name_that_acts_is_no_source():
    acting = ["The Harbour Safety Board seized 140 containers from the Halcyon Star on Sunday.",
              SOURCED[1]]
    assert "Harbour Safety Board" in support.halcyon_story(acting, OWN_COUNT)[0]


def test_near_miss_a_source_whose_figure_is_not_told_is_left_out():
    own = "Officers searched the hold of the Halcyon Star for contraband cigarettes on Sunday."
    omitted = support.halcyon_story(SOURCED, own)[0]
    assert "Harbour Safety Board" in omitted and "140" in omitted


# --- a percentage told as a share in words ---------------------------------------------

PLANT = ("The Tamberly plant, which supplies roughly 30 percent of Marevia's electricity, "
         "stopped generating after the seizure.")


def test_a_share_in_words_the_figure_stands_for_is_no_omission():
    # "roughly 30 percent" stands for 25 to 35: "about a third" (33) tells it
    own = "A plant that provides about a third of the country's power now stands idle."
    assert "30 percent" not in support.halcyon_story(PLANT, own)[0]


def test_near_miss_a_share_outside_the_figure_s_reach_leaves_the_omission():
    own = "A plant that provides about a quarter of the country's power now stands idle."
    assert "30 percent" in support.halcyon_story(PLANT, own)[0]


def test_near_miss_a_share_of_counted_things_of_another_kind_leaves_the_omission():
    # a third of homes is another measure than a share of the electricity
    own = "A plant that provides power to a third of the country's homes now stands idle."
    assert "30 percent" in support.halcyon_story(PLANT, own)[0]


def test_near_miss_an_ordinal_third_is_no_share():
    own = "The plant now stands idle, a third blow to the country this year."
    assert "30 percent" in support.halcyon_story(PLANT, own)[0]


# a share in words in another clause than the one telling the figure's thing (review21c)

EXPORTS = "Roughly 30 percent of the Tamberly plant's output is exported to Vellmark, officials said."


def test_a_share_in_words_of_the_same_whole_is_no_omission():
    own = "About a third of the Tamberly plant's output is exported to Vellmark, officials said."
    assert "30 percent" not in support.halcyon_story(EXPORTS, own)[0]


def test_near_miss_a_share_of_another_whole_in_another_clause_leaves_the_omission():
    # the sentence's first clause tells the output's export; its share is of the power
    own = ("Much of the Tamberly plant's output is exported to Vellmark, though it supplies about "
           "a third of the country's power, officials said.")
    assert "30 percent" in support.halcyon_story(EXPORTS, own)[0]


def test_near_miss_a_share_of_a_collective_in_another_clause_leaves_the_omission():
    # "staff" counts people with no plural ending: only the clause tells it apart
    own = ("Much of the Tamberly plant's output is exported to Vellmark, and about a third of its "
           "staff are Vellish, officials said.")
    assert "30 percent" in support.halcyon_story(EXPORTS, own)[0]
