"""review32w: a follow-up of the same recall that introduces it with "a" is no off-story piece.

s32 (``coverage._introduced_after``) read an indefinite article nearer the event word as
introducing the others' event as news whatever "the" stands before it ("two weeks after the
company announced a large airbag recall", t199's pay strike). A follow-up of the same recall
writes the same clause ("The progress report comes two weeks after the company announced a
recall of 92,000 machines") while its lede names what the recall was done to (the Calder
dishwashers, ``coverage._names_their_object``): news of the same act, not another event dated
from it, and was warned off-story, dated and undated. Invented: the s32 unit table's Morvane
dishwasher recall; near misses that stay warned: its pay strike, and a follow-up piece that
names none of the recalled machines in its lede.
"""

from __future__ import annotations

import pytest
import support
from test_story_strays_s32 import DATES, LEFT, RIGHT, STRIKE, WIRE

from storylens.findings import coverage as C

FOLLOW_A = ("Morvane says 30,000 dishwashers repaired", [
    "BRESSIA - Morvane Industries said on Thursday that engineers had repaired 30,000 Calder "
    "dishwashers, about a third of the machines affected.",
    "The company said it had hired 120 extra engineers and expected to finish the work by September.",
    '"We are ahead of where we hoped to be," chief executive Rosa Lindqvist said.',
    "The progress report comes two weeks after the company announced a recall of 92,000 machines "
    "over overheating heating elements.",
])
# near miss: the company's new plant, dated from the recall, its lede naming none of the machines
PLANT = ("Morvane to build parts plant in Ostrava", [
    "OSTRAVA - Morvane Industries will build a 60 million factory for heating elements in Ostrava, "
    "the company said on Thursday, creating 400 jobs.",
    "Construction is due to start in the autumn.",
    "The plan comes two weeks after the company announced a recall of 92,000 machines over "
    "overheating heating elements.",
])


@pytest.mark.parametrize("published", [DATES + ["2026-03-26"], None])
@pytest.mark.parametrize("piece, warned", [
    # (s33) kept: its first sentence counts what the recall was done to ("30,000 Calder
    # dishwashers"), in words of another act (coverage._counts_their_object); guarding on
    # coverage._names_their_object alone also unwarned dev t199's real strike piece, whose lede
    # names the recalled range but counts none of it
    (FOLLOW_A, False),
    # near misses: another event dated from the recall, told as news
    (STRIKE, True),
    (PLANT, True),
])
def test_a_follow_up_introducing_the_same_recall_with_a(piece, warned, published):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, piece, published=published)
    assert ("a4" in C.off_story(ctx)) is warned
    assert not C.off_story(ctx) & {"a1", "a2", "a3"}
