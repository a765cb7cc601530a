"""What a figure refers to, and what is no figure at all, for omission and addition
(issue 12 item 4; session 20's reading of the invented dev stories: d64's "2.1 million
pupils" in a "with" clause beside another outlet's "nearly 1.8 million children were kept
home", d64's "from nursery to class 12" and d68's "polling station 112" read as counts,
d48's "most of the supply of medicines" for "70 percent of the medicines", t64's
commander whose statement an outlet gives as the coast guard's, t77's "Social Democrats"
named as "a former Social Democrat candidate"). Told here with new fictional text, each
beside its near misses both ways: an outlet that truly drops the fact keeps its omission,
in three- and four-outlet stories.
"""

from __future__ import annotations

import pytest
import support
from support import HALCYON_LEDE as LEDE
from support import HALCYON_OUTLETS as OUTLETS
from support import HALCYON_TOW as TOW
from support import halcyon_colour as _colour

from storylens.findings.coverage import _label_number
from storylens.options import Options
from storylens.rules.coverage import SHARE_OF

ON = Options(fact_coverage=True)


# --- a clause that hangs on the one before it names its figure's referent there ----------

CRATES = "Officers searched the containers of the Halcyon Star, with some 9,000 crates hidden behind a false wall."


@pytest.mark.parametrize("n", [3, 4])
def test_the_count_truly_left_out_is_an_omission(n):
    assert "9,000" in support.halcyon_story(CRATES, None, n)[0]


@pytest.mark.parametrize("n", [3, 4])
def test_another_count_of_the_same_search_is_told_otherwise(n):
    # "with some 9,000 crates hidden ..." hangs on "Officers searched the containers of
    # the Halcyon Star": the other outlet's count of that search is its own figure
    own = "Officers counted nearly 7,500 boxes when they searched the containers of the Halcyon Star."
    omitted, added = support.halcyon_story(CRATES, own, n)
    assert "9,000" not in omitted
    assert "7,500" not in added


def test_near_miss_a_count_of_another_thing_leaves_the_omission():
    own = "Officers counted nearly 7,500 visitors at the port festival in Kestow last summer."
    assert "9,000" in support.halcyon_story(CRATES, own)[0]


# --- a label's number is no quantity -------------------------------------------------------

BERTH = "Before the seizure the Halcyon Star had been moored at berth 112 in Tamberly harbour for a week."
SAILORS = "Before the seizure the coastguard questioned 112 sailors in Tamberly harbour for a week."


@pytest.mark.parametrize("n", [3, 4])
def test_a_berths_number_is_never_left_out(n):
    assert "112" not in support.halcyon_story(BERTH, None, n)[0]


@pytest.mark.parametrize("n", [3, 4])
def test_near_miss_a_count_of_sailors_is_left_out(n):
    assert "112" in support.halcyon_story(SAILORS, None, n)[0]


