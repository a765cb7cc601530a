"""Session 39: fact_conflict's measure and time of an amount (session 38's held-out wrongs).

- An amount whose measure noun is qualified as an increment ("the only additional cost
  was 4,200 crowns") is a part added on top of a total, not the total ("the cost of the
  flights was 38,000 crowns"): held-out t265's wrong, a ministry's cost of a trip set
  against an office's extra cost of it. It meets another increment only.
- A figure dated to a year two or more before its article ("was previously fined 1.2
  million marks in 2022") and one whose time is a month of no year ("fined 4.5 million
  marks after ... a crash last October"): such a month is one of the article's year or the
  year before, so the two are two acts (held-out t270's trap, another, earlier fine).
- "an estimated 30,000 tonnes, according to the environment inspectorate" named two
  sources, "an" (the word before "estimated") and the inspectorate, and so none: set
  against "some 50,000 tonnes, according to the residents' group" it read as one fact
  (session 36's held-out t246's trap, under --on all). An article names no source.
- An amount written with its tax basis right after it ("worth 46 million euros including
  VAT" / "worth 38 million euros", "38.4 million euros before tax"): one contract's value
  with and without VAT are two measures, and a marked one meets only one marked alike
  (invented dev d272, session 39, its trap and its wrong ed4998319f09 under --on all).

Near misses still fire: the same increment or the same total told two ways, the same fine
told two ways with one month, one source's estimate told two ways, an outlet's own
figure against a source's, two values on one tax basis or on none.
Invented text throughout (fictional names, places and outlets); the articles are of
2026-11-18 (support.fact_pair_findings).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # a total against an extra amount of it: two measures
    ("The Tarsen ministry put the cost of the convoy at 52,000 florins on Monday.",
     "The Tarsen ministry said the additional cost of the convoy was 6,100 florins on Monday.",
     []),
    ("The Korva council said the bridge repair cost 3.4 million crowns.",
     "The Korva council said the extra cost of the bridge repair was 600,000 crowns.", []),
    ("The Velm agency put the cost of the flights at 38,000 marks.",
     "The Velm agency said the only added cost to the public was about 4,000 marks.", []),
    # near misses: two increments, or two totals, of one measure that differ still conflict
    ("The Tarsen ministry said the additional cost of the convoy was 9,400 florins on Monday.",
     "The Tarsen ministry said the additional cost of the convoy was 6,100 florins on Monday.",
     [{"9,400", "6,100"}]),
    ("The Tarsen ministry put the cost of the convoy at 52,000 florins on Monday.",
     "The Tarsen ministry put the cost of the convoy at 25,000 florins on Monday.",
     [{"52,000", "25,000"}]),
    # an increment word before another noun than the measure's: still the total
    ("The Korva council said the bridge repair cost 3.4 million crowns, with extra staff.",
     "The Korva council said the bridge repair cost 4.3 million crowns.",
     [{"3.4 million crowns", "4.3 million crowns"}]),
])
def test_an_extra_amount_is_no_total(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # a fine of years ago against one dated by a month of no year: two fines
    ("Orsel Buses was fined 2.5 million crowns after inspectors found worn tyres, including "
     "a crash on the ring road last March.",
     "Orsel Buses was previously fined 800,000 crowns in 2021 over faulty doors.", []),
    ("Orsel Buses was fined 2.5 million crowns after a crash on the ring road in March.",
     "Orsel Buses was fined 800,000 crowns in 2019 over faulty doors.", []),
    # near misses: the same fine told with two amounts, each dated alike
    ("Orsel Buses was fined 2.5 million crowns after inspectors found worn tyres, including "
     "a crash on the ring road last March.",
     "Orsel Buses was fined 2.2 million crowns after inspectors found worn tyres, including "
     "a crash on the ring road last March.",
     [{"2.5 million crowns", "2.2 million crowns"}]),
    ("Orsel Buses was previously fined 2.5 million crowns in 2021 over faulty doors.",
     "Orsel Buses was previously fined 800,000 crowns in 2021 over faulty doors.",
     [{"2.5 million crowns", "800,000 crowns"}]),
])
def test_a_fine_of_years_ago_and_a_month_of_no_year(a: str, b: str,
                                                     want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


def test_a_month_of_no_year_and_a_past_year_read_apart() -> None:
    """The rule itself: a year two or more before the month's article's is apart; the year
    before (the month may be that year's) and no article date are not known apart."""
    from storylens.findings.facts import _past_apart, replace

    base = [m for _, ms in _mentions_of("Orsel Buses was fined 800,000 crowns in 2021.")
            for m in ms if m.family != "when"][0]
    assert base.past and base.time == "2021"
    month = replace(base, past=False, time="--03", pub_year=2026)
    assert _past_apart(base, month)
    assert not _past_apart(replace(base, time="2025"), month)
    assert not _past_apart(base, replace(month, pub_year=None))
    assert not _past_apart(base, replace(month, time="2021-03"))


def _mentions_of(text: str):
    from storylens.findings.facts import doc_mentions

    return doc_mentions(support.make_doc("a1", "Vell Daily", [text], published="2026-11-18"))


@pytest.mark.parametrize(("a", "b", "want"), [
    # two named sources' estimates of one measure: two claims, not a conflict between
    # outlets ("an estimated" names no source beside the inspectorate)
    ("The Vessen tip holds an estimated 20,000 tonnes of waste, according to the "
     "environment inspectorate.",
     "The Vessen tip holds some 45,000 tonnes of waste, according to the residents' group "
     "Clean Vessen, far more than official estimates.", []),
    ("The Vessen tip holds an estimated 20,000 tonnes of waste, the inspectorate said.",
     "The Vessen tip holds an estimated 45,000 tonnes of waste, the residents' group said.",
     []),
    # near misses: one source's figure told two ways, or an outlet's own figure against a
    # source's, still conflict
    ("The Vessen tip holds an estimated 20,000 tonnes of waste, according to the "
     "environment inspectorate.",
     "The Vessen tip holds an estimated 45,000 tonnes of waste, according to the "
     "environment inspectorate.", [{"20,000 tonnes", "45,000 tonnes"}]),
    ("The Vessen tip holds an estimated 20,000 tonnes of waste, according to the "
     "environment inspectorate.",
     "The Vessen tip holds an estimated 45,000 tonnes of waste.",
     [{"20,000 tonnes", "45,000 tonnes"}]),
])
def test_an_article_before_estimated_names_no_source(a: str, b: str,
                                                     want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("text", "want"), [
    ("It holds an estimated 20,000 tonnes, according to the environment inspectorate.",
     "inspectorat"),
    ("The estimated cost is 4 million crowns, the ministry said.", "ministry"),
    ("An estimated 3,000 people marched.", None),
])
def test_source_of_an_estimate(text: str, want: str | None) -> None:
    from storylens.findings.facts import _source

    assert _source(text) == want


@pytest.mark.parametrize(("a", "b", "want"), [
    # one contract's value with and without VAT, or marked against an unmarked one: two
    # measures
    ("The Orvel council awarded the four-year contract, worth 24 million euros including "
     "VAT, to Tarn Services.",
     "The Orvel council awarded the four-year contract, worth 20 million euros before tax, "
     "to Tarn Services.", []),
    ("The Orvel council awarded the four-year contract, worth 24 million euros including "
     "VAT, to Tarn Services.",
     "The four-year contract, worth 20 million euros, went to Tarn Services.", []),
    ("The Orvel council awarded the four-year contract, worth 20 million euros plus VAT, to "
     "Tarn Services.",
     "The four-year contract, worth 24 million euros, went to Tarn Services.", []),
    # near misses: two values on one tax basis, or on none, still conflict
    ("The Orvel council awarded the four-year contract, worth 24 million euros including "
     "VAT, to Tarn Services.",
     "The Orvel council awarded the four-year contract, worth 29 million euros including "
     "VAT, to Tarn Services.", [{"24 million euros", "29 million euros"}]),
    ("The Orvel council awarded the four-year contract, worth 24 million euros, to Tarn "
     "Services.",
     "The four-year contract, worth 20 million euros, went to Tarn Services.",
     [{"24 million euros", "20 million euros"}]),
    # "with" before another noun than a tax names no basis
    ("The Orvel council awarded the contract, worth 24 million euros with options, to Tarn "
     "Services.",
     "The Orvel council awarded the contract, worth 20 million euros, to Tarn Services.",
     [{"24 million euros", "20 million euros"}]),
])
def test_an_amount_with_and_without_tax(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))
