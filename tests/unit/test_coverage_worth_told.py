"""A figure's worth in another measure, right after it ("demanded 45 bitcoin, worth about
$3 million"), is one fact in two measures: an outlet that gives the worth, or its own
figure of it ("a $5 million ransom in cryptocurrency"), tells the fact and leaves out
neither figure (hand-read invented dev d105, session 24; coverage._worth_told,
rules/coverage.WORTH_BETWEEN). Told here with new fictional text beside its near misses:
no ransom figure at all, and a figure of another thing.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.coverage import find_omissions
from storylens.options import Options
from storylens.rules.coverage import WORTH_BETWEEN

OUTLETS = ["Brisk Post", "Tollen Herald", "Varde Courier", "Quarn Voice"]
LEDE = "Hackers shut down the computer systems of the Tollen city council on Thursday, closing its offices."
STAFF = "Council staff were sent home and told to keep their laptops switched off."
RANSOM = ("A group calling itself GreyFin, which shut down the council computer systems, demanded "
          "450 bitcoin, worth about $30 million, to unlock them.")


def _colour(town: str) -> list[str]:
    return [f"Residents in {town} could not pay parking fines online.",
            f"A library in {town} lent books on paper cards.",
            f"Bin collections in {town} went ahead as planned.",
            f"A school in {town} said its records were safe.",
            f"Shops in {town} reported no problems with card payments."]


def _omitted(own: str | None) -> set[str]:
    texts = [[LEDE, STAFF, RANSOM, *_colour(t)] for t in ("Brisk", "Tollen", "Varde")] + \
        [[LEDE, STAFF, *([own] if own else []), *_colour("Quarn")]]
    ctx = support.verbatim_context(texts, OUTLETS, Options(fact_coverage=True))
    return {f.detail["fact"]["text"] for f in find_omissions(ctx) if f.detail["outlet"] == "Quarn Voice"}


def test_its_own_figure_of_the_worth_tells_the_figure():
    got = _omitted("GreyFin is now demanding a $50 million ransom in cryptocurrency, officials said.")
    assert "450" not in got


def test_near_miss_no_ransom_figure_leaves_it_out():
    assert "450" in _omitted(None)


def test_near_miss_a_figure_of_another_thing_leaves_it_out():
    assert "450" in _omitted("GreyFin has cost councils abroad $50 million in lost business, officials said.")


@pytest.mark.parametrize(("between", "worth"), [
    (" bitcoin, worth about ", True),
    (" tonnes of cocaine, valued at ", True),
    (" shares, worth more than ", True),
    (" bitcoin and ", False),  # two figures, not one in two measures
    (" people, and damage worth ", False),  # another thing's worth
])
def test_worth_between(between, worth):
    assert bool(WORTH_BETWEEN.match(between)) is worth
