"""Review 29f of session 29's fact_conflict change (a departure's time; a distance from a
point): near misses the new guards got wrong.

A time is a departure's only when no act follows the departure in its clause ("took off
from Tamsk and crashed at 6:05 a.m." is the crash's time); a length "from" a point that
runs "to" another is a route's length, no distance to a point (``facts._departed``,
``facts._reference``). Invented text (fictional places, outlets and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")

_CRASHED = "The Orvel flight crashed near Brask shortly after 6:40 a.m. on Saturday."


@pytest.mark.parametrize(("a", "b", "want"), [
    # an act after the departure in the time's clause: the time is that act's
    ("The Orvel flight took off from Tamsk and crashed at 6:05 a.m. near Brask.", _CRASHED,
     {"6:05 a.m.", "shortly after 6:40 a.m."}),
    ("The Orvel flight departed from Tamsk and vanished from radar at 6:05 a.m. on Saturday.",
     "The Orvel flight vanished from radar shortly after 6:40 a.m. on Saturday.",
     {"6:05 a.m.", "shortly after 6:40 a.m."}),
    # near misses: the departure's own time still stands apart from the crash's
    ("The Orvel flight took off from Tamsk at 6:05 a.m. for a short hop to Brask.", _CRASHED,
     set()),
    ("The Orvel flight departed from Tamsk for Brask at 6:05 a.m. on Saturday.", _CRASHED,
     set()),
])
def test_a_departure_then_an_act(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a route's length from one point to another is the hyphenated journey's length
    ("The convoy drove 300 kilometres from Tamsk to Brask on Sunday.",
     "The convoy completed the 280-kilometre journey from Tamsk to Brask on Sunday.",
     {"300 kilometres", "280-kilometre"}),
    ("The marchers walked 40 kilometres from Tamsk to the capital on Sunday.",
     "The marchers completed a 25-kilometre walk from Tamsk to the capital on Sunday.",
     {"40 kilometres", "25-kilometre"}),
    # near misses: a distance to one point is still no position along the way
    ("The cyclist fell near the 90-kilometre mark of the Orsk stage on Sunday.",
     "The cyclist fell about 12 kilometres from the finish of the Orsk stage on Sunday.",
     set()),
    ("The runner fell near the 30-kilometre mark of the Brask marathon on Sunday.",
     "The runner fell about 12 kilometres short of the finish in Brask on Sunday.", set()),
])
def test_a_route_is_no_distance_from_a_point(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a possessive noun opens one instance as a determiner does: no kind, still one measure
    ("Police in Dorvel found 40 victims of Orlik's scheme, officials said.",
     "Police in Dorvel found 65 victims of fraud, officials said.", {"40", "65"}),
    ("Doctors in Dorvel treated 14 victims of Saturday's blast on Sunday.",
     "Doctors in Dorvel treated 19 victims of the explosion on Sunday.", {"14", "19"}),
    # near misses: two bare kinds are still two measures
    ("Police in Dorvel found 40 victims of burglary, officials said.",
     "Police in Dorvel found 65 victims of fraud, officials said.", set()),
])
def test_a_possessive_opens_an_instance(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # "to" after a later verb is no route's end: still a distance from the finish
    ("The runner fell near the 30-kilometre mark of the Brask marathon on Sunday.",
     "The runner fell about four kilometres from the finish and was rushed to hospital.",
     set()),
    ("The convoy drove 300 kilometres from Port Velin to Brask on Sunday.",
     "The convoy completed the 280-kilometre journey from Port Velin to Brask on Sunday.",
     {"300 kilometres", "280-kilometre"}),
])
def test_a_route_ends_right_after_its_start(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])
