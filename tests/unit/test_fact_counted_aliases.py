"""Two outlets' counted nouns meet through a definite reference back to the group
(session 14, facts14).

"500 fur capes" and "300 toys" count two things, so counts whose counted nouns differ are
never one fact. But an outlet that writes "Police arrested three men" and later "The three
suspects were detained on Monday" names one group two ways: its count of men is also a
count of suspects (``facts._Mention.aliases``, ``facts._aliased``), and another outlet's
"arrested two suspects" is the same measure. Only a definite reference ("the", "these",
"all the", "both") to the same exact number, under no other head, names the same group.
Invented text only.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import doc_mentions, find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


LEAD_A = "Police in Kelby arrested three men over the warehouse fire on Monday."
LEAD_B = "Police in Kelby arrested two suspects over the warehouse fire on Monday."


def _values(more_a: str) -> list[set[str]]:
    docs = [support.make_doc("a1", "Kelby Courier", [LEAD_A, more_a], published="2026-05-19"),
            support.make_doc("a2", "Orvel Herald", [LEAD_B], published="2026-05-19")]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


@pytest.mark.parametrize(("more_a", "want"), [
    ("The three suspects, aged between 19 and 24, are due in court on Friday.", {"three", "two"}),
    ("All the three suspects live in the Kelby docks district.", {"three", "two"}),
    # near misses: no definite reference, another number, or the group under another head
    ("Three suspects are still being sought, police said.", None),
    ("The four suspects are due in court on Friday.", None),
    ("The three suspects were injured in the fire.", None),
    ("The market reopened on Tuesday.", None),
])
def test_a_definite_reference_names_the_counted_group_again(more_a, want):
    assert _values(more_a) == ([] if want is None else [want])


def test_aliases_of_a_count():
    doc = support.make_doc("a1", "Kelby Courier", (
        LEAD_A, "The three suspects are due in court on Friday.",
        "Three officers were hurt."), published="2026-05-19")
    got = {(m.q.text, m.noun): m.aliases for _, ms in doc_mentions(doc) for m in ms}
    assert got == {("three", "man"): {"suspect"}, ("three", "suspect"): {"man"},
                   ("Three", "officer"): frozenset()}


@pytest.mark.parametrize(("more_a", "lead_b", "want"), [
    # two roles of one number are two groups: the soldiers killed, the attackers who fled
    ("The army said the four attackers escaped into the hills.",
     "Three attackers were killed in the ambush near Marsk on Tuesday.", None),
    # a group counted by sex first, then by its role: one group
    ("The four victims were buried in Marsk on Wednesday.",
     "Three victims were killed in the ambush near Marsk on Tuesday.", {"four", "three"}),
])
def test_two_roles_of_one_number_are_two_groups(more_a, lead_b, want):
    """review14c: "Four soldiers were killed" ... "the four attackers escaped" aliased the
    soldiers to attackers, and another outlet's "three attackers were killed" read as a
    conflicting toll."""
    lead_a = ("Four soldiers were killed in the ambush near Marsk on Tuesday."
              if want is None else "Four men were killed in the ambush near Marsk on Tuesday.")
    docs = [support.make_doc("a1", "Marsk Courier", [lead_a, more_a], published="2026-05-19"),
            support.make_doc("a2", "Orvel Herald", [lead_b], published="2026-05-19")]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    got = [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]
    assert got == ([] if want is None else [want])
