"""Session 35 (names35): a person's name spelled otherwise in both its words, tied by the
descriptor both outlets give the person, and a post's words kept out of the name shown.

Invented dev d240 missed "Prime Minister Aleksander Voigt" / "Prime Minister Alexander
Voight" (given name and surname both spelled otherwise: every spelling link reads one word,
and "ks" / "x" was no romanisation of a given name), and the omission finder then said the
left outlet left out "Aleksander Voigt". Last session's spans: "Head of State Ana Lund" was
read as "State Ana Lund", "Foreign Affairs Minister" left a person "Affairs". Invented
names, places and outlets, with near misses that keep their reading.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis.names import extract_entities
from storylens.findings.common import FindingContext
from storylens.findings.names import _romanised_given, _two_words_near, find_name_variants


def names_in(*sentences: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.title) for e in extract_entities(support.make_doc("a", "A", list(sentences)))]


def variants(*articles: list[str]):
    docs = [support.make_doc(f"a{i + 1}", f"Outlet {'ABCDE'[i]}", sents) for i, sents in enumerate(articles)]
    return find_name_variants(FindingContext.build(docs, []))


# --- "ks" / "x": one given name's two romanisations --------------------------------------

@pytest.mark.parametrize(("x", "y", "want"), [
    ("aleksander", "alexander", True),
    ("aleksandra", "alexandra", True),
    ("maksim", "maxim", True),
    ("ksenia", "xenia", True),
    # near misses: another name, or too short to tell
    ("aleksander", "alexandra", False),
    ("maks", "max", False),
    ("maksim", "maxime", False),
])
def test_ks_and_x_are_one_given_name(x, y, want):
    assert _romanised_given(x, y) is want


def test_a_given_name_with_ks_for_x_is_a_variant():
    (f,) = variants(["The bridge is open, Maksim Orlavin said on Monday."],
                    ["The Dravna bridge will open, Maxim Orlavin said."])
    assert set(f.detail["spellings"]) == {"Maksim Orlavin", "Maxim Orlavin"}, f.summary


# --- two words spelled otherwise -------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "want"), [
    ("aleksander voigt", "alexander voight", True),
    ("kristoffer lindahl", "kristofer lindal", True),
    ("tobias brunvik", "tobiaz brunwik", True),
    ("torvald lindahl", "thorvald lindal", True),  # "th" / "t" in the given name
    # near misses
    ("anna berg", "hanna borg", False),  # another first letter: two people
    ("daniel markov", "daniela markova", False),  # the other gender
    ("jane holmberg", "janet holmborg", False),  # a letter added to the given name: another name
    ("ivan petrov", "ivana petrova", False),
    ("kristoffer lindahl", "kristoffer lindal", False),  # one word apart: the one-word links'
    ("kristoffer lindahl", "kasper lundqvist", False),  # other names
    ("ana mara lund", "ane maro lind", False),  # three words apart
    ("ola brenn", "ola brenn", False),
])
def test_two_words_near(a, b, want):
    assert _two_words_near(a, b) is want


def test_two_words_apart_under_one_title_are_one_person():
    (f,) = variants(["Prime Minister Aleksander Tordahl told the chamber the vote was won."],
                    ["Prime Minister Alexander Tordal got his way in the early hours."])
    assert set(f.detail["spellings"]) == {"Aleksander Tordahl", "Alexander Tordal"}, f.summary
    assert f.detail["rule"] == "name.titled"


def test_two_words_apart_with_one_post_beside_the_name_are_one_person():
    (f,) = variants(["The captain, Torvald Lindahl, closed the quay."],
                    ["The captain, Thorvald Lindal, said the quay would stay shut."])
    assert set(f.detail["spellings"]) == {"Torvald Lindahl", "Thorvald Lindal"}, f.summary


@pytest.mark.parametrize("articles", [
    # no descriptor both outlets give: two people as often as one
    (["Torvald Lindahl closed the quay on Monday."],
     ["Thorvald Lindal said the quay would stay shut."]),
    # two posts
    (["Finance Minister Tobias Tordahl said the budget was sound."],
     ["Opposition leader Tobiaz Tordal said the budget was not sound."]),
    # one title, another first letter
    (["Finance Minister Anna Berg said the budget was sound."],
     ["Finance Minister Hanna Borg said the budget was sound."]),
    # one title, the other gender
    (["Judge Daniel Markov read the verdict."], ["Judge Daniela Markova read the verdict."]),
    # a former holder and the current one
    (["Former Prime Minister Alexander Tordal criticised the vote."],
     ["Prime Minister Aleksander Tordahl hailed the vote."]),
    # one article names both
    (["Prime Minister Aleksander Tordahl hailed the vote. Prime Minister Alexander Tordal, his "
      "predecessor, did not."],
     ["Prime Minister Alexander Tordal hailed the vote."]),
])
def test_two_words_apart_near_misses_stay_two(articles):
    assert not variants(*articles), [f.summary for f in variants(*articles)]


# --- a post's words stay out of the name --------------------------------------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("Head of State Ana Lundqvist said it was over.", ("Ana Lundqvist", "Head of State")),
    ("Head of Government Ola Brennvik said it was over.", ("Ola Brennvik", "Head of Government")),
    ("Secretary of State Ada Korrin said it was over.", ("Ada Korrin", "Secretary of State")),
    ("Foreign Affairs Minister Ana Lundqvist said it was over.",
     ("Ana Lundqvist", "Foreign Affairs Minister")),
    ("It was over, said Foreign Affairs Minister Ola Brennvik.", ("Ola Brennvik", "Foreign Affairs Minister")),
    ("Foreign Trade Minister Ola Brennvik said it was over.", ("Ola Brennvik", "Foreign Trade Minister")),
    ("Foreign Affairs Minister Lundqvist said it was over.", ("Lundqvist", "Foreign Affairs Minister")),
])
def test_a_post_before_the_name_is_the_title(sentence, want):
    assert want in names_in(sentence), names_in(sentence)


@pytest.mark.parametrize("sentence", [
    "The Foreign Affairs Minister, Ana Lundqvist, said it was over.",
    "The Foreign Affairs Minister said it was over.",
])
def test_a_post_alone_is_no_person(sentence):
    assert not any(t in ("Affairs", "Affairs Minister") for t, _ in names_in(sentence)), names_in(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    # near misses: a field noun inside an organisation's name keeps it
    ("The State Department said it was over.", ("State Department", None)),
    ("Head of State Security Ana Lundqvist said it was over.", ("Ana Lundqvist", "Head of State Security")),
])
def test_field_nouns_elsewhere_keep_their_reading(sentence, want):
    assert want in names_in(sentence), names_in(sentence)


# --- a given name one letter apart, tied by a post or an age both outlets give ------------

@pytest.mark.parametrize("articles", [
    # the same age beside the name (invented dev d176's shape: "Tomas" / "Tomasz")
    (["The lorry's driver, 52-year-old Tomas Reldak, was treated for burns."],
     ["Its driver, Tomasz Reldak, 52, is under police guard in hospital."]),
    # the same post beside the name (d142's shape: "Adjoa" / "Adjowa")
    (["Vellmar's culture minister, Adjowa Kessin, wiped away tears."],
     ["Vellmar's culture minister, Adjoa Kessin, thanked the museum's staff."]),
])
def test_a_given_name_one_letter_apart_with_one_descriptor_is_one_person(articles):
    (f,) = variants(*articles)
    assert f.detail["rule"] == "name.role", f.detail


@pytest.mark.parametrize("articles", [
    # no descriptor
    (["Tomas Reldak was treated for burns."], ["Tomasz Reldak is under police guard in hospital."]),
    # two ages: a father and his son
    (["The lorry's driver, 52-year-old Tomas Reldak, was treated for burns."],
     ["His son, Tomasz Reldak, 19, is under police guard in hospital."]),
    # the same age, the other gender
    (["Daniel Orvick, 34, was treated for burns."], ["Daniela Orvick, 34, is in hospital."]),
    # one post, another first or last letter of the given name: two names
    (["Vellmar's culture minister, Celia Dornvik, wiped away tears."],
     ["Vellmar's culture minister, Kelia Dornvik, thanked the staff."]),
    (["Vellmar's culture minister, Sarai Dornvik, wiped away tears."],
     ["Vellmar's culture minister, Sarah Dornvik, thanked the staff."]),
    # the same age, a letter added at the given name's end: another name
    (["Jane Kessling, 41, was treated for burns."], ["Janet Kessling, 41, is in hospital."]),
])
def test_a_given_name_one_letter_apart_near_misses_stay_two(articles):
    assert not variants(*articles), [f.summary for f in variants(*articles)]
