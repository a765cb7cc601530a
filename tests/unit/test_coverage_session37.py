"""Session 37 (coverage37): omission precision on the invented dev set.

A name an outlet writes with its words broken otherwise ("Star Line Live" for the
promoter "Starline Live", invented dev d169) is not left out, though the name analysis,
cutting the first word of a name that opens a sentence, did not read it
(coverage._written_apart). Told here with new fictional text beside near misses that
must still fire: the name cut short, another name that starts alike, or none at all.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.coverage import _CAPITAL_RUN
from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Harlow Post", "Vennick Herald", "Ostra Courier", "Pell Voice"]
TOWNS = ["Harlow", "Kessby", "Ostra", "Pell"]

DERAIL = "A freight train carrying grain left the tracks near Kessby junction before dawn on Thursday."
LINE = "The main line between Vennick and the coast stayed closed all day while cranes lifted the wagons."
INSPECTOR = "Rail inspector Mara Vanderholt said a broken rail was the most likely cause and that nobody was hurt."


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
    """Three outlets name the inspector (twice: an actor); Pell Voice tells the
    derailment with ``own``."""
    return [[DERAIL, LINE, INSPECTOR, *_colour(t), "Vanderholt has inspected the line since 2019."]
            for t in TOWNS[:3]] + [[DERAIL, LINE, own, *_colour(TOWNS[3])[:4]]]


def _omits_inspector(own: str) -> bool:
    om, _ = support.coverage_facts(_derail(own), OUTLETS, ON)
    return ("Pell Voice", "Mara Vanderholt") in om


BLAMED = " blamed a broken rail and promised to inspect every bridge on the route."


@pytest.mark.parametrize("own", [
    "The rail inspector" + BLAMED,  # unnamed
    "Rail inspector Mara Van Derhoven" + BLAMED,  # another name that starts alike
    "Rail inspector Mara Vander" + BLAMED,  # the name cut short
], ids=["unnamed", "another-name", "cut-short"])
def test_near_misses_still_leave_the_inspector_out(own):
    # a real omission beside the rule: unnamed, another name that starts alike, the name cut
    assert _omits_inspector(own)


def test_capital_runs_read_names_as_written():
    runs = [m.group(0) for m in _CAPITAL_RUN.finditer("Yesterday Tide Mark Logistics's boss met Ana-Lisa Varo in Kessby.")]
    assert runs == ["Yesterday Tide Mark Logistics's", "Ana-Lisa Varo", "Kessby"]


# the rule itself, read on one article: (the fact's name, the article's sentence, written)
WRITTEN = [
    ("Starline Live", "Star Line Live insisted the singer had been told by doctors to rest her voice.", True),
    ("Starline Live", "The promoter, Star-Line Live, insisted the singer had been told to rest.", True),
    ("Star Line Live", "Starline Live's statement said the singer had been told to rest her voice.", True),
    ("Starline Live", "Line Live insisted the singer had been told by doctors to rest her voice.", False),
    ("Starline Live", "Star Line Cruises insisted the singer had been told by doctors to rest.", False),
    ("Starline Live", "Star Line insisted the singer had been told by doctors to rest her voice.", False),
    ("Starline Live", "The promoter insisted the singer had been told by doctors to rest her voice.", False),
    ("Bo Ek", "Boek insisted the singer had been told by doctors to rest her voice today.", False),
]


@pytest.mark.parametrize(("name", "sentence", "written"), WRITTEN)
def test_a_name_written_with_its_words_broken_otherwise(name, sentence, written):
    from storylens.findings.coverage import Fact, _written_apart

    ctx = support.verbatim_context([[DERAIL, sentence]], ["Pell Voice"], ON)
    fact = Fact(article="a0", sentence="a0:s0", kind="person", text=name, start=0, end=len(name),
                key=name.lower(), salience=2.0)
    assert _written_apart(ctx, fact, "a1") is written
