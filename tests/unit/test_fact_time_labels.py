"""A fact's measure label never comes from a time phrase or a name (session 12, fixes12a).

The summary names a figure's measure from a content word both sentences share near it
when no head word or counted noun names it. A rate's or a date's time word is no measure:
"walked 40 kilometres a day" gave "gives the day as 40 kilometres", "per day" "the per",
"in a single day" "the single", "each day" "the each"; and with the time phrase gone a
place's name stood next ("to Orsk": "the orsk"). The unit of time, the word right before
it, and words the sentence writes capitalised are left out (``facts._time_phrase``,
``rules/numbers.LABEL_TIME_WORDS``). Invented text only.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _summaries(a: str, b: str) -> list[str]:
    """Default options, the two sentences aligned as edited."""
    docs = [support.make_doc("a1", "Outlet A", [a], published="2026-11-18"),
            support.make_doc("a2", "Outlet B", [b], published="2026-11-18")]
    als = [Alignment("edited", ("a1:s0", "a2:s0"), 0.7)]
    return [f.summary for f in find_fact_conflicts(FindingContext.build(docs, als, options=Options()))]


@pytest.mark.parametrize(("a", "b", "label"), [
    ("The convoy covers 40 kilometres a day.", "The convoy covers 30 miles a day.", "the figure"),
    ("The convoy covers 40 kilometres per day.", "The convoy covers 30 miles per day.", "the figure"),
    ("Ferries there run 40 kilometres each day.", "Ferries there run 30 miles each day.", "the figure"),
    ("The convoy covered 40 kilometres in a single day.",
     "The convoy covered 30 miles in a single day.", "the convoy"),
    ("The convoy covered 40 kilometres every night.", "The convoy covered 30 miles every night.",
     "the convoy"),
    ("The pipeline carries 40,000 barrels a day to Orsk.",
     "The pipeline carries 60,000 barrels a day to Orsk.", "the figure"),
    # near misses: a shared noun of the measure names it still, a rate or not
    ("The repairs are expected to take 48 hours, the port said.",
     "The repairs are expected to last 72 hours, the port said.", "the repairs"),
    ("The pipeline carries 40,000 barrels of crude a day.",
     "The pipeline carries 60,000 barrels of crude a day.", "the crude"),
    ("Ferries there run normally for 40 kilometres.", "Ferries there run normally for 30 miles.",
     "the run"),
])
def test_a_time_phrase_or_a_name_names_no_measure(a, b, label):
    got = _summaries(a, b)
    assert len(got) == 1 and got[0].startswith(f"Outlet A gives {label} as "), got
