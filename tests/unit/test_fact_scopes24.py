"""Session 24: three readings of what a figure is of, each from a fact_conflict trap hit
(held-out t118, dev d124, d126), read as a class:

* a part singled out by a focus word ("its members alone are losing 4 million crowns a
  day"; rules/numbers.PART_FOCUS_WORDS) is a part's figure and never meets one of no part
  so singled out (the whole industry's loss); a word of state before it ("lived alone",
  "let alone") is no focus;
* a date right after "since" that a tally counts from ("the third athlete to seek asylum
  since 2024", "five athletes have sought asylum since 2022") is a window's start, not an
  event's date: two windows of two tallies are two facts, while one state's start told
  two ways ("has been closed since March 3" / "since March 5"), "the first ... since"
  (the previous time) and a window against a date with no tally stay a date's conflict;
* a changing figure's clause that opens with its verb after asides ("Shares in Velko
  Group, which is itself listed, fell 3.2 percent") takes the sentence's first phrase as
  its subject, not the verb: two companies' falls are two facts, one company's two falls
  told two ways still conflict.

Each table pairs the near miss with the wording that still conflicts. Invented text
(fictional places and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("a", "b", "want"), [
    # a part singled out against the whole
    ("The Orm Shippers' Guild said the closure will cost the industry about 9 million crowns "
     "a day.", "The Kessel farmers' union said its members alone are losing 2 million crowns "
     "a day.", set()),
    ("Hauliers warned of losses of 9 million crowns a day from the closure.",
     "The Kessel farmers' union said its members alone are losing 2 million crowns a day.",
     set()),
    ("The storm damaged 300 homes, officials said.",
     "In Dorva alone, the storm damaged 120 homes, officials said.", set()),
    # the same part, or the same whole, given two values: still a conflict
    ("The Kessel farmers' union said its members alone are losing 2 million crowns a day.",
     "The Kessel farmers' union said its members alone are losing 5 million crowns a day.",
     {"2 million crowns", "5 million crowns"}),
    ("Hauliers warned of losses of 9 million crowns a day from the closure.",
     "Hauliers warned of losses of 4 million crowns a day from the closure.",
     {"9 million crowns", "4 million crowns"}),
    ("Repairing the Tarn lock gate will cost 12 million crowns, the authority said.",
     "Repairing the Tarn lock gate will cost 4 million crowns, the authority said.",
     {"12 million crowns", "4 million crowns"}),
    # a word of state before "alone": no part singled out
    ("Marta Vell, who lived alone, lost 40,000 crowns in the fraud.",
     "Marta Vell lost 25,000 crowns in the fraud.", {"40,000 crowns", "25,000 crowns"}),
    # two windows of two tallies, against one state's start and the previous time
    ("Ruslan Orvik is the third Tesk athlete to seek asylum abroad since 2024.",
     "At least five Tesk athletes have sought asylum abroad since 2022.", set()),
    ("Orvik is the fourth Tesk cyclist to defect since 2021, the federation said.",
     "Orvik is the second Tesk cyclist to defect since 2023, the federation said.", set()),
    ("The Varn bridge has been closed to lorries since 2021.",
     "The Varn bridge has been closed to lorries since 2019.", {"2021", "2019"}),
    ("It was the first full trading halt at the Orm exchange since 2017.",
     "It was the first full trading halt at the Orm exchange since 2015.", {"2017", "2015"}),
    ("Orvik is the third Tesk cyclist to defect since 2021.",
     "Orvik is the third Tesk cyclist to defect since 2023.", {"2021", "2023"}),
    ("The minister ordered checks on all doctors registered since 2010, about 2,000 people.",
     "The minister ordered checks on all doctors registered since 2012.", {"2010", "2012"}),
    # a subject before asides: two companies, or one company told two ways
    ("Shares in exchange operator Velko Group, which is itself listed, fell 3.2 percent "
     "after trading resumed.", "Dravo shares, listed on the exchange's growth market, fell "
     "11 percent when trading resumed.", set()),
    ("Shares in Velko Group, which is itself listed, fell 3.2 percent after trading resumed.",
     "Shares in Velko Group fell 5 percent after trading resumed.",
     {"3.2 percent", "5 percent"}),
    ("Dravo shares, listed on the growth market, fell 11 percent when trading resumed.",
     "Dravo shares, listed on the growth market, fell 8 percent when trading resumed.",
     {"11 percent", "8 percent"}),
])
def test_scopes_of_a_figure(a, b, want):
    got = support.fact_pair_values(a, b)
    assert (set().union(*got) if got else set()) == want


@pytest.mark.parametrize(("a", "b", "want"), [
    # a change and a change of the other direction: two moves
    ("Shares in Velko Group fell 3.2 percent after trading resumed.",
     "Shares in Velko Group rose 2.4 percent after the announcement.", set()),
    ("The Tarn index dropped 1.8 percent in the morning.",
     "The Tarn index gained 0.6 percent in the morning.", set()),
    # one direction, two values: still a conflict
    ("Shares in Velko Group fell 3.2 percent after trading resumed.",
     "Shares in Velko Group dropped 5 percent after trading resumed.",
     {"3.2 percent", "5 percent"}),
    ("The Tarn index rose 1.8 percent on Monday.", "The Tarn index climbed 2.6 percent on Monday.",
     {"1.8 percent", "2.6 percent"}),
])
def test_changes_of_two_directions(a, b, want):
    got = support.fact_pair_values(a, b)
    assert (set().union(*got) if got else set()) == want
