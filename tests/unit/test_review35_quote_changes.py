"""Review 35c of quotes35 (merge 8f3d19bf): near misses of its new trims and recall rules.

- An amplifying adjective before a bare noun is a trim only in a frame of state, after a
  preposition or "be" (rules.quotes_trims.AMPLIFIER_FRAMES): as the object of another verb it
  says how much of an act or thing ("We demand [complete] withdrawal"), after a modal
  "complete" is a verb ("will [complete] work"), and "absolute" is a classifying term as
  often ("live in [absolute] poverty").
- A modal put for another before "have" is a perfect's change only before a participle
  (quote_diff._perfect_modal_change): "must have a permit" / "should have a permit" is one
  obligation, as "must carry" / "should carry" is.
- "in living memory" after a superlative is no trim where a count stands in its clause
  (quote_diff._after_superlative): "burned twice [in living memory]", "the worst of three
  floods [in living memory]".

Invented text: the flooded old town of Brenna Falls on the Sallow river, its mayor Ilse
Marrow, the outlets Veltmark Herald and Quorra Daily.
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

ON = Options(quote_changes=True)
OUTLETS = ("Veltmark Herald", "Quorra Daily")
LEDE_A = ("BRENNA FALLS - Flood water from the Sallow river swept through the old town of "
          "Brenna Falls on Tuesday, forcing hundreds of families from their homes.")
LEDE_B = ("BRENNA FALLS - Hundreds of families in Brenna Falls left their homes on Tuesday "
          "after the Sallow river burst its banks and flooded the old town.")
TAIL = " The regional council will meet on Friday to discuss relief funds."


def _changes(quote_a: str, quote_b: str) -> list:
    a = f'{LEDE_A}\n\n"{quote_a}," mayor Ilse Marrow told reporters.{TAIL}'
    b = f'{LEDE_B}\n\n"{quote_b}," mayor Ilse Marrow told reporters.{TAIL}'
    return list(support.quote_changes_of(a, b, OUTLETS, ON))


CASES = [
    # (id, one outlet's quote, the other's, a change expected)
    # amplifiers: the object of another verb, a verb "complete", a classifying "absolute"
    ("complete-withdrawal",
     "We demand complete withdrawal of the dam company from the valley",
     "We demand withdrawal of the dam company from the valley", True),
    ("complete-evacuation",
     "We ordered complete evacuation of the lower town on Monday",
     "We ordered evacuation of the lower town on Monday", True),
    ("complete-data",
     "We now have complete data on the damage to the old town",
     "We now have data on the damage to the old town", True),
    ("complete-verb",
     "The crews will complete work on the levee by Friday",
     "The crews will work on the levee by Friday", True),
    ("absolute-poverty",
     "Since the flood, four thousand people in the valley live in absolute poverty",
     "Since the flood, four thousand people in the valley live in poverty", True),
    # kept trims: a state after a preposition or "be"; an emphasizing "exactly"
    ("utter-chaos",
     "It was utter chaos in the streets of the old town",
     "It was chaos in the streets of the old town", False),
    ("complete-silence",
     "The families waited in complete silence for news from the levee",
     "The families waited in silence for news from the levee", False),
    ("perfect-order",
     "The pumps were checked in May and found to be in perfect order",
     "The pumps were checked in May and found to be in order", False),
    ("exactly-who",
     "We know exactly who opened the sluice gates that night",
     "We know who opened the sluice gates that night", False),
    # modal before "have": main verb or "have to" is no perfect
    ("must-should-have-permit",
     "Every family must have a permit to return to the old town",
     "Every family should have a permit to return to the old town", False),
    ("would-could-have-to",
     "We would have to close the old bridge for a month",
     "We could have to close the old bridge for a month", False),
    # the perfect still a change
    ("could-would-perfect",
     "The loose barge could have flooded the whole square",
     "The loose barge would have flooded the whole square", True),
    ("must-should-perfect",
     "The engineers must have warned the council about the levee",
     "The engineers should have warned the council about the levee", True),
    # living memory: a count it bounds stays a change; a superlative's range a trim
    ("forest-twice",
     "The forest above the town has burned twice in living memory",
     "The forest above the town has burned twice", True),
    ("worst-of-three",
     "This was the worst of three floods in living memory",
     "This was the worst of three floods", True),
    ("darkest-day",
     "This is the darkest day for Brenna Falls in living memory",
     "This is the darkest day for Brenna Falls", False),
]


@pytest.mark.parametrize("case,quote_a,quote_b,change", CASES, ids=[c[0] for c in CASES])
def test_review35_quote_changes(case, quote_a, quote_b, change):
    assert bool(_changes(quote_a, quote_b)) is change, case
