"""An article gives a figure by its digits only where it does not read those digits as a
figure of another size (hand-read invented dev t99, session 23: "about 40 more flights
were cancelled" made an outlet a giver of "40 million dravs a year", and the line "leaves
out the figure '40 million', which 2 other outlets give" was false). Told here with new
fictional text beside its near misses: the same figure told again by a second outlet
(a true omission) still fires.
"""

from __future__ import annotations

import support

from storylens.options import Options

HOLD = "The coastguard said the ship carried 40 million cigarettes hidden in its hold."
SHIPS = "About 40 more ships were held outside Tamberly on Monday, the port said."


def _omitted(second: str, third: str | None = None) -> set[tuple[str, str]]:
    """(outlet, figure) omissions where Orsk Post gives HOLD, Tamberly Herald ``second``,
    Ulvane Courier ``third`` (or nothing) and Kestow Voice none of them."""
    texts = [[support.HALCYON_LEDE, support.HALCYON_TOW, HOLD, *support.halcyon_colour("Orsk")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, second, *support.halcyon_colour("Tamberly")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, *([third] if third else []),
              *support.halcyon_colour("Ulvane")],
             [support.HALCYON_LEDE, support.HALCYON_TOW, *support.halcyon_colour("Kestow")]]
    om, _ = support.coverage_facts(texts, support.HALCYON_OUTLETS, Options(fact_coverage=True))
    return om


def test_digits_of_another_size_give_no_figure():
    # "40 more ships" is no second giver of "40 million cigarettes", nor the reverse
    om = _omitted(SHIPS)
    assert ("Kestow Voice", "40 million") not in om
    assert ("Kestow Voice", "40") not in om


def test_near_miss_the_figure_given_twice_is_still_left_out():
    om = _omitted("Port police said the Halcyon Star held some 40 million cigarettes below deck.")
    assert ("Kestow Voice", "40 million") in om


def test_near_miss_a_second_giver_beside_the_other_digits_still_counts():
    # Orsk and Ulvane give 40 million cigarettes: Tamberly's 40 ships take nothing away
    om = _omitted(SHIPS, HOLD)
    assert ("Kestow Voice", "40 million") in om
    assert ("Kestow Voice", "40") not in om
