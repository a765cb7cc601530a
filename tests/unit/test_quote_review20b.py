"""quote_changed, review20b: near variants of session 20's restating trims that hid a
real change, on new invented text (each row failed before the fix).

1. "not X" / a prefixed word: "un-" on a verb after an auxiliary reverses it ("will not
   lock" / "will unlock", "has not covered" / "has uncovered"), and the "in-" family on an
   "-able"/"-ible"/"-ous" base drifts from "not X" ("not valuable" / "invaluable", "not
   famous" / "infamous"): negations. "not true" / "untrue", "not legal" / "illegal",
   "was not popular" / "was unpopular" stay one denial, also as a quote's last words.
2. A maximizer in the complement of a predicate negative in meaning ("failed to recover
   all the bodies", "I doubt that all the ballots", "unable to reach all the villages")
   and a norm under an approximate negator ("barely worked as intended", "rarely worked
   as designed"): changes. "denies all the charges" / "denies the charges" stays none.
3. "as normal" / "normally" after a verb of functioning is a level, not the norm: "the
   ferries operated as normal" / "the ferries operated" is a change.
"""

from __future__ import annotations

import pytest

from storylens.findings.quote_diff import compare_quotes


def _kind(a: str, b: str) -> str | None:
    c = compare_quotes(a, b)
    return c["change"] if c and c["ops"] else None


ROWS = [
    # 1. prefixes
    ("The inquiry has not covered the payments to the Brisk quarry,",
     "The inquiry has uncovered the payments to the Brisk quarry,", "negation"),
    ("The wardens will not lock the gates of Ambry park tonight,",
     "The wardens will unlock the gates of Ambry park tonight,", "negation"),
    ("That old map is not valuable to the Selvin archive,",
     "That old map is invaluable to the Selvin archive,", "negation"),
    ("The harbour master is not responsible for the Selvin spill,",
     "The harbour master is irresponsible for the Selvin spill,", "negation"),
    ("Mrs Quell is not famous in Ambry for her garden,",
     "Mrs Quell is infamous in Ambry for her garden,", "negation"),
    # ... near misses that stay one denial
    ("The rumour about the Brisk quarry is not true,",
     "The rumour about the Brisk quarry is untrue,", None),
    ("We told the Ambry board that the rumour is not true.",
     "We told the Ambry board that the rumour is untrue.", None),
    ("The toll on the Selvin bridge was not popular with drivers,",
     "The toll on the Selvin bridge was unpopular with drivers,", None),
    ("Fishing in the Ambry reservoir is not legal in winter,",
     "Fishing in the Ambry reservoir is illegal in winter,", None),
    ("We told the Ambry board that the new dock will cost $4m.",
     "We told the Ambry board that the new dock will cost $4 million.", None),
    # 2. a maximizer under a negative predicate, a norm under an approximate negator
    ("The divers failed to recover all the boats sunk off Selvin,",
     "The divers failed to recover the boats sunk off Selvin,", "qualifier"),
    ("The crews were unable to reach all the farms above Ambry,",
     "The crews were unable to reach the farms above Ambry,", "qualifier"),
    ("I doubt that all the ballots in Brisk were counted,",
     "I doubt that the ballots in Brisk were counted,", "qualifier"),
    ("The Ambry sirens barely worked as intended that night,",
     "The Ambry sirens barely worked that night,", "qualifier"),
    ("The Selvin pumps rarely worked as designed last winter,",
     "The Selvin pumps rarely worked last winter,", "qualifier"),
    # ... near misses that stay none
    ("Mrs Quell denies all the claims made by the Brisk council,",
     "Mrs Quell denies the claims made by the Brisk council,", None),
    ("The Selvin pumps worked as designed last winter,",
     "The Selvin pumps worked last winter,", None),
    # 3. a level, not a norm
    ("The Selvin ferries operated as normal during the strike,",
     "The Selvin ferries operated during the strike,", "qualifier"),
    ("The Ambry clinic is functioning normally again after the fire,",
     "The Ambry clinic is functioning again after the fire,", "qualifier"),
    ("The Ambry clinic is functioning properly again after the fire,",
     "The Ambry clinic is functioning again after the fire,", None),
]


@pytest.mark.parametrize(("a", "b", "kind"), ROWS)
def test_restating_trims_near_variants(a, b, kind):
    assert _kind(a, b) == kind
    assert _kind(b, a) == kind
