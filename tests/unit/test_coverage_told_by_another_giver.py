"""An omission's fact is cited from one giver's sentence, but what the figure measures
may be written only in another giver's (hand-read invented dev d109, session 23: "1,200
of his staff wait to learn whether they will keep their jobs" cited, the wire's "would cut
1,200 jobs" beside it, and the outlet "leaving out" 1,200 wrote "reduce its workforce by
1,100 jobs": a disagreement, the key's fact_conflict). An outlet giving its own figure of
the measure as any giver tells it leaves nothing out (coverage._told_elsewhere_as). Told
here with new fictional text, each beside its near misses: no figure at all, a figure of
another thing, or a figure a giver credits to a source (a claim, which an outlet's figure
credited to a second source does not tell) leave the omission standing.
"""

from __future__ import annotations

import support

from storylens.options import Options

# the cited telling says nothing of what 1,200 counts; the second says "jobs"
STAFF = "The seizure came as 1,200 of the Halcyon Star's owners' staff wait to learn whether they will keep their places."
CUTS = "Marlow Lines, which owns the Halcyon Star, said last month it would cut 1,200 jobs at its Tamberly yards."
CUTS_CLAIMED = "Marlow Lines, which owns the Halcyon Star, would cut 1,200 jobs at its Tamberly yards, according to the dockers' union."


def _omitted(own: str | None, cuts: str = CUTS) -> set[str]:
    """What Kestow Voice (``own``) leaves out of three outlets: the first gives the staff
    line, the second the job cuts, the third both."""
    texts = [[support.HALCYON_LEDE, support.HALCYON_TOW, STAFF, *support.halcyon_colour("Orsk")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, cuts, *support.halcyon_colour("Tamberly")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, STAFF, cuts, *support.halcyon_colour("Ulvane")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, *([own] if own else []),
              *support.halcyon_colour("Kestow")]]
    om, _ = support.coverage_facts(texts, support.HALCYON_OUTLETS, Options(fact_coverage=True))
    return {f for o, f in om if o == "Kestow Voice"}


def test_the_figure_truly_left_out_is_an_omission():
    assert "1,200" in _omitted(None)


def test_its_own_figure_of_the_measure_another_giver_tells_is_no_omission():
    # "cut 1,200 jobs" (the second giver) / "reduce its workforce by 1,100 jobs"
    assert "1,200" not in _omitted("Marlow Lines will reduce its workforce by 1,100 jobs, mostly at the Tamberly yards.")


def test_near_miss_a_figure_of_another_thing_leaves_the_omission():
    # deckhands hired in Ulvane are no job cuts
    assert "1,200" in _omitted("Marlow Lines will hire 1,100 new deckhands in Ulvane next year.")


def test_near_miss_a_figure_a_giver_credits_to_a_source_leaves_the_omission():
    # the union's 1,200 is a claim: the outlet's 1,100, credited to the company, is a
    # second source's count beside it (session 38: a figure the outlet credits to no other
    # source is its own reading of the measure, a disagreement; test_coverage_session38)
    own = "Marlow Lines will reduce its workforce by 1,100 jobs, mostly at the Tamberly yards, the company said."
    assert "1,200" in _omitted(own, CUTS_CLAIMED)
