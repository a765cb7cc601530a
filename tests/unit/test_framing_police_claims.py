"""Attribution framing and the police: only the police's (and investigators') "allege" is
procedure (the word a charge requires); their "claimed" is the outlet's choice as for
anyone, so "Police claimed ..." / "Police said ..." of one statement is a framing contrast
(blind-written dev story d09). Courts, their parties and documents stay procedure whatever
the verb. Invented text."""

from __future__ import annotations

import pytest

from storylens.findings.attribution import _legal
from storylens.models import Article
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("A driver aged 19 was shot dead by an officer at a traffic stop in Kessel Road on Saturday night, "
        "and hundreds of people gathered outside the Kessel police station on Sunday.")
TAIL = ("The officer has been suspended while the watchdog examines footage from a neighbour's phone.\n\n"
        "The driver's family said they wanted the officer charged with manslaughter.")


def _framing(a_verb: str, b_verb: str, who: str = "Police") -> list:
    def text(verb: str) -> str:
        return (f"{LEDE}\n\n{who} {verb} on Sunday that the car had \"moved towards\" the officer before "
                f"he fired two shots through the windscreen.\n\n{TAIL}")
    arts = [Article(id="a1", source="t", outlet="Kessel Chronicle", text=text(a_verb)),
            Article(id="a2", source="t", outlet="Harbour Voice", text=text(b_verb))]
    return [f for f in compare_articles(arts).findings if f.type == "framing"]


def test_police_claimed_against_police_said_frames():
    found = _framing("said", "claimed")
    assert len(found) == 1, found
    assert "'claimed'" in found[0].summary and "'said'" in found[0].summary


@pytest.mark.parametrize("a_verb, b_verb, who", [
    ("said", "alleged", "Police"),  # "allege": the word a charge requires
    ("said", "claimed", "Prosecutors"),  # a court's party: procedure whatever the verb
    ("said", "said", "Police"),
])
def test_near_misses_give_no_framing(a_verb, b_verb, who):
    assert _framing(a_verb, b_verb, who) == []


@pytest.mark.parametrize("speaker, cue, legal", [
    ("Police", "claimed", False),
    ("Police", "alleged", True),
    ("Police", None, True),  # verb not known: the strict reading
    ("investigators", "insisted", False),
    ("Prosecutors", "claimed", True),
    ("the indictment", "claims", True),
    ("Ana Lund", "claimed", False),
])
def test_legal_table(speaker, cue, legal):
    assert _legal(speaker, cue) is legal


@pytest.mark.parametrize("speaker, cue, legal", [
    ("the suspect", "claimed", True),  # "suspect" was cut to "uspect" by the old strip
    ("court documents", "claim", True),
    ("the papers", "insist", True),
    ("Prosecutors'", "claimed", True),
    ("the prosecutor's", "claimed", True),
    ("In a statement the mayor", "claimed", False),  # a press statement is no procedure
    ("Suzanne Price", "claimed", False),
    ("Ana Suits", "claimed", False),
])
def test_legal_speaker_words(speaker, cue, legal):
    assert _legal(speaker, cue) is legal


@pytest.mark.parametrize("speaker", ["the Supreme Court", "Judge Ana Lund", "The High Court"])
def test_courts_named_in_capitals_stay_procedure(speaker):
    assert _legal(speaker, "claimed")
