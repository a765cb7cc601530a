"""Name edges on invented text (fictional groups, places and outlets): demonyms glued to
a name the article also writes alone are cut off; near misses stay whole."""

from __future__ import annotations

import pytest
import support

from storylens.analysis.names import extract_entities
from storylens.findings.common import FindingContext
from storylens.findings.names import find_name_variants


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rule path, whether or not the optional spaCy pipeline is installed."""
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)


def texts(*sentences: str) -> list[str]:
    return [e.text for e in extract_entities(support.make_doc("a1", "Outlet A", sentences))]


@pytest.mark.parametrize(("sentences", "present", "absent"), [
    # a listed faith word after the name, the name written alone elsewhere
    (["Jets struck Saraya Talib Shiite militants near Orm.",
      "Saraya Talib denied the claim."], {"Saraya Talib", "Shiite"}, {"Saraya Talib Shiite"}),
    # a demonym the article writes alone ("Vellish officials"), and a listed one, before it
    (["Vellish officials said Saraya Talib fired first.",
      "Jets hit Vellish Sunni Saraya Talib fighters."], {"Saraya Talib", "Sunni"},
     {"Vellish Sunni Saraya Talib"}),
    # near miss: the rest is never written alone, so the name stays whole
    (["Vellish officials met the Vellish Ministry of Roads."], {"Vellish Ministry of Roads"},
     {"Ministry of Roads"}),
    # near miss: a given name that ends like a demonym is not one the article writes alone
    (["Engineer Anjali Verhoeven inspected the span.", "Verhoeven said it was safe."],
     {"Anjali Verhoeven"}, {"Anjali"}),
])
def test_demonym_edges(sentences, present, absent):
    got = set(texts(*sentences))
    assert present <= got, got
    assert not absent & got, got


def test_glued_demonym_no_longer_hides_a_variant():
    docs = [support.make_doc("a1", "Outlet A", ["Saraya Talib is a small Shia group in Orm."]),
            support.make_doc("a2", "Outlet B", [
                "Jets struck Iraqi Shia Saraya Taleb militants in Orm.",
                "Iraqi officials said Saraya Taleb fired first.",
                "The strikes targeted Saraya Taleb Shiite fighters."])]
    (f,) = find_name_variants(FindingContext.build(docs, []))
    assert set(f.detail["spellings"]) == {"Saraya Talib", "Saraya Taleb"}


@pytest.mark.parametrize(("sentences", "present", "absent"), [
    # near miss: a surname that ends like a demonym (the suffix rule reads "Borogan
    # wrote" as one) after a given name the article writes alone
    (["Reporter Ilsa Borogan filed it.", "Borogan critics wrote back.", "Ilsa said no."],
     {"Ilsa Borogan"}, set()),
    # near miss: a group of demonyms is one group, not a demonym and a name
    (["Vellish Americans voted.", "Americans voted too."], {"Vellish Americans"}, set()),
])
def test_demonym_edge_near_misses(sentences, present, absent):
    got = set(texts(*sentences))
    assert present <= got, got
    assert not absent & got, got


@pytest.mark.parametrize(("sentence", "present", "absent"), [
    ("Officials updated the National Roll of Voters (NRV) on Monday.",
     {"National Roll of Voters"}, {"National Roll"}),
    ("Officials updated the National Voters\u2019 Roll (NRV) on Monday.",
     {"National Voters\u2019 Roll"}, {"National Voters"}),
    ("The Guild of Marine Surveyors of Vell (GMSV) met.", {"Guild of Marine Surveyors of Vell"},
     set()),
    # near misses: no acronym, or one that does not spell the words: two names
    ("The Rovers\u2019 Dan Obi scored twice.", {"Dan Obi"}, {"Rovers\u2019 Dan Obi"}),
    ("Lord Amos Kell of Vellholm spoke.", {"Amos Kell"}, {"Amos Kell of Vellholm"}),
    ("The Rovers\u2019 Dan Obi (FW) scored twice.", {"Dan Obi"}, {"Rovers\u2019 Dan Obi"}),
])
def test_acronym_joins_a_name(sentence, present, absent):
    got = set(texts(sentence))
    assert present <= got, got
    assert not absent & got, got


def variants(*articles: list[str]):
    docs = [support.make_doc(f"a{i + 1}", f"Outlet {chr(65 + i)}", sents)
            for i, sents in enumerate(articles)]
    return find_name_variants(FindingContext.build(docs, []))


def test_one_acronym_ties_two_forms_of_a_name():
    (f,) = variants(["Thousands were left off the National Roll of Voters (NRV) in Vell."],
                    ["Critics of the National Voters\u2019 Roll (NRV) marched in Vell."])
    assert set(f.detail["spellings"]) == {"National Roll of Voters", "National Voters\u2019 Roll"}
    assert f.detail["rule"] == "name.acronym" and f.detail["linked_by"] == "acronym"


@pytest.mark.parametrize(("a", "b"), [
    # the same party tag after two people
    (["Senator Dana Lusk (VFL) voted against it."], ["Senator Omar Lusk (VFL) voted for it."]),
    # one acronym, two parties sharing one word
    (["The Civic Party (CP) won in Vell."], ["The Crown Party (CP) lost in Vell."]),
    # the same words in another order with no acronym: two universities
    (["Students of the University of Vellholm marched."],
     ["Students of Vellholm University marched."]),
])
def test_acronym_near_misses(a, b):
    assert variants(a, b) == [], [f.summary for f in variants(a, b)]


@pytest.mark.parametrize(("a", "b"), [
    # one word alone whose consonants meet another word's: a people and a country,
    # a country and its demonym, a town and a verb
    (["Vellandians gathered in the square."], ["Vellondiana sent aid to the square."]),
    (["Talks with Arkestan stalled.", "Arkestan officials left."],
     ["Arkestani officials left the talks."]),
    (["The summit in Marotane ended."], ["Marotine officials ended the summit."]),
])
def test_consonants_never_link_single_words(a, b):
    assert variants(a, b) == [], [f.summary for f in variants(a, b)]


def test_consonants_still_link_inside_a_longer_name():
    (f,) = variants(["Saraya Hizbullah fighters fired first."], ["Saraya Hezbollah fighters fired first."])
    assert f.detail["rule"] == "name.consonants"


def test_a_kind_word_for_the_last_word_tied_by_a_descriptor():
    (f,) = variants(["Police entered one of the oldest universities \u2014 Tarin Sola Akademia \u2014 on Monday."],
                    ["Students rallied outside Tarin Sola University on Monday."])
    assert set(f.detail["spellings"]) == {"Tarin Sola Akademia", "Tarin Sola University"}
    assert f.detail["rule"] == "name.kind-word"


@pytest.mark.parametrize(("a", "b"), [
    # no descriptor beside the name: a team and a university of one town
    (["Fans cheered the Tarin Sola Rovers on Monday."], ["Students left Tarin Sola University on Monday."]),
    # the kind word in the sentence, but far from the name
    (["The university said fans cheered the Tarin Sola Rovers at the final whistle on Monday."],
     ["Students left Tarin Sola University on Monday."]),
    # two kind words: two bodies
    (["The council said the Vell Defence Forces moved north."],
     ["The Vell Defence Council met in the forces' barracks."]),
    # a place word ("city") beside a team's name
    (["The city cheered Port Vell Rovers on Monday."], ["Port Vell City lost on Monday."]),
    # two-word names
    (["Police entered the university, Sola Akademia, on Monday."],
     ["Students rallied outside Sola University on Monday."]),
])
def test_kind_word_near_misses(a, b):
    assert variants(a, b) == [], [f.summary for f in variants(a, b)]
