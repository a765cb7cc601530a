"""An amount no head word names, taken by the same verb in another outlet's sentence
("are owed around X in back pay" / "are owed about Y in wages"), is that outlet's figure
for the same thing: one side of a disagreement (fact_conflict's business), never a
figure only its outlet gives.

Session 24's dev d128: the Standard's 'owed around 140,000 dollars in back pay' was told
as a figure only it gives beside the Gazette's and the Tribune's 'owed about 410,000
dollars in wages' (the key's fact_conflict): the two sentences share no word but the verb.
Told here with new invented text beside its near misses: an amount another verb takes, or
an amount of another currency's family, stays an addition.
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


def _additions(own: str, others: str | None) -> set[str]:
    """Kestow Voice gives ``own``; Orsk Post gives ``others`` (unaligned words)."""
    texts = [
        [LEDE, TOW, *([others] if others else []), *support.halcyon_colour(TOWNS[0])],
        [LEDE, TOW, *support.halcyon_colour(TOWNS[1])],
        [LEDE, TOW, *support.halcyon_colour(TOWNS[2])],
        [LEDE, TOW, own, *support.halcyon_colour(TOWNS[3])],
    ]
    _, add = support.coverage_facts(texts, OUTLETS, ON)
    return {fact for outlet, fact in add if outlet == "Kestow Voice"}


OWED = "Its crew are owed around $90,000 in back pay, the Marevian coastguard said."


def test_an_amount_the_same_verb_takes_in_another_outlet_is_no_addition():
    assert "$90,000" not in _additions(
        OWED, "The men, from Orsk and Ulvane, are owed about $260,000 in wages, their union said.")


@pytest.mark.parametrize("other", [
    # another verb: what the owners paid, not what the men are owed
    "The owners paid about $260,000 in harbour fees, their agent said.",
    # the same verb, another currency: no figure of the same family
    "The men, from Orsk and Ulvane, are owed about 260,000 crowns in wages, their union said.",
    None,
])
def test_near_miss_another_verb_or_family_leaves_the_amount_an_addition(other):
    assert "$90,000" in _additions(OWED, other)
