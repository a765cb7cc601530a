"""Session 41 (framing41), two loaded-term sets of rules/loaded_terms:

* "mishap": one mistake told as incompetence or disaster ("blunder", "fiasco",
  "meltdown") or made small ("glitch") where another outlet reports it as an "error" or a
  "mistake". Near misses: both outlets writing the same word, two loaded words and no
  plain one, the loaded word inside a quote (the speaker's, not the outlet's), a
  statistic's "margin of error".
* "passage": a law's adoption told as force or haste ("rammed through", "forced through",
  "pushed through") where another outlet writes "passed", "approved" or "voted". Near
  misses: "pushed through the crowd" (no law), an approval by one official (no chamber's
  vote: rules/loaded_terms.no_vote), both outlets writing "forced through", another law.

Invented text (a fictional Orvell water board, a Tessary assembly)."""

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


ASSEMBLY = ("The Tessary national assembly sat for two days of debate on the Orvell river "
            "this week, officials said.\n\n")
PASSAGE = ("rammed", "forced", "pushed", "rushed")


def _passage(lede: str, a: str, b: str) -> list[str]:
    return [f.summary for f in framings_between(lede, a, b)
            if any(f"{w} through" in f.summary for w in PASSAGE)]


PASSAGE_CASES = [
    ("rammed through against passed, one law",
     ASSEMBLY, "The assembly passed the Orvell river protection law by 61 votes to 52.",
     "The ruling bloc rammed through the Orvell river protection law by 61 votes to 52.",
     True),
    ("forced through against voted",
     ASSEMBLY, "Deputies voted on Thursday to protect the Orvell river from dredging.",
     "The ruling bloc forced through a law on Thursday to protect the Orvell river from "
     "dredging.", True),
    ("pushed through against approved by the assembly",
     ASSEMBLY, "The assembly approved the river protection law on Thursday, officials said.",
     "The ruling bloc pushed through the river protection law on Thursday, officials said.",
     True),
    ("near miss: 'pushed through the crowd' is no law",
     ASSEMBLY, "The assembly approved the Orvell river protection law on Thursday.",
     "Protesters pushed through the crowd outside the assembly building on Thursday.",
     False),
    ("near miss: an official's approval is no chamber's vote",
     ASSEMBLY, "The dredging permit had been approved by a deputy minister within a day.",
     "The dredging permit was pushed through using an exemption a deputy minister signed "
     "within a day.", False),
    ("near miss: both outlets write 'forced through'",
     ASSEMBLY, "The ruling bloc forced through the Orvell river protection law on Thursday.",
     "The ruling bloc forced through the Orvell river protection law on Thursday, "
     "officials said.", False),
    ("near miss: two laws, no shared object",
     ASSEMBLY, "Last year the assembly passed a fisheries quota by a wide margin.",
     "The ruling bloc rammed through the Orvell river protection law on Thursday.", False),
]


@pytest.mark.parametrize("case", PASSAGE_CASES, ids=[c[0] for c in PASSAGE_CASES])
def test_passage_words(case):
    _id, lede, a, b, want = case
    got = _passage(lede, a, b)
    assert bool(got) is want, got


@pytest.mark.parametrize("sentence, base, charge, want", [
    ("the exemption had been approved by a deputy minister", "approved", 0, True),
    ("a week passed before the letters arrived", "passed", 0, True),
    ("parliament passed the law on thursday", "passed", 0, False),
    ("the motion passed by seven votes to four", "passed", 0, False),
    ("deputies voted to ban it", "voted", 0, False),
    ("the deal was rammed through", "rammed through", 2, False),
])
def test_no_vote(sentence, base, charge, want):
    from storylens.rules.loaded_terms import no_vote

    assert no_vote("passage", base, charge, sentence.split()) is want
    assert no_vote("mishap", base, charge, sentence.split()) is False


@pytest.mark.parametrize("sentence, want", [
    ("protesters pushed through the crowd outside the assembly", True),
    ("the van rammed through a police cordon", True),
    ("the coalition rammed through a law on thursday", False),
    ("the law was rushed through parliament", False),
    ("the motion pushed through by councillor orm passed", False),
])
def test_loaded_passage_through_a_thing(sentence, want):
    from storylens.rules.loaded_terms import no_vote

    words = sentence.split()
    after = next(i for i, w in enumerate(words) if w == "through") + 1
    assert no_vote("passage", words[after - 2] + " through", 2, words, after) is want
