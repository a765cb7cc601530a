"""review30q: near misses of quotes30's foil rule (quote_diff._foil_relative) that are
changes, and of its list rule (quote_diff._list_item_cut). New invented text (fictional
Orvane, Tessel, the Halvet mill).

In a cleft or an existential ("It was farmers, not traders who paid"; "There were nurses,
not doctors who stayed") the relative clause after the foil is the sentence's own claim,
said of both sides; and "…, not paying cleaners who worked nights" negates a verb, the
clause saying which cleaners. Cutting such a clause stays a change. The foil rule's own
case, and one beside "it" that is no cleft, stay no change.

A list of predicates after a form of "be" ("He was arrested, charged and released") makes
each item a claim about the subject: one cut drops a claim. A list of objects or acts
under one verb ("Do not swim, paddle or fish") stays quotes30's no change, also where a
"be" stands earlier in the sentence.
"""

from __future__ import annotations

import pytest
import support

TRIVIAL = (None, "trivial", "extent", "phrase")

ROWS = [
    # (id, longer, shorter, trivial?)
    ("cleft-edge",
     "It was farmers, not traders who paid dearly.",
     "It was farmers, not traders.", False),
    ("cleft-inner",
     "It is tenants, not landlords who carry the cost, and the Orvane council knows it,",
     "It is tenants, not landlords, and the Orvane council knows it,", False),
    ("cleft-contracted",
     "It's tenants, not landlords who carry the cost, and the Orvane council knows it,",
     "It's tenants, not landlords, and the Orvane council knows it,", False),
    ("cleft-modal",
     "It will be growers, not millers who lose out, and we will say so,",
     "It will be growers, not millers, and we will say so,", False),
    ("existential-inner",
     "There were nurses, not doctors who stayed behind, and they saved lives,",
     "There were nurses, not doctors, and they saved lives,", False),
    ("participle-foil",
     "The Halvet mill cheated us, not paying cleaners who worked nights, and lied about it,",
     "The Halvet mill cheated us, not paying cleaners, and lied about it,", False),
    # near misses that stay no change: the foil described
    ("foil-after-it-clause",
     "The hall is for dancers, not for bands that play too loud, and we will keep it so,",
     "The hall is for dancers, not for bands, and we will keep it so,", True),
    ("foil-it-object",
     "We built it for walkers, not for lorries that thunder past, and it shows,",
     "We built it for walkers, not for lorries, and it shows,", True),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in ROWS], ids=[c[0] for c in ROWS])
def test_foil_near_misses(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, TRIVIAL)


LIST_ROWS = [
    # (id, longer, shorter, trivial?)
    ("predicate-participles",
     "The Halvet mill foreman was questioned, charged and freed by the Tessel court,",
     "The Halvet mill foreman was questioned and freed by the Tessel court,", False),
    ("predicate-adjectives",
     "The Orvane dam plan is cheap, illegal and quick to build,",
     "The Orvane dam plan is cheap and quick to build,", False),
    ("predicate-four",
     "Three boatmen were hurt, shaken, missing or dead after the Tessel storm,",
     "Three boatmen were hurt, shaken or dead after the Tessel storm,", False),
    ("predicate-contracted",
     "It's old, cracked and failing, the Orvane dam,",
     "It's old and failing, the Orvane dam,", False),
    # near misses that stay no change: objects or acts under one verb
    ("objects-after-earlier-be",
     "The rule is that we keep dogs, cats and rabbits in the barn until the fumes clear,",
     "The rule is that we keep dogs and rabbits in the barn until the fumes clear,", True),
    ("acts-under-prohibition",
     "Do not fish, sail or swim in the Tessel harbour until Monday,",
     "Do not fish or swim in the Tessel harbour until Monday,", True),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in LIST_ROWS],
                         ids=[c[0] for c in LIST_ROWS])
def test_list_near_misses(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, TRIVIAL)
