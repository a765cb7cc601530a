"""A day joined to a date ("the concerts on May 6 and 7") is the dates' second day, not a
count: an outlet giving the dates as "May 6 and 8" disputes them and leaves out no figure
'7' (invented dev d113, session 24). A count after the dates ("on May 6 and 7 stewards
were hurt") still counts. New fictional text.
"""

from __future__ import annotations

import pytest

from storylens.findings.coverage import _not_a_fact
from storylens.models import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence(id="a1:s0", article="a1", index=0, start=0, end=len(text), text=text)


@pytest.mark.parametrize("text, figure, day", [
    ("Fans bought forged tickets for the concerts on May 6 and 7.", "7", True),
    ("The festival runs from June 2 to 5, the organisers said.", "5", True),
    ("The concerts on 6 and 7 May sold out within an hour.", "6", True),
    # near misses: a count after the dates, a count after a count
    ("On May 6 and 7 stewards were hurt at the gates, police said.", "7", False),
    ("Police counted 2,100 fans and 7 stewards at the gates.", "7", False),
    ("Stewards found 6 and 7 forged tickets in two bags, police said.", "6", False),
])
def test_a_dates_day_is_no_fact(text, figure, day):
    from storylens.analysis.numbers import _sentence_quantities

    s = _sentence(text)
    got = _sentence_quantities(text, 0, s.id, None)
    qs = [q for q in got if q.text.strip() == figure]
    assert qs, [(q.text, q.kind) for q in got]
    assert _not_a_fact(s, qs[0]) is day
