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
