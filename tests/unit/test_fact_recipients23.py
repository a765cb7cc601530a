"""A change verb's "to" that names whom the change reaches, not the new value (session 23,
from invented dev t103's "cutting power to about 40,000 homes" / "plunging some 60,000
homes into darkness", read as a class):

* a change verb with a bare noun as its object ("cutting power to", "cut funding to") and
  a count of another plural noun after "to" counts the things the act reached: a plain
  count of what happened, which meets another outlet's count of what the act did;
* a determiner before the object ("cut its fleet to 12 buses"), no object ("rose to"),
  an adverb or particle in its place ("rose sharply to", "fell back to"), a bare object
  that names a group's or an output's size ("cut staff to 300 people", "reduced capacity
  to 30,000 seats"), the counted noun itself ("cut jobs to 300 jobs") or an amount
  ("cut fares to 3 euros") keep a change's new value;
* such a reached count never meets a count no act takes: a standing size of the whole the
  act befell part of ("Velko Energy supplies power to 200,000 homes", "the substation
  serves 200,000 homes", "Velko, which supplies 200,000 homes,").

Each table pairs the near miss with the wording that still conflicts. Invented text
(fictional places and people).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts

pytestmark = pytest.mark.usefixtures("rules_only")


@pytest.mark.parametrize(("lead", "tail", "want"), [
    ("Debris fell onto the substation, cutting power to about ", " homes in Tesk.", True),
    ("The ministry cut funding to ", " schools in Dorva.", True),
    ("The storm cut electricity to ", " households.", True),
    # a determiner: the object is the measured thing, the count its new value
    ("The storm cut the power to ", " homes.", False),
    ("Velko Transit cut its fleet to ", " buses.", False),
    # a group's or an output's size
    ("Velko Transit cut staff to ", " people.", False),
    ("The Brell stadium reduced capacity to ", " seats.", False),
    # no object: an adverb or a particle after the verb
    ("Visitor numbers rose sharply to ", " visitors.", False),
    ("Visitor numbers fell back to ", " visitors.", False),
    ("Visitor numbers rose to ", " visitors.", False),
    # the object's own noun counted; no counted noun; no plural after the figure
    ("The firm cut jobs to ", " jobs.", False),
    ("The firm cut staff to ", ".", False),
    ("The storm cut power to ", " on Monday.", False),
])
def test_recipient_of_a_change(lead, tail, want):
    assert facts._recipient(lead, tail) is want


@pytest.mark.parametrize(("a", "b", "want"), [
    # the count a cut reached meets a count of what the act did
    ("Debris from the Varn tower fell onto a substation, cutting power to about 12,000 homes "
     "in Tesk.", "Debris from the Varn tower fell onto a substation, plunging some 30,000 "
     "homes in Tesk into darkness.", {"12,000", "30,000"}),
    ("The storm cut power to 40,000 homes in Tesk.",
     "The storm left 200,000 homes in Tesk without power.", {"40,000", "200,000"}),
    ("The storm cut power to 40,000 homes in Tesk.",
     "The storm knocked out power to 200,000 homes in Tesk.", {"40,000", "200,000"}),
    ("The storm cut power to 40,000 homes in Tesk.",
     "The storm cut power to 200,000 homes in Tesk.", {"40,000", "200,000"}),
    # near misses: a standing size of the whole no act takes
    ("The storm cut power to 40,000 homes in Tesk.",
     "Velko Energy supplies power to 200,000 homes in Tesk.", None),
    ("The storm cut power to 40,000 homes in Tesk.",
     "The substation serves 200,000 homes in Tesk.", None),
    ("The storm cut power to 40,000 homes in Tesk.",
     "Velko Energy, which supplies 200,000 homes in Tesk, said crews were at work.", None),
    ("The ministry cut funding to 300 schools in Dorva.",
     "The ministry funds 1,200 schools in Dorva.", None),
    # near misses: a change's new value against a plain figure of no stated time (the value
    # before the change, maybe), and two new values of one change that still conflict
    ("Velko Transit cut staff to 300 people last year.", "Velko Transit employs 450 people.",
     None),
    ("Velko Transit cut its fleet to 12 buses.", "Velko Transit runs 20 buses.", None),
    ("The Brell stadium reduced capacity to 30,000 seats.", "The Brell stadium has 45,000 seats.",
     None),
    ("Velko Transit cut its fleet to 12 buses on Monday.",
     "Velko Transit cut its fleet to 15 buses on Monday.", {"12", "15"}),
])
@pytest.mark.parametrize("aligned", [True, False])
def test_reached_counts(a, b, want, aligned):
    got = support.fact_pair_values(a, b, aligned=aligned)
    if want is None:
        assert got == []
    elif aligned:
        assert got == [want]
