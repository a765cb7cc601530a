"""Reported speech patterns of news copy (docs/quotes.md, fifth session): "X was quoted as
saying …", "X told Y how/to …", a clause whose first words are quoted, and where such
content ends. Invented text (fictional Vellaria, Port Vella), each with near misses."""

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


@pytest.mark.parametrize(
    ("text", "speaker", "cue", "content"),
    [
        (
            "Ana Lund was quoted as saying that the quay would reopen in May.",
            "Ana Lund",
            "quoted as saying",
            "that the quay would reopen in May",
        ),
        (
            "Ana Lund was quoted by the Vella Herald as saying the quay would reopen in May.",
            "Ana Lund",
            "quoted by the Vella Herald as saying",
            "the quay would reopen in May",
        ),
        (
            "The harbour master has been quoted as telling pilots that the pier was unsafe.",
            "The harbour master",
            "quoted as telling",
            "that the pier was unsafe",
        ),
    ],
)
def test_quoted_as_saying_reports_the_clause(text, speaker, cue, content):
    assert (speaker, cue, content) in _reported(text)


def test_quoted_as_near_misses():
    # a direct quote after it is step 2's; "quoted in the report" reports nothing
    assert _reported("Ana Lund was quoted in the harbour report on page four.") == []
    direct = [
        (q.speaker, q.cue, q.text)
        for q in _quotes('"The quay will reopen in May," Ana Lund was quoted as saying.')
        if q.direct
    ]
    assert direct == [("Ana Lund", "was quoted as saying", "The quay will reopen in May,")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The mayor told his advisers to find a way to reopen the quay without the council.",
            "his advisers to find a way to reopen the quay without the council",
        ),
        (
            "Ana Lund told reporters on Thursday how surprised she was that the ferries stopped.",
            "how surprised she was that the ferries stopped",
        ),
        (
            # the officers' next act is not what they told the crowd
            "Two officers told a crowd of fishermen to leave the pier and then allegedly "
            "began pushing them.",
            "a crowd of fishermen to leave the pier",
        ),
        (
            "Ana Lund told the Vella Herald that the quay would reopen in May.",
            "that the quay would reopen in May",
        ),
    ],
)
def test_told_a_listener_how_or_to(text, content):
    assert content in [c for _, cue, c in _reported(text) if cue == "told"]


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lund told the story of the quay to her grandchildren every winter.",
        # a wh-word after another phrase is not the listener's clause
        "We have already told you about towns like Oria, where the ferries stopped.",
    ],
)
def test_told_near_misses(text):
    assert not any(cue == "told" for _, cue, _ in _reported(text))


def test_a_clause_opened_by_a_quoted_phrase_is_reported_whole():
    text = 'Though Lund said "budget reforms" and new tolls would pay for the quay.'
    found = _quotes(text)
    assert ("Lund", "said", '"budget reforms" and new tolls would pay for the quay') in [
        (q.speaker, q.cue, q.text) for q in found if not q.direct
    ]
    # the partial quote inside takes the clause's speaker
    assert [(q.speaker, q.text) for q in found if q.direct] == [("Lund", "budget reforms")]


@pytest.mark.parametrize(
    "text",
    [
        'Ana Lund said "no comment" to reporters on the quay.',  # a preposition follows
        'Ana Lund said "We will rebuild the quay." The crowd cheered.',  # a whole statement
    ],
)
def test_quote_after_said_near_misses(text):
    assert not any(c.startswith('"') for _, _, c in _reported(text))


def test_content_ends_before_an_embedded_posts_link():
    text = (
        "Lund said the ferries would run on Sunday. pic.twitter.com/AbCdEf — Vella Port "
        "(@vellaport) May 1, 2031"
    )
    assert ("Lund", "said", "the ferries would run on Sunday") in _reported(text)


def test_a_group_speaker_is_no_antecedent_of_he():
    text = (
        "Pilot Ivo Marr spoke first. Lund and other officers told the crowd to leave the "
        "pier. Later he said that the pier was unsafe for the ferries."
    )
    he = [q for q in _quotes(text) if q.text == "that the pier was unsafe for the ferries"]
    assert he and he[0].speaker != "Lund and other officers"


def _direct(text: str):
    return [(q.speaker, q.cue, q.text) for q in _quotes(text) if q.direct]


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('Ana Lund said "The quay is safe."', "Ana Lund", "said"),
        ('Speaking to reporters, Ana Lund said "The quay is safe."', "Ana Lund", "said"),
        (
            'The harbour board issued a statement: "The quay is safe and the ferries will run."',
            "The harbour board",
            "issued a statement",
        ),
        (
            'The harbour master had a simple message: "The quay is safe."',
            "The harbour master",
            "had a simple message",
        ),
    ],
)
def test_a_quote_right_after_its_attribution(text, speaker, cue):
    assert [(sp, c) for sp, c, _ in _direct(text)] == [(speaker, cue)]


def test_a_headline_passive_is_no_speaker():
    # "Oria told …" right before a quote: the town was told, it did not speak
    assert [sp for sp, _, _ in _direct("Oria told 'we need to evacuate'\n\nThe roads closed.")] == [
        None
    ]


@pytest.mark.parametrize(
    "text",
    [
        'In a statement on Tuesday, the harbour board said: "The quay is safe."',
        'After the storm, Ana Lund said: "The quay is safe."',
    ],
)
def test_a_fronted_adverbial_is_no_reported_clause(text):
    # the attribution opens a quote: the words before its comma are not what was said
    assert _reported(text) == []
    assert len(_direct(text)) == 1


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ferries will run again in May, according to a statement from the harbour board.",
            "a statement from the harbour board",
        ),
        (
            "According to a report by the Vella harbour board, the quay has been unsafe since 2029.",
            "a report by the Vella harbour board",
        ),
        # near miss: a source that is no document keeps its own words
        ("According to exit polls, Ana Lund won the harbour vote.", "exit polls"),
        (
            "The quay is sinking, according to Mayor Ana Lund.",
            "Mayor Ana Lund",
        ),
    ],
)
def test_according_to_a_document_names_its_issuer(text, speaker):
    assert [sp for sp, cue, _ in _reported(text) if cue.lower() == "according to"] == [speaker]


def test_a_fronted_adverbial_before_a_stance_verb_is_no_content():
    text = "In a Vella Herald essay last week, Ana Lund acknowledged their uphill battle."
    assert _reported(text) == [("Ana Lund", "acknowledged", "their uphill battle")]
    # near miss: a clause with its own verb before ", X said" is still reported
    assert _reported("After the storm the quay was closed, Lund said.") == [
        ("Lund", "said", "After the storm the quay was closed")
    ]


def test_adding_that_after_a_quote_mark_shares_the_speaker():
    text = (
        'In a statement, the harbour board said: "The quay was a success when it opened," '
        "adding that its traffic doubled in a year."
    )
    assert ("the harbour board", "adding", "that its traffic doubled in a year") in _reported(text)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            'Lund said the crews told her "we are not going back" before the storm.',
            "the crews",
            "told",
        ),
        (
            'Lund said the pilots had warned her "the quay will not hold" last winter.',
            "the pilots",
            "had warned",
        ),
        # near miss: a phrase quoted in the reported clause with no inner speech verb
        ('Lund said the plan was "a costly gamble" for the port.', "Lund", "said"),
    ],
)
def test_a_nested_quote_is_the_inner_speakers(text, speaker, cue):
    assert [(sp, c) for sp, c, _ in _direct(text)] == [(speaker, cue)]
