"""The speaker profile's concession guard (findings.attribution._concedes, review14a) finds
the speaker's own apology under a surname with a capital inside it ("McBrant", "DeVries"),
which the surname key title-cased ("Mcbrant") never matched: "Transport Minister Ivo
McBrant admitted that the ministry had known about the unpaid wages" was set against an
outlet that tells "McBrant apologised to the crews". Near miss: the same outlet without the
apology still gets the profile. Invented text (the fictional Vella ferry strike of
tests/unit/test_framing_attribution_profile.py)."""

from __future__ import annotations

import pytest
from test_framing_attribution_profile import RULE, WAGES, _rules

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

ADMITTED = ("Transport Minister Ivo {n} admitted that the ministry had known about the unpaid "
            "wages since January.")
APOLOGY = "\n\n{n} apologised to the crews at the depot on Monday."


@pytest.mark.parametrize("surname, apology, want", [
    ("McBrant", True, False),
    ("DeVries", True, False),
    ("Brant", True, False),
    ("McBrant", False, True),  # near miss: no apology told, the profile stands
])
def test_an_apology_under_a_surname_with_an_inner_capital(surname, apology, want):
    plain = WAGES.replace("Ivo Brant", f"Ivo {surname}") + (APOLOGY.format(n=surname) if apology else "")
    got = _rules(plain, ADMITTED.format(n=surname)).get(RULE, [])
    assert bool(got) is want, got
