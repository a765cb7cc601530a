"""Session 29's framing changes (framing29), from session 28's one wrong held-out line.
Invented text: a fictional pumping-station failure in the river town of Pellbridge.

A gist that quotes a statement of its own (``attribution._gist_quotes_apart``): a loaded
verb of a gist sentence is the outlet's verb for the quote it leads into ("Solvang admitted
the board did not yet know what had failed. '...,' she said.", ``_lead_in_quote``), but
where the gist quotes words of the speaker's own, between quote marks, that the quote after
it does not carry ('admitted the station had "no spare pumps"') and the other outlet gives
the quote with no gist of its own (``_own_quote_apart``), it reports another statement, and
the outlet gives the quote itself with a plain 'she said': two statements of
one speaker, no attribution contrast (held-out t166, session 28: the Clarion's 'admitted
the airport had "no working backup"' set against the wire's 'told' for the cyberattack
denial, read wrong). Near misses: the gist paraphrases the quote without quote marks (dev
d61's shape), the gist quotes words the quote repeats, the gist quotes a name, and the other
outlet carries the gist's quoted words itself (one statement, by its words), and the other
outlet leads into the quote with a gist of its own (the outlets' two accounts of it: dev
t93's keyed 'admitted' / 'said').

A quote turned around (``attribution._reversed_quotes``): the gist's quote and the other
outlet's quote share their words but one gives more negations than the other ('"We have
not given up hope ..."' / '"We have given up hope ..."'): opposite words, a changed quote,
not one statement told with two verbs (dev d96, read wrong). Near misses: the same words,
a negation outside the words the two share, and one negation each where one stands just
before the shared words ("no sign that ..." / "... were not hurt": dev d105, read right).

Another statement of the speaker's told outside the alignment group: see ELSEWHERE below."""

from __future__ import annotations

import pytest
import support

# the tables test framing on, whatever the default (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Pellbridge Courier", "Harrowmere Voice", "Tollan Post")


def _attribution(lede: str, *texts: str) -> list[str]:
    return [f.summary for f in support.framings_among(lede, texts, OUTLETS)
            if f.detail.get("kind") in ("attribution_profile", "attribution_verb")]


STATION = ("The main pumping station of Pellbridge failed on Tuesday night and flooded about "
           "300 homes in the lower town, the river board said. Crews worked through the night "
           "to drain the streets.\n\n")
QUOTE = '"There was no sabotage, as far as we know today,"'
WIRE = f"{QUOTE} river board chief Mira Solvang told reporters at the depot."
WIRE_SAID = f"River board chief Mira Solvang said the cause was not yet known. {QUOTE} she said."

GIST = [
    # (id, Courier, Voice, the Voice's loaded verb, a finding expected for it)
    ("the gist quotes a statement of its own: two statements ('admitted')",
     WIRE,
     f'River board chief Mira Solvang admitted the station had "no spare pumps" for the '
     f"night shift. {QUOTE} she said.",
     "admitted", False),
    ("the same with the narration after the quote sharing a word of the gist's quote",
     WIRE,
     f'River board chief Mira Solvang admitted the station had "no spare pumps" for the '
     f"night shift. {QUOTE} she said, adding that two pumps were being repaired.",
     "admitted", False),
    ("the same with 'insisted'",
     WIRE,
     f'River board chief Mira Solvang insisted the station had "met every safety check" '
     f"this year. {QUOTE} she said.",
     "insisted", False),
    ("near miss: the other outlet leads into the quote with a gist too (dev t93's keyed shape)",
     WIRE_SAID,
     f'River board chief Mira Solvang insisted the station had "met every safety check" '
     f"this year. {QUOTE} she said.",
     "insisted", True),
    ("near miss: the gist paraphrases the quote, no quote marks (dev d61's shape)",
     WIRE,
     f"River board chief Mira Solvang admitted the board did not yet know what had failed. "
     f"{QUOTE} she said.",
     "admitted", True),
    ("near miss: the gist quotes words the quote repeats",
     WIRE,
     f'River board chief Mira Solvang insisted there had been "no sabotage" at the station. '
     f"{QUOTE} she said.",
     "insisted", True),
    ("near miss: the gist quotes a name, not a statement",
     WIRE,
     f'River board chief Mira Solvang admitted the "Clean River Fund" had not paid for new '
     f"pumps. {QUOTE} she said.",
     "admitted", True),
    ("near miss: the other outlet carries the gist's quoted words: one statement",
     'River board chief Mira Solvang told reporters the station had "no spare pumps" for '
     "the night shift.",
     f'River board chief Mira Solvang admitted the station had "no spare pumps" for the '
     f"night shift. {QUOTE} she said.",
     "admitted", True),
]


@pytest.mark.parametrize("name,courier,voice,verb,expected", GIST, ids=[r[0] for r in GIST])
def test_gist_quoting_its_own_statement(name, courier, voice, verb, expected):
    got = [s for s in _attribution(STATION, courier, voice) if f"'{verb}'" in s]
    assert bool(got) is expected, got
    if expected:
        assert "Solvang" in got[0] or "same statement" in got[0], got


