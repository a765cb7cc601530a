"""review33w: a follow-up that names its event by a noun whose root the verb changes.

Session 33 (warn33) made a noun of the others' event the verb's stem with a noun ending
(``coverage._their_event_nouns``), so that "details" is no noun of "detained". That dropped
the nouns whose root the verb changes: "destruction" beside "destroyed", "acquisition" beside
"acquired", "withdrawal" beside "withdrew"; an undated follow-up that writes the event only as
"the destruction" was then named another event. Invented: a fire at Kelm's town hall.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

ONE = ("Fire destroys Kelm town hall", [
    "KELM (Northwire) - A fire destroyed the 300-year-old town hall in Kelm overnight into Monday, "
    "gutting the council chamber and its archive, the fire service said.",
    "No one was hurt. The destruction of the archive was a blow to the town, the mayor said.",
    '"We have lost three centuries of records," mayor Oda Strand said.',
])
TWO = ("Kelm's historic town hall gutted", [
    "KELM - Flames destroyed Kelm's town hall on Monday, and with it an archive going back to "
    "1720; the destruction took less than two hours.",
    "Firefighters from four towns fought the blaze.",
    '"We have lost three centuries of records," Strand said.',
])
THREE = ("Town hall fire in Kelm", [
    "KELM - The town hall of Kelm was destroyed by fire early on Monday.",
    "The building's destruction leaves the council without a home.",
    "Police said the cause was not yet known.",
])
# the follow-up: it writes the fire only as "the destruction"
REBUILD = ("Kelm to rebuild town hall as archive losses counted", [
    "KELM - Kelm council voted on Thursday to rebuild its town hall, after archivists said the "
    "destruction had claimed 11,000 documents.",
    "Mayor Oda Strand said the rebuilding would cost 14 million crowns.",
    "A temporary council chamber will open in the school.",
])


def test_an_undated_follow_up_naming_the_event_by_its_noun():
    comp, ctx = support.compare_stories(ONE, TWO, THREE, REBUILD)
    assert not C.off_story(ctx)


@pytest.mark.parametrize("lede, word, noun", [
    # a noun ending after a root the verb changes
    ("A fire destroyed the depot at Marn on Monday; the destruction took an hour.", "destruction", True),
    ("Velda Group acquired the Marn brewery on Monday, its first acquisition abroad.", "acquisition", True),
    # near misses kept from warn33's table: five letters in common, no noun ending
    ("Police detained an aide on Monday whose newsletter published details of the tax plan.", "detail", False),
    ("Soldiers carried the wounded on Monday to two armoured carriers near the square.", "carrier", False),
])
def test_a_noun_whose_root_the_verb_changes(lede, word, noun):
    from storylens.normalize import stem

    one = ("Report from Marn", [lede, "The ministry gave no other figures."])
    two = ("Marn news", [lede, "Officials said more would follow."])
    three = ("Marn today", ["Residents of Marn gathered in the main square on Monday evening."])
    piece = ("Marn budget", ["The Marn council set its budget on Friday."])
    comp, ctx = support.compare_stories(one, two, three, piece)
    assert (stem(word) in C._their_event_nouns(ctx, ["a1", "a2", "a3"])) is noun
