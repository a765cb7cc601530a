"""A loaded modifier before a name of two or more words that goes on to a noun ("the
controversial Vell Navy deployment", "the embattled Oren Falk government") qualifies the
noun, not the named entity: it is not set against the other outlet's plain mention of
the name (invented text; a real false case read on SemEval with a public lexicon:
"deadly U.S. airstrikes" set against "the United States")."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE_A = "Ferry workers in Vella walked out on Monday over unpaid wages, halting crossings to Tarn."
LEDE_B = ("Crossings from Vella to Tarn stopped on Monday as ferry crews struck over wages "
          "they say were never paid.")


def _modifiers(a: str, b: str) -> list[tuple[str, str]]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=f"{LEDE_A} {a}"),
            Article(id="a2", source="t", outlet="Vella Times", text=f"{LEDE_B} {b}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [(f.detail["a"]["word"], f.detail["b"]["word"]) for f in comp.findings
            if f.type == "framing" and f.detail["rule"] == "framing.story.modifier"]


@pytest.mark.parametrize("a, b", [
    ("Transport minister Oren Falk said the ferries would run again on Friday.",
     "Crews blamed the embattled Oren Falk government for the ferries that stopped on Friday."),
    ("Transport minister Oren Falk said the U.S. Navy would help run the crossings to Tarn.",
     "The strike led to the controversial U.S. Navy deployment in the Vella strait on Tuesday."),
], ids=["name then a term noun", "abbreviated name then a -ment noun"])
def test_modifier_on_the_noun_after_a_name_is_not_on_the_name(a, b):
    assert _modifiers(a, b) == []


def test_modifier_on_a_name_that_ends_the_phrase_still_found():
    a = "Transport minister Oren Falk said the ferries would run again on Friday."
    b = "The embattled Oren Falk said the ferries would run again on Friday."
    assert ("minister Oren Falk", "embattled Oren Falk") in _modifiers(a, b)
