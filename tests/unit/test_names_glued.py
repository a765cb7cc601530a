"""Words glued by a page's missing separators (s8 held-out report: PolNeAR list lines with
no separators, "Ronna Romney McDonaldSen.", "Dan PatrickRNC chair"; "Federal Election
Commissiondecision"). Invented names; near misses are real-name shapes that look glued."""

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


UNGLUED = [
    # (sentence, names that must appear, glued forms that must not)
    pytest.param("Tarik VellSen. Mara Velko.", {"Tarik Vell", "Mara Velko"}, {"Tarik VellSen"}, id="sen-tail"),
    pytest.param("Ilse Quill McDonnanSen. Jon Orm.", {"Ilse Quill McDonnan"}, {"Ilse Quill McDonnanSen"},
                 id="sen-tail-mc-name"),
    pytest.param("Gov. Dan VarekRep. Ada Lind.", {"Dan Varek", "Ada Lind"}, {"Dan VarekRep"}, id="rep-tail"),
    pytest.param("Gov. Dan VarekHPC chair Olaf Brenn.", {"Dan Varek", "Olaf Brenn"}, {"Dan VarekHPC"},
                 id="acronym-then-title"),
    # near misses: real names with a capital inside stay whole
    pytest.param("Mara McDonald met Olaf DeVos at LaGuardia.", {"Mara McDonald", "Olaf DeVos", "LaGuardia"},
                 {"Mara Mc", "Olaf De"}, id="mc-de-la"),
    pytest.param("Mara O'Neill bought an iPhone in Velm.", {"Mara O'Neill"}, set(), id="oneill"),
    pytest.param("Ads from VellPAC attacked Quill.", {"VellPAC"}, {"Vell"}, id="acronym-name"),
    pytest.param("She spoke on OrmXM Patriot radio.", {"OrmXM Patriot"}, set(), id="acronym-brand"),
    pytest.param("NextGen Velm paid for the ads.", {"NextGen Velm"}, set(), id="full-title-word"),
]


@pytest.mark.parametrize(("sentence", "present", "absent"), UNGLUED)
def test_glued_title_tails_are_split(sentence: str, present: set[str], absent: set[str]) -> None:
    got = texts(sentence)
    assert present <= got and not absent & got, got


def spellings(a: list[str], b: list[str]) -> list[set[str]]:
    docs = [support.make_doc("a1", "Orm Daily", a), support.make_doc("a2", "Vell Post", b)]
    return [set(f.detail["spellings"]) for f in find_name_variants(FindingContext.build(docs, []))]


GLUED_VARIANTS = [
    # the other name plus a glued lower-case tail, in an article that writes the name apart too
    pytest.param(["The Velm Election Commission fined the party."],
                 ["It followed the Vell v. Velm Election Commissiondecision on donors.",
                  "The Velm Election Commission fined the party."], [], id="same-article-writes-both"),
    # ... or writes the tail apart in lower case
    pytest.param(["The Velm Election Commission fined the party."],
                 ["It followed the Vell v. Velm Election Commissionruling on donors.",
                  "The ruling angered the party."], [], id="tail-written-apart"),
    # near miss: a real clipping (the tail is no word of the text), one outlet's form each
    pytest.param(["The Vela Harbor Union called a strike."], ["The Velamora Harbor Union called a strike."],
                 [{"Vela Harbor Union", "Velamora Harbor Union"}], id="clipping"),
    # near miss: a glued-looking tail the article never writes apart, nor the short form
    pytest.param(["The Velm Election Commission fined the party."],
                 ["The Velm Election Commissionary fined the party."],
                 [{"Velm Election Commission", "Velm Election Commissionary"}], id="tail-no-word"),
]


@pytest.mark.parametrize(("a", "b", "expected"), GLUED_VARIANTS)
def test_glued_tail_is_no_spelling(a: list[str], b: list[str], expected: list[set[str]]) -> None:
    assert spellings(a, b) == expected
