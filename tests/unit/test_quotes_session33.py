"""Session 33 (polnear33): three shapes of reported speech that PolNeAR's valid split
labels and storylens missed or misread (benchmarks/quotes.py, valid only).

1. A contact relative clause after a compound pronoun of "thing" ("Everything Vell says is
   a lie"): the pronoun is what she says, "is a lie" the writer's (rules/quotes_gaps.
   OBJECT_GAP_PRONOUNS). Before, "Everything Vell" was the speaker and the main
   predicate her words. Near misses: "everyone" as the cue's own subject (its clause is
   reported), the pronoun with a verb of its own ("Everything changed when …").
2. ", accusing X of CHARGE": the participle reads the person and the charge as the finite
   "accused X of …" does (rules/clauses.OF_CHARGE_LEMMAS); the sentence's subject speaks.
   A pronoun object goes with the cue ("accusing her of", as PolNeAR labels it) and the
   charge alone is reported. Near miss: a charge after a determiner ("accusing them of
   the theft") stays unread, as the finite rule leaves it.
3. "As X pointed out on Friday, CLAUSE": "point out" is one lemma of AS_ASIDE_LEMMAS (the
   list split it into "point" and "out", so the aside with an adverbial went unread).
   Near miss: "pointed out the error" (an object: an act, nothing reported).

The text is new invented text (the port of Tessel, its mayor Quist, councillor Brede).
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _reported(text: str):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # object-gap relatives: the pronoun is the content, the name after it the speaker
        ("Everything Mayor Quist says about the pier is a lie unless proven otherwise.",
         [("Mayor Quist", "says", "Everything")]),
        ("Anything Brede says on the radio will be used against her.",
         [("Brede", "says", "Anything")]),
        ("Something the harbour master said on Friday stuck with the crew.",
         [("the harbour master", "said", "Something")]),
        ("Nothing the mayor said at the hearing was new.",
         [("the mayor", "said", "Nothing")]),
        # near miss: "everyone" is the cue's subject, and its clause is reported
        ("Everyone in Tessel says the pier is safe.",
         [("Everyone in Tessel", "says", "the pier is safe")]),
        # near miss: the pronoun has its own verb; the later cue reads as before
        ("Everything changed when Brede said the pier was unsafe.",
         [("Brede", "said", "the pier was unsafe")]),
        # ", accusing X of …": the person and the charge
        ("The dockers walked out on Friday, accusing the port authority of breaking the "
         "2029 wage deal.",
         [("The dockers", "accusing", "the port authority of breaking the 2029 wage deal")]),
        ("Mayor Quist has used the leak against Brede, accusing her of hiding the dredging "
         "costs from the board.",
         [("Mayor Quist", "accusing her of", "hiding the dredging costs from the board")]),
        # near miss: a charge after a determiner is left unread
        ("Brede left the hall, accusing them of the theft.", []),
        # "As X pointed out <adverbial>, CLAUSE"
        ("As one councillor pointed out on Friday, the gap between the two budgets is vast.",
         [("one councillor", "pointed out", "the gap between the two budgets is vast")]),
        ("The gap is vast, as councillor Brede pointed out at the meeting.",
         [("councillor Brede", "pointed out", "The gap is vast")]),
        # near miss: "pointed out the error" has an object; nothing is reported
        ("As one councillor pointed out the error, the clerk blushed.", []),
    ],
)
def test_session33_shapes(text, expected):
    got = _reported(text)
    assert [(s, c, t) for s, c, t in got] == expected, got
