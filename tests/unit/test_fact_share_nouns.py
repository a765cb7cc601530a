"""A share written before its noun after "a"/"an" is a share of that noun (session 19,
from invented dev t68: "a 50 percent refund of the fare" / "a 25 percent refund"):
``facts._share_noun``. Two shares of one noun conflict; a share of another noun ("a
refund" / "a discount") is another measure; the words of one change in one direction are
one noun (rules/numbers.SHARE_NOUN_SYNONYMS). A share stated otherwise ("rose 4 percent",
"50 percent of the fare") has no noun, as before.

Invented text (fictional companies and places).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.normalize import stem


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _found(a: str, b: str) -> list[str]:
    return [f.summary for f in support.fact_pair_findings(a, b)]


@pytest.mark.parametrize(("a", "b", "want"), [
    ("Tarn Ferries is offering a 50 percent refund of the fare.",
     "Tarn Ferries is offering a 25 percent refund of the fare.",
     ["Vell Daily gives the refund as 50 percent; Orsk Herald as 25 percent."]),
    ("Orsk Bank bought a 51 percent stake in Vell Mining.",
     "Orsk Bank bought a 49% stake in Vell Mining.",
     ["Vell Daily gives the stake as 51 percent; Orsk Herald as 49%."]),
    # one change, two words for it
    ("Nurses in Kessa won a 3 percent pay rise.", "Nurses in Kessa won a 4 percent increase.",
     ["Vell Daily gives the rise as 3 percent; Orsk Herald as 4 percent."]),
    # near misses: a refund is no discount, a rise no fall
    ("Tarn Ferries is offering a 50 percent refund of the fare.",
     "Tarn Ferries is offering a 25 percent discount on the fare.", []),
    ("Kessa's exports saw a 3 percent rise in May.", "Kessa's exports saw a 4 percent fall in May.", []),
])
def test_shares_of_a_noun(a, b, want):
    assert _found(a, b) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Tarn Ferries is offering a 50 percent refund of the fare.", "refund"),
    ("Nurses won a 3 percent pay rise.", "rise"),
    ("Orsk Bank bought an 8% stake.", "stake"),
    ("Prices rose 4 percent in May.", None),
    ("It refunded 50 percent of the fare.", None),
    ("Support stood at a 40 percent in the poll.", None),
])
def test_share_noun_reading(text, want):
    doc = support.make_doc("a1", "Vell Daily", (text,), published="2026-11-18")
    ms = [m for _, ms in facts.doc_mentions(doc) for m in ms if m.family == "percent"]
    assert [m.noun for m in ms] == [want if want in (None, "rise", "fall") else stem(want)]
