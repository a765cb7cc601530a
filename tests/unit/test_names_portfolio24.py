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
