"""``indirect._RULE_WORDS`` (speed26): ``_indirect`` skips the seven rules it tries on a
token that is no reported-speech cue when the token's word is not in the set; this holds
only while each of those rules finds nothing on any other word. Invented sentences
(fictional people and places), each token of each: a word outside the set gets None from
every rule, and the sentences hold words inside it that the rules do read (so a rule
given a new trigger word without the set is caught here)."""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import indirect
from storylens.analysis.quotes.tokens import _tokens, inside_marks

RULES = (
    indirect._directive,
    indirect._complement_attribution,
    indirect._object_complement,
    indirect._np_attribution,
    indirect._expressed,
    indirect._evidence_object,
    indirect._as_attribute,
)

SENTENCES = [
    "Mayor Ilsa Varn urged the Tolvane council to delay the ferry vote until spring.",
    "The Dornish dockers' union criticized the harbour plan on Tuesday.",
    "Residents of Kessing voiced deep concern about the new bridge levy.",
    "A 2031 study found 31 cases of river fever near Orvell.",
    "Farmers in the Maddow valley see the canal as a threat to their wells.",
    "Councillor Brek Osterlund called the plan \"a costly gamble\" for Pellin.",
    "Officials in Norrow are confident that the lock will reopen by Friday.",
    "Ana Lindqvist believes that the Skarra mine should close next year.",
    "The Velmora board is demanding that the port authority publish its audit.",
    "Harbourmaster Tomas Reyne asked the crews to stay ashore, citing the storm.",
    "The report was called a whitewash by Senator Mira Dahl of Crestfield.",
    "Her refusal to sign the Kessel accord angered the Orvik ministers.",
    # near misses: the words of the rules used otherwise
    "The call came at noon, and the study of the canal took three years.",
    "Concern in Pellin grew as the urge to leave spread along the quay.",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_a_word_outside_the_set_gets_nothing_from_any_rule(text):
    toks = _tokens(text, 0, len(text))
    marks = [(text.index('"'), text.rindex('"') + 1)] if '"' in text else []
    in_quote = inside_marks(toks, marks)
    for j, t in enumerate(toks):
        if t.low in indirect._RULE_WORDS:
            continue
        for rule in RULES:
            assert rule(text, toks, j, len(text), in_quote) is None, (rule.__name__, t.text)


def test_the_sentences_hold_words_the_rules_read():
    found = set()
    for text in SENTENCES:
        toks = _tokens(text, 0, len(text))
        marks = [(text.index('"'), text.rindex('"') + 1)] if '"' in text else []
        in_quote = inside_marks(toks, marks)
        for j, t in enumerate(toks):
            for rule in RULES:
                if rule(text, toks, j, len(text), in_quote) is not None:
                    assert t.low in indirect._RULE_WORDS
                    found.add(rule.__name__)
    # each of the seven rules finds something in the table (the guard is exercised)
    assert found == {rule.__name__ for rule in RULES}
