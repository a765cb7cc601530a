"""Name candidates are read once per sentence text (``names._text_candidates``) and
placed at each copy: copies of one wire sentence in several invented outlets, at other
offsets, give the same names as the unmemoised reading, and the one article fact the
reading depends on (whether the article writes the opening word in lower case) keeps
copies apart."""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.analysis.names import extract_entities


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rule path, whether or not the optional spaCy pipeline is installed."""
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)


WIRE = "The ferry operator Ilse Brandvold told the Quayside Gazette the Norrvik ferry would sail."


def spans(doc) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.text, e.kind) for e in extract_entities(doc)]


def unmemoised(doc) -> list[tuple[int, int, str, str]]:
    lower = names._lower_vocab(doc)
    cands = [c for s in doc.sentences
             for c in names._candidates_at(s, lower, *names._sentence_tokens(s.text))]
    return [(e.start, e.end, e.text, e.kind) for e in names._resolve(cands)]


@pytest.mark.parametrize("lead", [
    [],
    ["Storms closed the northern quay on Tuesday."],
    ["A longer opening paragraph, from another outlet, moved the wire copy further along.",
     "Dockworkers said the cranes stood idle."],
])
def test_copies_at_other_offsets_read_alike(lead):
    doc = support.make_doc("a1", "Outlet A", [*lead, WIRE])
    got = spans(doc)
    assert got == unmemoised(doc)
    wire = doc.sentences[-1]
    assert {t for _, _, t, _ in got} >= {"Ilse Brandvold", "Quayside Gazette"}
    assert all(wire.start <= a < b <= wire.end for a, b, t, _ in got if t == "Ilse Brandvold")


@pytest.mark.parametrize(("other", "opener_kept"), [
    # the article writes "officials" in lower case: the opener is a common word
    ("Port officials said the ferry was late.", False),
    # near miss: it never does, so the capitalised opener may start a name
    ("The port said the ferry was late.", True),
])
def test_opening_word_depends_on_the_article(other, opener_kept):
    sentence = "Officials Bjorn Tallak and Ilse Brandvold met at the quay."
    doc = support.make_doc("a2", "Outlet B", [sentence, other])
    got = spans(doc)
    assert got == unmemoised(doc)
    assert any(t.startswith("Officials") for _, _, t, _ in got) == opener_kept
