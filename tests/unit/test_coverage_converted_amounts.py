"""An amount of one measure (the fact model's heads: "fine") that another outlet gives in
another currency is the same figure converted, or a disagreement: never a figure only its
outlet gives, nor one the other leaves out.

Session 24's dev d130: the Post's 'The fine is equivalent to about 58 million euros.' was
told as a figure only it gives beside every outlet's 640 million krona fine (the key's
same-fine trap). Told here with new invented text beside its near misses: a cost beside
the fine (another measure), another company's fine (an owner the fact's article never
names) and a fine of a past year (another moment) stay additions.
"""

from __future__ import annotations

import pytest
import support as S

from storylens.options import Options

OWN = "Its owners were fined about 9 million euros, the Marevian coastguard said."


def _additions(others: str | None) -> set[str]:
    """Kestow Voice gives OWN; Orsk Post gives ``others``; all dated September 2026."""
    texts = [
        [S.HALCYON_LEDE, S.HALCYON_TOW, *([others] if others else []), *S.halcyon_colour(S.HALCYON_TOWNS[0])],
        [S.HALCYON_LEDE, S.HALCYON_TOW, *S.halcyon_colour(S.HALCYON_TOWNS[1])],
        [S.HALCYON_LEDE, S.HALCYON_TOW, *S.halcyon_colour(S.HALCYON_TOWNS[2])],
        [S.HALCYON_LEDE, S.HALCYON_TOW, OWN, *S.halcyon_colour(S.HALCYON_TOWNS[3])],
    ]
    _, add = S.coverage_facts(texts, S.HALCYON_OUTLETS, Options(fact_coverage=True),
                              published=["2026-09-14T10:00:00Z"] * 4)
    return {fact for outlet, fact in add if outlet == "Kestow Voice"}


@pytest.mark.parametrize("other", [
    "The owners were fined 95 million crowns, port officials said.",
    "The Marevian coastguard fined the owners 95 million crowns.",
    "The owners were fined the equivalent of about $10 million, port officials said.",
])
def test_the_same_fine_in_another_currency_is_no_addition(other):
    assert "9 million euros" not in _additions(other)


@pytest.mark.parametrize("other", [
    # another measure: what the repairs cost
    "Repairs to the berth will cost 95 million crowns, port officials said.",
    # another company's fine, a name the Voice never gives
    "The Ulvane Line was fined 95 million crowns, port officials said.",
    # a fine of a past year
    "The owners were fined 95 million crowns in 2019, port officials said.",
    # review25c: an amount no rate makes the fine (rules/units.USD_RATES), another fine
    # (the captain's) or one far off
    "The captain was fined 20,000 crowns, port officials said.",
    "Captain Ivo Marek was fined $20,000, port officials said.",
    "The owners were fined 4,000 crowns, port officials said.",
])
def test_near_miss_another_measure_owner_or_year_leaves_the_fine_an_addition(other):
    assert "9 million euros" in _additions(other)
