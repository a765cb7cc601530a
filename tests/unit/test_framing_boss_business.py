""""boss" frames an elected head of a union or party as one who rules it; a company's head
is its boss in plain usage (session 14 review). The kind of the organisation the title
heads decides, read from the word before it: a business's sector noun ("Vella Ferries",
rules/titles.ORG_HEADS) or a company word ("Acme Inc", "the airline's"). Invented text (a
fictional Vella ferry strike)."""

from __future__ import annotations

import pytest
from support import framings_between

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Ferry crews of the Vella Line walked out in Port Tarn on Monday over three months of "
        "unpaid wages, halting every crossing to the Osk islands. The strike is the first on "
        "the Vella Line since 2019.\n\n")


def _boss(a: str, b: str) -> list[str]:
    return [f.summary for f in framings_between(LEDE, a, b) if "'boss'" in f.summary]


TAIL = " said the crews would stay out until every wage was paid."
CASES = [
    ("a union's head: boss / leader", "Union boss Kari Holm" + TAIL,
     "Union leader Kari Holm" + TAIL, True),
    ("a party's head: boss / leader", "Greens party boss Kari Holm" + TAIL,
     "Greens party leader Kari Holm" + TAIL, True),
    ("near miss: a company's head by its sector noun", "Vella Ferries boss Edvin Saar" + TAIL,
     "Vella Ferries president Edvin Saar" + TAIL, False),
    ("near miss: a company's head by a company word", "Osk Shipping Inc boss Edvin Saar" + TAIL,
     "Osk Shipping Inc president Edvin Saar" + TAIL, False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_boss_of_a_company_is_plain(case):
    _id, a, b, want = case
    got = _boss(a, b)
    assert bool(got) is want, got
