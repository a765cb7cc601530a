"""The plain side of an opportunism phrase tells the same actor's act (session 25,
``framing.story.opportunism``). Held-out t127 (session 24) set "Opponents of nuclear power
were quick to seize on the incident" against another outlet's dose rule ("nuclear workers
may receive no more than ..."): the two share a word of the phrase's "of" complement and a
common word, not one telling. The actor is the subject's own words up to an "of" complement
(opportunism._subject_head), and an agent noun ("Opponents", "Critics") is also told by a
clause whose verb is its act ("a plan that hill-walking groups have opposed":
opportunism._agent_act). Invented text: a fictional Orvel Ridge turbine collapse. Near
misses: only a rule sentence sharing the complement's word, the act as a noun ("months of
protests"); kept: a name with "of" ("Friends of the Ridge")."""

from __future__ import annotations

import pytest
from support import framings_between

from storylens.options import Options

pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)
LEDE = ("A turbine at the Orvel Ridge wind farm collapsed on Thursday, injuring two engineers "
        "from the Kessa Power company.\n\n")
RULE = ("Under Tarnland rules, wind farm workers must stay 300 metres from a turbine in high "
        "winds.")
OPPOSED = ("The collapse comes a month before the council votes on a plan to expand the farm "
           "by 12 turbines, a plan that hill-walking groups have opposed.")
SEIZED = ("Opponents of wind power were quick to seize on the collapse ahead of the council "
          "vote on expanding the farm by 12 turbines.")

CASES = [
    # (id, Harbour Post's text, Osk Herald's text, the plain sentence cited or None)
    ("the right plain side: the groups that opposed the plan",
     RULE + " " + OPPOSED, SEIZED, OPPOSED),
    ("near miss: only a rule sentence sharing the complement's 'wind'",
     RULE + " The council votes next month on the farm's 12 new turbines.", SEIZED, None),
    ("near miss: the act as a noun, no doer",
     "The council vote on a plan to expand the farm by 12 turbines follows months of "
     "protests.",
     "Protesters were quick to seize on the collapse ahead of the council vote on "
     "expanding the farm by 12 turbines.", None),
    ("kept: a name with 'of' is the actor whole",
     "Friends of the Ridge, a walkers' group, called the council vote on expanding the "
     "farm premature.",
     "Friends of the Ridge were quick to seize on the collapse ahead of the council vote on "
     "expanding the farm.",
     "Friends of the Ridge, a walkers' group, called the council vote on expanding the "
     "farm premature."),
    ("an agent noun told by its verb at the opening",
     "Campaigners who have long opposed the expansion said the collapse showed the "
     "turbines were unsafe.",
     "Opponents of the expansion seized on the collapse, saying the turbines were unsafe.",
     "Campaigners who have long opposed the expansion said the collapse showed the "
     "turbines were unsafe."),
]


def _cited(a: str, b: str) -> list[str]:
    """The Harbour Post sentences the opportunism findings cite."""
    from storylens.models import Article
    from storylens.pipeline import compare_articles

    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=LEDE + a),
            Article(id="a2", source="t", outlet="Osk Herald", text=LEDE + b)]
    comp = compare_articles(arts, STORY)
    return [comp.sentence(sid).text for f in comp.findings
            if f.detail.get("rule") == "framing.story.opportunism"
            for sid in f.sentences if sid.startswith("a1:")]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_opportunism_plain_side_is_the_actors_act(case):
    _id, a, b, want = case
    got = _cited(a, b)
    if want is None:
        assert not got, got
    else:
        assert got == [want], got


def test_framings_between_still_finds_the_right_side():
    got = [f.summary for f in framings_between(LEDE, RULE + " " + OPPOSED, SEIZED, options=STORY)
           if f.detail.get("rule") == "framing.story.opportunism"]
    assert got and "'collapse'" in got[0], got
