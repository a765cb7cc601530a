"""Session 36: a figure's measure basis and its part of a place keep two measures apart.

- An amount or a rate reckoned on a named basis ("a wholesale value of", "at street
  prices", "the capped price", "the black-market rate"; rules/numbers.MEASURE_BASES,
  ``facts._basis``) is another measure than one on another basis, and a marked basis
  (wholesale, capped, face, book ...; rules/numbers.MARKED_BASES) is another measure than
  a plain figure: session 35's held-out t233 (a wholesale value set against the street
  value of the same drugs) and t235 (a capped price against the market price), read
  wrong. The same basis told twice with two figures, or a plain figure against a default
  basis (street, retail, market, official), still conflicts.
- A figure of a position's part of a place ("in the higher villages", "in the outlying
  districts"; rules/numbers.PART_PLACE_WORDS) is no figure of the whole ("valley-wide":
  rules/numbers.WIDE_SUFFIX): held-out t240, read wrong.

Invented text throughout (fictional names, places and outlets).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts as F
from storylens.models import Quantity, Sentence

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # two bases of one haul, one good, one currency: two measures
    ("Customs officers at Port Vessel seized cocaine with a wholesale value of 9 million "
     "euros on Tuesday.",
     "Customs officers at Port Vessel seized cocaine with a street value of 42 million "
     "euros on Tuesday.", []),
    ("Customs officers at Port Vessel seized cocaine worth 9 million euros at wholesale "
     "prices on Tuesday.",
     "Customs officers at Port Vessel seized cocaine worth 42 million euros at street "
     "prices on Tuesday.", []),
    ("Customs officers at Port Vessel seized cocaine worth 9 million euros wholesale on "
     "Tuesday.",
     "Customs officers at Port Vessel seized cocaine worth 42 million euros on Tuesday.", []),
    ("The government of Orlandia capped the price of a kilo of rice at 3.20 crowns on "
     "Monday.",
     "In Orlandia, the price of a kilo of rice stood at 5.40 crowns on Monday.", []),
    ("In Orlandia, the regulated price of a kilo of rice stood at 3.20 crowns on Monday.",
     "In Orlandia, the market price of a kilo of rice stood at 5.40 crowns on Monday.", []),
    ("In Orlandia, the price of a kilo of rice is capped at 3.20 crowns.",
     "In Orlandia, a kilo of rice sells for 5.40 crowns.", []),
    ("The official rate in Tessa stood at 40 dinars to the dollar on Friday.",
     "The black-market rate in Tessa stood at 95 dinars to the dollar on Friday.", []),
    ("In Tessa, a dollar sold for 95 dinars on the black market on Friday.",
     "In Tessa, a dollar sold for 40 dinars at the official rate on Friday.", []),
    # near misses: one basis told twice, a plain figure against a default basis
    ("Customs officers at Port Vessel seized cocaine with a street value of 24 million "
     "euros on Tuesday.",
     "Customs officers at Port Vessel seized cocaine with a street value of 42 million "
     "euros on Tuesday.", [{"24 million euros", "42 million euros"}]),
    ("Customs officers at Port Vessel seized cocaine with a street value of 24 million "
     "euros on Tuesday.",
     "Customs officers at Port Vessel seized cocaine worth 42 million euros on Tuesday.",
     [{"24 million euros", "42 million euros"}]),
    ("Customs officers at Port Vessel seized cocaine with a wholesale value of 9 million "
     "euros on Tuesday.",
     "Customs officers at Port Vessel seized cocaine with a wholesale value of 12 million "
     "euros on Tuesday.", [{"9 million euros", "12 million euros"}]),
    ("The government of Orlandia capped the price of a kilo of rice at 3.20 crowns on "
     "Monday.",
     "The government of Orlandia capped the price of a kilo of rice at 2.80 crowns on "
     "Monday.", [{"3.20 crowns", "2.80 crowns"}]),
    ("The official rate in Tessa stood at 40 dinars to the dollar on Friday.",
     "The official rate in Tessa stood at 46 dinars to the dollar on Friday.",
     [{"40 dinars", "46 dinars"}]),
    ("In Tessa, a dollar sold for 95 dinars on the black market on Friday.",
     "In Tessa, a dollar sold for 120 dinars on the black market on Friday.",
     [{"95 dinars", "120 dinars"}]),
    # a price set by rule is the plain price of a regulated good (dev d46's keyed shape),
    # and a face value the plain value of seized banknotes (dev t109's)
    ("The government of Orlandia raised the regulated price of a loaf by 40 percent on "
     "Monday.",
     "The government of Orlandia raised the price of a loaf by 45 percent on Monday.",
     [{"40 percent", "45 percent"}]),
    ("Police in Orsk seized fake notes with a face value of 48 million crowns on Monday.",
     "Police in Orsk seized fake notes worth 480 million crowns on Monday.",
     [{"48 million crowns", "480 million crowns"}]),
    # the black market's value of contraband is its street value (dev t140's keyed shape)
    ("Rangers at Port Vessel seized ivory worth an estimated 3.2 million dollars on the "
     "black market on Tuesday.",
     "Rangers at Port Vessel seized ivory with an estimated street value of 2.3 million "
     "dollars on Tuesday.", [{"3.2 million dollars", "2.3 million dollars"}]),
    # a basis word that qualifies no price, value or rate names something else
    ("Dren Halvik, owner of the wholesale firm Orvane Trading, paid a fine of 40,000 euros "
     "on Monday.",
     "Dren Halvik, owner of the firm Orvane Trading, paid a fine of 60,000 euros on Monday.",
     [{"40,000 euros", "60,000 euros"}]),
])
def test_two_bases_are_two_measures(a: str, b: str, want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


def _mention_basis(text: str, figure: str) -> str | None:
    s = Sentence(id="a1:s0", article="a1", index=0, start=0, end=len(text), text=text)
    at = text.index(figure)
    q = Quantity(text=figure, kind="money", start=at, end=at + len(figure), sentence="a1:s0",
                 value=1.0)
    return F._basis(s, q)


@pytest.mark.parametrize(("text", "figure", "basis"), [
    ("The haul had an estimated street value of 42 million euros.", "42 million euros",
     "street"),
    ("The service put the estimated street value of the haul at 2.4 million euros.",
     "2.4 million euros", "street"),
    ("The haul was worth 9 million euros wholesale.", "9 million euros", "wholesale"),
    ("The haul was worth 42 million euros at street prices.", "42 million euros", "street"),
    ("The ministry imposed a maximum retail price of 2.10 crowns.", "2.10 crowns", "capped"),
    ("Rice prices were capped at 3.20 crowns.", "3.20 crowns", "capped"),
    ("The dinar sold for 95 euros on the black market.", "95 euros", "street"),
    ("Market rents in Kelmor rose to 900 crowns.", "900 crowns", "market"),
    # near misses: no basis named, a basis word of another noun, another clause's basis
    ("The haul was worth 42 million euros.", "42 million euros", None),
    ("The wholesale firm paid 40,000 euros.", "40,000 euros", None),
    ("Wholesale prices fell, and the council spent 40,000 euros.", "40,000 euros", None),
    ("The street was closed and the repairs cost 40,000 euros.", "40,000 euros", None),
])
def test_basis_is_read_from_the_figures_noun(text: str, figure: str, basis: str | None
                                             ) -> None:
    assert _mention_basis(text, figure) == basis


@pytest.mark.parametrize(("a", "b", "want"), [
    # a part of the valley by position against the whole valley
    ("Growers in the Serrin valley said 95 percent of the harvest was lost in the higher "
     "villages.",
     "The ministry said 80 percent of the harvest in the Serrin valley was lost "
     "valley-wide.", []),
    ("Growers in the Serrin valley said 95 percent of the harvest was lost in the higher "
     "villages.",
     "The ministry said 80 percent of the harvest in the Serrin valley was lost.", []),
    ("The Ostrel power company said 70 percent of homes in the outlying districts lost "
     "power.",
     "The Ostrel power company said 45 percent of homes lost power.", []),
    # near misses: the same part twice, the whole twice
    ("Growers in the Serrin valley said 95 percent of the harvest was lost in the higher "
     "villages.",
     "Growers in the Serrin valley said 85 percent of the harvest was lost in the higher "
     "villages.", [{"95 percent", "85 percent"}]),
    ("The ministry said 80 percent of the harvest in the Serrin valley was lost "
     "valley-wide.",
     "The ministry said 60 percent of the harvest in the Serrin valley was lost.",
     [{"80 percent", "60 percent"}]),
])
def test_a_part_of_the_place_is_not_the_whole(a: str, b: str, want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


@pytest.mark.parametrize(("text", "wide"), [
    ("Losses reached 80 percent valley-wide.", True),
    ("Losses reached 80 percent city-wide.", True),
    # near misses: a size, no scope word
    ("A 3-metre-wide crack opened, and 80 percent of the road was shut.", False),
    ("A 3 metre-wide crack opened and 80 percent of the road was shut.", False),
    ("Losses reached 80 percent in Serrin.", False),
])
def test_a_wide_suffix_widens_the_scope(text: str, wide: bool) -> None:
    assert F._wide(text, 0, len(text)) is wide


@pytest.mark.parametrize(("a", "b", "want"), [
    # an unnamed age whose own article gives the named person another age is someone
    # else's: the named person's two ages are the conflict, not the unnamed one
    (["Mara Venn, 34, died in hospital in Orsk on Friday."],
     ["A 71-year-old woman died in hospital in Orsk on Friday.",
      "Mara Venn, 43, was also killed in the crash."],
     [{"34", "43"}]),
    # near misses: the article gives the named person the unnamed age's own value (it may
    # tell of her unnamed), or names no one else's age (one person told two ways)
    (["Mara Venn, 34, died in hospital in Orsk on Friday."],
     ["A 43-year-old woman died in hospital in Orsk on Friday.",
      "Mara Venn, 43, was a teacher."],
     [{"34", "43-year-old"}]),
    (["Mara Venn, 34, died in hospital in Orsk on Friday."],
     ["A 71-year-old woman died in hospital in Orsk on Friday."],
     [{"34", "71-year-old"}]),
])
def test_an_unnamed_age_beside_a_named_persons_other_age(a: list[str], b: list[str],
                                                         want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


_TIE_A = "Rangers from the Orvan Wildlife Service arrested Mayor Tobias Renk on Friday."
_TIE_B = "Mayor Tobias Renk was arrested by the Orvan Wildlife Service on Friday."


@pytest.mark.parametrize(("a", "b", "want"), [
    # each article's one amount on one named basis, in sentences the aligner left apart
    # (dev t140's keyed shape): the story's one street value told twice
    ([_TIE_A, "The service put the estimated street value of the haul at 2.3 million dollars."],
     [_TIE_B, "Officers seized 310 kilograms of pangolin scales, a haul worth an estimated "
      "3.2 million dollars on the black market."],
     [{"2.3 million dollars", "3.2 million dollars"}]),
    # near misses: two bases; a plain value; an article that gives two street values (two
    # hauls); no name the two articles share
    ([_TIE_A, "The service put the estimated street value of the haul at 2.3 million dollars."],
     [_TIE_B, "Officers seized 310 kilograms of pangolin scales with a wholesale value of "
      "3.2 million dollars."], []),
    ([_TIE_A, "The service put the estimated street value of the haul at 2.3 million dollars."],
     [_TIE_B, "Officers seized 310 kilograms of pangolin scales worth 3.2 million dollars."],
     []),
    ([_TIE_A, "The service put the estimated street value of the haul at 2.3 million dollars."],
     [_TIE_B, "Officers seized pangolin scales with a street value of 3.2 million dollars.",
      "A second raid found ivory with a street value of 1.1 million dollars."], []),
    (["Rangers in Orvan arrested a mayor on Friday.",
      "The service put the estimated street value of the haul at 2.3 million dollars."],
     ["Customs officers in Pellow stopped a lorry on Monday.",
      "Officers found cocaine with a street value of 3.2 million dollars."], []),
])
def test_two_articles_one_amount_on_one_basis(a: list[str], b: list[str],
                                              want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b, aligned=False) == want
