"""A small hand-built :class:`Comparison` (an invented port strike) for renderer tests and
template work, independent of the reading, cleaning and aligning stages.

``sample_comparison(hostile=True)`` plants markup and script payloads in every field a
renderer prints, to prove that the HTML report escapes them.
"""

from __future__ import annotations

from storylens.models import (
    Alignment,
    Article,
    Block,
    BlockKind,
    Comparison,
    DiffOp,
    Document,
    Finding,
    PairDiff,
    Provenance,
    Removed,
    Sentence,
    Skipped,
    Span,
)

# Payloads for the escaping tests: a script element, an attribute break-out, a closing
# </script> for the embedded JSON, and a javascript: URL.
XSS_SCRIPT = "<script>alert(1)</script>"
XSS_ATTR = '" onmouseover="alert(1)'
XSS_URL = "javascript:alert(1)"

Paragraphs = list[tuple[BlockKind, list[str]]]


def _document(art_id: str, outlet: str, paragraphs: Paragraphs, **fields) -> Document:
    """Join sentences into clean text (blocks split by blank lines) with exact offsets."""
    text = ""
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    for kind, sents in paragraphs:
        if text:
            text += "\n\n"
        block_start = len(text)
        for j, s in enumerate(sents):
            if j:
                text += " "
            start = len(text)
            text += s
            idx = len(sentences)
            sentences.append(Sentence(f"{art_id}:s{idx}", art_id, idx, start, len(text), s, kind))
        blocks.append(Block(kind, block_start, len(text)))
    article = Article(
        id=art_id,
        source=fields.pop("source", f"{art_id}.txt"),
        outlet=outlet,
        text=text,
        blocks=tuple(blocks),
        **fields,
    )
    return Document(article, tuple(sentences))


def _span(doc: Document, index: int, word: str) -> Span:
    s = doc.sentences[index]
    at = s.text.index(word)
    return Span(s.id, s.start + at, s.start + at + len(word))


