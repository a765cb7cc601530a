"""A count of a group of people with single people listed after it ("24 passengers, a
cook and a doctor") is a head count of 26: another outlet's "26 people on board" tells
the same total, so neither figure is one only its outlet gives nor one the other leaves
out. Held-out t146 (session 26): "Only the Sentinel gives the figure '33'" of "The bus
had 33 people on board", where the others wrote "31 tourists, a driver and a guide".
Invented text (the Halcyon Star of tests/support.py); the near misses keep the
findings: a total the list does not make, a list with no singles."""

from __future__ import annotations

import pytest
import support

LIST = "The Halcyon Star was carrying 24 passengers, a cook and a doctor when the coastguard boarded it."
TOTAL = "There were 26 people on board the Halcyon Star when the coastguard boarded it."


def test_a_total_of_the_list_is_neither_omission_nor_addition():
    assert support.halcyon_story(LIST, "There were 26 people on board the seized ship, port police said.") \
        == (set(), set())
    own = "The seized ship was carrying 24 passengers, a cook and a doctor, port police said."
    assert support.halcyon_story(TOTAL, own) == (set(), set())


@pytest.mark.parametrize("own, omitted, added", [
    # a total the list does not make (24 + 2 is no 29 nor 40)
    ("There were 29 people on board the seized ship, port police said.", {"24"}, {"29"}),
    ("There were 40 people on board the seized ship, port police said.", {"24"}, {"40"}),
    (None, {"24"}, set()),
])
def test_near_miss_another_total_keeps_the_findings(own, omitted, added):
    assert support.halcyon_story(LIST, own) == (omitted, added)


@pytest.mark.parametrize("own, omitted, added", [
    # the list makes no 26: 12 + 2
    ("The seized ship was carrying 12 passengers, a cook and a doctor, port police said.", {"26"}, {"12"}),
    (None, {"26"}, set()),
])
def test_near_miss_a_list_of_another_size_keeps_the_findings(own, omitted, added):
    assert support.halcyon_story(TOTAL, own) == (omitted, added)


@pytest.mark.parametrize("text, singles", [
    ("The bus carried 31 tourists, a driver and a guide.", 2),
    ("The class of 12 pupils and a teacher was rescued.", 1),
    ("The boat carried 12 pupils, a teacher, a cook and a nurse.", 3),
    # near misses: no single listed, or the count of no group of people
    ("The bus carried 31 tourists and their luggage.", 0),
    ("The bus carried 31 tourists and 2 guides.", 0),
    ("The yard held 31 cars, a crane and a forklift.", 0),
])
def test_singles_after_a_group(text, singles):
    from support import HALCYON_LEDE, HALCYON_OUTLETS, HALCYON_TOW, HALCYON_TOWNS, halcyon_colour

    from storylens.findings.coverage import _singles_after, carried_facts
    from storylens.options import Options

    texts = [[HALCYON_LEDE, HALCYON_TOW, text, *halcyon_colour(HALCYON_TOWNS[i])] for i in range(2)]
    ctx = support.verbatim_context(texts, HALCYON_OUTLETS[:2], Options(fact_coverage=True))
    carried_facts(ctx)
    index = ctx.__dict__["_coverage_memo"]["index"]
    ms = [m for (a, _), xs in index.mentions_of.items() if a == "a1" for m in xs
          if m.q.text.startswith(("31", "12"))]
    assert ms and _singles_after(ctx, ms[0]) == singles
