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

LOADED = ("plough", "plow", "clubbed", "bludgeon", "lavish", "squander", "splurge", "rammed",
          "inferno", "hooligan", "Hooligan")
HARBOUR = ("A cargo ship and an offshore platform were damaged off Cape Merrow on Monday, the "
           "coastguard said.\n\n")
BLAZE = ("Six people died at the Lantwick hostel on Saturday night, the county coroner "
         "said.\n\n")
MATCH = ("The Orla Cup final in Vessen was stopped for 20 minutes on Sunday after trouble "
         "in the north stand.\n\n")


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
    ("rammed against collided with, one object",
     HARBOUR, "The freighter Orla Bay collided with the Merrow gas platform at dawn.",
     "The freighter Orla Bay rammed the Merrow gas platform at dawn.", True),
    ("near miss: 'rammed the bill through' is no collision",
     HARBOUR, "The freighter Orla Bay struck the Merrow gas platform at dawn, and on Tuesday "
     "parliament passed the Merrow shipping bill.",
     "The ruling party rammed the Merrow shipping bill through parliament on Tuesday.",
     False),
    ("inferno against fire, one fire",
     BLAZE, "The fire at the Lantwick hostel started in a ground-floor kitchen, investigators "
     "said.",
     "The inferno at the Lantwick hostel started in a ground-floor kitchen, investigators "
     "said.", True),
    ("near miss: 'fire crews' and 'opened fire' are no fire",
     BLAZE, "Fire crews reached the Lantwick hostel within nine minutes of the first call, "
     "and police opened fire on a man who threatened them.",
     "Crews reached the Lantwick hostel inferno within nine minutes of the first call.",
     False),
    ("near miss: both outlets write 'inferno'",
     BLAZE, "The inferno at the Lantwick hostel started in a ground-floor kitchen.",
     "The inferno at the Lantwick hostel started in a kitchen, investigators said.", False),
    ("hooligans against fans, one crowd",
     MATCH, "Several hundred fans in the north stand threw flares onto the pitch.",
     "Several hundred hooligans in the north stand threw flares onto the pitch.", True),
    ("hooligans against spectators, one crowd",
     MATCH, "Spectators in the north stand threw flares onto the pitch before half-time.",
     "Hooligans in the north stand threw flares onto the pitch before half-time.", True),
    ("near miss: both outlets write 'hooligans'",
     MATCH, "Hooligans in the north stand threw flares onto the pitch, police said.",
     "Hooligans in the north stand threw flares onto the pitch before half-time.", False),
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


@pytest.mark.parametrize("text, want", [
    ("rammed the Merrow shipping bill through parliament", True),
    ("rammed its Digital Security Act through the National Assembly", True),
    ("rammed the Merrow gas platform at dawn", False),
])
def test_rammed_through_is_no_impact(text, want):
    from storylens.rules.loaded_terms import other_impact

    words = text.lower().split()
    assert other_impact("impact", "rammed", words, 1) is want
    assert other_impact("entry", "rammed", words, 1) is False


@pytest.mark.parametrize("text, forms", [
    ("police opened fire on the gunman", ["gunman"]),
    ("fire crews fought the fire", ["fire"]),
    ("the minister came under fire over the blaze", ["blaze"]),
    ("the inferno spread", ["inferno"]),
])
def test_fire_compounds_are_no_fire(text, forms):
    import re

    from storylens.analysis.descriptors import term_matches

    words = list(re.finditer(r"[^\W\d_]+", text))
    assert [f for _a, _b, f in term_matches(words)] == forms
