"""Session 11, names: one table per rule, each with near misses (invented names and places).

* a name whose last word is a company's sector noun ("Vella Ferries", ``rules/titles.ORG_HEADS``)
  is an organisation wherever it stands, before "said" too;
* a month with a day number or a year after it is the date after a name, never a word of
  it ("Gov. Ana Lund May 4");
* a month that is also a surname, standing alone, is the person the article names in full
  ("backed by May and her ministers" beside "Theresa May"), never a date's month
  ("by May 4", "in May", "reopen by May").
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.analysis.names import link_key


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


entities = support.entity_triples


ORG_HEADS = [
    # (sentences, the name, its kind)
    pytest.param(["Vella Ferries said the crossing was cancelled."], "Vella Ferries", "org",
                 id="before-said"),
    pytest.param(["The crossing was cancelled, said Kestrel Shipping Lines."],
                 "Kestrel Shipping Lines", "org", id="after-said"),
    pytest.param(["General Motors said it would cut 400 jobs in Orm."], "General Motors", "org",
                 id="weak-title-word-first"),
    pytest.param(["The route is run by Tarn Energy, which bought it in 2019."], "Tarn Energy", "org",
                 id="after-by"),
    # near misses: persons stay persons
    pytest.param(["Mara Velko said the crossing was cancelled."], "Mara Velko", "person",
                 id="near-miss-a-person-before-said"),
    pytest.param(["Energy Minister Ana Lund said prices rose."], "Ana Lund", "person",
                 id="near-miss-sector-word-in-a-title"),
    pytest.param(["Kestrel Energy chief Ana Lund said the boats were late."], "Ana Lund", "person",
                 id="near-miss-the-company's-chief"),
    # near misses (review): an honorific makes the sector noun a surname
    pytest.param(["Dr. Ana Lines said the crossing was cancelled."], "Ana Lines", "person",
                 id="near-miss-honorific-before-a-sector-surname"),
    pytest.param(["Mr. Tom Works said the crossing was cancelled."], "Tom Works", "person",
                 id="near-miss-mr-before-a-sector-surname"),
]


@pytest.mark.parametrize(("sentences", "name", "kind"), ORG_HEADS)
def test_a_company_head_makes_an_organisation_wherever_it_stands(sentences, name, kind):
    got = {t: k for t, k, _ in entities(*sentences)}
    assert got.get(name) == kind, got


def test_a_company_name_keeps_its_first_word_in_its_key():
    # "General" is a title word only before a person's name; one capitalised sector noun
    # alone is no name
    assert link_key("General Motors") == "general motors"
    assert not any(t == "Ferries" for t, _, _ in entities("Ferries will run every hour."))


DATED = [
    # (sentence, the name, a glued form that must not appear)
    pytest.param("The bill, signed by Gov. Ana Lund May 4, took effect.", "Ana Lund",
                 "Ana Lund May", id="day-after-a-person"),
    pytest.param("Voters in Orm City June 12 chose a new mayor.", "Orm City", "Orm City June",
                 id="day-after-a-place"),
    pytest.param("Talks with Orm Velko Aug. 3 failed.", "Orm Velko", "Orm Velko Aug",
                 id="abbreviated-month"),
    pytest.param("Tarn Harbour March 2019 saw the first strike.", "Tarn Harbour",
                 "Tarn Harbour March", id="year-after-a-place"),
    # near misses: a month name with no number after it is left to the other rules
    pytest.param("Jon Orm met Theresa May on Tuesday.", "Theresa May", "Theresa", id="near-miss-a-surname"),
]


@pytest.mark.parametrize(("sentence", "name", "glued"), DATED)
def test_a_month_before_a_day_number_is_no_word_of_a_name(sentence, name, glued):
    got = {t for t, _, _ in entities(sentence)}
    assert name in got and glued not in got, got


MAY = "Prime Minister Theresa May met the Orm delegation on Tuesday."
SURNAME_MONTHS = [
    # (sentences, the mentions of "May" that are the person)
    pytest.param([MAY, "The deal was backed by May and her ministers."], 1, id="passive-agent"),
    pytest.param([MAY, "May said the deal was done."], 1, id="before-said"),
    # near misses: dates, and no full name to be the surname of
    pytest.param([MAY, "The vote is due by May 4."], 0, id="near-miss-by-a-day"),
    pytest.param([MAY, "They will reopen the bridge by May."], 0, id="near-miss-by-a-deadline"),
    pytest.param([MAY, "Talks will end in May."], 0, id="near-miss-in-may"),
    # near misses (review): a month beside another month, a deadline after a bare "be"
    pytest.param([MAY, "Sales fell in April and May, the board said."], 0, id="near-miss-april-and-may"),
    pytest.param([MAY, "Between March and May the port was shut."], 0, id="near-miss-march-and-may"),
    pytest.param([MAY, "Fares rose from May to July."], 0, id="near-miss-may-to-july"),
    pytest.param([MAY, "The deal must be agreed by May, the board said."], 0, id="near-miss-be-agreed-by"),
    pytest.param([MAY, "The treaty is to be signed by May at the latest."], 0, id="near-miss-to-be-signed-by"),
    pytest.param([MAY, "The deal has been backed by May and her ministers."], 1, id="been-backed-by"),
    pytest.param(["Jon Orm met the delegation.", "The deal was backed by May and her ministers."], 0,
                 id="near-miss-no-theresa-may"),
]


@pytest.mark.parametrize(("sentences", "persons"), SURNAME_MONTHS)
def test_a_month_that_is_a_surname_is_the_person_only_beside_the_full_name(sentences, persons):
    got = [(t, k, key) for t, k, key in entities(*sentences) if t == "May"]
    assert len(got) == persons, got
    assert all(k == "person" and key == link_key("Theresa May") for _, k, key in got)
