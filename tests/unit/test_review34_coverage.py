"""Session 34 review of coverage._change_named (review34c): "by" right before a share is a
change's size only where the verb of change governs it. In a passive clause after the
verb ("a plan to raise ferry fares was backed by 60 percent of members") the share is the
agent's size, a level of another thing, not the size of a rise in fares; nor is a passive
change of the clause's subject ("were lowered by 12 percent") a change of the words
between an earlier change word and "by". Invented text, fictional places."""

from __future__ import annotations

import pytest
from test_coverage_session34 import (
    LEAK,
    LEAK_TAIL,
    ORDERED,
    _change_read,
    _left_out,
    _three,
)

# (id, the share's sentence, its figure, what _change_named reads: (direction, thing) or None)
ROWS = [
    ("an active cut and its thing", "The Osk council plans to lift the Brenna parking charge by 10 percent.",
     "10 percent", ("rise", frozenset({"brenna", "park", "charg"}))),
    ("a be-form after the verb, still the thing", "The Osk council will cut the Brenna grant by 10 percent.",
     "10 percent", ("fall", frozenset({"brenna", "grant"}))),
    ("passive agent after a change verb", "A plan to raise Tellmoor ferry fares was backed by 60 percent of members.",
     "60 percent", None),
    ("passive agent after a cut", "The proposal to cut the Tellmoor grant was approved by 70 percent of delegates.",
     "70 percent", None),
    ("passive change of the subject", "Costs of the Tellmoor ferry contract were lowered by 12 percent.",
     "12 percent", None),
    ("'was up by' after a change verb", "Support for the plan to reduce the Brenna subsidy was up by 5 percent.",
     "5 percent", None),
]


@pytest.mark.parametrize("case", ROWS, ids=[c[0] for c in ROWS])
def test_change_named_reads_no_passive_by(case):
    _, line, figure, want = case
    assert _change_read(line, figure) == want


# --- end to end: a ballot's share, one outlet's passive, another's level ------------------

BALLOT = "TELLMOOR - A union plan to raise Tellmoor ferry fares was backed by 60 percent of members in a ballot on Monday."
LEVEL = "TELLMOOR - About 60 percent of union members backed a plan to raise Tellmoor ferry fares in a ballot on Monday."
BALLOT_TAIL = ["The ferry operator said it would study the result.", "The union said fares had not risen in five years."]

# (id, Coast Courier's lede, whether it leaves out the 60 percent the other two give)
BALLOTS = [
    ("no share of the ballot", "TELLMOOR - Union members backed a plan to raise Tellmoor ferry fares in a ballot on Monday.",
     True),
    ("near miss: the share itself", LEVEL, False),
]


@pytest.mark.parametrize("case", BALLOTS, ids=[c[0] for c in BALLOTS])
def test_a_passive_agents_share_is_given_as_a_level(case):
    _, line, left_out = case
    ctx = _three([[BALLOT, *BALLOT_TAIL], [LEVEL, *BALLOT_TAIL], [line, *BALLOT_TAIL]])
    assert _left_out(ctx, "Coast Courier", "60 percent") is left_out


# --- a count's "to" in a forecast is no new value (coverage._risen_count) ----------------

# (id, Coast Courier's line a day later, whether it leaves out the 900 the other two give)
FORECASTS = [
    ("the new value, a day later",
     "Officials widened the exclusion zone around the Varno water plant on Tuesday, bringing the number of "
     "people evacuated to about 2,300.", False),
    ("near miss: a value a widening could bring it to",
     "Officials warned on Tuesday that widening the exclusion zone around the Varno water plant could bring "
     "the number of people evacuated to about 2,300.", True),
    ("near miss: a value a plan aims to bring it to",
     "Officials said on Tuesday their plan for the Varno water plant aims to bring the number of people "
     "evacuated to about 2,300.", True),
]


@pytest.mark.parametrize("case", FORECASTS, ids=[c[0] for c in FORECASTS])
def test_a_count_a_forecast_brings_to_a_value_is_still_left_out(case):
    _, line, left_out = case
    ctx = _three([[LEAK, *LEAK_TAIL], [ORDERED, *LEAK_TAIL], [line, *LEAK_TAIL]],
                 published=["2026-03-02", "2026-03-02", "2026-03-03"])
    assert _left_out(ctx, "Coast Courier", "'900'") is left_out
