"""Terms and modifiers are read once per document (a complexity guard, no timings): the
coverage summary and the story-wide framing both ask for every article's terms, which on a
50-article story was the same work done twice. Invented text about a fictional dock strike
in Oskar Bay."""

from __future__ import annotations

import dataclasses

import pytest

import storylens.analysis.descriptors as D
from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

TEXTS = (
    "Dock workers in Oskar Bay walked out on Monday over unpaid wages. "
    "A mob of protesters blocked the harbour gate for two hours, the so-called union leaders said.",
    "Dock workers in Oskar Bay struck on Monday over wages they say were never paid. "
    "Hundreds of protesters blocked the harbour gate for two hours, police said.",
    "A strike by dock workers closed the port of Oskar Bay on Monday. "
    "Demonstrators stood at the harbour gate for two hours, the port authority said.",
)


def _comparison(options: Options | None = None):
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {i + 1}", text=t)
            for i, t in enumerate(TEXTS)]
    return compare_articles(arts, options or Options(framing=True, story_framing=True))


def _count_term_reads(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = D.term_matches

    def counting(words):
        calls.append(1)
        return real(words)

    monkeypatch.setattr(D, "term_matches", counting)
    return calls


def test_summary_reads_each_sentence_once(monkeypatch):
    # the summary reads every article's terms for its own table and for the story-wide
    # framing it shows beside each word: once per body sentence, not once for each. Story
    # framing off, so that the summary is the first to read them
    comp = _comparison(Options(framing=True, story_framing=False))
    calls = _count_term_reads(monkeypatch)
    first = coverage_summary(comp)
    body = sum(1 for d in comp.documents for s in d.sentences if s.block in D.BODY)
    assert 0 < len(calls) <= body
    n = len(calls)
    assert coverage_summary(comp) == first
    assert len(calls) == n  # asked again: nothing is read again


def test_summary_reads_nothing_again_after_story_framing(monkeypatch):
    # story framing is on by default (session 13): its finder has already read every
    # article's terms, and the summary reuses them instead of doing the work twice
    comp = _comparison(Options())
    calls = _count_term_reads(monkeypatch)
    coverage_summary(comp)
    assert calls == []


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


def test_a_term_looks_only_at_the_names_near_it(monkeypatch):
    # a run-on sentence of 600 labelled names: each term is checked against the names
    # within reach of it, not every name of the sentence (that was quadratic: a
    # 4,000-word sentence took 8.6 s); the label still finds its own name
    parts = [f"leader Mara Quill{i} met the regime of Osk{i}" for i in range(600)]
    text = "Dock workers in Oskar Bay walked out on Monday.\n\n" + ", and ".join(parts) + "."
    comp = compare_articles([Article(id="a1", source="t", outlet="Outlet 1", text=text),
                             Article(id="a2", source="t", outlet="Outlet 2", text=TEXTS[1])],
                            Options())
    doc = comp.documents[0]
    seen: list[int] = []
    real = D._anchor

    def counting(text, ents, a, b, *rest):
        seen.append(len(ents))
        return real(text, ents, a, b, *rest)

    monkeypatch.setattr(D, "_anchor", counting)
    uses = D.term_uses.__wrapped__(doc)
    names = sum(1 for e in doc.analysis.entities)
    assert names > 600 and len(seen) > 500
    assert max(seen) < 40  # a few names each side, out of more than 600
    leaders = [u for u in uses if u.surface == "leader"]
    assert leaders and all(u.anchor and u.anchor.startswith("mara") for u in leaders)
