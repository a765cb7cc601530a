"""Review of facts38 (merge 5aca79bd): the reach of its new silencing rules.

- A grant's purpose ("approved 40 million florins for the harbour wall") set apart any
  telling of the same grant that names no purpose ("approved 12 million florins to rebuild
  the harbour wall", "a grant of 12 million florins"): one-sided, the "for" says nothing
  about whether the other is another grant. Now only another named purpose sets it apart.
- A whole share within half a point of a decimal one was read as its rounding at any size:
  "4 percent" / "4.25 percent" (a bank's rate), "3" / "3.4 percent" inflation. Now also
  within ROUND_MARGIN of the share, as _rounds_to asks of any rounded figure.
- "another" / "a third" before any "-ed" word named one more member of a counted group:
  "another armed group claimed it", "a third injured guard". An "-ed" word before a noun
  is an adjective, not a member named alone.
- A rough size of a noun its own article counts exactly elsewhere was dropped as that
  count's loose wording even where the exact count is below the rough size's floor, a
  part of the group ("hundreds of families homeless" / "forty families were moved to a
  school"): now only an exact count at or above the floor makes it loose.

- A measure with any "since" in its clause, or an "after:" time from one, was a running
  total ("the bridge, closed since March, is 300 metres long" / "is 450 metres long"
  silenced): now only a "since" after it or with a present perfect, and no "after:" time.

- "first"/"last" before any "-t" word read as an adverb on a past form: "at first
  light", "last night". Now only past forms ending in "-t" that rules/numbers lists.

Each table keeps facts38's own cases (the near misses it was made for) beside the rows it
had wrong. Invented text throughout (fictional names, places and outlets).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # the same grant, its purpose said on one side only: still a conflict
    ("The Tarsen council approved 40 million florins for the harbour wall on Monday.",
     "The Tarsen council approved 12 million florins on Monday to rebuild the harbour wall.",
     [{"40 million", "12 million"}]),
    ("The Tarsen council approved a grant of 40 million florins for the harbour on Monday.",
     "The Tarsen council approved a grant of 12 million florins on Monday.",
     [{"40 million", "12 million"}]),
    ("The Korva ministry granted 40 permits for the quarry on Monday.",
     "The Korva ministry granted 12 permits on Monday.", [{"40", "12"}]),
    ("The Tarsen council approved 40 million florins on Monday.",
     "The Tarsen council approved 12 million florins for roads on Monday.",
     [{"40 million", "12 million"}]),
    # facts38's case kept: two named purposes are two grants
    ("The Tarsen council approved 40 million florins for roads on Monday.",
     "The Tarsen council approved 12 million florins for schools on Monday.", []),
    # one purpose told on both sides still meets
    ("The Tarsen council approved 40 million florins for the harbour wall on Monday.",
     "The Tarsen council approved 12 million florins for the wall of the harbour on Monday.",
     [{"40 million", "12 million"}]),
])
def test_a_grants_purpose_said_on_one_side(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # copy's rounding of a share to the whole number (facts38's cases)
    ("Ostrel Holdings bought a 4 percent stake in Varn Mining on Monday.",
     "Ostrel Holdings bought a 4.2 percent stake in Varn Mining on Monday.", []),
    ("Turnout in the Halvik vote was 38 percent, officials said.",
     "Turnout in the Halvik vote was 38.4 percent, officials said.", []),
    ("Turnout in the Halvik referendum was 61 percent, officials said.",
     "Turnout in the Halvik referendum was 61.4 percent, officials said.", []),
    # a small share, moved by more than ROUND_MARGIN of itself: two figures
    ("The Halvik central bank raised its main rate to 4 percent on Thursday.",
     "The Halvik central bank raised its main rate to 4.25 percent on Thursday.",
     [{"4 percent", "4.25 percent"}]),
    ("Inflation in Halvik rose to 3 percent in March, the statistics office said.",
     "Inflation in Halvik rose to 3.4 percent in March, the statistics office said.",
     [{"3 percent", "3.4 percent"}]),
])
def test_a_rounded_share_and_a_different_one(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("b", "want"), [
    # an "-ed" adjective after "another"/"a third": no member named, the counts conflict
    ("Two gunmen attacked the Corwen checkpoint on Friday, and another armed group claimed "
     "it, the army said.", [{"three", "two"}]),
    ("Two gunmen attacked the Corwen checkpoint on Friday while a third injured guard was "
     "flown out, the army said.", [{"three", "two"}]),
    # facts38's reading kept: a member named alone, by its verb
    ("Two gunmen attacked the Corwen checkpoint on Friday while a third waited in a truck, "
     "the army said.", []),
    ("Two gunmen attacked the Corwen checkpoint on Friday while another escaped on foot, "
     "the army said.", []),
])
def test_one_more_member_needs_a_member(b: str, want: list[set[str]]) -> None:
    a = "Three gunmen attacked the Corwen checkpoint on Friday, the army said."
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # the exact count is a part of the rough group, below its floor: the rough size stands
    (["The storm in Velmora left hundreds of families homeless on Sunday.",
      "Forty families were moved to a school gym, officials said."],
     ["The storm in Velmora left about 3,000 families homeless on Sunday."],
     [{"hundreds", "3,000"}]),
    # facts38's case kept: the rough lede made exact below it
    (["Floods cut the line near Eskmoor on Tuesday, stranding hundreds of passengers in the "
      "heat.",
      "About 1,400 passengers were stranded on two trains near Eskmoor for four hours."],
     ["About 1,400 passengers were stranded on two trains near Eskmoor for four hours on "
      "Tuesday."], []),
])
def test_a_rough_size_and_a_part_of_it(a: list[str], b: list[str], want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "want"), [
    # a "since" of another act in the measure's clause: one length, still a conflict
    ("The Tarnwick bridge, closed since March, is 300 metres long, engineers said.",
     [{"300 metres", "450 metres"}]),
    ("The Tarnwick bridge has been closed since March and is 300 metres long, engineers "
     "said.", [{"300 metres", "450 metres"}]),
    # the same length with no "since": the control
    ("The Tarnwick bridge is 300 metres long, engineers said.", [{"300 metres", "450 metres"}]),
])
def test_a_since_of_another_act_makes_no_running_measure(a: str, want: list[set[str]]) -> None:
    b = "The Tarnwick bridge is 450 metres long, engineers said."
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "want"), [
    # "first light" is a time of day, no act in a series: the two dates of one search meet
    ("Rescuers in Corwen resumed the search at first light on 4 May, the coastguard said.",
     [{"4 may", "6 may"}]),
])
def test_first_before_a_noun_in_t_is_no_series(a: str, want: list[set[str]]) -> None:
    b = "Rescuers in Corwen relaunched the search on 6 May, the coastguard said."
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # facts38's reading kept: a first act and a repeat of it, by a past form in "-t"
    ("The Corwen footbridge was first built in 1890, the council said.",
     "The Corwen footbridge was rebuilt in 1952, the council said.", []),
])
def test_first_before_a_past_form_in_t(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))
