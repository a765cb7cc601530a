"""Terms and modifiers are read once per document (a complexity guard, no timings): the
coverage summary and the story-wide framing both ask for every article's terms, which on a
50-article story was the same work done twice. Invented text about a fictional dock strike
in Oskar Bay."""

from __future__ import annotations

import dataclasses

import storylens.analysis.descriptors as D
from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

TEXTS = (
    "Dock workers in Oskar Bay walked out on Monday over unpaid wages. "
    "A mob of protesters blocked the harbour gate for two hours, the so-called union leaders said.",
    "Dock workers in Oskar Bay struck on Monday over wages they say were never paid. "
    "Hundreds of protesters blocked the harbour gate for two hours, police said.",
    "A strike by dock workers closed the port of Oskar Bay on Monday. "
    "Demonstrators stood at the harbour gate for two hours, the port authority said.",
)


def _comparison():
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {i + 1}", text=t)
            for i, t in enumerate(TEXTS)]
    return compare_articles(arts, Options(story_framing=True))


def test_summary_reads_each_document_once(monkeypatch):
    comp = _comparison()
    calls: list[int] = []
    real = D.term_matches

    def counting(words):
        calls.append(1)
        return real(words)

    monkeypatch.setattr(D, "term_matches", counting)
    first = coverage_summary(comp)
    n = len(calls)
    # the findings stage already read every document's terms: nothing is read again
    assert n == 0
    assert coverage_summary(comp) == first
    assert len(calls) == n


def test_memo_is_per_document_and_invisible():
    comp = _comparison()
    doc = comp.documents[0]
    uses = D.term_uses(doc)
    assert any(u.term == "mob" for u in uses)
    assert D.term_uses(doc) is uses
    assert D.modifier_uses(doc) is D.modifier_uses(doc)
    # a changed copy is read afresh, and equality ignores what was kept
    other = dataclasses.replace(doc, article=dataclasses.replace(
        doc.article, text=doc.article.text.replace("A mob of protesters", "A set of protesters")))
    assert not any(u.term == "mob" for u in D.term_uses(other))
    fresh = dataclasses.replace(doc)
    assert fresh == doc
    assert D.term_uses(fresh) == uses
