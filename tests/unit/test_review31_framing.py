"""review31fr: probes of session 31's framing change (framing31). Invented text: a
fictional grain-silo collapse in Ostwick, a rusted footbridge in Pollery, a barred council
candidate in Tressel. Each defect row fails on the merge (6b22a5c1); its near miss passes on
both.

1. An opportunism phrase's "with" clause names the actor's voice only where the person named
there speaks (a cue verb's -ing form after the name: "with Tarn League leader Ada Morrow
demanding ..."); a person the clause tells something of ("with Prime Minister Jorun Vale
facing calls to resign") is the target, and their own statement is no plain telling of
the actor's act (``opportunism._actor_people``). Near miss: the voice who speaks, whose
own words the other outlet gives (found).
2. The profile's "told alike" statement: an aligned sentence given to another subject.
3. A shared lean label: only in the second outlet's own voice."""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)

SILO = ("A grain silo collapsed in the river port of Ostwick on Tuesday, killing two dock "
        "workers, the harbour police said.\n\n")
TARGET_SPEAKS = ("Prime Minister Jorun Vale said the government would order checks on every "
                 "silo in the port.")
FACING = ("Opposition parties seized on the collapse to attack the government, with Prime "
          "Minister Jorun Vale facing calls to resign.")
DEMANDING = ("Opposition parties seized on the collapse to attack the government, with Tarn "
             "League leader Ada Morrow demanding checks on every silo in the port.")
MORROW = ("Tarn League leader Ada Morrow said the government had ignored warnings about the "
          "silo for years.")

ROWS = [
    # (id, Gazette's text, Courier's text, the Gazette sentence cited, or None)
    ("the 'with' clause names the target, who is not the actor's voice",
     TARGET_SPEAKS, FACING, None),
    ("near miss: the 'with' clause's speaker, whose own words the Gazette gives",
     MORROW, DEMANDING, MORROW),
]


@pytest.mark.parametrize("gazette,courier,want", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_with_clause_voice_speaks(gazette: str, courier: str, want) -> None:
    got = support.opportunism_cited(SILO, (gazette, courier), ("Ostwick Gazette", "Tarn Courier"),
                                    STORY)
    assert got == ([want] if want else []), got


# The profile's plain statements the loaded outlet gives itself (``attribution._told_alike``):
# a sentence of the loaded outlet aligned with the other's plain statement tells it only
# where no one else is its cue's subject ("Critics of the roads agency said a free ferry
# ..." is the critics' statement, not the director's; ``attribution._other_voice``).

BRIDGE = ("Engineers shut the Amsel footbridge in Pollery on Thursday after finding rust in "
          "its cables, the roads agency said.\n\n")
QUOTE = '"The climbers will tell us whether the rust reaches the core or stays on the sheath,"'
HERALD = ("Roads agency director Bela Korr said climbers would inspect the cables above the "
          "deck to see how far the rust ran.\n\n" f"{QUOTE} Korr said.\n\n"
          "Korr said the agency would run a free shuttle bus while the footbridge stays shut.")
VOICE = ("The roads agency said climbers would inspect the cables above the deck.\n\n"
         "Agency director Bela Korr conceded that the inspection would take weeks. "
         f"{QUOTE} she said.")
CRITICS = ("\n\nCritics of the roads agency said a free shuttle bus would do little for "
           "traders while the footbridge stays shut.")
TOLD = "\n\nThe agency said it would run a free shuttle bus while the footbridge stays shut."

PROFILE = [
    # (id, Herald's text, Voice's text, a 'conceded' finding expected)
    ("the Herald's shuttle statement, in the Voice only as the critics' words", HERALD,
     VOICE + CRITICS, True),
    ("near miss: the Herald's statement the Voice gives too, as the agency's", HERALD,
     VOICE + TOLD, False),
]


@pytest.mark.parametrize("herald,voice,expected", [r[1:] for r in PROFILE],
                         ids=[r[0] for r in PROFILE])
def test_statement_told_by_another_voice_is_not_told_alike(herald, voice, expected) -> None:
    got = support.profile_lines(BRIDGE, (herald, voice), ("Pollery Herald", "Amsel Voice"),
                                "conceded", STORY)
    assert bool(got) is expected, got


# A lean label two outlets put on one name (``framing._shared_label``) is shared only where
# the second outlet writes it in its own voice: not in a rival's reported words after a cue
# verb ("Rival candidate Ines Corvo said the right-wing Harbour Union had cheated").

HARBOUR = ("The election commission of Tressel barred council candidate Nuno Abril from the "
           "vote on Monday over forged signatures on his papers.\n\n")
LABEL = ("The commissioners voted 4-1 to bar Abril, of the right-wing Harbour Union, from the "
         "vote.")
REPORTED = "Rival candidate Ines Corvo said the right-wing Harbour Union had cheated the voters."
REPEATED = "Abril, of the right-wing Harbour Union, had led every poll since March."
PLAIN = "Supporters of the Harbour Union gathered outside the commission to protest."
TRESSEL = ("Tressel Wire", "Amsel Diario", "Pollery Nacion")

LABELS = [
    ("the second outlet's label is a rival's reported words", (LABEL, REPORTED, PLAIN), True),
    ("near miss: the second outlet writes the label itself", (LABEL, REPEATED, PLAIN), False),
]


@pytest.mark.parametrize("texts,expected", [r[1:] for r in LABELS], ids=[r[0] for r in LABELS])
def test_shared_label_in_own_voice(texts, expected: bool) -> None:
    got = support.loaded_modifiers(HARBOUR, texts, TRESSEL, "right-wing", STORY)
    assert bool(got) is expected, got
