"""Quote extraction on invented text (fictional people, places and outlets)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storylens.analysis import analyse
from storylens.analysis.quotes import extract_quotes, find_cues
from storylens.models import Article, Document
from storylens.segment import segment


def _doc(text: str) -> Document:
    return segment(Article(id="a1", source="test", outlet="Test Post", text=text))


def _quotes(text: str):
    return extract_quotes(_doc(text))


# (text, expected direct quotes as (content, speaker, cue))
DIRECT_CASES = [
    (
        '"The bridge will reopen in May," Minister Rina Vell said.',
        [("The bridge will reopen in May,", "Minister Rina Vell", "said")],
    ),
    (
        "“The bridge will reopen in May,” said Rina Vell.",
        [("The bridge will reopen in May,", "Rina Vell", "said")],
    ),
    (
        '"We are not done yet," Vell told reporters on Monday.',
        [("We are not done yet,", "Vell", "told")],
    ),
    (
        'Rina Vell said: "The port stays open and the ferries will run."',
        [("The port stays open and the ferries will run.", "Rina Vell", "said:")],
    ),
    (
        'According to Mayor Tomas Krell, "nobody was hurt in the fire."',
        [("nobody was hurt in the fire.", "Mayor Tomas Krell", "According to")],
    ),
    # speaker carried over: pronoun resolves to the last named speaker
    (
        '"We start today," Rina Vell said. "It was worse than we feared," she said.',
        [
            ("We start today,", "Rina Vell", "said"),
            ("It was worse than we feared,", "Rina Vell", "said"),
        ],
    ),
    # another person named in between: the pronoun is left unresolved
    (
        '"We start today," Rina Vell said. Tomas Krell arrived later. "It is late," she said.',
        [("We start today,", "Rina Vell", "said"), ("It is late,", "she", "said")],
    ),
    # a quote across two sentences
    (
        '"The ferries will run. The port stays open," Vell said.',
        [("The ferries will run. The port stays open,", "Vell", "said")],
    ),
    # continuation: the second quote has no attribution of its own
    (
        '"We will rebuild," Vell said. "It will take two years at least."',
        [("We will rebuild,", "Vell", "said"), ("It will take two years at least.", "Vell", None)],
    ),
    # appositive after the name
    (
        '"The cables were old," said Ana Drell, a bridge engineer.',
        [("The cables were old,", "Ana Drell", "said")],
    ),
]


@pytest.mark.parametrize("text,expected", DIRECT_CASES)
def test_direct_quotes(text, expected):
    got = [(q.text, q.speaker, q.cue) for q in _quotes(text) if q.direct]
    assert got == expected


INDIRECT_CASES = [
    (
        "Minister Rina Vell said the bridge would reopen in May.",
        ("the bridge would reopen in May", "Minister Rina Vell", "said"),
    ),
    (
        "The harbour authority warned that ferries could be delayed for weeks.",
        ("that ferries could be delayed for weeks", "The harbour authority", "warned"),
    ),
    (
        "Ferries could be delayed for weeks, the harbour authority said.",
        ("Ferries could be delayed for weeks", "the harbour authority", "said"),
    ),
    (
        "Ferries could be delayed for weeks, according to the harbour authority.",
        ("Ferries could be delayed for weeks", "the harbour authority", "according to"),
    ),
    (
        "Mayor Tomas Krell told reporters on Monday that nobody was hurt.",
        ("that nobody was hurt", "Mayor Tomas Krell", "told"),
    ),
]


@pytest.mark.parametrize("text,expected", INDIRECT_CASES)
def test_indirect_quotes(text, expected):
    got = [(q.text, q.speaker, q.cue) for q in _quotes(text) if not q.direct]
    assert got == [expected]


NO_QUOTE_CASES = [
    'The locals call the bridge "the Draven".',  # a short scare quote
    'She appeared on the programme "Night Desk Live" on Monday.',  # a title
    "The United States sent aid to the port.",  # "States" is not a cue
    "The report claims were dismissed by the court.",  # nouns, not verbs
    "Ferries left the harbour at dawn.",
]


@pytest.mark.parametrize("text", NO_QUOTE_CASES)
def test_no_quote(text):
    assert _quotes(text) == ()


def test_offsets_and_sentence_ids():
    text = 'The port was quiet.\n\n"We will rebuild," Vell said. "It takes time," she added.'
    doc = _doc(text)
    for q in extract_quotes(doc):
        assert text[q.start : q.end] == q.text
        if q.speaker_span:
            assert text[q.speaker_span[0] : q.speaker_span[1]]
        if q.cue_span:
            assert text[q.cue_span[0] : q.cue_span[1]] == q.cue
        assert q.sentences and all(s.startswith("a1:s") for s in q.sentences)


def test_partial_quote_inside_reported_speech_takes_its_speaker():
    qs = _quotes('Vell said the closure was "a painful but necessary step" for the city.')
    direct = [q for q in qs if q.direct]
    assert [(q.text, q.speaker) for q in direct] == [("a painful but necessary step", "Vell")]


def test_multi_paragraph_quote_closes_at_paragraph_end():
    text = '"The first span fell at six," Vell said.\n\n"We heard it from the harbour'
    qs = [q for q in _quotes(text) if q.direct]
    assert qs[-1].text == "We heard it from the harbour"
    assert qs[-1].speaker == "Vell"


def test_find_cues_skips_nouns():
    text = "The claims were false, she claimed, and the United States agreed."
    assert [c[2] for c in find_cues(text)] == ["claimed", "agreed"]


def test_pronoun_resolves_to_person_named_before():
    text = 'Harbour Minister Rina Vell visited the site. "It was worse than we feared," she said.'
    doc = analyse(_doc(text))
    assert [q.speaker for q in doc.analysis.quotes] == ["Rina Vell"]


def test_analyse_fills_quotes():
    doc = analyse(_doc('"We will rebuild," Vell said.'))
    assert doc.analysis is not None
    assert [q.speaker for q in doc.analysis.quotes] == ["Vell"]


_ALPHABET = st.sampled_from(list("abc XYZ.\"“”',:;\n") + ["said", " Vell ", "told"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_offsets_always_slice_back(text):
    for q in _quotes(text):
        assert text[q.start : q.end] == q.text
        assert 0 <= q.start <= q.end <= len(text)
        for sp in (q.speaker_span, q.cue_span):
            if sp:
                assert 0 <= sp[0] <= sp[1] <= len(text)
