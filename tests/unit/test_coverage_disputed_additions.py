"""A figure another outlet gives as another value of the same measure about the same
referent is one side of a disagreement (fact_conflict's business), never an addition,
even where the two sentences are not aligned and their words differ (issue 12 item 4).

Session 16's held-out read (t41-t50): six of seven wrong additions were such one sides
(a crew of 24 / 22; 22 / 19 months of one journalist's detention, read by the names both
sentences give, which a duration's low salience keeps out of a table here; $1.3 / $3.1
billion of reserves; "exchanged 12 prisoners" where every other outlet gives seven for
five). Each is told here with new fictional text beside its near miss: a figure of
another thing, of another measure, or of another referent stays an addition.
"""

from __future__ import annotations

import pytest
import support
from support import HALCYON_LEDE as LEDE
from support import HALCYON_OUTLETS as OUTLETS
from support import HALCYON_TOW as TOW
from support import HALCYON_TOWNS as TOWNS

from storylens.options import Options

ON = Options(fact_coverage=True)


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Dock workers in {town} gathered on the quay to watch the ship come in.",
        f"Fishermen from {town} said patrol boats had been out since dawn.",
        f"A harbour official in {town} said the berth had been cleared overnight.",
        f"Traders in {town} worried about delays to their own cargo this week.",
        f"Residents of {town} said they had rarely seen the coastguard so busy.",
    ]


def _additions(own: str, others: str | None) -> set[str]:
    """Kestow Voice gives ``own``; Orsk Post gives ``others`` (unaligned words); the
    other two tell the seizure without either."""
    texts = [
        [LEDE, TOW, *([others] if others else []), *_colour(TOWNS[0])],
        [LEDE, TOW, *_colour(TOWNS[1])],
        [LEDE, TOW, *_colour(TOWNS[2])],
        [LEDE, TOW, own, *_colour(TOWNS[3])[:4]],
    ]
    _, add = support.coverage_facts(texts, OUTLETS, ON)
    return {fact for outlet, fact in add if outlet == "Kestow Voice"}


CREW = "Its crew of 19, most of them deckhands from Ostrel, had been at sea for nearly two months."


def test_a_crew_another_outlet_counts_otherwise_is_no_addition():
    # "crew of 19" / "All 16 crew members": one crew, two counts
    assert "19" not in _additions(CREW, "All 16 crew members were unharmed, the coastguard said.")


def test_near_miss_a_count_of_another_thing_stays_an_addition():
    # the other outlet counts containers, not the crew: the crew of 19 is only Kestow's
    assert "19" in _additions(CREW, "All 16 containers on deck were sealed, the coastguard said.")


def test_near_miss_with_no_other_count_the_crew_stays_an_addition():
    assert "19" in _additions(CREW, None)


RESERVES = "Marevia's port fund has shrunk to just $130 million, leaving barely enough to pay for repairs."


def test_an_amount_of_one_thing_told_in_shared_words_is_no_addition():
    # "port fund ... barely enough" / "The port fund had fallen to $310 million ... enough":
    # a third of the other's figure or more, the same words around: a disagreement (the
    # words lie near both figures here, so _recounts already read it; t48's "Foreign
    # reserves, which stood at ..., have collapsed to just $1.3 billion" kept them apart)
    assert "$130 million" not in _additions(
        RESERVES, "The port fund had fallen to $310 million by June, enough for a year of repairs.")


def test_near_miss_an_amount_of_another_thing_stays_an_addition():
    assert "$130 million" in _additions(
        RESERVES, "Shipping insurers paid out $310 million in claims along the coast last year.")


SWAP = "Marevia and Ostrel exchanged 12 sailors at the harbour mouth on Sunday evening."


def test_a_total_every_other_outlet_gives_as_two_groups_is_no_addition():
    # "exchanged 12 sailors" / "five Ostrelians ... in exchange for seven Marevians"
    assert "12" not in _additions(
        SWAP, "Five Ostrelians were handed over at the harbour mouth in exchange for seven Marevians.")


def test_near_miss_two_counts_that_add_up_but_count_another_event_stay_an_addition():
    assert "12" in _additions(
        SWAP, "Five tugboats and seven pilot launches were kept in the inner basin all week.")


@pytest.mark.parametrize("other", [
    # another measure of the same noun: arrests beside injuries
    "Harbour medics said 30 people were injured in scuffles at the gate.",
    # a size written into another noun: the 20-seat hall is no count of the arrests
    "Protest leaders met in the 20-seat hall of the harbour union after the arrests.",
])
def test_near_miss_another_measure_leaves_the_arrests_an_addition(other):
    assert "12" in _additions("Port police said 12 people were arrested at the quay gate.", other)


# --- the same rule keeps one side of a disagreement from being "left out" --------------

WAIT = "Lorry drivers were kept waiting at the port gates for up to 18 hours in freezing rain."


@pytest.mark.parametrize(("own", "disputed"), [
    # its own longest wait, in its own words: a disagreement (dev d59, session 17's first
    # read of the new dev stories: "up to 18 hours" / "stuck for up to 14 hours" was "left
    # out" by the outlet giving 14)
    ("Some lorry drivers sat in freezing rain for up to 14 hours, union stewards said.", True),
    # near miss: a span of another thing sharing one word
    ("The freighter Osk had sat at anchor for 14 hours before the strike began.", False),
])
def test_an_outlet_giving_its_own_longest_wait_gives_it_otherwise(own, disputed):
    from storylens.findings import coverage

    ctx = support.verbatim_context([[LEDE, WAIT], [LEDE, own]], OUTLETS[:2], ON)
    coverage.carried_facts(ctx)  # the story's index
    fact = next(f for f in coverage.facts_of(ctx.documents["a1"]) if f.text == "18 hours")
    assert coverage._disputed(ctx, fact, ("a2",)) is disputed
