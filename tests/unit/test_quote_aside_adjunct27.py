"""A mid-sentence attribution aside with its own adjunct ("The quay, the harbour master said
on Friday, would reopen …"): both sides of the aside are reported (session 27, PolNeAR
valid: "These employees, Stumpf explained earlier in the committee hearing, were …").

Invented text (fictional people and places). Before this rule such a clause was either
lost or reported from the adjunct on ("then, was a failure").
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article, Document
from storylens.segment import segment


def _contents(text: str) -> list[tuple[str, str | None]]:
    doc: Document = segment(Article(id="a1", source="test", outlet="Test Post", text=text))
    out = []
    for q in extract_quotes(doc):
        sp = text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None
        out.append((text[q.start : q.end], sp))
    return sorted(out)


CASES = [
    # a time adverb after the cue
    (
        "The ferry plan, Councillor Ilse Varga said then, was a costly mistake.",
        [("The ferry plan", "Councillor Ilse Varga"), ("was a costly mistake", "Councillor Ilse Varga")],
    ),
    # a prepositional phrase of occasion
    (
        "These pilots, Director Olund explained earlier in the hearing, were well paid.",
        [("These pilots", "Director Olund"), ("were well paid", "Director Olund")],
    ),
    # a day
    (
        "The Brask bridge, the mayor said on Friday, would reopen in May.",
        [("The Brask bridge", "the mayor"), ("would reopen in May", "the mayor")],
    ),
    # a listener, then a time
    (
        "The real problem, Tomas Irel told me last week, is that the quay is sinking.",
        [
            ("The real problem", "Tomas Irel"),
            ("is that the quay is sinking", "Tomas Irel"),
        ],
    ),
    # a listener alone
    (
        "The Velm levy, the minister told reporters, will be dropped in June.",
        [("The Velm levy", "the minister"), ("will be dropped in June", "the minister")],
    ),
]

# near misses: unchanged behaviour (no second half invented, no adjunct read as content)
NEAR_MISSES = [
    # the cue opens its own clause after the time: no aside
    ("Mayor Dana Brask said on Friday the quay would reopen in May.",
     [("the quay would reopen in May", "Mayor Dana Brask")]),
    # a that-clause inside the would-be adjunct: not an adjunct
    ("The levy fell, Ilse Varga said on Friday that the board agreed.",
     [("that the board agreed", "Ilse Varga")]),
    # a trailing attribution with an adjunct ends the sentence: the clause before only
    ("The Brask bridge will reopen in May, the mayor said on Friday.",
     [("The Brask bridge will reopen in May", "the mayor")]),
    # a reported event that is no speech: nothing
    ("The pier, the crew showed on Friday, held the weight.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_aside_with_adjunct_reports_both_sides(text, expected):
    assert _contents(text) == sorted(expected)


@pytest.mark.parametrize("text,expected", NEAR_MISSES)
def test_aside_near_misses(text, expected):
    got = _contents(text)
    assert got == sorted(expected)


# review27p: defects of the first version, each failing before its fix
REVIEW_CASES = [
    # the words after the time are the reported clause itself, not an adjunct: the clause
    # was lost and the narrator's "and …" after the comma reported instead
    (
        "Separately, Mayor Oda Renk said on Friday the Brask bridge was closed, and the quay reopened.",
        [("the Brask bridge was closed, and the quay reopened", "Mayor Oda Renk")],
    ),
    (
        "On Friday, Ilse Varga said later she would resign, and the council agreed.",
        [("she would resign", "Ilse Varga")],
    ),
    (
        "Last year, Tomas Irel wrote in a letter the levy was illegal, and the board dropped it.",
        [("the levy was illegal, and the board dropped it", "Tomas Irel")],
    ),
    # a listener, then a time, then the clause: no aside either (near miss, as before)
    ("Meanwhile, the mayor told the council on Friday the pier was closed, and the quay reopened.", []),
    # a date or place with its own commas stays in the adjunct (was "May 5, would reopen …")
    (
        "The Brask bridge, the mayor said on Friday, May 5, would reopen in June.",
        [("The Brask bridge", "the mayor"), ("would reopen in June", "the mayor")],
    ),
    (
        "The Brask bridge, the mayor said on May 5, 2024, would reopen in June.",
        [("The Brask bridge", "the mayor"), ("would reopen in June", "the mayor")],
    ),
    (
        "The ferry plan, Ilse Varga said in Velmsted, Ostland, was a costly mistake.",
        [("The ferry plan", "Ilse Varga"), ("was a costly mistake", "Ilse Varga")],
    ),
    # a quote after the aside is step 2's, as after a plain aside (was reported twice,
    # once with its quote marks)
    (
        'The Brask bridge, the mayor said on Friday, "would reopen in June."',
        [("would reopen in June.", "the mayor")],
    ),
    # a listener of a few words, a name included (was nothing)
    (
        "The difference now, he told the harbour committee on Friday, is the money.",
        [("The difference now", "he"), ("is the money", "he")],
    ),
    (
        "The difference now, she told Tomas Irel last week, is the money.",
        [("The difference now", "she"), ("is the money", "she")],
    ),
    # near misses: a subordinate clause is the adjunct's own; a listener then a clause
    # is no aside; a long listener is left alone
    (
        "The Brask bridge, the mayor said on Friday after the vote failed, would reopen in May.",
        [("The Brask bridge", "the mayor"), ("would reopen in May", "the mayor")],
    ),
    ("The pier, the mayor told the council the quay, would reopen in June.", []),
    ("The difference now, he told a packed hall of angry fishermen, is the money.", []),
    # a relative clause after the listener's comma is no second half (was "who had asked
    # for it" reported as the mayor's words)
    ("The levy was dropped in May, the mayor told reporters, who had asked for it.", []),
    # a name before a comma opens its apposition: a main clause, no aside (PolNeAR valid
    # "Citing …, Trump repeatedly accused Rafael Cruz, who …")
    (
        "Citing an old rumour, Mayor Oda Renk repeatedly accused Tomas Irel, who was born in Velm, of taking bribes.",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", REVIEW_CASES)
def test_aside_review27p(text, expected):
    assert _contents(text) == sorted(expected)
