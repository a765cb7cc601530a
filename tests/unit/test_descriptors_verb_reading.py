"""A word after a modified name or noun is read as a noun or a verb by the words around it,
not by its suffix (s7 findings item 3): "the embattled Oren Falk questions the union's
figures" put "embattled" on "questions" (a -tion word, plural, read as the noun the name
qualifies) and lost the contrast with another outlet's "transport minister Oren Falk".
A word right before an object opener ("the", "his", "whether": rules/loaded_terms
OBJECT_OPENERS) is a verb. Invented text (fictional Vella ferry strike); the near misses
are the same words used as nouns, which keep their reading."""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.analysis.descriptors import modifier_uses
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles
from storylens.segment import segment

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")


def _uses(text: str) -> list[tuple[str, tuple[str, ...], str, str | None]]:
    doc = analyse(segment(Article(id="a1", source="t", outlet="Vella Times", text=text)))
    return [(m.modifier, m.heads, text[m.start:m.head_end], m.anchor) for m in modifier_uses(doc)]


# (id, sentence, the modified phrase as read, its anchor)
CASES = [
    # false before: a verb read as the noun after the name, or as a second head
    ("a -tion verb after a name", "The embattled Oren Falk questions the union's figures on overtime.",
     "embattled Oren Falk", "oren falk"),
    ("a plural -s verb after a name", "The embattled Oren Falk sanctions his own aides for the leak.",
     "embattled Oren Falk", "oren falk"),
    ("a -tion verb after a noun", "Critics said the controversial minister questions the union's figures.",
     "controversial minister", None),
    ("a verb before a clause", "The embattled Oren Falk questions whether the talks can go on.",
     "embattled Oren Falk", "oren falk"),
    # near misses: the same words as nouns
    ("a noun after a name, then a verb", "The embattled Oren Falk government collapsed on Friday.",
     "embattled Oren Falk government", None),
    ("a -tion noun after a name, then a verb", "The embattled Oren Falk questions were left unanswered.",
     "embattled Oren Falk questions", None),
    ("a plural noun as the second head", "Critics said the controversial ferry sanctions were lifted.",
     "controversial ferry sanctions", None),
    ("a -ment noun after a name, then a preposition",
     "The strike led to the controversial U.S. Navy deployment in the Vella strait.",
     "controversial U.S. Navy deployment", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_noun_or_verb_by_the_next_word(case):
    _, text, phrase, anchor = case
    uses = _uses(text)
    assert [(u[2], u[3]) for u in uses] == [(phrase, anchor)], uses


def test_the_name_keeps_its_modifier_against_another_outlets_plain_mention():
    lede_a = "Ferry workers in Vella walked out on Monday over unpaid wages, halting crossings to Tarn."
    lede_b = ("Crossings from Vella to Tarn stopped on Monday as ferry crews struck over wages "
              "they say were never paid.")
    arts = [Article(id="a1", source="t", outlet="Harbour Post",
                    text=f"{lede_a} Transport minister Oren Falk said the ferries would run again on Friday."),
            Article(id="a2", source="t", outlet="Vella Times",
                    text=f"{lede_b} The embattled Oren Falk questions the union's figures on unpaid overtime.")]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    found = [(f.detail["a"]["word"], f.detail["b"]["word"]) for f in comp.findings
             if f.type == "framing" and f.detail["rule"] == "framing.story.modifier"]
    assert found == [("minister Oren Falk", "embattled Oren Falk")]
