"""Two groups of people joined in one phrase ("about 2,300 passengers and 640 crew on
board") and another outlet's count of people at large ("carrying more than 2,800 people")
are one head count told as parts and as a total, within the figures' hedges and bounds
(hand-read invented dev d118, session 23: the wire's 3,100 passengers and 1,150 crew and
the left's "more than 4,000 people", each "a figure only it gives"). Told here with new
fictional text beside its near misses: a whole far from the sum (above or below), two
addends that are no groups of people (cars), or two counts of two measures ("killed ...
and injured ...") leave the omission and the addition standing.
"""

from __future__ import annotations

import support

PARTS = "The ferry Norvel Dawn sailed from Tamberly with about 2,300 passengers and 640 crew on board."


def whole(n: str) -> str:
    return f"The ferry, a floating town carrying more than {n} people, left Tamberly at dawn."


def test_the_parts_truly_left_out_are_omissions():
    assert {"2,300", "640"} <= support.halcyon_story(PARTS, None)[0]
    # ... and the whole that one outlet alone gives is an addition
    assert "2,800" in support.halcyon_story(PARTS.replace("with about 2,300 passengers and 640 crew on board",
                                                          "at dawn"), whole("2,800"))[1]


def test_the_whole_tells_its_parts():
    omitted, added = support.halcyon_story(PARTS, whole("2,800"))
    assert not omitted & {"2,300", "640"}
    assert "2,800" not in added  # nor is the whole a figure only its outlet gives


def test_the_parts_tell_the_whole():
    omitted, added = support.halcyon_story(whole("2,800"), PARTS)
    assert "2,800" not in omitted
    assert "2,300" not in added


def test_near_miss_a_whole_far_above_the_sum_is_another_figure():
    omitted, added = support.halcyon_story(PARTS, whole("5,000"))
    assert "2,300" in omitted and "5,000" in added


def test_near_miss_a_floor_far_below_the_sum_is_another_figure():
    omitted, added = support.halcyon_story(PARTS, whole("1,500"))
    assert "2,300" in omitted
    # Since s41-coverage41 (_people_alike: one place's people under two nouns, tied by a name,
    # are one group) "more than 1,500 people" is read against "about 2,300 passengers": a
    # floor the other outlet's count meets tells nothing new, so it is no figure only its
    # outlet gives (a floor above the sum still is: the 5,000 row above)
    assert "1,500" not in added


def test_near_miss_addends_that_are_no_groups_of_people():
    cars = "The ferry Norvel Dawn sailed from Tamberly with about 2,300 passengers and 640 cars on board."
    omitted, added = support.halcyon_story(cars, whole("2,800"))
    assert "2,300" in omitted and "2,800" in added


def test_near_miss_two_measures_joined_by_a_verb():
    storm = "The storm killed about 2,300 people and injured 640 in the valley of Norvel."
    omitted, added = support.halcyon_story(storm, whole("2,800"))
    assert "2,800" in added
