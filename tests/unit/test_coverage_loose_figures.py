"""A figure told loosely or disputed by another outlet is no fact one leaves out or adds
alone (issue 12: omission and addition precision), each read on the invented dev
stories (session 15) and told here with new fictional text beside its near miss:

- a bound that rounds the figure ("more than 40 people were treated in hospital" beside
  "47 people were taken to hospital"; t21, d32);
- a measure named by a phrase ("moved to safety" beside "evacuated"; d20);
- two clauses that share another figure ("built for 1,200 ... holds 2,900" / "designed
  for 1,200 ... crammed with 3,400"; t24);
- two outlets' updates of one day ("rose to 23 on Monday" / "climbed to 21 on Monday";
  d31), and since session 33 an update beside the same day's first-day figure too (it
  was news, t11 and t13, until the readers of d132-t125 read such updates wrong);
- a zero slipped ("fines of up to 3,000 euros" / "fines of up to 300 euros"; d34);
- a side place's figure an outlet that never goes there "leaves out" ("At the sports hall
  in Marrades, where some 1,200 evacuees slept"; d07).
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Harlow Post", "Vennick Herald", "Ostra Courier", "Pell Voice"]
TOWNS = ["Harlow", "Kessby", "Ostra", "Pell"]


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Neighbours in {town} said the smell of the gas reached their gardens within minutes.",
        f"Shops near the {town} station closed early and sent their staff home.",
        f"A school in {town} kept its pupils indoors until the afternoon.",
        f"Volunteers in {town} handed out bottled water outside the town hall.",
        f"The mayor of {town} called an emergency meeting of the council.",
    ]


def _found(texts, published=None):
    return support.coverage_facts(texts, OUTLETS, ON, published)


# --- a bound that rounds the figure --------------------------------------------------------

LEAK = "Ammonia leaked from a cooling plant at the Orlin dairy works in Kessby on Wednesday morning."
FIRE = "Firefighters in breathing gear sealed the damaged valve by midday, the fire service said."
COUNT = "Two workers were killed and 47 people were taken to hospital after the leak, the health board said."


def _leak(own: str) -> list[list[str]]:
    """Three outlets give COUNT as their third body sentence; Pell Voice tells the leak
    with ``own`` there instead."""
    return [[LEAK, FIRE, COUNT, *_colour(t)] for t in TOWNS[:3]] + [[LEAK, FIRE, own, *_colour(TOWNS[3])[:4]]]


ROUNDED = "Two plant fitters died and more than 40 people were treated in hospital, most for burns to the eyes."


def test_a_bound_that_rounds_the_count_carries_it():
    om, add = _found(_leak(ROUNDED))
    assert ("Pell Voice", "47") not in om
    assert ("Pell Voice", "40") not in add


def test_a_floor_of_its_own_tells_the_count_otherwise():
    # a bound that does not round 47 (a floor of its own) is still this outlet's figure
    # for the people treated in hospital: told less precisely, or a disagreement, not left
    # out (session 17, coverage._disputed; a near miss asserting an omission before, as
    # the readers of the invented dev stories read "told less precisely" as no omission)
    om, _ = _found(_leak("Two plant fitters died and more than 30 people were treated in hospital, "
                         "most for burns to the eyes."))
    assert ("Pell Voice", "47") not in om


@pytest.mark.parametrize("own", [
    # a rounded bound of another thing, in words that say nothing of the hospital count
    "Two plant fitters died and more than 40 homes on the estate behind the plant had their windows blown out.",
    # a rounded bound of another thing that shares the one word "hospital": the word after
    # each figure ("people" / "ambulance", "beds") says the two count different things
    "Two plant fitters died, and more than 40 ambulance crews from the hospital were sent to the works.",
    "Two plant fitters died; the regional hospital had more than 40 beds free that morning.",
])
def test_near_miss_another_bound_leaves_the_count_out(own):
    om, _ = _found(_leak(own))
    assert ("Pell Voice", "47") in om


# --- a measure named by a phrase -----------------------------------------------------------

FLOOD = "The Varna river burst its banks above the town of Ostrel on Saturday after two days of rain."
BOATS = "Army boats ferried the elderly and the sick from flooded streets to higher ground."
MOVED = "Four people drowned and about 3,400 had been evacuated by Sunday morning, the interior ministry said."


def _flood(own: str) -> list[list[str]]:
    return [[FLOOD, BOATS, MOVED, *_colour(t)] for t in TOWNS[:3]] + [[FLOOD, BOATS, own, *_colour(TOWNS[3])[:4]]]


def test_moved_to_safety_tells_the_evacuation():
    om, add = _found(_flood("Four residents lost their lives, and more than 3,000 people were moved to safety in "
                            "school halls and church basements."))
    assert ("Pell Voice", "3,400") not in om
    assert ("Pell Voice", "3,000") not in add


def test_near_miss_people_moved_elsewhere_leave_the_evacuation_out():
    # "moved to" new flats is no evacuation: the phrase is "moved to safety"
    om, _ = _found(_flood("Four residents lost their lives, and more than 3,000 people were moved to new flats "
                          "in school districts across the valley."))
    assert ("Pell Voice", "3,400") in om


# --- two clauses that share another figure -------------------------------------------------

RIOT = "Inmates at the Sella Nova jail in Vennick set fire to mattresses on Friday night and took two guards hostage."
RETAKE = "Riot police retook the cell blocks at dawn and freed both guards unharmed."
CROWDED = ("Sella Nova, on the edge of the city, was built for 900 inmates but holds about 2,100, "
           "according to the national prison council.")


def _jail(own: str) -> list[list[str]]:
    """Harlow Post, Vennick Herald and Ostra Courier give CROWDED high up; Pell Voice
    gives ``own`` there."""
    return [[RIOT, RETAKE, CROWDED, *_colour(t)] for t in TOWNS[:3]] + [[RIOT, RETAKE, own, *_colour(TOWNS[3])]]


def test_a_shared_capacity_figure_makes_the_inmate_count_disputed():
    om, add = _found(_jail("Sella Nova was designed for 900 men but is crammed with 2,600, the public defender "
                           "reported after a visit in May."))
    assert ("Pell Voice", "2,600") not in add
    assert ("Pell Voice", "2,100") not in om


def test_near_miss_without_the_shared_figure_the_count_is_its_own():
    # the same words about the jail, but no capacity figure that says both count its inmates
    om, add = _found(_jail("Sella Nova was designed for the city's remand prisoners but is crammed with 2,600, "
                           "the public defender reported after a visit in May."))
    assert ("Pell Voice", "2,600") in add
    assert ("Pell Voice", "2,100") in om


# --- two outlets' updates of one day -------------------------------------------------------

BLAZE = "Fire swept through the Orsolya hostel near Kessby station late on Saturday night."
EXITS = "Guests said smoke filled the stairwells within minutes and the rear doors were chained."
FIRST = "At least 14 people were killed in the hostel fire, the fire service said on Sunday."


def _hostel(third: str, fourth: str) -> list[list[str]]:
    """Harlow Post and Vennick Herald (Sunday) give the first count; Ostra Courier and
    Pell Voice (Monday) lead with ``third`` and ``fourth``."""
    return [
        [FIRST, BLAZE, EXITS, *_colour(TOWNS[0])],
        [FIRST, BLAZE, EXITS, *_colour(TOWNS[1])],
        [third, BLAZE, EXITS, *_colour(TOWNS[2])],
        [fourth, BLAZE, EXITS, *_colour(TOWNS[3])],
    ]


DAYS = ["2026-04-12", "2026-04-12", "2026-04-13", "2026-04-13"]
ROSE = "The death toll from the Orsolya hostel fire rose to 22 on Monday as firefighters searched the top floor."
CLIMBED = "The number of people killed in the Orsolya hostel fire climbed to 19 on Monday, officials said."


def test_two_updates_of_one_day_are_disputed_not_added():
    _, add = _found(_hostel(ROSE, CLIMBED), DAYS)
    assert ("Ostra Courier", "22") not in add
    assert ("Pell Voice", "19") not in add


def test_an_update_beside_the_first_days_count_is_no_addition():
    # Pell Voice, of the same Monday, still gives the first day's 14. Until session 33 the 22
    # was the Courier's news, an addition (read right on t11 and t13 in session 13); the
    # readers since read such updates wrong, the writers' keys mark them update traps (d132,
    # d137, d161, d169, d181, d96, t125: "a running count updated, not a fact only it
    # gives"), so the Courier's later value of the count the others give is none
    # (coverage._running_count, tests/unit/test_coverage_session33.py)
    _, add = _found(_hostel(ROSE, FIRST), DAYS)
    assert ("Ostra Courier", "22") not in add


# --- a zero slipped ------------------------------------------------------------------------

FESTIVAL = "The Vennick harbour festival opened on Friday with record crowds on the quays."
CLOSED = "The council closed the harbour road to traffic for the three days of the festival."
FINES = ("Drivers face fines of up to 2,000 crowns for parking on the harbour road, while the council "
         "spends heavily on new cycle lanes.")


def _festival(own: str) -> list[list[str]]:
    return [[FESTIVAL, CLOSED, FINES, *_colour(t)] for t in TOWNS[:3]] + [
        [FESTIVAL, CLOSED, own, *_colour(TOWNS[3])[:4]]]


def test_the_fine_with_a_zero_slipped_is_disputed_not_left_out():
    om, _ = _found(_festival("Under the festival rules, visitors face fines of up to 200 crowns for parking near "
                             "the harbour, while hotels in the old town keep their private car parks."))
    assert ("Pell Voice", "2,000 crowns") not in om


def test_near_miss_a_tenth_of_the_fine_in_other_words_is_another_figure():
    # 200 crowns after other words ("a ticket of"): not the fine told with a zero slipped
    om, _ = _found(_festival("Under the festival rules, visitors who park near the harbour get a ticket of 200 "
                             "crowns, while hotels in the old town keep their private car parks."))
    assert ("Pell Voice", "2,000 crowns") in om


# --- a side place's figure -----------------------------------------------------------------

SHELTER = "At the sports hall in Brenvik, where some 800 evacuees slept on camp beds, volunteers handed out soup."


def _shelter(own: str, more: tuple[str, ...] = ()) -> list[list[str]]:
    """Three outlets give SHELTER high up (and ``more`` after it); Pell Voice tells the
    flood with ``own``."""
    return [[FLOOD, BOATS, SHELTER, *more, *_colour(t)] for t in TOWNS[:3]] + [
        [FLOOD, BOATS, own, *_colour(TOWNS[3])[:4]]]


OWN_FLOOD = "Four residents of Ostrel drowned, and volunteers handed out blankets to evacuees in the town square."


def test_the_figure_of_a_place_an_outlet_never_goes_to_is_not_left_out():
    om, _ = _found(_shelter(OWN_FLOOD))
    assert ("Pell Voice", "800") not in om


def test_near_miss_an_outlet_that_names_the_place_leaves_the_figure_out():
    om, _ = _found(_shelter("Four residents of Ostrel drowned, and volunteers handed out blankets to evacuees "
                            "bussed to Brenvik."))
    assert ("Pell Voice", "800") in om


def test_near_miss_a_place_the_givers_tell_more_of_is_the_storys_own():
    # the givers tell more of Brenvik than its shelter: a place of the story, which Pell
    # Voice leaves out with its figure
    om, _ = _found(_shelter(OWN_FLOOD, ("The river also broke through the levee at Brenvik on Sunday.",)))
    assert ("Pell Voice", "800") in om


QUAKE = ("A magnitude 6.4 earthquake killed 120 people in Dorsa province early on Tuesday, "
         "the civil protection agency said.")
SEARCH = "Rescuers with sniffer dogs searched collapsed houses through the night."
FELT = "The tremor was felt as far away as the capital."


def test_near_miss_the_place_of_the_givers_first_sentence_is_the_storys_own():
    # every giver names Dorsa only where it gives the toll, but in its first sentence: the
    # place of the story, not a side place; the outlet that writes "the mountain villages"
    # leaves the toll out
    texts = [[QUAKE, SEARCH, FELT, *_colour(t)] for t in TOWNS[:3]] + [
        ["A powerful earthquake shook the mountain villages early on Tuesday, flattening hundreds of houses.",
         SEARCH, FELT, *_colour(TOWNS[3])]]
    om, _ = _found(texts)
    assert ("Pell Voice", "120") in om
