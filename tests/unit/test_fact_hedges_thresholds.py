"""``fact_conflict``: hedged figures and thresholds (invented text: fictional ports, councils
and outlets; session 11, facts4).

A hedged figure ("about 1,200", "some 30", "an estimated 63,000") is read at any reasonable
reading: give or take 5% of itself or half its rounding step, whichever is wider
(``facts.HEDGE_SPREAD``); the figure it meets is read give or take half its own step. Two
readings that do not overlap are a conflict graded lower than one of exact figures (rule
``fact.approximate``): "about 1,200" / "about 1,500" evacuated. A bound keeps its own test:
"more than 1,200" / "1,500" and "at least 28" / "30" are no conflict (the gold guide's
traps).

One number bounded one way, strictly before it and inclusively after it ("more than eight
apartments" / "eight or more"), is the wording of a threshold, whose number is in or out:
a conflict graded lower (rule ``fact.threshold``; the gold's one subtle dev item). Not two
estimates' floors ("at least 28" / "more than 28" dead) nor an age's loose "over 21" /
"21 and older".
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.facts import doc_mentions, find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options


def findings(a, b, aligned=True):
    da = support.make_doc("a1", "Vell Daily", (a,), published="2026-11-18")
    db = support.make_doc("a2", "Orsk Herald", (b,), published="2026-11-18")
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)] if aligned else []
    return find_fact_conflicts(FindingContext.build([da, db], als, options=Options()))


EVAC = "About 1,200 people were evacuated from Port Vell on Tuesday as the river rose."
HURT = "About 30 people were hurt in the Vell grain silo blast, the port said."
RERA = "Buildings with more than eight apartments must be registered with the Vell housing board."

# (sentence of A, of B, aligned?, rule of the finding and the values it shows, or None)
CASES = [
    pytest.param(EVAC, "About 1,500 people were evacuated from Port Vell on Tuesday as the river rose.",
                 True, ("fact.approximate", {"about 1,200", "about 1,500"}), id="about-1200-vs-about-1500"),
    pytest.param(EVAC, "Some 1,500 residents were evacuated from Port Vell on Tuesday as the river rose.",
                 True, ("fact.approximate", {"about 1,200", "some 1,500"}), id="about-vs-some"),
    pytest.param(EVAC, "1,400 people were evacuated from Port Vell on Tuesday as the river rose.",
                 True, ("fact.approximate", {"about 1,200", "1,400"}), id="hedged-vs-exact"),
    pytest.param(HURT, "About 40 people were hurt in the Vell grain silo blast, the port said.",
                 True, ("fact.approximate", {"about 30", "about 40"}), id="about-30-vs-about-40"),
    pytest.param("The Vell relief fund raised roughly $2.5 million in its first week.",
                 "The Vell relief fund raised $2.8 million in its first week.",
                 True, ("fact.approximate", {"roughly $2.5 million", "$2.8 million"}), id="money"),
    pytest.param("Floodwaters in Port Vell reached about 4 metres on Tuesday.",
                 "Floodwaters in Port Vell reached 5 metres on Tuesday.",
                 True, ("fact.approximate", {"about 4 metres", "5 metres"}), id="metres"),
    pytest.param(HURT, "About 60 people were hurt in the Vell grain silo blast, the port said.",
                 True, ("fact.aligned.measure", {"30", "60"}), id="far-apart-is-no-hedge-question"),
    pytest.param(RERA, "Registration with the Vell housing board applies where the number of "
                 "apartments is eight or more.", True,
                 ("fact.threshold", {"more than eight", "eight or more"}), id="threshold-strict-vs-inclusive"),
    pytest.param("Fines of less than $500 apply to a first offence in Vell.",
                 "Fines of $500 or less apply to a first offence in Vell.", True,
                 ("fact.threshold", {"less than $500", "$500 or less"}), id="threshold-upper"),
    pytest.param("The Vell council meeting lasted about two hours on Tuesday.",
                 "The Vell council meeting lasted four hours on Tuesday.",
                 True, ("fact.aligned.word", {"two hours", "four hours"}), id="hours-far-apart"),
    # near misses
    pytest.param("The Vell council meeting lasted about two hours on Tuesday.",
                 "The Vell council meeting lasted 2.5 hours on Tuesday.",
                 True, None, id="about-two-hours-reaches-2.5"),
    pytest.param(EVAC, "About 1,300 people were evacuated from Port Vell on Tuesday as the river rose.",
                 True, None, id="about-1200-vs-about-1300-overlap"),
    pytest.param(EVAC, "1,250 people were evacuated from Port Vell on Tuesday as the river rose.",
                 True, None, id="hedged-reaches-exact"),
    pytest.param(HURT, "35 people were hurt in the Vell grain silo blast, the port said.",
                 True, None, id="about-30-reaches-35"),
    pytest.param("More than 1,200 people were evacuated from Port Vell on Tuesday as the river rose.",
                 "Some 1,500 people were evacuated from Port Vell on Tuesday as the river rose.",
                 True, None, id="lower-bound-vs-hedged"),
    pytest.param("More than 1,200 people were evacuated from Port Vell on Tuesday as the river rose.",
                 "1,500 people were evacuated from Port Vell on Tuesday as the river rose.",
                 True, None, id="lower-bound-vs-exact"),
    pytest.param("At least 28 people were killed in the Vell grain silo blast, the port said.",
                 "Thirty people were killed in the Vell grain silo blast, the port said.",
                 True, None, id="at-least-28-vs-30"),
    pytest.param("Nearly 1,500 people were evacuated from Port Vell on Tuesday as the river rose.",
                 "1,200 people were evacuated from Port Vell on Tuesday as the river rose.",
                 True, None, id="nearly-is-an-upper-bound"),
    pytest.param("An estimated 63,000 Vell households lost power on Tuesday.",
                 "63,175 Vell households lost power on Tuesday.", True, None, id="rounded-estimate"),
    pytest.param("Some 10,000 people were evacuated from Port Vell on Tuesday as the river rose.",
                 "More than 10,000 people were evacuated from Port Vell on Tuesday as the river rose.",
                 True, None, id="some-vs-more-than"),
    pytest.param("Over two dozen people were hurt in the Vell grain silo blast, the port said.",
                 "At least 28 people were hurt in the Vell grain silo blast, the port said.",
                 True, None, id="two-dozen-floor"),
    pytest.param("Floodwaters in Port Vell reached about 4 metres on Tuesday.",
                 "Floodwaters in Port Vell reached 13 feet on Tuesday.", True, None, id="converted-unit"),
    pytest.param(EVAC, "About 1,500 people were evacuated from Port Vell on Wednesday as the river rose.",
                 True, None, id="two-days"),
    pytest.param(EVAC, "About 1,500 rescuers were sent to Port Vell on Tuesday as the river rose.",
                 True, None, id="evacuees-vs-rescuers"),
    pytest.param(EVAC, "About 1,500 people were evacuated from Orsk on Tuesday as the river rose.",
                 False, None, id="unaligned-two-places"),
    pytest.param(EVAC, "About 1,500 people were evacuated from Port Vell on Tuesday as the river rose.",
                 False, ("fact.approximate", {"about 1,200", "about 1,500"}),
                 id="unaligned-one-place-one-day"),
    pytest.param(RERA, "Buildings with at least eight apartments must be registered with the Vell housing board.",
                 True, None, id="strict-vs-closed-before"),
    pytest.param(RERA, "Buildings with eight apartments or more must be registered with the Vell housing board.",
                 True, ("fact.threshold", {"more than eight", "eight apartments or more"}),
                 id="or-more-after-the-noun"),
    pytest.param("Buildings with at least eight apartments must be registered with the Vell housing board.",
                 "Registration applies where the Vell housing board counts eight or more apartments.",
                 True, None, id="two-closed-bounds"),
    pytest.param("At least 28 people were killed in the Vell grain silo blast, the port said.",
                 "More than 28 people were killed in the Vell grain silo blast, the port said.",
                 True, None, id="two-estimates-floors"),
    pytest.param("Anyone over 21 may buy cannabis in Vell from January.",
                 "Residents 21 and older may buy cannabis in Vell from January.",
                 True, None, id="age-said-loosely"),
    # a bare number right after the noun it describes is that noun's age or size, said
    # loosely like an age's bound: no threshold (review2; each fired on 0103fae)
    pytest.param("Passengers over 21 may board the Vell night ferry, the port said.",
                 "Passengers 21 and over may board the Vell night ferry, the port said.",
                 True, None, id="postmodifier-over-vs-and-over"),
    pytest.param("Anyone over 21 may buy cannabis in Vell from January.",
                 "Anyone 21 and over may buy cannabis in Vell from January.",
                 True, None, id="anyone-over-vs-and-over"),
    pytest.param("Children under 12 travel free on Vell ferries from Monday.",
                 "Children 12 and under travel free on Vell ferries from Monday.",
                 True, None, id="children-under-vs-and-under"),
    pytest.param("Teams of over 11 players are barred from the Vell harbour regatta.",
                 "Teams with 11 players or more are barred from the Vell harbour regatta.",
                 True, ("fact.threshold", {"over 11", "11 players or more"}), id="counted-noun-keeps-threshold"),
    pytest.param("Ten or more people were hurt in the Vell grain silo blast, the port said.",
                 "Twelve people were hurt in the Vell grain silo blast, the port said.",
                 True, None, id="or-more-is-a-bound"),
]


@pytest.mark.parametrize(("a", "b", "aligned", "want"), CASES)
def test_hedges_and_thresholds(a, b, aligned, want):
    fs = findings(a, b, aligned)
    if want is None:
        assert fs == [], [f.summary for f in fs]
        return
    rule, values = want
    assert len(fs) == 1, [f.summary for f in fs]
    f = fs[0]
    assert f.detail["rule"] == rule
    shown = {v.strip() for part in f.summary.rstrip(".").split(";") for v in
             part.rsplit(" as ", 1)[1:]}
    assert shown == values, f.summary
    if rule in ("fact.approximate", "fact.threshold"):
        assert f.detail["tie"].startswith(("fact.aligned.", "fact.unaligned."))
        assert f.confidence < 0.9  # graded lower than the exact rules


@pytest.mark.parametrize(("text", "bound", "edge"), [
    ("Buildings with more than eight apartments qualify.", "min", "open"),
    ("Buildings with at least eight apartments qualify.", "min", "closed"),
    ("Buildings with eight apartments or more qualify.", "min", "after"),
    ("Buildings with eight or more apartments qualify.", "min", "after"),
    ("Fines of $500 or less apply.", "max", "after"),
    ("Fines of up to $500 apply.", "max", "closed"),
    ("Nearly 1,500 people were evacuated.", "max", None),
    ("Residents 21 and older may vote.", "min", "closed"),
    ("The index rose 5% and up to 7% in places.", None, None),
    ("Some 20 people left and over the weekend more came.", None, None),
])
def test_bound_edges(text, bound, edge):
    doc = support.make_doc("a1", "Vell Daily", (text,), published="2026-11-18")
    m = next(m for _sid, ms in doc_mentions(doc) for m in ms)
    assert (m.bound, m.edge) == (bound, edge)


# A range's ends are closed bounds (review2): a figure inside the range meets both; each
# "inside" case fired fact.aligned.measure 0.93 on 0103fae ("as 2,500; as 2,200").
RANGES = [
    pytest.param("Between 2,000 and 2,500 people were evacuated from Port Vell on Tuesday.",
                 "2,200 people were evacuated from Port Vell on Tuesday.", None, id="between-inside"),
    pytest.param("Between 2,000 and 2,500 people were evacuated from Port Vell on Tuesday.",
                 "About 2,200 people were evacuated from Port Vell on Tuesday.", None, id="between-inside-hedged"),
    pytest.param("1,200 to 1,500 people were evacuated from Port Vell on Tuesday.",
                 "1,300 people were evacuated from Port Vell on Tuesday.", None, id="to-inside"),
    # near misses: a figure outside the range still conflicts
    pytest.param("Between 2,000 and 2,500 people were evacuated from Port Vell on Tuesday.",
                 "About 1,200 people were evacuated from Port Vell on Tuesday.", "fact.aligned.measure",
                 id="between-outside"),
    pytest.param("1,200 to 1,500 people were evacuated from Port Vell on Tuesday.",
                 "1,700 people were evacuated from Port Vell on Tuesday.", "fact.aligned.measure",
                 id="to-above"),
]


@pytest.mark.parametrize(("a", "b", "rule"), RANGES)
def test_a_range_is_read_as_its_two_ends(a, b, rule):
    fs = findings(a, b)
    assert [f.detail["rule"] for f in fs] == ([rule] if rule else []), [f.summary for f in fs]
    if fs:  # the range as written, not its high end alone
        assert "as between 2,000 and 2,500;" in fs[0].summary or "as 1,200 to 1,500;" in fs[0].summary, fs[0].summary


# "a few hundred" is a rough size like "several hundred" (review2: read as "hundred", 100,
# it met "about 300" as a conflict at 0.93 on 0103fae); against "thousands", as "several
# hundred" is, still a conflict.
@pytest.mark.parametrize(("b", "rule"), [
    ("About 300 people were evacuated from Port Vell on Tuesday.", None),
    ("Thousands of people were evacuated from Port Vell on Tuesday.", "fact.aligned.measure"),
])
def test_a_few_hundred_is_a_rough_size(b, rule):
    fs = findings("A few hundred people were evacuated from Port Vell on Tuesday.", b)
    assert [f.detail["rule"] for f in fs] == ([rule] if rule else []), [f.summary for f in fs]
