"""Two figures that look alike but measure two things (session 21, from a probe of invented
held-out-style pairs; fact conflicts are on by default, so precision on unseen coverage
comes first):

* a part of a place named after the figure, in its own clause ("14 miners were trapped in
  the eastern shaft of the Dovrin mine") is a part's figure, as when it is named before
  it; not past a clause opener or a name ("packed Liberty Square in the capital");
* a ship's load ("carrying 300 containers") and what befell part of it ("lost 20
  containers"): a present participle is a deed too, stemmed as its past form ("burying
  27 houses" / "buried 35 houses" still conflict);
* a collection's size ("Ostrel's fleet of 40 ferries") and the members an event befell;
* one day's count stated as of a later moment ("By evening, 31 people were confirmed
  dead") against the same day's lower count: an update within the day;
* a kind of a changing thing ("the wheat harvest fell by 12 percent") against the thing
  ("the harvest fell by 20 percent");
* a change to come ("will rise by 8 percent") against one that happened ("rose by 5
  percent last year");
* a count over a weekend against one day's count;
* a figure asked for ("demanded a 7 percent rise", "asked for a fine of 5 million"), one
  offered, and the outcome are three facts (a verb of asking whose object is another
  thing leaves the figure alone).

Each table pairs the look-alike with wording that still conflicts. Invented text
(fictional places and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    ("Rescuers said 14 miners were trapped in the eastern shaft of the Dovrin mine.",
     "Rescuers said 40 miners were trapped in the Dovrin mine.", None),
    ("Floods killed 12 people in the north, the Kessarian ministry said.",
     "Floods killed 15 people in Kessaria, the ministry said.", None),
    # near misses: the same part on both sides, a part of another event's place, a part
    # that places a name, and a part in a description of a place
    ("Rescuers said 14 miners were trapped in the eastern shaft.",
     "Rescuers said 17 miners were trapped in the eastern shaft.", {"14", "17"}),
    ("Four swimmers died after bathing in the lake on the eastern shore.",
     "Six swimmers died after bathing in the lake.", {"four", "six"}),
    ("About 2,000 supporters packed Orsa Square in the capital on Sunday.",
     "About 9,000 supporters packed Orsa Square on Sunday.", {"2,000", "9,000"}),
    ("The storm forced 400 residents from their homes in the southern province of Tellan.",
     "The storm forced 900 residents from their homes in Tellan.", {"400", "900"}),
])
def test_a_part_of_a_place_after_the_figure(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    ("The Meriden Star, carrying 300 containers, ran aground off Pellow.",
     "The Meriden Star lost 20 containers when it ran aground off Pellow.", None),
    ("The Meriden Star was carrying 300 containers when it ran aground.",
     "The Meriden Star ran aground and lost 20 containers overboard.", None),
    ("Ostrel's fleet of 40 ferries was inspected after the collision.",
     "The three ferries involved in the collision were inspected.", None),
    ("A herd of 200 cattle was moved from the Varn valley.",
     "Thirty cattle drowned in the Varn valley.", None),
    # near misses: one deed in two forms, one load, one count of the members, two fleets
    ("The mudslide struck before dawn, burying 27 houses in Orvel.",
     "The mudslide struck before dawn and buried 35 houses in Orvel.", {"27", "35"}),
    ("The Meriden Star was carrying 300 containers when it ran aground.",
     "The Meriden Star was carrying 340 containers when it ran aground.", {"300", "340"}),
    ("The Meriden Star lost 20 containers when it ran aground off Pellow.",
     "The Meriden Star lost 35 containers when it ran aground off Pellow.", {"20", "35"}),
    ("Two ferries collided off Varn on Monday.", "Three ferries collided off Varn on Monday.",
     {"two", "three"}),
    ("Ostrel's fleet of 40 ferries was grounded by the strike.",
     "Ostrel's fleet of 32 ferries was grounded by the strike.", {"32", "40"}),
])
def test_a_load_a_collection_and_what_befell_part_of_it(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    ("By evening, 31 people were confirmed dead.",
     "Eighteen people were confirmed dead, officials said.", None),
    # near misses: both as of the same moment, and a later moment's count below the other
    ("By evening, 31 people were confirmed dead.", "By evening, 35 people were confirmed dead.",
     {"31", "35"}),
    ("By evening, 18 people were confirmed dead.",
     "Thirty-one people were confirmed dead, officials said.", {"18", "thirty-one"}),
])
def test_a_count_as_of_a_later_moment_of_the_day(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    ("The wheat harvest in Calvera fell by 12 percent this year.",
     "The harvest in Calvera fell by 20 percent this year.", None),
    ("Calvera's barley crop shrank by 30 percent.", "Calvera's crop shrank by 18 percent.", None),
    ("Prices of bread in Tessin rose 9 percent in May.", "Prices in Tessin rose 4 percent in May.",
     None),
    ("Ticket prices for the Orvel line will rise by 8 percent in March.",
     "Ticket prices for the Orvel line rose by 5 percent last year.", None),
    # near misses: one thing named two ways, a word that widens to the whole, an adverb,
    # and two changes to come
    ("The harvest in Calvera fell by 12 percent this year.",
     "The harvest in Calvera fell by 20 percent this year.", {"12 percent", "20 percent"}),
    ("Bread prices in Tessin rose 9 percent in May.",
     "Prices of bread in Tessin rose 6 percent in May.", {"6 percent", "9 percent"}),
    ("Total exports from Calvera fell by 12 percent last year.",
     "Exports from Calvera fell by 20 percent last year.", {"12 percent", "20 percent"}),
    ("Ticket prices for the Orvel line will rise by 8 percent in March.",
     "Ticket prices for the Orvel line are set to rise by 5 percent in March.",
     {"5 percent", "8 percent"}),
])
def test_a_kind_of_a_changing_thing_and_a_change_to_come(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    ("Police said 40 people were arrested on Saturday and 12 on Sunday.",
     "Police said 52 people were arrested over the weekend.", None),
    # near miss: two counts over the weekend
    ("Police said 47 people were arrested over the weekend.",
     "Police said 52 people were arrested over the weekend.", {"47", "52"}),
])
def test_a_weekend_total_and_one_day(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    ("The government offered nurses in Calvera a 3 percent pay rise.",
     "Nurses in Calvera demanded a 7 percent pay rise.", None),
    ("Unions demanded a 7 percent pay rise for Orvel's nurses.",
     "Orvel's nurses were offered a 3 percent pay rise.", None),
    ("The court fined Velko Ltd 2 million crowns.",
     "Prosecutors had asked for a fine of 5 million crowns for Velko Ltd.", None),
    # near misses: one stance on both sides; a verb of asking whose object is another
    # thing than the figure's; a rule's content after a modal (no change: _planned)
    ("The government offered nurses in Calvera a 3 percent pay rise.",
     "The government offered nurses in Calvera a 5 percent pay rise.",
     {"3 percent", "5 percent"}),
    ("The court fined Velko Ltd 2 million crowns.", "The court fined Velko Ltd 3 million crowns.",
     {"2 million crowns", "3 million crowns"}),
    ("Ilse Varn has spent months demanding answers over the rigging of rail contracts worth "
     "340 million marks.", "Ilse Varn has spent months asking questions over the rigging of "
     "rail contracts worth 240 million marks.", {"240 million", "340 million"}),
    ("The Orvel scheme will allow adults to carry up to 20 grams of cannabis.",
     "The Orvel scheme allows adults to carry up to 15 grams of cannabis.",
     {"15 grams", "20 grams"}),
])
def test_a_demand_an_offer_and_an_outcome(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])
