"""fix36q (session 36, after the held-out read): three causes of wrong quote lines, rows of
invented text with near misses (fictional Dunmore, Veldmoor, harbour people).

1. shared_quote.found_in: a gap of at most MAX_EDITS words between two covered pieces is
   words left out only when each is a stopword or a spoken filler
   (rules.quotes_trims.SPOKEN_FILLER_WORDS); content words there are words one outlet adds.
2. quote_diff._tail_clause: an "as we promised" / "as you know" comment clause is closed by
   its comma; a deadline after it is the claim's own, and cut, a number changed.
3. shared_quote._requoted_apart: the rest of a quote that runs past a sentence end, quoted
   by the other outlet in its next sentence (same named speaker) with a clause dropped, is
   told as that change, not as words the longer quote adds.
"""

from __future__ import annotations

import pytest
from test_heldout36_rows import SQ_FIRST, SQ_WHOLE
from test_heldout36_rows import _shared_quote_lines as _veldmoor_lines
from test_quotes_session36 import _changes
from test_real36 import DUNMORE_SPLIT
from test_real36 import _shared_quote_lines as _dunmore_lines

# --- 1. a gap inside a shared quote ---------------------------------------------------------

GAP_ROWS = [
    # (words inside the Courier's quote, a difference told on the quote's line)
    pytest.param("you see, ", False, id="you-see"),
    pytest.param("well, um, ", False, id="well-um"),
    pytest.param("badly hurt, ", True, id="two-content-words"),
    pytest.param("most wrongly, ", True, id="stopword-and-content"),
]


@pytest.mark.parametrize(("gap", "told"), GAP_ROWS)
def test_a_gap_of_fillers_or_of_content_words(gap, told):
    lines = _dunmore_lines(gap, " " + DUNMORE_SPLIT)
    assert lines, "the shared quote itself is found"
    assert any("nearly the same" in s or "quoted in part" in s for s in lines) is told, lines


# --- 2. a comment clause before a deadline at a quote's end ---------------------------------

WALL = "We will rebuild the sea wall at the fish market stronger than it was before the storm"

TAIL_ROWS = [
    # (the Courier's quote, the Times's, a number change expected)
    pytest.param(WALL + ", as we promised, by 2031", WALL, True, id="promised-then-deadline"),
    pytest.param(WALL + ", as you know, in 3 years", WALL, True, id="you-know-then-span"),
    # near misses: the comment clause alone, and a second clause of its own after it
    pytest.param(WALL + ", as we promised in 2019", WALL, False, id="one-clause-with-year"),
    pytest.param(WALL + ", as we did in 1998, when the storm of 1997 had passed", WALL, False,
                 id="two-clauses-of-their-own"),
]


@pytest.mark.parametrize(("a", "b", "number"), TAIL_ROWS)
def test_a_comment_clause_and_a_deadline(a, b, number):
    found = _changes(a, b)
    assert any(f.detail["change"] == "number" for f in found) is number, [f.summary for f in found]


# --- 3. the rest of a quote quoted in the next sentence ------------------------------------


def _added(lines: list[str]) -> list[str]:
    return [a.split("'")[0] for s in lines for a in s.split(" adds '")[1:]]


@pytest.mark.usefixtures("shared_quotes_on")
@pytest.mark.parametrize(("second", "apart"), [
    pytest.param('"I have not pressured them in this dispute," Lind said.', True,
                 id="same-speaker-next-sentence"),
    # near misses: another named speaker's words, and the rest quoted two sentences on
    pytest.param('"I have not pressured them in this dispute," pilot Ada Brenn said.', False,
                 id="another-speaker"),
    pytest.param('The vote was close. "I have not pressured them in this dispute," Lind said.',
                 False, id="two-sentences-on"),
])
def test_the_rest_quoted_in_the_next_sentence(second, apart):
    got = _veldmoor_lines(SQ_WHOLE, f"{SQ_FIRST} {second}")
    assert got, "the shared first sentence is still a finding"
    assert any("like any other workers" in a for a in _added(got)), got
    assert (not any("I have not pressured" in a for a in _added(got))) is apart, got
