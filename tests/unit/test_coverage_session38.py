"""A claim contradicted is no claim left out (session 38, from omissions read wrong on
invented dev d131, d163, t144 and t169). Invented stories with fictional outlets.

coverage._told_elsewhere_as reads an outlet's own figure for what a giver's figure measures
as a disagreement, not an omission. Where a giver credited its figure to a source (a
claim), the outlet's figure was never read: "Losses are estimated at 1.2 billion crowns,
according to a preliminary assessment by the authority" beside "Losses are put at 1.4
billion crowns, the Sentinel understands" was "the Sentinel leaves out 1.2 billion crowns",
read wrong (the key's fact_conflict). A claim stands beside a *second source's* count (the
police's tractors beside the organisers'): now only an outlet's figure credited to another
source keeps the claim "left out"; one it states as its own, or credits to the claim's own
source, disagrees with it. Near misses: a figure credited to another source, a figure of
another thing, no figure at all.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as cov
from storylens.options import Options

# the cited telling says nothing of what 1,200 counts; the union's claim says "jobs"
STAFF = "The seizure came as 1,200 of the Halcyon Star's owners' staff wait to learn whether they will keep their places."
CLAIM = ("Marlow Lines, which owns the Halcyon Star, would cut 1,200 jobs at its Tamberly yards, "
         "according to the dockers' union.")


def _omitted(own: str | None) -> set[str]:
    """What Kestow Voice (``own``) leaves out of three outlets: the first gives the staff
    line, the second the union's claim, the third both."""
    texts = [[support.HALCYON_LEDE, support.HALCYON_TOW, STAFF, *support.halcyon_colour("Orsk")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, CLAIM, *support.halcyon_colour("Tamberly")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, STAFF, CLAIM, *support.halcyon_colour("Ulvane")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, *([own] if own else []),
              *support.halcyon_colour("Kestow")]]
    om, _ = support.coverage_facts(texts, support.HALCYON_OUTLETS, Options(fact_coverage=True))
    return {f for o, f in om if o == "Kestow Voice"}


# (id, Kestow Voice's line, whether it leaves out the union's 1,200)
CASES = [
    ("its own figure of the measure, credited to no one",
     "Marlow Lines will reduce its workforce by 1,100 jobs, mostly at the Tamberly yards.", False),
    ("its own figure, credited to the claim's own source",
     "Marlow Lines will reduce its workforce by 1,100 jobs, mostly at the Tamberly yards, the union said.", False),
    ("near miss: a second source's count",
     "Marlow Lines will reduce its workforce by 1,100 jobs, mostly at the Tamberly yards, the company said.", True),
    ("near miss: a figure of another thing", "Marlow Lines will hire 1,100 new deckhands in Ulvane next year.", True),
    ("near miss: no figure at all", None, True),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_claim_the_outlet_contradicts_is_not_left_out(case):
    _, own, left_out = case
    assert ("1,200" in _omitted(own)) is left_out


# --- one sentence, two sources: the figure's own clause says whose it is ----------------------
# (invented dev t97's shape: "Police estimated that about 180 tractors took part, while
# organisers put the number at more than 500" beside an outlet's "Police said some 180
# tractors took part": the 500 is the organisers' claim, the outlet's 180 the police's count)

TWO = ("Marlow Lines said about 900 jobs would go at its Tamberly yards, while the dockers' union "
       "put the number at 1,200.")


TWO_AGAIN = ("About 900 jobs will go at the Tamberly yards, Marlow Lines said, but the dockers' union put "
             "the figure at 1,200.")


def _omitted_two(own: str | None) -> set[str]:
    texts = [[support.HALCYON_LEDE, support.HALCYON_TOW, STAFF, *support.halcyon_colour("Orsk")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, TWO_AGAIN, *support.halcyon_colour("Tamberly")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, STAFF, TWO, *support.halcyon_colour("Ulvane")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, *([own] if own else []),
              *support.halcyon_colour("Kestow")]]
    om, _ = support.coverage_facts(texts, support.HALCYON_OUTLETS, Options(fact_coverage=True))
    return {f for o, f in om if o == "Kestow Voice"}


def test_the_other_clause_s_source_gives_a_second_count_beside_the_claim():
    # the company's 900 (its clause's source) beside the union's 1,200: the claim is left out
    assert "1,200" in _omitted_two("Marlow Lines said some 900 jobs would go at the Tamberly yards.")


def test_near_miss_no_count_at_all_leaves_the_claim_out():
    assert "1,200" in _omitted_two(None)


@pytest.mark.parametrize("text, at, sources", [
    (TWO, TWO.index("1,200"), {"union"}),
    (TWO, TWO.index("900"), {"lin"}),  # "Marlow Lines said": facts._sources' stem
    # one source: the sentence's
    ("The dockers' union said 1,200 jobs would go.", 27, {"union"}),
    # none
    ("About 1,200 jobs would go at the yards.", 6, set()),
])
def test_clause_sources(text, at, sources):
    from storylens.models import Sentence

    s = Sentence(id="a1:s0", article="a1", index=0, start=100, end=100 + len(text), text=text)
    assert set(cov._clause_sources(s, 100 + at)) == sources
