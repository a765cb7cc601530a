"""Review of session 32's label rule (review32c): a number after a determiner and a word is
a label's only where that word is a noun naming one thing ("The Northway coach 4127 from
Dunmore"). A count after an adjective of amount or degree ("an extra 300 from its
reserve", "a record 400 from 12 countries", "a mere 40,", "the youngest 12 from the
school") counts people: left out by the outlet that tells the story without it.
Invented stories with fictional outlets and places, for two and three givers."""

from __future__ import annotations

import pytest
from test_coverage_session32 import TRAIN_TAIL, _left_out, _third_without

from storylens.findings import coverage as cov

# (id, the givers' sentence, Coast Courier's sentence, the figure, whether it is left out)
COUNTS = [
    ("an extra count",
     "The army sent an extra 300 from its reserve to the flooded Marrow valley on Monday.",
     "The army sent troops from its reserve to the flooded Marrow valley on Monday.", "300", True),
    ("a record count",
     "A record 400 from 12 countries ran the Dunmere city marathon on Sunday morning.",
     "Runners from many countries ran the Dunmere city marathon on Sunday morning.", "400", True),
    ("a superlative's count",
     "The youngest 40 from the Lisk primary school were moved out first on Monday.",
     "The youngest pupils of the Lisk primary school were moved out first on Monday.", "40", True),
    # near misses: a named thing's number, with and without a name before the noun
    ("a named coach's number",
     "The Northway coach 4127 from Dunmore to Ardel came to a halt near Varsholm on Monday.",
     "The Northway coach from Dunmore to Ardel came to a halt near Varsholm on Monday.", "4127", False),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", COUNTS, ids=[c[0] for c in COUNTS])
def test_a_count_after_an_adjective_is_no_label(case, n):
    _, given, third, figure, left_out = case
    assert _left_out(_third_without([given, *TRAIN_TAIL], [third, *TRAIN_TAIL], n), figure) is left_out


# (text before, the number, text after, whether it is a label's number)
LABELS = [
    ("The Aquila service ", "9412", " from Lunare"),
    ("the Coastline flight ", "208", " to Ardel"),
    ("An extra ", "300", " from the reserve"),
    ("A record ", "400", " from 12 countries"),
    ("drew a mere ", "40", ", organisers said"),
    ("the youngest ", "12", " from the school"),
    ("a whole ", "300", " in one day"),
]
IS_LABEL = [True, True, False, False, False, False, False]


@pytest.mark.parametrize(("row", "label"), list(zip(LABELS, IS_LABEL, strict=True)), ids=[r[0] + r[1] for r in LABELS])
def test_label_number_reads_a_noun_not_an_adjective(row, label):
    before, text, after = row
    assert cov._label_number(text, before, after) is label


# (id, the givers' sentence, Coast Courier's sentence, the figure, whether it is left out)
PURPOSES = [
    ("aid meant for families",
     "Food aid meant for 300 families was stolen from a Varsholm warehouse on Monday.",
     "Food aid was stolen from a Varsholm warehouse on Monday.", "300", True),
    ("vaccines intended for children",
     "Thieves took vaccines intended for 1,200 children from a Varsholm clinic on Monday.",
     "Thieves took vaccines from a Varsholm clinic on Monday.", "1,200", True),
    # near misses: what a place or vessel was made for, told either way
    ("a hall built for its seats",
     "The Varsholm hall, built for 900 people, was cleared during the concert on Monday.",
     "The Varsholm hall was cleared during the concert on Monday.", "900", False),
    ("a camp meant to house its families",
     "The Kelm camp, meant to house 450 families, was flooded on Monday.",
     "The Kelm camp was flooded on Monday.", "450", False),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", PURPOSES, ids=[c[0] for c in PURPOSES])
def test_what_goods_were_meant_for_is_no_design_capacity(case, n):
    _, given, third, figure, left_out = case
    assert _left_out(_third_without([given, *TRAIN_TAIL], [third, *TRAIN_TAIL], n), figure) is left_out


# Found by review32c and left for the owner (session 32's deadline): another thing counted
# in a line that names the fact's noun is read as a later count of it (_risen_count: the
# noun anywhere in the clause before the figure), and a degree word before a preposition
# whose object only holds the thing as a modifier is read as telling the distance
# (_position_told). Each row is left out before session 32's change (57e5e1f6).
OPEN = [
    ("another thing risen, its noun the fact's",
     "More than 200 rescuers searched the Vennmoor hills for the missing hikers on Monday.",
     "By Wednesday the number of rescuers injured in the Vennmoor hills had grown to about 450.",
     "200"),
    ("a degree word of another thing's limits",
     "The Tarvel ferry ran aground about 6 kilometres inside the Skerra fjord on Tuesday.",
     "The Tarvel ferry ran aground on Tuesday, well within the Skerra fjord's speed limits.",
     "6 kilometres"),
]


@pytest.mark.xfail(strict=True, reason="open: _risen_count / _position_told read another thing")
@pytest.mark.parametrize("case", OPEN, ids=[c[0] for c in OPEN])
def test_another_thing_does_not_tell_the_figure(case):
    _, given, third, figure = case
    assert _left_out(_third_without([given, *TRAIN_TAIL], [third, *TRAIN_TAIL], 3), figure)
