"""A total whose noun phrase is followed by an aside listing its parts takes the predicate
past the aside ("At least 12 people, including three children, were killed" -> dead;
"Three people, including two vault guards, have been detained" -> arrested): the comma
that opens the aside cut the total off from its verb (session 19, invented dev t69:
"Three ... have been detained" / "Four ... have been arrested" was missed).
``facts._past_aside``. The listed part keeps what its own words give; a comma that opens
no listing aside still ends the clause.

Invented text (fictional places).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _heads(text: str) -> list[tuple[str, frozenset[str]]]:
    doc = support.make_doc("a1", "Vell Daily", (text,), published="2026-11-18")
    return [(m.q.text, m.heads) for _, ms in facts.doc_mentions(doc) for m in ms]


@pytest.mark.parametrize(("text", "want"), [
    ("At least 12 people, including three children, were killed in the Orsk blast.",
     [("12", {"dead"}), ("three", set())]),
    ("Three people, including two vault guards, have been detained in Kessa.",
     [("Three", {"arrested"}), ("two", set())]),
    ("Twelve people, among them a police officer, were injured in Tarn.",
     [("Twelve", {"injured"})]),
    # near misses: no listing aside, no predicate taken past the comma
    ("Twelve people, the mayor of Tarn said, were injured.", [("Twelve", set())]),
    ("About 40 people gathered, and police later detained two of them.",
     [("40", set()), ("two", {"arrested"})]),
])
def test_predicate_past_a_listing_aside(text, want):
    assert [(t, set(h)) for t, h in _heads(text)] == [(t, set(h)) for t, h in want]


def test_two_totals_past_asides_conflict():
    got = support.fact_pair_findings(
        "Three people, including two vault guards, have been detained, prosecutors in Kessa said.",
        "Four people, including two vault guards, have been arrested, prosecutors in Kessa said.")
    assert [{v["text"] for v in f.detail["values"]} for f in got] == [{"Three", "Four"}]
