"""Directive speech verbs with a listener and a to-infinitive (docs/quotes.md, seventeenth
session): "warned fishermen to stay in port", "asked the council to delay the vote" report
the listener and the infinitive, as "told his aides to …" does (VerbNet advise-37.9 and
urge-58.1, `rules/clauses.DIRECTIVE_LEMMAS`). Invented text (fictional Vellaria, Port
Vella), with near misses: the verb with no listener, a passive, a noun, an act of force or
teaching."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _reported(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Mayor Dren Olsk asked the council to delay the vote on the new quay.",
            "Mayor Dren Olsk",
            "asked",
            "the council to delay the vote on the new quay",
        ),
        (
            "The Port Vella coast guard warned fishermen to stay in port on Friday.",
            "The Port Vella coast guard",
            "warned",
            "fishermen to stay in port",
        ),
        (
            "Doctors at the Oria clinic cautioned parents to keep children indoors.",
            "Doctors at the Oria clinic",
            "cautioned",
            "parents to keep children indoors",
        ),
        (
            "The water board advised residents of Lower Vella to boil their water.",
            "The water board",
            "advised",
            "residents of Lower Vella to boil their water",
        ),
        (
            "Ilse Varga urged them to vote early in the harbour ballot.",
            "Ilse Varga",
            "urged",
            "them to vote early in the harbour ballot",
        ),
        (
            # the next act is the narrator's, not what was asked
            "Residents of Dunmore asked the mayor to resign and then marched to the quay.",
            "Residents of Dunmore",
            "asked",
            "the mayor to resign",
        ),
        (
            # a new clause after ", and" is the narrator's, not what was asked
            "Two clinics in Oria asked patients to come only with urgent cases, and nurses "
            "covered the night shifts.",
            "Two clinics in Oria",
            "asked",
            "patients to come only with urgent cases",
        ),
        (
            # a relative after a comma: the narrator's aside
            "The dockers' union told its members to strike on Monday, which the harbour "
            "board called illegal.",
            "The dockers' union",
            "told",
            "its members to strike on Monday",
        ),
        (
            # a clause with its own subject after a bare "and" is the narrator's: it
            # cannot join a bare infinitive (review17d)
            "The Oria ferry company asked its skippers to sail at dawn and the harbour board "
            "was furious.",
            "The Oria ferry company",
            "asked",
            "its skippers to sail at dawn",
        ),
        (
            "Ilse Varga warned the dockers to stop work and they walked out on Friday.",
            "Ilse Varga",
            "warned",
            "the dockers to stop work",
        ),
        (
            # near miss: after a finite verb inside the infinitive, the clause may join it
            "The harbour master asked the pilots to confirm the gates were shut and the pumps "
            "had been started.",
            "The harbour master",
            "asked",
            "the pilots to confirm the gates were shut and the pumps had been started",
        ),
        (
            # near miss: a second listener and infinitive is part of what was asked
            "Olsk urged the council to delay the vote and the board to publish its accounts.",
            "Olsk",
            "urged",
            "the council to delay the vote and the board to publish its accounts",
        ),
        (
            # a subordinate clause with no comma is part of what was asked
            "The coast guard asked skippers in Port Vella to stay in harbour when the sirens "
            "sound.",
            "The coast guard",
            "asked",
            "skippers in Port Vella to stay in harbour when the sirens sound",
        ),
        (
            # a comma and a subordinator: the narrator's aside
            "The harbour board has told skippers to check their own moorings, as if the "
            "board had no part in the storm damage.",
            "The harbour board",
            "has told",
            "skippers to check their own moorings",
        ),
    ],
)
def test_directive_reports_listener_and_infinitive(text, speaker, cue, content):
    assert (speaker, cue, content) in _reported(text)


@pytest.mark.parametrize(
    "text",
    [
        "Olsk asked to speak first at the harbour meeting.",  # no listener: his own wish
        "The pilot asked not to be named.",
        "The board was asked to review the quay plan.",  # a passive: who asked is unsaid
        "The urge to leave Port Vella was strong that winter.",  # a noun
        "The storm forced the crews to leave the quay.",  # force-59: an act, no words
        "The harbour master trained the pilots to steer at night.",  # teaching, no report
        "Olsk asked again to see the harbour accounts.",  # an adverb, no listener
        # an imperative to the reader: nobody in the story asks
        "Reach out to your neighbours in Oria and ask them to check the flood gauge.",
        "Ask your pharmacist in Port Vella to check the dose.",
        "Call the ferry office in Oria and tell them to hold your seat.",
        "Please warn your neighbours to move their cars off the quay.",
    ],
)
def test_directive_near_misses(text):
    assert _reported(text) == []


def test_directive_keeps_a_that_clause_whole():
    # "warned that …" is no listener: its clause keeps the coordinated verb as before
    assert _reported(
        "Ilse Varga warned that the quay could flood in March, and urged the council to buy pumps."
    ) == [
        (
            "Ilse Varga",
            "warned",
            "that the quay could flood in March, and urged the council to buy pumps",
        )
    ]


def test_directive_leaves_asked_for():
    # "asked for" keeps its particle in the cue: no listener starts with "for"
    assert _reported("The dockers' lawyers asked for more time to read the harbour audit.") == [
        ("The dockers' lawyers", "asked for", "more time to read the harbour audit")
    ]


def test_directive_leaves_the_wh_clause_of_ask():
    assert ("Olsk", "asked", "whether the ferry would run") in _reported(
        "Olsk asked whether the ferry would run."
    )
