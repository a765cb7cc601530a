"""An omission's line names a figure "which N other outlets give": not a precise figure most
of whose givers give only a rounder value (held-out t99, session 21: "leaves out the figure
'412', which 3 other outlets give", where one gave 412 and two "more than 400", whose own
line was the figure '400'). Told here with new fictional text beside its near misses."""

from __future__ import annotations

import support

from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Brask Post", "Fenna Herald", "Olm Courier", "Tirra Voice"]
TOWNS = ["Brask", "Fenna", "Olm", "Tirra"]

CAUSE = "A fault in the booking system left tens of thousands of passengers stuck at the airport."
CEO = "Chief executive Lida Marek said the fault had been found and fixed by the evening."


def _colour(town: str) -> list[str]:
    return [
        f"Travellers from {town} slept on benches in the departure hall.",
        f"A family from {town} said they had missed a wedding abroad.",
        f"Taxi drivers in {town} said trade had never been so good.",
        f"A hotel near {town} said every room was taken by midnight.",
        f"Staff in {town} handed out water and blankets through the night.",
    ]


def _lede(n: str) -> str:
    return f"Velka Air cancelled {n} flights on Thursday after its computer systems failed."


def _story(counts: list[str]) -> list[list[str]]:
    """Three outlets give the cancelled flights as ``counts``; Tirra Voice gives none."""
    return [[_lede(n), CAUSE, CEO, *_colour(t)] for n, t in zip(counts, TOWNS, strict=False)] + \
        [["Velka Air grounded its fleet on Thursday after its computer systems failed.", CAUSE, CEO,
          *_colour(TOWNS[3])]]


def _omitted(counts: list[str]) -> set[str]:
    om, _ = support.coverage_facts(_story(counts), OUTLETS, ON)
    return {fact for outlet, fact in om if outlet == "Tirra Voice"}


def test_a_precise_figure_most_give_rounded_is_not_the_line():
    got = _omitted(["613", "more than 600", "more than 600"])
    assert "613" not in got
    assert "600" in got  # the figure most of them give, in its own line


def test_near_miss_a_precise_figure_most_give_itself_stays():
    assert "613" in _omitted(["613", "613", "more than 600"])
