"""Overlap matrix and likely source (invented story and outlets)."""

from __future__ import annotations

from storylens.align import align
from storylens.models import Article, Document
from storylens.options import Options
from storylens.provenance import provenance
from storylens.segment import segment

WIRE = [
    "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks.",
    "Ferries will carry commuters across the Elm estuary until repairs are finished in June.",
    "Repairs are expected to cost about $12 million, according to the city budget office.",
    "The Harbourview Bridge opened in 1931 and carries 20,000 cars a day.",
]


def doc(i: int, sentences: list[str]) -> Document:
    return segment(Article(f"a{i}", f"t{i}", f"Outlet {i}", " ".join(sentences)))


def test_single_article() -> None:
    d = doc(1, WIRE)
    p = provenance([d], [])
    assert p.overlap == {} and p.source is None and p.explanation


def test_overlap_and_source() -> None:
    docs = [doc(1, [WIRE[0], "A local baker said trade had fallen sharply this week.", WIRE[1]]),
            doc(2, WIRE),
            doc(3, [WIRE[2], "Tolls stay at two dollars for cars on the old crossing.", WIRE[3], WIRE[0]])]
    als, _ = align(docs, Options())
    p = provenance(docs, als)
    assert p.source == "a2"
    assert p.overlap["a1"] == {"a2": round(2 / 3, 4), "a3": round(1 / 3, 4)}
    assert p.overlap["a2"]["a1"] == 0.5 and p.overlap["a2"]["a3"] == 0.75
    assert p.overlap["a3"]["a2"] == 0.75
    assert set(p.scores) == {"a1", "a2", "a3"}
    assert p.scores["a2"] == max(p.scores.values()) == 1.0
    assert "a2" in p.explanation and "\n" not in p.explanation


def test_no_shared_sentences() -> None:
    docs = [doc(1, WIRE[:1]), doc(2, ["The Brightwater choir won a regional singing prize last weekend."])]
    p = provenance(docs, align(docs, Options())[0])
    assert p.source is None
    assert p.overlap == {"a1": {"a2": 0.0}, "a2": {"a1": 0.0}}
