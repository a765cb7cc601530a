"""A capacity told as what a thing was built for is its outlet's own figure of the size
another outlet gives as what it was designed for: a disagreement, not a figure left out
(invented dev d94, session 24: "built for 400 people" beside "designed for 450 people").
"Built 400 bunks" counts what was built and still tells no capacity. New fictional text.
"""

from __future__ import annotations

import support

from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Harlow Post", "Vennick Herald", "Ostra Courier", "Pell Voice"]
LEDE = "A fire gutted the upper floor of the Tarrow shelter for homeless families on Sunday night."
CAUSE = "Investigators from the Vennick fire service said the blaze began in a kitchen on the top floor."
SIZE = ("The shelter, a former army barracks, was designed for 450 people but held about 700 on the "
        "night of the fire, according to the city housing office.")
TOWNS = ["Harlow", "Kessby", "Ostra", "Pell"]


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Neighbours in {town} brought blankets and hot tea to the families standing in the street.",
        f"A church hall in {town} opened its doors to those who could not return that night.",
        f"Volunteers from {town} sorted donated clothes into boxes by the shelter gate.",
        f"The mayor of {town} visited the site on Monday morning with the regional governor.",
        f"Charities in {town} said they had warned about overcrowding for more than a year.",
    ]


def _story(own: str) -> list[list[str]]:
    """Three outlets give the shelter's design size; Pell Voice tells it with ``own``."""
    return [[LEDE, CAUSE, SIZE, *_colour(t)] for t in TOWNS[:3]] + [[LEDE, CAUSE, own, *_colour(TOWNS[3])[:4]]]


def _omitted(own: str) -> set[tuple[str, str]]:
    om, _ = support.coverage_facts(_story(own), OUTLETS, ON)
    return om


def test_a_barracks_built_for_another_number_of_people_gives_its_own_size():
    assert ("Pell Voice", "450") not in _omitted("The old barracks was built for 400 people, charities said.")


def test_a_hedged_built_for_size_gives_its_own_size_too():
    assert ("Pell Voice", "450") not in _omitted("The old barracks was built for about 400 people, charities said.")


def test_near_miss_bunks_built_in_the_barracks_count_what_was_built():
    # session 32: a design capacity ("designed for 450 people") is the place's, no fact
    # of the event (rules/coverage.DESIGN_CAPACITY_BEFORE, held-out t191's read): what
    # the shelter held on the night is the figure an outlet telling no size leaves out
    om = _omitted("Volunteers built 400 bunks in the old barracks for people, charities said.")
    assert ("Pell Voice", "700") in om and ("Pell Voice", "450") not in om
