"""'revealed' against another outlet's 'said' for one speaker's statement is a culpability
contrast (Words to watch names "reveal" beside admit, confess and deny; session 15), on
invented articles about a fictional dam inspection at Orlamo. Before, it was read as an
endorsing verb and held under the shown confidence. The aligned rule finds it, with
story framing off and on."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE_A = "Engineers inspected the Orlamo dam on Thursday after cracks were found in its spillway."
LEDE_B = "The Orlamo dam was inspected by engineers on Thursday after its spillway cracked."
CLAIM = "the cracks in the spillway had first been reported to the water board in 2023."


def _verbs(a: str, b: str, story: bool) -> list[tuple[str, str]]:
    arts = [Article(id="a1", source="t", outlet="Orlamo Post", text=f"{LEDE_A} {a}"),
            Article(id="a2", source="t", outlet="Valley Signal", text=f"{LEDE_B} {b}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=story))
    return [(f.detail["a"]["word"], f.detail["b"]["word"]) for f in comp.findings
            if f.type == "framing" and f.detail["kind"] == "attribution_verb"]


@pytest.mark.parametrize("story", [False, True], ids=["aligned", "story"])
def test_said_against_revealed(story):
    a = f"Board engineer Sefa Lorvik said {CLAIM}"
    b = f"Board engineer Sefa Lorvik revealed that {CLAIM}"
    assert ("said", "revealed") in _verbs(a, b, story)


NOT_FOUND = [
    ("revealed in both", f"Board engineer Sefa Lorvik revealed {CLAIM}",
     f"Board engineer Sefa Lorvik revealed that {CLAIM}"),
    ("two speakers", f"Board engineer Sefa Lorvik said {CLAIM}",
     f"Mayor Tarek Olund revealed that {CLAIM}"),
    ("revealed inside a quote",
     '"The inspection revealed what we feared," Sefa Lorvik said of the spillway.',
     '"The inspection showed what we feared," Sefa Lorvik said of the spillway.'),
]


@pytest.mark.parametrize("story", [False, True], ids=["aligned", "story"])
@pytest.mark.parametrize("case", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_revealed_near_miss(case, story):
    _, a, b = case
    assert _verbs(a, b, story) == []
