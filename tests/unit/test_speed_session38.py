"""Session 38 (speed38): pure-speed changes, each asked to give the answers it gave
before, on invented text with near misses.

``coverage._written_apart`` (a name written with its words broken otherwise, "Star Line
Live" for "Starline Live") read every body sentence's capital runs of the omitting article
again for each fact (1,987 asks on the 50-article story of benchmarks/compare.py); the runs'
words are now read once per article and context. Several facts asked of one article on one
context must answer as each does alone on a fresh context, and the article's sentences be
read once.
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

ON = Options(fact_coverage=True)
SENTENCES = [
    "A ferry bound for Tollin ran aground on a sandbank off Gravesby on Monday night.",
    "Brisk Wave Ferries insisted the crew had followed the charted route.",
    "The harbour master, Oda Fenwright-Lusk, said the tide had been unusually low.",
]
# (the fact's name, written in the article with its words broken otherwise)
NAMES = [
    ("Briskwave Ferries", True),  # "Brisk Wave Ferries"
    ("Brisk Waveferries", True),
    ("Briskwave Lines", False),  # another name that starts alike
    ("Wave Ferries Group", False),  # a part of it, then a word it does not write
    ("Odafen Wrighton", False),  # the letters run on past the words the article writes
    ("Gravesby Tollin", False),  # two names of the text, never one run
]


def _fact(name: str):
    from storylens.findings.coverage import Fact

    return Fact(article="a0", sentence="a0:s0", kind="org", text=name, start=0, end=len(name),
                key=name.lower(), salience=2.0)


@pytest.mark.parametrize(("name", "written"), NAMES)
def test_written_apart_on_a_fresh_context(name, written):
    from storylens.findings.coverage import _written_apart

    ctx = support.verbatim_context([SENTENCES], ["Tollin Mercury"], ON)
    assert _written_apart(ctx, _fact(name), "a1") is written


def test_written_apart_reads_an_article_once_and_answers_alike(monkeypatch):
    from storylens.findings import coverage

    ctx = support.verbatim_context([SENTENCES], ["Tollin Mercury"], ON)
    reads = []
    body_of = coverage._body_of

    def counted(doc):
        reads.append(doc.article.id)
        return body_of(doc)

    monkeypatch.setattr(coverage, "_body_of", counted)
    got = [coverage._written_apart(ctx, _fact(name), "a1") for name, _ in NAMES * 2]
    assert got == [w for _, w in NAMES] * 2
    assert reads == ["a1"]
