"""A count measures no dimension (session 36, from omissions read wrong on invented dev d120
and d151). Invented stories with fictional outlets.

A dimension word beside a count ("47 long-finned whales", "dozens of riders trapped high
above the ground") gave the count a length or height head (rules/numbers.FACT_HEADS), and
the head set it apart from another outlet's figure for the same thing: "Nearly 50 pilot
whales" was no telling of "At least 47 long-finned pilot whales", nor "dozens of riders
trapped high above the ground" of "all 28 riders", and each outlet "left out" the figure.
coverage._measure_heads now drops a dimension head (rules/coverage.DIMENSION_HEADS) from a
count's heads; near misses (no count told, a size in words of another thing) are still left
out.
"""

from __future__ import annotations

import pytest
from support import OWN_LINES, verbatim_context

from storylens.findings import coverage as cov
from storylens.options import Options
from storylens.rules import coverage as RC

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier"]
SHARED = "The regional safety board said it would publish its own review within two weeks."


def _three(texts: list[list[str]]):
    return verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], OUTLETS, ON)


def _left_out(ctx, outlet: str, figure: str) -> bool:
    return any(f.summary.startswith(f"{outlet} leaves out") and figure in f.summary.split(", which")[0]
               for f in cov.find_omissions(ctx))


# --- whales: the givers' count beside a dimension word ---------------------------------------

WHALES = "At least 47 long-finned pilot whales stranded on Merrow Sands on Saturday morning."
WHALE_TAIL = ["Volunteers formed human chains to keep the animals wet through the afternoon.",
              "Marine biologists from Port Edda University took samples from the dead animals."]

# (id, Coast Courier's line, whether it leaves out the 47)
WHALE_CASES = [
    ("the count told loosely", "Nearly 50 pilot whales beached themselves on Merrow Sands this weekend.", False),
    ("the count told loosely, another verb", "Close to 50 pilot whales were found on Merrow Sands on Saturday.",
     False),
    ("near miss: no count at all", "Pilot whales beached themselves on Merrow Sands this weekend.", True),
]


@pytest.mark.parametrize("case", WHALE_CASES, ids=[c[0] for c in WHALE_CASES])
def test_a_dimension_word_beside_a_count_does_not_set_it_apart(case):
    _, line, left = case
    ctx = _three([[WHALES, *WHALE_TAIL], [WHALES, *WHALE_TAIL], [line, *WHALE_TAIL]])
    assert _left_out(ctx, "Coast Courier", "47") is left


# --- riders: a size in words beside a dimension word -----------------------------------------

RIDERS = ("Fire chief Anton Brevi said his crews had worked for two hours to bring all 28 riders "
          "safely to the ground from the Vortex coaster.")
RIDER_TAIL = ["Lunari Park said the Vortex would stay closed while inspectors examined the track.",
              "The ride opened in 2019 and carries about a million visitors a season."]

RIDER_CASES = [
    ("dozens, hanging high above the ground",
     "Dozens of riders were left hanging high above the ground on the Vortex coaster on Sunday.", False),
    # its own size for the riders: a disagreement, not a figure left out (_told_otherwise)
    ("hundreds, another order of magnitude",
     "Hundreds of riders were left hanging high above the ground on the Vortex coaster on Sunday.", False),
    ("near miss: dozens of another thing",
     "Dozens of staff were left working high above the ground on the Vortex coaster on Sunday.", True),
]


@pytest.mark.parametrize("case", RIDER_CASES, ids=[c[0] for c in RIDER_CASES])
def test_a_size_in_words_beside_a_dimension_word_tells_the_count(case):
    _, line, left = case
    ctx = _three([[RIDERS, *RIDER_TAIL], [RIDERS, *RIDER_TAIL], [line, *RIDER_TAIL]])
    assert _left_out(ctx, "Coast Courier", "28") is left


def test_dimension_heads_are_heads_the_fact_model_gives():
    from storylens.rules.numbers import FACT_HEADS
    assert RC.DIMENSION_HEADS <= set(FACT_HEADS.values())
