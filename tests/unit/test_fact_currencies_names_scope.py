"""Three small readings of a figure (s15-facts3).

* **Currency names** (rules/units.CURRENCY_WORDS, the currency names of ISO 4217 in
  English use): "420 million kroner" is money, in the crown family ("kroner" and "crowns"
  are one currency); "zlotys", "forints", "pesos" are money. Near misses: words that
  follow a number as ordinary English ("12 won", "the 1,000 mark", "three real threats")
  and invented currencies ("dalers") stay no money; "won" is a currency only after a
  scale word ("1.2 trillion won").
* **A scope word inside a name** ("the charity Hands Across Borders", "the Nationwide
  Building Society") does not widen a figure past one place (facts._wide); the same word
  in lower case, opening the sentence or in a title-cased line still does.
* **A nationality before a person noun** ("their Dambaran driver", "a Velanian nurse")
  is that person's, not the place of a figure in the clause (facts._places); "four
  Dambaran soldiers" keeps its place.

Invented text (fictional people, places and charities).
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis.numbers import extract_quantities
from storylens.findings import facts


def _money(sentence: str) -> dict[str, tuple[str, str | None]]:
    doc = support.make_doc("a1", "Halvik Post", [sentence], published="2026-11-18")
    return {q.text: (q.kind, q.unit) for q in extract_quantities(doc)}


@pytest.mark.parametrize("sentence, text, unit", [
    ("The Halvik council expects to save 420 million kroner a year.", "420 million kroner", "crown"),
    ("Fines for late filing reach 2,000 kronor.", "2,000 kronor", "crown"),
    ("The repairs will cost 9 million crowns.", "9 million crowns", "crown"),
    ("A tram ticket in Velbrzeg now costs 45 zlotys.", "45 zlotys", "PLN"),
    ("The Tarvas bridge cost 3.2 billion forints.", "3.2 billion forints", "HUF"),
    ("The ministry set aside 40 million pesos for the fishermen of Orvan.", "40 million pesos", "peso"),
    ("The Dunmore port fee rose to 300 dirhams.", "300 dirhams", "dirham"),
    ("Kessan Steel was fined 1.2 trillion won by the regulator.", "1.2 trillion won", "KRW"),
    ("Each hectare of the Orvela estate sold for 80,000 shekels.", "80,000 shekels", "ILS"),
])
def test_currency_names_are_money(sentence, text, unit):
    assert _money(sentence).get(text) == ("money", unit)


@pytest.mark.parametrize("sentence, number", [
    # "won" after a bare number is the verb
    ("Of the 40 candidates the Velden Greens fielded, 12 won.", "12"),
    # a threshold, not the Deutschmark
    ("The Orsk index passed the 1,000 mark on Tuesday.", "1,000"),
    # an adjective, not the Brazilian real
    ("The minister named three real threats to the harbour.", "three"),
    # an invented currency: no guessing
    ("The Halvik council expects to save 450 million dalers a year.", "450 million"),
])
def test_near_misses_stay_no_money(sentence, number):
    got = _money(sentence)
    assert all(kind != "money" for kind, _u in got.values()), got
    assert number in got


def test_kroner_figures_conflict_and_one_sum_in_two_spellings_agrees():
    a = "The Halvik council expects the merger to save 420 million kroner a year."
    assert len(support.fact_pair_findings(
        a, "The Halvik council expects the merger to save 240 million kroner a year.")) == 1
    assert len(support.fact_pair_findings(
        a, "The Halvik council expects the merger to save 240 million crowns a year.")) == 1
    # near miss: one sum, two spellings of the currency
    assert support.fact_pair_findings(
        a, "The Halvik council expects the merger to save 420 million crowns a year.") == []


def _wide(sentence: str) -> dict[str, bool]:
    doc = support.make_doc("a1", "Halvik Post", [sentence])
    return {m.q.text: m.wide for _, ms in facts.doc_mentions(doc) for m in ms}


@pytest.mark.parametrize("sentence, text, wide", [
    ("The three staff of Hands Across Borders were seized about 40 kilometres north of Tinvel.",
     "three", False),
    ("The Nationwide Building Society said it would close 30 branches in Orsk.", "30", False),
    # near misses: the scope word itself
    ("The storm cut power to 120,000 homes across the region.", "120,000", True),
    # the sentence's first word, before a name (a phrase fronted before a comma is
    # another clause: "Across Velania, 120,000 homes" is not read as wide, before or after)
    ("Across Velania 120,000 homes lost power on Sunday.", "120,000", True),
    ("Power was cut to 120,000 homes across Velania on Sunday.", "120,000", True),
    # a title-cased line: its capitals are no name
    ("Floods Across Velania Cut Power To 120,000 Homes", "120,000", True),
])
def test_a_scope_word_inside_a_name_is_no_scope(sentence, text, wide):
    assert _wide(sentence)[text] is wide


def test_a_charity_named_across_meets_a_count_in_its_town():
    a = "Volunteers of Hands Across Borders counted 40,000 homes without power in Orsk."
    assert len(support.fact_pair_findings(
        a, "Volunteers counted 55,000 homes without power in Orsk.")) == 1
    # near miss: the other count is the region's
    assert support.fact_pair_findings(
        a, "Volunteers counted 55,000 homes without power across the region.") == []


def _places(sentence: str) -> dict[str, set[str]]:
    doc = support.make_doc("a1", "Halvik Post", [sentence])
    return {m.q.text: set(m.places) for _, ms in facts.doc_mentions(doc) for m in ms}


@pytest.mark.parametrize("sentence, text, places", [
    ("The three foreign staff and their Dambaran driver were taken about 40 kilometres north "
     "of the town.", "40 kilometres", set()),
    ("A Velanian nurse and 12 patients were flown out on Sunday.", "12", set()),
    # near misses: a nationality on the count's own plural noun, and a place
    ("Four Dambaran soldiers were killed on Sunday.", "Four", {"dambaran"}),
    ("Twelve patients were flown to Velania on Sunday.", "Twelve", {"velania"}),
])
def test_a_nationality_before_a_person_noun_is_no_place(sentence, text, places):
    assert _places(sentence)[text] == places
