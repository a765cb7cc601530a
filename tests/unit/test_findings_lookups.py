"""Look-ups the findings do per number or per quote answer as a scan of every sentence
or quote would (they were such scans, quadratic on a long article; issue 15)."""

from __future__ import annotations

import random

from storylens.findings.common import FindingContext
from storylens.findings.coverage import _Spans
from storylens.models import Article
from storylens.segment import segment


def test_spans_hold_what_a_scan_finds():
    rng = random.Random(15)
    for _ in range(2_000):
        spans = []
        for _ in range(rng.randrange(6)):
            a = rng.randrange(50)
            spans.append((a, a + rng.randrange(1, 15)))  # overlapping and nested too
        index = _Spans(spans)
        for a in range(-2, 70):
            assert index.holds(a) == any(s <= a < e for s, e in spans), (spans, a)


def test_sentence_at_matches_a_scan_of_the_sentences():
    text = (
        "The ferry to Vella Island resumed on Monday.  Officials said 40 crossings ran.\n\n"
        '"We are back," said captain Ilse Marrow. The harbour office did not comment.'
    )
    doc = segment(Article(id="a1", source="t", outlet="Gazette", text=text))
    ctx = FindingContext.build([doc], [])
    for offset in range(-1, len(text) + 2):
        expected = next((s for s in doc.sentences if s.start <= offset < s.end), None)
        assert ctx.sentence_at("a1", offset) == expected, offset
    assert ctx.sentence_at("a9", 3) is None
