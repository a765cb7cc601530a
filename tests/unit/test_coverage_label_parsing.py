"""How the coverage summary reads a fact's label (s8 reader report item 7), on invented
two-outlet stories: each misread seen on fresh news beside a near miss that still reads.

- a number inside a date-like token ("the raid that killed 7/14 plotter ...") is no toll;
- a title held glued to a name ("former Miss Universe Lena Arvo") is the role, not the name;
- a sentence's first word ("Instead, the study ...") or an affiliation ("wrote Tomas Reil
  for Orm Polling") is no speaker.
"""

from __future__ import annotations

import pytest

from storylens.findings import coverage as C
from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE = "The Vella election campaign entered its final week on Monday with the two rivals level."
OTHER = [
    LEDE,
    "Both campaigns held rallies in the harbour district over the weekend.",
    "Turnout in the last mayoral race was the lowest in twenty years.",
]


@pytest.fixture(autouse=True)
def _all_listed(monkeypatch):
    monkeypatch.setattr(C, "SUMMARY_TOP", 50)


def _labels(first: list[str]) -> list[str]:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t))
            for i, (o, t) in enumerate(zip(("Delta Post", "River News"), ([LEDE, *first], OTHER),
                                            strict=True))]
    cov = coverage_summary(compare_articles(arts, Options()))
    return [t["label"] for t in next(o for o in cov["outlets"] if o["article"] == "a1")["only_here_top"]]


def test_a_number_inside_a_date_token_is_no_toll():
    labels = _labels(["Arvo Vell, the former defence minister, backed the 2013 raid that killed "
                      "7/14 plotter Darel Oske in the hills."])
    assert not any(x.startswith("killed 7") for x in labels), labels


def test_near_miss_a_toll_is_still_a_toll():
    labels = _labels(["The storm that hit the harbour district on Friday killed 7 people, the "
                      "coastguard said."])
    assert "killed 7 people" in labels, labels


HELD = [
    "Arvo Vell's late-night posts about former Miss Universe Lena Arvo were unhinged, his rival said.",
    "Arvo said in an interview that she had been mocked by Vell for years.",
]


def test_a_title_held_is_the_role_not_part_of_the_name():
    labels = _labels(HELD)
    assert "Lena Arvo (former miss universe)" in labels, labels
    assert not any("Universe Lena" in x for x in labels), labels


def test_near_miss_an_honorific_alone_keeps_the_name():
    labels = _labels(["Miss Lena Arvo Kessel, the rival's spokeswoman, said the posts were unhinged.",
                      "Kessel said the campaign would file a complaint with the election board."])
    assert not any("miss" in x.lower() and "(" in x and "universe" in x.lower() for x in labels)
    assert any("Lena Arvo Kessel" in x for x in labels), labels


@pytest.mark.parametrize("text, name, role", [
    ("The board named former Miss Universe Lena Arvo Kessel as its patron.",
     "Lena Arvo Kessel", "former miss universe"),
    # near misses: "then"/"current" before a courtesy title and a three-word name
    ("The line was founded by the then Mrs. Anna Maria Kessel of Tarn in 1961.",
     "Anna Maria Kessel", None),
    ("The prize went to the current Ms. Mary Ann Quill of Tarn, the board said.",
     "Mary Ann Quill", None),
])
def test_held_title_needs_a_contest_title_word(text, name, role):
    from storylens.analysis import analyse
    from storylens.findings.fact_labels import name_and_role
    from storylens.segment import segment

    doc = analyse(segment(Article(id="a1", source="t", outlet="Delta Post", text=text)))
    got = [name_and_role(doc, e) for e in doc.analysis.entities if e.kind == "person"]
    assert (name, role) in got, got


ADVERB = [
    "The council's own study found that the harbour plan would cost 40 million crowns.",
    "Instead, the study -- which notes that 58 firms \u201cwould lose their moorings for good,\u201d if "
    "the plan went ahead -- should be a warning to the mayor.",
]
AFFILIATION = [
    "\u201cThe effect of the debate is still small,\u201d wrote Tomas Reil for Orm Polling. "
    "\u201cJust 9 percent of voters said it changed their minds about the race.\u201d",
]


def test_a_sentence_adverb_or_an_affiliation_is_no_speaker():
    labels = _labels(ADVERB + AFFILIATION)
    assert not any("Instead" in x or "Orm Polling" in x for x in labels), labels


def test_near_miss_a_named_speaker_of_a_continued_quote_is_listed():
    labels = _labels([
        "\u201cThe harbour plan is dead and everyone on the council knows it,\u201d said "
        "councillor Mara Linde. \u201cWe will not vote for a single crown more of it this year.\u201d",
        "Linde said the vote would come on Thursday after the budget debate.",
    ])
    assert any("Mara Linde" in x for x in labels), labels
