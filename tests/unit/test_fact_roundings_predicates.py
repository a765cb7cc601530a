"""Session 16's two held-out wrong fact conflicts, generalised (session 17):

* a round figure stated plainly is a more precise one rounded in copy when the precise one,
  rounded at the round one's own step, gives it, within ``facts.ROUND_MARGIN``, and the
  round one is written at ``facts.ROUND_MIN_WRITTEN`` or more in its unit (t50: a
  410-million-euro contract / a 400-million-euro one); small counts, shares and lengths are
  counted, not rounded, and two figures that round to two values still conflict;
* the measure of a count includes what happened to the things counted (``facts._predicate``):
  two counts of one noun under predicates that share nothing, or one negated, are two
  measures (t47: 37 polling stations that stayed closed / attacks at nine), unless both
  counts are the agents of their clauses (one group told doing two things).

Invented text (fictional places and people); each table pairs a near miss with the
wording that still conflicts.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _values(a: str, b: str, aligned: bool = True) -> list[set[str]]:
    return [{str(v["text"]).lower() for v in f.detail["values"]}
            for f in support.fact_pair_findings(a, b, aligned=aligned)]


@pytest.mark.parametrize(("a", "b", "want"), [
    # a round figure of a thousand or more that the other rounds to at its own step
    ("Halvesk signed a 410-million-crown contract for patrol boats.",
     "Halvesk signed a 400-million-crown contract for patrol boats.", None),
    ("The Dorvan silo held 12,400 tonnes of barley.",
     "The Dorvan silo held 12,000 tonnes of barley.", None),
    ("The Halvesk defence budget is 4.1 billion crowns.",
     "The Halvesk defence budget is 4 billion crowns.", None),
    # near misses: small counts are counted, not rounded
    ("The quake killed 41 people in Marsk.", "The quake killed 40 people in Marsk.",
     {"40", "41"}),
    ("The floods forced 410 families from their homes in Marsk.",
     "The floods forced 400 families from their homes in Marsk.", {"400", "410"}),
    ("Turnout in Marsk was 41 percent.", "Turnout in Marsk was 40 percent.",
     {"40 percent", "41 percent"}),
    ("The Marsk ring road is 4.1 kilometres long.", "The Marsk ring road is 4 kilometres long.",
     {"4 kilometres", "4.1 kilometres"}),
    # near misses: the precise figure rounds to another value, or is past the margin
    ("Halvesk signed a 460-million-crown contract for patrol boats.",
     "Halvesk signed a 400-million-crown contract for patrol boats.",
     {"400-million-crown", "460-million-crown"}),
    ("The Dorvan silo held 12,600 tonnes of barley.",
     "The Dorvan silo held 12,000 tonnes of barley.", {"12,000 tonnes", "12,600 tonnes"}),
    ("Ferry tickets to Tarsk cost 1,150 escudos.", "Ferry tickets to Tarsk cost 1,100 escudos.",
     {"1,100", "1,150"}),
    # near misses: neither figure is the rounder one
    ("The Dorvan silo held 12,400 tonnes of barley.",
     "The Dorvan silo held 12,300 tonnes of barley.", {"12,300 tonnes", "12,400 tonnes"}),
    ("The Marsk count set aside 1,340 ballots as invalid.",
     "The Marsk count set aside 1,430 ballots as invalid.", {"1,340", "1,430"}),
])
def test_a_round_figure_is_a_rounding_only_at_its_own_step(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # two predicates: what happened to the stations differs
    ("A total of 37 polling stations in Dravo province stayed closed for the rest of the "
     "day, the commission said.",
     "The commission said attacks took place at nine polling stations in Dravo province on "
     "Sunday.", None),
    ("Gunmen stormed 14 polling stations in Dravo province on Sunday, the commission said.",
     "A total of 37 polling stations in Dravo province stayed shut on Sunday, the "
     "commission said.", None),
    # a negation turns the predicate
    ("Twelve polling stations in Dravo province reopened on Monday, the commission said.",
     "Twenty-five polling stations in Dravo province never reopened on Monday, the "
     "commission said.", None),
    # near misses: one predicate, said alike or as a verb and its noun
    ("A total of 37 polling stations in Dravo province stayed closed on Sunday, the "
     "commission said.",
     "A total of nine polling stations in Dravo province stayed closed on Sunday, the "
     "commission said.", {"37", "nine"}),
    ("Nine polling stations in Dravo province were attacked on Sunday, the commission said.",
     "Attacks hit 14 polling stations in Dravo province on Sunday, the commission said.",
     {"nine", "14"}),
    # near miss: the counts are the agents, one group told doing two things
    ("About a dozen officers of the Dravo border police searched the offices of the Kestel "
     "Courier.",
     "At least 20 officers of the Dravo border police stormed the offices of the Kestel "
     "Courier.", {"a dozen", "20"}),
])
def test_two_predicates_are_two_measures(a, b, want):
    assert _values(a, b, aligned=False) == ([] if want is None else [want])


@pytest.mark.parametrize(("text", "want"), [
    ("A total of 37 polling stations in Dravo province stayed closed for the rest of the day.",
     {"clos"}),
    ("The commission said attacks took place at nine polling stations.", {"attack"}),
    ("Attacks were reported at at least nine polling stations.", {"attack"}),
    ("In all, 37 polling stations in the province never reopened.", {"reopen", "~not"}),
    # a contracted negation ends the adjunct and turns the predicate (review17a)
    ("In all, 37 polling stations in Dravo province didn't reopen.", {"reopen", "~not"}),
    ("In all, 37 polling stations in Dravo province didn\u2019t reopen.", {"reopen", "~not"}),
    ("At least 20 officers of the border police stormed the home of Ilse Varn.",
     {"storm", "hom", "~agent"}),
])
def test_the_predicate_of_a_count(text, want):
    doc = support.make_doc("a1", "Orm Daily", (text,))
    (_, ms), = facts.doc_mentions(doc)
    assert ms[-1].pred == want


def _dated(a: str, pa: str, b: str, pb: str) -> list[set[str]]:
    """The values of each conflict between two unaligned one-sentence articles of the
    given publication dates."""
    from storylens.findings.common import FindingContext
    from storylens.options import Options

    docs = [support.make_doc("a1", "Vell Daily", (a,), published=pa),
            support.make_doc("a2", "Orsk Herald", (b,), published=pb)]
    return [{str(v["text"]).lower() for v in f.detail["values"]}
            for f in facts.find_fact_conflicts(FindingContext.build(docs, [], options=Options()))]


_TUESDAY = "The Marsk highway police said 14 people had been arrested at the Dorvan blockade."


@pytest.mark.parametrize(("b", "pb", "want"), [
    # a later article's tally "by" a moment of the same day: the day's latest count
    ("By Tuesday evening the Marsk highway police said 23 people had been arrested at the "
     "Dorvan blockade.", "2026-10-14", None),
    # ... and since session 21 in an article of the same day too: an unmarked report of
    # that day may be of an earlier moment of it (an update within the day)
    ("By Tuesday evening the Marsk highway police said 23 people had been arrested at the "
     "Dorvan blockade.", "2026-10-13", None),
    # near misses: the tally fell (a later article's or the same day's); the later article
    # says "on" the day, not "by" a moment
    ("By Tuesday evening the Marsk highway police said 9 people had been arrested at the "
     "Dorvan blockade.", "2026-10-14", {"14", "9"}),
    ("By Tuesday evening the Marsk highway police said 9 people had been arrested at the "
     "Dorvan blockade.", "2026-10-13", {"14", "9"}),
    ("On Tuesday the Marsk highway police said 23 people had been arrested at the Dorvan "
     "blockade.", "2026-10-14", {"14", "23"}),
])
def test_a_tally_as_of_a_later_moment_of_the_day_is_an_update(b, pb, want):
    # (13 October 2026 is a Tuesday)
    assert _dated(_TUESDAY, "2026-10-13", b, pb) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a relative aside's date and "since" date its own verb, not the figure after it
    ("Ilmar Vesk, 52, is serving a nine-year sentence for bribery after being convicted in "
     "December.",
     "Ilmar Vesk, the Farmers' Union leader who has been hounded by prosecutors since he ran "
     "for mayor in 2023, is serving a seven-year sentence on bribery charges.",
     {"nine-year", "seven-year"}),
    # near misses: a year that dates the figure's own clause is its time (another event),
    # and so is one of an aside that only dates its noun (no figure, no "since" in it)
    ("In 2019, a flood in Dorn destroyed 40 homes.", "The storm in Dorn destroyed 55 homes.",
     None),
    ("A flood, which struck Dorn in 2019, destroyed 40 homes.",
     "The storm destroyed 55 homes in Dorn.", None),
    # a span that names a thing meets another beside an age or a date ...
    ("Ilmar Vesk, 52, is serving a nine-year sentence for bribery.",
     "Ilmar Vesk, 52, is serving a seven-year sentence for bribery.",
     {"nine-year", "seven-year"}),
    # ... but not a span after "the", which names which thing beside a date too
    # (review17a)
    ("The two-year yield on Tarsk bonds fell sharply in March.",
     "The ten-year yield on Tarsk bonds fell sharply in March.", None),
    # ... and not beside a figure that may be that thing's value
    ("Ilmar Vesk is serving a nine-year sentence for bribery, his third in 12 years.",
     "Ilmar Vesk is serving a seven-year sentence for bribery.", None),
])
def test_a_relative_aside_dates_its_own_verb(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("text", "want"), [
    ("Tarsk's reserves, which stood at 9 billion crowns at the end of 2024, have fallen to "
     "1.3 billion crowns.", None),
    ("A flood, which struck Dorn in 2019, destroyed 40 homes.", "2019"),
    ("In 2019, a flood in Dorn destroyed 40 homes.", "2019"),
    # near misses (review17a): the aside's figure measures something else, so its date
    # may be the main clause's event's too
    ("The gale, which reached Velm on 12 March with winds of 180 km/h, flattened 400 barns.",
     "--03-12"),
    ("Divers, who reached the wreck at 3 a.m. on 12 March, recovered 14 bodies.", "--03-12"),
])
def test_the_time_of_a_figure_after_a_relative_aside(text, want):
    doc = support.make_doc("a1", "Orm Daily", (text,))
    (_, ms), = facts.doc_mentions(doc)
    assert ms[-1].time == want


def test_a_date_in_an_aside_of_another_measure_still_dates_the_figure():
    # review17a: an aside whose figure is of another family (a wind speed) left "400 barns"
    # undated, so a second gale's barns on another day conflicted with it
    assert _values(
        "The gale, which reached Velm on 12 March with winds of 180 km/h, flattened 400 barns "
        "in Velm.",
        "A second gale flattened 250 barns in Velm on 14 March.", aligned=False) == []


def test_a_figure_past_a_float_is_no_rounding_and_no_crash():
    # review17a: a figure of 400 digits reads as infinity; _rounds_to asked its step and
    # _step raised ValueError, so the whole fact finder failed on one hostile page
    huge = "9" * 400
    assert _values(f"The Dorvan silo held {huge} tonnes of barley.",
                   "The Dorvan silo held 12,000 tonnes of barley.") == [
        {f"{huge} tonnes", "12,000 tonnes"}]


def test_a_contracted_negation_is_another_predicate():
    # review17a: "didn't" neither ended the adjunct "in Dravo province" nor marked a
    # negation, so the count had no predicate and met "12 ... reopened" as one frame
    assert _values(
        "The Harl commission said 25 polling stations in Dravo province didn't reopen "
        "after the attacks.",
        "The Harl commission said 12 polling stations in Dravo province reopened after the "
        "attacks.", aligned=False) == []
