"""Descriptors and loaded verbs added in session 14b (rules/loaded_terms): "boss" and
"oligarch" on a named person (NAMED_ONLY_TERMS), "terrorist" against the act's own noun
("hijacker"), "stormed" against "raided" of one object (OBJECT_SETS), "torched" against
"set fire to", "gutted" against "cut" (not by fire: LITERAL_CONTEXT), "charged into"
against "moved in" (a verb is no charge's name, so "charged" and "accused" no longer
silence it), and the modifiers "punishing", "crumbling", "miserly". Near misses: an
unnamed "boss", another person's label, two acts with two objects, a literal fire, a
descriptor that is a fact ("the 58-year-old captain"), two referents, standard legal
wording ("charged with rioting"). Also: a term after a dateline ("PORT TARN - Gunmen") is
the sentence's first word, not a name's part; the head of a two-word term ("migrants" of
"illegal migrants") is no plain use in its own sentence. Invented text (a fictional Vella port)."""

from __future__ import annotations

import pytest
from support import framings_between

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Dock workers in Port Tarn walked out on Monday over the Vella harbour plan, and "
        "police cleared the quay by night.\n\n")


def _charged(a: str, b: str) -> list[str]:
    return [(f.detail["b"].get("word") or "").lower() for f in framings_between(LEDE, a, b)]


CASES = [
    ("boss against leader, one named person",
     "Union leader Mara Velk told a rally at the quay that the strike would go on.",
     "Union boss Mara Velk vowed at the quay that the strike would go on.", "boss"),
    ("near miss: an unnamed boss is anyone's",
     "Union leader Mara Velk told a rally at the quay that the strike would go on.",
     "Her boss at the quay office said the strike would go on for a week.", None),
    ("near miss: the boss is another person",
     "Union leader Mara Velk told a rally at the quay that the strike would go on.",
     "Port boss Edvin Saar said the strike at the quay would go on, Mara Velk told a rally.",
     None),
    ("oligarch against businessman, one named owner",
     "The terminal is controlled by businessman Toma Ressk, who bought it in 2019.",
     "The terminal is part of the empire of oligarch Toma Ressk, who bought it in 2019.",
     "oligarch"),
    ("terrorist against hijacker, one named man",
     "Police identified the hijacker as Ivo Dran, 34, a crane driver from Port Tarn.",
     "The terrorist, Ivo Dran, 34, a crane driver from Port Tarn, seized the ferry.",
     "terrorist"),
    ("stormed against raided, one object",
     "About 30 officers raided the headquarters of the Dockers' Union at dawn on Tuesday.",
     "More than 80 armed officers stormed the headquarters of the Dockers' Union at dawn.",
     "stormed"),
    ("near miss: entered and stormed, two acts with two objects",
     "The ministry said a Vella patrol had entered Osk territory first on Tuesday night.",
     "Osk troops crossed the line on Tuesday night and stormed a post held by Vella guards.",
     None),
    ("torched against set fire to",
     "Groups of young men set fire to 12 cars near the quay and threw stones at police.",
     "Rioters torched 12 cars near the quay and pelted police with stones.", "torched"),
    ("gutted against cut, a budget",
     "The harbour inspection budget was cut by 30 percent in 2024, records show.",
     "The government gutted the harbour inspection budget by 30 percent in 2024, records "
     "show.", "gutted"),
    ("near miss: a fire gutted a warehouse",
     "The harbour warehouse was cut off by the blaze in 2024, records show.",
     "A fire gutted the harbour warehouse in 2024, records show.", None),
    ("charged into against moved in",
     "Riot police then moved in on the quay, using tear gas and batons.",
     "Riot police charged into the crowd on the quay, using tear gas and batons.",
     "charged into"),
    ("near miss: standard legal wording, 'charged with rioting'",
     "Riot police then moved in on the quay, using tear gas and batons.",
     "Police charged three men with rioting on the quay after tear gas was fired.", None),
    ("accused of pocketing against suspected of receiving",
     "Harbour master Ivo Brant is suspected of receiving $4.2 million in kickbacks from "
     "dredging firms.",
     "Harbour master Ivo Brant was arrested and accused of pocketing $4.2 million in "
     "kickbacks from dredging firms.", "pocketing"),
    ("punishing levy against levy",
     "The company blamed a levy on diesel for harbour tugs introduced in 2024 by the "
     "Vella government.",
     "The company blamed the Vella government's punishing levy on diesel for harbour tugs, "
     "introduced in 2024.", "punishing"),
    ("near miss: a descriptor that is a fact",
     "The captain of the ferry, Edda Lorn, said the quay was closed on Monday.",
     "The 58-year-old captain of the ferry, Edda Lorn, said the quay was closed on Monday.",
     None),
    ("a term right after a dateline opens the sentence, not a name",
     "PORT TARN (Vella News Agency) - Gunmen abducted four aid workers on the coast road on "
     "Monday evening, officials said.",
     "PORT TARN - Osk Front terrorists abducted four aid workers on the coast road on "
     "Monday evening.", "terrorists"),
    ("a two-word term's head is no plain use of its own sentence",
     "At least 11 people drowned after an overcrowded boat carrying migrants capsized off "
     "Vella island overnight.",
     "Thirteen bodies were pulled from the sea after an overloaded boat packed with illegal "
     "migrants capsized off Vella island.", "illegal migrants"),
    ("near miss: two referents, rioters and a crowd",
     "A crowd of marchers sang outside the harbour office on Sunday afternoon.",
     "Masked rioters torched three shops on Dock Street late on Monday night.", None),
    # review14c: a police advance of two doers is two acts (DOER_SETS), and a storm or a
    # flood guts a building as a fire does (LITERAL_CONTEXT)
    ("near miss: a rower charged into the lead, police moved in",
     "Riot police moved in to clear the quay on Monday night.",
     "Velk charged into the lead in the quay regatta on Monday night.", None),
    ("near miss: fans charged into the record books, aligned with police moving in",
     "Police moved in after the Rovers fans filled the quay to celebrate the cup win.",
     "The Rovers charged into the record books with the cup win celebrated on the quay.",
     None),
    ("near miss: a storm gutted the terminal",
     "The storm cut power to the Vella ferry terminal and the customs hall on the quay.",
     "The storm gutted the Vella ferry terminal and the customs hall on the quay.", None),
    ("near miss: floodwater gutted the terminal",
     "Floodwater reduced the Vella ferry terminal to a shell, officials said.",
     "Floodwater gutted the Vella ferry terminal, officials said.", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_descriptors_and_verbs(case):
    _id, a, b, want = case
    got = _charged(a, b)
    if want is None:
        assert not got, got
    else:
        assert any(want in w for w in got), got
