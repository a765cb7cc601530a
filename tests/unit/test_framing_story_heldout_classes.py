"""Story-wide framing on the failure classes of the session-10 held-out read (PolNeAR
test, 84 articles, 0/6 right), as invented analogues about a fictional election in Vella,
each with a near miss that must still fire:

* attribution: one speaker's *different* statements ("Dunn slammed X" / "Dunn said Y")
  linked by names alone; the verbs are comparable only for one claim;
* modifier: a modifier read as qualifying a name after a preposition ("supposed
  antipathy toward Osk"), a premodifier read as the qualified noun ("disgraced former
  ..."), the other side's word on another referent ("liberal filmmaker Ivo Brant" /
  "another liberal politician");
* doubt hedge (aligned): "alleged ties to Tarn" set against sentences about another
  claim in the aligned group.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Harbour Post", "Vella Times", "Coast Courier")
STORY = Options(framing=True, story_framing=True)
LEDE_A = "Marek Dunn, the Vella Party candidate, campaigned in Tarn on Monday ahead of the election."
LEDE_B = "Vella Party candidate Marek Dunn held a rally in Tarn on Monday, a week before the election."


def _framing(*bodies: str, options: Options = STORY) -> list[tuple[str, str, str]]:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=body)
            for i, body in enumerate(bodies)]
    comp = compare_articles(arts, options)
    return [(f.detail.get("rule"), (f.detail["a"]["word"] or "").lower(),
             (f.detail["b"]["word"] or "").lower())
            for f in comp.findings if f.type == "framing"]


# (id, text a, text b, rule, charged word or None): the charged word must not be found
# (None: no finding of that rule at all)
FALSE = [
    (
        "attribution: one speaker's two statements, linked by names only",
        f"{LEDE_A} Dunn said Governor Lena Osk's plan for the Tarn docks would drag Vella into a "
        "trade war, because the docks are already short of money.",
        f"{LEDE_B} Dunn slammed Vella Party rebels on Tuesday for refusing to back him, because "
        "Governor Lena Osk had courted them for months.",
        "framing.story.attribution", None,
    ),
    (
        "attribution: claims about two things, names and one common word shared",
        f"{LEDE_A} Dunn says his years running a shipping firm in Tarn make him fit to fix the "
        "Vella budget.",
        f"{LEDE_B} Nobody knows how much money a man as rich as Dunn claims to be pays to the "
        "Vella budget in Tarn.",
        "framing.story.attribution", None,
    ),
    (
        "modifier: 'supposed antipathy toward Osk' qualifies the antipathy, not Osk",
        f"{LEDE_A} Dunn has spoken of the navy's supposed antipathy toward Lena Osk at every rally.",
        f"{LEDE_B} Lena Osk visited the naval base in Tarn on Sunday and met the admiral.",
        "framing.story.modifier", "supposed",
    ),
    (
        "modifier: 'former' is no qualified noun",
        f"{LEDE_A} The Tarn campaign office was shaken by the disgraced former councillor "
        "Ivo Brant, who resigned from it in May.",
        f"{LEDE_B} Kasia Lind, a former close aide to Dunn, left the Tarn campaign office in May.",
        "framing.story.modifier", "disgraced",
    ),
    (
        "modifier: the other side's word on another referent",
        f"{LEDE_A} Controversial liberal filmmaker Ivo Brant screened his film about Dunn in Tarn "
        "on Monday night.",
        f"{LEDE_B} A student in Tarn said Dunn was just another liberal politician with a film "
        "crew behind him on Monday night.",
        "framing.story.modifier", "controversial",
    ),
]


@pytest.mark.parametrize("case", FALSE, ids=[c[0] for c in FALSE])
def test_story_framing_heldout_false_cases(case):
    _, a, b, rule, word = case
    found = [f for f in _framing(a, b) if f[0] == rule
             and (word is None or f[2].startswith(word))]
    assert not found, found


# Near misses: the same statement / referent, which must still give the finding.
TRUE = [
    (
        "attribution: one statement, content words shared beyond the names",
        f"{LEDE_A} Dunn said Governor Lena Osk's plan for the Tarn docks would cut dock wages "
        "and close two shipyards.",
        f"{LEDE_B} Dunn slammed Governor Lena Osk, warning that her plan would cut dock wages "
        "and close shipyards.",
        "framing.story.attribution", "slammed",
    ),
    (
        "modifier on the noun before a preposition still fires on that noun",
        f"{LEDE_A} Dunn spoke again of the navy's antipathy toward Lena Osk and her budget "
        "cuts for the fleet.",
        f"{LEDE_B} Dunn spoke again of the navy's supposed antipathy toward Lena Osk and her "
        "budget cuts for the fleet.",
        "framing.story.modifier", "supposed",
    ),
    (
        "modifier on a named person after 'former': the same person named plainly",
        f"{LEDE_A} The campaign was shaken by the disgraced former councillor Ivo Brant, who "
        "resigned in May.",
        f"{LEDE_B} Former councillor Ivo Brant, who resigned in May, endorsed Dunn in Tarn.",
        "framing.story.modifier", "disgraced",
    ),
]


@pytest.mark.parametrize("case", TRUE, ids=[c[0] for c in TRUE])
def test_story_framing_heldout_near_misses_fire(case):
    _, a, b, rule, word = case
    found = _framing(a, b)
    assert [f for f in found if f[2].startswith(word)], found


# --- aligned doubt hedge: the plain side must tell the hedged claim ------------------------

def _sentence(text: str, sid: str = "a1:s0"):
    from storylens.models import Sentence

    return Sentence(id=sid, article=sid.partition(":")[0], index=0, start=0, end=len(text),
                    text=text)


def _claim(text: str):
    from storylens.findings.framing import _all_markers, _hedged_claim

    s = _sentence(text)
    m = _all_markers(s, text)[0][0]
    return _hedged_claim(text, s, m)


HEDGE = [
    # (hedged sentence, plain sentence of the aligned group, tells the same claim?)
    ("Dunn's alleged ties to Tarn shipping firms came up again at the rally.",
     "Hackers broke into the Vella Party's email server and posted the messages online.",
     False),
    ("Kasia Lind allegedly sent an email to the debate host with a question in advance.",
     "Ivo Brant sent an email to Dunn's campaign chief about the debate.", False),
    # one shared word of the claim ("left") is not the claim (review2; True on 0103fae)
    ("The Orsk ferry was allegedly overloaded when it left the Draven quay on Sunday.",
     "The Orsk ferry left the Draven quay on Sunday with 300 people on board.", False),
    # near misses that must still count
    ("The Orsk ferry was allegedly overloaded when it left the Draven quay on Sunday.",
     "The Orsk ferry was overloaded when it left the Draven quay, the union said.", True),
    ("Tomas Reyl allegedly lied, the Orsk harbour board said in its report.",
     "Tomas Reyl lied, the Orsk harbour board said in its report.", True),  # a one-word claim
    ("The Vella Party's email server was allegedly hacked by a group in Tarn.",
     "A group in Tarn hacked the Vella Party's email server, officials said.", True),
    ("Brant is under investigation for allegedly sending threatening messages to a "
     "17-year-old girl.",
     "Police are investigating Brant's threatening contacts with a 17-year-old girl.", True),
    ("Kasia Lind allegedly sent an email to the debate host with a question in advance.",
     "Kasia Lind sent the debate host a question in advance, emails show.", True),
]


@pytest.mark.parametrize("case", HEDGE, ids=[c[0][:40] + " / " + str(c[2]) for c in HEDGE])
def test_doubt_hedge_plain_side_tells_the_hedged_claim(case):
    from storylens.findings.framing import _tells

    hedged, plain, same = case
    assert _tells(_sentence(plain, "a2:s0"), _claim(hedged)) is same


def test_doubt_hedge_aligned_still_fires_on_one_claim():
    found = _framing(
        "The Vella Party's email server was hacked by a group in Tarn, officials said on Monday.",
        "The Vella Party's email server was allegedly hacked by a group in Tarn, officials "
        "said on Monday.",
        options=Options(),
    )
    assert ("framing.aligned.doubt_hedge", "", "allegedly") in found, found
