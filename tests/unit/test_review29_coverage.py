"""Review of session 29's reversed quote (review29c): a negation in a longer cut of a quote
that turns other words than the shorter cut's is no reversal (coverage._reversed). Invented
text, fictional names."""

from __future__ import annotations

import pytest

from storylens.findings.coverage import _reversed

# (id, a quote, another outlet's, whether the other prints it reversed)
ROWS = [
    ("a negated clause more, its noun printed plain too",
     "The bridge will reopen to lorries and buses in May once the piers are repaired,",
     "The bridge will reopen to lorries and buses in May once the piers are repaired, "
     "and we will not close the bridge again,", False),
    ("the same, the other way round",
     "The ferry to Ostrel resumes on Friday, and we will not cancel the ferry again.",
     "The ferry to Ostrel resumes on Friday.", False),
    # near misses: still reversed
    ("a negation added", "The ferry to Ostrel resumes on Friday.", "The ferry to Ostrel does not resume on Friday.",
     True),
    ("a negation added in a longer cut", "The mayor of Tesk signed the order.",
     "The mayor of Tesk never signed the order, and the council knows it.", True),
]


@pytest.mark.parametrize("case", ROWS, ids=[c[0] for c in ROWS])
def test_reversed_review29(case):
    _, a, b, want = case
    assert _reversed(a, b) is want


CLAUSE_ROWS = [
    ("a negation ends with its sentence", "We did not. The caller acted alone,", "The caller acted alone.", False),
    ("a negation ends with its clause", "I was not there, but the caller acted alone.", "The caller acted alone.",
     False),
    # near miss: the negation within the clause
    ("a negation within its clause", "The caller did not act alone.", "The caller acted alone.", True),
]


@pytest.mark.parametrize("case", CLAUSE_ROWS, ids=[c[0] for c in CLAUSE_ROWS])
def test_reversed_within_a_clause(case):
    _, a, b, want = case
    assert _reversed(a, b) is want
