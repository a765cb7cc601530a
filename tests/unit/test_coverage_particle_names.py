"""A person whose surname of particles an outlet writes as one word ("Delavega" for "de la
Vega") is not left out (held-out t100, session 21: "leaves out Rodrigo de la Vega Ibarra"
and "leaves out la Vega", the fragment of "De la Vega" opening a sentence, of the outlet
naming him "Chief Justice Rodrigo Delavega" throughout). Told here with new fictional
text beside its near misses."""

from __future__ import annotations

import pytest
import support

from storylens.findings.coverage import _joined_fragment, _joined_runs, _writes_joined
from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Marrow Post", "Tesca Herald", "Ilva Courier", "Obra Voice"]
TOWNS = ["Marrow", "Tesca", "Ilva", "Obra"]

LEDE = "The port authority of Tesca suspended its director on Monday over a dredging contract."
BOARD = "The board voted by six to two to suspend him pending an audit of the contract."
NAMED = "Port director Marisol de la Pena Quintero denied any wrongdoing and said she would appeal."
AGAIN = "De la Pena Quintero has run the port since 2019."


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Dockers in {town} said work on the quays carried on as normal all day.",
        f"Shipping agents from {town} asked for a meeting with the board this week.",
        f"A ferry from {town} left on time despite the turmoil at the top.",
        f"Fishermen near {town} said the dredging had been promised for years.",
        f"Traders in {town} said the contract had been talked about for months.",
    ]


def _story(own: str) -> list[list[str]]:
    """Three outlets name the director (twice: an actor); Obra Voice tells it with ``own``."""
    return [[LEDE, BOARD, NAMED, *_colour(t), AGAIN] for t in TOWNS[:3]] + \
        [[LEDE, BOARD, own, *_colour(TOWNS[3])[:4]]]


def _omitted(own: str) -> set[str]:
    om, _ = support.coverage_facts(_story(own), OUTLETS, ON)
    return {fact for outlet, fact in om if outlet == "Obra Voice"}


def test_the_surname_written_joined_is_not_left_out():
    assert not _omitted("Marisol Delapena, who has led the authority for seven years, was not at the meeting.")


def test_near_miss_the_director_unnamed_is_left_out():
    assert _omitted("The director, who has led the authority for seven years, was not at the meeting.")


def test_near_miss_another_person_whose_given_name_joins_the_directors_is_left_out():
    # session 22 review: "Annalisa" is "Anna Lisa" joined, but given names, no particle
    story = [[LEDE, BOARD, NAMED.replace("Marisol de la Pena Quintero", "Anna Lisa Quintero"), *_colour(t),
              "Quintero has run the port since 2019."] for t in TOWNS[:3]] + \
        [[LEDE, BOARD, "Annalisa Ferri, a docker, said the contract had been talked about for years.",
          *_colour(TOWNS[3])[:4]]]
    om, _ = support.coverage_facts(story, OUTLETS, ON)
    assert ("Obra Voice", "Anna Lisa Quintero") in om


def test_near_miss_another_joined_name_is_left_out():
    # "Delapaz" is not "de la Pena" joined: another name, the director still left out
    assert _omitted("Ramon Delapaz, who has led the authority for seven years, was not at the meeting.")


@pytest.mark.parametrize(("name", "runs"), [
    ("de la Vega", {"delavega", "lavega"}),
    ("Pia van der Berg", {"piavander", "piavanderberg", "vander", "vanderberg", "derberg"}),
    ("De la Vega", {"delavega", "lavega"}),  # a sentence's start: "la" is the particle
    # given names joined are another person's name ("Annalisa Ferri"), no particle in them
    ("Anna Lisa Moretti", set()),
    ("Jo Hanson", set()),
    ("Bo Ek", set()),  # two short words joined could be a word of the text
    ("Ostrander", set()),  # one word: nothing to join
])
def test_joined_runs(name, runs):
    assert _joined_runs(name) == runs


@pytest.mark.parametrize(("name", "tail"), [
    ("la Vega", "lavega"),  # "De la Vega" cut at a sentence's start
    ("van Dijk", "vandijk"),
    ("La Vega", ""),  # a capitalised name is whole: no head was cut off
    ("de Oz", ""),  # too short to tell
])
def test_joined_fragment(name, tail):
    assert _joined_fragment(name) == tail


@pytest.mark.parametrize(("brands", "name", "writes"), [
    ({"delavega", "chief"}, "Rodrigo de la Vega Ibarra", True),
    ({"delavega"}, "la Vega", True),  # the fragment's joined surname, longer
    ({"vegas"}, "la Vega", False),  # another word
    ({"vegaro"}, "Rodrigo de la Vega Ibarra", False),  # letters of another name
    ({"delavegas"}, "Anton de la Vega", False),  # a run must be a whole word
    ({"annalisa", "ferri"}, "Anna Lisa Moretti", False),  # another woman's given name
    ({"johanson"}, "Jo Hanson", False),  # another man's surname
])
def test_writes_joined(brands, name, writes):
    assert _writes_joined(brands, name) is writes
