"""framing32b (session 32): an outlet that names the speaker's same statement with a
charged noun ("barb", "jibe"; rules/attribution SENSATIONAL_NOUNS, SENSATIONAL_AT_NOUNS
before "at"), speech verb or none, is no plain side of the story-wide attribution line
(findings.attribution._charged_noun_elsewhere; real32's real dev pair). Near misses keep
the line: a plain noun for the statement, a charged noun for another statement, a charged
noun in a sentence that does not name the speaker, an idiom's noun not before "at" (an
excavation "dig").

Invented text: a quarry in Dunmere; councillor Osk Halloran; the Dunmere Post and the
Brack Herald.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE_A = "Lorries from the Dunmere quarry were halted on Monday after a wall gave way."
LEDE_B = "Work at the Dunmere quarry stopped on Monday when a retaining wall collapsed."
SWIPE = ("Councillor Osk Halloran on Monday took a swipe at the quarry owners, saying the "
         "retaining wall had been patched with gravel from the Brack riverbed.")
SAID = ("The retaining wall had been patched with gravel from the Brack riverbed, councillor "
        "Osk Halloran said on Monday outside the council chamber. ")

SAME_BARBS = "Halloran repeated his barbs about riverbed gravel in the wall to the crowd."
SAME_DIG_AT = ("Halloran's dig at the owners over the Brack riverbed gravel was cheered by "
               "residents.")
SAME_TIRADE = "Halloran ended the tirade about patched walls and Brack gravel to applause."
PLAIN_NOUN = "Halloran repeated his comments about riverbed gravel in the wall to the crowd."
OTHER_STATEMENT = ("Halloran also aimed a jibe at the mayor's plan for a new bypass road, "
                   "which has no budget.")
NOT_THE_SPEAKER = ("Quarry manager Edda Roul called talk of Brack riverbed gravel in the "
                   "wall a cheap barb.")
EXCAVATION_DIG = ("Halloran later toured the dig where the riverbed gravel for the Brack "
                  "wall was taken.")


def _lines(b_other: str) -> list[str]:
    arts = [Article(id="p1", source="t", outlet="Dunmere Post", text=f"{LEDE_A} {SWIPE}"),
            Article(id="p2", source="t", outlet="Brack Herald",
                    text=f"{LEDE_B} {SAID}{b_other}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f.summary for f in comp.findings
            if f.type == "framing" and "Brack Herald writes 'said'" in f.summary]


@pytest.mark.parametrize(("other", "wanted"), [
    pytest.param("", True, id="baseline-line-stands"),
    pytest.param(SAME_BARBS, False, id="plural-barbs-same"),
    pytest.param(SAME_DIG_AT, False, id="dig-at-same"),
    pytest.param(SAME_TIRADE, False, id="tirade-same"),
    pytest.param(PLAIN_NOUN, True, id="near-miss-plain-noun"),
    pytest.param(OTHER_STATEMENT, True, id="near-miss-jibe-other-statement"),
    pytest.param(NOT_THE_SPEAKER, True, id="near-miss-barb-not-the-speaker"),
    pytest.param(EXCAVATION_DIG, True, id="near-miss-dig-not-before-at"),
])
def test_charged_noun_for_the_same_statement(other, wanted):
    lines = _lines(other)
    assert bool(lines) == wanted, lines