# Another statement of the speaker's told outside the alignment group
# (``attribution.told_elsewhere``, read by the aligned rule, framing._told_elsewhere, and by
# the statement rule's aligned links, attribution._linked_pick): a loaded sentence aligned on
# a word or two with the others' quote of one statement ("Our fire systems worked ...") while
# an outlet of the group tells the loaded sentence's own matter in another sentence of the
# speaker's ("said the sprinkler system in the north wing was due to be replaced") is that
# statement, not the group's (held-out t74, session 19, read wrong). Near miss: the other
# sentence shares less with the loaded one than the group's quote does (one statement).
LIBRARY = ("Thieves broke into the old harbour library of Pellbridge on Sunday night and took "
           "six rare maps, police said.\n\n")
LIB_QUOTE = ('"Our fire and alarm systems worked as designed, and the alarm was raised within '
             'minutes,"')
ALL_ON = dict(paraphrases=True, secondary_links=True, context_paraphrases=True)

ELSEWHERE = [
    # (id, Courier, Voice, whether the Post's quote is the plain side of 'admitted')
    ("another outlet tells the loaded matter outside the group: no same-statement line",
     f"Library director Oona Brekke said the building's systems had responded correctly. "
     f"{LIB_QUOTE} she said. Brekke said the alarm system in the north wing was due to be "
     f"replaced next year.",
     "Library director Oona Brekke admitted that the alarm system in the north wing was "
     "overdue for replacement.",
     False),
    ("near miss: the other sentence shares less than the group's quote (one statement)",
     f"Library director Oona Brekke said the building's systems had responded correctly. "
     f"{LIB_QUOTE} she said. Brekke said the north wing would reopen next year.",
     "Library director Oona Brekke admitted that the alarm systems had worked but the alarm "
     "was raised minutes late.",
     True),
    ("near miss: a quote before the loaded cue is the statement, not the words after it",
     '"The alarm was raised within minutes," Library director Oona Brekke told reporters. '
     "Brekke told police that the north wing had been left unlocked, according to a police "
     "report.",
     '"The alarm was raised within minutes," Library director Oona Brekke admitted to police, '
     "according to a police report on the north wing.",
     True),
]


@pytest.mark.parametrize("name,courier,voice,expected", ELSEWHERE, ids=[r[0] for r in ELSEWHERE])
def test_statement_told_outside_the_group(name, courier, voice, expected):
    from storylens.options import Options

    post = ('Director Oona Brekke said: "Our fire and alarm systems worked, and the alarm was '
            'raised within minutes."')
    found = support.framings_among(LIBRARY, (courier, voice, post), OUTLETS,
                                   options=Options(**ALL_ON))
    said = [f.summary for f in found if "'admitted'" in f.summary]
    if expected:
        assert any("same statement" in s and "Tollan Post" in s for s in said), said
    else:
        # the Post's quote is the group's other statement; the Courier's own sentence on
        # the matter is the plain side (the statement rule's line)
        assert not any("Tollan Post" in s for s in said), said
        assert any("Pellbridge Courier writes 'said'" in s for s in said), said


MINE = ("Rescuers dug through the night at the flooded Harrow Pit colliery near Pellbridge, "
        "where six miners have been trapped since Monday, the mines office said.\n\n")
HOPE = "We have not given up hope of reaching the six miners alive"

REVERSED = [
    # (id, Courier, Voice, a finding expected for the Voice's 'admitted')
    ("the gist's quote turns the other outlet's around: no contrast",
     f'"{HOPE}," said rescue chief Tilda Ormsby.',
     "Rescue chief Tilda Ormsby admitted the chances of reaching the miners were slim. "
     '"We have given up hope of reaching the six miners alive," she said.',
     False),
    ("near miss: the same words (the gist's verb for the quote, dev d61's shape)",
     f'"{HOPE}," said rescue chief Tilda Ormsby.',
     "Rescue chief Tilda Ormsby admitted the chances of reaching the miners were slim. "
     f'"{HOPE}," she said.',
     True),
    ("near miss: a negation outside the shared words",
     '"We have given up hope of reaching the six miners alive," said rescue chief Tilda '
     "Ormsby.",
     "Rescue chief Tilda Ormsby admitted the chances of reaching the miners were slim. "
     '"We have given up hope of reaching the six miners alive, but we will not stop '
     'digging," she said.',
     True),
    ("near miss: one negation each, one of them before the shared words (dev d105's shape)",
     '"We have no sign that the six miners were hurt," said rescue chief Tilda Ormsby.',
     "Rescue chief Tilda Ormsby admitted the rescue would take days. "
     '"The six miners were not hurt," she said.',
     True),
    ("near miss: a fragment of the other's quote, the negation of its clause left out",
     '"We will not rest until all six miners are safe," said rescue chief Tilda '
     "Ormsby.",
     'Rescue chief Tilda Ormsby admitted the team would dig until "all six miners are safe".',
     True),
]


@pytest.mark.parametrize("name,courier,voice,expected", REVERSED, ids=[r[0] for r in REVERSED])
def test_reversed_quote_is_no_one_statement(name, courier, voice, expected):
    got = [s for s in _attribution(MINE, courier, voice) if "'admitted'" in s]
    assert bool(got) is expected, got
