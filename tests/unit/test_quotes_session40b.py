"""Session 40 (quotes40b): words an outlet writes outside its quote marks read as cut.

Invented text (fictional Dorvassa, its tram Route 7 and its people).

1. A noun the shorter outlet names outside its quote marks as a definite noun phrase and
   quotes what was said of it ('hailed the hoard as "the largest ever found in the
   valley"' of "the largest hoard ever found in the valley") was read as "a qualifier
   dropped" (quote_diff._noun_told_outside; invented dev d289). Near misses: the noun not
   outside, only a modifier of another noun outside ('the hoard' of a dropped 'silver'),
   an adjective dropped beside a head told outside.
2. A labelled subject ("Route 7 could reopen …") the shorter outlet tells outside its quote
   marks as 'the route' was read as "a number changed" (quote_diff._edge_kind with
   _labels_only). Near misses: a count at the front ("7 stops could reopen"), no
   definite restatement outside, a label the outside does not restate.
"""

from __future__ import annotations

import pytest

from storylens.findings.quote_diff import compare_quotes

LONG = "This is the largest hoard ever found in the valley in a hundred years."

INNER = [
    # (id, shorter quote, its sentence outside the quote marks, change expected)
    ("head-outside", "the largest ever found in the valley in a hundred years",
     "Museum keeper Ilsa Marrow hailed the hoard as .", None),
    ("head-outside-a", "the largest ever found in the valley in a hundred years",
     "Museum keeper Ilsa Marrow called this hoard .", None),
    # near misses: a real change beside each negative must still fire
    ("no-noun-outside", "the largest ever found in the valley in a hundred years",
     "Museum keeper Ilsa Marrow said it was .", "qualifier"),
    ("noun-as-modifier", "the largest ever found in the valley in a hundred years",
     "Museum keeper Ilsa Marrow said the hoard site was .", "qualifier"),
    ("adjective-dropped", "the hoard ever found in the valley in a hundred years",
     "Museum keeper Ilsa Marrow hailed the largest hoard as .", "qualifier"),
]


@pytest.mark.parametrize("case", INNER, ids=[c[0] for c in INNER])
def test_noun_told_outside_the_quote(case):
    _, short, outside, want = case
    cmp = compare_quotes(LONG, short, "said Ilsa Marrow, the museum keeper.", outside)
    got = cmp["change"] if cmp else None
    assert (got if got in ("qualifier", "number", "place") else None) == want


LABEL_LONG = "Route 7 could reopen within 12 weeks, depending on what the engineers find,"

EDGE = [
    # (id, longer quote, shorter quote, shorter's outside, change expected)
    ("label-restated", LABEL_LONG,
     "could reopen within 12 weeks, depending on what the engineers find.",
     "Transit chief Marek Sollo said the route", None),
    # near misses
    ("no-restatement", LABEL_LONG,
     "could reopen within 12 weeks, depending on what the engineers find.",
     "Transit chief Marek Sollo said it", "number"),
    ("count-not-label", "7 stops could reopen within 12 weeks, depending on what the "
     "engineers find,", "could reopen within 12 weeks, depending on what the engineers find.",
     "Transit chief Marek Sollo said the stops", "number"),
    ("changed-weeks", LABEL_LONG,
     "could reopen within 14 weeks, depending on what the engineers find.",
     "Transit chief Marek Sollo said the route", "number"),
]


@pytest.mark.parametrize("case", EDGE, ids=[c[0] for c in EDGE])
def test_label_told_outside_the_quote(case):
    _, long, short, outside, want = case
    cmp = compare_quotes(long, short, "the transit chief, Marek Sollo, told reporters.", outside)
    got = cmp["change"] if cmp else None
    assert (got if got in ("qualifier", "number", "place") else None) == want
