"""A figure that names no place of its own, in an article whose lede sets the story in
the place another outlet's figure names, is that article's figure for the same thing: the
other outlet's figure adds nothing (a looser or another count, fact_conflict's business).

Session 24's dev d122: the wire's '87 others are being treated in hospital ... in
Tavalia's Marhab district' was told as a figure only the wire gives beside the Bulwark's
'More than 80 people were taken to hospital after the poisoning', whose lede names Marhab:
the wire's clause named a place the Bulwark's figure did not. Told here with new invented
text beside its near misses: a figure of another place, of a place the other outlet's lede
never names, or of another thing stays an addition.
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


def _additions(own: str, others: str | list[str] | None) -> set[str]:
    """Kestow Voice gives ``own``; Orsk Post gives ``others`` (unaligned words: one
    sentence or several); each lede sets the story in Tamberly, Marevia's port."""
    told = [others] if isinstance(others, str) else list(others or ())
    texts = [
        [LEDE, TOW, *told, *support.halcyon_colour(TOWNS[0])],
        [LEDE, TOW, *support.halcyon_colour(TOWNS[1])],
        [LEDE, TOW, *support.halcyon_colour(TOWNS[2])],
        [LEDE, TOW, own, *support.halcyon_colour(TOWNS[3])],
    ]
    _, add = support.coverage_facts(texts, OUTLETS, ON)
    return {fact for outlet, fact in add if outlet == "Kestow Voice"}


HOSPITAL = ("Two sailors died and 140 others were being treated in hospital in Tamberly after the raid, "
            "port doctors said.")


def test_a_count_of_the_ledes_place_another_outlet_gives_without_a_place_is_no_addition():
    # the Orsk Post's figure names no place; its lede sets the story in Tamberly
    assert "140" not in _additions(HOSPITAL, "More than 100 people were taken to hospital after the raid.")


@pytest.mark.parametrize("other", [
    # another place named by the other figure itself
    "More than 100 people were taken to hospital in Orsk after the raid.",
    # another thing counted, no place
    "More than 100 containers were taken to the customs shed after the raid.",
    None,
])
def test_near_miss_another_place_or_thing_leaves_the_count_an_addition(other):
    assert "140" in _additions(HOSPITAL, other)


def test_near_miss_a_place_no_lede_names_leaves_the_count_an_addition():
    # Kestow is the Voice's own town, named in no outlet's lede: the Orsk Post's placeless
    # figure is not known to be Kestow's
    own = HOSPITAL.replace("Tamberly", "Kestow")
    assert "140" in _additions(own, "More than 100 people were taken to hospital after the raid.")


@pytest.mark.parametrize("other", [
    # the Orsk Post's figure names no place, but its clause widens it past one place
    "Nationwide, more than 100 people have been taken to hospital this year after such raids.",
    "Across the country, more than 100 people were taken to hospital after raids this month.",
    # ... or sets it in another place than the lede's
    "Elsewhere in the country, more than 100 people were taken to hospital after similar raids.",
    "In a neighbouring town, more than 100 people were taken to hospital after a similar raid.",
    # ... or the sentence right before it names another place, none of the lede's
    ["In Orsk, a second port raided the same night, the mood was calmer.",
     "More than 100 people were taken to hospital after the raid."],
])
def test_near_miss_a_placeless_figure_set_elsewhere_leaves_the_count_an_addition(other):
    # review25c: coverage25's setting read every placeless figure as the lede's place's
    assert "140" in _additions(HOSPITAL, other)


@pytest.mark.parametrize("other", [
    # a sentence before it naming the lede's place, or a nearby hospital, keeps the setting
    ["Hospitals in Tamberly were stretched on Monday.",
     "More than 100 people were taken to hospital after the raid."],
    "More than 100 people were taken to a nearby hospital after the raid.",
])
def test_a_placeless_figure_of_the_ledes_place_still_is_no_addition(other):
    assert "140" not in _additions(HOSPITAL, other)
