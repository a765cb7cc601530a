"""Session 37: what makes a figure a capacity reaches only its own clause and no judged thing.

- A capacity word (rules/numbers.CAPACITY_BEFORE: "can", "expected", "licensed" ...) before
  the last word that opens a subordinate clause (rules/numbers.CAPACITY_CLAUSE_OPENERS:
  "after", "when", "because" ...) governs the main clause's verb, not the figure in the
  subordinate one: "its members can no longer cover their costs after diesel reached a
  record 2.14 euros" states the price diesel reached (invented dev d55's keyed conflict,
  missed).
- "rated" with an object after it ("rated the event at level 1") judges that object, a grade
  of the same kind as "classed the event as level 2", not a capacity ("is rated at 5
  megawatts", "rated for 12 people"): invented dev d117 and d39's keyed ratings, missed.

Near misses stay silent: a capacity in the figure's own clause against an outcome, a
machine's rated output against what it produced, an expectation against the outcome.
Invented text throughout (fictional names, places and outlets).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts as F

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # a record price in a subordinate clause after a modal of the main clause
    ("Hauliers in Orvania say they can no longer break even after petrol reached a record "
     "1.94 euros a litre last week.",
     "Petrol reached a record 1.49 euros a litre last week in Orvania.",
     [{"1.94 euros", "1.49 euros"}]),
    ("The Tessaly bakers' guild said members could not keep their ovens lit because flour "
     "cost 62 euros a sack in March.",
     "Flour cost 48 euros a sack in Tessaly in March.",
     [{"62 euros", "48 euros"}]),
    # a grade given to a named thing: "rated the leak at", "rated the risk at"
    ("The Brenmark inspectorate provisionally rated the leak at level 1 on the national "
     "scale.",
     "The Brenmark inspectorate has provisionally classed the leak as level 2 on the "
     "national scale.", [{"1", "2"}]),
    ("The Tessaly weather office had rated the flood risk at level 3 for the valley on "
     "Friday.",
     "The Tessaly weather office had set the flood risk at level 4 for the valley on "
     "Friday.", [{"3", "4"}]),
    # near misses: a capacity or an expectation in the figure's own clause
    ("The Orsk ferry was licensed to carry 150 passengers.",
     "The Orsk ferry was carrying 180 passengers.", []),
    ("When the storm hit, the Velden dam could hold 40 million cubic metres.",
     "The Velden dam held 52 million cubic metres when the storm hit.", []),
    ("Analysts expected the Orvan central bank to raise its rate by 25 basis points after "
     "the meeting.",
     "The Orvan central bank raised its rate by 50 basis points.", []),
    # a machine's rating is its capacity, not what it did
    ("The Velden turbine is rated at 5 megawatts.",
     "The Velden turbine produced 3 megawatts on Monday.", []),
    ("The Orsk cable car is rated for 12 people.",
     "The Orsk cable car was carrying 15 people when it stopped.", []),
])
def test_a_capacity_reaches_its_own_clause_only(a: str, b: str, want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


@pytest.mark.parametrize(("before", "capacity"), [
    ("its members can no longer cover their costs after diesel reached a record", False),
    ("when the storm hit the dam could hold", True),
    ("the inspectorate provisionally rated the event at level", False),
    ("the new turbine is rated at", True),
    ("the lift is rated for", True),
    ("analysts had expected the bank to raise its rate by", True),
    ("the ferry was licensed to carry", True),
])
def test_capacity_words(before: str, capacity: bool) -> None:
    assert F._capacity(before.split()) is capacity
