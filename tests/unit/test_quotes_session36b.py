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


# --- a dropped tail that holds a year (quote_changed, off by default) -------------------
# A clause of its own left off an excerpt's end tells background beside the claim: a
# non-restrictive relative clause or an "as"/"like" clause with its own subject (", as we
# did in 1998"). The shorter excerpt is a cut, not the quote re-numbered
# (quote_diff._own_clause, rules.quote_changes TAIL_RELATIVE_OPENERS,
# TAIL_COMPARATIVE_OPENERS). Near misses: a number in an adjunct of the claim itself
# (", by 2030", ", as early as 2030", ", as in 1998") still changes what is claimed.
# Invented text: the Dunmere Quay fixture of test_quotes_session36.

SEA_WALL = "We will rebuild the sea wall at the fish market stronger than it was before the storm"

TAIL_ROWS = [
    # (the tail only the Saltmarsh Courier quotes, a number change expected)
    pytest.param(", as we did in 1998", False, id="as-we-did"),
    pytest.param(", just as we did after the great flood of 1998", False, id="just-as-we-did"),
    pytest.param(", as we have done since 1998", False, id="as-we-have-done-since"),
    pytest.param(", like they did in 1998", False, id="like-they-did"),
    pytest.param(", which first went up in 1998", False, id="which-relative"),
    # near misses: the number belongs to the claim
    pytest.param(", by 2030", True, id="deadline-adjunct"),
    pytest.param(", as early as 2030", True, id="as-early-as"),
    pytest.param(", as in 1998", True, id="as-without-subject"),
    pytest.param(", as the town did in 1998", True, id="as-noun-subject-not-read"),
]


@pytest.mark.parametrize(("tail", "number"), TAIL_ROWS)
def test_a_dropped_background_clause_is_no_number_change(tail, number):
    from test_quotes_session36 import _changes

    found = _changes(SEA_WALL + tail, SEA_WALL)
    assert any(f.detail["change"] == "number" for f in found) is number, [f.summary for f in found]
