"""Review 31 (facts): two real conflicts the session-31 rules hid.

- "in the region of 40 people" is a hedge (about 40), no populated place's size: only "a
  city of", "a town of" ... sizes a place by its people (``facts._POPULATED_OF``).
- A result verb whose object is itself a count ("left two people dead, with 14 others
  hurt") tells a toll: the count after "with" is one more toll, no remainder
  (``facts._remainder``); "would leave the town with 4,400 jobs" still is one.

Invented text (fictional places, outlets and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # a hedge, no population: the two death tolls meet
    ("In the region of 40 people died in the Ardel flood, officials said.",
     "Officials said 25 people died in the Ardel flood.", {"40", "25"}),
    # near miss: a village's size is still its population, no toll
    ("The flood reached Ardel, a village of 400 people, on Monday.",
     "Officials said 25 people died in the Ardel flood on Monday.", set()),
])
def test_in_the_region_of_is_a_hedge(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # an object that is a count: the verb tells a toll, and "with 14 others hurt" another
    ("The crash on the Tarn bridge left two people dead, with 14 others hurt.",
     "The crash on the Tarn bridge killed two people and injured 19 others.", {"14", "19"}),
    ("The storm left 3,000 homes without power, with 40 people injured in Vell.",
     "The storm injured 55 people in Vell and cut power to 3,000 homes.", {"40", "55"}),
    # near misses: what a cut leaves is still the rest, past an appositive with a count
    ("Halvik Motors will cut 2,400 jobs at its Osterby plant.",
     "The cuts would leave Osterby, a town of 38,000 people, with barely 4,400 jobs at the "
     "plant.", set()),
    ("Halvik Motors will cut 2,400 jobs at its Osterby plant.",
     "Halvik Motors will cut jobs in Osterby, leaving the plant with 4,400 workers.", set()),
])
def test_a_toll_after_a_result_verb_is_no_remainder(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == ([want] if want else [])


def _values(a: str, b: str, da: str, db: str) -> list[set[str]]:
    """The values of each conflict between two one-sentence articles of the given dates,
    aligned as a paraphrase."""
    from storylens.findings.common import FindingContext
    from storylens.findings.facts import find_fact_conflicts
    from storylens.models import Alignment
    from storylens.options import Options

    docs = [support.make_doc("a1", "Vell Daily", (a,), published=da),
            support.make_doc("a2", "Orsk Herald", (b,), published=db)]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


_HARL = "Fourteen people died in the Harl Mill fire, which broke out in 2023, the inquiry heard."


@pytest.mark.parametrize(("a", "b", "da", "db", "want"), [
    # a relative clause right at the break may date the figure's own event: the two tolls
    # of a 2023 fire, told a day apart, are no update
    (_HARL, "Sixteen people died in the Harl Mill fire, the inquiry heard.", "2026-05-10",
     "2026-05-11", {"fourteen", "sixteen"}),
    # near miss: a relative clause on an appositive dates its noun, no toll (session 31)
    ("Three people were killed when a bus caught fire in the Orvane Tunnel on Tuesday.",
     "Five people have died after a bus caught fire in the Orvane Tunnel, a crossing whose "
     "fire doors were removed in 2022.", "2026-03-03", "2026-03-04", set()),
])
def test_a_relative_year_on_the_event_itself(a: str, b: str, da: str, db: str,
                                             want: set[str]) -> None:
    assert _values(a, b, da, db) == ([want] if want else [])
