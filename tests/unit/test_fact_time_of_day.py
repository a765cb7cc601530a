""""before dawn", "after midnight" name a moment of the day, not a clause of another event
(session 14, facts14).

A date in a clause that "after", "since", "before" ... opens dates another event, and a
figure outside that clause is "after:"/"before:" that date (``facts._relation``). Right
before a time of day (``rules/numbers.TIME_OF_DAY_WORDS``) the word opens no clause: "the
magnitude 6.1 earthquake tore through the valley before dawn on Saturday" is on Saturday
(invented dev t11: the wire's 6.4 was never compared with it). Invented text only.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.facts import doc_mentions


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


@pytest.mark.parametrize(("sentence", "text", "time"), [
    ("The magnitude 5.8 earthquake shook the Orrel valley before dawn on Saturday.", "5.8",
     "wd:saturday"),
    ("Some 40 fishing boats left Tarsk harbour after midnight on Sunday.", "40", "wd:sunday"),
    ("Some 40 fishing boats left Tarsk harbour in the early morning on Sunday.", "40",
     "wd:sunday"),
    # near misses: a clause of another event keeps its relation
    ("Some 40 fishing boats stayed in Tarsk harbour after the storm hit on Sunday.", "40",
     "after:wd:sunday"),
    ("Some 40 fishing boats left Tarsk harbour before the storm hit on Sunday.", "40",
     "before:wd:sunday"),
])
def test_a_time_of_day_opens_no_clause(sentence, text, time):
    doc = support.make_doc("a1", "Tarsk Courier", (sentence,), published="2026-05-18")
    ms = [m for _, sm in doc_mentions(doc) for m in sm if m.q.text == text]
    assert [m.time for m in ms] == [time]


def test_two_magnitudes_of_one_quake_on_one_day_conflict():
    a = ("A magnitude 5.8 earthquake struck the Orrel valley of western Tarsia early on "
         "Saturday, killing at least 12 people.")
    b = "When the magnitude 5.5 earthquake tore through the Orrel valley before dawn on Saturday, it flattened the old town."
    found = support.fact_pair_findings(a, b, aligned=False)
    assert [sorted(str(v["text"]) for v in f.detail["values"]) for f in found] == [["5.5", "5.8"]]


# session 15 (facts15b): a clock time after the word is a moment of the date's day too
# ("struck Brisk Reef about 12 kilometres off Port Ilvane shortly before 4 a.m. on
# Sunday" was "before Sunday", so the copy of that sentence kept invented dev d21's 18
# kilometres of another outlet, dated Sunday, out of the wire's fact)
@pytest.mark.parametrize(("sentence", "text", "time"), [
    ("The trawler Vesna Gale ran aground about 9 kilometres off Dunmarrow shortly before "
     "4 a.m. on Sunday.", "9 kilometres", "wd:sunday"),
    ("Some 40 fishing boats left Tarsk harbour after 9.40 p.m. on Sunday.", "40", "wd:sunday"),
    ("Some 40 fishing boats left Tarsk harbour just after 11pm on Sunday.", "40", "wd:sunday"),
    # near misses: a clause of another event keeps its relation, a clock time or not
    ("Some 40 fishing boats left Tarsk harbour hours before the storm hit at 4 a.m. on "
     "Sunday.", "40", "before:wd:sunday"),
    ("Some 40 fishing boats stayed in Tarsk harbour after 12 crews refused to sail on "
     "Sunday.", "40", "after:wd:sunday"),
])
def test_a_clock_time_opens_no_clause(sentence, text, time):
    doc = support.make_doc("a1", "Tarsk Courier", (sentence,), published="2026-05-18")
    ms = [m for _, sm in doc_mentions(doc) for m in sm if m.q.text == text]
    assert [m.time for m in ms] == [time]


def test_a_copy_dated_by_its_clock_time_keeps_the_distance_conflict():
    from storylens.findings.common import FindingContext
    from storylens.findings.facts import find_fact_conflicts
    from storylens.models import Alignment
    from storylens.options import Options

    wire = ("The Vesna Gale, a 60-metre trawler, struck Korr Bank about 9 kilometres off "
            "Dunmarrow shortly before 4 a.m.")
    copy = ("The Vesna Gale, a 60-metre trawler, struck Korr Bank about 9 kilometres off "
            "Dunmarrow shortly before 4 a.m. on Sunday.")
    other = "The trawler struck Korr Bank around 15 kilometres off Dunmarrow early on Sunday."
    docs = [support.make_doc("a1", "Tarsk Wire", (wire,), published="2026-05-18"),
            support.make_doc("a2", "Tarsk Courier", (copy,), published="2026-05-18"),
            support.make_doc("a3", "Dunmarrow Post", (other,), published="2026-05-18")]
    als = [Alignment("edited", ("a1:s0", "a2:s0"), 0.9)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    assert [sorted(str(v["text"]) for v in f.detail["values"]) for f in found] == [
        ["15 kilometres", "9 kilometres"]]
