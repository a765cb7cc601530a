"""A named place where the story happens is no actor an outlet leaves out: it tells where in
its own words (held-out t97, session 21: "national-sentinel leaves out Ministry Square" of
the outlet pouring the milk "onto the street outside the Agriculture Ministry"). Told here
with new fictional text beside its near misses: a body that acts is still left out."""

from __future__ import annotations

import pytest
import support

from storylens.findings.coverage import _named_place
from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Dorva Post", "Kelm Herald", "Anzo Courier", "Rista Voice"]
TOWNS = ["Dorva", "Kelm", "Anzo", "Rista"]

LEDE = "Farmers poured thousands of litres of milk onto the cobblestones of Council Square on Tuesday."
AGAIN = "By noon Council Square was a white lake and the trams had stopped."
UNION = "The Velda Growers Union said the milk price no longer covered the cost of feed."
UNION_AGAIN = "The Velda Growers Union has called a second protest for next week."


SHARED = ["Police said the farmers had a permit for the protest until six in the evening.",
          "The dairy processors' association said it would meet the farmers on Friday."]
OWN_LEDE = "Milk ran ankle-deep outside the council offices on Tuesday as farmers emptied their tankers."


def _colour(town: str) -> list[str]:
    return [
        f"Tractors from {town} lined the ring road from early morning.",
        f"Shopkeepers in {town} said they supported the farmers' demands.",
        f"A dairy near {town} said it had stopped collecting milk on Monday.",
        f"Commuters from {town} waited for buses that never came.",
        f"Cafes in {town} offered the farmers free coffee through the morning.",
        f"A vet from {town} said cows still had to be milked twice a day.",
    ]


def _story(own: list[str]) -> list[list[str]]:
    return [[LEDE, UNION, *SHARED, *_colour(t), AGAIN, UNION_AGAIN] for t in TOWNS[:3]] + \
        [[*own, *SHARED, *_colour(TOWNS[3])]]


def _omitted(own: list[str]) -> set[str]:
    om, _ = support.coverage_facts(_story(own), OUTLETS, ON)
    return {fact for outlet, fact in om if outlet == "Rista Voice"}


def test_the_square_told_in_other_words_is_not_left_out():
    own = [OWN_LEDE, UNION, UNION_AGAIN]
    assert "Council Square" not in _omitted(own)


def test_near_miss_the_union_that_acts_is_left_out():
    # its lede tells the price dispute (the union's part of the story) without the union
    own = [OWN_LEDE.replace("their tankers.", "their tankers over the milk price."),
           "Trams stopped for hours while farmers waved flags and sang."]
    assert "Velda Growers Union" in _omitted(own)


def _speaking(name: str) -> set[str]:
    """Three outlets let a body named by a place speak, twice; Rista Voice leaves it out."""
    said = [f"{name}, the president's office, said the milk price would be reviewed.",
            f"{name} said the review would report within a month."]
    story = [[LEDE, UNION, said[0], *SHARED, *_colour(t), AGAIN, said[1]] for t in TOWNS[:3]] + \
        [[OWN_LEDE, UNION, UNION_AGAIN, *SHARED, *_colour(TOWNS[3])]]
    om, _ = support.coverage_facts(story, OUTLETS, ON)
    return {fact for outlet, fact in om if outlet == "Rista Voice"}


@pytest.mark.parametrize("name", ["Varna Hill", "Varna Palace"])
def test_a_place_name_its_outlets_let_speak_is_an_actor_left_out(name):
    # session 22 review: "Varna Hill said ..." is the office seated there (a place's name
    # as its body's, as "Downing Street said"), not where the story happens
    assert name in _speaking(name)


@pytest.mark.parametrize(("name", "place"), [
    ("Ministry Square", True),
    ("Harbour Road", True),
    ("Lake Orvan", True),
    ("Mount Teruvak", True),
    ("Kessel County", False),  # its authority speaks
    ("Supreme Court", False),  # a body
    ("Kessel Airport", False),  # its operator speaks
    ("Square", False),  # one word: no name
    ("Bridge Holdings", False),  # "bridge" opens it: a company
])
def test_named_place(name, place):
    assert _named_place(name) is place
