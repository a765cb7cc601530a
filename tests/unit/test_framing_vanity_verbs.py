"""A statement told as vanity or triumph ("boasted", "bragged", "gloated"; rules/attribution
SENSATIONAL_STATEMENT_ONLY, session 14: only before a quote or a clause) where another
outlet attributes it plainly. Near misses: "boasts" in its sense "has" ("the depot boasts
40 cranes"), and "boasted 300 seats" with a noun object, not a statement. Invented text (a
fictional Vella ferry strike)."""

from __future__ import annotations

import pytest
from support import framings_between

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Ferry crews of the Vella Line walked out in Port Tarn on Monday over three months of "
        "unpaid wages, halting every crossing to the Osk islands.\n\n")


def _words(a: str, b: str) -> list[tuple[str, str]]:
    return [(f.detail["a"]["word"], f.detail["b"]["word"]) for f in framings_between(LEDE, a, b)]


CASES = [
    ("boasted against told",
     'Union leader Dara Quill told the crowd at the depot: "This is the largest strike on '
     'the islands in thirty years."',
     'Union boss Dara Quill boasted: "This is the largest strike on the islands in twenty '
     'years."', "boasted"),
    ("near miss: 'boasts' is 'has'",
     "The Tarn depot has 40 cranes and a dry dock, the port authority said.",
     "The Tarn depot boasts 40 cranes and a dry dock, the port authority said.", None),
    ("near miss: a ferry, not a speaker",
     "The old ferry Osk Star carried 300 passengers on each crossing, the union said.",
     "The old ferry Osk Star boasted 300 seats on each crossing, the union said.", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_vanity_verbs(case):
    _id, a, b, want = case
    got = [y for _x, y in _words(a, b) if y and y.lower().startswith(("boast", "brag", "gloat"))]
    if want is None:
        assert not got, got
    else:
        assert want in got, got
