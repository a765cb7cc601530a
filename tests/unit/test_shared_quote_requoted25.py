"""A longer quote's rest that the other outlet quotes again, changed, is no "more of it";
and words one quote has where the other has others, near the shared words, are a
replacement, not "A adds".

Session 24's dev read four shared_quote lines wrong of one class (d122, d125 twice,
t122): "X gives more of it" where the shorter outlet quotes the longer one's rest in a
quote of its own, with a word changed ("saved all of them" / "saved many of them"), and
"X adds 'at least three'" where the other turns "in at least three provinces" into "in
provinces across the country". Invented articles (fictional Velmora dam breach, engineer
Ilse Marwick), each table with near misses that stay as they were: a plain longer excerpt,
the rest quoted again word for word or with only a determiner swapped, the rest's words in
another person's quote, another statement of the same speaker, a true insertion, and an
insertion beside more of the statement on the same side."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The Velmora dam gave way on Tuesday night, flooding the lower Arden valley."
LEAD_B = "Floodwater from the breached Velmora dam covered the Arden valley on Tuesday."


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                    ("Arden Courier", "Velmora Sentinel"), "Dam breach",
                                    "shared_quote")


LONG = ('"Most of the harvest was lost before the water went down. Had the dam held for '
        'another day, we could have saved all of the orchards," engineer Ilse Marwick said.')
FIRST = '"Most of the harvest was lost before the water went down," engineer Ilse Marwick said.'

REQUOTED = [
    # (id, a, b, what the line shows, whether "gives more of it" stays)
    ("the rest quoted again with a word changed",
     LONG,
     FIRST + ' "Had the dam held for another day, we could have saved some of the orchards."',
     "Arden Courier has 'saved all of the orchards' where Velmora Sentinel has 'saved some "
     "of the orchards'", False),
    ("the rest quoted again, changed, in a fragment of the shorter side's first",
     'Marwick said the water had "never reached the village before" and warned: "Until we '
     'know why the wall failed, none of our dams will be refilled."',
     '"The water had never reached the village before, and until we know why the wall '
     'failed, none of the dams on the Arden will be refilled," engineer Ilse Marwick said.',
     "has 'none of our dams will be refilled' where Velmora Sentinel has 'none of the dams "
     "on the Arden will…'", False),
    ("near miss: a plain longer excerpt",
     LONG, FIRST, "Arden Courier gives more of it", True),
    ("near miss: the rest quoted again word for word",
     LONG,
     FIRST + ' "Had the dam held for another day, we could have saved all of the orchards."',
     " quote the same words", False),
    ("near miss: the rest's words in another person's quote",
     LONG,
     FIRST + ' "Had the dam held for another day, we could have saved some of the orchards,"'
     ' said farmer Tomas Orlen.',
     "Arden Courier gives more of it", True),
    ("near miss: another statement of the same speaker",
     LONG,
     FIRST + ' "We saved some of the orchards on the upper slopes," she added.',
     "Arden Courier gives more of it", True),
]


@pytest.mark.parametrize("case_id,a,b,shown,more", REQUOTED, ids=[c[0] for c in REQUOTED])
def test_a_rest_quoted_again_changed_is_named(case_id, a, b, shown, more):
    found = _shared(a, b)
    assert len(found) == 1, [f.summary for f in found]
    summary = found[0].summary
    assert shown in summary, summary
    assert ("gives more of it" in summary) == more, summary


REPLACED = [
    # (id, a, b, what the line shows, what it must not say)
    ("words before and after the same word, one on each side, are a replacement",
     '"This was not an accident. This was a breach of a neglected wall that caused flooding in at least three '
     'villages," engineer Ilse Marwick said.',
     'Engineer Ilse Marwick said: "This was not an accident. This was a breach of a neglected wall that caused '
     'flooding in villages across the valley."',
     "Arden Courier has 'at least three villages' where Velmora Sentinel has 'villages "
     "across the valley'", "adds"),
    ("near miss: a true insertion",
     '"This was not an accident. This was a breach of a neglected wall that caused flooding in at least three '
     'villages," engineer Ilse Marwick said.',
     'Engineer Ilse Marwick said: "This was not an accident. This was a breach of a neglected wall that caused '
     'flooding in villages."',
     "Arden Courier adds 'at least three'", " where "),
    ("near miss: an insertion and more of the statement on the same side",
     '"This was not an accident. This was a breach of a neglected wall that caused flooding in at least three '
     'villages across the valley," engineer Ilse Marwick said.',
     'Engineer Ilse Marwick said: "This was not an accident. This was a breach of a neglected wall that caused '
     'flooding in villages."',
     "Arden Courier adds", " where "),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", REPLACED, ids=[c[0] for c in REPLACED])
def test_a_replacement_is_no_addition(case_id, a, b, shown, absent):
    found = _shared(a, b)
    assert len(found) == 1, [f.summary for f in found]
    summary = found[0].summary
    assert shown in summary, summary
    assert absent not in summary, summary
