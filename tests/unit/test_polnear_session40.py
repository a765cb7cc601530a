"""Session 40 quote attribution cases, on invented text (fictional Port Oria, Mayor Idris
Vantorre, the Oria Harbour Board): a pronoun contracted with the cue's auxiliary ("He's
claiming", "they're saying", "she's said") speaks as the written-out form does, with the
pronoun alone as speaker and the contraction in the cue (PolNeAR's labelling); a
non-restrictive "who" aside opened by a dash or a bracket reports as a comma aside does,
its words ending at the closing dash. Near misses: a contraction before no cue ("it's
clear", "he's a liar") stays one word and reports nothing new."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article, Document, Sentence
from storylens.segment import split_sentences


def _quotes(text: str) -> list[tuple[str | None, str | None, str]]:
    art = Article(id="a1", source="s", outlet="o", text=text)
    sents = tuple(
        Sentence(f"a1:s{i}", "a1", i, a, b, text[a:b]) for i, (a, b) in enumerate(split_sentences(text))
    )
    out = []
    for q in extract_quotes(Document(art, sents)):
        if q.direct:
            continue
        sp = text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None
        cue = text[q.cue_span[0] : q.cue_span[1]] if q.cue_span else None
        out.append((sp, cue, text[q.start : q.end]))
    return out


@pytest.mark.parametrize(
    "text, expected",
    [
        # contracted progressive: "'s"/"'re" is the progressive's "is"/"are"
        ("He's claiming the harbour vote was rigged.",
         [("He", "'s claiming", "the harbour vote was rigged")]),
        ("They're saying the Oria ferry will stop in May.",
         [("They", "'re saying", "the Oria ferry will stop in May")]),
        # "'s"/"'ve" before a participle is "has"/"have": the pronoun alone speaks
        ("She's said the quay will reopen.", [("She", "'s said", "the quay will reopen")]),
        ("We've argued the levy is too high.", [("We", "'ve argued", "the levy is too high")]),
        # "it's" before a participle: an impersonal report with nobody named (the
        # one-token reading had taken "It's" for a speaker)
        ("It's reported that the quay will reopen.",
         [(None, "'s reported", "that the quay will reopen")]),
        # the written-out forms read the same
        ("He is claiming the harbour vote was rigged.",
         [("He", "is claiming", "the harbour vote was rigged")]),
        # near misses: no cue after the contraction, nothing reported
        ("It's clear the quay will reopen.", []),
        ("He's a harbour pilot from Port Oria.", []),
        ("That's the ferry the board bought.", []),
        # near miss: a contraction inside the reported clause stays one word there
        ("Vantorre says she's ready for the vote.",
         [("Vantorre", "says", "she's ready for the vote")]),
    ],
)
def test_contracted_auxiliary_before_a_cue(text, expected):
    assert _quotes(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a dash or bracket aside reports as the comma aside does
        ("Idris Vantorre -- who has called for a new levy -- lambasted the board.",
         [("who", "has called for", "a new levy")]),
        ("Idris Vantorre -- who's called for a new levy -- lambasted the board.",
         [("who", "'s called for", "a new levy")]),
        ("Idris Vantorre (who has urged a new levy) toured the quay.",
         [("who", "has urged", "a new levy")]),
        ("The mayor — who said the pier was unsafe — closed it.",
         [("who", "said", "the pier was unsafe")]),
        # the comma aside is unchanged
        ("Idris Vantorre, who has called for a new levy, lambasted the board.",
         [("who", "has called for", "a new levy")]),
        # near miss: a dash that opens no "who" aside reports nothing new
        ("The board -- its budget cut -- toured the quay.", []),
    ],
)
def test_dash_and_bracket_who_asides(text, expected):
    assert _quotes(text) == expected
