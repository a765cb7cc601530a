"""Session 35: a usual period's count is a rate.

- A count whose clause names a habitual period ("use the line on a typical weekday", "in
  an average year", "on weekdays", "every day") counts a usual period's things, a rate
  (rules/numbers.HABITUAL_*, ``facts._habitual``): it meets only another rate of that
  period, never the count of one event ("About 1,400 passengers were stranded" /
  "Roughly 180,000 passengers use the line on a typical weekday": session 34's held-out
  t227, read wrong). Two counts of the stranded, or two weekday ridership figures, still
  conflict.

Invented text throughout (fictional names, places and outlets).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts as F
from storylens.models import Quantity, Sentence

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # the stranded against a usual weekday's riders (t227's shape)
    ("About 900 commuters were stranded on three trains between Lindcombe and Pellow on Friday.",
     "Roughly 95,000 commuters use the line between Lindcombe and Pellow on a typical weekday.",
     []),
    ("About 900 commuters were stranded on three trains between Lindcombe and Pellow on Friday.",
     "On an average weekday, roughly 95,000 commuters use the line between Lindcombe and Pellow.",
     []),
    ("Some 300 visitors were turned away from the Orrin gallery on Sunday.",
     "Some 4,000 visitors pass through the Orrin gallery in a normal week.", []),
    # near misses: two counts of the stranded, two usual weekdays' riders
    ("About 900 commuters were stranded on three trains between Lindcombe and Pellow on Friday.",
     "About 1,300 commuters were stranded on three trains between Lindcombe and Pellow on Friday.",
     [{"900", "1,300"}]),
    ("Roughly 75,000 commuters use the line between Lindcombe and Pellow on an average weekday.",
     "Roughly 95,000 commuters use the line between Lindcombe and Pellow on a typical weekday.",
     [{"75,000", "95,000"}]),
])
def test_a_usual_periods_count_is_a_rate(a: str, b: str, want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


@pytest.mark.parametrize(("text", "figure", "period"), [
    ("Roughly 95,000 commuters use the line on a typical weekday.", "95,000", "day"),
    ("On an average day, 95,000 commuters use the line.", "95,000", "day"),
    ("The clinic sees 60 patients on weekdays.", "60", "day"),
    ("In a normal year the port handles 400 ships.", "400", "year"),
    ("About 40 ferries cross every week.", "40", "week"),
    # near misses: one day's count, a period that is no habit, another clause's habit
    ("About 900 commuters were stranded on Friday.", "900", None),
    ("About 900 commuters were stranded for a day.", "900", None),
    ("About 900 commuters were stranded, though the line is busy on a typical weekday.",
     "900", None),
])
def test_a_habitual_phrase_gives_the_period(text: str, figure: str, period: str | None) -> None:
    s = Sentence(id="a1:s0", article="a1", index=0, start=0, end=len(text), text=text)
    at = text.index(figure)
    q = Quantity(text=figure, kind="cardinal", start=at, end=at + len(figure),
                 sentence="a1:s0", value=float(figure.replace(",", "")))
    assert F._habitual(s, q) == period
