"""Tails that only restate what an excerpt already says: a shorter excerpt, not a change.

Two mechanisms (session 26, from invented dev traps t134 and t137; the text here is new
invented text, fictional people and places):

* an elliptical conjunct, "and" with only an operator and "never"/"always"/"still" and the
  predicate elided ("… has never interfered in the count and never will"), says the
  clause before it again; an excerpt that stops before it is a shorter excerpt. Near
  misses: a conjunct of the other polarity ("raised the levy once and never will again"),
  one with a predicate of its own, one after "but", and a replacement of the tail;
* a last alternative ("or sublet their flats") cut from a quote under a negation that
  reaches it ("failed to show any danger that the tenants would default or sublet") leaves
  a claim the whole entails: no danger of either is no danger of the first. Near misses:
  the same cut in a positive claim, after "whether" or "until", an alternative with its own
  operator, and a qualifier put in ("any danger" / "a serious danger").
"""

from __future__ import annotations

import pytest

from storylens.findings.quote_diff import compare_quotes

CASES = [
    # (id, one wording, the other, the change kind or None for a shorter excerpt)
    ("elliptical: and never will",
     "The ministry has never interfered in the count in Orvella and never will,",
     "The ministry has never interfered in the count in Orvella,", None),
    ("elliptical: and never will, inserted",
     "The ministry has never interfered in the count in Orvella,",
     "The ministry has never interfered in the count in Orvella and never will,", None),
    ("elliptical: and always will",
     "Councillor Brask has always backed the tram line and always will.",
     "Councillor Brask has always backed the tram line.", None),
    ("elliptical: and still does",
     "Councillor Brask backed the tram line from the start and still does.",
     "Councillor Brask backed the tram line from the start.", None),
    ("elliptical: and will not",
     "The board has not sold a single share of Tervo Mills and will not,",
     "The board has not sold a single share of Tervo Mills,", None),
    ("elliptical: and never will be",
     "The old harbour at Kessvik has never been for sale to anyone and never will be.",
     "The old harbour at Kessvik has never been for sale to anyone.", None),
    ("near miss: the other polarity (a pledge dropped)",
     "We raised the harbour levy on the Kessvik fishing fleet once and never will again,",
     "We raised the harbour levy on the Kessvik fishing fleet once,", "negation"),
    ("near miss: a conjunct with a predicate of its own",
     "The ministry has never interfered in the count in Orvella and never will interfere,",
     "The ministry has never interfered in the count in Orvella,", "negation"),
    ("near miss: 'never will' replaced by 'will not again'",
     "The ministry has never interfered in the count and never will,",
     "The ministry has never interfered in the count and will not again,", "qualifier"),
    ("alternative under a negation",
     "The council has failed to show any danger that the tenants would default or sublet their flats,",
     "The council has failed to show a danger that the tenants would default,", None),
    ("alternative under 'no evidence'",
     "There is no evidence that Mayor Ostrin lied or hid the ledgers,",
     "There is no evidence that Mayor Ostrin lied,", None),
    ("near miss: the alternative in a positive claim",
     "The council has shown a danger that the tenants would default or sublet their flats,",
     "The council has shown a danger that the tenants would default,", "qualifier"),
    ("near miss: an alternative after 'whether'",
     "The inquiry did not establish whether the driver fell asleep or swerved,",
     "The inquiry did not establish whether the driver fell asleep,", "qualifier"),
    ("near miss: an alternative after 'until'",
     "We will not rest until Mayor Ostrin resigns or faces trial,",
     "We will not rest until Mayor Ostrin resigns,", "qualifier"),
    ("near miss: an alternative with its own operator",
     "The witness was not at home or was hiding,",
     "The witness was not at home,", "qualifier"),
    ("near miss: 'any danger' / 'a serious danger'",
     "The council has failed to show any danger that the tenants would default,",
     "The council has failed to show a serious danger that the tenants would default,",
     "qualifier"),
]


@pytest.mark.parametrize("case_id,a,b,kind", CASES, ids=[c[0] for c in CASES])
def test_restating_tails(case_id, a, b, kind):
    got = compare_quotes(a, b)
    assert got is not None
    if kind is None:
        assert got["change"] in ("extent", "trivial"), got
        assert not [o for o in got["ops"] if o.get("kind") and o["kind"] != "trivial"], got
    else:
        assert got["change"] == kind, got
