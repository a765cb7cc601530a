"""Issue 11, names: one table per rule, each with near misses (invented names and outlets).

* a variant only between names of one kind that can be one thing;
* no sentence-initial word glued to a name;
* no partial overlap of two different organisations;
* spelling conventions (St/Saint, Mt/Mount, US/U.S., Defence/Defense) are not findings.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.analysis.names import extract_entities
from storylens.findings.common import FindingContext
from storylens.findings.names import find_name_variants


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def texts(*sentences: str) -> set[str]:
    return {e.text for e in extract_entities(support.make_doc("a1", "Orm Daily", sentences))}


def spellings(a: list[str], b: list[str]) -> list[set[str]]:
    docs = [support.make_doc("a1", "Orm Daily", a), support.make_doc("a2", "Vell Post", b)]
    return [set(f.detail["spellings"]) for f in find_name_variants(FindingContext.build(docs, []))]


GLUE = [
    # (sentence, the name, a glued form that must not appear)
    pytest.param("Reportedly Mara Velko left the port.", "Mara Velko", "Reportedly Mara Velko", id="edly"),
    pytest.param("Thankfully Mara Velko left the port.", "Mara Velko", "Thankfully Mara Velko", id="fully"),
    pytest.param("Neither Mara Velko nor Tarik Vell came.", "Mara Velko", "Neither Mara Velko", id="neither"),
    pytest.param("Plus Tarik Vell went home.", "Tarik Vell", "Plus Tarik Vell", id="plus"),
    # near misses: given names that end like adverbs stay whole
    pytest.param("Emily Vorta left the port.", "Emily Vorta", "Vorta", id="emily"),
    pytest.param("Kimberly Vorta left the port.", "Kimberly Vorta", "Vorta", id="kimberly"),
    pytest.param("Sally Vorta left the port.", "Sally Vorta", "Vorta", id="sally-short"),
]


@pytest.mark.parametrize(("sentence", "name", "glued"), GLUE)
def test_no_sentence_initial_word_glued_to_a_name(sentence, name, glued):
    got = texts(sentence)
    assert name in got and glued not in got, got


VARIANTS = [
    # one kind, one thing: a finding
    pytest.param(["Mara Velko, a judge, spoke."], ["Judge Mara Velka spoke."],
                 [{"Mara Velko", "Mara Velka"}], id="person-typo"),
    pytest.param(["Kotar Brigadun militants fired."], ["Kotar Brigadunn militants fired."],
                 [{"Kotar Brigadun", "Kotar Brigadunn"}], id="org-typo"),
    # two kinds: a person and an organisation one letter apart are two things
    pytest.param(["Mara Velko, a judge, spoke."], ["Mara Velka militants fired."], [],
                 id="person-vs-org"),
    # two organisations that share words are two bodies
    pytest.param(["The Orm City Police said so."], ["The Vell City Police said so."], [],
                 id="two-city-police"),
    pytest.param(["The Auburn Vale Police said so."], ["The Norvale Police said so."], [],
                 id="overlap-last-word"),
    pytest.param(["The Vell Defence Forces moved."], ["The Vell Defence Council moved."], [],
                 id="two-kind-words"),
    pytest.param(["The Orm Police Department said so."], ["The Orm County Police Department said so."],
                 [], id="one-name-inside-another"),
    # spelling conventions: not findings
    pytest.param(["Crowds filled St Anne's Square."], ["Crowds filled Saint Anne's Square."], [],
                 id="st-saint"),
    pytest.param(["Crowds filled St. Anne's Square."], ["Crowds filled Saint Anne's Square."], [],
                 id="st-dot-saint"),
    pytest.param(["Hikers climbed Mt Orm Park."], ["Hikers climbed Mount Orm Park."], [],
                 id="mt-mount"),
    pytest.param(["The U.S. Senate voted."], ["The US Senate voted."], [], id="us-dots"),
    pytest.param(["The U.S. Senate voted."], ["The United States Senate voted."], [],
                 id="us-long"),
    pytest.param(["The U.K. Treasury paid."], ["The UK Treasury paid."], [], id="uk-dots"),
    pytest.param(["Staff of the Vell Defence Ministry met."], ["Staff of the Vell Defense Ministry met."],
                 [], id="defence-defense"),
    pytest.param(["The Vell Harbour Police said so."], ["The Vell Harbor Police said so."], [],
                 id="harbour-harbor"),
    # near miss: a different saint is a different name, not a style
    pytest.param(["Crowds filled St Anne's Square."], ["Crowds filled St Agnes Square."], [],
                 id="two-saints"),
]


@pytest.mark.parametrize(("a", "b", "expected"), VARIANTS)
def test_variant_table(a, b, expected):
    assert spellings(a, b) == expected


def test_a_trailing_day_is_cut_when_the_name_stands_alone_elsewhere():
    got = texts("Envoys met in Orm Vale Tuesday to sign the pact.", "Orm Vale stayed calm.")
    assert "Orm Vale" in got and "Orm Vale Tuesday" not in got, got
    got = texts("The council impeached Mayor Tarik Vell Dec. 18 for fraud.",
                "Tarik Vell denied the charges.")
    assert "Tarik Vell" in got and "Tarik Vell Dec" not in got, got


def test_a_day_that_is_part_of_the_name_stays():
    # near misses: no shorter form written alone
    assert "Black Friday" in texts("Shops in Orm opened early for Black Friday.")
    assert "Anna May" in texts("The singer Anna May opened the Orm festival.", "Anna May sang twice.")
