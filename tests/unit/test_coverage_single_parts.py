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


@pytest.mark.parametrize("listed, total", [
    # an animal or a thing in the list is no head (review27c): 20 people, not 23
    ("20 passengers, a dog, a cat and a goat", 23),
    ("20 passengers, a cook, a doctor and a dog", 23),
    # "a dozen", "a few": a number of people, not one
    ("20 passengers, a cook and a dozen guards", 22),
    ("20 passengers and a few guards", 21 + 1),
    # a head count listed one by one is exact: a round group (20: 15 to 25 as rounded) or
    # a round total (30: 25 to 35) is no give or take of it (review27c: 22 met 26, 26 met 30)
    ("20 passengers, a cook and a doctor", 26),
    ("24 passengers, a cook and a doctor", 30),
])
def test_near_miss_a_list_that_makes_no_such_head_count_keeps_the_findings(listed, total):
    own = f"There were {total} people on board the seized ship, port police said."
    got = support.halcyon_story(f"The Halcyon Star was carrying {listed} when the coastguard boarded it.", own)
    assert got == ({"20" if listed.startswith("20") else "24"}, {str(total)})


@pytest.mark.parametrize("listed, total", [
    # people the list names one by one do add up (near misses of the rows above)
    ("20 passengers, a cook, a doctor and a nurse", 23),
    ("20 passengers, a captain, a nurse and a dog", 22),
    # a hedged count or total is still give or take
    ("about 20 passengers, a cook and a doctor", 23),
    ("about 20 passengers, a cook and a doctor", 25),
])
def test_people_listed_one_by_one_make_the_total(listed, total):
    own = f"There were {total} people on board the seized ship, port police said."
    got = support.halcyon_story(f"The Halcyon Star was carrying {listed} when the coastguard boarded it.", own)
    assert got == (set(), set())


@pytest.mark.parametrize("text, singles", [
    ("The bus carried 31 tourists, a driver and a guide.", 2),
    ("The class of 12 pupils and a teacher was rescued.", 1),
    ("The boat carried 12 pupils, a teacher, a cook and a nurse.", 3),
    # near misses: no single listed, or the count of no group of people
    ("The bus carried 31 tourists and their luggage.", 0),
    ("The bus carried 31 tourists and 2 guides.", 0),
    ("The yard held 31 cars, a crane and a forklift.", 0),
    # only people are heads (review27c): an animal, a thing, "a dozen" are not one each
    ("The bus carried 31 tourists and a dog.", 0),
    ("The bus carried 31 tourists, a driver, a dog and a guide.", 2),
    ("The bus carried 31 tourists and a dozen guides.", 0),
    ("The bus carried 31 tourists and an unknown number of guides.", 0),
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
