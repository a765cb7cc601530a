"""Whose voice a thought, intent or stance verb reports (docs/quotes.md, fifth session):
the writer's own "I think" and the reader's "you may want to" are no source's words, a
greeting ("welcome the new year") is no stance, and a noun after a modifier is no cue.
Invented text (fictional Vellaria, Port Vella), each rule with its near misses."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _reported(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


@pytest.mark.parametrize(
    "text",
    [
        "I really want to see the old ferry quay open again before the winter.",
        "We refuse to accept the new tolls on the Vella bridge this year.",
        "We really welcome the chance to walk the harbour wall at night.",
        "If you want to learn a new skill in Port Vella, start with the sailing club.",
        "I think I hear the harbour band practising outside the window again.",
        "Since we had no boat of our own, we agreed to rent one for the whole summer.",
        "You may want to book the ferry early for the festival weekend.",
    ],
)
def test_first_and_second_person_thought_is_no_attribution(text):
    assert _reported(text) == []


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        # near misses: the same verbs with a third-person subject stay attributions
        (
            "The harbour master wants to reopen the old ferry quay before the winter.",
            "The harbour master",
            "wants",
            "to reopen the old ferry quay before the winter",
        ),
        (
            "Dockworkers refused to accept the new tolls on the Vella bridge.",
            "Dockworkers",
            "refused",
            "to accept the new tolls on the Vella bridge",
        ),
        (
            "The Dockers Union welcomed the decision to keep the quay open.",
            "The Dockers Union",
            "welcomed",
            "the decision to keep the quay open",
        ),
    ],
)
def test_third_person_thought_stays(text, speaker, cue, content):
    assert (speaker, cue, content) in _reported(text)


def test_speech_verbs_keep_a_first_person_speaker():
    # "we told …" is still someone's statement (a speech verb is not asked)
    found = _reported("We told the council that the pier was unsafe for the ferries.")
    assert ("We", "told", "that the pier was unsafe for the ferries") in found


@pytest.mark.parametrize(
    "text",
    [
        "Crowds in Port Vella welcomed the new decade with fireworks over the harbour.",
        "Residents of Oria usually welcome in the new year with bonfires on the beach.",
        "Vella Rovers welcome Oria Athletic to the Harbour Park on Saturday evening.",
        "Hospitals across Vellaria welcomed the first babies of 2031 early on Monday.",
    ],
)
def test_welcome_as_a_greeting_is_no_stance(text):
    assert _reported(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "An intention is the starting point to every goal the sailing club sets.",
        "The mayor answered questions about the closure of the ferry quay for an hour.",
        "The festival drew an increasing demand from visitors across Vellaria.",
    ],
)
def test_a_noun_after_a_modifier_or_a_verb_is_no_cue(text):
    assert _reported(text) == []


def test_a_pronoun_opening_the_sentence_speaks_for_its_participle():
    text = (
        "Mayor Ana Lund spoke at the quay on Tuesday. He compared the storm to the floods "
        "of 2029, noting that the sea wall had held this time."
    )
    found = _reported(text)
    assert any(
        cue == "noting"
        and content == "that the sea wall had held this time"
        and sp in ("He", "Ana Lund", "Mayor Ana Lund")
        for sp, cue, content in found
    )
    # near miss: "It" (a report, a law, a storm) is no speaker for the participle
    assert not any(
        cue == "noting"
        for _, cue, _ in _reported("It rained for a week, noting that the sea wall had held.")
    )


def _direct(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [q.text for q in extract_quotes(doc) if q.direct]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            'The banner over the quay in Port Vella carried two words: "Never again."',
            "Never again.",
        ),
        ('The ferry finally docked at noon.\n\n"We made it!"\n\nThe crowd cheered.', "We made it!"),
        ('The vote passed late on Friday. "Finally." The harbour board went home.', "Finally."),
    ],
)
def test_a_short_quote_that_is_a_sentence_is_kept(text, quote):
    assert quote in _direct(text)


@pytest.mark.parametrize(
    "text",
    [
        # scare quotes and phrases quoted inside the narrator's clause stay out
        'The council dropped the "costly gamble" from the port budget on Tuesday.',
        'The so-called "harbour tax" was dropped from the budget in Port Vella.',
        'Critics mocked the "new era" promised by the harbour board.',
        # a sentence start with no stop of its own inside the marks: a title or label
        'The ferry left at dawn. "Sea Breeze" is the oldest boat in the fleet.',
    ],
)
def test_scare_quotes_stay_out(text):
    assert _direct(text) == []
