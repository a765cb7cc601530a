"""A peak nearly reached ("nearly 11,000", "almost 400 metres") lies just below its figure
(session 15, facts15b).

An upper bound that is a hedge too (``rules/numbers.HEDGE_WORDS`` and ``MAX_BOUND_WORDS``:
"nearly", "almost") allowed every value below it, so "forced about 4,000 residents from
their homes" / "forced nearly 14,000 people to leave their homes" agreed (invented dev
d07). It now allows only its last ``facts.APPROX_TOLERANCE`` below it
(``facts._interval``). Near misses keep agreeing: a value within that reach, a floor that
meets it, a ceiling ("fewer than"), a peak ("up to"), and a "nearly" below zero. The
summary of a count of people under a thing's head word ("from their homes") names the
counted noun, not "the number of homes". Invented text only.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


KESSBY = "The Tarrow wildfire forced {} residents of Kessby from their homes on Tuesday."


def _values(a: str, b: str) -> list[list[str]]:
    return [sorted(str(v["text"]) for v in f.detail["values"])
            for f in support.fact_pair_findings(a, b)]


@pytest.mark.parametrize(("a", "b", "want"), [
    ("about 3,000", "nearly 11,000", [["11,000", "3,000"]]),
    ("3,000", "almost 11,000", [["11,000", "3,000"]]),
    ("more than 3,000", "nearly 11,000", []),  # a floor the peak meets
    # near misses: within its reach, a ceiling, a peak of "up to"
    ("10,200", "nearly 11,000", []),
    ("about 9,000", "nearly 11,000", []),
    ("3,000", "fewer than 11,000", []),
    ("3,000", "up to 11,000", []),
])
def test_a_peak_nearly_reached_lies_just_below_it(a, b, want):
    assert _values(KESSBY.format(a), KESSBY.format(b)) == want


def test_a_nearly_below_zero_keeps_its_reading():
    a = "Temperatures in Kessby fell to nearly -10C on Tuesday night."
    b = "Temperatures in Kessby fell to -3C on Tuesday night."
    assert _values(a, b) == []


def test_a_count_of_people_from_their_homes_is_no_count_of_homes():
    a = "The Tarrow wildfire has forced about 3,000 residents from their homes in Kessby."
    b = "The Tarrow wildfire has forced nearly 11,000 people to leave their homes in Kessby."
    found = support.fact_pair_findings(a, b)
    assert len(found) == 1
    assert "homes" not in found[0].summary


# review15e: people at large ("people", no counted noun) under a thing's head word are
# "the number of people" too; a count of the thing itself keeps the thing's label
@pytest.mark.parametrize(("a", "b", "label"), [
    ("The Tarrow wildfire forced 3,000 people in Kessby from their homes on Tuesday.",
     "The Tarrow wildfire forced 11,000 people in Kessby from their homes on Tuesday.",
     "the number of people"),
    ("The Tarrow wildfire destroyed 300 homes in Kessby on Tuesday.",
     "The Tarrow wildfire destroyed 110 homes in Kessby on Tuesday.",
     "the number of homes"),
])
def test_people_at_large_under_a_thing_head(a, b, label):
    found = support.fact_pair_findings(a, b)
    assert len(found) == 1
    assert label in found[0].summary, found[0].summary
