"""Lean labels on a named source, person or party (session 14): "the left-leaning website
Vell Ledger" where another outlet writes "the investigative website Vell Ledger" is a
descriptor the outlet chose (rules/loaded_terms MODIFIERS, "political label"). Near misses:
a lean label on a common noun describes a camp ("its first right-wing government in a
decade", NAMED_ONLY_MODIFIERS); both outlets label the name; a label another outlet never
has a plain mention of the name to set against. Invented text (a fictional Vella ferry
scandal)."""

from __future__ import annotations

import pytest
from support import framings_between

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Ferry operator Osk Lines paid 2.4 million crowns to a consultancy owned by the "
        "brother of Transport Minister Oren Falk, documents showed on Monday.\n\n")


def _modifiers(a: str, b: str) -> list[tuple[str, str]]:
    return [(f.detail["a"]["word"], f.detail["b"]["word"])
            for f in framings_between(LEDE, a, b, ("Harbour Post", "Vella Times"))
            if f.detail["rule"] == "framing.story.modifier"]


CASES = [
    # (id, Harbour Post, Vella Times, the label found on the charged side or None)
    ("a lean label on a named website",
     "The documents were published by the investigative website Vell Ledger on Sunday night.",
     "The documents were published by the left-leaning website Vell Ledger on Sunday night.",
     "left-leaning website Vell Ledger"),
    ("a lean label on a named newspaper",
     "The contracts were first reported by the newspaper Tarn Courier last week.",
     "The contracts were first reported by the left-wing newspaper Tarn Courier last week.",
     "left-wing newspaper Tarn Courier"),
    ("near miss: a lean label on a common noun",
     "A new government is expected to be formed in Vella by the end of March.",
     "The vote puts Vella on course for its first right-wing government in a decade by the "
     "end of March.", None),
    ("near miss: both outlets label the name",
     "The documents were published by the left-leaning website Vell Ledger on Sunday night.",
     "The documents were published by the left-leaning website Vell Ledger late on Sunday.",
     None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_lean_labels(case):
    _id, a, b, want = case
    got = [y for _x, y in _modifiers(a, b) if y and ("left" in y or "right" in y)]
    if want is None:
        assert not got, got
    else:
        assert want in got, got
