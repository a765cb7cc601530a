"""The date of an event in one person's life has that person as its referent (s7-facts).

"Derek Vell died on Dec. 10" and "Ana Vell died on Dec. 12" are two facts, as two
persons' ages are; one person's death dated to two days is one fact with two values.
Invented text only (fictional places, people and outlets), each true case beside its near
misses.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import doc_mentions, find_fact_conflicts
from storylens.models import Document
from storylens.options import Options

ON = Options(story_facts=True)


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def make_doc(art: str, outlet: str, *sentences: str) -> Document:
    return support.make_doc(art, outlet, sentences, published="2026-12-14")


def run(a: str, b: str):
    da, db = make_doc("a1", "Outlet A", a), make_doc("a2", "Outlet B", b)
    return [{v["text"] for v in f.detail["values"]}
            for f in find_fact_conflicts(FindingContext.build([da, db], [], options=ON))]


def person_of(sentence: str, number: str) -> str | None:
    ms = {m.q.text: m for _, ms in doc_mentions(make_doc("a1", "Outlet A", sentence))
          for m in ms}
    return ms[number].person


@pytest.mark.parametrize(("sentence", "number", "person"), [
    ("Derek Vell died on Dec. 10 in the Dessen hospital after the crash.", "Dec. 10", True),
    ("Ana Orm was arrested on Dec. 29 in Dessen, police said.", "Dec. 29", True),
    # near misses: no person, two persons, an event of a thing
    ("Two Dessen men died on Dec. 10 after the crash.", "Dec. 10", False),
    ("Ana Orm said Derek Vell died on Dec. 10 in Dessen.", "Dec. 10", False),
    ("Derek Vell said the Dessen bridge opened on Dec. 10.", "Dec. 10", False),
])
def test_whose_event_a_date_is(sentence, number, person):
    assert (person_of(sentence, number) is not None) == person


CRASH = "after the Dessen bridge crash, the Vell family said."


@pytest.mark.parametrize(("a", "b", "expected"), [
    # two persons' deaths: two facts (before s7-facts: one, Dec. 10 vs Dec. 12)
    (f"Derek Vell died in the Dessen hospital on Dec. 10 {CRASH}",
     f"Ana Vell died in the Dessen hospital on Dec. 12 {CRASH}", []),
    # near misses: one person's death on two days; a person on one side only
    (f"Derek Vell died in the Dessen hospital on Dec. 10 {CRASH}",
     f"Derek Vell died in the Dessen hospital on Dec. 12 {CRASH}", [{"Dec. 10", "Dec. 12"}]),
    (f"Derek Vell died in the Dessen hospital on Dec. 10 {CRASH}",
     f"The driver died in the Dessen hospital on Dec. 12 {CRASH}", [{"Dec. 10", "Dec. 12"}]),
])
def test_two_persons_dates_are_two_facts(a, b, expected):
    assert run(a, b) == expected


def summary(a: str, b: str) -> list[str]:
    da, db = make_doc("a1", "Outlet A", a), make_doc("a2", "Outlet B", b)
    return [f.summary for f in find_fact_conflicts(FindingContext.build([da, db], [], options=ON))]


@pytest.mark.parametrize(("a", "b", "what"), [
    # a casualty head's date names the event, and its person when it has one
    (f"Derek Vell was arrested in Dessen on Dec. 10 {CRASH}",
     f"Derek Vell was arrested in Dessen on Dec. 9 {CRASH}", "dates the arrest of Derek Vell to Dec."),
    (f"Derek Vell died in the Dessen hospital on Dec. 10 {CRASH}",
     f"The driver died in the Dessen hospital on Dec. 12 {CRASH}", "dates the death of Derek Vell to Dec."),
    # near misses: no person on either side; a count keeps its count's name
    (f"Two Dessen men died in the hospital on Dec. 10 {CRASH}",
     f"Two Dessen men died in the hospital on Dec. 12 {CRASH}", "dates the death to Dec."),
    (f"Police arrested 40 people in Dessen on Dec. 10 {CRASH}",
     f"Police arrested 60 people in Dessen on Dec. 10 {CRASH}", "gives the number arrested as 40"),
])
def test_a_casualty_date_is_worded_as_its_event(a, b, what):
    got = summary(a, b)
    assert len(got) == 1 and what in got[0], got
