"""``name_variant`` near misses from real coverage (issue 11), rebuilt on invented text:
no sentence-initial word glued to a name, no chain through a short form between two
organisations or two people, no first name against another full name, no style
abbreviation, no variant across kinds; beside the true variants they resemble."""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.confidence import rule_confidence
from storylens.findings.names import find_name_variants, spelling_rule
from storylens.models import Document


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rule path, whether or not the optional spaCy pipeline is installed."""
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)


def make_doc(art: str, outlet: str, *sentences: str) -> Document:
    return support.make_doc(art, outlet, sentences)


def variants(a: list[str], b: list[str], *more: list[str]):
    docs = [make_doc(f"a{i + 1}", f"Outlet {chr(65 + i)}", *sents)
            for i, sents in enumerate([a, b, *more])]
    return find_name_variants(FindingContext.build(docs, []))


# Three outlets, as in left/centre/right coverage: the middle one names both entities, so
# its short form ("Obama", "House", "Police", "Trump") fits neither alone.
CASES = [
    pytest.param(["The speech was long.", "Plus Obama said the Vell deal was fair."],
                 ["Barack Obama and Michelle Obama praised the Vell deal.",
                  "Obama said the deal was fair."],
                 ["Former president Barack Obama praised the Vell deal."],
                 None, id="sentence-initial-word-glued"),
    pytest.param(["Protesters gathered outside Cordoba House in Vell on Monday."],
                 ["Protesters marched from Cordoba House to the White House.",
                  "A spokesman for the House declined to comment."],
                 ["The White House said the Vell protest was a local matter."],
                 None, id="two-houses"),
    pytest.param(["Officers of the Auburn Hills Police arrested two men in Vell."],
                 ["The Auburn Hills Police and the Norwalk Police arrested two men.",
                  "The Police said both men were armed."],
                 ["Officers of the Norwalk Police arrested two men in Vell."],
                 None, id="two-police-forces"),
    pytest.param(["First lady Melania Trump visited the Vell shelter.",
                  "Later Melania said the children were brave."],
                 ["Donald Trump and Melania Trump visited the Vell shelter.",
                  "Later Trump said the children were brave."],
                 ["President Donald Trump visited the Vell shelter."],
                 None, id="first-name-vs-other-person"),
    pytest.param(["Officers of the St. Louis Police Department arrested a man in Vell."],
                 ["A man was held by the St. Louis Police Department, Louis Ovell said."],
                 ["Officers of the Saint Louis Police Department arrested a man in Vell."],
                 None, id="st-saint-louis"),
    pytest.param(["Pilgrims filled St Peter's Square on Sunday."],
                 ["Pilgrims filled Saint Peter's Square on Sunday."], [], None, id="st-saint-peter"),
    pytest.param(["Envoys from the U.S. met Anton Petrov in Vell."],
                 ["Envoys from the US met Anton Petrov in Vell."], [], None, id="us-dots"),
    pytest.param(["Floods reached the town of Marlowe on Monday, officials in Marlowe said."],
                 ["Detective Inspector Marlow said the floods reached the town."], [],
                 None, id="place-vs-person"),
    # true variants of the same shapes
    pytest.param(["Kataib Hizbullah fighters fired rockets at the Vell base."],
                 ["Kataib Hezbollah fighters fired rockets at the Vell base."], [],
                 {"Kataib Hizbullah", "Kataib Hezbollah"}, id="transliterated-vowels"),
    pytest.param(["Officers of the Auburn Hills Police arrested two men in Vell."],
                 ["Officers of the Auburn Hils Police arrested two men in Vell."], [],
                 {"Auburn Hills Police", "Auburn Hils Police"}, id="police-typo-true"),
    pytest.param(["First lady Melania Trump visited the Vell shelter."],
                 ["First lady Melanie Trump visited the Vell shelter."], [],
                 {"Melania Trump", "Melanie Trump"}, id="given-name-typo-true"),
]


@pytest.mark.parametrize(("a", "b", "c", "expected"), CASES)
def test_name_variant_model(a, b, c, expected):
    found = variants(a, b, *([c] if c else []))
    if expected is None:
        assert found == [], [f.summary for f in found]
        return
    assert len(found) == 1, [f.summary for f in found]
    assert set(found[0].detail["spellings"]) == expected


@pytest.mark.parametrize(("a", "b", "rule"), [
    ("Anton Petrov", "Anton Petroff", "name.fold"),
    ("Bill Bonney", "William Bonney", "name.given-form"),
    ("John Krasinski", "John Krasinksi", "name.typo"),
    ("Maha Vikas Aghadi", "Maharashtra Vikas Aghadi", "name.clipped"),
    ("Kataib Hizbullah", "Kataib Hezbollah", "name.consonants"),
    ("Kata\u2019ib Hizbullah", "Kataib Hezbollah", "name.consonants"),
    ("Renée Silberg", "Renee Silberg", "name.accents"),
    ("Citi", "City", None),
    ("Plus Obama", "Barack Obama", None),
    ("Cordoba House", "White House", None),
    ("Melania", "Donald Trump", None),
    ("Martin Vell", "Morton Vell", None),
])
def test_spelling_rule(a, b, rule):
    assert spelling_rule(a, b) == rule


def test_accent_only_is_below_the_default_floor():
    (f,) = variants(["Mayor Renée Silberg opened the shelter."],
                    ["Mayor Renee Silberg opened the shelter."])
    assert f.detail["rule"] == "name.accents" and f.confidence < 0.5


def test_evidence_rule_and_confidence():
    (f,) = variants(["Mayor Lusine Nazarian opened the shelter."],
                    ["Mayor Lusine Nazaryan opened the shelter."])
    assert f.detail["rule"] == "name.fold" and f.confidence == rule_confidence("name.fold")
    (g,) = variants(["The actor Jon Krasinski directed the film."],
                    ["The actor Jon Krasinksi directed the film."])
    assert g.detail["rule"] == "name.typo" and g.confidence == rule_confidence("name.typo")
    assert {(s.sentence, s.start, s.end) for s in g.spans} == {("a1:s0", 10, 23), ("a2:s0", 10, 23)}


@pytest.mark.parametrize(("sentence", "name"), [
    ("Officers of the St. Louis Police Department arrested a man.", "St. Louis Police Department"),
    ("Plus Obama said the deal was fair to Vell.", "Obama"),
    ("Moreover Petrova said the deal was fair.", "Petrova"),
])
def test_extraction_keeps_abbreviated_saint_and_drops_sentence_adverbs(sentence, name):
    from storylens.analysis.names import extract_entities

    texts = [e.text for e in extract_entities(make_doc("a1", "Outlet A", sentence))]
    assert name in texts, texts