@pytest.mark.parametrize("before, number, after, label", [
    ("The order covers every school from nursery to class", "12", ", meaning", True),
    ("Video filmed at polling station", "112", " in Velda", True),
    ("The ferry left from platform", "4", ".", True),
    # counts and measures, not labels
    ("The toll rose to", "12", ".", False),  # no noun between
    ("The blast killed at least", "12", " people", False),  # a bound
    ("The number of dead rose to almost", "12", ".", False),  # a hedge
    ("Of the remaining", "12", ", eight were released", False),  # a participle
    ("over the past", "12", " months", False),  # a time adjective, a unit after it
    ("The service set the avalanche danger at level", "4", " on a five-point scale", False),  # a scale
    ("a fine of", "500", ".", False),
    ("Guards patrolled in sectors", "4", " and 5", False),  # a plural
    ("Observers visited polling station", "1,120", " in Velda", False),  # separators: an amount
    ("Thirty were taken to hospital", "12", " days ago", False),  # a word after it
    # a verb in the plural after it: the number is its subject, a count (review20f)
    ("Port police said that on the island", "40", " were detained", False),
    ("Rescuers said that at the quarry", "9", " had been trapped", False),
    ("Berths were cleared at pier", "9", " was the last", True),  # in the singular: one pier
    # a plural and its verb before it: a count ("hit" is no label's noun)
    ("Deaths on the roads hit", "112", ".", False),
    # a label's noun as the object of a verb in -ing (session 24)
    ("The jet broke apart after overrunning runway", "27", " on Saturday", True),
    ("Guards stopped him while boarding ferry", "9", ".", True),
    ("The blast tore through the depot, injuring", "41", ", officials said", False),  # no noun
    ("Floods swept the valley, leaving the remaining", "12", " in shelters", False),  # a participle
    ("The quake flattened the district, killing villagers", "40", ".", False),  # a plural
    ("Any reading above", "400", " is classed as severe", False),  # a noun in -ing, a bound
    ("The convoy kept driving north", "12", ".", False),  # no conjunction before the verb
    # an age is a measure, not a name
    ("The new law lets deckhands serve from age", "16", ".", False),
])
def test_label_numbers(before, number, after, label):
    assert _label_number(number, before + " ", after) is label


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("fact, number", [
    ("Port police said that on the island 40 were detained after the seizure of the Halcyon Star.", "40"),
    ("Marevia's new port law lets deckhands sign on to cargo ships from age 16.", "16"),
    ("In the week after the seizure of the Halcyon Star, arrests on the docks hit 112.", "112"),
])
def test_near_miss_a_count_or_an_age_after_a_noun_is_left_out(fact, number, n):
    assert number in support.halcyon_story(fact, None, n)[0]


# --- a share in words of "the supply of X" --------------------------------------------------

SUPPLY = "The four shipping lines that own the Halcyon Star carry about 70 percent of the fuel bought by Tamberly."


@pytest.mark.parametrize("text, of", [
    ("The firms control most of the supply of fuel to Tamberly.", "supply of fuel"),
    ("About a third of coastal districts were redrawn.", "coastal districts"),
    ("Half of the 40 wards voted.", "40 wards"),
])
def test_share_of_reaches_a_second_of(text, of):
    assert [m.group("of") for m in SHARE_OF.finditer(text)] == [of]


def test_most_of_the_supply_of_the_same_thing_is_told_otherwise():
    own = "The four shipping lines that own the Halcyon Star control most of the supply of fuel to Tamberly."
    assert "70 percent" not in support.halcyon_story(SUPPLY, own)[0]


def test_near_miss_most_of_the_supply_of_another_thing_leaves_the_omission():
    own = "The four shipping lines that own the Halcyon Star control most of the supply of grain to Tamberly."
    assert "70 percent" in support.halcyon_story(SUPPLY, own)[0]


# --- a person's statement given as their body's --------------------------------------------

ADMIRAL = ("The commander of the Marevian coastguard, Admiral Petra Lindqvist, said the cargo ship had been "
           "smuggling diesel stolen from refineries in Ulvane.")
# in the outlet's own words (no paraphrase of the admiral's sentence: that would carry it)
HAVEN = "registered in a Pacific tax haven and crewed by sailors from four countries"


@pytest.mark.parametrize("n", [3, 4])
def test_the_name_truly_left_out_is_an_omission(n):
    assert "Petra Lindqvist" in support.halcyon_story(ADMIRAL, None, n)[0]


@pytest.mark.parametrize("n", [3, 4])
def test_the_statement_given_as_the_coastguards_leaves_out_only_the_name(n):
    own = f"The coastguard alleged that the vessel, {HAVEN}, was smuggling stolen diesel."
    assert "Petra Lindqvist" not in support.halcyon_story(ADMIRAL, own, n)[0]


@pytest.mark.parametrize("n", [3, 4])
def test_near_miss_another_speaker_says_it(n):
    # the ship's owners are not the body the admiral speaks for
    own = f"The ship's owners denied that the vessel, {HAVEN}, was smuggling stolen diesel."
    assert "Petra Lindqvist" in support.halcyon_story(ADMIRAL, own, n)[0]


