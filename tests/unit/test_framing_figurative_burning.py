"""The burning set tells a fire (session 14 review): "torched" set against "set fire to" /
"burned" is a dramatised arson only where the fire is physical, a term that says so
("set fire"), a word of fire in the sentence, or a concrete thing beside the verb ("14
cars", "Two shops were torched"). Near misses: "Critics torched the plan" (a plan
savaged) and "burned through the reserve" (money spent). Invented text (a fictional Osk
council vote)."""

from __future__ import annotations

import pytest
from support import framings_between

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("The Osk council voted on Tuesday to close the Tarn ferry yard and sell its land to a "
        "developer, ending a century of ferry building in the town. The vote was eight to "
        "three.\n\n")


def _burning(a: str, b: str) -> list[str]:
    return [f.summary for f in framings_between(LEDE, a, b) if "torched" in f.summary]


CASES = [
    ("rioters torched cars / set fire to cars",
     "Rioters torched 14 cars outside the yard on Wednesday night.",
     "Young men set fire to cars outside the yard on Wednesday night.", True),
    ("rioters torched cars / burned cars",
     "Rioters torched 14 cars outside the yard on Wednesday night.",
     "Young men burned 14 cars outside the yard on Wednesday night.", True),
    ("passive: shops were torched / set alight",
     "Two shops were torched near the yard gates on Wednesday night.",
     "Two shops were set alight near the yard gates on Wednesday night.", True),
    ("near miss: a budget torched in a report / burned through the reserve",
     "The opposition torched the council's budget in a scathing report on Wednesday.",
     "The council's budget burned through the yard reserve, the opposition said in a "
     "report on Wednesday.", False),
    ("near miss: a plan torched / a plan burned (figurative both)",
     "Critics torched the wage plan at a packed meeting on Wednesday.",
     "Critics burned the wage plan at a packed meeting on Wednesday.", False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_burning_needs_a_fire(case):
    _id, a, b, want = case
    got = _burning(a, b)
    assert bool(got) is want, got
