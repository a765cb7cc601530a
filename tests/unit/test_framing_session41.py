"""Session 41 (framing41): one mistake told as incompetence or disaster ("blunder",
"fiasco", "meltdown") or made small ("glitch") where another outlet reports it as an
"error" or a "mistake" (rules/loaded_terms "mishap"). Near misses: both outlets writing
the same word, "blunder" against "fiasco" (one judgement in two degrees), the loaded word
inside a quote (the speaker's, not the outlet's), a statistic's "margin of error".
Invented text (a fictional Orvell water board and its billing system)."""

from __future__ import annotations

import re

import pytest
from support import framings_between

pytestmark = pytest.mark.usefixtures("framing_on")

BILLS = ("The Orvell water board sent wrong bills to 14,000 households in March, its "
         "chairman Tomas Reyl said on Friday.\n\n")

MISHAP = ("glitch", "blunder", "bungle", "fiasco", "meltdown")


def _mishap(lede: str, a: str, b: str) -> list[str]:
    return [f.summary for f in framings_between(lede, a, b)
            if any(w in f.summary for w in MISHAP)]


CASES = [
    ("blunder against error, one mistake",
     BILLS, "The wrong bills were caused by an error in the board's new billing software.",
     "The wrong bills were caused by a blunder in the board's new billing software.", True),
    ("glitch against error: the mistake made small",
     BILLS, "The wrong bills were caused by an error in the board's new billing software.",
     "The wrong bills were caused by a glitch in the board's new billing software.", True),
    ("fiasco against mistake",
     BILLS, "Reyl apologised on Friday for the billing mistake and promised refunds by May.",
     "Reyl apologised on Friday for the billing fiasco and promised refunds by May.", True),
    # two loaded words and no plain one: no calm side to set either against (each is shown
    # against an outlet's plain "error" where a third outlet writes one)
    ("near miss: glitch against blunder, no plain word",
     BILLS, "The wrong bills were caused by a glitch in the board's new billing software.",
     "The wrong bills were caused by a blunder in the board's new billing software.", False),
    ("near miss: both outlets write 'blunder'",
     BILLS, "The wrong bills were caused by a blunder in the board's new billing software.",
     "The wrong bills came from a blunder in the board's new billing software, Reyl said.",
     False),
    ("near miss: 'blunder' against 'fiasco' is one judgement in two degrees",
     BILLS, "The wrong bills were caused by a blunder in the board's new billing software.",
     "The wrong bills were caused by a fiasco in the board's new billing software.", False),
    ("near miss: the loaded word in the speaker's quote",
     BILLS, "The wrong bills were caused by an error in the board's new billing software.",
     "\"It was a blunder and I am sorry for it,\" Reyl said of the board's new billing "
     "software.", False),
    ("near miss: a survey's margin of error is no mistake",
     BILLS, "A customer survey published with the bills had a margin of error of three "
     "points.",
     "The wrong bills were caused by a blunder in the board's new billing software.", False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_mishap_words(case):
    _id, lede, a, b, want = case
    got = _mishap(lede, a, b)
    assert bool(got) is want, got


@pytest.mark.parametrize("text, forms", [
    ("a margin of error of three points", []),
    ("the errors in the bills", ["errors"]),
    ("a software glitch and a blunder", ["glitch", "blunder"]),
])
def test_mishap_term_forms(text, forms):
    from storylens.analysis.descriptors import term_matches

    words = list(re.finditer(r"[^\W\d_]+", text))
    assert [f for _a, _b, f in term_matches(words)] == forms
