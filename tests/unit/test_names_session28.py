"""Name variants in session 28, on invented text (fictional people, places and outlets).

A vowel's accent dropped by a page that writes no marked letter at all is a desk's style
(``name.accents``, under the display floor: the gold's "Renée Silberman" / "Renee
Silberman", one page against one). Where three or more outlets write the name, each one
form and not the other, two of them agree on one form and the odd outlet spells it
otherwise (``name.accent-agreed``, shown): "Hana Lisková" in three outlets, "Hana Liskova"
in the fourth, or an accent one outlet adds to a name three write plain (invented dev d02,
d68: 48 pairs on the 320 older dev stories, 47 of them keyed by the writers, the 48th a
stadium's "Estádio" / "Estadio", unread). Near misses, still hidden or no
variant: two pages alone, a third outlet that does not name the person, a third that writes
both forms, two people whose names are a letter apart (a brother "Hanno" beside the
judge "Hanna"), and a place that shares a word with the person's name.

Also: a company named "... Medical" is a business wherever its sentence stands (a place
after "from", a person before "said" were two kinds that never link: dev d166), and the
"q" of a qaf romanised "k" folds into one key ("Qel Dara" / "Kel Dara", dev d122), not a
Latin "qu".
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings.confidence import rule_confidence
from storylens.findings.names import _agreed_form, find_name_variants

OUTLETS = ["Orm Daily", "Vell Post", "Tarn Herald", "Kesk Courier"]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _found(*articles: list[str]) -> list[tuple[dict[str, list[str]], str, float]]:
    ctx = support.verbatim_context(list(articles), OUTLETS[:len(articles)])
    return [(f.detail["spellings"], f.detail["rule"], f.confidence) for f in find_name_variants(ctx)]


MARKED = ["Judge Hanna Vesková opened the hearing in Dorvat on Monday.",
          "The court will sit again in May, the clerk said."]
MARKED_2 = ["The trial, before Judge Hanna Vesková, opened in Dorvat on Monday.",
            "Lawyers expect a verdict in May."]
MARKED_3 = ["Hanna Vesková, the presiding judge, heard the first witness on Monday.",
            "The hearing resumes in May."]
PLAIN = ["Judge Hanna Veskova opened the hearing on Monday.",
         "Defence lawyer Tomas Ferrel said his client would appeal."]


@pytest.mark.parametrize("articles", [
    pytest.param((MARKED, MARKED_2, PLAIN), id="two-marked-one-plain"),
    pytest.param((MARKED, MARKED_2, MARKED_3, PLAIN), id="three-marked-one-plain"),
    pytest.param((PLAIN, [s.replace("Vesková", "Veskova") for s in MARKED_2],
                  [s.replace("Vesková", "Veskova") for s in MARKED_3], MARKED),
                 id="one-outlet-adds-the-accent"),
])
def test_the_odd_outlet_against_two_that_agree_is_shown(articles):
    ((spellings, rule, conf),) = _found(*articles)
    assert set(spellings) == {"Hanna Vesková", "Hanna Veskova"}
    assert rule == "name.accent-agreed"
    assert 0.5 <= conf < rule_confidence("name.accent-dropped")  # shown, graded lowest


def test_two_pages_alone_stay_the_desks_style():
    # one page against one: the gold's "Renée" / "Renee" shape, hidden
    ((spellings, rule, conf),) = _found(MARKED, PLAIN)
    assert rule == "name.accents" and conf < 0.5


def test_a_third_outlet_that_does_not_name_the_person_adds_no_vote():
    other = ["Flooding closed the Dorvat road on Monday.", "The court will sit again in May."]
    ((_, rule, conf),) = _found(MARKED, other, PLAIN)
    assert rule == "name.accents" and conf < 0.5


def test_an_outlet_writing_both_forms_counts_for_neither():
    assert not _agreed_form({"a1", "a3"}, {"a2", "a3"})  # one each, the third writes both
    assert _agreed_form({"a1", "a3"}, {"a2"})
    assert not _agreed_form({"a1"}, {"a2"})
    assert not _agreed_form({"a1", "a2", "a3"}, set())


def test_two_people_a_letter_apart_are_no_variant():
    # the judge "Hanna Vesková" in two outlets, her brother "Hanno Veskova" in the third:
    # a given name's other ending, two people (no accent rule reaches them)
    brother = ["Her brother, Hanno Veskova, a farmer, watched from the gallery.",
               "The court will sit again in May, the clerk said."]
    assert _found(MARKED, MARKED_2, brother) == []


def test_a_place_sharing_a_word_with_the_name_is_no_variant():
    # "Veskova", a village, in the third outlet, beside "Hanna Vesková" in the other two
    village = ["Floods cut off the village of Veskova on Monday.",
               "The court will sit again in May, the clerk said."]
    assert _found(MARKED, MARKED_2, village) == []


def test_the_new_rule_has_a_confidence_above_the_display_floor():
    assert 0.5 <= rule_confidence("name.accent-agreed") < 0.9


# --- a company named "... Medical" (rules/titles.ORG_HEADS) -------------------------------

def test_a_medical_supplier_is_one_company_however_its_sentences_read():
    # "from Kavgas Medical" (a place cue) and "Kav Gas Medical said" (a speech verb): the
    # sector word makes both a business, so the joined and split forms link
    wire = ["Two technicians from Kavgas Medical were suspended on Saturday.",
            "The hospital said the oxygen supply was restored."]
    left = ["Kav Gas Medical said two technicians had been suspended.",
            "The hospital said the oxygen supply was restored."]
    ((spellings, rule, _),) = _found(wire, left)
    assert set(spellings) == {"Kavgas Medical", "Kav Gas Medical"} and rule == "name.joined"


@pytest.mark.parametrize("other", [
    # another company of the same first word: another sector, another firm
    "Two technicians from Kavgas Metals were suspended on Saturday.",
    # a place that shares the first word with the company
    "Two technicians from Kavgas were suspended on Saturday.",
])
def test_near_companies_and_places_are_no_variant(other):
    wire = ["Two technicians from Kavgas Medical were suspended on Saturday.",
            "The hospital said the oxygen supply was restored."]
    assert _found(wire, [other, "The hospital said the oxygen supply was restored."]) == []


# --- "q" and "k" for one letter (rules/titles.TRANSLIT_FOLDS) -----------------------------

@pytest.mark.parametrize(("a", "b"), [
    # a one-word place's qaf written "q" and "k"
    ("Floodwater burst through the Aqsoran dam on Monday.",
     "Floodwater burst through the Aksoran dam on Monday."),
    # a two-word village, the first word's "q"
    ("Police raided a still in the village of Qarvan Tepe on Monday.",
     "Police raided a still in the village of Karvan Tepe on Monday."),
])
def test_q_and_k_of_one_letter_are_one_name(a, b):
    ((spellings, rule, _),) = _found([a], [b])
    assert len(spellings) == 2 and rule == "name.fold"


@pytest.mark.parametrize(("a", "b"), [
    # "qu" is no qaf: two villages
    ("Floodwater reached the village of Quarvel on Monday.",
     "Floodwater reached the village of Kuarvel on Monday."),
    # "q" for "k", but another letter too: two places
    ("Floodwater burst through the Aqsoran dam on Monday.",
     "Floodwater burst through the Aksoral dam on Monday."),
])
def test_qu_and_other_letters_are_no_variant(a, b):
    assert _found([a], [b]) == []


def test_swedish_qv_keeps_its_typo_link_to_qu():
    # "Lindqvist" / "Lindquist": one letter apart as written (name.typo); folding its "q"
    # to "k" would put two letters between them
    a = ["Tobias Lindqvist, the finance minister, resigned on Monday."]
    b = ["Tobias Lindquist, the finance minister, resigned on Monday."]
    ((spellings, rule, _),) = _found(a, b)
    assert set(spellings) == {"Tobias Lindqvist", "Tobias Lindquist"} and rule == "name.typo"