def sample_comparison(hostile: bool = False) -> Comparison:
    """Three invented outlets on a dock strike in Tessel; ``hostile`` adds XSS payloads."""
    evil = f" {XSS_SCRIPT}{XSS_ATTR}" if hostile else ""
    a1 = _document(
        "a1",
        "Continental Press Agency",
        [
            ("headline", ["Port strike halts Tessel ferries"]),
            (
                "paragraph",
                [
                    "Dock workers in Tessel walked out on Monday, halting all ferry traffic.",
                    "“We will not go back until the contract is signed,” union leader Mara Vos said.",
                ],
            ),
            ("paragraph", ["The strike began at 6 a.m. and involved about 1,200 workers."]),
            ("paragraph", ["Talks are set to resume on Thursday."]),
        ],
        title="Port strike halts Tessel ferries",
        published="2026-03-02",
        author="Ilse Dorn",
        url="https://cpa.example/wire/tessel-strike",
        credits=("CPA",),
    )
    a2 = _document(
        "a2",
        "The Vella Herald" + (" <b>Herald</b>" if hostile else ""),
        [
            ("headline", ["Ferries stop as Tessel dockers strike" + evil]),
            (
                "paragraph",
                [
                    "Dock workers in Tessel walked out on Monday, halting all ferry traffic.",
                    '"We will not go back until the deal is signed," union leader Mara Voss claimed.',
                ],
            ),
            ("paragraph", ["The strike began at 6 a.m. and involved about 1,500 workers."]),
            ("paragraph", ["Talks are set to resume on Thursday."]),
            ("heading", ["Quiet streets"]),
            ("paragraph", ["Local shops reported a quiet morning." + evil]),
        ],
        title="Ferries stop as Tessel dockers strike" + (" </script>" if hostile else ""),
        published="2026-03-02T09:15:00+01:00",
        author=None,
        url=XSS_URL if hostile else "https://herald.example/tessel-strike",
        source="herald.txt",
        credits=("CPA", "CPA Photo"),
        removed=(
            Removed("Advertisement", "advert", 3),
            Removed(
                "Read more: Tram fares rise in May" + (XSS_SCRIPT if hostile else ""),
                "read-more",
                7,
            ),
        ),
    )
    a3 = _document(
        "a3",
        "National Courier",
        [
            ("paragraph", ["Ferry traffic stopped on Monday after Tessel dockers went on strike."]),
            ("paragraph", ["Talks are set to resume on Thursday."]),
            ("paragraph", ["Police broke up a riot near the harbour."]),
        ],
        title="Dockers strike in Tessel",
        published="2026-03-02",
        author="Edvin Saro",
        url="https://courier.example/tessel",
        source="courier.jsonl:1",
        record_id="nc-1",
    )
    docs = (a1, a2, a3)
    quote_diff = PairDiff(
        "a1:s2",
        "a2:s2",
        (
            DiffOp("equal", "We will not go back until the", "We will not go back until the"),
            DiffOp("replace", "contract", "deal"),
            DiffOp("equal", "is signed, union leader Mara", "is signed, union leader Mara"),
            DiffOp("replace", "Vos said", "Voss claimed"),
        ),
        kept=13,
        inserted=0,
        deleted=0,
        substituted=3,
    )
    number_diff = PairDiff(
        "a1:s3",
        "a2:s3",
        (
            DiffOp(
                "equal",
                "The strike began at 6 a.m. and involved about",
                "The strike began at 6 a.m. and involved about",
            ),
            DiffOp("replace", "1,200", "1,500"),
            DiffOp("equal", "workers.", "workers."),
        ),
        kept=10,
        inserted=0,
        deleted=0,
        substituted=1,
    )
    alignments = (
        Alignment("verbatim", ("a1:s4", "a2:s4", "a3:s1"), 1.0),
        Alignment("paraphrase", ("a1:s1", "a2:s1", "a3:s0"), 0.41),
        Alignment("edited", ("a1:s2", "a2:s2"), 0.78, (quote_diff,)),
        Alignment("edited", ("a1:s3", "a2:s3"), 0.9, (number_diff,)),
    )
    unique = ("a1:s0", "a2:s0", "a2:s5", "a2:s6", "a3:s2")
    provenance = Provenance(
        overlap={
            "a1": {"a1": 1.0, "a2": 1.0, "a3": 0.5},
            "a2": {"a1": 0.8, "a2": 1.0, "a3": 0.4},
            "a3": {"a1": 0.67, "a2": 0.67, "a3": 1.0},
        },
        source="a1",
        scores={"a1": 0.91, "a2": 0.62, "a3": 0.3},
        explanation="a1 (Continental Press Agency) carries every shared sentence and credits no one.",
    )
    findings = (
        Finding(
            "quote_changed",
            ("a1:s2", "a2:s2"),
            'Mara Vos\'s quote differs: "contract" vs "deal".',
            {"speaker": "Mara Vos", "words": [["contract", "deal"]]},
            0.9,
            (_span(a1, 2, "contract"), _span(a2, 2, "deal")),
        ),
        Finding(
            "fact_conflict",
            ("a1:s3", "a2:s3"),
            "Number of strikers: 1,200 (a1) vs 1,500 (a2).",
            {"kind": "cardinal", "values": {"a1": 1200, "a2": 1500}},
            0.85,
            (_span(a1, 3, "1,200"), _span(a2, 3, "1,500")),
        ),
        Finding(
            "framing",
            ("a1:s2", "a2:s2"),
            '"said" (a1) vs doubt-casting "claimed" (a2).',
            {"terms": ("said", "claimed")},
            0.8,
            (_span(a1, 2, "said"), _span(a2, 2, "claimed")),
        ),
        Finding(
            "framing",
            ("a3:s2",),
            'Loaded term "riot" (a3) where others say nothing.',
            {"term": "riot"},
            0.6,
            (_span(a3, 2, "riot"),),
        ),
        Finding(
            "name_variant",
            ("a1:s2", "a2:s2"),
            "Name spelled two ways: Mara Vos / Mara Voss.",
            {"variants": ["Mara Vos", "Mara Voss"]},
            0.95,
            (_span(a1, 2, "Mara Vos"), _span(a2, 2, "Mara Voss")),
        ),
        Finding(
            "omission",
            ("a1:s2",),
            "a3 (National Courier) leaves out the union leader's quote.",
            {"missing_from": ["a3"]},
            0.7,
        ),
        Finding(
            "addition",
            ("a2:s6",),
            "Only a2 reports the quiet shops." + evil,
            {},
            0.6,
        ),
        Finding(
            "shared_source",
            ("a1:s4", "a2:s4", "a3:s1"),
            "a2 and a3 reuse the wire text of a1 (Continental Press Agency).",
            {"source": "a1", "share": 0.8},
            0.9,
        ),
    )
    skipped = (
        Skipped("broken.jsonl", "bad-json", "line 3 is not valid JSON" + evil, 3),
        Skipped("photo.jpg", "binary", "not a text, HTML or JSON file"),
    )
    timings = {"read": 0.01, "clean": 0.02, "segment": 0.003, "align": 0.05}
    return Comparison(docs, alignments, unique, provenance, findings, skipped, timings)


__all__ = ["XSS_ATTR", "XSS_SCRIPT", "XSS_URL", "sample_comparison"]
