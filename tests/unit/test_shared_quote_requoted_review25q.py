"""Review of quotes25's requoted rests (shared_quote._requoted / _realigned): the other
outlet's second quote of the longer one's rest is read as a change only where it is the
speaker's and the words really differ.

Invented articles (fictional Velmora dam breach, engineer Ilse Marwick). Defects found:
an ellipsis in the requote, where the longer quote has words, was named as the change
("has 'day, and had the pumps kept running…' where … has 'day ... we could have saved'");
a number written as digits against a word ("3" / "three") was named; and the rest quoted
again by "a neighbour" (someone not yet named) was read as Marwick's own words changed.
Near misses keep the change named: a real change beside an ellipsis, a real number
change, the rest told by "she"."""

from __future__ import annotations

import pytest
from test_shared_quote_requoted25 import FIRST, LONG, _shared

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

PUMPS = ('"Most of the harvest was lost before the water went down. Had the dam held for another '
         'day, and had the pumps kept running through the night, we could have saved all of the '
         'orchards," engineer Ilse Marwick said.')
CHANGE = "Arden Courier has 'saved all of the orchards' where Velmora Sentinel has 'saved some of the orchards'"

CASES = [
    # (id, a, b, a change the line must name or None for none)
    ("an ellipsis where the longer quote has words is a cut",
     PUMPS, FIRST + ' "Had the dam held for another day ... we could have saved all of the orchards," she said.',
     None),
    ("an ellipsis for a clause and no other change",
     LONG, FIRST + ' "Had the dam held ... we could have saved all of the orchards," she said.', None),
    ("near miss: a change beside an ellipsis is named",
     LONG, FIRST + ' "Had the dam held ... we could have saved some of the orchards," she said.', CHANGE),
    ("a number in digits against the word",
     LONG.replace("all of", "3 of"), FIRST + ' "Had the dam held for another day, we could have saved three of the orchards," she said.',
     None),
    ("near miss: another number is named",
     LONG.replace("all of", "3 of"), FIRST + ' "Had the dam held for another day, we could have saved four of the orchards," she said.',
     "Arden Courier has 'saved 3 of the orchards' where Velmora Sentinel has 'saved four of the orchards'"),
    ("the rest told by someone not yet named",
     LONG, FIRST + ' "Had the dam held for another day, we could have saved some of the orchards," a neighbour said.',
     None),
    ("near miss: the rest told by the speaker, a pronoun",
     LONG, FIRST + ' "Had the dam held for another day, we could have saved some of the orchards," she said.', CHANGE),
]


@pytest.mark.parametrize("case_id,a,b,change", CASES, ids=[c[0] for c in CASES])
def test_a_requote_names_only_a_change_of_the_speakers_words(case_id, a, b, change):
    found = _shared(a, b)
    assert len(found) == 1, [f.summary for f in found]
    summary = found[0].summary
    if change is None:
        assert " where " not in summary, summary
    else:
        assert change in summary, summary
