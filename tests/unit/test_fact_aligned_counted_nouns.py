"""Two aligned sentences that hold several figures: the one count of one counted noun in
each is one thing counted (session 18, ``facts._one_counted_noun``).

``fact.aligned.word`` compares figures of aligned sentences only when each is the one figure
of its family in its sentence; beside another count ("at 14 sites, and the army sent 20
water tankers" / "at 12 sites") the sites went uncompared (invented dev t58, t40, a floors
count of one more story). Each count must be the only one of its noun in its sentence, exact,
and its predicate must meet the other's. Invented text (fictional places).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    ("The city was distributing bottled water at 14 sites in Brenvik, and the army sent 20 "
     "water tankers.",
     "Bottled water is being handed out at 12 sites in Brenvik, and army tankers have been "
     "deployed.", {"14", "12"}),
    ("Rescuers searched 30 buildings in Orvel and found 11 survivors.",
     "Rescuers searched 45 buildings in Orvel on Tuesday.", {"30", "45"}),
    # near misses: two counts of the noun in one sentence (which one?) ...
    ("Crews cleared 14 sites and inspected 20 sites in Brenvik.",
     "Crews cleared 12 sites in Brenvik, and 20 tankers arrived.", None),
    # ... two predicates ...
    ("Floods closed 14 schools in Brenvik, and 20 roads were cut.",
     "Floods damaged 12 schools in Brenvik, and 20 roads were cut.", None),
    # ... two counted nouns, or a rough size
    ("The city was distributing bottled water at 14 sites in Brenvik, and the army sent 20 "
     "water tankers.",
     "Bottled water is being handed out at 12 depots in Brenvik, and 20 tankers arrived.",
     None),
    ("Rescuers searched dozens of buildings in Orvel and found 11 survivors.",
     "Rescuers searched 45 buildings in Orvel and found 11 survivors.", None),
    # ... or a count of no predicate read: a partitive's whole against the part that acted
    # (session 18 review)
    ("Of the 14 clinics in Harrow Vale, 3 stayed shut.",
     "Twelve clinics in Harrow Vale reopened, and 3 stayed shut.", None),
    ("Of the 30 ferries on the Lessing route, 4 were cancelled.",
     "Twenty-six ferries on the Lessing route sailed, and 4 were cancelled.", None),
])
def test_one_count_of_one_noun_in_aligned_sentences(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # two things done to one counted noun: destroyed is not damaged (``facts._deed``)
    ("The storm flattened 40 homes in Orvel.", "The storm damaged 120 homes in Orvel.", None),
    ("Forty homes in Orvel were destroyed by the storm.",
     "Some 120 homes in Orvel were damaged by the storm.", None),
    # near misses: one verb, active or passive; a verb not read on one side
    ("The storm destroyed 40 homes in Orvel.", "The storm destroyed 55 homes in Orvel.",
     {"40", "55"}),
    ("The storm destroyed 40 homes in Orvel.", "In Orvel, 55 homes were destroyed by the storm.",
     {"40", "55"}),
    ("The storm destroyed 40 homes in Orvel.", "The storm left 55 homes in Orvel in ruins.",
     {"40", "55"}),
])
def test_two_things_done_to_one_counted_noun(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])
