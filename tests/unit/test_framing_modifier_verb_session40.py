"""A loaded modifier's plain counterpart names the same thing: the same noun, not a verb
of the same spelling (held-out t280, session 39: a 'heroic run', the horse's performance,
was set against the wire's "The Gold Cup, run over three miles", the race's distance).
Invented text (a fictional jumps race in Norvik); the near misses, where the plain outlet
writes the noun, still fire."""

from __future__ import annotations

import pytest

from storylens.findings.framing import _verb_read
from storylens.models import Article, Sentence
from storylens.options import Options
from storylens.pipeline import compare_articles

CHARGED = ("Silver Wren collapsed on Saturday after a heroic run to finish third in the Tarvel "
           "Stakes at Ostra, the richest jumps race in Norvik. Her trainer Pell Voran said she "
           "had been healthy.")
LEDE = "The mare Silver Wren died on Saturday after finishing third in the Tarvel Stakes at Ostra."
TRAINER = "Her trainer Pell Voran said she had been healthy."


def _plain_sentences(plain: str) -> list[list[str]]:
    arts = [Article(id="a1", source="t", outlet="Norvik Wire", text=plain),
            Article(id="a2", source="t", outlet="Daily Banner", text=CHARGED)]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f.detail["a"]["sentences"] for f in comp.findings
            if f.detail.get("rule") == "framing.story.modifier"]


SILENT = [
    ("a participle clause after a comma",
     "The Tarvel Stakes, run over two miles and 16 fences, is the richest jumps race in Norvik."),
    ("after a form of 'be'",
     "The Tarvel Stakes is run over two miles at Ostra, the richest jumps race in Norvik."),
    ("after a modal",
     "The Tarvel Stakes will run over a shorter course at Ostra, the richest jumps race in Norvik."),
]


@pytest.mark.parametrize("case", SILENT, ids=[c[0] for c in SILENT])
def test_a_verb_of_the_same_spelling_is_no_counterpart(case):
    _, middle = case
    assert _plain_sentences(f"{LEDE} {middle} {TRAINER}") == []


FIRES = [
    ("a possessive opens the noun",
     "Her run in the Tarvel Stakes, the richest jumps race in Norvik, ended in third place."),
    ("an article opens the noun after a comma",
     "The Tarvel Stakes, the richest jumps race in Norvik, ended a strong run for the mare."),
]


@pytest.mark.parametrize("case", FIRES, ids=[c[0] for c in FIRES])
def test_the_noun_still_fires(case):
    _, middle = case
    assert _plain_sentences(f"{LEDE} {middle} {TRAINER}") == [["a1:s1"]]


# (text, the word, whether it reads as a verb)
WORDS = [
    ("The Cup, run over three miles, ended.", "run", True),
    ("The Cup is run over three miles.", "run", True),
    ("Officials want to cut the fund.", "cut", True),
    ("The cuts, made in May, hurt.", "cuts", False),  # plural: a noun
    ("A late run, in the rain, won it.", "run", False),  # a determiner before it
    ("After the vote, cuts to the fund began.", "cuts", False),
    ("The board had talks with the union.", "talks", False),  # "have" is no verb marker
]


@pytest.mark.parametrize("text,word,verb", WORDS, ids=[w[0] for w in WORDS])
def test_verb_read(text, word, verb):
    s = Sentence(id="x:s0", article="x", index=0, start=0, end=len(text), text=text)
    a = text.index(word)
    assert _verb_read(text, s, a, a + len(word)) is verb
