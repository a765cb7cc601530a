"""Real conflicts that session 19's fact_conflict merges hid, and wrong ones they made
(the session 19 review of "merge s19-facts" and "merge s19-facts2"); each case failed on
main 0d7d71ee.

* **A share's noun is no part.** facts19b's regex of the words after a share
  (``_SHARE_NOUN_WORDS``) was named as facts19's regex of the words that make a figure a
  part of a whole, and replaced it: every amount followed by a word read as a part, so a
  total never met it ("cost 4 million crowns in total" / "cost 5 million crowns").
* **One act dated twice.** Two dates whose sentences date one act ("fired three shots
  ... on July 9" / "fired three times ... on July 19") are one fact, whatever figures
  their sentences give (facts._years_of_figures).
* **A toll "including the pilot"** is every outlet's toll: only an attacker may be left
  out of one (rules/numbers.PERPETRATOR_NOUNS).
* **Two kinds of one share.** The word before a share's noun and what it is "of" say
  which one it is ("a 25 percent deposit refund" / "a 50 percent refund of the fare",
  "a rent rise" / "a pay rise": two measures; "a refund of the fare" / "a fare refund":
  one).

Invented text (fictional people, companies and places).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _values(a: str, b: str, aligned: bool = True) -> list[set[str]]:
    return [{str(v["text"]) for v in f.detail["values"]}
            for f in support.fact_pair_findings(a, b, aligned=aligned)]


@pytest.mark.parametrize(("a", "b", "want"), [
    # a total and a plain figure of one named thing
    ("The Selm footbridge cost 4 million crowns in total.",
     "The Selm footbridge cost 5 million crowns.", [{"4 million crowns", "5 million crowns"}]),
    ("Dunmere's new depot holds 300 tonnes of salt in all.",
     "Dunmere's new depot holds 260 tonnes of salt.", [{"300 tonnes", "260 tonnes"}]),
    # near miss: a part, told as one
    ("Dunmere's new depot holds 300 tonnes of salt in all.",
     "About 40 tonnes of the salt is kept in a shed behind the depot.", []),
])
def test_a_figure_followed_by_a_word_is_no_part(a, b, want):
    assert _values(a, b) == want


def test_one_act_dated_twice_whatever_the_figures():
    assert _values("Sergeant Mila Corve fired two warning shots at the lorry in Dunmere on March 3, 2025.",
                   "Sergeant Mila Corve fired twice at the lorry in Dunmere on March 13, 2025.",
                   aligned=False) == [{"March 3, 2025", "March 13, 2025"}]


@pytest.mark.parametrize(("a", "b", "want"), [
    ("The plane crash near Callow killed seven people, including the pilot.",
     "The plane crash near Callow killed six people.", [{"seven", "six"}]),
    ("The coach crash near Callow killed five people, including the driver.",
     "The coach crash near Callow killed four people.", [{"five", "four"}]),
    # near miss: an attacker an outlet may leave out
    ("The attack in Callow killed seven people, including the bomber.",
     "The attack in Callow killed six people.", []),
])
def test_a_victim_named_in_a_toll_is_no_attacker(a, b, want):
    assert _values(a, b) == want


@pytest.mark.parametrize(("a", "b", "want"), [
    ("Selm Rail is offering a 50 percent refund of the ticket.",
     "Selm Rail is offering a 25 percent deposit refund.", []),
    ("Tenants in Dunmere face a 3 percent rent rise.",
     "Tenants in Dunmere won a 4 percent pay rise.", []),
    # one share, qualified alike or on one side only: still one
    ("Selm Rail is offering a 50 percent refund of the ticket.",
     "Selm Rail is offering a 25 percent ticket refund.", [{"50 percent", "25 percent"}]),
    ("Selm Rail is offering a 50 percent refund of the ticket.",
     "Selm Rail is offering a 25 percent refund.", [{"50 percent", "25 percent"}]),
    ("Dockers in Dunmere won a 3 percent pay rise.",
     "Dockers in Dunmere won a 4 percent pay increase.", [{"3 percent", "4 percent"}]),
])
def test_two_kinds_of_one_share(a, b, want):
    assert _values(a, b) == want
