"""A date's act may stand before the count its verb takes as object ("fired three shots
... on July 9": fired), where the window of the date starts at that count (session 19,
invented dev t67: "fired three shots ... on July 9, 2025" / "fired three times ... on
July 19 last year" was missed: neither date had an act). ``facts._act``: only the past
form right before the count, in the date's clause; a verb further off, or a saying, is
none.

Invented text (fictional people and places).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _acts(text: str) -> list[tuple[str, str | None]]:
    doc = support.make_doc("a1", "Vell Daily", (text,), published="2026-04-18")
    return [(m.q.text, m.act) for _, ms in facts.doc_mentions(doc) for m in ms if m.family == "when"]


@pytest.mark.parametrize(("text", "want"), [
    ("Constable Ivo Tarn fired three shots into the van on July 9, 2025.", "fired"),
    ("Constable Ivo Tarn fired three times into the van on July 19 last year.", "fired"),
    # near misses: the verb is not the count's ("said" is a saying; "arrived" is not right
    # before the count)
    ("Tarn said three shots were heard near the van on July 9.", None),
    ("Tarn arrived with three officers on July 9.", None),
])
def test_act_before_the_object(text, want):
    assert [a for _, a in _acts(text)] == [want]


def test_one_act_dated_to_two_days_conflicts():
    got = support.fact_pair_findings(
        "Constable Ivo Tarn fired three shots into the van in Kessa on July 9, 2025.",
        "Constable Ivo Tarn fired three times into the van in Kessa on July 19, 2025.",
        aligned=False)
    assert [{v["text"] for v in f.detail["values"]} for f in got] == [{"July 9, 2025", "July 19, 2025"}]
