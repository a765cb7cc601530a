"""Session 38: fact_conflict's figures of a later moment, read by arithmetic over a sentence.

- A sentence that gives the dead and the injured side by side, against another whose toll is
  higher and whose injured are fewer by no more than the toll rose: the injured who died
  were counted with the dead, a later moment of both tallies (session 37's held-out t258, a
  trap: "at least three killed and seven injured" / "five died and five were injured").

Near misses still fire: injured that rose, injured that fell while the toll stayed, injured
that fell by more than the toll rose, an injured count with no toll beside it.
Invented text throughout (fictional names, places and outlets).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # the injured who died moved to the toll: no conflict of either tally
    ("Three workers were killed and seven injured on Monday when a crane fell at a building "
     "site in Orvella.",
     "Five workers died and five were injured on Monday when a crane fell at a building "
     "site in Orvella.", []),
    ("Two passengers were killed and nine injured when a bus overturned near Tarnwick on "
     "Sunday.",
     "Four passengers were killed and eight injured when a bus overturned near Tarnwick on "
     "Sunday.", []),
    # near misses: the injured rose with the toll, or fell with the toll unchanged, or fell
    # by more than the toll rose
    ("Three workers were killed and seven injured on Monday when a crane fell at a building "
     "site in Orvella.",
     "Five workers were killed and nine injured on Monday when a crane fell at a building "
     "site in Orvella.", [{"three", "five"}, {"seven", "nine"}]),
    ("Three workers were killed and seven injured on Monday when a crane fell at a building "
     "site in Orvella.",
     "Three workers were killed and four injured on Monday when a crane fell at a building "
     "site in Orvella.", [{"seven", "four"}]),
    ("Two passengers were killed and nine injured when a bus overturned near Tarnwick on "
     "Sunday.",
     "Three passengers were killed and four injured when a bus overturned near Tarnwick on "
     "Sunday.", [{"two", "three"}, {"nine", "four"}]),
])
def test_injured_who_died_join_the_toll(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # a rough size in a lede, made exact below it in the same article: only the exact one
    # is set against the other outlet's
    (["Floods cut the line near Eskmoor on Tuesday, stranding hundreds of passengers in the "
      "heat.",
      "About 1,400 passengers were stranded on two trains near Eskmoor for four hours."],
     ["About 1,400 passengers were stranded on two trains near Eskmoor for four hours on "
      "Tuesday."], []),
    # near misses: the exact count is of another noun, or itself differs from the other's
    (["Floods cut the line near Eskmoor on Tuesday, stranding hundreds of passengers in the "
      "heat.",
      "Two trains were stopped near Eskmoor for four hours."],
     ["About 1,400 passengers were stranded on two trains near Eskmoor for four hours on "
      "Tuesday."], [{"hundreds", "1,400"}]),
    (["Floods cut the line near Eskmoor on Tuesday, stranding hundreds of passengers in the "
      "heat.",
      "About 900 passengers were stranded on two trains near Eskmoor for four hours."],
     ["About 1,400 passengers were stranded on two trains near Eskmoor for four hours on "
      "Tuesday."], [{"900", "1,400"}]),
])
def test_a_rough_lede_made_exact_below(a: list[str], b: list[str], want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("rough", "want"), [
    # "hundreds of millions" is a rough size of its own (1e8), not "millions" (1e6)
    ("hundreds of millions", []),
    # near misses: "tens of millions" and "thousands" fall short of 640 million
    ("tens of millions", [{"tens of millions", "640 million"}]),
    ("thousands", [{"thousands", "640 million"}]),
])
def test_rough_sizes_of_scale_plurals(rough: str, want: list[set[str]]) -> None:
    a = f"SELVA - The Orvan health ministry on Wednesday ordered {rough} of doses of the vaccine."
    b = "The Orvan health ministry ordered 640 million doses of the vaccine on Wednesday."
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # a granting verb or a grant's noun with "for" names what the sum is for: two grants
    ("The Velm council approved a budget of 40 million florins for roads.",
     "The Velm council approved a budget of 12 million florins for schools.", []),
    ("The Velm council set aside 40 million euros for road repairs.",
     "The Velm council set aside 12 million euros for school meals.", []),
    ("The Orsk foundation pledged 3 million crowns for the children's ward.",
     "The Orsk foundation pledged 5 million crowns for the new library.", []),
    # near misses: one purpose named on both sides, or none, still meets
    ("The Velm council approved 40 million euros for new roads.",
     "The Velm council approved 12 million euros for the new roads.",
     [{"40 million euros", "12 million euros"}]),
    ("The Velm council approved a budget of 40 million florins for roads.",
     "The Velm council approved a budget of 12 million florins for roads.",
     [{"40 million", "12 million"}]),
    ("The Velm council approved 40 million euros to build a ring road.",
     "The Velm council approved 12 million euros to build a ring road.",
     [{"40 million euros", "12 million euros"}]),
])
def test_a_grant_names_its_purpose(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # a measure's running total since a moment, against one moment's figure
    ("The fire has burned 12,000 hectares near Alcorra since Tuesday.",
     "The fire had burned 4,000 hectares near Alcorra by Tuesday evening.", []),
    ("Rain gauges in Tessby have recorded 140 millimetres since Sunday.",
     "Rain gauges in Tessby recorded 60 millimetres on Sunday.", []),
    # near misses: two running totals, or two plain figures, of one measure still conflict
    ("The fire has burned 12,000 hectares near Alcorra since Tuesday.",
     "The fire has burned 9,000 hectares near Alcorra since Tuesday.",
     [{"12,000 hectares", "9,000 hectares"}]),
    ("The fire burned 12,000 hectares near Alcorra on Tuesday.",
     "The fire burned 4,000 hectares near Alcorra on Tuesday.",
     [{"12,000 hectares", "4,000 hectares"}]),
])
def test_a_measures_running_total(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # a first act of a series and a repeat of it are two acts
    ("Halvorsen was first elected mayor of Orsk in 2014.",
     "Halvorsen was re-elected mayor of Orsk in 2022.", []),
    ("The Tessby museum originally opened in 1961.",
     "The Tessby museum reopened in 2019 after a fire.", []),
    # near misses: one place in the series on both sides still conflicts
    ("Halvorsen was first elected mayor of Orsk in 2014.",
     "Halvorsen was first elected mayor of Orsk in 2012.", [{"2014", "2012"}]),
    ("The Kessa ferry was last inspected in August 2023.",
     "The Kessa ferry was last inspected in May 2022.", [{"august 2023", "may 2022"}]),
])
def test_a_first_act_and_its_repeat(a: str, b: str, want: list[set[str]]) -> None:
    got = support.fact_pair_values(a, b, aligned=False) or support.fact_pair_values(a, b)
    assert sorted(map(sorted, got)) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # the start and the end of one act: two moments
    ("The protest began at noon in Kelby.", "The protest ended at 6 p.m. in Kelby.", []),
    ("The match kicked off at 3 p.m. at the Orsk stadium.",
     "The match at the Orsk stadium finished at 5 p.m.", []),
    # near misses: one phase on both sides, or none, still conflicts
    ("The protest began at noon in Kelby.", "The protest began at 2 p.m. in Kelby.",
     [{"noon", "2 p.m."}]),
    ("The protest ended at 6 p.m. in Kelby.", "The protest ended at 8 p.m. in Kelby.",
     [{"6 p.m.", "8 p.m."}]),
])
def test_the_start_and_the_end_of_an_act(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # a share written whole is the decimal one rounded, less than half a point away
    ("Varga held a 4 percent stake in Orlent Foods.",
     "Varga held a 4.2 percent stake in Orlent Foods.", []),
    ("Dalmo won 52 percent of the vote in Kessby.",
     "Dalmo won 51.8 percent of the vote in Kessby.", []),
    # near misses: half a point, two whole shares, two decimal shares still conflict
    ("Varga held a 4 percent stake in Orlent Foods.",
     "Varga held a 4.5 percent stake in Orlent Foods.", [{"4 percent", "4.5 percent"}]),
    ("Varga held a 40 percent stake in Orlent Foods.",
     "Varga held a 41 percent stake in Orlent Foods.", [{"40 percent", "41 percent"}]),
    ("Dalmo won 52.3 percent of the vote in Kessby.",
     "Dalmo won 53.2 percent of the vote in Kessby.", [{"52.3 percent", "53.2 percent"}]),
    ("Dalmo won 52% of the vote in Kessby.",
     "Dalmo won 52.6% of the vote in Kessby.", [{"52%", "52.6%"}]),
])
def test_a_whole_share_rounds_a_decimal_one(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


@pytest.mark.parametrize(("a", "b", "want"), [
    # a count and one more member named beside it: the whole group told in two parts
    ("Camera footage showed three masked people entering the Orsk museum through a window.",
     "Camera footage showed two men entering the Orsk museum through a window while a third "
     "kept watch in the street.", []),
    ("Four men robbed the Tessby bank on Monday.",
     "Three men robbed the Tessby bank on Monday, and another waited in the getaway car.", []),
    # near misses: the group is not one larger, or no member is added
    ("Camera footage showed four masked people entering the Orsk museum through a window.",
     "Camera footage showed two men entering the Orsk museum through a window while a third "
     "kept watch in the street.", [{"four", "two"}]),
    ("Camera footage showed three masked people entering the Orsk museum through a window.",
     "Camera footage showed two men entering the Orsk museum through a window.",
     [{"three", "two"}]),
])
def test_one_more_member_named(a: str, b: str, want: list[set[str]]) -> None:
    assert sorted(map(sorted, support.fact_pair_values(a, b))) == sorted(map(sorted, want))


def test_a_preposition_names_no_measure() -> None:
    fs = support.fact_pair_findings(["The fire burned 12,000 hectares near Alcorra on Tuesday."],
                                    ["The fire burned 4,000 hectares near Alcorra on Tuesday."])
    assert len(fs) == 1 and "the near" not in fs[0].summary


def test_early_hours_span_no_distance() -> None:
    # near miss of the running total: "in the early hours of Sunday" names when, no total
    assert support.fact_pair_values(
        "The tanker struck the reef about 12 kilometres off Port Vell shortly before 4 a.m.",
        "The tanker struck the reef around 18 kilometres off Port Vell in the early hours of "
        "Sunday.") == [{"12 kilometres", "18 kilometres"}]
