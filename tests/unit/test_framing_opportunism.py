"""A response told as opportunism ("rushed to exploit the tragedy", "were quick to blame",
"seized on"), against another outlet's plain report of it (``framing.story.opportunism``,
story framing, on by default since session 13; issue 12, item 3). Invented text: a fictional Tarn ferry sinking.
Near misses: a haste phrase before a verb that judges nothing ("quick to respond"), the
phrase inside a speaker's words or reported after a cue, a counterpart that does not name
the actor as its subject, an outlet that writes such a phrase itself, and two articles
with no aligned sentence (two events)."""

from __future__ import annotations

import pytest
from support import framings_between

from storylens.options import Options

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)
LEDE = ("The Tarn ferry Saint Ilse sank in a storm off Port Vennick on Monday night, killing "
        "six of its 80 passengers.\n\n")
OTHER_LEDE = ("Dockers in Port Vennick voted on Friday to end a three-week strike over "
              "night-shift pay.\n\n")
MATCH = "Vell Rovers beat Orsk City 3-1 at Tarn Park on Saturday to go top of the northern league.\n\n"
BRIDGE = "A new footbridge over the Tarn river opened in Port Vennick on Monday.\n\n"
HAUL = ("Customs officers at Port Vennick found 40 kilograms of cocaine in a banana container "
        "on Tuesday.\n\n")
ROBBERY = ("Four men were arrested after a robbery at the Orsk Savings Bank in Port Vennick "
           "on Monday.\n\n")
PLAIN = ("Opposition leader Mira Quell of the Green Union called for the transport minister's "
         "resignation and for a judge to lead the inquiry.")
LOADED = ("Within hours, the opposition Green Union rushed to exploit the tragedy, with Mira "
          "Quell demanding the minister's resignation.")

CASES = [
    # (id, Harbour Post's text, Osk Herald's text, a finding expected)
    ("a resignation call told as exploiting the tragedy", LEDE + PLAIN, LEDE + LOADED, True),
    ("near miss: quick to respond judges nothing",
     LEDE + "Rescue crews from Port Vennick reached the wreck within the hour.",
     LEDE + "Rescue crews from Port Vennick were quick to respond to the wreck.", False),
    ("near miss: quick to point out is an idiom",
     LEDE + "Opposition leader Mira Quell of the Green Union said the ferry had passed its "
            "last inspection in May.",
     LEDE + "The opposition Green Union was quick to point out that the ferry had passed its "
            "last inspection in May.", False),
    ("near miss: a charge reported after a cue",
     LEDE + PLAIN,
     LEDE + "Ministers said the opposition Green Union was quick to blame the minister for the "
            "resignation crisis.", False),
    ("near miss: inside a speaker's words",
     LEDE + PLAIN,
     LEDE + '"The Green Union rushed to exploit the tragedy," a government spokesman told '
            "reporters on the quay.", False),
    ("near miss: no counterpart names the actor",
     LEDE + "The transport minister said he would stay in office until the inquiry reported.",
     LEDE + LOADED, False),
    ("near miss: both outlets write such a phrase",
     LEDE + PLAIN + " The ferry company was quick to blame the storm.",
     LEDE + LOADED, False),
    ("near miss: two events, no aligned sentence",
     OTHER_LEDE + PLAIN, LEDE + LOADED, False),
    ("passive: a video seized on by activists, told plainly",
     LEDE + "A video filmed by a passenger appears to show the crew leaving the sinking ferry "
            "before the passengers.",
     LEDE + "A video of the sinking has been seized on by activists, who say it shows the crew "
            "leaving the ferry first.", True),
    # review (session 13): a weak verb judges only with a misfortune or "points" as object,
    # and "seized on" with a date after it is a literal seizure
    ("a weak verb with the misfortune as its object",
     LEDE + PLAIN,
     LEDE + "Within hours, the opposition Green Union was quick to use the sinking, with Mira "
            "Quell demanding the minister's resignation.", True),
    ("near miss: quick to score in a match report",
     MATCH + "Vell Rovers scored twice more after the break through Ansel Drom.",
     MATCH + "Vell Rovers were quick to score twice more after the break through Ansel Drom.",
     False),
    ("near miss: rushed to use a new bridge",
     BRIDGE + "Commuters crossed the new footbridge in their hundreds on its first morning.",
     BRIDGE + "Commuters rushed to use the new footbridge in their hundreds on its first "
              "morning.", False),
    ("near miss: seized on a weekday, a literal seizure",
     HAUL + "Customs officers said the cocaine was hidden in a shipment of bananas from Osk.",
     HAUL + "Customs officers seized on Tuesday a shipment of bananas from Osk hiding the "
            "cocaine.", False),
    ("pounced on a remark",
     LEDE + "The opposition Green Union criticised the transport minister's remarks about the "
            "storm warnings.",
     LEDE + "The opposition Green Union pounced on the transport minister's remarks about the "
            "storm warnings.", True),
    ("near miss: police pounced on a gang, a literal arrest",
     ROBBERY + "Armed officers arrested the gang as they left the bank with two bags of cash.",
     ROBBERY + "Armed officers pounced on the gang as they left the bank with two bags of cash.",
     False),
    ("near miss: a striker pounced on a loose ball",
     MATCH + "Ansel Drom scored from a loose ball after a save by the Orsk goalkeeper.",
     MATCH + "Ansel Drom pounced on a loose ball after a save by the Orsk goalkeeper.", False),
]


def _opportunism(a: str, b: str) -> list[str]:
    return [f.summary for f in framings_between("", a, b, options=STORY)
            if f.detail.get("rule") == "framing.story.opportunism"]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_opportunism(case):
    _id, a, b, want = case
    got = _opportunism(a, b)
    assert bool(got) is want, got


def test_opportunism_is_on_by_default_and_off_without_story_framing():
    def opportunism(options: Options) -> list:
        return [f for f in framings_between(LEDE, PLAIN, LOADED, options=options)
                if f.detail.get("rule") == "framing.story.opportunism"]

    assert opportunism(Options())
    assert not opportunism(Options(framing=True, story_framing=False))


def test_opportunism_summary_names_both_sides():
    got = _opportunism(LEDE + PLAIN, LEDE + LOADED)
    assert got and got[0].startswith("Osk Herald writes 'rushed to exploit'"), got
    assert "Harbour Post" in got[0]
