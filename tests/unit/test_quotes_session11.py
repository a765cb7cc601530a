"""Session 11 speaker fixes, on invented harbour-town text, with near misses beside each.

* the subject of a reported clause ("Tom Morrow said [Ana Lund had resigned]") is someone a
  later "she" may mean: with the reporting speaker also possible the pronoun stays bare,
  and only the article's gender marks pick one of them;
* a month or weekday before a day number after "by"/"from" is a date, not the person who
  issued a statement ("a statement released by May 4").
"""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.analysis.quotes import extract_quotes
from storylens.analysis.quotes.tokens import _tokens, date_at
from storylens.models import Article
from storylens.segment import segment


def _doc(text: str):
    return segment(Article(id="a1", source="t", outlet="Test", text=text))


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in analyse(_doc(text)).analysis.quotes]


PRONOUN_CASES = [
    # the reported clause's subject could be "she" as well as the speaker: bare
    ("Tom Morrow said Ana Lund had resigned on Friday. She said the harbour board would "
     "meet again in March.",
     ["Tom Morrow", "She"]),
    # the same with a direct quote after it
    ('Tom Morrow said Ana Lund had resigned on Friday. "The board will meet again in March," '
     "she said.",
     ["Tom Morrow", "she"]),
    # "that" before the subject changes nothing
    ("Tom Morrow said that Ana Lund had resigned on Friday. She said the board would meet "
     "again in March.",
     ["Tom Morrow", "She"]),
    # the speaker is marked a man: the "she" is the clause's subject
    ("Mr. Morrow said Ana Lund had resigned on Friday. She said the board would meet again "
     "in March.",
     ["Mr. Morrow", "Ana Lund"]),
    # near miss: the speaker marked a woman fits "she"; the subject stays a rival: bare
    ("Ms. Morrow said Ana Lund had resigned on Friday. She said the board would meet again "
     "in March.",
     ["Ms. Morrow", "She"]),
    # near miss: no name opens the clause ("the harbour board"): the speaker is taken
    ("Tom Morrow said the harbour board had resigned on Friday. He said it would meet "
     "again in March.",
     ["Tom Morrow", "Tom Morrow"]),
    # near miss: a possessive opens the clause ("Howland's"), a modifier, not its subject
    ("Tom Morrow said Howland's ferry had sailed on Friday. He said it would sail again "
     "in March.",
     ["Tom Morrow", "Tom Morrow"]),
    # near miss: a trailing attribution's own clause is no rival of its pronoun
    ("Tom Morrow said the ferries were late. Ana Vell had warned the board in March, he "
     "added.",
     ["Tom Morrow", "Tom Morrow"]),
]


@pytest.mark.parametrize("text,expected", PRONOUN_CASES)
def test_pronoun_after_reported_clause(text, expected):
    assert _speakers(text) == expected


DATE_CASES = [
    # a date after "by" is when, not who: no agent of an impersonal report
    ("It was announced by May 4 that the quay would close.", None),
    # near miss: a person named May is the agent
    ("It was announced by May Lund that the quay would close.", "May Lund"),
    # a document's "by"/"from" phrase that is a date names no issuer
    ("The quay will close, according to a statement by May 4.", "a statement"),
    ("The quay will close, according to a statement from Friday 12.", "a statement"),
    # near miss: a person named May issued the statement
    ("The quay will close, according to a statement by May Lund.", "a statement by May Lund"),
    # near miss: a month alone may be a first name
    ("April Ryan said the quay would close.", "April Ryan"),
]


@pytest.mark.parametrize("text,speaker", DATE_CASES)
def test_date_is_no_speaker(text, speaker):
    quotes = extract_quotes(_doc(text))
    assert len(quotes) == 1
    assert quotes[0].speaker == speaker


@pytest.mark.parametrize(
    "words,expected",
    [
        ("by May 4", True),
        ("by June 30th", True),
        ("by Friday", True),
        ("by Friday 12", True),
        ("by May Lund", False),
        ("by April", False),  # a month alone may be a name
        ("by may 4", False),  # lower case: the modal
        ("by June 45", False),  # no day of a month
    ],
)
def test_date_at(words, expected):
    toks = _tokens(words, 0, len(words))
    assert date_at(toks, 1) is expected


def _reported(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in extract_quotes(_doc(text)) if not q.direct]


