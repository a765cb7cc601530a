"""A vote tally is one fact of two parts (findings/votes.py; session 19, from the tallies
invented dev t62, t65 and t70 missed: "voting seven to two" / "voted 8-1", "ruled 9-6" /
"by eight votes to seven", "by 168 votes to 121" / "by 168 votes to 112").

* **Reading.** Two figures joined by "-" or "to" with a vote word before them in their
  sentence, or "votes" between them, or "N in favour ... M against". A range ("from 12 to
  18 months", "aged 18 to 30"), a date span ("on 12-13 May") and a score with no vote
  word ("won 3-1") are no tallies. The voting body is the nearest one named before it.
* **Comparing.** Two tallies are one vote when their bodies do not differ, they split one
  number of voters or agree on one side, and they are aligned or each is the one vote of
  its article (of its year). Near misses: a committee vote and a floor vote; a vote of an
  earlier year; an article that gives two votes of one body.

Invented text (fictional bodies and places).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.findings.votes import sentence_tallies
from storylens.models import Alignment
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


@pytest.mark.parametrize(("text", "want"), [
    ("The harbour board voted 6-3 to sell the old pier.", [(6, 3, "board")]),
    ("The Orsk council split five to four on the plan.", [(5, 4, "council")]),
    ("Deputies backed the bill by 212 votes to 187.", [(212, 187, "chamber")]),
    ("The tribunal ruled by three votes to two that the fine stood.", [(3, 2, "court")]),
    ("The Vell assembly voted by 40 members to 11 for the budget.", [(40, 11, "chamber")]),
    ("Councillors voted 14 in favour and nine against.", [(14, 9, "council")]),
    ("The vote, held in private, was eleven to four.", [(11, 4, None)]),
    ("In a 52-48 vote, shareholders approved the merger.", [(52, 48, None)]),
    ("The motion passed by a vote of 90 to 71 despite protests.", [(90, 71, None)]),
    # near misses: ranges, spans, scores and dates are no tallies
    ("The assembly voted to extend service from 12 to 18 months.", []),
    ("The law covers men aged 18 to 30, the vote's sponsors said.", []),
    ("Parliament will vote on 12-13 May.", []),
    ("The council voted to cut the limit to 30 to 40 tonnes.", []),
    ("Orsk Rovers won 3-1 at home on Saturday.", []),
    ("Between 200 to 300 people watched the vote.", []),
])
def test_tally_reading(text, want):
    assert [(yes, no, body) for _, _, yes, no, body, _ in sentence_tallies(text)] == want


def test_an_earlier_year_is_read():
    (t,) = sentence_tallies("In 2019, a similar bill was rejected by 110 votes to 87.")
    assert (t[2], t[3], t[5]) == (110, 87, "2019")


def _conflicts(a: list[str], b: list[str], aligned: tuple[tuple[int, int], ...] = ()) -> list:
    docs = [support.make_doc("a1", "Vell Daily", a, published="2026-11-18"),
            support.make_doc("a2", "Orsk Herald", b, published="2026-11-18")]
    als = [Alignment("paraphrase", (f"a1:s{i}", f"a2:s{j}"), 0.6) for i, j in aligned]
    ctx = FindingContext.build(docs, als, options=Options())
    return [f for f in find_fact_conflicts(ctx) if f.detail.get("family") == "vote"]


LEDE_A = "The Kessa harbour board dismissed its chairman Ivo Brandt on Monday."
LEDE_B = "Ivo Brandt was removed as chairman of the Kessa harbour board on Monday."


@pytest.mark.parametrize(("a", "b", "want"), [
    # one board of nine: 7-2 against 8-1 (one number of voters)
    ("The board voted seven to two to remove him.", "The board voted 8-1 to dismiss him.",
     {"seven to two", "8-1"}),
    # one side agreed: 168 for in both
    ("Parliament passed the bill by 168 votes to 121.", "The bill passed by 168 votes to 112.",
     {"168 votes to 121", "168 votes to 112"}),
    # the same tally written two ways: no conflict
    ("The board voted seven to two to remove him.", "The board voted 7-2 to dismiss him.", None),
    # near miss: a committee's vote and the floor's (two bodies)
    ("The committee voted 9-4 to back the bill.", "Parliament passed the bill 168-121.", None),
    # near miss: neither one number of voters nor one side (two votes)
    ("The board voted 7-2 to remove him.", "Members voted 40-12 to keep the pier.", None),
])
def test_unaligned_tallies(a, b, want):
    got = _conflicts([LEDE_A, a], [LEDE_B, b])
    assert ({v["text"] for v in got[0].detail["values"]} if got else None) == want


def test_a_vote_of_an_earlier_year_is_another_vote():
    got = _conflicts([LEDE_A, "In 2019, the board voted 6-3 to keep him."],
                     [LEDE_B, "The board voted 8-1 to dismiss him."])
    assert got == []


def test_an_article_with_two_votes_of_one_body_pairs_only_aligned():
    # the board voted twice (a first and a final vote): the Herald's one tally may be either
    a = [LEDE_A, "The board first voted 5-4 to suspend him.", "A week later it voted 7-2 to remove him."]
    b = [LEDE_B, "The board voted 8-1 to dismiss him."]
    assert _conflicts(a, b) == []
    got = _conflicts(a, b, aligned=((2, 1),))
    assert [{v["text"] for v in f.detail["values"]} for f in got] == [{"7-2", "8-1"}]


def test_a_tally_is_not_two_counts():
    # the tally's figures are compared whole, never as counts ("gives the vote count as 168")
    got = find_fact_conflicts(FindingContext.build(
        [support.make_doc("a1", "Vell Daily", ["Parliament passed the bill by 168 votes to 121."],
                          published="2026-11-18"),
         support.make_doc("a2", "Orsk Herald", ["Parliament passed the bill by 168 votes to 112."],
                          published="2026-11-18")],
        [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)], options=Options()))
    assert [(f.detail["family"], f.summary) for f in got] == [
        ("vote", "Vell Daily gives the vote as 168 votes to 121; Orsk Herald as 168 votes to 112.")]
