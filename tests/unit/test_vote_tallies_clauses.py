"""A vote tally's vote word governs it, and a bill's several votes are several (session 19
review: findings/votes.py read any two figures joined by "-" or "to" as a vote when a vote
word stood anywhere before them in the sentence, so "After the vote, the Rovers won 3-1"
gave "the vote as 3-1"; and an amendment's vote or another reading's, its article's one
vote, was paired with the bill's final vote when one side agreed).

* **Governing.** The last vote word before the figures stands in their clause: no comma
  or subordinating word between them once an aside between commas is out, and the
  figures are not "of" a noun of their own ("quotas of 20 to 30").
* **Stages.** An amendment's vote is never a vote that names no amendment; two readings
  (rounds, ballots) of other ordinals are two votes.

Invented text (fictional bodies, clubs and places); each case failed before.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.findings.votes import sentence_tallies
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


@pytest.mark.parametrize(("text", "want"), [
    # the vote word is another clause's
    ("After the vote, the Dunmere Rovers won 3-1 at home.", []),
    ("The ruling came as Dunmere beat Callow 2-1 in the cup.", []),
    ("After the vote, offices in Callow open 9-5 on weekdays.", []),
    ("The vote sets catch quotas of 20 to 30 for each trawler.", []),
    # ... and the vote's own figures, past an aside, an infinitive or "and"
    ("The vote, taken behind closed doors, was nine to six.", [(9, 6)]),
    ("The Callow board voted to sack him 7-2 on Friday.", [(7, 2)]),
    ("The board voted 7-2 to sack him and 5-4 to halve his pension.", [(7, 2), (5, 4)]),
    ("Approved by a vote of 61 to 40, the levy starts in May.", [(61, 40)]),
])
def test_the_vote_word_governs_the_figures(text, want):
    assert [(yes, no) for _, _, yes, no, _, _ in sentence_tallies(text)] == want


def _votes(a: list[str], b: list[str]) -> list[set[str]]:
    docs = [support.make_doc("a1", "Vell Daily", a, published="2026-11-18"),
            support.make_doc("a2", "Orsk Herald", b, published="2026-11-18")]
    ctx = FindingContext.build(docs, [], options=Options())
    return [{v["text"] for v in f.detail["values"]} for f in find_fact_conflicts(ctx)
            if f.detail.get("family") == "vote"]


LEDE_A = "The Dunmere assembly approved the river bill on Tuesday."
LEDE_B = "Lawmakers in Dunmere passed the river bill on Tuesday."


@pytest.mark.parametrize(("a", "b", "want"), [
    # a score and a vote word in one sentence: no vote at all
    ("After the vote, the Dunmere Rovers won 3-1 at home.",
     "After the vote, the Dunmere Rovers won 3-2 at home.", []),
    # an amendment's vote and the bill's: two votes, though 168 voted for each
    ("An amendment on weirs was rejected by 168 votes to 121.",
     "The bill passed by 168 votes to 112.", []),
    # two readings
    ("At the first reading, deputies voted 168 to 121 in favour.",
     "At the second reading the bill passed by 168 votes to 112.", []),
    # the same stage, told two ways: still one vote (the conflict stays)
    ("At the second reading, deputies voted 168 to 121 in favour.",
     "The bill passed its second reading by 168 votes to 112.", [{"168 to 121", "168 votes to 112"}]),
    ("The amendment on weirs passed by 168 votes to 121.",
     "Deputies voted 168-112 for the weirs amendment.", [{"168 votes to 121", "168-112"}]),
])
def test_stages_and_scores(a, b, want):
    assert _votes([LEDE_A, a], [LEDE_B, b]) == want
