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
