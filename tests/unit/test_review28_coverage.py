"""Review of session 28's coverage change (coverage28): a count of how often ("fired
fourteen times") is the same count as another outlet's figure where that outlet's sentence
writes the act it counts ("the gunman fired 14 shots"), so the outlet writing it is not
"leaving out" the figure; a count of how often whose act no other outlet writes with the
figure ("had written to the ministry eleven times" beside "11 are foreign nationals") still
gives no figure (tests/unit/test_coverage_session28.py keeps those rows). Invented text,
fictional names, places and outlets.
"""

from __future__ import annotations

import pytest
from support import verbatim_context

from storylens.findings.coverage import find_omissions
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Brenmoor Ledger", "Tallow Herald", "Quayside Star", "Northfen Post"]
SHARED = "The courthouse will reopen on Thursday, the county court service said."
SHOTS = "A gunman opened fire outside the Tallow Street courthouse in Brenmoor on Monday morning."
GIVERS = ["Police said the gunman fired 14 shots before officers overpowered him.",
          "The gunman fired 14 shots at the doors before he was overpowered, police said.",
          "Police said the attacker had fired 14 shots from a hunting rifle."]
TAILS = ["Two bystanders were treated for cuts from flying glass.",
         "A court clerk said staff hid in the archive room until police arrived.",
         "The county sheriff praised the two officers who tackled the man."]
LAST = "The man, a 52-year-old farmer from Northfen, was charged on Tuesday."

# (id, Northfen Post's sentence, whether it is said to leave out the others' "14")
OFTEN = [
    ("the act counted in words", "Police said the gunman fired fourteen times before officers overpowered him.",
     False),
    ("the act counted in digits", "Police said the gunman fired 14 times before officers overpowered him.", False),
    # near misses: no figure, and a count of how often of another act
    ("no figure", "Police said officers overpowered the gunman within a minute.", True),
    ("another act counted", "Police said the gunman had phoned the court fourteen times last year.", True),
]


@pytest.mark.parametrize("case", OFTEN, ids=[c[0] for c in OFTEN])
def test_a_count_of_how_often_of_the_act_counted_gives_the_figure(case):
    _, fourth, left_out = case
    texts = [*([SHOTS, g, t, SHARED] for g, t in zip(GIVERS, TAILS, strict=True)), [SHOTS, fourth, LAST, SHARED]]
    ctx = verbatim_context(texts, OUTLETS, ON)
    outlets = [f.detail["outlet"] for f in find_omissions(ctx) if f.detail["fact"]["text"] == "14"]
    assert ("Northfen Post" in outlets) is left_out


# --- a given name one letter apart only in a gendered ending is another person --------

# (the name-key rows, a gendered ending against a spelling, are in test_coverage_session28.APART)


MINISTER = ["Culture Minister Daniela Vostrik said the bronzes would go on show in Tamsere next spring.",
            "Daniela Vostrik thanked the museum's trustees for the return of the bronzes."]
MINISTER_B = ["The bronzes will go on show next spring, Culture Minister Daniela Vostrik told reporters.",
              "Daniela Vostrik called the handover a day of healing for her people."]
RETURN = "The Kessel Museum handed back 32 bronzes to Tamsere at a ceremony on Friday."
QUIET = "Museum staff packed the bronzes into crates overnight before the ceremony."
CLOSE = "The bronzes will be shown first in the port city of Amra."
TALKS = "The handover followed four years of talks between the museum and the ministry."


def test_a_restorer_of_the_gendered_name_does_not_carry_the_minister():
    third = "The museum's chief restorer, Daniel Vostrik, wiped away tears as the crates were opened."
    texts = [[RETURN, *MINISTER, CLOSE], [RETURN, *MINISTER_B, TALKS], [RETURN, QUIET, CLOSE], [RETURN, third, TALKS]]
    ctx = verbatim_context([[*t, SHARED] for t in texts], OUTLETS, ON)
    outlets = sorted(f.detail["outlet"] for f in find_omissions(ctx) if f.detail["fact"]["text"] == "Daniela Vostrik")
    assert outlets == ["Northfen Post", "Quayside Star"]
