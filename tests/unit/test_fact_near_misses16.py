"""Near misses of right fact conflicts: the nearby wording that makes two figures two facts
(session 16, written by asking of each right finding of invented dev what variant of its
text would make it wrong).

* a range's low end ("from 700 to 1,100 escudos": a range unless a change verb governs it,
  "rose from 12 to 14") is no value of its own (``facts._range_low``, ``low_end``);
* an intention, a target or a promise ("wants to hire 400", "pledged 45 million") is no
  outcome (rules/numbers.CAPACITY_BEFORE);
* a figure for each of several ("were each fined 3,000 crowns", "500 crowns per family") is
  no total (``facts._each``);
* the tally of a period still running ("storms this year have destroyed 120 homes") is no
  one event's (``_SPANNED``);
* a share's change with no "by" ("turnout rose 4 percent") is no share (``facts._change``);
* a figure dated to an earlier year than its article ("In 2019, floods killed 12") is not
  the story's figure of no stated time.

Each table pairs the near miss with the wording that still conflicts. Invented text
(fictional places and people).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # ranges: a value inside meets the range, the low end is no value of its own
    ("Ferry tickets to Tarsk cost from 700 to 1,100 escudos.",
     "Ferry tickets to Tarsk cost 900 escudos.", None),
    ("Between 300 and 500 people were evacuated from Tarsk.",
     "About 400 people were evacuated from Tarsk.", None),
    # near misses: a value past the range, two ranges' high ends, a change's two values
    ("Ferry tickets to Tarsk cost from 700 to 1,100 escudos.",
     "Ferry tickets to Tarsk cost 1,500 escudos.", {"1,100", "1,500"}),
    # two ranges that overlap are two spreads of estimates, both possible (a real pair's
    # "10 to 20 times your income" / "10 to 15 times"); apart, they conflict
    ("Ferry tickets to Tarsk cost from 700 to 1,100 escudos.",
     "Ferry tickets to Tarsk cost from 700 to 1,400 escudos.", None),
    ("Ferry tickets to Tarsk cost from 700 to 900 escudos.",
     "Ferry tickets to Tarsk cost from 1,200 to 1,400 escudos.", {"900", "1,400"}),
    ("Ferry fares to Tarsk rose from 700 to 1,100 escudos.",
     "Ferry fares to Tarsk rose from 700 to 1,400 escudos.", {"1,100", "1,400"}),
])
def test_a_range_and_its_low_end(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # an intention, a target, a promise against what happened
    ("The Tarsk council wants to hire 400 teachers.", "The Tarsk council hired 250 teachers.",
     None),
    ("The Tarsk council aims to hire 400 teachers this autumn.",
     "The Tarsk council hired 250 teachers.", None),
    ("Neighbouring states pledged 45 million crowns in aid to Tarsk.",
     "Neighbouring states sent 20 million crowns in aid to Tarsk.", None),
    # near miss: two outcomes
    ("The Tarsk council hired 400 teachers.", "The Tarsk council hired 250 teachers.",
     {"400", "250"}),
])
def test_an_intention_is_no_outcome(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    ("The two Tarsk suspects were each fined 3,000 crowns.",
     "The two Tarsk suspects were fined 6,000 crowns.", None),
    ("Each family in Tarsk will receive 500 crowns.",
     "Families in Tarsk will receive 2,000 crowns in total.", None),
    ("Families in Tarsk will receive 500 crowns per household.",
     "Families in Tarsk will receive 2,000 crowns.", None),
    # near misses: two figures for each, and "each of" counting them all
    ("The two Tarsk suspects were each fined 3,000 crowns.",
     "The two Tarsk suspects were each fined 4,000 crowns.",
     {"3,000 crowns", "4,000 crowns"}),
    ("Police questioned each of the 12 witnesses in Tarsk.",
     "Police questioned 15 witnesses in Tarsk.", {"12", "15"}),
])
def test_a_figure_for_each_is_no_total(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    ("The storm destroyed 40 homes in Tarsk.",
     "Storms this year have destroyed 120 homes in Tarsk.", None),
    ("Turnout in Tarsk was 54 percent.", "Turnout in Tarsk rose 4 percent.", None),
    ("In 2019, floods killed 12 people in Tarsk.", "The floods killed seven people in Tarsk.",
     None),
    # near misses: two changes of a share, two years' own figures, one event's two tolls
    ("Turnout in Tarsk rose 4 percent.", "Turnout in Tarsk rose 6 percent.",
     {"4 percent", "6 percent"}),
    ("Turnout in Tarsk was 54 percent.", "Turnout in Tarsk was 58 percent.",
     {"54 percent", "58 percent"}),
    ("The storm destroyed 40 homes in Tarsk.", "The storm destroyed 120 homes in Tarsk.",
     {"40", "120"}),
    ("In 2019, floods killed 12 people in Tarsk.",
     "In 2019, floods killed seven people in Tarsk.", {"12", "seven"}),
])
def test_another_period_or_a_change_is_no_level(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # "thousands" is any number of thousands against a figure
    ("The closure of Tarsk airport stranded thousands of passengers.",
     "The closure of Tarsk airport stranded about 21,000 passengers.", None),
    ("The closure of Tarsk airport stranded thousands of passengers.",
     "The closure of Tarsk airport stranded 4,500 passengers.", None),
    # near misses: past a hundred thousand, "hundreds" against thousands, two rough sizes
    ("The closure of Tarsk airport stranded thousands of passengers.",
     "The closure of Tarsk airport stranded about 250,000 passengers.",
     {"thousands", "250,000"}),
    ("The closure of Tarsk airport stranded hundreds of passengers.",
     "The closure of Tarsk airport stranded about 21,000 passengers.",
     {"hundreds", "21,000"}),
    ("The closure of Tarsk airport stranded thousands of passengers.",
     "The closure of Tarsk airport stranded hundreds of thousands of passengers.",
     {"thousands", "hundreds of thousands"}),
])
def test_thousands_is_any_number_of_thousands(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a part of a group named after the count, and the whole it is taken from
    ("Three of the injured in Tarsk were in critical condition.",
     "Five people were injured in Tarsk.", None),
    ("Half of the 40 wards in Tarsk were closed.", "Twenty wards in Tarsk were closed.", None),
    ("Judges in Tarsk voted three out of 12 against the ban.",
     "Judges in Tarsk voted four against the ban.", None),
    # a size glued to its noun is the thing's, not what fills it
    ("The 5,000-seat stadium in Tarsk was full.", "About 7,000 fans packed the Tarsk stadium.",
     None),
    # a scope past one place against an owner's figure; a sentence sought, one handed down
    ("The company will cut 300 jobs at its Tarsk plant.",
     "The company will cut 1,200 jobs worldwide.", None),
    ("Prosecutors seek 12 years in prison for the Tarsk mayor.",
     "The Tarsk mayor was sentenced to eight years in prison.", None),
    # near misses: two parts alike, two wholes alike, two glued sizes, two plants, two sentences
    ("Three of the injured in Tarsk were in critical condition.",
     "Five of the injured in Tarsk were in critical condition.", {"three", "five"}),
    ("The No side won four of the 14 provinces of Tarsk.",
     "The No side won five of the 14 provinces of Tarsk.", {"four", "five"}),
    ("The 5,000-seat stadium in Tarsk was full.", "The 7,000-seat stadium in Tarsk was full.",
     {"5,000", "7,000"}),
    ("The company will cut 300 jobs at its Tarsk plant.",
     "The company will cut 400 jobs at its Tarsk plant.", {"300", "400"}),
    ("A Tarsk court sentenced the mayor to 12 years in prison.",
     "The Tarsk mayor was sentenced to eight years in prison.", {"12 years", "eight years"}),
])
def test_parts_wholes_and_sizes(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


def test_a_count_of_the_counted_noun_is_that_count():
    # "14 of the country's public hospitals" are 14 hospitals (invented dev t31)
    assert support.fact_pair_values(
        "The union said the walkout affected 17 public hospitals in Tarsk.",
        "The union said the walkout affected 14 of the country's public hospitals "
        "in Tarsk.") == [{"17", "14"}]


@pytest.mark.parametrize(("a", "b", "want"), [
    # two acts dated: two facts
    ("The Tarsk contract was signed in 2021.",
     "The Tarsk contract was approved by parliament in 2020.", None),
    # near misses: one act dated twice
    ("The Tarsk plant opened in 1974.", "The Tarsk plant opened in 1971.", {"1974", "1971"}),
    ("The Tarsk contract was signed in 2021.", "The Tarsk contract was signed in 2020.",
     {"2021", "2020"}),
    ("The Tarsk strike ended on March 7.", "The Tarsk strike ended on March 9.",
     {"march 7", "march 9"}),
])
def test_two_acts_dated_are_two_facts(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # the whole a part is taken from, narrowed in one outlet only by a phrase after its noun,
    # is another group: the country's 14 provinces, the 12 in the north (review16h)
    ("Four of the 14 provinces of Tarsk reported flooding.",
     "Four of the 12 provinces in the north reported flooding.", None),
    ("Half of the 40 wards lost power in Tarsk.",
     "Half of the 30 wards hit by the storm lost power in Tarsk.", None),
    ("Three of the 12 miners that were trapped in Tarsk were rescued.",
     "Three of the 15 miners at the Tarsk pit were rescued.", None),
    # near misses: the same group, narrowed alike or not at all, sized two ways
    ("Half of the 40 wards in Tarsk lost power.", "Half of the 30 wards in Tarsk lost power.",
     {"40", "30"}),
    ("Three of the 12 miners were rescued in Tarsk.",
     "Three of the 14 miners were rescued in Tarsk.", {"12", "14"}),
])
def test_a_whole_narrowed_in_one_outlet_is_another_group(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


def _dated_values(a: str, pa: str, b: str, pb: str) -> list[set[str]]:
    docs = [support.make_doc("a1", "Orsk Courier", [a], published=pa),
            support.make_doc("a2", "Velden Herald", [b], published=pb)]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


@pytest.mark.parametrize(("a", "pa", "b", "pb", "want"), [
    # a tally still running by its own words ("this year", "since January", "so far"), told
    # by articles of two dates, is the figure at two moments, whatever it counts (review16h)
    ("Storms have destroyed 120 barns in Tarsk this year.", "2026-03-02",
     "Storms have destroyed 150 barns in Tarsk this year.", "2026-06-01", None),
    ("Inspectors have closed 40 bakeries in Tarsk since January.", "2026-03-02",
     "Inspectors have closed 55 bakeries in Tarsk since January.", "2026-06-01", None),
    # near misses: one day's articles, or a tally that is not running, still conflict
    ("Storms have destroyed 120 barns in Tarsk this year.", "2026-06-01",
     "Storms have destroyed 150 barns in Tarsk this year.", "2026-06-01", {"120", "150"}),
    ("Storms destroyed 120 barns in Tarsk.", "2026-03-02",
     "Storms destroyed 150 barns in Tarsk.", "2026-06-01", {"120", "150"}),
])
def test_a_running_tally_of_two_dates_is_an_update(a, pa, b, pb, want):
    assert _dated_values(a, pa, b, pb) == ([] if want is None else [want])
