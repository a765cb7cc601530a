"""Rules from the PolNeAR valid-split error analysis, third session (docs/quotes.md),
each replayed on invented text (fictional Vellaria) with near misses that must not fire.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _reported(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


def _speakers(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [q.speaker for q in extract_quotes(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of naming: object and predicate are the content
        (
            'Mayor Ana Lund called the quay plan "a costly gamble" on Tuesday.',
            [("Mayor Ana Lund", "called", 'the quay plan "a costly gamble" on Tuesday')],
        ),
        (
            "The harbour union called the new rota a betrayal of the night crews.",
            [("The harbour union", "called", "the new rota a betrayal of the night crews")],
        ),
        (
            "Councillors called the ferry levy a mistake since it hurt the islands.",
            [("Councillors", "called", "the ferry levy a mistake")],
        ),
        # a second stance verb of the subject closes it (and, since the fourth session,
        # reports its own object for the same subject)
        (
            'Vell called the fines "unjust" and called for a review of the port rules.',
            [
                ("Vell", "called", 'the fines "unjust"'),
                ("Vell", "called for", "a review of the port rules"),
            ],
        ),
    ],
)
def test_naming_verb_object_and_predicate(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The captain called the coastguard a second time before dawn.",  # a count of calls
        "The clerk called the harbour office a few minutes later.",
        "The mayor was called a hero by the crews of the quay.",  # passive
        "The crews want what the mayor called a fair wage for the night.",  # "what" is the object
        'The old quay, sometimes called the harbour "a relic," reopened on Monday.',  # participle
        "The board called off the vote and the ferry sailed at noon.",  # another verb
        "The pilot called reporters to the quay to see a damaged hull.",  # no predicate
        'Locals call the new bridge "the Draven" after its builder.',  # a name
        'The crews dubbed the dredger "Harbour Watch" in May.',
    ],
)
def test_naming_verb_near_misses(text):
    assert [r for r in _reported(text) if r[1] == "called"] == []
    assert "sometimes" not in _speakers(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # evidence verbs report a bare object when the subject is a piece of evidence
        (
            "A 2031 study by Professor Rina Vell found 31 cases of fraud at the port.",
            [("A 2031 study by Professor Rina Vell", "found", "31 cases of fraud at the port")],
        ),
        (
            "The Harbour Herald poll showed Lund leading Vell by four points, but the race is open.",
            [("The Harbour Herald poll", "showed", "Lund leading Vell by four points")],
        ),
        (
            "Video of the collision shows the ferry turning late, with its horn silent.",
            [("Video of the collision", "shows", "the ferry turning late")],
        ),
    ],
)
def test_evidence_verb_with_a_bare_object(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Rina Vell found the keys in the harbour office on Monday.",  # a person finds things
        "Police found a pistol in the cabin of the ferry.",  # a group noun, not evidence
        "The survey team showed up late at the quay on Monday.",  # another verb
        "The audit of the port found out nothing new about the fees.",
    ],
)
def test_evidence_verb_near_misses(text):
    assert [r for r in _reported(text) if r[1] in ("found", "showed", "shows")] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title-case headline's capitalised cue
        (
            "Ferry Fares Will Double in May, Former Harbour Chief Says.",
            [("Former Harbour Chief", "Says", "Ferry Fares Will Double in May")],
        ),
        (
            "Lund Says Quay Will Reopen Before the Storm Season",
            [("Lund", "Says", "Quay Will Reopen Before the Storm Season")],
        ),
        (
            "New Poll Shows Narrow Lead for Lund in Port Vella",
            [("New Poll", "Shows", "Narrow Lead for Lund in Port Vella")],
        ),
        # "According to" with a lower-case source opening the sentence
        (
            "According to harbour records, the quay flooded four times in May.",
            [("harbour records", "According to", "the quay flooded four times in May")],
        ),
        # a link word before a speaker with an appositive
        (
            "But Megan Vell, a pilot at the Oria ferry office, said the crews were tired.",
            [("Megan Vell", "said", "the crews were tired")],
        ),
    ],
)
def test_headlines_sources_and_link_words(text, expected):
    assert _reported(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Harbour Says Goodbye to the Old Ferry",  # an idiom
        "Ferry Crews Prepare for the Storm Season",  # a headline with no cue
        "The mayor says the Says Festival opens in May.",  # not a title-case headline
    ],
)
def test_headline_near_misses(text):
    assert [r for r in _reported(text) if r[1] in ("Says", "Shows")] == []
