"""A speaker's words that go on in a quote past the attribution (docs/quotes.md,
session 29): after '"…," she said, but "…"' or 'X, she said, and "…"' the second part is
hers too, reported with its conjunction (PolNeAR's content keeps the "but"/"and") and
the direct quote inside takes her as speaker. Only when a quote opens at once or past one
adverb ("and still"): a clause of the narrator's ("and she left") or a word that is not
in the adverb lists ("and soon") keeps the old reading. Invented text (fictional Port
Vella, Ortel, Brannik)."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _quotes(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return extract_quotes(doc)


def _reported(text: str):
    return [(q.speaker, q.cue, q.text) for q in _quotes(text) if not q.direct]


def _direct(text: str):
    return [(q.speaker, q.text) for q in _quotes(text) if q.direct]


@pytest.mark.parametrize(
    ("text", "speaker", "content", "quoted"),
    [
        (
            '"I like Ortel," she said, but "when it comes to harbour fees, he has always '
            'sided with the shipowners."',
            "she",
            'but "when it comes to harbour fees, he has always sided with the shipowners."',
            "when it comes to harbour fees, he has always sided with the shipowners.",
        ),
        (
            'The hall was packed, Ortel said, and still "nobody from the council turned up '
            'to listen."',
            "Ortel",
            'and still "nobody from the council turned up to listen."',
            "nobody from the council turned up to listen.",
        ),
        (
            'Many of the riders were students, Mr. Brannik said, and "I had to rethink the '
            'whole timetable."',
            "Mr. Brannik",
            'and "I had to rethink the whole timetable."',
            "I had to rethink the whole timetable.",
        ),
    ],
)
def test_quote_goes_on_past_the_attribution(text, speaker, content, quoted):
    assert (speaker, "said", content) in _reported(text)
    assert (speaker, quoted) in _direct(text)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # near misses: the clause after the conjunction is the narrator's, no quote
        ('"The quay is safe," she said, and she left the meeting early.', None),
        (
            "It would take two weeks to convene the board, he said, and long wrangling "
            "could follow.",
            ("he", "said", "It would take two weeks to convene the board"),
        ),
        # an adverb outside the lists: the quote stays on its own, the part before kept
        (
            'The crowd cheered, Ortel said, and soon "the whole square was singing."',
            ("Ortel", "said", "The crowd cheered"),
        ),
    ],
)
def test_no_continuation_without_a_quote(text, kept):
    reported = _reported(text)
    assert not any(c.startswith(("and ", "but ")) for _, _, c in reported)
    if kept is not None:
        assert kept in reported
