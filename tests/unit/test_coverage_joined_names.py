"""An organisation an outlet writes as one word ("EstraGaz" for "Estra Gaz") is not left
out (issue 12: omission precision). Read on the invented dev story d32 (session 15): the
outlet writing "EstraGaz said repairs would take about ten days" was said to leave out
"Estra Gaz", a one-word name at a sentence's start that the name analysis does not read.
Told here with new fictional text beside its near misses."""

from __future__ import annotations

import pytest
import support

from storylens.findings.coverage import _joined
from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Harlow Post", "Vennick Herald", "Ostra Courier", "Pell Voice"]
TOWNS = ["Harlow", "Kessby", "Ostra", "Pell"]

DERAIL = "A freight train carrying grain left the tracks near Kessby junction before dawn on Thursday."
LINE = "The main line between Vennick and the coast stayed closed all day while cranes lifted the wagons."
OPERATOR = "Norda Vekta, the state rail company, said a broken rail was the most likely cause and that nobody was hurt."


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Commuters from {town} were put on buses that took twice as long as the train.",
        f"Farmers near {town} said grain lay spilled across two fields beside the track.",
        f"A signal box in {town} was staffed through the night to reroute other trains.",
        f"Cafes near the {town} station did a brisk trade with stranded travellers.",
        f"Engineers from {town} inspected the bridge over the river for damage.",
    ]


def _derail(own: str) -> list[list[str]]:
    """Three outlets name the operator (twice: an actor); Pell Voice tells the derailment
    with ``own``."""
    return [[DERAIL, LINE, OPERATOR, *_colour(t), "Norda Vekta has run the line since 2019."]
            for t in TOWNS[:3]] + [[DERAIL, LINE, own, *_colour(TOWNS[3])[:4]]]


def _omits_operator(own: str) -> bool:
    om, _ = support.coverage_facts(_derail(own), OUTLETS, ON)
    return ("Pell Voice", "Norda Vekta") in om


def test_the_operator_written_as_one_word_is_not_left_out():
    assert not _omits_operator("NordaVekta blamed a broken rail and promised to inspect every bridge on the route.")


def test_near_miss_the_operator_unnamed_is_left_out():
    assert _omits_operator("The operator blamed a broken rail and promised to inspect every bridge on the route.")


@pytest.mark.parametrize(("name", "joined"), [
    ("Estra Gaz", "estragaz"),
    ("Black Heron", "blackheron"),
    ("Norda Vekta", "nordavekta"),
    ("Bo Ek", ""),  # two short words joined could be a word of the text
    ("Interpol", ""),  # one word: nothing to join
])
def test_joined(name, joined):
    assert _joined(name) == joined
