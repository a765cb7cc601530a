"""A gap of a few words inside one outlet's quote edge, between pieces the other outlet
quotes too (shared_quote.found_in): a spoken filler is left out, not the edge added; a
gap with a number or a negation is still told (as the quote's words changed), one
longer than MAX_EDITS words as the edge added (quotes36b, after real36's PolNeAR 'I mean' row). Invented text: the
Dunmore fixture of test_real36."""

from __future__ import annotations

import pytest
from test_real36 import DUNMORE_SPLIT, _shared_quote_lines

ROWS = [
    # (words inside the Courier's quote, whether the line tells them: the edge added, or
    # the words as nearly the same quote's change)
    pytest.param("I mean, ", False, id="filler-two-words"),
    pytest.param("you know, ", False, id="filler-you-know"),
    pytest.param("sadly, ", False, id="one-content-word"),
    # near misses: the gap says something the other outlet's words do not
    pytest.param("two times, ", True, id="gap-with-number"),
    pytest.param("no, never, ", True, id="gap-with-negation"),
    pytest.param("I mean, honestly, truly, ", True, id="gap-longer-than-edits"),
]


@pytest.mark.parametrize(("gap", "told_expected"), ROWS)
def test_a_short_gap_between_covered_pieces(gap, told_expected):
    lines = _shared_quote_lines(gap, " " + DUNMORE_SPLIT)
    assert lines, "the shared quote itself is found"
    told = [s for s in lines
            if "adds 'In Dunmore" in s or f"has 'shift? {gap.strip()}" in s]
    assert bool(told) is told_expected, lines
