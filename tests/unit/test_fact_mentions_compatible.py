"""``facts.mentions_compatible``: the one test of whether two number mentions can be one
measure of one thing at one time, public because the coverage summary (``coverage._ties``)
asks it too (it imported the private ``facts._compatible`` before, session 10). Invented
text; each false case beside its near miss."""

from __future__ import annotations

import pytest

from storylens.findings import coverage, facts
from storylens.findings.facts import doc_mentions, mentions_compatible
from storylens.models import Article, Document, Sentence


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _mention(art: str, text: str, number: str):
    doc = Document(Article(art, "test", "Outlet", text, published="2026-11-18"),
                   (Sentence(f"{art}:s0", art, 0, 0, len(text), text),))
    return {m.q.text: m for _, ms in doc_mentions(doc) for m in ms}[number]


@pytest.mark.parametrize(("a", "na", "b", "nb", "want"), [
    # two things counted
    ("The Vell market sold 500 fur capes on Sunday.", "500", "The Vell market sold 300 toys on Sunday.", "300", False),
    # two places
    ("Orm Foods cut 40 jobs in Vell.", "40", "Orm Foods cut 60 jobs in Tarn.", "60", False),
    # near miss: one measure of one thing, told two ways
    ("The Vell market sold 500 fur capes on Sunday.", "500", "Traders in Vell sold 520 fur capes on Sunday.", "520", True),
])
def test_mentions_compatible(a, na, b, nb, want):
    assert mentions_compatible(_mention("a1", a, na), _mention("a2", b, nb)) is want


def test_coverage_uses_the_public_test():
    """One copy: the coverage summary's rounding test asks the facts module's own function."""
    import inspect

    src = inspect.getsource(coverage)
    assert "mentions_compatible" in src
    assert "_compatible(" not in src.replace("mentions_compatible(", "")
