"""Session 24 (names24): a post's portfolio is no part of the person's name.

"Minister for Democracy Ines Calloway-Marr" was read as a person "Democracy Ines
Calloway-Marr" (the capitalised run after "for"), so one outlet's hyphen dropped made a
variant of a name nobody wrote (invented dev d123, keyed, missed). Invented names, with
near misses that keep their reading.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis.names import extract_entities
from storylens.findings.common import FindingContext
from storylens.findings.names import find_name_variants


def names(sentence: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.title) for e in extract_entities(support.make_doc("a", "A", [sentence]))]


@pytest.mark.parametrize(("sentence", "want"), [
    ("Minister for Democracy Ines Calloway-Marr said it was over.",
     ("Ines Calloway-Marr", "Minister for Democracy")),
    ("Mayor of Vellholm Ana Lund said it was over.", ("Ana Lund", "Mayor of Vellholm")),
    ("Chairman of Orvik Shipping Tor Brask said it.", ("Tor Brask", "Chairman of Orvik Shipping")),
    ('"We will not wait," said Minister for Harbours Pell Odrano, who led the talks.',
     ("Pell Odrano", "Minister for Harbours")),
])
def test_portfolio_joins_the_title(sentence, want):
    assert want in names(sentence), names(sentence)


@pytest.mark.parametrize(("sentence", "want"), [
    # a title word inside the run splits it first: the three-word name stays whole
    ("Minister of Health Ana Maria Lund said it.", "Ana Maria Lund"),
    # the last two words are an organisation's: no person
    ("The Minister for Vell Harbour Authority said it.", "Vell Harbour Authority"),
    # no title word before "of": a body's name
    ("The Bank of Vell said it.", "Bank of Vell"),
    # two words only: no word to spare for a portfolio
    ("A letter to the Minister for Vell Lund arrived.", "Vell Lund"),
])
def test_near_misses_keep_their_reading(sentence, want):
    assert want in [t for t, _ in names(sentence)], names(sentence)


def test_hyphen_dropped_after_a_portfolio_is_the_persons_variant():
    docs = [support.make_doc("a1", "Outlet A", ['"It is fair," said Minister for Democracy Ines Calloway-Marr, who led it.']),
            support.make_doc("a2", "Outlet B", ['"It is fair," Minister for Democracy Ines Calloway Marr told the chamber.'])]
    (f,) = find_name_variants(FindingContext.build(docs, []))
    assert set(f.detail["spellings"]) == {"Ines Calloway-Marr", "Ines Calloway Marr"}, f.summary


# review24n: a portfolio of two words or more with no kind word was cut after its first
# word ("Director of Public Prosecutions Keir Halden" read as "Prosecutions Keir Halden",
# titled "Director of Public"), and a title that acts for someone took the person's given
# name for a portfolio ("Lawyer for Ana Maria Lund" read as "Maria Lund").
def names_in(*sentences: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.title) for e in extract_entities(support.make_doc("a", "A", list(sentences)))]


@pytest.mark.parametrize(("sentences", "want"), [
    # the portfolio runs over the words the article writes in lower case
    (("Director of Public Prosecutions Keir Halden said it was over.",
      "The prosecution had little public support."),
     ("Keir Halden", "Director of Public Prosecutions")),
    (("Commissioner for Human Rights Dara Olun said it was over.",
      "She said human rights were at stake."),
     ("Dara Olun", "Commissioner for Human Rights")),
    (("Minister for European Affairs Ines Marr said it was over.",
      "She has run foreign affairs before."),
     ("Ines Marr", "Minister for European Affairs")),
    # and over a place's name after its opening word
    (("Governor of Northern Vell Ada Korr said it was over.",),
     ("Ada Korr", "Governor of Northern Vell")),
    (("Mayor of New Vellholm Ana Lund said it was over.",),
     ("Ana Lund", "Mayor of New Vellholm")),
    # near misses: a name's own first word is no portfolio word
    (("Minister for Democracy Ines Calloway Marr said it was over.", "The democracy is young."),
     ("Ines Calloway Marr", "Minister for Democracy")),
    (("Minister for Democracy Will Marr Calloway said it was over.", "It will pass."),
     ("Will Marr Calloway", "Minister for Democracy")),
    # never fewer than two words of the name left
    (("Director of Public Prosecutions Keir said it was over.", "The prosecution failed."),
     ("Prosecutions Keir", "Director of Public")),
])
def test_a_longer_portfolio_joins_the_title(sentences, want):
    assert want in names_in(*sentences), names_in(*sentences)


@pytest.mark.parametrize(("sentence", "want"), [
    ("Lawyer for Ana Maria Lund said it was over.", ("Ana Maria Lund", None)),
    ("Spokeswoman for Ines Calloway Marr said it was over.", ("Ines Calloway Marr", None)),
    # near misses: a kind word makes it a body; a portfolio post keeps its cut
    ("Spokesman for Orvik Shipping Tor Brask said it.", ("Tor Brask", "Spokesman for Orvik Shipping")),
    ("Envoy for Climate Ana Lund said it.", ("Ana Lund", "Envoy for Climate")),
])
def test_a_title_acting_for_someone_takes_no_portfolio(sentence, want):
    assert want in names_in(sentence), names_in(sentence)


def test_a_longer_portfolio_is_no_part_of_the_variant():
    docs = [support.make_doc("a1", "Outlet A", ["Minister for European Affairs Ines Marrow said the vote was fair.",
                                                "She has run foreign affairs for a year."]),
            support.make_doc("a2", "Outlet B", ["Minister for European Affairs Ines Marow said the vote was fair.",
                                                "Her affairs were in order."])]
    (f,) = find_name_variants(FindingContext.build(docs, []))
    assert set(f.detail["spellings"]) == {"Ines Marrow", "Ines Marow"}, f.summary
