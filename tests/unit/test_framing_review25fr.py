"""Review of session 25's framing changes (review25fr). Invented text: a fictional Orvel Ridge
turbine collapse and an Orvenna water scare.

Opportunism (``opportunism._subject_head``, ``_agent_act``): the "of" complement is cut from
the actor only after an agent noun ("Opponents of the expansion"), whose complement is what it
stands against; "Members of the opposition Green League" and "Leaders of the farmers' union"
are named by theirs (found before session 25, lost to the cut). An agent noun's act is told
by a verb with its own doer: not negated ("who have not opposed"), not a modifier ("two
opposing views", "supporting figures"), and not done by what the actor stands against
("Opponents of the mayor" / "The mayor, who has opposed ..."; "Supporters of the mayor" /
"Opponents of the mayor, who has supported ...").

Attribution (``attribution._spellings_agree``): two spellings given one post are two people
where a past or rival word describes one alone ("Mayor Piotr Zelinski" / "Former mayor Piotr
Zielinski, the mayor's father")."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

STORY = Options(framing=True, story_framing=True)
LEDE = ("A turbine at the Orvel Ridge wind farm collapsed on Thursday, injuring two engineers "
        "from the Kessa Power company.\n\n")
VOTE = " were quick to seize on the collapse ahead of the council vote on expanding the farm."


def _cited(a: str, b: str) -> list[str]:
    """The Harbour Post sentences the opportunism findings cite."""
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=LEDE + a),
            Article(id="a2", source="t", outlet="Osk Herald", text=LEDE + b)]
    comp = compare_articles(arts, STORY)
    return [comp.sentence(sid).text for f in comp.findings
            if f.detail.get("rule") == "framing.story.opportunism"
            for sid in f.sentences if sid.startswith("a1:")]


GREEN = "The opposition Green League called the council vote on expanding the farm premature."
UNION = "The farmers' union said the council vote on expanding the farm should be delayed."
PASSIVE = "The council votes next month on expanding the farm, a plan opposed by hill farmers."
CASES = [
    # (id, Harbour Post's text, Osk Herald's text, the plain sentence cited or None)
    ("a lowercase body after a member noun is the actor's",
     GREEN, "Members of the opposition Green League" + VOTE, GREEN),
    ("a union after a leader noun is the actor's",
     UNION, "Leaders of the farmers' union" + VOTE, UNION),
    ("near miss: a negated act",
     "The council vote on expanding the farm comes as local farmers, who have not opposed "
     "the expansion, wait for compensation.",
     "Opponents of the expansion" + VOTE, None),
    ("near miss: an act never done",
     "Residents, who have never criticised the farm, await the council vote on expanding it.",
     "Critics" + VOTE, None),
    ("near miss: the -ing form as a modifier",
     "The council heard two opposing views before the vote on expanding the farm.",
     "Opponents of the expansion" + VOTE, None),
    ("near miss: 'supporting figures'",
     "The council published supporting figures before the vote on expanding the farm.",
     "Supporters of the mayor" + VOTE, None),
    ("near miss: the act done by what the actor stands against",
     "The mayor, who has opposed the expansion, said the council vote on expanding the farm "
     "should be delayed.",
     "Opponents of the mayor" + VOTE, None),
    ("near miss: supporters against the opponents' clause",
     "Opponents of the mayor, who has supported the expansion, said the council vote on "
     "expanding the farm should be delayed.",
     "Supporters of the mayor" + VOTE, None),
    ("kept: the act in the passive with its doer",
     PASSIVE, "Opponents of the expansion" + VOTE, PASSIVE),
    ("kept: an -ing form taking an object",
     "Farmers opposing the expansion said the council vote on expanding the farm should wait.",
     "Opponents of the expansion" + VOTE,
     "Farmers opposing the expansion said the council vote on expanding the farm should wait."),
    ("kept: an -ing form before its preposition",
     "Residents protesting against the expansion said the council vote on expanding the farm "
     "should wait.",
     "Protesters" + VOTE,
     "Residents protesting against the expansion said the council vote on expanding the farm "
     "should wait."),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_opportunism_actor_and_act(case):
    _id, a, b, want = case
    got = _cited(a, b)
    if want is None:
        assert not got, got
    else:
        assert got == [want], got


WATER = ("Tap water in the town of Orvenna was declared unsafe on Monday after a chemical "
         "spill upstream at the Drava paper mill.\n\n")
TOLD = ('Mayor Piotr Zelinski told reporters: "The water will be safe again within days, and '
        'we are testing every reservoir."')
OUTLETS = ("Orvenna Wire", "Drava Herald", "Valley Sentinel")


def _admitted(third: str) -> list[str]:
    texts = (TOLD, TOLD, third)
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=WATER + t)
            for i, (t, o) in enumerate(zip(texts, OUTLETS, strict=True))]
    return [f.summary for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and f.detail.get("kind") == "attribution_verb"
            and f.summary.startswith("Valley Sentinel writes 'admitted'")]


@pytest.mark.parametrize("third, want", [
    ('Former mayor Piotr Zielinski, the mayor\'s father, admitted the town was "testing every '
     'reservoir" and that the water would be safe "within days".', False),
    ('Mayor Piotr Zielinski admitted the town was "testing every reservoir" and that the water '
     'would be safe "within days".', True),
], ids=["near miss: a former holder of the post", "kept: the post alone"])
def test_past_word_keeps_two_spellings_apart(third, want):
    assert bool(_admitted(third)) is want, _admitted(third)
