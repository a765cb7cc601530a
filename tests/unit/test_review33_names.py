"""review33n (session 33): two endings of one role are rival spellings, not two forms.

``findings.names.grammatical_forms`` (names33) read any two endings of its list as one name's
two grammatical forms, so a one-letter misspelling between two adjective/demonym suffixes
("Guatemalan" / "Guatemalian": -an / -ian) lost its name.typo line. A stem takes one
adjective suffix: two endings of one role (``rules/names_forms.ENDING_ROLE``) are two
spellings of one form; two roles ("Democrat" / "Democratic"), or one ending with and without
the plural "-s", stay two forms. Invented names throughout.
"""

from __future__ import annotations

import pytest

from storylens.findings.names import grammatical_forms, spelling_rule

ORG = frozenset({"org"})
NORP = frozenset({"norp"})

PAIRS = [
    # (form a, form b, kinds, one name's two grammatical forms)
    pytest.param("Kovarian Institute", "Kovaran Institute", ORG, False, id="an-vs-ian-misspelt"),
    pytest.param("Brastovan Coffee Board", "Brastovian Coffee Board", ORG, False,
                 id="an-vs-ian-misspelt-2"),
    pytest.param("Dravenish Front", "Dravenese Front", ORG, False, id="two-adjective-suffixes"),
    pytest.param("Kellanite Mining", "Kellanist Mining", ORG, False, id="two-follower-suffixes"),
    pytest.param("Vossians", "Vossans", NORP, False, id="two-demonym-plurals"),
    # near misses that stay two forms: two roles, or one ending with and without plural -s
    pytest.param("Kovarian Institute", "Kovarians Institute", ORG, True, id="near-miss-plural"),
    pytest.param("Kovaria", "Kovarian", NORP | {"place"}, True, id="near-miss-country-demonym"),
    pytest.param("Tarnic Socialist", "Tarnic Socialism", ORG, True, id="near-miss-follower-doctrine"),
    pytest.param("Social Democrat", "Social Democratic", ORG, True, id="near-miss-member-adjective"),
]


@pytest.mark.parametrize(("a", "b", "kinds", "wanted"), PAIRS)
def test_same_role_endings(a, b, kinds, wanted):
    assert grammatical_forms(a, b, kinds) is wanted
    assert grammatical_forms(b, a, kinds) is wanted


def test_misspelt_demonym_still_a_spelling():
    # the line the guard used to silence: the spelling rule reads it as a typo
    assert spelling_rule("Kovarian Institute", "Kovaran Institute", ORG) is not None
