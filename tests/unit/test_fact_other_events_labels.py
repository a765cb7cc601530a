"""Two wrong default fact findings (s11-facts5), each beside its near misses.

1. Two aligned sentences dating one act to two days are one event dated twice only when
   the act's object and subject match: "began the strike on Dec. 28" / "began talks on
   Dec. 29" trade the object ("strike" for "talks"): two events, no conflict.
2. A word both sentences share names the measure only when it can be a noun: not an
   "-ly" adverb ("gives the normally as") nor an "-ed" form ("gives the expected as");
   and a size in SI units is written out ("≈40,000 m", not "≈4e+04 m").
Invented text only.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.facts import _can_be_noun, _fmt_si
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _summaries(a: str, b: str) -> list[str]:
    """Default options, the two sentences aligned as edited."""
    return support.fact_summaries(a, b, Options())


_STRIKE = "Dock workers in Quorvik began the strike on Dec. 28, the union said."


@pytest.mark.parametrize(("a", "b", "fires"), [
    # the object trades a word: two events
    (_STRIKE, "Dock workers in Quorvik began talks on Dec. 29, the union said.", False),
    (_STRIKE, "Dock workers in Quorvik began the blockade on Dec. 29, the union said.", False),
    # the subject trades a word: two acts
    (_STRIKE, "Rail workers in Quorvik began the strike on Dec. 29, the union said.", False),
    ("The Orsk branch of Vell Savings was robbed on Dec. 28, police said.",
     "The Dessen branch of Vell Savings was robbed on Dec. 29, police said.", False),
    # near misses: one act dated twice
    ("The Orsk branch of Vell Savings was robbed on Dec. 28, police said.",
     "The Orsk branch of Vell Savings was robbed on Dec. 29, police said.", True),
    (_STRIKE, "Dock workers in Quorvik started the strike on Dec. 29, the union said.", True),
    (_STRIKE, "Dock workers in Quorvik began the strike on Dec. 29, the union said.", True),
    (_STRIKE, "Dock workers in Quorvik began the dock strike on Dec. 29, the union said.", True),
    ("The fire began on Dec. 28, officials said.",
     "The fire started on Dec. 29, officials said.", True),
])
def test_a_dated_act_with_another_object_is_another_event(a, b, fires):
    found = _summaries(a, b)
    assert bool(found) is fires, found
    if fires:
        assert "Dec. 28" in found[0] and "Dec. 29" in found[0]


def test_numbers_unaffected():
    found = _summaries("Dock workers in Quorvik began the strike with 400 members.",
                       "Dock workers in Quorvik began talks with 450 members.")
    assert found == ["Outlet A gives the number of members as 400; Outlet B as 450."]


@pytest.mark.parametrize(("word", "noun"), [
    ("normally", False), ("usually", False), ("reportedly", False), ("expected", False),
    ("planned", False),
    # near misses: nouns that look so
    ("family", True), ("supply", True), ("rally", True), ("speed", True), ("bed", True),
    ("repairs", True), ("fly", True),
])
def test_can_be_noun(word, noun):
    assert _can_be_noun(word) is noun


def test_no_adverb_or_participle_names_the_measure():
    assert _summaries(
        "The repairs are expected to take 48 hours, the port said.",
        "The repairs are expected to last 72 hours, the port said.",
    ) == ["Outlet A gives the repairs as 48 hours; Outlet B as 72 hours."]
    found = _summaries("Ferries there run normally for 40 kilometres.",
                       "Ferries there run normally for 30 miles.")
    assert found == ["Outlet A gives the run as 40 kilometres (≈40,000 m); "
                     "Outlet B as 30 miles (≈48,300 m)."]


@pytest.mark.parametrize(("value", "unit", "text"), [
    (40000.0, "m", "40,000 m"), (48280.32, "m", "48,300 m"), (0.0254, "m", "0.0254 m"),
    (1.5, "kg", "1.5 kg"), (13.4112, "m/s", "13.4 m/s"), (0.0, None, "0"),
])
def test_si_written_out(value, unit, text):
    assert _fmt_si(value, unit) == text
