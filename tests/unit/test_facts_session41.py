"""Session 41: a measure's qualifier is part of the measure (session 40's held-out trap hits).

- A loss, a price or a value reckoned on a narrower basis than the whole (insured /
  uninsured losses, an auction's hammer price, net / gross, direct / indirect) is another
  measure than a plain figure of it, for an invented currency the unit tables do not know
  too ("insured losses ... at 310 million florins" / "total damage estimated at some 900
  million florins": held-out t288, a part against the whole); a price told with or without
  the buyer's premium or fees is two measures, as one with and without VAT is; so is a net,
  pre-tax or before-tax profit joined to its figure by a linking verb ("net profit was 40
  million") against a plain or otherwise qualified one.
- One article that gives two figures told apart by such a qualifier ("sold for 8.6 million
  ducats" beside "The hammer price was 7.2 million ducats") explains two other outlets'
  plain figures: the one's 8.6 million and the other's 7.2 million are the two measures,
  not a conflict (held-out t290: gross against net).

Near misses still fire: one basis on both sides with two values, two plain figures no
article tells apart, a qualifier of another noun ("Direct flights ... cost 300"), a count
of people after a loss noun ("The net loss forced the mill to lay off 300 workers").
Invented text throughout (fictional names, places, outlets and currencies); the articles
are of 2026-11-18 (support.fact_pair_findings).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize("aligned", [True, False])
@pytest.mark.parametrize(("a", "b", "want"), [
    # a part of a loss against the whole: two measures
    ("Insurers put insured losses from the flood at 240 million korunas.",
     "The flood caused total damage estimated at some 700 million korunas.", []),
    ("Insured losses from the flood were estimated at 240 million euros.",
     "Damage from the flood was estimated at 700 million euros.", []),
    ("Net losses at the Orsk mill came to 12 million marks last year.",
     "Losses at the Orsk mill came to 19 million marks last year.", []),
    ("The insured value of the Kessel collection is 40 million florins.",
     "The Kessel collection is worth 90 million florins.", []),
    ("The Tarvik plant will create 400 direct jobs, the company said.",
     "The Tarvik plant will create 1,200 jobs, the company said.", []),
    # an auction's hammer price, a price with the buyer's premium: two measures
    ("The hammer price for the sketch was 3.4 million crowns.",
     "The sketch sold for 4.1 million crowns at the Varnby auction.", []),
    ("The sketch sold for 4.1 million crowns including the buyer's premium.",
     "The sketch sold for 3.4 million crowns.", []),
    # net, pre-tax, before tax: an amount's measure noun qualified before a linking verb
    ("Vellmark's net profit was 40 million crowns last year, the bank said.",
     "Vellmark's pre-tax profit was 55 million crowns last year, the bank said.", []),
    ("Vellmark's profit before tax was 55 million crowns last year, the bank said.",
     "Vellmark's profit was 40 million crowns last year, the bank said.", []),
    # near misses: one measure on both sides still conflicts
    ("Vellmark's net profit was 40 million crowns last year, the bank said.",
     "Vellmark's net profit was 55 million crowns last year, the bank said.",
     [{"40 million crowns", "55 million crowns"}]),
    ("Vellmark's profit before tax was 55 million crowns last year, the bank said.",
     "Vellmark's profit before tax was 48 million crowns last year, the bank said.",
     [{"55 million crowns", "48 million crowns"}]),
    ("The bank's profit was 40 million crowns last year.",
     "The group's profit was 55 million crowns last year.",
     [{"40 million crowns", "55 million crowns"}]),
    ("Insurers put insured losses from the flood at 240 million korunas.",
     "Insurers put insured losses from the flood at 390 million korunas.",
     [{"240 million", "390 million"}]),
    ("Damage from the flood was estimated at 450 million euros.",
     "Damage from the flood was estimated at 700 million euros.",
     [{"450 million euros", "700 million euros"}]),
    ("Net losses at the Orsk mill came to 12 million marks last year.",
     "Net losses at the Orsk mill came to 19 million marks last year.",
     [{"12 million", "19 million"}]),
    ("The hammer price for the sketch was 3.4 million crowns.",
     "The hammer price for the sketch was 3.9 million crowns.",
     [{"3.4 million crowns", "3.9 million crowns"}]),
    ("The sketch sold for 4.1 million crowns including the buyer's premium.",
     "The sketch sold for 4.6 million crowns including the buyer's premium.",
     [{"4.1 million crowns", "4.6 million crowns"}]),
    ("The Tarvik plant will create 400 direct jobs, the company said.",
     "The Tarvik plant will create 650 direct jobs, the company said.", [{"400", "650"}]),
    # near misses: the qualifier is another noun's, or the count is of people
    ("Direct flights to Orsk cost 300 korunas, the airline said.",
     "Flights to Orsk cost 450 korunas, the airline said.", [{"300", "450"}]),
    ("The net loss forced the Orsk mill to lay off 300 workers.",
     "The Orsk mill laid off 350 workers.", [{"300", "350"}]),
    ("Police detained 12 people without charges in Orsk.",
     "Police detained 15 people in Orsk.", [{"12", "15"}]),
])
def test_a_qualified_measure_is_another_measure(a: str, b: str, want: list[set[str]],
                                                aligned: bool) -> None:
    got = support.fact_pair_values(a, b, aligned=aligned)
    if aligned or not want:
        assert sorted(map(sorted, got)) == sorted(map(sorted, want))


_SOLD = "The Marren sketch sold at auction in Varnby for {} million crowns."


def _three(wire_tail: str, b: str, c: str) -> list[set[str]]:
    """The values of each conflict among three one-story articles (a wire whose first
    sentence is the sale and whose second is ``wire_tail``, and two outlets of one
    sentence each), their first sentences aligned."""
    from storylens.findings.common import FindingContext
    from storylens.findings.facts import find_fact_conflicts
    from storylens.models import Alignment
    from storylens.options import Options

    docs = [support.make_doc("a1", "Norr Wire", [_SOLD.format("4.1"), wire_tail],
                             published="2026-11-18"),
            support.make_doc("a2", "Vell Daily", [b], published="2026-11-18"),
            support.make_doc("a3", "Orsk Herald", [c], published="2026-11-18")]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0", "a3:s0"), 0.6)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return sorted(sorted({str(v["text"]).lower() for v in f.detail["values"]}) for f in found)


@pytest.mark.parametrize(("wire_tail", "c", "want"), [
    # the wire tells the two figures apart: the Herald's 3.4 million is the hammer price
    ("The hammer price was 3.4 million crowns, the auction house said.",
     _SOLD.format("3.4"), []),
    ("The price was 3.4 million crowns before fees, the auction house said.",
     _SOLD.format("3.4"), []),
    # near miss: the wire's second figure is the first again, told with the premium
    ("The price was 4.1 million crowns including the buyer's premium, the house said.",
     _SOLD.format("3.4"), [["3.4 million crowns", "4.1 million crowns"]]),
    # near misses: no article tells them apart, or the other figure is neither
    ("The buyer was an anonymous collector from Tarsk, the auction house said.",
     _SOLD.format("3.4"), [["3.4 million crowns", "4.1 million crowns"]]),
    ("The hammer price was 3.4 million crowns, the auction house said.",
     _SOLD.format("3.9"), [["3.9 million crowns", "4.1 million crowns"]]),
])
def test_an_article_that_tells_two_measures_apart(wire_tail: str, c: str,
                                                   want: list[list[str]]) -> None:
    assert _three(wire_tail, _SOLD.format("4.1"), c) == want


_OUTAGE = "Orsk Bank restores card payments after two-day outage"


@pytest.mark.parametrize(("body", "want"), [
    # the headline's "two-day" rounds the body's "about 50 hours": the other outlet's
    # "50-hour" is that finer figure, not a rival
    ("Payments were restored on Wednesday, ending an outage of about 50 hours.", []),
    # near misses: a body that never gives the finer value, or gives another one
    ("Payments were restored on Wednesday, the bank said in a statement.",
     [{"two-day", "50-hour"}]),
    ("Payments were restored on Wednesday, ending an outage of about 47 hours.",
     [{"two-day", "50-hour"}]),
])
def test_a_headline_rounds_its_own_finer_figure(body: str, want: list[set[str]]) -> None:
    got = support.fact_pair_values([_OUTAGE, body],
                                   ["Orsk Bank card payments back after 50-hour outage",
                                    "The bank apologised to its customers."])
    assert [g for g in got if "50-hour" in g] == want
