"""Session 31: four general causes of fact conflicts read wrong on invented dev.

- A populated place's size ("Morvane, a city of about 900,000 people") is its population,
  the size of a whole (as a collection word's, ``facts._collection``;
  rules/numbers.POPULATED_PLACE_WORDS), never the visitors or strikers of the story's event
  (d186); two populations still meet.
- A whole's size after a possessor ("1,200 of the country's 9,800 pharmacies") is the whole
  a part is taken from (``facts._whole``), never a count of what befell the part (d148); so
  is one written first in its clause ("Of the park's 112 homes, at least 60 ...": t96's
  keyed 112 vs 121 homes, two wholes, still told).
- A count after a result verb and "with" ("would leave the town with barely 4,400 jobs") is
  what remains, never the change's size ("cut 2,400 jobs"; ``facts._remainder``; d157).
- A bare earlier year in a relative clause after the figure, set off by a clause break ("Five
  people have died ..., a crossing whose upgrade was shelved in 2023") dates that clause's
  verb, not the figure (``facts._relative_year_after``; d176): the five dead are the
  article's day's, an update of the day before's three.
- An article that says a running tally rose to its figure ("number of injured rises to 13")
  gives the updated count: a lower count of that tally from an article published no later
  is the count before the rise (``facts._risen_here``; d184). A lower count published later
  or a higher one is still a conflict.

Invented text (fictional places, outlets and people).
"""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


def _values(a: str | Sequence[str], b: str | Sequence[str], da: str, db: str) -> list[set[str]]:
    """The values of each conflict between two short articles of the given dates, their
    first sentences aligned as a paraphrase."""
    from storylens.findings.common import FindingContext
    from storylens.findings.facts import find_fact_conflicts
    from storylens.models import Alignment
    from storylens.options import Options

    sa, sb = ((s,) if isinstance(s, str) else tuple(s) for s in (a, b))
    docs = [support.make_doc("a1", "Vell Daily", sa, published=da),
            support.make_doc("a2", "Orsk Herald", sb, published=db)]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


_CITY = "Brenmouth, a city of about 900,000 people, will host the Veltra Fair in May."


