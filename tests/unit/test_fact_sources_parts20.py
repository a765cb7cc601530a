"""Two figures that are two facts by what they are of, not by their wording (session 20, from
session 19's held-out wrongs, t72 and t75, read as classes, and its held-out-style probes):

* two estimates each attributed to a different named source ("the ministry estimates",
  "according to the federation's estimate") are two sources' claims, not one fact told
  two ways; two sources' reports of one past fact ("police said 62 were arrested" / "the
  council said 92") still disagree, as do one source's two figures and an outlet's own
  unattributed figure against a source's estimate (the outlet states it as fact);
* a hyphenated figure sizes the noun after it: two figures sizing things named apart ("a
  14-minute excerpt" / "the 40-minute recording") are two facts, and "the full 40-minute
  recording" (rules/numbers.WHOLE_MARKS) is the whole, of which an outlet's unmarked
  "14-minute recording" may be the part it was shown;
* a count of things set aside for a group of people ("2,300 tickets for children") is a
  subgroup's, never all the things;
* a figure of a part of a place ("in the northern pit", "in the capital") is not the
  whole's figure (rules/numbers.PART_PLACE_WORDS);
* two vote tallies on two motions ("voted 9-2 to approve the budget" / "10-1 to reject the
  parking levy") are two votes.

Each table pairs the near miss with the wording that still conflicts. Invented text
(fictional places and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # two named sources, each credited with its own figure
    ("The treasury estimates that the new levy will raise about 1.9 billion krona a year.",
     "But the Orvia Chamber of Commerce estimates that the levy will raise 2.4 billion krona "
     "a year.", None),
    ("The levy will raise about 1.9 billion krona a year, the treasury estimated.",
     "The levy will raise 2.4 billion krona a year, the chamber of commerce estimated.", None),
    ("About 4,000 people joined the march in Dunmere, police said.",
     "About 9,000 people joined the march in Dunmere, the organisers said.", None),
    # near misses: two sources' reports of one past fact (not estimates), one source's
    # two figures, and an outlet's own figure against a source's estimate
    ("The levy raised 1.9 billion krona last year, according to the treasury.",
     "The levy raised 2.4 billion krona last year, according to the chamber of commerce.",
     {"1.9 billion krona", "2.4 billion krona"}),
    ("Police said 62 people were arrested in Dunmere.",
     "The city council said 92 people were arrested in Dunmere.", {"62", "92"}),
    ("The levy will raise about 1.9 billion krona a year, the treasury said.",
     "The levy will raise 2.4 billion krona a year, the treasury said.",
     {"1.9 billion krona", "2.4 billion krona"}),
    ("The treasury estimates that the new levy will raise about 1.9 billion krona a year.",
     "The new levy will raise 2.4 billion krona a year.",
     {"1.9 billion krona", "2.4 billion krona"}),
    # a passive estimate names no source ("is estimated at"): the outlet's own figure
    ("The total value of the bribes is estimated at about 4.2 million euros.",
     "Investigators estimate that bribes worth some 2.4 million euros were paid.",
     {"4.2 million euros", "2.4 million euros"}),
])
def test_two_sources_make_two_claims(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a part against the whole
    ("The 14-minute recording, released on Friday by the website Kestrel, captures a call "
     "between the governor and a builder.",
     "Kestrel says it holds the full 40-minute recording and has released only part of it.",
     None),
    ("The website Kestrel released a 14-minute excerpt of the recording on Friday.",
     "The website Kestrel released a 40-minute recording on Friday.", None),
    ("The 12-kilometre stretch reopened on Friday.",
     "The entire 30-kilometre route reopened on Friday.", None),
    # near misses: one thing sized twice, marked alike or not marked at all
    ("The full 40-minute recording was handed to prosecutors on Friday.",
     "The full 30-minute recording was handed to prosecutors on Friday.",
     {"30-minute", "40-minute"}),
    ("The 40-minute recording was handed to prosecutors on Friday.",
     "The 30-minute recording was handed to prosecutors on Friday.",
     {"30-minute", "40-minute"}),
    ("Dock workers in Brell began a 72-hour general strike on Monday.",
     "Dock workers in Brell began a 48-hour strike on Monday.", {"48-hour", "72-hour"}),
])
def test_a_part_and_the_whole_sized(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a subgroup's things, a part of a place
    ("Organisers said 2,300 tickets for children had been sold for the Varnel fair.",
     "Organisers said 9,000 tickets had been sold for the Varnel fair.", None),
    ("In the northern pit of the Orlin mine, 34 miners were trapped on Tuesday.",
     "In all, 120 miners were trapped at the Orlin mine on Tuesday.", None),
    ("At the eastern shaft, 34 miners were still trapped on Tuesday, the company said.",
     "The company said 120 miners were still trapped at the Orlin mine on Tuesday.", None),
    ("Turnout in the capital, Velka, was 48 percent.", "Turnout was 61 percent.", None),
    ("Floods in the north of Kessaria killed 12 people.",
     "Floods killed 15 people in Kessaria.", None),
    # near misses: the same subgroup, the same part, the event a thing is for, a place
    # described by a compass word, and a reason that is no group
    ("Organisers said 2,300 tickets for children had been sold.",
     "Organisers said 3,000 tickets for children had been sold.", {"2,300", "3,000"}),
    ("Organisers said 2,300 tickets for the fair had been sold.",
     "Organisers said 9,000 tickets for the fair had been sold.", {"2,300", "9,000"}),
    ("In the northern pit of the Orlin mine, 34 miners were trapped on Tuesday.",
     "In the northern pit of the Orlin mine, 40 miners were trapped on Tuesday.",
     {"34", "40"}),
    ("Turnout in the capital was 48 percent.", "Turnout in the capital was 52 percent.",
     {"48 percent", "52 percent"}),
    ("In the northern town of Orlin, 34 people died on Tuesday.",
     "In Orlin, 40 people died on Tuesday.", {"34", "40"}),
    ("Police said 37 people were arrested for looting.", "Police said 43 people were arrested.",
     {"37", "43"}),
])
def test_a_subgroup_and_a_part_of_a_place(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    ("The Tessel council voted 9-2 to approve the new budget on Tuesday.",
     "The Tessel council voted 10-1 to reject the parking levy on Tuesday.", None),
    ("The Tessel council voted 9-2 to remove the harbour master.",
     "The Tessel council voted 10-1 to reject the parking levy.", None),
    # near misses: one motion, worded alike or with another verb for it (the verb's
    # object is the motion: "to remove him" / "to dismiss him" names no other)
    ("The Tessel council voted 9-2 to remove him.",
     "The Tessel council voted 10-1 to dismiss him.", {"9-2", "10-1"}),
    ("The Tessel council voted 9-2 to approve the budget.",
     "The Tessel council voted 10-1 to approve the budget.", {"9-2", "10-1"}),
    ("The Tessel council approved the budget by nine votes to two.",
     "The Tessel council passed the budget by ten votes to one.",
     {"nine votes to two", "ten votes to one"}),
])
def test_two_motions_are_two_votes(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # the thing an amount is the value of, named alike in sentences the aligner left
    # apart: "the harbour contract, worth 220 million" / "a 320 million harbour contract"
    ("In Brenmouth, Portline Holdings won the harbour contract, worth 220 million euros, in "
     "February.",
     "In Brenmouth, the mayor boasted on tape that a 320 million euro harbour contract for "
     "Portline Holdings had been stitched up in advance.",
     {"220 million euros", "320 million euro"}),
    # ... in a currency no rule knows, read as a count: its first word is its unit
    ("In Brenmouth, Portline Holdings won the harbour contract, worth 220 million oskars, in "
     "February.",
     "In Brenmouth, the mayor boasted on tape that a 320 million oskar harbour contract for "
     "Portline Holdings had been stitched up in advance.",
     {"220 million", "320 million"}),
    ("In Brenmouth, Portline Holdings won the harbour contract, worth 220 million oskars, in "
     "February.",
     "In Brenmouth, Portline Holdings paid a 320 million oskar fine over the harbour contract.",
     None),
    # near misses: another thing valued, a sum paid over the thing
    ("In Brenmouth, Portline Holdings won the harbour contract, worth 220 million euros, in "
     "February.",
     "In Brenmouth, the mayor boasted on tape that a 320 million euro road contract for "
     "Portline Holdings had been stitched up in advance.", None),
    ("In Brenmouth, Portline Holdings won the harbour contract, worth 220 million euros, in "
     "February.",
     "In Brenmouth, Portline Holdings paid a 320 million euro fine over the harbour contract.",
     None),
])
def test_the_value_of_one_named_thing(a, b, want):
    assert support.fact_pair_values(a, b, aligned=False) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # groups against persons, a deputy against the role, a subgroup "among" persons, a
    # period still running against one day
    ("Some 300 families were evacuated from Drelna.",
     "About 1,200 people were evacuated from Drelna.", None),
    ("Drelna's mayor earns 90,000 crowns a year.",
     "The deputy mayor of Drelna earns 70,000 crowns a year.", None),
    ("Unemployment among young people in Drelna rose to 21 percent.",
     "Unemployment in Drelna rose to 7 percent.", None),
    ("Shares in Drelna Steel fell 12 percent on Monday.",
     "Shares in Drelna Steel have fallen 30 percent this year.", None),
    # near misses: the same unit counted, the same role, the same subgroup, the same span
    ("Some 300 families were evacuated from Drelna.",
     "About 400 families were evacuated from Drelna.", {"300", "400"}),
    ("Drelna's deputy mayor earns 90,000 crowns a year.",
     "The deputy mayor of Drelna earns 70,000 crowns a year.",
     {"70,000 crowns", "90,000 crowns"}),
    ("Unemployment among young people in Drelna rose to 21 percent.",
     "Unemployment among young people in Drelna rose to 24 percent.",
     {"21 percent", "24 percent"}),
    ("Shares in Drelna Steel fell 12 percent on Monday.",
     "Shares in Drelna Steel fell 9 percent on Monday.", {"12 percent", "9 percent"}),
    # ... and a change of no stated day may be the running period's (dev d84's harvest)
    ("Drought cut the olive harvest in Drelna by 30 percent this year.",
     "The olive harvest in Drelna has fallen by 40 percent.", {"30 percent", "40 percent"}),
])
def test_groups_deputies_subgroups_and_running_periods(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # review of session 20's rules, each near variant in the direction it broke (a true
    # conflict hidden): one source named in two spellings ("the Orvia treasury" / "the
    # treasury of Orvia")
    ("The Orvia treasury estimates the levy will raise 1.9 billion krona a year.",
     "The treasury of Orvia estimates the levy will raise 2.4 billion krona a year.",
     {"1.9 billion krona", "2.4 billion krona"}),
    # ... while two sources named so stay two claims
    ("The treasury of Orvia estimates the levy will raise 1.9 billion krona a year.",
     "The Chamber of Commerce estimates the levy will raise 2.4 billion krona a year.", None),
    # a part is never longer than the whole: an unmarked figure longer than "the full"
    # one tells the whole two ways; a shorter one may be the part
    ("Kestrel published the full 40-minute recording of the call on Friday.",
     "Kestrel published the 45-minute recording of the call on Friday.",
     {"40-minute", "45-minute"}),
    ("The complete 12-kilometre route through Marrowdale reopened on Friday.",
     "The 15-kilometre route through Marrowdale reopened on Friday.",
     {"12-kilometre", "15-kilometre"}),
    ("Kestrel published the full 40-minute recording of the call on Friday.",
     "Kestrel published the 14-minute recording of the call on Friday.", None),
    # ... unless the mark also names an earlier version
    ("The original 12-kilometre route through Marrowdale reopened on Friday.",
     "The 15-kilometre route through Marrowdale reopened on Friday.", None),
    # a plural names the same thing sized
    ("The 40-minute recording of the call was leaked to Kestrel.",
     "The 45-minute recordings of the call were leaked to Kestrel.",
     {"40-minute", "45-minute"}),
    # a compass or position word on an actor, not a place ("the central bank raised",
    # "the lower court fined"): no part of a place
    ("In Varnia, the central bank raised its key rate to 4.5 percent on Thursday.",
     "In Varnia, the bank raised its key rate to 4.75 percent on Thursday.",
     {"4.5 percent", "4.75 percent"}),
    ("The lower court fined Velt Shipping 2 million crowns over the spill.",
     "A court fined Velt Shipping 3 million crowns over the spill.",
     {"2 million crowns", "3 million crowns"}),
    # ... while a part named where the figure happened, or as a part "of the" whole,
    # still keeps apart
    ("At the eastern shaft of the Orlin mine, 34 miners were trapped on Tuesday.",
     "In all, 120 miners were trapped at the Orlin mine on Tuesday.", None),
    ("The northern pit of the Orlin mine flooded on Tuesday, trapping 34 miners.",
     "The Orlin mine flooded on Tuesday, trapping 120 miners.", None),
    # a deputy who gives a figure is its source, not its owner
    ("The vice president of Drelna said 40 people died in the floods.",
     "The president of Drelna said 60 people died in the floods.", {"40", "60"}),
    ("According to the deputy police chief, 40 people were arrested in Drelna.",
     "Police said 60 people were arrested in Drelna.", {"40", "60"}),
    # ... while a deputy's own figure stays the deputy's
    ("The deputy mayor of Drelna earns 70,000 crowns a year, the council said.",
     "Drelna's mayor earns 90,000 crowns a year.", None),
    ("The deputy mayor of Drelna said he earns 70,000 crowns a year.",
     "Drelna's mayor earns 90,000 crowns a year.", None),
])
def test_review_near_variants(a, b, want):
    assert support.fact_pair_values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a thing's value in a year one side names and the other does not: another contract
    # of its kind, in sentences the aligner left apart
    ("In Brenmouth, Portline Holdings won the harbour contract, worth 220 million euros.",
     "In Brenmouth, Portline Holdings had lost a 320 million euro harbour contract in 2019.",
     None),
    ("In Brenmouth, Portline Holdings won the harbour contract, worth 220 million euros, "
     "in 2026.",
     "In Brenmouth, Portline Holdings had lost a 320 million euro harbour contract in 2019.",
     None),
    # near miss: both of one year, or neither naming one
    ("In Brenmouth, Portline Holdings won the harbour contract, worth 220 million euros, "
     "in 2026.",
     "In Brenmouth, a 320 million euro harbour contract for Portline Holdings was stitched "
     "up in 2026.", {"220 million euros", "320 million euro"}),
    ("In Brenmouth, the harbour contract, worth 220 million euros, went to Portline Holdings.",
     "In Brenmouth, the harbour contract, worth 320 million euros, went to Portline Holdings.",
     {"220 million euros", "320 million euros"}),
])
def test_review_a_named_things_value_by_year(a, b, want):
    assert support.fact_pair_values(a, b, aligned=False) == ([] if want is None else [want])
