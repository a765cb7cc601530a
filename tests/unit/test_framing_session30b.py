"""Session 30 (framing30b): the story-wide attribution line's plain side.

1. A sensational idiom has a real lemma, its verb inflected ("took a dig" / "taking a dig" /
   "takes a dig": "take a dig"; rules/attribution SENSATIONAL_IDIOMS): two tenses of one
   idiom are one verb, two idioms of one tense are two.
2. An outlet that tells the same statement with a charged cue of its own elsewhere, in
   other words, is no plain side for it ("took a swipe at" the same words beside its
   "said"); one whose charged cue tells a different statement stays plain (near miss).

Invented text: a tram fare rise in Orrisby; councillor Bettan Quill; the Orrisby Echo and
the Dunmere Gazette.
"""

from __future__ import annotations

import pytest

from storylens.findings.attribution import _lemma
from storylens.models import Article, Sentence
from storylens.options import Options
from storylens.pipeline import compare_articles
from storylens.rules.attribution import SENSATIONAL_PHRASES, sensational_lemma


@pytest.mark.parametrize(("cue", "lemma"), [
    ("took a dig", "take a dig"),
    ("Taking a  dig", "take a dig"),
    ("takes a swipe", "take a swipe"),
    ("lashing out", "lash out"),
    ("railing against", "rail"),
    ("slammed", "slam"),
    ("sneered", "sneer"),
    ("said", None),  # near miss: no sensational phrase
    ("took", None),  # near miss: the verb alone
])
def test_sensational_lemma(cue, lemma):
    assert sensational_lemma(cue) == lemma


def test_every_sensational_phrase_has_a_lemma():
    assert all(sensational_lemma(p) for p in SENSATIONAL_PHRASES)


def _use(word: str):
    s = Sentence(id="a:s0", article="a", index=0, start=0, end=len(word), text=word)
    return (s, (0, len(word), word), "sensational")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("took a dig", "taking a dig", True),
    ("takes a dig", "took a dig", True),
    ("took a dig", "took a swipe", False),  # near miss: one first word, two idioms
    ("tore into", "tearing into", True),
])
def test_lemma_of_an_idiom(a, b, same):
    assert (_lemma(_use(a)) == _lemma(_use(b))) == same


LEDE_A = "Tram fares in Orrisby will rise by a fifth from June, the transit board said on Friday."
LEDE_B = "Orrisby's transit board on Friday set a rise of a fifth in tram fares from June."
DIG = ("Councillor Bettan Quill on Friday met the decision by taking a dig at the transit "
       "board, saying the fare money was spent in Dunmere and not on the Orrisby lines.")
SAID = ("The fare money is spent in Dunmere and not on the Orrisby lines, councillor Bettan "
        "Quill said on Friday at the council chamber. ")
SAME = ("Quill also took a swipe at the transit board, saying the fare money was spent in "
        "Dunmere and not on the Orrisby lines.")
OTHER = ("Quill also took a swipe at the board's plan for night trams, saying the plan had "
         "no drivers.")
PLAIN_OTHER = "Quill also spoke about the board's plan for night trams, saying it had no drivers."


def _lines(b_other: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Orrisby Echo", text=f"{LEDE_A} {DIG}"),
            Article(id="a2", source="t", outlet="Dunmere Gazette",
                    text=f"{LEDE_B} {SAID}{b_other}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f.summary for f in comp.findings
            if f.type == "framing" and "Dunmere Gazette writes 'said'" in f.summary]


@pytest.mark.parametrize(("name", "other", "wanted"), [
    ("another idiom for the same statement", SAME, False),
    ("near miss: another idiom for another statement", OTHER, True),
    ("near miss: a plain verb for another statement", PLAIN_OTHER, True),
])
def test_plain_side_is_plain_for_the_statement(name, other, wanted):
    lines = _lines(other)
    assert bool(lines) == wanted, (name, lines)
