"""A sum taken told as kept for oneself ("pocketed 3.1 million krona") where another
outlet reports the same sum plainly ("took", "received", "accepted"; rules/loaded_terms
"money taken", session 14). Terms of the set count only before a sum (AMOUNT_SETS,
descriptors.sum_after). Near misses: "took part", "pocketed the keys" (no sum), both
outlets writing "pocketed", and two sentences about different things. Invented text (a
fictional Vella port bribery case)."""

from __future__ import annotations

import pytest
from support import framings_between

from storylens.analysis.descriptors import sum_after

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("A court in Port Tarn on Monday jailed former harbour master Ivo Brant for six years "
        "over bribes for the Vella dock contract.\n\n")


def _words(a: str, b: str) -> list[tuple[str, str]]:
    return [(f.detail["a"]["word"], f.detail["b"]["word"]) for f in framings_between(LEDE, a, b)]


CASES = [
    ("pocketed against took",
     "Judges found that Brant took 2.1 million crowns from the dredging firm Osk Marine "
     "between 2021 and 2024.",
     "Brant pocketed 2.1 million crowns from the dredging firm Osk Marine, money routed "
     "through his cousin's consultancy.", True),
    ("pocketed against received, a currency sign",
     "Prosecutors said Brant received $400,000 from Osk Marine in return for the dock "
     "contract.",
     "Prosecutors said Brant pocketed $400,000 from Osk Marine for rigging the dock "
     "contract.", True),
    ("near miss: 'took part' is no sum",
     "Brant took part in every meeting on the dock contract with Osk Marine, the court heard.",
     "Brant pocketed 2.1 million crowns from Osk Marine for the dock contract, the court "
     "heard.", False),
    ("near miss: 'pocketed the keys' is no sum",
     "Brant received 2.1 million crowns from Osk Marine for the dock contract, the court "
     "heard.",
     "Brant pocketed the keys to the dock office of Osk Marine, the court heard.", False),
    ("near miss: both outlets write 'pocketed'",
     "Brant pocketed 2.1 million crowns from Osk Marine for the dock contract, judges found.",
     "Brant pocketed 2.1 million crowns from Osk Marine, the court heard on Monday.", False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_money_taken(case):
    _id, a, b, want = case
    got = [y for _x, y in _words(a, b) if y and y.lower().startswith("pocket")]
    assert bool(got) is want, got


@pytest.mark.parametrize("text, want", [
    ("took 3.1 million krona", True), ("accepting $40,000", True),
    ("received about 96 million euros", True), ("took part in talks", False),
    ("received 40 calls", False), ("took 3 hours", False),
])
def test_sum_after(text, want):
    verb = text.split()[0]
    assert sum_after(text, len(verb)) is want