@pytest.mark.parametrize("n", [3, 4])
def test_near_miss_the_coastguard_says_something_else(n):
    own = f"The coastguard said the vessel, {HAVEN}, had been towed to a repair dock overnight."
    assert "Petra Lindqvist" in support.halcyon_story(ADMIRAL, own, n)[0]


@pytest.mark.parametrize("n", [3, 4])
def test_near_miss_the_coastguard_says_something_else_in_the_storys_words(n):
    # "cargo ship", which every outlet writes in its lede, and one place name are all it
    # shares with the admiral's account: another statement, the name still left out
    own = "The coastguard said the crew of the cargo ship would be flown home to Ulvane next month."
    assert "Petra Lindqvist" in support.halcyon_story(ADMIRAL, own, n)[0]


# --- a body whose name ends in a plural, named in the singular ------------------------------

GREENS = [
    "The opposition Green Democrats demanded an inquiry into the seizure of the Halcyon Star.",
    "The Green Democrats said the government had ignored warnings about the ship.",
]


@pytest.mark.parametrize("n", [3, 4])
def test_the_party_truly_left_out_is_an_omission(n):
    assert "Green Democrats" in support.halcyon_story(GREENS, None, n)[0]


@pytest.mark.parametrize("n", [3, 4])
def test_a_member_named_by_the_singular_names_the_party(n):
    own = "A Green Democrat deputy from Kestow called the seizure an act of piracy."
    assert "Green Democrats" not in support.halcyon_story(GREENS, own, n)[0]


def test_near_miss_a_lower_case_adjective_names_no_party():
    own = "A green democrat deputy from Kestow called the seizure an act of piracy."
    assert "Green Democrats" in support.halcyon_story(GREENS, own)[0]


# --- one sum of one value in two clauses that share nothing is two sums ---------------------

CASH = "Customs officers seized about 400,000 crowns in cash from the captain's cabin of the Halcyon Star."
WAGES = "The ship's owners owe the crew an estimated 400,000 crowns in unpaid wages, their union says."


def test_a_sum_given_by_two_outlets_is_left_out_by_the_third():
    # two outlets give the cash seized (the same clause's words): the third leaves it out
    om, _ = support.coverage_facts(
        [[LEDE, TOW, CASH, *_colour("Orsk")], [LEDE, TOW, CASH, *_colour("Tamberly")],
         [LEDE, TOW, *_colour("Ulvane")]], OUTLETS[:3], ON)
    assert (OUTLETS[2], "400,000 crowns") in om


def test_near_miss_the_same_value_of_another_sum_gives_nothing():
    # the wages are another sum of the same value: one outlet alone gives the cash seized,
    # and the third leaves out nothing two others give
    om, _ = support.coverage_facts(
        [[LEDE, TOW, CASH, *_colour("Orsk")], [LEDE, TOW, WAGES, *_colour("Tamberly")],
         [LEDE, TOW, *_colour("Ulvane")]], OUTLETS[:3], ON)
    assert (OUTLETS[2], "400,000 crowns") not in om


# --- a change told by its step ---------------------------------------------------------------

QUARANTINE = ("Marevia's new port law extends the quarantine of seized ships at Tamberly from 12 to 18 days "
              "and bans crew visits.")


@pytest.mark.parametrize("n", [3, 4])
def test_the_change_truly_left_out_is_an_omission(n):
    assert "12" in support.halcyon_story(QUARANTINE, None, n)[0]


@pytest.mark.parametrize("n", [3, 4])
def test_the_change_told_by_its_step_is_no_omission(n):
    own = "The port law, which adds six days to the quarantine of seized ships and bans crew visits, was passed in May."
    assert "12" not in support.halcyon_story(QUARANTINE, own, n)[0]


def test_near_miss_a_step_of_another_size_leaves_the_omission():
    own = "The port law, which adds two days to the quarantine of seized ships and bans crew visits, was passed in May."
    assert "12" in support.halcyon_story(QUARANTINE, own)[0]


def test_near_miss_the_same_step_of_another_thing_leaves_the_omission():
    own = "Dockers in Kestow won six days of extra leave this year, their union said on Monday."
    assert "12" in support.halcyon_story(QUARANTINE, own)[0]
