"""Review of session 36's facts change (merge f223cc70): near misses of invented text.

Invented text throughout (fictional names, places and outlets).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts as F
from storylens.models import Quantity, Sentence

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # true conflicts the basis rule must not lose: a basis word of another sense
    ("Fennick Press paid the novelist Ilsa Marrow 2 million pounds for the book on Monday.",
     "Fennick Press paid the novelist Ilsa Marrow 3 million pounds for her memoir on Monday.",
     [{"2 million pounds", "3 million pounds"}]),
    ("Fennick Press paid the novelist Ilsa Marrow 2 million pounds for the book on Monday.",
     "Fennick Press paid the novelist Ilsa Marrow 3 million pounds on Monday.",
     [{"2 million pounds", "3 million pounds"}]),
    ("The twice-capped midfielder Joss Arlen joined Dorn United for 12 million euros on "
     "Monday.",
     "The midfielder Joss Arlen joined Dorn United for 15 million euros on Monday.",
     [{"12 million euros", "15 million euros"}]),
    ("The collapse of the ceiling at Vell town hall caused 40,000 euros of damage on "
     "Monday.",
     "The collapse at Vell town hall caused 60,000 euros of damage on Monday.",
     [{"40,000 euros", "60,000 euros"}]),
    ("The Orlandian budget raises 4 billion crowns in higher taxes next year.",
     "The Orlandian budget raises 6 billion crowns next year.",
     [{"4 billion crowns", "6 billion crowns"}]),
    ("Kessel Rail sold 40,000 tickets at higher prices for the Orvan festival on Friday.",
     "Kessel Rail sold 60,000 tickets for the Orvan festival on Friday.",
     [{"40,000", "60,000"}]),
])
def test_a_basis_or_part_word_of_another_sense(a: str, b: str, want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


def _mention_basis(text: str, figure: str) -> str | None:
    s = Sentence(id="a1:s0", article="a1", index=0, start=0, end=len(text), text=text)
    at = text.index(figure)
    q = Quantity(text=figure, kind="money", start=at, end=at + len(figure), sentence="a1:s0",
                 value=1.0)
    return F._basis(s, q)


@pytest.mark.parametrize(("text", "figure", "basis"), [
    ("She signed a 2 million pound book deal.", "2 million pound", None),
    ("The council will spend 2 million euros on street lighting.", "2 million euros", None),
    ("The twice-capped striker joined for 12 million euros.", "12 million euros", None),
    ("The city spent 3 million euros on face masks.", "3 million euros", None),
    # near misses that keep their basis
    ("Officers seized heroin worth 2 million euros on the street.", "2 million euros",
     "street"),
    ("The haul had a 42 million euro street value.", "42 million euro", "street"),
    ("A dollar sold for 95 dinars on the black market on Friday.", "95 dinars", "street"),
    ("Sugar prices were capped at 2.50 crowns.", "2.50 crowns", "capped"),
    ("The ministry set a cap of 2.50 crowns a kilo.", "2.50 crowns", "capped"),
    ("The collapse of the ceiling caused 40,000 euros of damage.", "40,000 euros", None),
    ("The drugs were worth 9 million euros wholesale.", "9 million euros", "wholesale"),
])
def test_basis_of_another_sense(text: str, figure: str, basis: str | None) -> None:
    assert _mention_basis(text, figure) == basis


_TIE_A = "Police in Orvan arrested the trader Tobias Renk on Friday."
_TIE_B = "The trader Tobias Renk was arrested by police in Orvan on Friday."


@pytest.mark.parametrize(("a", "b", "want"), [
    # each article's one amount on one basis is of another thing: two things' values
    ([_TIE_A, "Officers found cannabis with a street value of 400,000 euros in his flat."],
     [_TIE_B, "The heroin in his van had a street value of 1.2 million euros."], []),
    ([_TIE_A, "Renk's flat had a market value of 400,000 euros."],
     [_TIE_B, "His shop had a market value of 1.2 million euros."], []),
    ([_TIE_A, "Renk's shop sold cigarettes at a retail price of 9 euros a pack."],
     [_TIE_B, "Renk sold rice at a retail price of 3 euros a kilo."], []),
    ([_TIE_A, "Renk bought the painting at the asking price of 90,000 euros."],
     [_TIE_B, "Renk had listed his villa at an asking price of 2 million euros."], []),
    # ... while one thing's value told twice still meets, or one whose thing one side
    # names outside the figure's words
    ([_TIE_A, "The cannabis had an estimated street value of 400,000 euros."],
     [_TIE_B, "Two tonnes of cannabis, worth 1.2 million euros on the street, were found."],
     [{"400,000 euros", "1.2 million euros"}]),
    ([_TIE_A, "The estimated market value of the flat was 400,000 euros."],
     [_TIE_B, "The flat was worth 1.2 million euros at market prices."],
     [{"400,000 euros", "1.2 million euros"}]),
    ([_TIE_A, "Officers put the market value of the flat at 400,000 euros."],
     [_TIE_B, "The flat had a market value of 1.2 million euros."],
     [{"400,000 euros", "1.2 million euros"}]),
    # a street value against money spent on a street (a basis word of another noun)
    ([_TIE_A, "Officers found cocaine with a street value of 400,000 euros in his flat."],
     [_TIE_B, "Renk had spent 1.2 million euros on street lighting contracts."], []),
])
def test_unaligned_basis_pair_near_misses(a: list[str], b: list[str],
                                          want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b, aligned=False) == want
