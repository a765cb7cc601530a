"""The aligned attribution rule compares two outlets' verbs only when their speakers may be
one (session 15), on invented articles about a fictional grain-silo fire in Korsa.

Before, a speaker the rule could not name (a description, "officials said") was taken as
the same as anyone in the aligned sentence: the wire's "officials said" was set against the
minister's "admitted" (invented dev t28), and "The head of the company said" against "The
company insisted". Now a description meets a name only where the name's article gives the
person that title or organisation, and two descriptions only by one head noun; a pronoun
is still read as the speaker of the aligned sentence.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE_A = "A fire destroyed the main grain silo at the port of Korsa on Friday night."
LEDE_B = "The main grain silo at Korsa's port burned down on Friday night."
CLAIM = "the sprinklers in the silo had been checked in the spring and worked as designed."


def _verbs(a: str, b: str) -> list[tuple[str, str]]:
    arts = [Article(id="a1", source="t", outlet="Korsa Ledger", text=f"{LEDE_A} {a}"),
            Article(id="a2", source="t", outlet="Harbour Voice", text=f"{LEDE_B} {b}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=False))
    return [(f.detail["a"]["word"], f.detail["b"]["word"]) for f in comp.findings
            if f.type == "framing" and f.detail["kind"] == "attribution_verb"]


FOUND = [
    ("one name on both sides",
     f"Port director Edda Valsk said {CLAIM}", f"Port director Edda Valsk admitted {CLAIM}",
     ("said", "admitted")),
    ("a pronoun is the aligned sentence's speaker",
     f"Asked about the fire, she said {CLAIM}", f"Port director Edda Valsk admitted {CLAIM}",
     ("said", "admitted")),
    ("the title the name is written with",
     f"The port director said {CLAIM}", f"Port director Edda Valsk admitted {CLAIM}",
     ("said", "admitted")),
    ("the organisation a person heads",
     f"Tobin Hask, head of the port authority, said {CLAIM}",
     f"The port authority admitted {CLAIM}", ("said", "admitted")),
    ("one description noun, singular and plural",
     f"A port official said {CLAIM}", f"Port officials claimed {CLAIM}", ("said", "claimed")),
    ("an organisation's full name and its noun",
     f"The Korsa Port Authority said {CLAIM}", f"The authority insisted {CLAIM}",
     ("said", "insisted")),
    ("a description and a short form of the organisation's name",
     f"The company said {CLAIM}",
     f"The silo is owned by Orsk Milling Group. Orsk insisted {CLAIM}", ("said", "insisted")),
]

NOT_FOUND = [
    ("officials against a named minister",
     f"On Saturday, fire officials said {CLAIM}", f"Interior Minister Edda Valsk admitted {CLAIM}"),
    ("the head of the company against the company",
     f"The head of the company said {CLAIM}", f"The company insisted {CLAIM}"),
    ("a title the name is not given",
     f"The mayor said {CLAIM}", f"Port director Edda Valsk admitted {CLAIM}"),
    ("two organisations",
     f"The ministry said {CLAIM}", f"Police claimed {CLAIM}"),
    ("an organisation against a person who does not head it",
     f"Tobin Hask, a local farmer, said {CLAIM}", f"The port authority admitted {CLAIM}"),
]


@pytest.mark.parametrize("case", FOUND, ids=[c[0] for c in FOUND])
def test_one_speaker_compared(case):
    _, a, b, words = case
    assert words in _verbs(a, b)


@pytest.mark.parametrize("case", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_two_speakers_not_compared(case):
    _, a, b = case
    assert _verbs(a, b) == []
