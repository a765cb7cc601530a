"""A relative aside with its own cue: ``X, who said …, warned …`` (session 10).

The aside's cue reports the aside's words under its "who" (PolNeAR's source span), and
the name it stands for speaks; the main verb is the cue of the main clause's words.
Invented harbour-town text; near misses beside each case.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _quotes(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    out = []
    for q in extract_quotes(doc):
        span = text[q.speaker_span[0] : q.speaker_span[1]] if q.speaker_span else None
        out.append((span, q.speaker, q.cue, q.text))
    return out


CASES = [
    ("Vell, who said last week that the quay was unsafe, warned on Tuesday that the "
     "ferries would stop.",
     [("who", "Vell", "said", "that the quay was unsafe"),
      ("Vell", "Vell", "warned", "that the ferries would stop")]),
    ("Mayor Ana Lund, who has said the levy was fair, told reporters the quay would close.",
     [("who", "Mayor Ana Lund", "has said", "the levy was fair"),
      ("Mayor Ana Lund", "Mayor Ana Lund", "told", "the quay would close")]),
    # the aside at the sentence end: its words run to the end; the name before the comma
    # speaks, not the clause that names it (the stance "praised Lund" is the board's)
    ("The board praised Lund, who says she is honoured by the vote.",
     [("The board", "The board", "praised", "Lund"),
      ("who", "Lund", "says", "she is honoured by the vote")]),
    # "…," said X, who …: the name before the comma
    ('"The quay is safe," said Mr. Kamin, who stressed that the repairs were ahead.',
     [("Mr. Kamin", "Mr. Kamin", "said", "The quay is safe,"),
      ("who", "Mr. Kamin", "stressed", "that the repairs were ahead")]),
    # a time phrase between "who" and the cue; the name before an appositive speaks
    ("The ferries were cut by Quist, now the harbour master, who in 2031 said the "
     "routes lost money.",
     [("who", "Quist", "said", "the routes lost money")]),
    # a participle after the aside is the same person's
    ('"The quay is safe," said Mr. Kamin, who stressed that the repairs were ahead, '
     "adding that the ferries would run.",
     [("Mr. Kamin", "Mr. Kamin", "said", "The quay is safe,"),
      ("who", "Mr. Kamin", "stressed", "that the repairs were ahead"),
      (None, "Mr. Kamin", "adding", "that the ferries would run")]),
    # near miss: an aside with no cue is the narrator's; the main clause is reported
    ("Vell, who runs the ferry line, warned that the ferries would stop.",
     [("Vell", "Vell", "warned", "that the ferries would stop")]),
    # a noun before a place phrase tells which ones speak; the clause before it does not
    # ("The decision angered residents in Vell" had been the speaker)
    ("The decision angered residents in Vell, who said the quay was unsafe.",
     [("who", "residents in Vell", "said", "the quay was unsafe")]),
    ("The decision angered residents of Vell, who said the quay was unsafe.",
     [("who", "residents of Vell", "said", "the quay was unsafe")]),
    # near miss: one person after "of" is the name itself ("the mother of" is no plural)
    ("The board met the mother of Ana Lund, who said the quay was unsafe.",
     [("who", "Ana Lund", "said", "the quay was unsafe")]),
    # near miss: a restrictive "who" keeps its noun phrase as the speaker
    ("An architect who said he was never paid sued the board.",
     [("An architect", "An architect", "said", "he was never paid sued the board")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_relative_aside(text, expected):
    assert _quotes(text) == expected
