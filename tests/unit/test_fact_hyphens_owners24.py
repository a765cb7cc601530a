"""Session 24: a suspended hyphen ("16- and 17-year-olds", "two- or three-bedroom
flats", "5- to 10-minute delays"): the first figure hangs on its hyphen and takes the
unit of the second (analysis/numbers._suspended, rules/numbers.SUSPENDED_JOINS). The pair
is one span of values, a set or a range (findings/facts._range_low), never a conflict
with either member alone; a plain "16-year-olds" against "17-year-olds" for one group
still conflicts, and a figure outside the span still meets it.

Also two owners of one family name ("Orm Air" / "Orm Rail", a word in common, each with
a telling word the other lacks) are two owners of a figure, not one name told short and
long ("Orm Air" / "Orm"): findings/facts._same_owner(named_apart=True).

Invented text (fictional places and people); the conflict rows that changed failed before.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis.numbers import extract_quantities

pytestmark = pytest.mark.usefixtures("rules_only")


def _read(sentence: str) -> list[tuple[str, str, float | None, str | None]]:
    doc = support.make_doc("a1", "Vell Daily", (sentence,), published="2026-11-18")
    return [(q.text, q.kind, q.value, q.original_unit) for q in extract_quantities(doc)]


@pytest.mark.parametrize(("sentence", "want"), [
    ("Marsk will let 16- and 17-year-olds vote.",
     [("16", "duration", 16 * 31556952.0, "year"), ("17-year", "duration", 17 * 31556952.0, "year")]),
    ("Riders face 5- to 10-minute delays on the Tarnby line.",
     [("5", "duration", 300.0, "minute"), ("10-minute", "duration", 600.0, "minute")]),
    ("The path is a 3- or 4-kilometre walk from Orvel.",
     [("3", "quantity", 3000.0, "kilometre"), ("4-kilometre", "quantity", 4000.0, "kilometre")]),
    ("Talks ran for two- to three-hour sessions in Dunmore.",
     [("two", "duration", 7200.0, "hour"), ("three-hour", "duration", 10800.0, "hour")]),
    # near misses: no unit hyphenated onto the second figure, or no hanging hyphen
    ("Talks in Dunmore lasted between 5- and 10 minutes.",
     [("5", "cardinal", 5.0, None), ("10 minutes", "duration", 600.0, "minutes")]),
    ("Marsk fined 16 and 17-year-olds alike.",
     [("16", "cardinal", 16.0, None), ("17-year", "duration", 17 * 31556952.0, "year")]),
    ("The Orvel trust will build two- and three-bedroom flats.",
     [("two", "cardinal", 2.0, None), ("three", "cardinal", 3.0, None)]),
    ("Orvel saw a 10- to 20-degree drop overnight.",
     [("10", "cardinal", 10.0, None), ("20", "cardinal", 20.0, None)]),
])
def test_hanging_figure_takes_the_unit(sentence, want):
    got = _read(sentence)
    assert [(t, k, u) for t, k, _, u in got] == [(t, k, u) for t, k, _, u in want]
    assert [v for _, _, v, _ in got] == pytest.approx([v for _, _, v, _ in want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # the pair against either member alone: one span, no conflict
    ("The Marsk council voted to give 16- and 17-year-olds the vote in local polls.",
     "The Marsk council voted to let 16-year-olds vote in local polls.", set()),
    ("The Marsk council voted to give 16- and 17-year-olds the vote in local polls.",
     "The Marsk council voted to let 17-year-olds vote in local polls.", set()),
    ("Police said the driver, a 16- or 17-year-old boy, fled the scene in Orvik.",
     "Police said the driver, a 16-year-old boy, fled the scene in Orvik.", set()),
    ("Passengers on the Tarnby line face 5- to 10-minute delays this week.",
     "Passengers on the Tarnby line face 5-minute delays this week.", set()),
    ("Passengers on the Tarnby line face 5- to 10-minute delays this week.",
     "Passengers on the Tarnby line face 10-minute delays this week.", set()),
    ("The Orvel housing trust will build 40 two- and three-bedroom flats in Dunmore.",
     "The Orvel housing trust will build 40 three-bedroom flats in Dunmore.", set()),
    # a figure outside the span still meets it, shown as the span
    ("The Marsk council voted to give 16- and 17-year-olds the vote in local polls.",
     "The Marsk council voted to let 15-year-olds vote in local polls.",
     {"17-year", "15-year"}),
    ("Police said the driver, a 16- or 17-year-old boy, fled the scene in Orvik.",
     "Police said the driver, a 15-year-old boy, fled the scene in Orvik.",
     {"17-year-old", "15-year-old"}),
    # plain figures of one group: still a conflict
    ("The Marsk council voted to let 16-year-olds vote in local polls.",
     "The Marsk council voted to let 17-year-olds vote in local polls.",
     {"16-year", "17-year"}),
    ("Passengers on the Tarnby line face 5-minute delays this week.",
     "Passengers on the Tarnby line face 10-minute delays this week.",
     {"5-minute", "10-minute"}),
    ("The Orvel housing trust will build 40 two-bedroom flats in Dunmore.",
     "The Orvel housing trust will build 40 three-bedroom flats in Dunmore.",
     {"two", "three"}),
])
def test_suspended_pair_is_one_span(a, b, want):
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


def test_span_is_shown_whole():
    """A conflict of the span shows it as written ("16- and 17-year"), not its high end."""
    found = support.fact_pair_findings(
        "The Marsk council voted to give 16- and 17-year-olds the vote in local polls.",
        "The Marsk council voted to let 15-year-olds vote in local polls.")
    assert len(found) == 1 and "16- and 17-year" in found[0].summary


@pytest.mark.parametrize(("a", "b", "want"), [
    # two companies of one family name: each name has a telling word the other lacks
    ("Orm Air shares dropped 6 percent in early trading on Friday.",
     "Orm Rail shares dropped 2 percent in early trading on Friday.", set()),
    ("Shares of Orm Air dropped 6 percent in early trading on Friday.",
     "Shares of Orm Rail dropped 2 percent in early trading on Friday.", set()),
    ("Vell Mining shares fell 4 percent on Monday.",
     "Vell Energy shares fell 9 percent on Monday.", set()),
    # one company told alike, or short and long: still a conflict
    ("Orm Air shares dropped 6 percent in early trading on Friday.",
     "Orm Air shares dropped 2 percent in early trading on Friday.",
     {"6 percent", "2 percent"}),
    ("Shares of Orm Air dropped 6 percent in early trading on Friday.",
     "Shares of Orm dropped 2 percent in early trading on Friday.",
     {"6 percent", "2 percent"}),
])
def test_owners_sharing_a_first_word(a, b, want):
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])
