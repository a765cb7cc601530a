"""review31w: the story warning's s31 rule (``coverage._of_another_person``) asked only that a
piece's first sentence name a person of its own, anywhere in it; it now asks that the words of
the others' object it writes stand beside that person's name (their post).

Invented: three reports of a province's elections board disqualifying a candidate over a forged
tax certificate (tests/unit/test_story_strays_s31.py's), and a lawyer's appeal against the
board's decision that calls her by her post alone ("the coastal region's opposition candidate
for governor"), never by name: a reaction to their act, whose own person is the lawyer. Undated,
it was warned off the story by the s31 rule (nothing else names it); the rival's piece, whose
shared words are its own person's post ("the coastal region's Liberal Front candidate for
governor, Pavel Orun"), is still named, dated and undated.
"""

from __future__ import annotations

import pytest
import support
from test_story_strays_s31 import DATES, LEFT, RIGHT, RIVAL, WIRE

from storylens.findings import coverage as C

OTHERS = ["a1", "a2", "a3"]

# a reaction to their act: her lawyer's appeal, naming her by her post alone
APPEAL = ("Lawyer asks court to put candidate back on ballot", [
    "TESSEL CITY - Lawyer Konrad Mehl on Monday asked the Supreme Court to overturn the Tessel "
    "Province Elections Board's decision on the coastal region's opposition candidate for governor.",
    "Mehl said the appeal was backed by a petition signed by 12,400 farmers, and argued the tax "
    "office had lost its own records.",
    "Last week board members found that the certificate she had submitted was forged.",
    '"The certificate is genuine and we will show it," Mehl told reporters outside the court.',
    "The court has 10 days to rule.",
])


@pytest.mark.parametrize("piece, another", [
    (APPEAL, False),  # the lawyer's name stands far from "the coastal region's ... candidate"
    (RIVAL, True),    # "the coastal region's Liberal Front candidate for governor, Pavel Orun"
])
def test_their_object_words_beside_a_person_of_its_own(piece, another):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, piece, published=DATES)
    core = C._their_event(ctx, "a4", OTHERS)
    assert C._their_object_people(ctx, "a4", core)  # Ilse Brandt, never named by the piece
    assert C._of_another_person(ctx, "a4", core) is another


@pytest.mark.parametrize("piece, warned", [
    (APPEAL, False),
    (RIVAL, True),
])
def test_a_reaction_that_names_her_by_her_post_alone_is_not_warned_undated(piece, warned):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, piece)
    assert ("a4" in C.off_story(ctx)) is warned
    assert not C.off_story(ctx) & set(OTHERS)
