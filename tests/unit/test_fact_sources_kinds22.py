"""A crowd's size and who gives it, read past its own clause (session 22, from session 21's
held-out wrongs, t92 and t95, read as classes, and the probe benchmarks/fact_probe22.py):

* an outlet's own rough size beside a source's figure it agrees with, in the next or the
  last sentence, is that source's figure in the outlet's words ("Hundreds gathered ...
  Police put the crowd at about 600."): it meets no other source's figure, while it still
  meets the same source's other figure and any outlet's own;
* a sentence that names two sources gives each figure its own clause's ("Police put the
  crowd at 45,000; organisers said 150,000");
* a count is a crowd's size when its crowd verb stands past an attribution aside ("Some
  2,000 people, according to organisers, marched") or when a source's verb takes it
  with no noun after its sentence's crowd size ("... organisers claimed 40,000");
* "in northern Calvera" names the part "in the north of Calvera" does (not in an aside
  that places a name: "Lake Varne, in central Kestria,");
* a relative aside that says what its subject has as a rule ("Ostrel, which operates 40
  ferries,") gives a standing size, which never meets a count a past verb takes
  ("grounded three ferries");
* two prices or changes whose subjects name two kinds of one thing ("Standard tickets" /
  "VIP tickets cost", "adult fares" / "child fares rose") are two facts, as are two
  prices of two things named apart ("Repairs to the bridge" / "The bridge project");
* a compass part as a sentence's subject ("The eastern shaft had 14 miners trapped") is
  no figure of the whole;
* a budget or a limit set ("was budgeted at", "the speed limit is") is no outcome;
* a timed act done to what another timed act's subject names ("The fire broke out at 3
  a.m." / "Firefighters reached the fire at 3.40 a.m.") is a second act.

Each table pairs the near miss with the wording that still conflicts. Invented text
(fictional places and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


def _values(a, b, aligned: bool = True) -> list[set[str]]:
    """The values of each conflict between two short articles (support.fact_pair_values)."""
    return support.fact_pair_values(a, b, aligned=aligned)


_HUNDREDS = ("Hundreds of people marched through Kessel on Sunday.",
             "Police put the crowd at about 700.")


@pytest.mark.parametrize(("a", "b", "want"), [
    # the source in the next sentence: the police's count against the organisers'
    (_HUNDREDS, "Some 3,000 people, according to organisers, marched through Kessel on Sunday.",
     None),
    (("Thousands rallied in Dorrow on Saturday.", "Police said about 6,000 people took part."),
     "Organisers said 30,000 people rallied in Dorrow on Saturday.", None),
    (("Several thousand people gathered outside the court in Tesk.",
      "Police said some 4,000 had gathered."),
     "Supporters of the mayor, 15,000 according to organisers, gathered outside the court in "
     "Tesk.", None),
    # an outlet that gives both sources' figures does not disagree with either
    (("Tens of thousands of people rallied in Orvel's main square.",
      "Police estimated the crowd at 40,000; organisers said 120,000 attended."),
     "A crowd that organisers put at 120,000 filled Orvel's main square.", None),
    # near misses: no source beside the outlet's own size, the same source's two figures
    ((_HUNDREDS[0], "The march ended at the cathedral."),
     "Some 3,000 people marched through Kessel on Sunday.", {"hundreds", "3,000"}),
    (_HUNDREDS, "Some 3,000 people marched through Kessel on Sunday, police said.",
     {"hundreds", "3,000"}),
    # a source two sentences away is no source of the size
    ((_HUNDREDS[0], "The march ended at the cathedral.", _HUNDREDS[1]),
     "Some 3,000 people, according to organisers, marched through Kessel on Sunday.",
     {"hundreds", "3,000"}),
    # the size beside it disagrees with the outlet's own: not the source's figure
    ((_HUNDREDS[0], "Police put the crowd at about 5,000."),
     "Some 3,000 people, according to organisers, marched through Kessel on Sunday.",
     {"hundreds", "3,000"}),
])
def test_source_in_the_next_sentence(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # two sources in one sentence, each figure its clause's
    ("Police put the crowd in Brell at 9,000, while organisers claimed 40,000.",
     "About 40,000 people gathered in Brell, organisers said.", None),
    ("Police put the crowd in Brell at 9,000; organisers said 40,000.",
     "About 9,000 people gathered in Brell, police said.", None),
    # an attribution aside between a count and its crowd verb
    ("Some 2,000 people, according to organisers, marched to the town hall in Velm.",
     "About 600 people marched to the town hall in Velm, police said.", None),
    ("About 600 people, police said, marched to the town hall in Velm.",
     "Some 2,000 people, organisers said, marched to the town hall in Velm.", None),
    # near misses: one source's two figures; an outlet's own figure against a source's
    (("Hundreds gathered in Brell.",
      "Police put the crowd at 900, while organisers claimed 4,000."),
     "About 3,000 people gathered in Brell, police said.", {"hundreds", "3,000"}),
    ("Some 2,000 people, according to organisers, marched to the town hall in Velm.",
     "About 5,000 people, according to organisers, marched to the town hall in Velm.",
     {"2,000", "5,000"}),
    ("About 600 people marched to the town hall in Velm, police said.",
     "About 1,500 people marched to the town hall in Velm, police said.", {"600", "1,500"}),
])
def test_source_of_each_clause(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("sentence", "sources"), [
    ("Police put the crowd at 45,000; organisers said 150,000.", ["polic", "organis"]),
    ("Police put the crowd at 9,000, while organisers claimed 40,000.", ["polic", "organis"]),
    ("Some 2,000 people, according to organisers, marched to the square.", ["organis"]),
    # near misses: a list aside is no attribution; a count of something else keeps none
    ("About 600 people, mostly students, marched to the square.", [None]),
    ("Police said 40 officers were hurt; organisers said 12 students were.", [None, None]),
])
def test_crowd_sources(sentence, sources):
    from storylens.findings import facts

    doc = support.make_doc("a1", "Vell Daily", (sentence,), published="2026-11-18")
    got = [m.source for _, ms in facts.doc_mentions(doc) for m in ms]
    assert [s and s[:7] for s in got] == [s and s[:7] for s in sources]


@pytest.mark.parametrize(("a", "b", "want"), [
    # a region of a named place is a part of it, the same part however it is worded
    ("Floods damaged 300 homes in northern Calvera.", "Floods damaged 1,200 homes in Calvera.",
     None),
    ("In southern Tessin, storms cut power to 4,000 homes.",
     "Storms cut power to 19,000 homes in Tessin.", None),
    ("Floods damaged 300 homes in the north of Calvera.",
     "Floods damaged 450 homes in northern Calvera.", {"300", "450"}),
    ("Floods damaged 300 homes in northern Calvera.",
     "Floods damaged 450 homes in northern Calvera.", {"300", "450"}),
    # near miss: an aside that places a name is no part of it
    ("Mercury in Lake Orsa, in central Tessin, was up to four times the legal limit.",
     "Mercury in Lake Orsa was up to six times the legal limit.", {"four", "six"}),
])
def test_region_of_a_place(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # what a company has as a rule against what it did
    ("Velko Air, which flies 30 jets, grounded part of its fleet after the fault.",
     "Velko Air grounded 11 jets after the fault.", None),
    ("The Dovren company, which employs 450 people, laid off staff at its Tesk plant.",
     "The Dovren company laid off 45 people at its Tesk plant.", None),
    ("Ostrel, which now operates about 40 ferries, grounded its fleet.",
     "Ostrel grounded three ferries after the collision.", None),
    # near misses: two standing sizes, a standing size worded in the present, two deeds
    ("The Orm refinery, which processes 220,000 barrels a day, was shut.",
     "The Orm refinery processes about 180,000 barrels a day.",
     {"220,000 barrels", "180,000 barrels"}),
    ("Velko Air, which flies 30 jets, grounded part of its fleet.",
     "Velko Air, which flies 24 jets, grounded part of its fleet.", {"30", "24"}),
    ("Velko Air grounded four jets after the fault.", "Velko Air grounded 11 jets after the fault.",
     {"four", "11"}),
    # an aside in the past is a deed's count
    ("The Meriden, which was carrying 300 passengers, ran aground off Pellow.",
     "The Meriden ran aground off Pellow carrying 340 passengers.", {"300", "340"}),
])
def test_standing_size_in_an_aside(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # two kinds of one thing priced or changed
    ("Standard tickets for the Orvel festival cost 40 euros.",
     "VIP tickets for the Orvel festival cost 120 euros.", None),
    ("Economy seats on the Brell flight cost 200 euros.",
     "Business seats on the Brell flight cost 900 euros.", None),
    ("Adult fares on the Orvel ferry rose to 12 crowns.",
     "Child fares on the Orvel ferry rose to 6 crowns.", None),
    # near misses: one kind priced two ways; a kind against the thing unqualified is
    # _narrower's (session 21), and a price with no subject before its verb
    ("Standard tickets for the Orvel festival cost 40 euros.",
     "Standard tickets for the Orvel festival cost 45 euros.", {"40 euros", "45 euros"}),
    ("Adult fares on the Orvel ferry rose to 12 crowns.",
     "Adult fares on the Orvel ferry rose to 14 crowns.", {"12 crowns", "14 crowns"}),
    ("Tickets for the Orvel festival cost 40 euros.",
     "Tickets for the Orvel festival cost 55 euros.", {"40 euros", "55 euros"}),
])
def test_two_kinds_priced(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a part as the subject
    ("The eastern shaft had 14 miners trapped, rescuers said.",
     "The mine had 40 miners trapped, rescuers said.", None),
    ("The northern wing held 60 patients when the fire broke out.",
     "The hospital held 210 patients when the fire broke out.", None),
    # near misses: the same part worded two ways; a position word opens an actor's name;
    # a description of a named place is the place
    ("The eastern shaft had 14 miners trapped, rescuers said.",
     "In the eastern shaft, 17 miners were trapped.", {"14", "17"}),
    ("The central bank raised its key rate to 4.5 percent.",
     "The bank raised its key rate to 4.75 percent.", {"4.5 percent", "4.75 percent"}),
    ("The northern town of Orsk had 40 buildings damaged.",
     "Orsk had 65 buildings damaged.", {"40", "65"}),
])
def test_part_as_subject(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # two things priced; a budget or a limit against an outcome
    ("Repairs to the Halsted bridge will cost 4 million crowns.",
     "The Halsted bridge project will cost 11 million crowns in total.", None),
    ("The stadium in Dorva was budgeted at 200 million crowns.",
     "The stadium in Dorva ended up costing 340 million crowns.", None),
    ("The speed limit on Lipova Street is 50 km/h.",
     "The car was travelling at 90 km/h on Lipova Street.", None),
    # near misses: one thing priced two ways, two budgets, two limits
    ("Repairs to the Halsted bridge will cost 4 million crowns.",
     "Repairs to the Halsted bridge will cost 6 million crowns.",
     {"4 million crowns", "6 million crowns"}),
    ("The Halsted bridge project will cost 9 million crowns.",
     "The Halsted bridge project will cost 11 million crowns in total.",
     {"9 million crowns", "11 million crowns"}),
    ("The stadium in Dorva was budgeted at 200 million crowns.",
     "The stadium in Dorva was budgeted at 250 million crowns.",
     {"200 million crowns", "250 million crowns"}),
    ("The speed limit on Lipova Street is 50 km/h.",
     "The speed limit on Lipova Street is 30 km/h.", {"50 km/h", "30 km/h"}),
])
def test_things_priced_and_limits(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a second act, done to the first one's doer
    ("The fire in Kessel broke out at 3 a.m.",
     "Firefighters reached the fire in Kessel at 3.40 a.m.", None),
    ("The ferry Grella sank at 6 a.m.", "Rescuers reached the ferry Grella at 8 a.m.", None),
    # near misses: one act worded two ways, a passive against an active wording
    ("The fire in Kessel broke out at 3 a.m.", "The blaze in Kessel started at 3.40 a.m.",
     {"3 a.m.", "3.40 a.m."}),
    ("The Vell branch was robbed at 3 a.m.", "Two men robbed the Vell branch at 4 a.m.",
     {"3 a.m.", "4 a.m."}),
    ("Firefighters reached the fire in Kessel at 3.10 a.m.",
     "Firefighters reached the fire in Kessel at 3.40 a.m.", {"3.10 a.m.", "3.40 a.m."}),
])
def test_act_done_to_another(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])
