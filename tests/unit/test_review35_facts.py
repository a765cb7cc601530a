"""Review of session 35's habitual periods (facts35, ``facts._habitual``).

A habitual phrase that opens the sentence makes a count a rate only when the count's clause
follows it at once ("On an average weekday, 95,000 commuters use the line"). With another
clause between, the phrase scopes over that clause, and the count (a total "during the
strike") still meets another outlet's total: "Each day, crowds gathered, and police
arrested 450 protesters ..." against "Police arrested 300 protesters ...".

Invented text throughout (fictional names, places and outlets).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts as F
from storylens.models import Quantity, Sentence

pytestmark = pytest.mark.usefixtures("rules_only")

_TOTAL = "Police arrested 300 protesters in Varnley during the week-long strike."


@pytest.mark.parametrize(("a", "b", "want"), [
    # a fronted habitual phrase with another clause between: still two totals
    (_TOTAL, "Each day, crowds gathered, and police arrested 450 protesters in Varnley during "
             "the week-long strike.", [{"300", "450"}]),
    (_TOTAL, "Each day of the strike, crowds gathered, and police arrested 450 protesters in "
             "Varnley during the week-long strike.", [{"300", "450"}]),
    # near misses: the phrase right before the count's clause is its period (a rate)
    ("About 900 commuters were stranded on three trains between Lindcombe and Pellow on Friday.",
     "On an average weekday, roughly 95,000 commuters use the line between Lindcombe and Pellow.",
     []),
    (_TOTAL, "Police arrested 450 protesters in Varnley during the week-long strike.",
     [{"300", "450"}]),
])
def test_a_fronted_habit_scopes_over_the_next_clause(a: str, b: str,
                                                     want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


@pytest.mark.parametrize(("text", "figure", "period"), [
    ("On an average day, 95,000 commuters use the line.", "95,000", "day"),
    ("Every week, about 40 ferries cross.", "40", "week"),
    # near misses: another clause between the fronted phrase and the count's
    ("Each day, crowds gathered, and police held 450 protesters.", "450", None),
    ("On weekdays the depot is busy; 450 buses were idle on Friday.", "450", None),
    ("On weekdays, the depot is busy, and 450 buses were idle on Friday.", "450", None),
])
def test_the_fronted_phrase_next_to_the_count(text: str, figure: str,
                                              period: str | None) -> None:
    s = Sentence(id="a1:s0", article="a1", index=0, start=0, end=len(text), text=text)
    at = text.index(figure)
    q = Quantity(text=figure, kind="cardinal", start=at, end=at + len(figure),
                 sentence="a1:s0", value=float(figure.replace(",", "")))
    assert F._habitual(s, q) == period


@pytest.mark.parametrize(("text", "figure", "period"), [
    ("Each day of the strike, 450 protesters marched.", "450", "day"),
    ("On a typical weekday in Pellow, 95,000 commuters use the line.", "95,000", "day"),
    # near misses: a fronted clause, a fronted phrase not opening the sentence
    ("On weekdays the depot is busy, but 450 buses were idle on Friday.", "450", None),
    ("Trains ran every day, and 450 buses were idle on Friday.", "450", None),
])
def test_only_a_fronted_phrase_lends_its_period(text: str, figure: str,
                                                period: str | None) -> None:
    test_the_fronted_phrase_next_to_the_count(text, figure, period)
