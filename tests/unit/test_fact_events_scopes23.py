"""A date's own event, a count's scope and a toll the story says rose (session 23, from
session 22's held-out wrongs t102 and t105 and dev d107, read as classes):

* a head word that is the object of a setting preposition ("died in prison in 2021",
  "jailed in 2009 for the killing") is no event of the date: the death is dated, not a
  sentence; the jailing, not the killing (rules/numbers.DATE_SETTING_PREPOSITIONS);
* an article that dates one event head (of one person, or of none named) to two different
  times tells of two such events ("a burglar who died in 2019" ... "the 2010 killing"):
  a head alone does not say which one another article's date is of;
* a count whose clause widens it to a whole ("21 goals in all competitions") and a count of
  the same noun under a restricting qualifier ("14 league goals") are two measures;
* a verb that leaves the things counted in a state ("leaving 58,000 passengers stranded")
  did to them what that state's participle says (rules/numbers.RESULT_VERBS): it meets
  "stranding 85,000 passengers", not "left 25,000 passengers rebooked";
* two times of day of one act by one subject worded alike ("The fire broke out shortly
  before 11 p.m." / "The fire broke out around 9 p.m.") meet in unaligned sentences of
  articles that name the same places, unless either article times that act twice;
* a toll that only grows, stated for the event's day by a later article above an earlier
  article's figure, is the update the story itself reports ("rose to three on Sunday").

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

_FREED = "Judges in Orvel freed Tomas Rell on Monday after new DNA tests."


@pytest.mark.parametrize(("a", "b", "aligned", "want"), [
    # a setting ("in prison") or a cause ("for the killing") is not the dated event
    ("Piet Dorran, a burglar who died in prison in 2019, was never questioned.",
     "Piet Dorran was jailed in 2012 for the killing of a barmaid.", True, None),
    ((_FREED, "The tests matched Piet Dorran, a burglar who died in prison in 2019.",
      "Rell had served 14 years for the 2010 killing of a Tesk barmaid."),
     (_FREED, "The tests matched Piet Dorran, a burglar who died in prison in 2019.",
      "Rell was jailed for life in 2011 for the killing of the barmaid."), False, None),
    # one event dated two ways still conflicts
    ("Piet Dorran, a burglar who died in prison in 2019, was never questioned.",
     "Piet Dorran, a burglar who died in prison in 2018, was never questioned.", True,
     {"2018", "2019"}),
    ("Piet Dorran was jailed in 2011 for the killing of a barmaid.",
     "Piet Dorran was jailed in 2012 for the killing of a barmaid.", True, {"2011", "2012"}),
    ((_FREED, "Rell had served 14 years for the 2010 killing of a Tesk barmaid."),
     (_FREED, "Rell was convicted of the 2011 killing of a Tesk barmaid."), False,
     {"2010", "2011"}),
])
def test_a_date_is_its_own_events(a, b, aligned, want) -> None:
    got = support.fact_pair_values(a, b, aligned=aligned)
    assert got == ([want] if want else [])


_TWO_DEATHS = ("Judges in Orvel freed Tomas Rell, who served 14 years for the 2010 killing of a "
               "Tesk barmaid, after new DNA tests.",
               "The DNA tests matched Piet Dorran, a burglar who died in 2019.")


@pytest.mark.parametrize("aligned", [True, False])
@pytest.mark.parametrize("b", [
    # the other article's one death meets neither of two deaths the first dates (nor, at
    # a year apart, the one it may be: a head alone does not say which)
    "Judges in Orvel freed Tomas Rell on Monday after new DNA tests matched Piet Dorran, a "
    "burglar who died in 2019.",
    "Judges in Orvel freed Tomas Rell on Monday after new DNA tests matched Piet Dorran, a "
    "burglar who died in 2018.",
])
def test_an_article_that_dates_two_deaths_names_two_events(b, aligned) -> None:
    assert support.fact_pair_values(_TWO_DEATHS, b, aligned=aligned) == []


def test_one_death_dated_once_still_conflicts() -> None:
    a = ("Judges in Orvel freed Tomas Rell, who served 14 years for the 2010 killing of a "
         "Tesk barmaid, after new DNA tests.",)
    b = ("Judges in Orvel freed Tomas Rell, who served 14 years for the 2009 killing of a "
         "Tesk barmaid, after new DNA tests.",)
    assert support.fact_pair_values(a, b, aligned=False) == [{"2009", "2010"}]


@pytest.mark.parametrize("aligned", [True, False])
@pytest.mark.parametrize(("a", "b", "want"), [
    # a part (a qualifier restricts the set) against the whole (a clause widens it)
    ("Karo Velm scored 14 league goals for Orsk last season.",
     "Karo Velm scored 21 goals in all competitions for Orsk last season.", None),
    ("Orsk Town won 9 home games this season.", "Orsk Town won 15 games in total this season.",
     None),
    # one scope on both sides: one measure
    ("Karo Velm scored 14 league goals for Orsk last season.",
     "Karo Velm scored 21 league goals for Orsk last season.", {"14", "21"}),
    ("Karo Velm scored 14 goals in all competitions for Orsk last season.",
     "Karo Velm scored 21 goals in all competitions for Orsk last season.", {"14", "21"}),
    ("Orsk Town won 9 home games this season.", "Orsk Town won 12 home games this season.",
     {"9", "12"}),
])
def test_a_part_and_the_whole_are_two_counts(a, b, want, aligned) -> None:
    got = support.fact_pair_values(a, b, aligned=aligned)
    assert got == ([want] if want else [])


_WIRE = ("Vell Wire", "2026-03-14",
         ["Part of the roof of Orsk Arena in Velmar collapsed during a storm on Saturday "
          "evening, killing two people and injuring 30, officials said."])
_STAR = ("Orsk Star", "2026-03-15",
         ["Three fans were killed and at least 45 injured when a storm tore part of the roof "
          "from Orsk Arena in Velmar on Saturday night."])
_STAR_SAME_DAY = ("Orsk Star", "2026-03-14", _STAR[2])


def _post(n: str) -> tuple[str, str, list[str]]:
    return ("Orsk Post", "2026-03-15",
            [f"The death toll from the collapse of the Orsk Arena roof in Velmar rose to {n} "
             "on Sunday after a fan died in hospital."])


def _summaries(arts, aligned: bool) -> list[str]:
    docs = [support.make_doc(f"a{i + 1}", o, ss, published=d) for i, (o, d, ss) in enumerate(arts)]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)] if aligned else []
    return [f.summary for f in find_fact_conflicts(FindingContext.build(docs, als,
                                                                        options=Options()))]


_TOLL = "Vell Wire gives the death toll as two; Orsk Star as Three."
_HURT = "Vell Wire gives the number injured as 30; Orsk Star as 45."


@pytest.mark.parametrize("aligned", [True, False])
@pytest.mark.parametrize(("arts", "want"), [
    # the story reports the toll rising to the later article's figure: an update
    ((_WIRE, _STAR, _post("three")), [_HURT]),
    # it rose to another figure, or no one says it rose, or both articles are of one day
    ((_WIRE, _STAR, _post("four")), [_TOLL, _HURT]),
    ((_WIRE, _STAR), [_TOLL, _HURT]),
    ((_WIRE, _STAR_SAME_DAY, _post("three")), [_TOLL, _HURT]),
])
def test_a_toll_the_story_says_rose_is_an_update(arts, want, aligned) -> None:
    assert _summaries(arts, aligned) == want


@pytest.mark.parametrize("aligned", [True, False])
@pytest.mark.parametrize(("a", "b", "want"), [
    # left in a state: that state is what befell them
    ("The walkout at Orvel airport on Friday ended stranding some 40,000 passengers.",
     "The walkout at Orvel airport on Friday ended leaving around 25,000 passengers stranded.",
     {"40,000", "25,000"}),
    ("The walkout at Orvel airport left 40,000 passengers stranded on Friday.",
     "The walkout at Orvel airport left 25,000 passengers stranded on Friday.",
     {"40,000", "25,000"}),
    ("The floods left 300 homes damaged in Tesk.", "The floods damaged 120 homes in Tesk.",
     {"300", "120"}),
    # two states, two sets of things
    ("The walkout at Orvel airport left 40,000 passengers stranded on Friday.",
     "The walkout at Orvel airport left 25,000 passengers rebooked on Friday.", None),
    ("The floods left 300 homes damaged in Tesk.", "The floods destroyed 120 homes in Tesk.",
     None),
])
def test_what_a_count_is_left_in_is_its_deed(a, b, want, aligned) -> None:
    got = support.fact_pair_values(a, b, aligned=aligned)
    assert got == ([want] if want else [])


_LEAD_A = "Fire destroyed the roof of Saint Brell Cathedral in Orvel late on Saturday."
_LEAD_B = "A fire tore through the roof of Saint Brell Cathedral in Orvel late on Saturday."


@pytest.mark.parametrize(("a", "b", "want"), [
    # one act of one subject timed twice, in short unaligned sentences of one story
    ((_LEAD_A, "The fire broke out shortly before 11 p.m."),
     (_LEAD_B, "The fire broke out around 9 p.m."), {"shortly before 11 p.m.", "around 9 p.m."}),
    # agreeing times, another subject, or an article that times the act twice: none
    ((_LEAD_A, "The fire broke out shortly before 11 p.m."),
     (_LEAD_B, "The fire broke out around 11 p.m."), None),
    ((_LEAD_A, "The fire broke out shortly before 11 p.m."),
     (_LEAD_B, "A second fire broke out at 1 a.m."), None),
    ((_LEAD_A, "The fire broke out shortly before 11 p.m."),
     (_LEAD_B, "The fire broke out around 9 p.m.", "The fire broke out again at 1 a.m."), None),
])
def test_one_timed_act_meets_unaligned(a, b, want) -> None:
    got = support.fact_pair_values(a, b, aligned=False)
    assert got == ([want] if want else [])
