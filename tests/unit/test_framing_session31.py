"""Session 31's framing changes (framing31), from testread30's three wrong held-out lines
(t183, t186, t189). Invented text: a fictional fuel-depot blast in the port of Varrow, a
cracked river bridge in Corran, and a struck-off mayoral candidate in Vessany.

1. An opportunism phrase's plain side is the same act by the same actor
   (``opportunism.find_opportunism``): the sentence aligned with the phrase's when it names
   the actor (or the person the phrase's sentence names), else one that names the actor and
   shares a word of what followed, never one that opens on another named person while the
   phrase's sentence names a person of its own (``opportunism._another_voice``). Held-out
   t183: "Opposition parties seized on the incident ..., with Social Democrat leader Andrei
   Moldan calling it ..." was set against the ruling party's spokeswoman on its own
   suspension, the two sharing 'Party' and 'leaders'. Near misses: the same person's words
   (found), and a phrase that names no person against the opposition leader's (found).
2. The profile's plain statements the loaded outlet gives itself (``attribution.
   _told_alike``, ``_shown_plainly``, ``_only_line``): an outlet that writes "Marten
   conceded that the inspection would take weeks. '...,' she said." and gives the other
   outlet's own account of her plainly too ("The roads agency said divers would inspect the
   piers") uses the same plain verb for every statement the two share; its 'conceded' line,
   aligned with no other outlet's, is one only it carries: no contrast (held-out t186, read
   wrong). Near misses: no plain account of its own beside the gist (dev d14's keyed shape:
   the gist's verb is read as the quote's, found); the other outlet has a statement the
   loaded one does not give (dev d33's keyed shape: found); the loaded gist tells the
   quote's own matter (dev t89: found); a real 'claimed' for the very quote the other
   outlet gives with 'said' (the statement rule: found).
3. A lean label two outlets put on one name (``framing._shared_label``): "Palomo, of the
   left-wing Civic Renewal Party" in the wire and in a paper that repeats it identifies the
   party; it is no one outlet's label (held-out t189, read wrong). Near misses: one outlet's
   own label where the others write "the opposition Civic Renewal Party" (dev d82, d146,
   t176, read right: found); a kindred label ("left-leaning") in the second outlet (not
   found); a loaded term, 'regime' against 'government' (found)."""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

# the tables test framing on, whatever the default (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)

# 1. opportunism: the same act by the same actor

DEPOT = ("A fuel depot exploded in the port of Varrow on Sunday night, killing three workers "
         "and injuring eleven, the fire service said.\n\n")
SEIZED = ('Opposition parties seized on the blast to attack the government, with Labour Front '
          'leader Oskar Delm calling it "the price of years of cuts to safety checks".')
SEIZED_NO_ONE = "Opposition parties seized on the blast to attack the government."
SPOKESWOMAN = ("Harbour Party spokeswoman Greta Vinter said the party had asked its leaders "
               "to visit the families of the dead.")
DELM = ('"This is the price of years of cuts to safety checks," Labour Front leader Oskar Delm '
        "told reporters.")
OPPOSITION = ("Opposition leader Oskar Delm of the Labour Front blamed the blast on government "
              "cuts to safety checks.")

OPPORTUNISM = [
    # (id, Herald's text, Voice's text, the Herald sentence cited, or None)
    ("held-out t183's shape: another party's spokeswoman, sharing 'Party' and 'leaders'",
     SPOKESWOMAN, SEIZED, None),
    ("near miss: the same person's words beside the other party's (found: his)",
     SPOKESWOMAN + " " + DELM, SEIZED, DELM),
    ("near miss: the phrase names no person; the opposition leader's words",
     OPPOSITION, SEIZED_NO_ONE, OPPOSITION),
]


@pytest.mark.parametrize("herald,voice,want", [r[1:] for r in OPPORTUNISM],
                         ids=[r[0] for r in OPPORTUNISM])
def test_opportunism_counterpart_is_the_same_act(herald: str, voice: str, want) -> None:
    got = support.opportunism_cited(DEPOT, (herald, voice), ("Varrow Herald", "Lorsk Voice"), STORY)
    assert got == ([want] if want else []), got


# 2. the profile: the statements the loaded outlet gives plainly too

BRIDGE = ("Engineers closed the Kessel river bridge in Corran on Monday after finding cracks "
          "in two of its piers, the roads agency said.\n\n")
QUOTE = '"The divers will tell us whether the cracks reach the foundations or stop at the surface,"'
HERALD = ("Roads agency director Ilse Marten said divers would inspect the piers below the "
          "waterline to see how far the cracks ran.\n\n"
          f"{QUOTE} Marten said.")