SUBJECT_AND_ASIDE_CASES = [
    # a lone lower-case quantifier or indefinite pronoun is a subject after a fronted phrase
    ("In the end, all agreed that the closure would cost the town.",
     [("all", "that the closure would cost the town")]),
    ("Then someone asked how Lund could reopen the quay.",
     [("someone", "how Lund could reopen the quay")]),
    # near miss: capitalised it was one already
    ("All agreed that the closure would cost the town.",
     [("All", "that the closure would cost the town")]),
    # a trailing "as" aside with a verb of saying attributes the clause before it
    ("The quay has been closed before, as Lund noted.",
     [("Lund", "The quay has been closed before")]),
    ("The ferries ran late, as the pilots had warned.",
     [("the pilots", "The ferries ran late")]),
    # near misses: "as" with a time or an act attributes nothing
    ("The crowd cheered, as Lund spoke.", []),
    ("The board met on Friday, as Lund issued a statement.", []),
    ("The ferries ran late, as expected.", []),
    # near miss (review): a that-clause of its own after the adverbial is the verb's content
    ("The quay closed on Friday, as the council said on Thursday that it would.",
     [("the council", "that it would")]),
    # an adverbial after the verb keeps the aside (review)
    ("The ferries were cancelled, as the board confirmed on Friday.",
     [("the board", "The ferries were cancelled")]),
    # near miss: a narrator's "as" clause after a trailing attribution keeps the attribution
    ("The quay is unsafe, pilots said Friday, as they bristled at the delays.",
     [("pilots", "The quay is unsafe")]),
    # a fronted "as" aside may carry an adverbial before its comma
    ("As Lund noted on Friday, the quay has been closed before.",
     [("Lund", "the quay has been closed before")]),
    # near miss: with an object it is an act, and the clause after is the narrator's
    ("As Lund spoke on Friday, the pilots left the hall.", []),
    # a mid-sentence "as" aside reports both sides, as "X, Lund said, Y" does
    ("The quay, as Lund noted, has been closed before.",
     [("Lund", "The quay"), ("Lund", "has been closed before")]),
    # a link word or a subordinator before the aside's comma is no content
    ("However, Lund said, the quay has been closed before.",
     [("Lund", "the quay has been closed before")]),
    ("Yet, as Lund said, the quay has been closed before.",
     [("Lund", "the quay has been closed before")]),
]


@pytest.mark.parametrize("text,expected", SUBJECT_AND_ASIDE_CASES)
def test_subjects_and_as_asides(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize("text", [
    # near misses (review): a verb of saying with an object after "as" is an act at that
    # time, not an aside: the clause before it is the narrator's
    "The crowd cheered, as Lund said goodbye to the crew.",
    "The pilots laughed, as Lund told a joke about the harbour.",
    "The crowd fell silent, as Lund announced her resignation.",
])
def test_as_with_an_object_attributes_nothing_before_it(text):
    clause = text.split(",")[0]
    assert all(t != clause for _, t in _reported(text)), _reported(text)


CHARGE_CASES = [
    # "accused X of Y": the person and the charge are what was reported
    ("Democrats accused the harbour board of stoking the issue for political gain.",
     [("Democrats", "the harbour board of stoking the issue for political gain")]),
    ("Lund accused the board of lying.", [("Lund", "the board of lying")]),
    # near misses: no charge, a passive, or an aside before "of" (left alone)
    ("Lund accused the board.", []),
    ("Lund was accused of lying.", []),
    ("Lund accused Morrow, who was born in Vella, of lying to the pilots.", []),
    # near miss: "told X of Y" is no charge
    ("Lund told the pilots of the delays.", []),
    # an "of" inside the object is passed over to the charge's
    ("Lund accused the head of the harbour board of lying.",
     [("Lund", "the head of the harbour board of lying")]),
    ("Lund has accused Morrow of corruption.", [("Lund", "Morrow of corruption")]),
    # near misses (review): an "of" that opens a noun phrase or a name is the object's own,
    # no charge; a time adverbial before "of" leaves the object unread
    ("Lund accused the head of the harbour board.", []),
    ("Lund accused members of the board.", []),
    ("Lund accused the board of Vella Ferries.", []),
    ("Lund accused the board on Friday of lying to the pilots.", []),
]


@pytest.mark.parametrize("text,expected", CHARGE_CASES)
def test_accused_of(text, expected):
    assert _reported(text) == expected
