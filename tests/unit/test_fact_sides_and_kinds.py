"""Three precision fixes read on session 14's new dev stories d21-d30 (facts14).

* A member of a fact that every other outlet's value agrees with is no side of the
  conflict: "more than 60" ships beside 62 and 90 (d22: the line set "60" against both).
* The size of a gathering ("told a rally of several thousand workers") only meets another
  gathering's size, not how many "have joined the walkout" (d22; ``_Mention.gathering``).
* A span of time that is an amount of a thing ("three months of unpaid wages") is never
  the span of an act ("blocked the highway for three hours"; d25; ``_Mention.of_what``).

Invented text only.
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


def _values(*sentences: str, aligned: bool = True) -> list[list[str]]:
    docs = [support.make_doc(f"a{i}", f"Outlet {i}", [t], published="2026-06-08")
            for i, t in enumerate(sentences, 1)]
    als = [Alignment("paraphrase", tuple(f"a{i}:s0" for i in range(1, len(docs) + 1)), 0.6)] \
        if aligned else []
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return [sorted(str(v["text"]).lower() for v in f.detail["values"]) for f in found]


def test_a_bound_every_value_meets_is_no_side():
    got = _values("By noon, 62 cargo ships were waiting at anchor outside Tarsk harbour.",
                  "More than 60 cargo ships were waiting at anchor outside Tarsk harbour by noon.",
                  "By noon some 90 cargo ships were waiting at anchor outside Tarsk harbour.")
    assert got == [["62", "90"]]


def test_a_bound_that_meets_no_value_stays_a_side():
    got = _values("By noon, 62 cargo ships were waiting at anchor outside Tarsk harbour.",
                  "More than 80 cargo ships were waiting at anchor outside Tarsk harbour by noon.")
    assert got == [["62", "80"]]


@pytest.mark.parametrize("aligned", [True, False])
@pytest.mark.parametrize(("a", "b", "want"), [
    ('Union leader Ada Brenn told a rally of several thousand dock workers: "We will not '
     'give in."', "More than 11,000 dock workers have joined the walkout, the union said.", []),
    # near miss: two sizes of one gathering stay one fact
    ('Union leader Ada Brenn told a rally of several thousand dock workers: "We will not '
     'give in."', "Union leader Ada Brenn told a crowd of 40,000 dock workers at the gates.",
     [["40,000", "several thousand"]]),
])
def test_a_gatherings_size_meets_only_a_gathering(a, b, want, aligned):
    assert _values(a, b, aligned=aligned) == want


@pytest.mark.parametrize(("a", "b", "want"), [
    ("Tarsk mill workers block the coast road over three months of unpaid wages.",
     "Mill workers blocked the Tarsk coast road for three hours on Sunday.", []),
    # near misses: two spans of one act, and two amounts of one thing, stay one fact
    ("Mill workers blocked the Tarsk coast road for five hours on Sunday.",
     "Mill workers blocked the Tarsk coast road for three hours on Sunday.",
     [["five hours", "three hours"]]),
    ("Tarsk mill workers are owed three months of unpaid wages, the union said.",
     "Tarsk mill workers are owed five months of unpaid wages, the union said.",
     [["five months", "three months"]]),
])
def test_a_span_of_a_thing_is_no_span_of_an_act(a, b, want):
    assert _values(a, b) == want
