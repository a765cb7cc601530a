"""Two aligned sentences whose figures belong to two differently named owners state two
facts, not a conflict (s7 findings item 4): "the Vell branch reported 40 job cuts" /
"the Tarn branch reported 60 job cuts". The referent test compared only names typed as
places, and the name analysis types "Vell" in "the Vell branch" as "other". A name of an
organisation or an untyped name in the figure's clause now owns it (rules/numbers
OWNER_KINDS), unless it is the figure's source ("Kessel Bank said", "according to").
Invented text (fictional bank and towns); the near misses still conflict."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE = "Kessel Bank said on Tuesday it would close a dozen branches across the country by March."


def _conflicts(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=f"{LEDE} {a}"),
            Article(id="a2", source="t", outlet="Vella Times", text=f"{LEDE} {b}")]
    comp = compare_articles(arts, Options(fact_conflicts=True))
    assert any(al.kind != "verbatim" for al in comp.alignments)  # the two sentences align
    return [f.summary for f in comp.findings if f.type == "fact_conflict"]


TWO_FACTS = [
    ("two branches named before the figure",
     "The Vell branch reported 40 job cuts, the union said.",
     "The Tarn branch reported 60 job cuts, the union said."),
    ("two branches, the figure first",
     "The bank's Vell branch will cut 40 jobs, the union said.",
     "The bank's Tarn branch will cut 60 jobs, the union said."),
    # a shared organisation word ("Bank", "Group") names no common owner (s7 review)
    ("two banks",
     "Vell Bank will cut 40 jobs on Monday, the union said.",
     "Tarn Bank will cut 60 jobs on Monday, the union said."),
    ("two groups",
     "The Vell Group will cut 40 jobs, the union said.",
     "The Tarn Group will cut 60 jobs, the union said."),
]


@pytest.mark.parametrize("case", TWO_FACTS, ids=[c[0] for c in TWO_FACTS])
def test_two_owners_are_two_facts(case):
    _, a, b = case
    assert _conflicts(a, b) == []


# (id, sentence a, sentence b): one fact, two values
CONFLICTS = [
    ("one branch, two figures",
     "The Vell branch reported 40 job cuts, the union said.",
     "The Vell branch reported 60 job cuts, the union said."),
    ("the owner named on one side only",
     "The Vell branch reported 40 job cuts, the union said.",
     "The branch reported 60 job cuts, the union said."),
    ("two sources of one figure: the names speak",
     "Kessel Bank said 40 jobs would go at the branch.",
     "The Vell Workers Union said 60 jobs would go at the branch."),
    ("two sources after 'according to'",
     "According to Kessel Bank, 40 jobs will go at the branch.",
     "According to the Vell Workers Union, 60 jobs will go at the branch."),
    ("one owner named two ways",
     "The Vell branch of Kessel Bank reported 40 job cuts.",
     "Kessel Bank's Vell branch reported 60 job cuts."),
    ("one bank, its name shortened",
     "Vell Bank will cut 40 jobs on Monday, the union said.",
     "The Vell bank will cut 60 jobs on Monday, the union said."),
]


@pytest.mark.parametrize("case", CONFLICTS, ids=[c[0] for c in CONFLICTS])
def test_near_misses_still_conflict(case):
    _, a, b = case
    assert len(_conflicts(a, b)) == 1
