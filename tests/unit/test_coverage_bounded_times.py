"""A figure's time read as a bound ("after:2019", from "a dealer barred ... since 2019")
takes in another figure's time of a later year (a month or weekday of the article's year):
the two may be one moment, so the other outlet's figure is its own for the same thing, and
it leaves nothing out.

Session 24's dev d129: the Morning Star's 'the prince pocketed 5.4 million crowns from
companies controlled by Anton Rehak, an arms dealer banned ... since 2019' was told as
leaving out the others' 'alleged in August that the prince had received 4.5 million
crowns' (the key's fact_conflict): August (2026) and "after 2019" read as two moments.
Told here with new invented text beside its near misses: a bound of a later year than the
other figure's, or a figure of another size, leaves the omission standing.
"""

from __future__ import annotations

import pytest
import support as S

from storylens.options import Options

FACT = ("The Tamberly Gazette alleged in August that the captain had received 4.5 million crowns "
        "from firms linked to Ivo Marek.")
TOLD = ("According to the Gazette, the captain pocketed {} crowns from companies controlled by Ivo "
        "Marek, a dealer barred from the port since {}.")


def _omitted(own: str | None) -> set[str]:
    """Three outlets give FACT; Kestow Voice gives ``own``; all dated September 2026."""
    texts = [[S.HALCYON_LEDE, S.HALCYON_TOW, FACT, *S.halcyon_colour(S.HALCYON_TOWNS[i])]
             for i in range(3)]
    texts.append([S.HALCYON_LEDE, S.HALCYON_TOW, *([own] if own else []),
                  *S.halcyon_colour(S.HALCYON_TOWNS[3])])
    om, _ = S.coverage_facts(texts, S.HALCYON_OUTLETS, Options(fact_coverage=True),
                             published=["2026-09-14T10:00:00Z"] * 4)
    return {f for o, f in om if o == "Kestow Voice"}


def test_a_figure_of_after_a_past_year_is_its_own_figure_for_an_august_one():
    assert "4.5 million crowns" not in _omitted(TOLD.format("5.4 million", 2019))


@pytest.mark.parametrize(("size", "year"), [
    ("5.4 million", 2031),  # after a later year than the article's: not August 2026
    ("14.2 million", 2019),  # beyond the ratio of one thing's two figures
])
def test_near_miss_another_moment_or_size_leaves_the_figure_left_out(size, year):
    assert "4.5 million crowns" in _omitted(TOLD.format(size, year))
