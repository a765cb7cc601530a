"""A total with a part named inside it ("17 people were injured, including three
firefighters") and the rest of it ("14 residents were treated") are one count told two
ways (hand-read invented dev d94, session 23: the wire's 14 and the others' 17, each
"left out" by the outlets giving the other). Told here with new fictional text beside
its near misses: a count joined by "and" (two counts), or a rest of another measure
(arrests, not injuries), leave the omission and the addition standing.
"""

from __future__ import annotations

import support

REST = "The coastguard said 14 crew members were treated for smoke inhalation after the fire in the hold."
TOTAL = "In all, 17 people were injured, including three coastguard officers, the port said."


def test_the_rest_truly_left_out_is_an_omission():
    assert "14" in support.halcyon_story(REST, None)[0]
    assert "17" in support.halcyon_story(TOTAL, None)[0]


def test_the_total_and_its_part_tell_the_rest():
    omitted, added = support.halcyon_story(REST, TOTAL)
    assert "14" not in omitted
    assert "17" not in added  # nor is the total a figure only its outlet gives


def test_the_rest_tells_the_total_and_its_part():
    omitted, added = support.halcyon_story(TOTAL, REST)
    assert "17" not in omitted
    assert "14" not in added


def test_near_miss_two_counts_joined_by_and_are_no_total_and_part():
    own = "In all, 17 people were injured and three coastguard officers were arrested, the port said."
    omitted, added = support.halcyon_story(REST, own)
    assert "14" in omitted and "17" in added


def test_near_miss_a_rest_of_another_measure_is_not_told():
    arrested = "The coastguard said 14 crew members were arrested after the fire in the hold."
    omitted, added = support.halcyon_story(arrested, TOTAL)
    assert "14" in omitted and "17" in added


HURT = "Seventeen people were hurt, the port said."


def test_the_same_total_without_its_part_tells_the_rest():
    # another outlet tells the total with the part inside it: the plain total of the last
    # outlet is that total, so the rest is told (hand-read invented dev d94's Morgenruf)
    omitted, _ = support.halcyon_story([REST, TOTAL], HURT)
    assert "14" not in omitted


def test_near_miss_the_same_figure_of_another_measure_tells_no_rest():
    omitted, _ = support.halcyon_story([REST, TOTAL], "Seventeen people were arrested, the port said.")
    assert "14" in omitted


def test_near_miss_a_plain_total_no_outlet_splits_tells_no_rest():
    omitted, _ = support.halcyon_story([REST, "In all, 17 people were injured, the port said."], HURT)
    assert "14" in omitted
