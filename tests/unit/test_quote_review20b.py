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
import support

from storylens.rules.quote_changes import is_stock_if

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
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


# 4. "if" + a set word that is the subject of a clause of its own is a condition, for
#    both quote finders (rules.quote_changes.is_stock_if): "if anything happens to the
#    weir", "if any of the locks fail", "if nothing is done". "if anything", "if nothing
#    else", "if any at all", "if necessary", "if not sooner" stay set phrases.
STOCK_IF = [
    ("if anything happens to the weir", False),
    ("if any of the locks fail", False),
    ("if nothing is done", False),
    ("if anything", True),
    ("if nothing else", True),
    ("if any at all", True),
    ("if necessary", True),
    ("if not sooner", True),
]


@pytest.mark.parametrize(("clause", "stock"), STOCK_IF)
def test_is_stock_if_reads_a_set_word_as_a_subject(clause, stock):
    assert is_stock_if(clause.split()) is stock


DROPPED_IF = [
    ("We will close every lock on the Ambry canal, if anything happens to the weir.",
     "qualifier"),
    ("We will close every lock on the Ambry canal, if any of the gates fail.", "qualifier"),
    ("The lower quay at Selvin will flood by Sunday, if nothing is done.", "qualifier"),
    ("We will close every lock on the Ambry canal, if necessary.", None),
    ("We will close every lock on the Ambry canal, if nothing else.", None),
]


@pytest.mark.parametrize(("a", "kind"), DROPPED_IF)
def test_a_condition_on_a_set_word_dropped(a, kind):
    b = a.split(", if")[0] + "."
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind


# 5. A negation after the words reaches them only within their clause, not past a comma,
#    a semicolon or a dash: "worked as designed, not the old pumps," / "worked, not the
#    old pumps," is no change; "all the nets at Brisk were not lost" keeps the trim one.
AFTER_PUNCT = [
    ("The Brisk sirens worked as designed, not the old pumps, on the night,",
     "The Brisk sirens worked, not the old pumps, on the night,", None),
    ("We answered all the questions, not just the easy ones, at the Brisk hearing,",
     "We answered the questions, not just the easy ones, at the Brisk hearing,", None),
    ("The Brisk sirens worked as designed; nobody was hurt in the town,",
     "The Brisk sirens worked; nobody was hurt in the town,", None),
    ("We said all the nets at Brisk were not lost in the May storm,",
     "We said the nets at Brisk were not lost in the May storm,", "qualifier"),
    ("The Brisk sirens worked as designed, we are told, nowhere else,",
     "The Brisk sirens worked, we are told, nowhere else,", None),
]


@pytest.mark.parametrize(("a", "b", "kind"), AFTER_PUNCT)
def test_a_negation_past_a_comma_is_no_downward_context(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind
