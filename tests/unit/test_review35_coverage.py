"""Review of coverage35's session-35 rules (review35v): near misses the rules read wrong.
Invented stories with fictional outlets; each row with its near misses:

1. a count written with another outlet's digits in another order is one figure only when
   it measures the same thing (coverage._transposed): "1,250 people were evacuated" beside
   "1,520 people were treated" are two counts, an omission and an addition;
2. a bare "the" before a length names a race only after a word of racing
   (rules/coverage.RACE_DISTANCE_BEFORE): "drove the 300 kilometres home" is a distance;
3. a money measure named beside only the company's name ("Norvik Rail said the strike
   would eat into its profit") does not tell the amount's fact (coverage._measure_told).
"""

from __future__ import annotations

import pytest

# the owner's contexts, readers and Norvik Rail story (coverage35's rows)
from test_coverage_session35 import (
    PROFIT_A,
    PROFIT_B,
    RAIL_TAIL,
    STRIKE,
    _added,
    _left_out,
    _read_as_race,
    _three,
)

# --- 1. two counts with the same digits -------------------------------------------------------

FLOOD = "MERRAN - Floodwater swept through the river town of Merran on Tuesday, the regional council said."
FLOOD_EVAC = ("MERRAN - Floodwater swept through the river town of Merran on Tuesday, forcing 1,250 people from "
              "their homes, the regional council said.")
FLOOD_TAIL = ["The council said the river had crested overnight.",
              "Rescue boats worked through the night to reach stranded homes."]

# (id, Coast Courier's extra line, whether it leaves out 1,250 / gives 1,520 alone)
TWO_COUNTS = [
    ("another count with the digits in another order",
     "The regional hospital said 1,520 people had been treated for injuries and exposure.", True),
    ("near miss: no count at all", None, True),
]


@pytest.mark.parametrize("case", TWO_COUNTS, ids=[c[0] for c in TWO_COUNTS])
def test_two_counts_with_the_same_digits_are_two_figures(case):
    _, line, out = case
    ctx = _three([[FLOOD_EVAC, *FLOOD_TAIL], [FLOOD_EVAC, *FLOOD_TAIL],
                  [FLOOD, *([line] if line else []), *FLOOD_TAIL]])
    assert _left_out(ctx, "Coast Courier", "1,250") is out
    if line:
        assert _added(ctx, "Coast Courier", "1,520")


# --- 2. a distance after a bare "the" ------------------------------------------------------------

# (id, a sentence, its length figure, whether it is read as a race's name)
DISTANCES = [
    ("a distance driven", "The convoy drove the 300 kilometres home overnight.", "300 kilometres", False),
    ("a distance covered in a time", "The ferry covers the 40 kilometres in about an hour.", "40 kilometres", False),
    ("a distance sealed off", "Police sealed off the 3 miles around the plant.", "3 miles", False),
    ("a distance that separates", "Crews cleared the 8 kilometres that separate Orsk and Tarn.", "8 kilometres",
     False),
    ("near miss: a race won", "Okafeld won the 800 metres in Lundar on Friday.", "800 metres", True),
    ("near miss: a record in a race", "Her national record in the 1,500 metres stood for a decade.", "1,500 metres",
     True),
    ("near miss: a group's race", "Okafeld finished third in the women's 400 metres.", "400 metres", True),
]


@pytest.mark.parametrize("case", DISTANCES, ids=[c[0] for c in DISTANCES])
def test_a_distance_after_a_bare_the_is_a_fact(case):
    _, line, figure, race = case
    assert _read_as_race(line, figure) is race


# --- 3. a money measure beside only a name --------------------------------------------------------

# (id, Coast Courier's line, whether it leaves out the 2.4 billion crowns)
IN_PASSING = [
    ("the measure beside the name only", "Norvik Rail said the strike would eat into its profit.", True),
    ("a forecast beside the name only", "Analysts said Norvik Rail's profit forecast for next year looked optimistic.",
     True),
    ("near miss: the measure told without its amount",
     "Norvik Rail, which is owned by the state, returned to profit last year.", False),
]


@pytest.mark.parametrize("case", IN_PASSING, ids=[c[0] for c in IN_PASSING])
def test_a_money_measure_beside_only_a_name_is_still_left_out(case):
    _, line, left_out = case
    ctx = _three([[STRIKE, PROFIT_A, *RAIL_TAIL], [STRIKE, PROFIT_B, *RAIL_TAIL], [STRIKE, line, *RAIL_TAIL]])
    assert _left_out(ctx, "Coast Courier", "2.4 billion crowns") is left_out
