"""Reported attributions beyond "said": thought, intent and stance verbs with their
complement, clause ends, parentheticals and datelines. Invented text (fictional Vellaria);
each table has near-miss negatives where the same verb is not an attribution.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _indirect(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


TABLE = [
    # (text, expected (speaker, cue, content) list)
    (
        "Minister Rina Vell believes that the bridge can reopen by May.",
        [("Minister Rina Vell", "believes", "that the bridge can reopen by May")],
    ),
    (
        "The harbour board plans to close the north quay for repairs.",
        [("The harbour board", "plans", "to close the north quay for repairs")],
    ),
    (
        "Deputies asked whether the ferries would keep running through the winter.",
        [("Deputies", "asked", "whether the ferries would keep running through the winter")],
    ),
    (
        "Vell has also criticized the contractor for the delays at the quay.",
        [("Vell", "has also criticized", "the contractor for the delays at the quay")],
    ),
    (
        "The union called for an inquiry into the collapse of the viaduct.",
        [("The union", "called for", "an inquiry into the collapse of the viaduct")],
    ),
    (  # the object ends at a subordinator
        "Vell has not mentioned the contractor since the collapse on Monday.",
        [("Vell", "has not mentioned", "the contractor")],
    ),
    (  # the content ends where a new subject starts its own clause
        "Vell vowed to rebuild the viaduct within a year, and the mayor is promising "
        "to reopen the ferry line.",
        [
            ("Vell", "vowed", "to rebuild the viaduct within a year"),
            ("the mayor", "is promising", "to reopen the ferry line"),
        ],
    ),
    (  # a parenthetical attribution: content on both sides
        "The viaduct, Vell said, would be rebuilt with steel from the northern mills.",
        [
            ("Vell", "said", "The viaduct"),
            ("Vell", "said", "would be rebuilt with steel from the northern mills"),
        ],
    ),
    (  # a lower-case source after "according to", mid-sentence
        "About 900 ferries cross the bay each year, according to harbour records, and "
        "most of them are old.",
        [("harbour records", "according to", "About 900 ferries cross the bay each year")],
    ),
    (  # "told <someone>" and a clause opened by its subject pronoun
        "Vell told the harbour board she would not resign over the collapse.",
        [("Vell", "told", "she would not resign over the collapse")],
    ),
    (  # a bare clause opened by its subject pronoun
        "Most engineers believe it was a fatigue crack in the main span.",
        [("Most engineers", "believe", "it was a fatigue crack in the main span")],
    ),
    # near misses: the same verbs with no complement, or as nouns
    ("The locals call the bridge the Draven after its builder.", []),
    ("Each port drew up its own plan to cut the ferry fares by May.", []),  # a noun
    ("The new span is expected to carry trucks from the spring onwards.", []),  # passive
    ("Vell told the harbour board about the cracks in March.", []),
    ("Vell knows the harbour master from her years in Port Vella.", []),
    ("Their plans to close the quay were dropped in March.", []),
    # a noun's that-clause reports a fear nobody named (session 16: PolNeAR annotates these
    # as attributed content; the noun is no cue verb, so no speaker and no cue)
    (
        "Amid fears that the quay would flood, the ferries stayed in port.",
        [(None, None, "that the quay would flood")],
    ),
    ("The ferry line was called off for the winter by the harbour board.", []),
    # a dateline before a sentence with its own speaker is not a speaker
    (
        "Port Vella: The viaduct will stay closed until May, the ministry said on Tuesday.",
        [("the ministry", "said", "The viaduct will stay closed until May")],
    ),
]


@pytest.mark.parametrize("text,expected", TABLE)
def test_attribution_table(text, expected):
    assert _indirect(text) == expected


def test_transcript_label_is_the_speaker():
    doc = segment(
        Article(
            id="a1",
            source="t",
            outlet="Test",
            text='"VELL: We will rebuild the viaduct before the winter." The session ended.',
        )
    )
    (q,) = extract_quotes(doc)
    assert (q.speaker, q.cue, q.text) == (
        "VELL",
        ":",
        "We will rebuild the viaduct before the winter.",
    )


def test_participial_clause_ends_the_content():
    assert _indirect(
        "The ministry pledged that the quay would reopen in May, forcing the ferries to wait."
    ) == [("The ministry", "pledged", "that the quay would reopen in May")]


@pytest.mark.parametrize(
    "text,speaker",
    [
        (
            '"The quay will reopen," Rina Vell, the harbour minister, one of three '
            "ministers on the board, said on Monday.",
            "Rina Vell, the harbour minister, one of three ministers on the board",
        ),
        (
            '"The quay will reopen," Rep. Oren Dask (V-Port Vella), chairman of the '
            "harbour committee, said.",
            "Rep. Oren Dask (V-Port Vella), chairman of the harbour committee",
        ),
        (
            '"The quay will reopen," retired harbour master Oren Dask said.',
            "retired harbour master Oren Dask",
        ),
        ('"The quay will reopen," said 9/11 widow Mara Lind.', "9/11 widow Mara Lind"),
        # near miss: a preposition opens the stretch, so it is no speaker phrase
        ('"The quay will reopen," in a statement, the board said.', None),
    ],
)
def test_speaker_with_several_appositives(text, speaker):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    q = next(q for q in extract_quotes(doc) if q.direct)
    got = text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None
    if speaker is None:
        assert got is None or not got.lower().startswith("in ")
    else:
        assert got == speaker
