"""An ellipsis set apart by spaces ends the word before it, as one written on does.

A real SemEval dev pair (found by real25): one outlet closed a quote at "… talking about
denuclearization," and another quoted on past an ellipsis, "… denuclearisation ... That was
done in Singapore, and I think …". With the ellipsis written on ("denuclearisation...")
or a full stop, the longer excerpt is more of it; spaced, the tokeniser dropped the
ellipsis and read "That was done in Singapore" as a restrictive relative clause run straight
on: "a name or place added". Invented text (fictional mayor, Velmora); near misses keep a
relative clause run straight on, and a place run on, as changes."""

from __future__ import annotations

import pytest

from storylens.findings.quote_diff import compare_quotes

SHORT = "But the mayor did sign a contract, she did sign an agreement talking about the northern corridor,"
ON = " That was done in Velmora, and I think she is a woman of her word."
BASE = "But the mayor did sign a contract, she did sign an agreement talking about the northern corridor"

CASES = [
    # (id, longer excerpt, the change kind or None for none)
    ("a spaced ellipsis then a new sentence", BASE + " ..." + ON, None),
    ("a spaced ellipsis character then a new sentence", BASE + " …" + ON, None),
    ("an ellipsis written on (as before)", BASE + "..." + ON, None),
    ("an ellipsis character written on", BASE + "…" + ON, None),
    ("a full stop (as before)", BASE + "." + ON, None),
    ("near miss: a relative clause run straight on", BASE + " that was signed in Velmora,", "place"),
    ("near miss: a place run straight on", BASE + " in Velmora with the ministers.", "place"),
]


@pytest.mark.parametrize("case_id,longer,kind", CASES, ids=[c[0] for c in CASES])
def test_an_ellipsis_ends_the_quote_edge(case_id, longer, kind):
    got = compare_quotes(SHORT, longer)
    assert got is not None
    assert got["change"] == (kind or "extent"), got
    if kind is None:
        assert not got["ops"], got["ops"]
