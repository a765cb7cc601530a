"""A denominator is a whole a figure is a part of, not any figure after "of" (issue 12:
omission and addition at the level of facts). Session 15: the pattern read every "WORD of
N" as a part of a whole, so "a fine of 4 million", "a total of 31", "the loss of 700
jobs" and "a ransom of" were never facts (about 50 such amounts in the invented dev
texts). Told here with new fictional text beside its near misses:

- the part is a figure written before "of" ("three of the 12 victims", "2,300 of its
  3,100 jobs", "62 pages out of 214", "40 percent of the 120 staff", "half of the"); a
  noun before "of" makes the figure an amount, the story's fact; a vague part ("many of
  the 46 passengers") gives no figure, so the whole is the one the story gives;
- a place's size in a relative clause ("the stadium, which has a capacity of 45,000"),
  background as "a village of 400 people" is;
- an article that writes a value only of another thing that the fact's own article
  counts at that value too ("around 40 fishing villages" beside "a salvage team of 40
  divers") does not give the fact.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import analyse
from storylens.findings.coverage import facts_of
from storylens.models import Article
from storylens.options import Options
from storylens.rules.coverage import DENOMINATOR_BEFORE, PLACE_CAPACITY_BEFORE
from storylens.segment import segment

ON = Options(fact_coverage=True)
OUTLETS = ["Harlow Post", "Vennick Herald", "Ostra Courier", "Pell Voice"]
TOWNS = ["Harlow", "Kessby", "Ostra", "Pell"]


@pytest.mark.parametrize(("before", "whole"), [
    ("Rescuers reached three of the ", True),
    ("Inspectors faulted 14 of ", True),
    ("the mill closed with the loss of 2,300 of its ", True),
    ("In all, 62 pages out of ", True),
    ("the union says about 40 percent of the ", True),
    ("it cut 12% of its ", True),
    ("Eleven of the ", True),
    ("twenty-one of their ", True),
    ("police said 1.2 million of the ", True),
    ("nearly half of the ", True),
    ("two-thirds of ", True),
    # an amount of the noun before "of": the story's fact
    ("Judge Orla Vent imposed a fine of ", False),
    ("A total of ", False),
    ("the bank reported a loss of ", False),
    ("the gang demanded a ransom of ", False),
    ("each family gets a payout of ", False),
    ("the insurer sent a salvage team of ", False),
    ("the plant shut in 2019 with the loss of ", False),
    ("the 2019 loss of ", False),  # a year is no part
    ("after ten years of ", False),  # a span, not a part
    ("many of the ", False),  # a vague part gives no figure: the whole is the story's
    ("by the end of ", False),
    ("the Treaty of ", False),
])
def test_denominator_before(before, whole):
    assert bool(DENOMINATOR_BEFORE.search(before)) is whole


@pytest.mark.parametrize(("before", "place"), [
    ("thousands tried to enter the stadium, which has a capacity of ", True),
    ("the Orlin Arena, which holds about ", True),
    ("the old hall, which can seat ", True),
    ("the shelter, which has an official capacity of ", True),
    ("has swollen well beyond its planned capacity of ", False),  # the story's overcrowding
    ("the ferry was licensed to carry ", False),
    ("the ferry, which was carrying ", False),
    ("a capacity of ", False),  # no clause says it is the place's size
])
def test_place_capacity_before(before, place):
    assert bool(PLACE_CAPACITY_BEFORE.search(before)) is place


def _facts(text: str) -> set[str]:
    doc = analyse(segment(Article(id="a1", source="t", outlet="X", text=text)))
    return {f.text for f in facts_of(doc)}


@pytest.mark.parametrize(("text", "fact", "kept"), [
    ("A court in Tollan imposed a fine of 4 million crowns on the Veska shipyard.", "4 million crowns", True),
    ("A total of 31 miners were brought to the surface at Orrin Deep by Friday.", "31", True),
    ("The Halver fund reported a loss of 2.1 percent over the year to March.", "2.1 percent", True),
    ("Rescuers reached three of the 12 victims before the second collapse at Orrin Deep.", "12", False),
    ("The mill at Sarnow closed with the loss of 2,300 of its 3,100 jobs.", "3,100", False),
    ("The mill at Sarnow closed with the loss of 2,300 of its 3,100 jobs.", "2,300", True),
    ("Medics in Tollan said 2 of them were still in a serious condition.", "2", True),
])
def test_amounts_are_facts_and_wholes_are_not(text, fact, kept):
    assert (fact in _facts(text)) is kept


# --- omissions and additions of such amounts ------------------------------------------------

COLLAPSE = "A tunnel collapsed at the Orrin Deep mine near Tollan on Monday, trapping the night shift."
DIG = "Rescue teams drilled through the rock with heavy machines through the night."


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Families from {town} waited at the gates of the mine in the cold.",
        f"Shops in {town} stayed shut as a mark of respect on Tuesday.",
        f"A priest from {town} led prayers outside the pit head in the evening.",
        f"Volunteers in {town} collected blankets and food for the families.",
        f"The mayor of {town} said the town had never known such a night.",
    ]


def _found(texts):
    return support.coverage_facts(texts, OUTLETS, ON)


def _three_give(line: str, lede: tuple[str, str] = (COLLAPSE, DIG)) -> list[list[str]]:
    """Three outlets tell the event with ``line``; Pell Voice without it."""
    return [[*lede, line, *_colour(t)] for t in TOWNS[:3]] + [[*lede, *_colour(TOWNS[3])]]


def test_a_total_three_outlets_give_is_left_out_by_the_fourth():
    om, _ = _found(_three_give("A total of 167 miners trapped in the collapsed tunnel were brought out alive by Wednesday."))
    assert ("Pell Voice", "167") in om


def test_near_miss_a_whole_three_outlets_give_a_part_of_is_not_left_out():
    om, _ = _found(_three_give("Rescue teams brought out 9 of the 167 miners trapped in the collapsed tunnel by Wednesday."))
    assert not any(fact == "167" for _, fact in om)


def test_a_fine_one_outlet_gives_is_its_addition():
    texts = [[COLLAPSE, DIG, "A court in Tollan imposed a fine of 900,000 crowns on the Orrin Deep mine in 2024 over unsafe tunnels.",
              *_colour(TOWNS[0])]] + [[COLLAPSE, DIG, *_colour(t)] for t in TOWNS[1:]]
    _, add = _found(texts)
    assert ("Harlow Post", "900,000 crowns") in add


CRUSH = ("A crush at the gates of the Orlin stadium in Tollan killed nine people on Saturday.",
         "Police and medics worked through the night outside the ground.")


def test_a_stadiums_capacity_is_not_left_out():
    om, _ = _found(_three_give("Fans were crushed against the gates of the stadium, which has a capacity of 38,000, "
                               "witnesses said.", CRUSH))
    assert not any(fact == "38,000" for _, fact in om)


def test_near_miss_the_crowd_at_the_stadium_is_left_out():
    om, _ = _found(_three_give("About 38,000 fans were crushed against the gates of the stadium, witnesses said.", CRUSH))
    assert ("Pell Voice", "38,000") in om


# --- a value written of another thing -------------------------------------------------------

SALVAGE = "The mine's insurer said it had sent a rescue team of 40 divers to pump water from the lower tunnels."
VILLAGES = "The Tollan valley is home to around 40 mining villages and several old pits."


LATER = ["Engineers from Kessby checked the pumps and the air shafts on Tuesday.",
         "The operator said the cause of the collapse was not yet known."]


def _salvage(herald: str) -> list[list[str]]:
    """Harlow Post sends the team high up and counts the valley's villages last; Vennick
    Herald writes ``herald`` last, below its first eight sentences (further down than an
    omission's givers must tell a fact: coverage.LEAD); the two others neither."""
    return [[COLLAPSE, SALVAGE, DIG, *_colour(TOWNS[0]), *LATER, VILLAGES],
            [COLLAPSE, DIG, *_colour(TOWNS[1]), *LATER, herald],
            [COLLAPSE, DIG, *_colour(TOWNS[2])], [COLLAPSE, DIG, *_colour(TOWNS[3])]]


def test_a_value_written_of_another_thing_does_not_give_the_fact():
    om, _ = _found(_salvage(VILLAGES))
    assert not any(fact == "40" for _, fact in om)


def test_near_miss_the_same_thing_counted_gives_it():
    om, _ = _found(_salvage("The insurer sent 40 divers to pump water from the lower tunnels, it said."))
    assert ("Pell Voice", "40") in om