@pytest.mark.parametrize(("a", "b", "want"), [
    # a populated place's size is its population, never the event's visitors
    ("Brenmouth, a city of about 900,000 people, is due to host the Veltra Fair in April.",
     "Brenmouth is due to host the Veltra Fair in April, which last year brought an estimated "
     "120,000 visitors to the city.", set()),
    (_CITY, "The Veltra Fair is expected to bring 120,000 visitors to Brenmouth in May.", set()),
    ("The strike has left Osterby, a town of 38,000 people, without bin collections.",
     "About 4,000 people marched through Osterby against the strike.", set()),
    # near misses: two populations of the place still meet
    (_CITY, "Brenmouth, a city of 700,000 people, will host the Veltra Fair in May.",
     {"900,000", "700,000"}),
    # the visitors told two ways still meet
    ("The Veltra Fair is expected to bring 120,000 visitors to Brenmouth in May.",
     "The Veltra Fair is expected to bring 90,000 visitors to Brenmouth in May.",
     {"120,000", "90,000"}),
])
def test_a_populated_place_is_sized_by_its_people(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == ([want] if want else [])


_BAKERIES = "The Kestow Bakers' Guild said 1,300 of the country's 8,600 bakeries had closed."


@pytest.mark.parametrize(("a", "b", "want"), [
    # the whole after a possessor is no count of closures
    (_BAKERIES.replace("1,300", "2,100"), "Some 1,300 bakeries have closed, the Kestow Bakers' "
     "Guild said.", set()),
    ("The Kestow Bakers' Guild said 210 breads were now scarce, and that 2,100 of the country's "
     "8,600 bakeries had closed or cut their hours.", "Olen Marsk, head of the Bakers' Guild, "
     "complained that some 1,300 bakeries had closed or cut their hours.", set()),
    ("Two of Vell's 14 ferries were taken out of service.",
     "Six ferries were taken out of service in Vell.", set()),
    # near misses: two wholes told two ways still meet, and so do two counts of closures
    (_BAKERIES, "The Kestow Bakers' Guild said 1,300 of the country's 7,900 bakeries had closed.",
     {"8,600", "7,900"}),
    # a whole written first ("Of the ... homes,") meets a whole written after its part
    ("Of the camp's 112 tents, at least 60 were blown down in Orvane.",
     "At least 60 of the camp's 121 tents were blown down in Orvane.", {"112", "121"}),
    ("The Kestow Bakers' Guild said 8,600 bakeries had closed.",
     "The Kestow Bakers' Guild said 1,300 bakeries had closed.", {"8,600", "1,300"}),
])
def test_a_whole_after_a_possessor(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == ([want] if want else [])


_THREE = "Three people were killed when a bus caught fire in the Orvane Tunnel on Tuesday."
_FIVE = ("Five people have died after a bus caught fire in the Orvane Tunnel, a crossing "
         "whose fire doors were removed in 2022.")


@pytest.mark.parametrize(("a", "b", "da", "db", "want"), [
    # the 2022 dates the removal: the five dead are the next day's toll, an update
    (_THREE, _FIVE, "2026-03-03", "2026-03-04", set()),
    # near misses: a toll that fell a day later is a conflict, whatever the aside dates
    (_THREE, _FIVE.replace("Five", "Two"), "2026-03-03", "2026-03-04", {"three", "two"}),
    # two tolls of one day still meet
    (_THREE, _FIVE, "2026-03-03", "2026-03-03", {"three", "five"}),
])
def test_a_year_in_a_relative_clause_after_the_figure(a: str, b: str, da: str, db: str,
                                                      want: set[str]) -> None:
    assert _values(a, b, da, db) == ([want] if want else [])


_ELEVEN = "A student was killed and 11 people were injured when a stage collapsed in Kestow late on Saturday."
_RISES = "Kestow stage collapse: number of injured rises to 13"
_THIRTEEN = ("A student was killed and 13 people were injured when a stage collapsed "
             "in Kestow late on Saturday.")


@pytest.mark.parametrize(("a", "b", "da", "db", "want"), [
    # the other article says the tally rose to its 13: the 11 is the count before the rise
    (_ELEVEN, [_THIRTEEN, _RISES], "2026-05-10", "2026-05-10", set()),
    (_ELEVEN, [_THIRTEEN, _RISES], "2026-05-10", "2026-05-11", set()),
    # near misses: no rise told, a lower figure published later, a higher figure
    (_ELEVEN, _THIRTEEN, "2026-05-10", "2026-05-10", {"11", "13"}),
    (_ELEVEN, [_THIRTEEN, _RISES], "2026-05-11", "2026-05-10", {"11", "13"}),
    (_ELEVEN.replace("11", "15"), [_THIRTEEN, _RISES], "2026-05-10", "2026-05-10",
     {"15", "13"}),
    # both articles tell a rise: two updated counts
    ([_ELEVEN, _RISES.replace("13", "11")], [_THIRTEEN, _RISES], "2026-05-10", "2026-05-10",
     {"11", "13"}),
])
def test_an_article_that_tells_the_rise(a: str | list[str], b: str | list[str], da: str,
                                        db: str, want: set[str]) -> None:
    # (two articles that each tell the rise and a count may conflict twice: headline, lede)
    got = {frozenset(v) for v in _values(a, b, da, db)}
    assert got == ({frozenset(want)} if want else set())


_CUT = "Halvik Motors will cut 2,400 jobs at its Osterby plant by the end of 2027."


@pytest.mark.parametrize(("a", "b", "want"), [
    # what the cut leaves is the rest, not the cut's size
    (_CUT, "The cuts would leave Osterby, a town of 38,000 people, with barely 4,400 jobs at "
     "the plant.", set()),
    (_CUT, "Halvik Motors will cut jobs in Osterby, leaving the plant with 4,400 workers.", set()),
    # near misses: two remainders still meet, and so do two sizes of the cut
    ("The cuts would leave the Osterby plant with barely 4,400 jobs.",
     "The cuts would leave the Osterby plant with 3,900 jobs.", {"4,400", "3,900"}),
    (_CUT, "Halvik Motors will cut 2,900 jobs at its Osterby plant by the end of 2027.",
     {"2,400", "2,900"}),
])
def test_a_remainder_is_no_change(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == ([want] if want else [])
