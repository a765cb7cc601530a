"""review32fr: the speaker groups of framing32 (``attribution._split_people`` over
``names.name_clusters``) are the name finder's people, not each article's spelling.
Invented text: a fictional ferry grounding off Drevna.

Where one article names two people whose names are one letter apart ("Harbour Minister
Teodor Varga" and "chief executive Teodora Vargas"), each use goes to its person; before
this fix the person's key was the spelling of the article at hand, so a second outlet
that spells the minister "Theodor Varga" (one group of the name finder) made him a third
speaker, and his 'insisted' met none of his own 'said' in the other outlets (a miss). Near
misses: the same spelling in every outlet (found, as before); the chief executive's own
'insisted' is hers, never the minister's, whichever way an outlet spells him.

Two more: the person path comes before the given-name path, which read 'Teodora' as one
spelling of the minister's 'Teodor' across surnames (a wrong 'insisted'/'said' line); and one
article that writes one chief executive "Teodora Vargas", then "Teodora Varga" (the name
finder's two groups, given name alike) is one speaker: two people need both their given names
and their surnames written apart (t192's Paolo Serra / Paola Serrano)."""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)
OUTLETS = ("Drevna Wire", "Kessel Voice", "Ostmark Herald")

FERRY = ("The ferry Aurel ran aground off the island of Drevna on Tuesday night with 240 "
         "passengers on board, the coastguard said.\n\n")
CEO = ('"Every passenger will be offered a full refund and a free crossing," said Lindholt '
       "Lines chief executive Teodora Vargas.")
WIRE = (CEO + "\n\nHarbour Minister Teodor Varga said he had ordered an inquiry into the crew. "
        "Varga said the ferry had been inspected in May.")
HERALD = "Harbour Minister Teodor Varga said the ferry had been inspected in May."


def voice(spelling: str) -> str:
    return (f"Harbour Minister {spelling} Varga insisted that the ferry was safe to sail. "
            "Varga said he had ordered an inquiry into the crew.")


def voice_ceo(spelling: str) -> str:
    return (f"Harbour Minister {spelling} Varga said he had ordered an inquiry into the crew.\n\n"
            "Lindholt Lines chief executive Teodora Vargas insisted that the crew had followed "
            "every safety rule.")


ROWS = [
    # (id, the Voice's text, the name the 'insisted' line must give, a name it must not)
    ("one minister spelled Theodor by the Voice: still one speaker", voice("Theodor"),
     "Varga", "Vargas"),
    ("near miss: one spelling in every outlet", voice("Teodor"), "Varga", "Vargas"),
]


@pytest.mark.parametrize("text,name,not_name", [r[1:] for r in ROWS], ids=[r[0] for r in ROWS])
def test_one_person_spelled_two_ways_is_one_speaker(text: str, name: str, not_name: str) -> None:
    got = support.profile_lines(FERRY, (WIRE, text, HERALD), OUTLETS, "insisted", STORY)
    assert got and all(f"for {name} " in x or f"for {name}." in x for x in got), got
    assert not any(not_name in x for x in got), got


@pytest.mark.parametrize("spelling", ["Teodor", "Theodor"])
def test_the_other_persons_line_is_never_the_ministers(spelling: str) -> None:
    # near miss: the chief executive's 'insisted' is not set against the minister's 'said'
    got = support.profile_lines(FERRY, (WIRE, voice_ceo(spelling), HERALD), OUTLETS,
                                "insisted", STORY)
    assert not any("Teodor Varga" in x or "for Varga " in x for x in got), got


MINISTER_ONLY = ("Harbour Minister Teodor Varga said he had ordered an inquiry into the crew. "
                 "Varga said the ferry had been inspected in May.")

TWO_PATH = [
    # (id, the Wire's text, the Voice's spelling of the minister)
    ("the Voice spells him Theodor beside the chief executive: her 'insisted' met his 'said' "
     "from a Wire that never names her (the given-name groups read 'Teodora' as 'Teodor')",
     MINISTER_ONLY, "Theodor"),
    ("near miss: one spelling of the minister everywhere", MINISTER_ONLY, "Teodor"),
    ("near miss: the Wire names her too, Theodor", WIRE, "Theodor"),
]


@pytest.mark.parametrize("wire,spelling", [r[1:] for r in TWO_PATH], ids=[r[0] for r in TWO_PATH])
def test_people_apart_first_whatever_the_given_names(wire: str, spelling: str) -> None:
    # one article naming two people the name finder keeps apart is read by person even where
    # its given names differ ('Theodor' / 'Teodora'): the given-name path joins 'Teodora'
    # with the minister's 'Teodor' of the other outlets (one spelling, surnames aside)
    got = support.profile_lines(FERRY, (wire, voice_ceo(spelling), HERALD), OUTLETS,
                                "insisted", STORY)
    assert not any("Drevna Wire" in x and "Vargas" in x for x in got
                   if "Teodora Vargas" not in wire), got
    assert not any("Teodor Varga" in x or "for Varga " in x for x in got), got



CEO_SAID = "Lindholt Lines chief executive Teodora Vargas said every passenger would get a refund."
TYPO = [
    # (id, the surname the Voice's second mention of the chief executive is written with,
    #  the speaker keys expected)
    ("one article spells her Vargas, then Varga: one person, one speaker", "Varga", 1),
    ("near miss: one spelling throughout", "Vargas", 1),
]


@pytest.mark.parametrize("surname,speakers", [r[1:] for r in TYPO], ids=[r[0] for r in TYPO])
def test_one_person_spelled_two_ways_in_one_article(monkeypatch, surname: str,
                                                    speakers: int) -> None:
    from storylens.findings import attribution

    keys: list[set[str]] = []
    split = attribution._split_people

    def spy(*args):
        got = split(*args)
        keys.append(set(got[0]))
        return got

    monkeypatch.setattr(attribution, "_split_people", spy)
    support.framings_among(
        FERRY, (CEO_SAID + " Vargas said the crew had followed every safety rule.",
                "Lindholt Lines chief executive Teodora Vargas insisted that the ferry was safe "
                f"to sail.\n\nTeodora {surname} said every passenger would get a refund.",
                "Chief executive Teodora Vargas said the crew had followed every safety rule."),
        OUTLETS, STORY)
    assert keys and all(len(k) == speakers for k in keys), keys
