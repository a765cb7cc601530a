"""Session 13, names (fixes13): a sentence-opening "May" before a time adjunct ("this
year") whose verb is bare ("be", "bring") opens a wish, not the person named May; near
misses: the person's finite verb after the adjunct ("this week announced", "told", "put
forward"), the month said to be a span, a date (``rules/titles.MAY_FINITE_FORMS``,
``names._bare_verb_at``)."""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.analysis.names import link_key


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


MAY = "Harbour Minister Ilona May opened the Tarrow locks on Monday."


@pytest.mark.parametrize(("sentence", "persons"), [
    # a wish: a time adjunct as the new subject, a bare verb after it
    ("May this year be kinder to the farmers of the Tarrow valley.", 0),
    ("May this year bring rain to the Tarrow valley.", 0),
    ("May this season never be as wet as the last.", 0),
    ("May This Year Be Kinder To Tarrow", 0),
    # (review13) a bare verb ending in "ss" is no third person's "-s" ("passes", "blesses")
    ("May this year pass more gently for the Tarrow valley.", 0),
    ("May this summer bless the farmers of the Tarrow valley.", 0),
    ("May this week passes the lock budget to the council.", 1),
    # near misses: the person, a finite verb after the adverbial
    ("May this week announced a new lock for the Tarrow.", 1),
    ("May this week told the council the locks would stay open.", 1),
    ("May this week also said the locks would stay open.", 1),
    ("May this morning sat down with the lock keepers.", 1),
    ("May this week put forward a plan for the valley.", 1),
    ("May this week quietly dropped the plan.", 1),
    ("May all but conceded the vote on Tuesday.", 1),
    # near misses: the month and a date
    ("May was the wettest month on record in the valley.", 0),
    ("May 3 was the day the locks reopened.", 0),
])
def test_may_before_a_time_adjunct(sentence, persons):
    got = [(t, k, key) for t, k, key in support.entity_triples(MAY, sentence) if t == "May"]
    assert len(got) == persons, got
    assert all(k == "person" and key == link_key("Ilona May") for _, k, key in got)
