"""A vote's tally that another outlet gives with other figures for the same vote is told
otherwise (a disputed tally, fact_conflict's business), not a figure only one outlet
gives (hand-read invented dev d146, session 26: "Only right-standard gives the figure 19"
of its "31 votes to 19" beside the others' "31 votes to 20"). coverage._tells_vote pairs
the tallies as findings/votes.py does, in any words. Told here with new fictional text
beside its near misses: a second vote only one outlet gives, and a tally of another body
that shares one side.
"""

from __future__ import annotations

import support

from storylens.findings.coverage import find_additions
from storylens.options import Options

OUTLETS = ["Brisk Post", "Tollen Herald", "Varde Courier", "Quarn Voice"]
LEDE = "Wexley town council voted on Thursday to close the Harrow Street market to lorries."
MAYOR = "Mayor Edda Korven said deliveries would still reach the market at night."
PASSED = "The council passed the plan by 27 votes to 14 after a five-hour debate."
SQUEEZED = "The lorry ban squeezed through by 27 votes to 13, with two independents opposing it."
# a second vote of the same council, only Quarn Voice gives it
BUDGET = "The council later approved the budget for the market hall by 22 votes to 9."
# one side shared, but another body's vote
COMMITTEE = "The planning committee had backed the plan by 27 votes to 3 in a first vote."


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [f"Traders in {town} said the market had lost customers for years.",
            f"A bus driver in {town} said the street was often blocked at dawn.",
            f"Parents in {town} had asked for a safer walk to the school.",
            f"A cafe owner in {town} said deliveries would have to come by night.",
            f"Hotels in {town} expected more visitors next summer."]


def _added(own: list[str]) -> set[str]:
    """The figures additions say only Quarn Voice (``own``) gives."""
    texts = [[LEDE, MAYOR, PASSED, *_colour("Brisk")],
             [LEDE, MAYOR, PASSED, *_colour("Tollen")],
             [LEDE, MAYOR, PASSED, *_colour("Varde")],
             [LEDE, MAYOR, *own, *_colour("Quarn")]]
    ctx = support.verbatim_context(texts, OUTLETS, Options(additions=True))
    return {f.detail["fact"]["text"] for f in find_additions(ctx) if f.detail["outlet"] == "Quarn Voice"}


def test_the_vote_told_with_other_figures_is_no_addition():
    assert "13" not in _added([SQUEEZED])


def test_the_vote_told_otherwise_beside_a_second_vote_is_no_addition():
    assert "13" not in _added([SQUEEZED, BUDGET])


def test_near_miss_a_second_vote_only_one_outlet_gives_is_an_addition():
    got = _added([SQUEEZED, BUDGET])
    assert "22" in got or "9" in got


def test_near_miss_another_bodys_tally_is_an_addition():
    assert "3" in _added([COMMITTEE])

