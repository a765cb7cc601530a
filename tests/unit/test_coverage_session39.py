"""One sum of a unit told two ways is a disagreement, not a sum left out (session 39, from
omissions read wrong on invented dev d168 and t169). Invented stories, fictional outlets.

coverage._sole_reading: where the omitting outlet and every giver each tell one figure of
a unit (a currency, a measure) near the fact's value, the outlet's figure is its reading
of the same amount ("Police estimate that 3.9 million crowns was taken" beside the others'
4.8 million), even where the two sentences share no name or words for _disputed to tie
them. Near misses (each must still be "left out"): no figure at all, a figure of the unit
far off (a third of the value or less), two figures of the unit in the outlet (which one is
the fact's?), a second figure of the unit beside the fact in a giver, a figure of another
measure named on both sides.
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

LOOT = "The raiders took 4.8 million crowns from the harbour office safe, port police said."


def _omitted(own: list[str], giver_extra: str | None = None) -> set[str]:
    """What Kestow Voice (its lines ``own``) leaves out of three outlets that give the loot."""
    texts = [[support.HALCYON_LEDE, support.HALCYON_TOW, LOOT, *support.halcyon_colour("Orsk")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, LOOT, *([giver_extra] if giver_extra else []),
              *support.halcyon_colour("Tamberly")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, LOOT, *support.halcyon_colour("Ulvane")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, *own, *support.halcyon_colour("Kestow")]]
    om, _ = support.coverage_facts(texts, support.HALCYON_OUTLETS, Options(fact_coverage=True))
    return {f for o, f in om if o == "Kestow Voice"}


OWN = "Investigators estimate that 3.9 million crowns is gone."

# (id, Kestow Voice's lines, a giver's extra line, whether it leaves out the 4.8 million)
CASES = [
    ("its own figure of the sum, no words shared", [OWN], None, False),
    ("near miss: no figure at all", [], None, True),
    ("near miss: a figure of the unit far off", ["Investigators estimate that 900,000 crowns is gone."], None, True),
    ("near miss: over twice the value (d175's cap beside a rival's sum)",
     ["Investigators estimate that 11 million crowns is gone."], None, True),
    ("near miss: two figures of the unit in the outlet",
     [OWN, "The port authority has set aside 6 million crowns for new locks."], None, True),
    ("near miss: a second figure of the unit beside the fact in a giver", [OWN],
     "The harbour office had insured its safe for 6 million crowns.", True),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_one_sum_told_two_ways_is_not_left_out(case):
    _, own, extra, left_out = case
    assert ("4.8 million crowns" in _omitted(own, extra)) is left_out


# --- counts are no sole reading ----------------------------------------------------------------
# (tried in session 39 and left out: counts of one noun with other heads, "212 miners
# underground" / "Nearly 200 miners were evacuated", are two counts)

CARRIED = "The cargo ship carried 14 travellers."
QUESTIONED = "All 14 passengers were questioned by port police."


def test_a_count_of_another_measure_stays_left_out():
    texts = [[support.HALCYON_LEDE, support.HALCYON_TOW, CARRIED, *support.halcyon_colour("Orsk")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, QUESTIONED, *support.halcyon_colour("Tamberly")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, CARRIED, *support.halcyon_colour("Ulvane")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, "Doctors treated 24 passengers in Kestow.",
              *support.halcyon_colour("Kestow")]]
    om, _ = support.coverage_facts(texts, support.HALCYON_OUTLETS, Options(fact_coverage=True))
    assert "14" in {f for o, f in om if o == "Kestow Voice"}
