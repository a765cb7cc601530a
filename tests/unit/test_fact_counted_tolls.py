"""A casualty tally is counted one by one, so a plain round toll is no rounding (session 18).

Session 17 read a round figure stated plainly as a precise one rounded in copy
(``facts._rounds_to``: a 400-million-euro contract / a 410-million-euro one). A toll of the
dead, injured, missing, arrested, evacuated, displaced or rescued (rules/numbers.
RUNNING_HEADS) is counted one person at a time and reported as counted: copy that rounds it
says so ("about 1,000", "more than 1,000", read as a hedge or a bound), so "1,000 people were
killed" against "1,049 killed" is another toll (``facts._counted_one_by_one``). A toll worded
with a scale word ("1.2 million displaced") states its own precision, and counts of things
and amounts keep the rounding. Invented text (fictional places).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # a plain round toll against a precise one: two tolls
    ("The earthquake in Marsk province killed 1,049 people.",
     "The earthquake in Marsk province killed 1,000 people.", {"1,000", "1,049"}),
    ("Police in Dorvan arrested 2,040 protesters over the weekend.",
     "Police in Dorvan arrested 2,000 protesters over the weekend.", {"2,000", "2,040"}),
    # near misses: the rounding is worded (a hedge, a floor) ...
    ("The earthquake in Marsk province killed 1,049 people.",
     "The earthquake in Marsk province killed about 1,000 people.", None),
    ("The earthquake in Marsk province killed 1,049 people.",
     "The earthquake in Marsk province killed more than 1,000 people.", None),
    # ... or written with a scale word
    ("The floods in Marsk province displaced 1,213,000 people.",
     "The floods in Marsk province displaced 1.2 million people.", None),
    # near misses: a count of things and an amount still round in copy
    ("The strike at the Dorvan docks idled 12,400 workers.",
     "The strike at the Dorvan docks idled 12,000 workers.", None),
    ("The Dorvan relief fund paid out 1,040 million crowns.",
     "The Dorvan relief fund paid out 1,000 million crowns.", None),
])
def test_a_plain_round_toll_is_no_rounding(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # one event of a series: its figure is not the story's total
    ("The first explosion at the Velka refinery killed 12 workers.",
     "The explosion at the Velka refinery killed 15 workers.", None),
    ("Eight people were killed in the second blast in Orsan.",
     "The blast in Orsan killed 20 people.", None),
    ("Another attack on the Orsan road killed four soldiers.",
     "The attack on the Orsan road killed nine soldiers.", None),
    # near misses: the event so numbered in both; "for the first time" and "first
    # responders" number no event
    ("The first explosion at the Velka refinery killed 12 workers.",
     "The first explosion at the Velka refinery killed 15 workers.", {"12", "15"}),
    ("The Velka refinery cut 300 jobs for the first time in its history.",
     "The Velka refinery cut 450 jobs.", {"300", "450"}),
    ("The Velka blaze drew 40 first responders.", "The Velka blaze drew 60 first responders.",
     {"40", "60"}),
    # near misses: an ordinal that numbers a thing, not a toll's event (invented dev d37's
    # keyed impact speed), and one inside a name ("the First League")
    ("Investigators believe the moving train was travelling at about 40 km/h at impact.",
     "Investigators believe the second train was moving at around 25 km/h at impact.",
     {"40 km/h", "25 km/h"}),
    ("A gang fixed 22 matches in the First League of Velka.",
     "A gang fixed 25 matches in the Velkan First League.", {"22", "25"}),
])
def test_a_toll_of_one_event_of_a_series(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a round toll in words, or one its sentence gives as an estimate, may be a rounding
    # (session 18 review: invented near misses of _counted_one_by_one)
    ("The landslide above Pelvo killed a thousand people.",
     "The landslide above Pelvo killed 1,037 people.", None),
    ("Floods in the Pelvo valley left two thousand people homeless and killed a thousand.",
     "Floods in the Pelvo valley killed 1,037 people.", None),
    ("The landslide above Pelvo killed 1,000 people, regional officials estimate.",
     "The landslide above Pelvo killed 1,037 people.", None),
    ("Some 2,000 villagers are believed to have been evacuated from Pelvo.",
     "Police evacuated 2,060 villagers from Pelvo.", None),
    # counts made in bulk and reported round: the evacuated, the displaced, cases
    ("Authorities evacuated 5,000 people from the Pelvo valley.",
     "Authorities evacuated 5,230 people from the Pelvo valley.", None),
    ("The Pelvo floods displaced 3,000 families.", "The Pelvo floods displaced 3,120 families.",
     None),
    # near misses: a plain round toll in digits, and a precise figure estimated
    ("The landslide above Pelvo killed 1,000 people.",
     "The landslide above Pelvo killed 1,037 people.", {"1,000", "1,037"}),
    ("The landslide above Pelvo killed 1,200 people, officials estimate.",
     "The landslide above Pelvo killed 1,037 people.", {"1,200", "1,037"}),
])
def test_a_round_toll_worded_as_rough(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


def test_a_round_toll_its_outlet_hedges_elsewhere():
    """An outlet that writes "about 1,000" once and "killed 1,000" later rounds both
    (session 18 review: the merge read the later plain one as a precise toll)."""
    docs = [support.make_doc("a1", "Velka Courier", [
        "About 1,000 people died when the landslide hit the Pelvo valley.",
        "Rescue teams reached the upper villages on Monday.",
        "The landslide killed 1,000 people in the Pelvo valley, most of them in Ostra."]),
        support.make_doc("a2", "Orsan Herald", [
            "The landslide killed 1,037 people in the Pelvo valley, most of them in Ostra."])]
    als = [Alignment("paraphrase", ("a1:s2", "a2:s0"), 0.6)]
    assert find_fact_conflicts(FindingContext.build(docs, als, options=Options())) == []
    # near miss: the hedged figure elsewhere is another one
    docs[0] = support.make_doc("a1", "Velka Courier", [
        "About 1,200 people died when the landslide hit the Pelvo valley.",
        "Rescue teams reached the upper villages on Monday.",
        "The landslide killed 1,000 people in the Pelvo valley, most of them in Ostra."])
    assert len(find_fact_conflicts(FindingContext.build(docs, als, options=Options()))) == 1
