"""Figure paraphrases (align._figure_pairs, FIGURE_MIN_DIGITS): two outlets' sentences that
give one figure of three digits or more, with its units, that each article writes in that
sentence alone, plus a shared content word beside it, align even when the rest is reworded
or one sentence is much longer. Invented text: fictional parties, towns and outlets."""

from __future__ import annotations

import pytest

from storylens.align import _FIGURE_MODIFIER, align
from storylens.models import Article, Document
from storylens.options import Options
from storylens.segment import segment

# Five sentences of context each (rarity needs ANCHOR_MIN_ARTICLE sentences); s1 is the pair.
_A = ["Voters in Kestria elected a new parliament on Sunday.", "",
      "The Liberal Centre kept its lead in the capital, Orvane.", "Turnout was higher than at the last vote.",
      "Coalition talks are expected to start next week.", "Observers reported no serious problems."]
_B = ["Kestrians went to the polls on Sunday for a snap election.", "",
      "The Liberal Centre again won most seats in Orvane.", "More people voted than four years ago.",
      "Party leaders will meet for coalition talks next week.", "Monitors said the count was orderly."]


def doc(i: int, sentences: list[str]) -> Document:
    text = " ".join(sentences)
    return segment(Article(id=f"a{i}", source=f"t{i}", outlet=["Vell Courier", "Orvane Post"][i - 1], text=text))


def pair_aligned(a1: str, b1: str, a_more: str | None = None) -> bool:
    a = _A.copy()
    a[1] = a1
    if a_more is not None:
        a[3] = a_more
    b = _B.copy()
    b[1] = b1
    als, _ = align([doc(1, a), doc(2, b)], Options())
    return any({"a1:s1", "a2:s1"} <= set(al.sentences) for al in als)


@pytest.mark.parametrize(("a1", "b1"), [
    # a short sentence against a long one: the figure and the party are all they share
    ("The Greenway Party came third with 17.4%.",
     "The Greenway Party secured 17.4 percent of the vote, its best result ever, as housing replaced taxes as the main issue."),
    # a count written with a thousands separator, reworded around it
    ("About 4,800 people left Dunmore county over the winter, officials estimate.",
     "Dunmore lost roughly 4,800 residents."),
])
def test_unique_figure_with_a_shared_word_aligns(a1: str, b1: str) -> None:
    assert pair_aligned(a1, b1)


@pytest.mark.parametrize(("a1", "b1", "a_more"), [
    # the same digits with other units: two measures
    ("The Greenway Party came third with 17.4%.",
     "The Greenway Party's campaign bus covered 17.4 km on the last day.", None),
    # two digits: a count many claims share ("12 seats", "12 days")
    ("The Greenway Party came third with 17%.",
     "The Greenway Party secured 17 percent of the vote, its best result ever.", None),
    # the figure and its unit word only, nothing beside it
    ("Turnout rose to 64.5 percent in Orvane.",
     "Support for the new budget stood at 64.5 percent, a poll found.", None),
    # two long sentences around one figure: neither states the figure's fact alone, each
    # makes its own claim beside it (the fishermen's numbers and the ban's cost)
    ("Around 230 licensed fishermen work the Marra lagoon, which covers 135 square kilometres behind a sand bar.",
     "For the 230 fishermen who depend on the Marra lagoon, the month-long fishing ban is a financial catastrophe.",
     None),
    # the figure twice in one article: a topic of the story, not this sentence's claim
    ("About 4,800 people left Dunmore county over the winter, officials estimate.",
     "Dunmore lost roughly 4,800 residents.",
     "Dunmore's mayor said the 4,800 who left were mostly young families."),
])
def test_figure_near_misses_stay_apart(a1: str, b1: str, a_more: str | None) -> None:
    assert not pair_aligned(a1, b1, a_more)


# A figure joined to a word by a hyphen names a thing (the report, the parliament): the
# topic of both sentences, never the figure paraphrase's anchor.
@pytest.mark.parametrize(("text", "modifiers"), [
    ("The 412-page report and a 151-seat parliament", ["412", "151"]),
    ("a 1,200-strong crowd, 2.5-tonne trucks", ["1,200", "2.5"]),
    # counts, ranges, scores and figures with units stay figures
    ("1,486 families, from 12 to 15, a 3-2 vote, 6.25% and 40 km", []),
])
def test_figure_modifiers(text: str, modifiers: list[str]) -> None:
    assert _FIGURE_MODIFIER.findall(text) == modifiers
