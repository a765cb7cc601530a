"""Session 27: a split is warned whatever each group shares within itself.

The split check (``findings.coverage.story_parts``) ran only where the few-shared-sentences
warning was already set (``pipeline._findings``). Two stories each told by two outlets that
copy one wire text (three sentences or more shared within each pair) set no such warning:
every article shares enough "with the others", its partner, and the split went unsaid in
every output (terminal, JSON, HTML, web, export), though the groups share nothing.

Invented: the Keldan ferry grounding and the Lumera film prize (``test_story_strays_split``),
each run twice by a wire's subscribers. Near misses: one story copied by four outlets, and
one story by two pairs of copies that share their own sentences across (one story), warn
nothing.
"""

from __future__ import annotations

import support
from test_story_strays_split import DAY, FERRY_A, FERRY_B, FILM_A

from storylens.findings import coverage as C


def _copy(story: tuple[str, list[str]]) -> tuple[str, list[str]]:
    """A subscriber's copy of the wire text under a headline of its own."""
    title, paras = story
    return f"{title} (wire)", list(paras)


def test_two_copied_pairs_are_warned_as_a_split():
    comp, ctx = support.compare_stories(FERRY_A, _copy(FERRY_A), FILM_A, _copy(FILM_A), published=DAY)
    assert sorted(sorted(p) for p in C.story_parts(ctx)) == [["a1", "a2"], ["a3", "a4"]]
    warning = comp.provenance.warning or ""
    assert "fall into 2 groups" in warning and "may be 2 stories run as one" in warning
    lo = comp.provenance.left_out
    assert lo is not None and lo.groups == (("a1", "a2"), ("a3", "a4"))


def test_near_miss_one_story_copied_four_times_warns_nothing():
    comp, ctx = support.compare_stories(FERRY_A, _copy(FERRY_A), FERRY_A, _copy(FERRY_A), published=DAY)
    assert C.story_parts(ctx) == ()
    assert comp.provenance.warning is None and comp.provenance.left_out is None


def test_near_miss_two_pairs_of_one_story_warn_nothing():
    comp, ctx = support.compare_stories(FERRY_A, _copy(FERRY_A), FERRY_B, _copy(FERRY_B), published=DAY)
    assert C.story_parts(ctx) == ()
    assert comp.provenance.warning is None
