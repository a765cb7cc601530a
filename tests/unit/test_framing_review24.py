"""Session 24 (framing24), from the held-out read of t111-t120 (moved to dev):

* a story-wide attribution profile sets two outlets' verbs for ONE speaker against each
  other; a speaker written as a common noun that the key's capitalised word only
  qualifies ("Lusenian officials", "press freedom groups and Lusenian officials") is
  unnamed people of that place, not its bearer ("Lusenia's foreign ministry"): no
  profile (dev t116, read wrong: 'claimed' for the ministry's no-evidence line against
  'said' for the groups' and officials' crackdown charge). The same statement given by
  role in one outlet and by name in the other is still compared.
* a story-wide loaded modifier is set only against an article that shares an aligned
  sentence with its own: an article that aligns none tells another occasion (dev t114,
  read wrong: 'so-called tax amnesty' against a piece on a confidence vote weeks
  before, which writes 'the government's tax amnesty bill').

Invented text (a fictional Tarnia ferry strike; a fictional Pellan levy)."""

from __future__ import annotations

import pytest

from storylens.findings.attribution import group_speaker
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

PROFILE = "framing.story.attribution_profile"
LEDE = ("Ferry crews of the Vella Line walked out in Port Tarn on Monday over three months of "
        "unpaid wages, halting every crossing to the Osk islands. The strike is the first on "
        "the Vella Line since 2019.\n\n")


def _framings(a: str, b: str, lede_b: str = LEDE) -> list:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=LEDE + a),
            Article(id="a2", source="t", outlet="Osk Herald", text=lede_b + b)]
    return [f for f in compare_articles(arts, Options()).findings if f.type == "framing"]


@pytest.mark.parametrize("speaker, want", [
    ("Tarnian officials", True),
    ("union leaders and Tarnian officials", True),
    ("Vella Line crews", True),
    ("Tarnia's transport ministry", False),     # a possessor: its own body speaks for it
    ("Transport Minister Ivo Brant", False),
    ("Brant", False),
    ("Marla Quist of Orvan Capital", False),    # a name before an affiliation
    ("union leaders", False),                   # no capitalised word: no key at all
])
def test_group_speaker(speaker, want):
    assert group_speaker(speaker) is want


ATTRIBUTION = [
    # (id, Harbour Post's text, Osk Herald's text, a profile or statement finding expected)
    ("near miss: unnamed officials the place's word only qualifies, against the place's "
     "ministry",
     "Union leaders and Tarnian officials said the strike showed how little the line's "
     "owners cared for their crews.",
     "Tarnia's transport ministry claimed the strike was illegal under the 2019 ferry law.",
     False),
    ("near miss: the officials alone",
     "Tarnian officials said the strike showed how little the line's owners cared for "
     "their crews.",
     "Tarnia's transport ministry claimed the strike was illegal under the 2019 ferry law.",
     False),
    ("the place's own body in both outlets: still compared",
     "Tarnia's transport ministry said the strike showed how little the union cared for "
     "the islanders.",
     "Tarnia's transport ministry claimed the strike was illegal under the 2019 ferry law.",
     True),
    ("the same statement, the speaker named by role in one and by name in the other",
     "Transport Minister Ivo Brant said the union was stalling the talks on the wage "
     "arrears.",
     "The transport minister, Ivo Brant, claimed the union was stalling the talks on the "
     "wage arrears.",
     True),
    ("near miss: the same speaker, two statements",
     "Transport Minister Ivo Brant said the government would meet union leaders on "
     "Thursday.",
     "Transport Minister Ivo Brant claimed the strike had been planned by opposition "
     "politicians for months.",
     False),
]


@pytest.mark.parametrize("case", ATTRIBUTION, ids=[c[0] for c in ATTRIBUTION])
def test_attribution_speaker_identity(case):
    _id, a, b, want = case
    got = [f.summary for f in _framings(a, b) if "'claimed'" in f.summary]
    assert bool(got) is want, got


PELLA = ("Pella's parliament on Wednesday passed a one-off levy on bank profits by 61 votes to "
         "40, after a night of debate. The levy of 12 percent applies to profits above 5 "
         "million crowns.\n\n")
VOTE = ("Pella's prime minister Anja Rusk survived a confidence vote on Friday by 58 votes to "
        "43, her third since taking office. The vote came weeks before parliament was due to "
        "debate the government's levy on bank profits, which Rusk has championed.\n\n")


def _modifier(b_text: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Pella Courier",
                    text=PELLA + "The so-called levy on bank profits was drawn up by finance "
                                 "minister Anja Rusk, who said banks could afford it."),
            Article(id="a2", source="t", outlet="Rusk Daily", text=b_text)]
    return [f.summary for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and "so-called" in f.summary]


def test_modifier_needs_an_aligned_sentence():
    """Near miss: a piece that aligns no sentence with the loaded one's (names in common)
    is no plain side; control: the same plain words in an article of the story."""
    assert not _modifier(VOTE + "Banks said the levy on bank profits would cut lending."), None
    assert _modifier(PELLA + "Finance minister Anja Rusk drew up the levy on bank profits, "
                             "saying banks could afford it.")
