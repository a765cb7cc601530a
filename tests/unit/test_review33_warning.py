"""review33w: a follow-up that names its event by a noun whose root the verb changes.

Session 33 (warn33) made a noun of the others' event the verb's stem with a noun ending
(``coverage._their_event_nouns``), so that "details" is no noun of "detained". That dropped
the nouns whose root the verb changes: "destruction" beside "destroyed", "acquisition" beside
"acquired", "withdrawal" beside "withdrew"; an undated follow-up that writes the event only as
"the destruction" was then named another event. Invented: a fire at Kelm's town hall.
"""

from __future__ import annotations

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


# the noun table (destruction, acquisition and the near misses) stands in
# tests/unit/test_story_strays_s33.py::test_a_noun_of_their_event
