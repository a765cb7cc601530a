"""``fact_conflict``: rough sizes of one crowd, and the day or span of one act (invented
text: fictional places, banks and outlets).

The gold guide's rules (benchmarks/gold/GUIDE.md, "fact_conflict"): vague sizes of one
crowd at one moment an order of magnitude apart are a conflict ("a million" vs "hundreds
of thousands"); a bound that reaches the other value is not; counts of different groups,
on different days, or of a span still running in articles a day apart are traps.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.facts import doc_mentions, find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options

ON = Options(story_facts=True)  # the story-wide rules (on by default since s7-facts)


def findings(a, b, aligned=False, pub_a="2026-11-18", pub_b="2026-11-18", options=ON):
    a = (a,) if isinstance(a, str) else a
    b = (b,) if isinstance(b, str) else b
    da = support.make_doc("a1", "Outlet A", a, published=pub_a)
    db = support.make_doc("a2", "Outlet B", b, published=pub_b)
    als = [Alignment("edited", ("a1:s0", "a2:s0"), 0.8)] if aligned else []
    return find_fact_conflicts(FindingContext.build([da, db], als, options=options))


CROWD_A = "A million people gathered along the Vella harbour on Tuesday night to watch the fireworks."
CROWD_B = ("Hundreds of thousands of people gathered along the Vella harbour on Tuesday night "
           "for the fireworks.")

# (sentence(s) of A, of B, aligned?, the values the finding gives, or None)
CASES = [
    pytest.param(CROWD_A, CROWD_B, False, {"A million", "Hundreds of thousands"},
                 id="crowd-million-vs-hundreds-of-thousands"),
    pytest.param("More than a million revellers packed the Vella harbour foreshore for the fireworks.",
                 "Hundreds of thousands of revellers packed the Vella harbour foreshore for the fireworks.",
                 True, {"a million", "Hundreds of thousands"}, id="crowd-aligned-lower-bound"),
    pytest.param("Thousands of Orsk Bank customers could not reach their savings on Monday.",
                 "Millions of Orsk Bank customers could not reach their savings on Monday.",
                 False, {"Thousands", "Millions"}, id="customers-thousands-vs-millions"),
    pytest.param("The Orsk branch of Vell Savings was robbed on Dec. 28 by two masked men, police said.",
                 "Two masked men robbed the Orsk branch of Vell Savings on Dec. 29, police said.",
                 False, {"Dec. 28", "Dec. 29"}, id="one-robbery-two-days"),
    pytest.param("The Marsh family had lived in Orsk for 20 years before the fire, neighbours said.",
                 "Neighbours said the Marsh family had lived in Orsk for 15 years when the fire broke out.",
                 False, {"20 years", "15 years"}, id="how-long-they-lived-there"),
    # near misses
    pytest.param("Up to a million people gathered along the Vella harbour on Tuesday night to watch the fireworks.",
                 CROWD_B, False, None, id="upper-bound-reaches-the-size"),
    pytest.param("Nearly a million people gathered along the Vella harbour on Tuesday night to watch the fireworks.",
                 CROWD_B, False, None, id="nearly-a-million"),
    pytest.param("Thousands of people gathered along the Vella harbour on Tuesday night to watch the fireworks.",
                 "About 1,500 people gathered along the Vella harbour on Tuesday night for the fireworks.",
                 False, None, id="same-order-of-magnitude"),
    pytest.param("Thousands of people were displaced by the Orsk floods on Monday, officials in Orsk said.",
                 "A million people gathered in Orsk on Monday for the floods memorial, officials in Orsk said.",
                 False, None, id="displaced-vs-gathered"),
    pytest.param("Thousands of protesters gathered along the Vella harbour before midnight on New Year's Eve.",
                 "Torrential rain soaked tens of thousands of revellers along the Vella harbour before midnight on New Year's Eve.",
                 False, None, id="protesters-vs-revellers"),
    pytest.param("Hundreds of protesters gathered outside the Orsk parliament on Tuesday evening.",
                 "Thousands of police officers gathered outside the Orsk parliament on Tuesday evening.",
                 False, None, id="two-groups"),
    pytest.param("Thousands of people rallied outside the Orsk parliament on Tuesday, organisers said.",
                 "Hundreds of people rallied outside the Orsk parliament on Wednesday, organisers said.",
                 False, None, id="two-days-two-crowds"),
    pytest.param(("The Orsk branch of Vell Savings was robbed on Dec. 28 by two masked men, police said.",
                  "The same Orsk branch of Vell Savings was robbed on Dec. 30, police said."),
                 "Two masked men robbed the Orsk branch of Vell Savings on Dec. 29, police said.",
                 False, None, id="an-act-dated-twice-recurs"),
    pytest.param("The Orsk branch of Vell Savings was robbed on Dec. 28 by two masked men, police said.",
                 "The Orsk branch of Vell Savings was reopened on Dec. 29 after two masked men robbed it, police said.",
                 False, None, id="two-acts"),
    pytest.param("Vell Savings announced on Dec. 28 that its Orsk branch would close, police in Orsk said.",
                 "Vell Savings announced on Dec. 29 that its Orsk branch had been robbed, police in Orsk said.",
                 False, None, id="speech-verb-is-no-act"),
    pytest.param("Tom Marsh worked at the Orsk mill for 20 years, neighbours in Orsk said.",
                 "Neighbours said the Marsh family had lived in Orsk for 15 years when the fire broke out.",
                 False, None, id="worked-vs-lived"),
    pytest.param("Hundreds of Orsk residents have blocked the Vell highway for 17 days, police in Orsk said.",
                 "Hundreds of Orsk residents have blocked the Vell highway for 18 days, police in Orsk said.",
                 False, None, id="running-span-unaligned"),
    pytest.param("The Orsk residents marched to the square, where protests that have run for 17 days continued.",
                 "The Orsk residents marched to the square, where protests that have run for 18 days continued.",
                 False, None, id="verb-of-another-clause"),
    # s11-facts4: a rough size before a verb, a crowd verb, one side's group unsaid (aligned)
    pytest.param("A crowd of about a million watched the fireworks over the Vella harbour.",
                 "Hundreds of thousands watched the fireworks over the Vella harbour.",
                 True, {"a million", "Hundreds of thousands"}, id="aligned-one-group-unsaid"),
    pytest.param("An estimated one million people lined the Vella harbour foreshore for the fireworks.",
                 "Hundreds of thousands of people crammed into vantage points around the Vella harbour for the fireworks.",
                 False, {"one million", "Hundreds of thousands"}, id="crammed-is-a-crowd"),
    pytest.param("Thousands marched through the centre of Orsk on Tuesday against the new Vell tax, police said.",
                 "Police said hundreds marched through the centre of Orsk on Tuesday against the new Vell tax.",
                 False, {"Thousands", "hundreds"}, id="thousands-marched-vs-hundreds"),
    pytest.param("Tens of thousands marched through the centre of Orsk on Tuesday against the new Vell tax, police said.",
                 "Police said hundreds marched through the centre of Orsk on Tuesday against the new Vell tax.",
                 False, {"Tens of thousands", "hundreds"}, id="tens-of-thousands-marched"),
    pytest.param("A crowd of about a million watched the fireworks over the Vella harbour.",
                 "Hundreds of thousands of police officers watched the fireworks over the Vella harbour.",
                 True, None, id="aligned-crowd-vs-police"),
]


@pytest.mark.parametrize(("a", "b", "aligned", "values"), CASES)
def test_sizes_and_acts(a, b, aligned, values):
    fs = findings(a, b, aligned)
    if values is None:
        assert fs == []
    else:
        assert len(fs) == 1
        assert {v["text"] for v in fs[0].detail["values"]} == values
        assert fs[0].detail["rule"] in ("fact.unaligned.context", "fact.aligned.measure")


def test_summary_names_the_crowd_and_the_act():
    assert "the size of the crowd" in findings(CROWD_A, CROWD_B)[0].summary
    fs = findings("The Orsk branch of Vell Savings was robbed on Dec. 28 by two masked men, police said.",
                  "Two masked men robbed the Orsk branch of Vell Savings on Dec. 29, police said.")
    assert fs[0].summary.startswith("Outlet A dates “robbed” to Dec. 28")


def test_story_wide_rules_are_on_by_default():
    assert len(findings(CROWD_A, CROWD_B, options=Options())) == 1  # since s7-facts
    assert findings(CROWD_A, CROWD_B, options=Options(story_facts=False)) == []
    # aligned, the crowd's sizes are compared either way
    off = Options(story_facts=False)
    assert len(findings(CROWD_A, CROWD_B, aligned=True, options=off)) == 1


@pytest.mark.parametrize(("pub_b", "n"), [("2026-11-19", 0), ("2026-11-18", 1)])
def test_running_span_is_as_long_as_on_its_publication_day(pub_b, n):
    """A 17-day vs an 18-day blockade in articles a day apart is one span at two times
    (the gold guide's trap); published the same day, they conflict."""
    a = "Hundreds of Orsk residents have blocked the Vell highway for 17 days, police said."
    b = "Hundreds of Orsk residents have blocked the Vell highway for 18 days, police said."
    assert len(findings(a, b, aligned=True, pub_b=pub_b, options=Options())) == n


@pytest.mark.parametrize(("sentence", "text", "group"), [
    ("Thousands of angry bank customers queued in Orsk on Monday.", "Thousands", "customer"),
    ("Hundreds of thousands of people gathered in Vella.", "Hundreds of thousands", "crowd"),
    ("Dozens of protesters camped outside.", "Dozens", "crowd"),
    ("Hundreds of people were evacuated.", "Hundreds", None),
])
def test_group_of_a_rough_size(sentence, text, group):
    doc = support.make_doc("a1", "Outlet A", (sentence,), published="2026-11-18")
    ms = [m for _, sm in doc_mentions(doc) for m in sm if m.q.text == text]
    assert ms and ms[0].group == group


def test_a_size_is_read_whole():
    """"crowds of hundreds of thousands," was read as "hundreds" (the extractor wanted a
    word after the phrase), so the size was left with no group; since s11-facts4 a size of
    several words is read whole, whatever follows it, and it is the crowd's."""
    doc = support.make_doc("a1", "Outlet A", (
        "The Vella fireworks drew crowds of hundreds of thousands, the council said.",),
        published="2026-11-18")
    ms = [m for _, sm in doc_mentions(doc) for m in sm if m.vague]
    assert [(m.q.text, m.q.value, m.group) for m in ms] == [("hundreds of thousands", 1e5, "crowd")]


@pytest.mark.parametrize(("sentence", "text", "act"), [
    ("The Vell branch was robbed on Dec. 28, police said.", "Dec. 28", "robbed"),
    ("The Marsh family had lived in Orsk for 20 years before the fire.", "20 years", "lived"),
    ("Vell Savings said on Dec. 28 that it would close.", "Dec. 28", None),  # a speech verb
    ("Protesters marked the new year ahead of a march on Dec. 31.", "Dec. 31", None),
    ("Residents have blocked the Vell road for 18 days.", "18 days", None),  # still running
    ("The Vell branch was robbed on Dec. 28 and again on Dec. 30.", "Dec. 28", None),  # two days
])
def test_act_of_a_day_or_span(sentence, text, act):
    doc = support.make_doc("a1", "Outlet A", (sentence,), published="2026-11-18")
    ms = [m for _, sm in doc_mentions(doc) for m in sm if m.q.text == text]
    assert ms and ms[0].act == act


@pytest.mark.parametrize(("b", "pub_b", "n"), [
    ("Nineteen people have died in the Orsk floods, officials said.", "2026-11-19", 0),
    ("Nineteen people have died in the Orsk floods, officials said.", "2026-11-18", 1),
    # a toll with no running wording a day later is the toll as of that day too (session
    # 14: held-out t16's "killing three" on Saturday, "Four people died" on Sunday), but a
    # toll only grows: a lower one a day later is still a conflict (facts._updated)
    ("The Orsk floods killed 19 people, officials said.", "2026-11-19", 0),
    ("The Orsk floods killed 11 people, officials said.", "2026-11-19", 1),
    ("The Orsk floods killed 19 people, officials said.", "2026-11-18", 1),
])
def test_running_toll_is_the_count_on_its_publication_day(b, pub_b, n):
    """"have died" 14 and 19 in articles a day apart are two update times of one toll
    (the gold guide's trap: 28 vs 17 missing), not a conflict."""
    a = "Fourteen people have died in the Orsk floods, officials said."
    assert len(findings(a, b, aligned=True, pub_b=pub_b, options=Options())) == n


def test_one_sites_two_articles_on_both_sides_are_told_apart():
    """Two articles of one site giving different values: the line names each with its
    article id, not "Outlet A …; Outlet A …" (a self-contradiction nobody can trace)."""
    d1 = support.make_doc("a1", "Vell Herald", (CROWD_A,))
    d2 = support.make_doc("a2", "Vell Herald", (CROWD_B,))
    d3 = support.make_doc("a3", "Orsk Daily", (CROWD_B,))
    out = find_fact_conflicts(FindingContext.build([d1, d2, d3], [], options=ON))
    assert len(out) == 1, [f.summary for f in out]
    s = out[0].summary
    assert "Vell Herald (a1)" in s and "Vell Herald (a2)" in s
    assert "Orsk Daily (a3)" not in s and "Orsk Daily" in s  # an outlet on one side keeps its name
