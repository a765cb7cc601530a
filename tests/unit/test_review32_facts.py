"""Session 32 review of facts._sole_pair: two articles' sole counts of one head word that
count two groups stay apart.

"Twelve people were injured" / "Three crew were injured" share the head ("injured") and
have no counted noun (_counted_noun reads none for a generic or singular word), yet the
words after the figures name two groups; "Five people were seriously injured" counts a
graded part of the hurt. Their positives stay found. Invented text throughout (fictional
names, places and outlets)."""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.options import Options

ON = Options(story_facts=True, fact_conflicts=True)


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rule path, with or without the optional spaCy pipeline."""
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


LEAD_A = "The Marrow Line ferry ran aground off Tessel Point on Tuesday night."
LEAD_B = "The grounding of the Marrow Line ferry off Tessel Point shut the harbour."


def run(a: list[str], b: list[str]) -> list[set[str]]:
    da = support.make_doc("a1", "Quillon Herald", (LEAD_A, *a), published="2026-10-04")
    db = support.make_doc("a2", "Ferrow Daily", (LEAD_B, *b), published="2026-10-04")
    found = find_fact_conflicts(FindingContext.build([da, db], [], options=ON))
    return [{v["text"] for v in f.detail["values"]} for f in found]


# (article A's sentences, article B's sentences, the conflicting values or None)
CASES = [
    # two groups with one head: the words after the figures name them apart
    (["Twelve people were injured."], ["Three crew were injured."], None),
    (["Rescuers said nine people were hurt."], ["Four staff were hurt, the operator said."], None),
    # a graded part of the hurt against the ungraded count
    (["Twelve people were injured."], ["Five people were seriously injured."], None),
    (["Twelve people were injured."], ["Two people were critically injured."], None),
    # positives that stay: one group, worded alike or graded alike
    (["Twelve people were injured."], ["Officials said 15 people were injured."], {"Twelve", "15"}),
    (["Five people were seriously injured."], ["Rescuers said seven people were seriously injured."],
     {"Five", "seven"}),
]


@pytest.mark.parametrize("a, b, want", CASES)
def test_sole_counts_of_two_groups(a, b, want):
    found = run(a, b)
    if want is None:
        assert found == []
    else:
        assert want in found


INCREMENTS = [
    # one more batch: "another" before the figure
    (["Twelve people were injured."], ["Another five people were injured."]),
    (["Police arrested 37 people."], ["Rescuers said another 12 people were arrested."]),
]


@pytest.mark.parametrize("a, b", INCREMENTS)
def test_another_batch_is_no_sole_count(a, b):
    assert run(a, b) == []


def test_hyphenated_number_word_keeps_its_noun():
    """"Twenty-seven people" counts people: the word after the figure is not "seven"."""
    assert {"Twenty-seven", "37"} in run(["Twenty-seven people were detained."],
                                         ["Officers detained 37 people at the gate."])


def test_grade_of_another_clause_is_not_the_counts():
    """"... were detained, and four officers were lightly injured": the grade is the officers'."""
    assert {"Twenty-seven", "37"} in run(
        ["Twenty-seven people were detained, and four officers were lightly injured."],
        ["Officers detained 37 people at the gate."])
