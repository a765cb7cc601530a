"""An omission's fact is cited from one giver's sentence, but another giver may tell it in
a sentence the omitting outlet tells with its own figure (an aligned edit: a recount, as
coverage._recounts reads one): hand-read invented dev d67, session 24 ("112 in favour, 87
against" cited from a crowd scene; the wire's "passed by 112 votes to 87" aligned with the
right's "112 votes in favour, while 93 members voted against or abstained", 87 against
and six abstentions). The outlet tells the vote, less precisely, and leaves nothing out
(coverage._told_elsewhere_as reads each giver's telling with _disputed and now _recounts).
Told here with new fictional text beside its near misses: the same sentence without the
figure, and the figure given only in a sentence nobody aligns.
"""

from __future__ import annotations

import support

from storylens.findings.coverage import find_omissions
from storylens.options import Options

OUTLETS = ["Brisk Post", "Tollen Herald", "Varde Courier", "Quarn Voice"]
LEDE = "The Assembly of Nordhal voted on Tuesday to ban the hunting of grey seals along the whole coast."
DEBATE = "The debate lasted more than nine hours and ended shortly before midnight."
CROWD = ("Hundreds of campaigners waited outside the Assembly, cheering as the Speaker read out "
         "the result: 140 in favour, 61 against.")
PASSED = "The Seal Protection Act passed by 140 votes to 61, with four abstentions."
LOOSER = "The Seal Protection Act passed with 140 votes in favour, while 65 members voted against or abstained."
WITHOUT = "The Seal Protection Act passed with a large majority after a long night."


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [f"Fishermen in {town} said the seals were eating their catch.",
            f"A ferry operator in {town} said tourists came to watch the seals.",
            f"Schools in {town} had sent pupils to count the seals last spring.",
            f"A harbour master in {town} said the ban would be hard to police.",
            f"Hotels in {town} expected more visitors next summer."]


def _omitted(own: list[str], aligned: bool = True) -> set[str]:
    """What Quarn Voice (``own``) leaves out; its first line aligned with the givers'
    PASSED where ``aligned``."""
    texts = [[LEDE, DEBATE, CROWD, *_colour("Brisk")],
             [LEDE, DEBATE, PASSED, *_colour("Tollen")],
             [LEDE, DEBATE, PASSED, CROWD, *_colour("Varde")],
             [LEDE, DEBATE, *own, *_colour("Quarn")]]
    ctx = support.verbatim_context(texts, OUTLETS, Options(fact_coverage=True),
                                   edited=[(PASSED, own[0])] if aligned else ())
    return {f.detail["fact"]["text"] for f in find_omissions(ctx) if f.detail["outlet"] == "Quarn Voice"}


def test_the_vote_told_with_its_own_figure_in_a_givers_sentence_is_no_omission():
    assert "61" not in _omitted([LOOSER])


def test_near_miss_the_vote_without_its_figure_is_left_out():
    assert "61" in _omitted([WITHOUT])


def test_near_miss_its_figure_in_a_sentence_nobody_aligns_leaves_the_omission():
    # the same words, not told as the givers' sentence (no alignment): no recount read
    assert "61" in _omitted([LOOSER], aligned=False)


# A claim ("..., police said") is left out beside another outlet's count of the same day,
# a second source (the rule of _told_elsewhere_as); not by an outlet of a later day whose
# running count retells a giver's sentence (hand-read invented dev t103, session 24:
# Sunday's "injuring 14 spectators, police and the operator said", Monday's "injuring 14
# people" / Monday's "The number of people hurt ... rose to 17 on Monday").
BLAST = ("A controlled demolition of a disused grain silo at the Orrin docks went wrong on Sunday, "
         "injuring 14 spectators, police said.")
MONDAY = "Questions mounted on Monday after a botched demolition at the Orrin docks injured 14 people."
ROSE = "The number of people hurt when a grain silo at the Orrin docks toppled rose to 17 on Monday."
SILO = "The silo, built in 1958, had stood empty for a decade."


def _silo_omitted(own: str, days: tuple[str, str, str, str]) -> set[str]:
    texts = [[BLAST, SILO, *_colour("Brisk")],
             [MONDAY, SILO, *_colour("Tollen")],
             [MONDAY, SILO, BLAST, *_colour("Varde")],
             [own, SILO, *_colour("Quarn")]]
    ctx = support.verbatim_context(texts, OUTLETS, Options(fact_coverage=True), published=days,
                                   edited=[(MONDAY, own)])
    return {f.detail["fact"]["text"] for f in find_omissions(ctx) if f.detail["outlet"] == "Quarn Voice"}


SUNDAY_DAY, MONDAY_DAY = "2025-05-04T18:00:00Z", "2025-05-05T18:00:00Z"


def test_a_later_running_count_of_a_claimed_figure_is_no_omission():
    assert "14" not in _silo_omitted(ROSE, (SUNDAY_DAY, MONDAY_DAY, MONDAY_DAY, MONDAY_DAY))


def test_near_miss_a_count_of_the_claims_own_day_leaves_the_claim_out():
    assert "14" in _silo_omitted(ROSE, (SUNDAY_DAY, MONDAY_DAY, MONDAY_DAY, SUNDAY_DAY))


def test_near_miss_a_later_outlet_without_the_count_leaves_it_out():
    assert "14" in _silo_omitted("Questions mounted on Monday after a botched demolition at the Orrin docks.",
                                 (SUNDAY_DAY, MONDAY_DAY, MONDAY_DAY, MONDAY_DAY))
