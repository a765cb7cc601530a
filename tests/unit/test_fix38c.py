"""A figure told beside the same neighbouring figure as another outlet's value of its
family is one side of a disagreement, neither a figure "left out" by that outlet nor one
"only" it gives (coverage._anchored_dispute; hand-read invented dev d264 and d267, session
38: a referendum turnout of 43.7 / 47.3 percent, each beside the same Yes share; a gap's
value of 1.3 / 1.9 billion dollars, each beside the gap's tonnage).

All text here is invented (the fictional Halcyon Star seizure of tests/support.py). Near
misses: the other outlet's figure told with no shared neighbour, a shared neighbour only in
the sentence before on both sides, and two values one article gives side by side (two
quantities) still leave the addition or the omission.
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
# the three other outlets: the haul's count and its value, told in one sentence
HAUL = "Port police found 86 containers of contraband on board, worth about 14 million dollars, the coastguard said."


def _found(own: list[str], others: list[str] = (HAUL,)) -> tuple[set[str], set[str]]:
    """What Kestow Voice (``own``) is said to leave out and to add alone, beside three
    outlets telling ``others``."""
    texts = [[support.HALCYON_LEDE, support.HALCYON_TOW, *others, *support.halcyon_colour(t)]
             for t in ("Orsk", "Tamberly", "Ulvane")]
    texts.append([support.HALCYON_LEDE, support.HALCYON_TOW, *own, *support.halcyon_colour("Kestow")])
    om, add = support.coverage_facts(texts, support.HALCYON_OUTLETS, ON)
    return ({f for o, f in om if o == "Kestow Voice"}, {f for o, f in add if o == "Kestow Voice"})


# (id, Kestow Voice's lines, whether "19 million dollars" is its addition)
ADDITIONS = [
    ("its own value of the haul, beside the same count",
     ["Officers found 86 containers of contraband in the hold. "
      "Customs officials put their value at nearly 19 million dollars."], False),
    ("its own value in other words, the count in the sentence before",
     ["Officers found contraband in 86 containers. Dealers would pay nearly 19 million dollars for it, analysts said."],
     False),
    ("near miss: no shared neighbour (the count left out)",
     ["Officers found contraband in the hold. Customs officials put its value at nearly 19 million dollars."], True),
    ("near miss: the two values side by side in one article (two quantities)",
     ["Officers found 86 containers of contraband in the hold, worth about 14 million dollars. "
      "The owners had insured the ship for 19 million dollars."], True),
]


@pytest.mark.parametrize("case", ADDITIONS, ids=[c[0] for c in ADDITIONS])
def test_a_value_told_beside_the_same_figure_is_no_addition(case):
    _, own, added = case
    assert ("19 million dollars" in _found(own)[1]) is added


def test_near_miss_without_a_shared_neighbour_the_omissions_stay():
    # the count is left out, the outlet's own 19 million is its addition; the others' 14
    # million is no omission since session 39: the outlet's one figure of the unit within
    # 2x of it is the same amount told two ways (coverage._sole_reading, coverage39)
    om, add = _found(["Officers found contraband in the hold. "
                      "Customs officials put its value at nearly 19 million dollars."])
    assert "86" in om
    assert "14 million dollars" not in om
    assert "19 million dollars" in add


# the others tell the count and its value in two sentences; Kestow's value is in the
# sentence after its count as well: the tie is in no one's own sentence (a looser one)
TWO_SENTENCES = ["Port police found 86 containers of contraband on board.",
                 "The haul was worth about 14 million dollars, the coastguard said."]


def test_near_miss_a_neighbour_only_in_the_sentence_before_on_both_sides():
    _, add = _found(["Port police found 86 containers of contraband on board.",
                     "Customs officials valued the ship itself at nearly 19 million dollars, years ago."],
                    TWO_SENTENCES)
    assert "19 million dollars" in add


def test_anchored_dispute_reads_the_shared_neighbour():
    from storylens.findings import coverage as cov

    texts = [[support.HALCYON_LEDE, support.HALCYON_TOW, HAUL, *support.halcyon_colour("Orsk")],
             [support.HALCYON_LEDE, support.HALCYON_TOW,
              "Officers found 86 containers of contraband in the hold. "
              "Customs officials put their value at nearly 19 million dollars.", *support.halcyon_colour("Kestow")],
             [support.HALCYON_LEDE, support.HALCYON_TOW,
              "Officers found 92 containers of contraband in the hold. "
              "Customs officials put their value at nearly 19 million dollars.", *support.halcyon_colour("Ulvane")]]
    ctx = support.verbatim_context(texts, support.HALCYON_OUTLETS[:3], ON)
    cov.find_omissions(ctx)  # builds the coverage memo
    facts = cov.facts_of(ctx.documents["a1"])
    fourteen = next(f for f in facts if f.text == "14 million dollars")
    assert cov._anchored_dispute(ctx, fourteen, ("a2",))
    # another count beside it (92, not 86): no shared neighbour, no dispute
    assert not cov._anchored_dispute(ctx, fourteen, ("a3",))
