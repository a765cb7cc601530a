"""One physical impact told with a verb that dramatises its force ("ploughed into",
"clubbed") where another outlet reports it plainly ("struck", "hit", "collided with"), and
a sum spent told as extravagance ("lavished", "squandered") where another writes "spent"
(rules/loaded_terms "impact" and "spending", session 39). Both are OBJECT_SETS: the two
verbs are one act only with a shared word in their objects. Near misses: "struck a deal",
"spent three years", "lavished praise", both outlets writing the loaded verb, and two
impacts on different things. Invented text (a fictional Kessa tram crash and a Vorn
festival fund)."""

from __future__ import annotations

import pytest
from support import framings_between

from storylens.analysis.descriptors import _noun_like, _verbish

pytestmark = pytest.mark.usefixtures("framing_on")

TRAM = ("A tram lost its brakes on the Kessa hill on Friday and injured nine people, the city "
        "transport authority said.\n\n")
FUND = ("An audit of the Vorn summer festival fund published on Monday found that most of its "
        "grant went on receptions.\n\n")

LOADED = ("plough", "plow", "clubbed", "bludgeon", "lavish", "squander", "splurge")


def _loaded(lede: str, a: str, b: str) -> list[str]:
    return [f.summary for f in framings_between(lede, a, b)
            if any(w in f.summary for w in LOADED)]


CASES = [
    ("ploughed into against struck, one object",
     TRAM, "The tram ran down the Kessa hill and struck a parked lorry outside the market.",
     "The tram hurtled down the Kessa hill and ploughed into a parked lorry outside the "
     "market.", True),
    ("ploughed into against collided with",
     TRAM, "The runaway tram collided with a bus shelter on Orla Street near the market.",
     "The runaway tram ploughed into a bus shelter on Orla Street near the market.", True),
    ("clubbed against struck, passive",
     TRAM, "A ticket inspector was struck with a metal bar during the scuffle that followed.",
     "A ticket inspector was clubbed with a metal bar during the scuffle that followed.", True),
    ("lavished against spent, passive with the sum before",
     FUND, "Some 90,000 florins were spent on receptions and travel for the board, the "
     "audit said.",
     "Instead, 90,000 florins were lavished on receptions and travel for the board.", True),
    ("squandered against spent",
     FUND, "The board spent 90,000 florins on receptions for sponsors, the audit found.",
     "The board squandered 90,000 florins on receptions for sponsors, the audit found.", True),
    ("near miss: 'struck a deal' is no impact",
     TRAM, "The city struck a deal with the tram operator on Saturday over repairs.",
     "The tram ploughed into a parked lorry outside the market on the Kessa hill.", False),
    ("near miss: two impacts on different things",
     TRAM, "Earlier in the week a delivery van hit a lamp post on Orla Street.",
     "The tram ploughed into a parked lorry outside the market on the Kessa hill.", False),
    ("near miss: both outlets write 'ploughed into'",
     TRAM, "The tram ploughed into a parked lorry outside the market, witnesses said.",
     "The tram ploughed into a parked lorry outside the market on the Kessa hill.", False),
    ("near miss: 'spent three years' and 'lavished praise' are no one spending",
     FUND, "The festival director spent three years building up the sponsors' trust.",
     "The mayor lavished praise on the festival volunteers at the opening.", False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_impact_and_spending(case):
    _id, lede, a, b, want = case
    got = _loaded(lede, a, b)
    assert bool(got) is want, got


@pytest.mark.parametrize("word, want", [
    # a verb of a loaded-term verb set right after a name is no noun the name qualifies
    ("struck", False), ("spent", False), ("hit", False), ("entered", False),
    ("government", True), ("militants", True), ("agreement", True),
])
def test_verb_set_word_is_no_noun_after_a_name(word, want):
    assert _noun_like(word) is want


@pytest.mark.parametrize("word, want", [("struck", True), ("spent", True), ("hit", False)])
def test_verb_set_words_are_verbish(word, want):
    # ("hit": three letters, read as before)
    assert _verbish(word) is want
