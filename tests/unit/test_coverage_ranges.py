"""The low end of a range whose unit only the high end carries is no figure of its own
(held-out t98, session 21: "Only island-mercury gives the figure '2.5'" of "a bull shark
between 2.5 and 3 metres long", where the others give "about three metres"). Told here with
new fictional text beside its near misses."""

from __future__ import annotations

import pytest
import support

from storylens.findings.coverage import _range_low
from storylens.options import Options

ON = Options(additions=True)
OUTLETS = ["Corla Post", "Venta Herald", "Aspra Courier", "Mellin Voice"]
TOWNS = ["Corla", "Venta", "Aspra", "Mellin"]

LEDE = "A crocodile bit a fisherman on the Tarra river near Venta on Sunday, the coastguard said."
CLOSED = "The coastguard closed a stretch of the river to boats and swimmers until further notice."


def _colour(town: str) -> list[str]:
    return [
        f"Anglers from {town} said they had never seen such an animal so far upstream.",
        f"Children in {town} were kept away from the banks by their parents.",
        f"A ranger from {town} said traps had been set along the reeds overnight.",
    ]


def _story(size: str) -> list[list[str]]:
    """Three outlets give the crocodile as about four metres; Mellin Voice as ``size``."""
    told = "Rangers said the crocodile was about four metres long and had been seen before."
    return [[LEDE, told, CLOSED, *_colour(t)] for t in TOWNS[:3]] + \
        [[LEDE, size, CLOSED, *_colour(TOWNS[3])]]


def test_a_range_around_the_others_figure_adds_nothing():
    _, add = support.coverage_facts(
        _story("Rangers said the crocodile, between 3.5 and 4 metres long, had been seen before."),
        OUTLETS, ON)
    assert not {fact for outlet, fact in add if outlet == "Mellin Voice"}


@pytest.mark.parametrize(("before", "after", "low"), [
    ("a bull shark between ", " and 3 metres long", True),
    ("rates of ", " to 3 percent", True),  # "to" needs no "between"
    ("rates rose from ", " to 3 percent", False),  # a change: its old value is a fact
    ("losses of between ", " and 60 million euros", True),
    ("a channel ", " to 3.5 kilometres wide", True),
    ("between ", " and 60 people were hurt", False),  # no unit: both ends are counts
    ("killed ", " and injured 5 people", False),  # no "between": two figures
    ("the court voted ", " to 6 against", False),  # a tally, no unit
    ("it measured ", " and 3 metres of it flooded", False),  # "and" without "between"
])
def test_range_low(before, after, low):
    assert _range_low(before, after) is low
