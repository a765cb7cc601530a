"""Two structural misses from PolNeAR valid's missed content spans (polnear15). A stance
verb's topic particle may follow a manner adverb ("spoke emotionally of ...") or, for an
inquiry verb (VerbNet inquire-37.1.2: "asked Helen about the situation"), the person asked
("asks him about ...", "asked Mayor Vell about ..."). A trailing attribution may be a piece
of evidence with a verb of evidence ("..., other studies have shown."). A verb that puts a
feeling into words (FrameNet Expressing_publicly: express, voice, air, vent) names the
feeling, then its topic ("expressed concern about ...", "voiced doubts that ..."). Invented text
(fictional Varnholm harbour, names Vell, Lund, Okafor), near misses beside each: an "-ly"
noun, an adverb with no particle after it, an inquiry verb with a clause, a person as the
tail's subject, an evidence verb with an object of its own, a tail that goes on.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _reported(text: str) -> list[tuple[str | None, str | None, str]]:
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


CASES = [
    ("Mayor Ilse Vell spoke emotionally of the night the harbour wall gave way.",
     [("Mayor Ilse Vell", "spoke emotionally of", "the night the harbour wall gave way")]),
    ("A reporter asks her about the missing ledgers.",
     [("A reporter", "asks her about", "the missing ledgers")]),
    ("Councillor Lund asked Mayor Vell about the dredging contract.",
     [("Councillor Lund", "asked Mayor Vell about", "the dredging contract")]),
    ("Most berths in Varnholm stand empty in winter, recent surveys have shown.",
     [("recent surveys", "have shown", "Most berths in Varnholm stand empty in winter")]),
    ("The quay flooded twice in March, the harbour records show.",
     [("the harbour records", "show", "The quay flooded twice in March")]),
    # a feeling put into words (FrameNet Expressing_publicly), then its topic
    ("Harbour pilots have expressed deep concern about the new dredging schedule.",
     [("Harbour pilots", "have expressed deep concern about", "the new dredging schedule")]),
    ("Councillor Okafor voiced doubts that the quay would open before winter.",
     [("Councillor Okafor", "voiced doubts", "that the quay would open before winter")]),
    # near miss: "voice" as a noun after a possessive
    ("The choir's voice about the hall was thin.", []),
    # near miss: "aired" a broadcast, no feeling named
    ("The station aired the new ferry advert on Tuesday.", []),
    # near miss: a feeling noun with no topic after it
    ("Lund expressed concern and left the meeting.", []),
    # near miss: an "-ly" noun, not an adverb, before the particle
    ("The family spoke only of the weather.", []),
    # near miss: a noun in "-ly" after a possessive's noun ("points" is no verb here)
    ("The draw took Varnholm's points tally to 34 before the break.", []),
    # near miss: a manner adverb with no topic particle after it
    ("Okafor spoke softly to the crew and left the quay.", []),
    # near miss: the person asked, then an infinitive (no topic particle): no topic read;
    # since session 17 it is a directive, the listener and the infinitive reported
    # (tests/unit/test_quotes_directive_listener.py), not a topic
    ("Lund asked him to wait at the gate.", [("Lund", "asked", "him to wait at the gate")]),
    # near miss: a person, not a piece of evidence, closes the sentence
    ("The quay flooded twice in March, the guards showed.", []),
    # near miss: the evidence verb has an object of its own, its content (not a tail:
    # the clause before the comma is not what the records show)
    ("The quay flooded twice in March, but the records show no repairs.",
     [("the records", "show", "no repairs")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_topic_and_evidence_tail(text, expected):
    assert _reported(text) == expected