FERRY = "\n\nMarten said the agency would run a free ferry while the bridge stays shut."
VOICE_SERVICE = ("The roads agency said divers would inspect the piers below the waterline.\n\n")
CONCEDED = ("Agency director Ilse Marten conceded that the inspection would take weeks. "
            f"{QUOTE} she said.")
CONCEDED_MATTER = ("Agency director Ilse Marten conceded that the divers would have to check "
                   f"whether the cracks reach the foundations. {QUOTE} she said.")

PROFILE = [
    # (id, Herald's text, Voice's text, the loaded verb, a finding expected for it)
    ("held-out t186's shape: every statement the Herald gives, the Voice gives plainly too",
     HERALD, VOICE_SERVICE + CONCEDED, "conceded", False),
    ("near miss (dev d14's shape): no plain account of the Voice's own beside its gist",
     HERALD, CONCEDED, "conceded", True),
    ("near miss (dev d33's shape): a statement of the Herald's the Voice does not give",
     HERALD + FERRY, VOICE_SERVICE + CONCEDED, "conceded", True),
    ("near miss (dev t89's shape): the gist tells the quote's own matter",
     HERALD, VOICE_SERVICE + CONCEDED_MATTER, "conceded", True),
    ("near miss: a real 'claimed' for the quote the Herald gives with 'said'",
     HERALD + '\n\n"The bridge is perfectly safe for people on foot," Marten said.',
     VOICE_SERVICE + 'Agency director Ilse Marten claimed the bridge was "perfectly safe for '
     'people on foot".', "claimed", True),
]


@pytest.mark.parametrize("herald,voice,verb,expected", [r[1:] for r in PROFILE],
                         ids=[r[0] for r in PROFILE])
def test_profile_leaves_out_statements_told_alike(herald: str, voice: str, verb: str,
                                                  expected: bool) -> None:
    got = support.profile_lines(BRIDGE, (herald, voice), ("Corran Herald", "Kessel Voice"), verb)
    assert bool(got) is expected, got
    if expected:
        assert "Marten" in got[0] or "same statement" in got[0], got


# 3. a lean label two outlets put on one name

BALLOT = ("The electoral board of Vessany struck mayoral candidate Rui Palomo off the ballot "
          "on Friday over forged signatures on his nomination papers.\n\n")
WIRE_LABEL = ("The board's judges voted 3-2 to remove Palomo, of the left-wing Civic Renewal "
              "Party, from the ballot.")
COPY_LABEL = ("Palomo, of the left-wing Civic Renewal Party, had led every poll since "
              "January.")
KIN_LABEL = ("Palomo, of the left-leaning Civic Renewal Party, had led every poll since "
             "January.")
PLAIN_NAME = ("Supporters of the Civic Renewal Party gathered outside the board's offices "
              "to protest against the ruling.")
OPPOSITION_NAME = ("The opposition Civic Renewal Party said it would appeal against the "
                   "ruling.")
RIGHT_LABEL = "The right-wing Civic Renewal Party said it would appeal against the ruling."
OUTLETS = ("Vessany Wire", "Corran Diario", "Lorsk Nacion")

LABELS = [
    # (id, the three outlets' texts, the label, a finding expected)
    ("held-out t189's shape: the wire's label, repeated by a second outlet",
     (WIRE_LABEL, COPY_LABEL, PLAIN_NAME), "left-wing", False),
    ("near miss: a kindred label in the second outlet",
     (WIRE_LABEL, KIN_LABEL, PLAIN_NAME), "left-wing", False),
    ("near miss: one outlet's own label against 'the opposition ...' (dev d82's shape)",
     (OPPOSITION_NAME, RIGHT_LABEL, PLAIN_NAME), "right-wing", True),
    ("near miss: the label in one outlet only",
     (WIRE_LABEL, PLAIN_NAME, OPPOSITION_NAME), "left-wing", True),
]


@pytest.mark.parametrize("texts,word,expected", [r[1:] for r in LABELS], ids=[r[0] for r in LABELS])
def test_shared_lean_label_is_no_finding(texts, word: str, expected: bool) -> None:
    got = support.loaded_modifiers(BALLOT, texts, OUTLETS, word, STORY)
    assert bool(got) is expected, got


def test_loaded_term_still_told() -> None:
    # a loaded term for one referent, 'regime' against 'government', is untouched
    found = support.framings_between(
        BALLOT, "The government of Vessany said the board had acted within the law.",
        "The regime of Vessany said the board had acted within the law.",
        ("Vessany Wire", "Lorsk Nacion"), STORY)
    assert any("'regime'" in f.summary and "'government'" in f.summary for f in found), \
        [f.summary for f in found]
