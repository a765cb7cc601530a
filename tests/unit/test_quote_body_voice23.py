"""A body and its named spokesperson as one quote's source (session 23, quotes23b).

Invented t103 (dev) gave one statement to "Police" in one outlet and to "police spokeswoman
Sigrid Halvorsen" in another: two speaker keys ("police" / "halvorsen"), so the quote was
never linked and its changed word not reported. A speaker written as an organisation's name
and one written as that same organisation's named spokesperson (rules/attribution
SPOKES_ROLES, before the name or in an apposition after it) are linked as a speaker one
side does not name: the same statement by its words. Near misses stay apart: a member who
is not its spokesperson, another body, a former or rival voice, two remarks. Invented text:
fictional Orvik and its people.
"""

from __future__ import annotations

import pytest
import support

Q = '"The search for the missing hikers will go on for %s more days, whatever the weather."'


@pytest.mark.parametrize(
    "a,b,found",
    [
        # one source: the body, and its named spokesperson
        (f"Police said: {Q % 'two'}", f"Police spokeswoman Sigrid Halvorsen said: {Q % 'five'}", 1),
        (f"{Q % 'two'} Police said.", f"{Q % 'five'} police spokeswoman Sigrid Halvorsen said.", 1),
        (f"Police said: {Q % 'two'}", f"{Q % 'five'} said Sigrid Halvorsen, a police spokeswoman.", 1),
        (f"Vella Ferries said: {Q % 'two'}",
         f"Ivo Brant, a spokesman for Vella Ferries, said: {Q % 'five'}", 1),
        (f"Transport Ministry said: {Q % 'two'}",
         f"Transport Ministry spokesman Ivo Brant said: {Q % 'five'}", 1),
        (f"Orvik Police said: {Q % 'two'}",
         f"Orvik Police spokeswoman Sigrid Halvorsen said: {Q % 'five'}", 1),
        # near misses: a member who is not the body's spokesperson
        (f"Police said: {Q % 'two'}", f"Police officer Jan Berg said: {Q % 'five'}", 0),
        (f"Police said: {Q % 'two'}", f"Police Chief Jan Berg said: {Q % 'five'}", 0),
        (f"Police said: {Q % 'two'}", f"Jan Berg, a police detective, said: {Q % 'five'}", 0),
        # another body, or the minister of another ministry
        (f"Police said: {Q % 'two'}", f"Coast Guard spokesman Ivo Brant said: {Q % 'five'}", 0),
        (f"Transport Ministry said: {Q % 'two'}",
         f"Finance Ministry spokesman Ivo Brant said: {Q % 'five'}", 0),
        (f"Transport Ministry said: {Q % 'two'}", f"Finance Minister Ivo Brant said: {Q % 'five'}", 0),
        (f"Vella Ferries said: {Q % 'two'}",
         f"Ivo Brant, a spokesman for Orsk Ferries, said: {Q % 'five'}", 0),
        (f"Orvik Police said: {Q % 'two'}",
         f"Vella Police spokeswoman Sigrid Halvorsen said: {Q % 'five'}", 0),
        # a former or rival voice
        (f"Police said: {Q % 'two'}", f"Former police spokeswoman Sigrid Halvorsen said: {Q % 'five'}", 0),
        (f"Vella Ferries said: {Q % 'two'}",
         f"Ivo Brant, a spokesman for rival Vella Ferries, said: {Q % 'five'}", 0),
        # two remarks: not the same statement by their words
        (f"Police said: {Q % 'two'}",
         'Police spokeswoman Sigrid Halvorsen said: "Roads into Orvik stay closed until Monday."', 0),
    ],
)
def test_body_and_its_spokesperson(a, b, found):
    assert len(support.quote_changes_found(a, b)) == found

