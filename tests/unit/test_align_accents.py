"""The aligner compares words without their diacritics: one outlet writes "Inés Ocaña",
another "Ines Ocana" (invented names and places)."""

from __future__ import annotations

import pytest

from storylens.align import _unaccented, align
from storylens.models import Article, Document
from storylens.options import Options
from storylens.segment import segment


def doc(i: int, sentence: str) -> Document:
    return segment(Article(f"a{i}", f"t{i}", f"Outlet {i}", sentence))


@pytest.mark.parametrize(("word", "plain"), [
    ("ocaña", "ocana"), ("dorić", "doric"), ("kovačica", "kovacica"), ("mirándola", "mirandola"),
    ("ibargüen", "ibarguen"), ("straße", "straße"),  # ß is a letter of its own, not an accent
])
def test_unaccented(word: str, plain: str) -> None:
    assert _unaccented(word) == plain


def test_a_rewrite_that_drops_the_accents_still_aligns() -> None:
    a = "Río Verde's mayor, Inés Ocaña, closed the Mirándola bridge on Monday after divers found cracks."
    b = "Mayor Ines Ocana shut the Mirandola bridge over the Rio Verde on Monday when divers found cracks."
    als, unique = align([doc(1, a), doc(2, b)], Options())
    assert [(x.kind, x.sentences) for x in als] == [("paraphrase", ("a1:s0", "a2:s0"))]
    # the verbatim key keeps the accents: a copy that drops them is an edit
    c = "Río Verde's mayor, Ines Ocana, closed the Mirandola bridge on Monday after divers found cracks."
    als, _ = align([doc(1, a), doc(2, c)], Options())
    assert [x.kind for x in als] == ["edited"]


def test_the_same_names_telling_another_fact_stay_apart() -> None:
    a = "Inés Ocaña resigned as mayor of Río Verde on Monday."
    b = "Ines Ocana opened the new Rio Verde ferry terminal on Monday."
    als, unique = align([doc(1, a), doc(2, b)], Options())
    assert als == [] and unique == ["a1:s0", "a2:s0"]
