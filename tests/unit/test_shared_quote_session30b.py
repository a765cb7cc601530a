"""A qualifier cut from a quote's end is told, not called a longer excerpt (session 30:
invented dev d186, "cannot afford more than 4.5 percent this year without cutting other
services" / '"cannot afford more than 4.5 percent,"', read wrong by reader30 as "gives
more of it"): a time adjunct and then a restrictive modifier run straight on from the last
shared word of a clause that restricts its claim (quote_diff._time_then_modifier_tail);
each alone was read before, the two together were not.

Near misses stay a longer excerpt: the same tail in a clause that restricts nothing, and a
clause after a comma. Invented articles (fictional Vellan, its harbour fund and ferry
crews, outlets the Vellan Herald and the Tidewater Post)."""

from __future__ import annotations

import pytest
import support

from storylens.findings.quote_diff import compare_quotes

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "Vellan's harbour fund froze ferry wages on Monday as crews threatened a strike."
LEAD_B = "Ferry crews in Vellan threatened to strike on Monday after the harbour fund froze wages."
OUTLETS = ("Vellan Herald", "Tidewater Post")


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b, OUTLETS,
                                    "Vellan ferry", "shared_quote")


# (id, longer quote, shorter quote, the kind compare_quotes gives the cut: None, a longer excerpt)
TAILS = [
    ("a time adjunct and a 'without' phrase cut from a denial",
     "cannot pay the crews more than 3 percent this winter without closing the night ferry.",
     "cannot pay the crews more than 3 percent,", "qualifier"),
    ("a time adjunct and a condition cut from a denial",
     "will not reopen the night ferry this winter unless the crews return.",
     "will not reopen the night ferry,", "qualifier"),
    ("near miss: the same tail in a clause that restricts nothing",
     "The crews cleared the harbour this morning with borrowed cranes.",
     "The crews cleared the harbour,", None),
    ("near miss: a clause after a comma is more of the remark",
     "We cannot pay the crews more than 3 percent, and the board knew that this winter.",
     "We cannot pay the crews more than 3 percent,", None),
]


@pytest.mark.parametrize("case_id,longer,shorter,kind", TAILS, ids=[c[0] for c in TAILS])
def test_a_time_then_modifier_tail(case_id, longer, shorter, kind):
    cmp = compare_quotes(longer, shorter, "", "")
    edge = [op for op in (cmp or {"ops": []})["ops"] if op.get("edge") and op["tag"] == "delete"]
    got = edge[0]["kind"] if edge and edge[0].get("kind") not in (None, "trivial") else None
    assert got == kind, (case_id, cmp["ops"])


def test_the_shared_quote_line_tells_the_cut():
    a = ('Fund chair Mirela Sosta said the fund "cannot pay the crews more than 3 percent '
         'this winter without closing the night ferry."')
    b = ('Fund chair Mirela Sosta said the fund "cannot pay the crews more than 3 percent," '
         "and warned of hired crews.")
    support.one_line_shows(_shared(a, b), "d186's shape",
                           ("adds 'this winter without closing the night ferry'",),
                           ("gives more of it",))


# Review of session 30's shared_quote._aligned_swap: a fragment whose first word parts from
# the other quote has no counterpart there (the other's words before it are words the
# fragment leaves out), so no "X has 'never' where Y has 'and this delay'"; a swap inside
# the fragment is still told.
SWAP_AT_START = [
    ("a negation opening the fragment is no swap against the words before",
     '"These repairs were ordered weeks ago," ferry chief Tomas Arne said, adding that the '
     'delay had "never endangered the lives of our crews".',
     ("never endangered the lives of our crews",), ("where",)),
    ("near miss: a word swapped inside the fragment is still told",
     '"These repairs were ordered weeks ago," ferry chief Tomas Arne said, adding that the '
     'delay "endangered the lives of our passengers".',
     ("has 'lives of our passengers' where Tidewater Post has 'lives of our crews'",), ()),
]
LONG_QUOTE = ('"These repairs were ordered weeks ago, and this delay endangered the lives of our '
              'crews," ferry chief Tomas Arne said.')


@pytest.mark.parametrize("case_id,a,shown,absent", SWAP_AT_START, ids=[c[0] for c in SWAP_AT_START])
def test_a_fragment_parting_at_its_start_has_no_counterpart(case_id, a, shown, absent):
    support.one_line_shows(_shared(a, LONG_QUOTE), case_id, shown, absent)
