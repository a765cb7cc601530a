"""One person's age under two spellings of the name is one fact (session 19, invented dev
t67: "16-year-old Samir Oduya" / "17-year-old Samir Oduyah" was missed: the two keys
were two persons). ``facts._person_keys`` reads the name finder's clusters
(findings/names.name_clusters), which keep apart two spellings whose ages are years apart
(a father and a son: names.ages_apart) and names that differ in more than a spelling.

Invented text (fictional people and places).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


@pytest.mark.parametrize(("a", "b", "want"), [
    ("Farmhand Tomas Reddik, 24, was hurt when the barn collapsed in Kessa on Monday.",
     "Farmhand Tomas Reddikh, 25, was hurt when the barn collapsed in Kessa on Monday.",
     {"24", "25"}),
    # near misses: a father and a son (ages years apart), two other names
    ("Marten Holst, 81, was hurt when the barn collapsed in Kessa on Monday.",
     "Martin Holst, 19, was hurt when the barn collapsed in Kessa on Monday.", None),
    ("Farmhand Tomas Reddik, 24, was hurt when the barn collapsed in Kessa on Monday.",
     "Farmhand Tomas Ridley, 25, was hurt when the barn collapsed in Kessa on Monday.", None),
])
def test_age_of_one_person_spelled_two_ways(a, b, want):
    got = [f for f in support.fact_pair_findings(a, b, aligned=False) if f.detail["family"] == "age"]
    assert ({str(v["text"]) for v in got[0].detail["values"]} if got else None) == want
