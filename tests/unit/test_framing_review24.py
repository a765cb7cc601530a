"""Session 24 (framing24), from the held-out read of t111-t120 (moved to dev):

* a story-wide attribution profile sets two outlets' verbs for ONE speaker against each
  other; a speaker written as a common noun that the key's capitalised word only
  qualifies ("Lusenian officials", "press freedom groups and Lusenian officials") is
  unnamed people of that place, not its bearer ("Lusenia's foreign ministry"): no
  profile (dev t116, read wrong: 'claimed' for the ministry's no-evidence line against
  'said' for the groups' and officials' crackdown charge). The same statement given by
  role in one outlet and by name in the other is still compared.
* a speaker written as a post, a name and an affiliation ("Opposition leader Carmen
  Olaizola of the Democratic Left Alliance") is the person, not the body's last word
  (dev t100: keyed "alliance", her "said" sentence was no use of hers).

Invented text (a fictional Tarnia ferry strike)."""

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


POSTED = [
    # (id, Harbour Post's text, Osk Herald's text, the loaded speaker's name in the line, or
    # None for no 'claimed' line). A post, a name and an affiliation is the person, not
    # the body's last word ("alliance": dev t100, her "said" sentence was no use of hers).
    ("a post, a name and an affiliation is the person",
     "Opposition leader Marta Vesk of the Green Harbour Alliance said the strike was a "
     "protest against the wage freeze.",
     "Opposition leader Marta Vesk claimed the strike was a protest against the wage freeze "
     "imposed last year.", "Marta Vesk"),
    ("near miss: two people of two alliances are not one speaker",
     "Union leader Pavel Orsk of the Dockers' Alliance said the strike was a protest against "
     "the wage freeze.",
     "Opposition leader Marta Vesk of the Green Harbour Alliance claimed the strike was a "
     "protest against the wage freeze imposed last year.", None),
]


@pytest.mark.parametrize("case", POSTED, ids=[c[0] for c in POSTED])
def test_posted_name_with_affiliation(case):
    _id, a, b, want = case
    got = [f.summary for f in _framings(a, b) if "'claimed'" in f.summary]
    if want is None:
        assert not got, got
    else:
        assert got and want in got[0], got


MATTER = [
    # (id, Harbour Post's text, Osk Herald's text, a 'claimed' line expected): the profile
    # compares two statements of one speaker on one matter; the names every article of the
    # story gives (its place, its line) tie any two of its sentences and tell no matter
    # (dev t116: 'Karsovia', 'Dravno', 'Dvorský' were the only shared words)
    ("near miss: two statements that share only the story's names",
     "Transport Minister Ivo Brant said an extra ferry would sail to the Osk islands from "
     "Port Tarn on Thursday.",
     "Transport Minister Ivo Brant claimed the Vella Line had hidden its accounts from the "
     "Port Tarn crews.", False),
    ("control: a shared word beyond the story's names still tells one matter",
     "Transport Minister Ivo Brant said an extra ferry would sail to the Osk islands on "
     "Thursday.",
     "Transport Minister Ivo Brant claimed the ferry to the Osk islands was never at risk.",
     True),
]


@pytest.mark.parametrize("case", MATTER, ids=[c[0] for c in MATTER])
def test_profile_matter_beyond_the_story_names(case):
    _id, a, b, want = case
    got = [f.summary for f in _framings(a, b) if "'claimed'" in f.summary]
    assert bool(got) is want, got


# review24fr: probes of framing24's three mechanisms (the same Tarnia ferry strike)
_SAID = "said the strike showed how little the line's owners cared for their crews."
_CLAIMED = "claimed the strike was illegal under the 2019 ferry law."


@pytest.mark.parametrize("speaker, want", [
    ("Ivo Brant himself", False),               # a function word, no noun the name qualifies
    ("Tarnian officials themselves", True),     # ... beside a noun that is one
    ("Brant aides", True),
])
def test_group_speaker_review(speaker, want):
    assert group_speaker(speaker) is want


SPEAKERS = [
    # (id, Harbour Post's text, Osk Herald's text, the speaker's name in the 'claimed'
    # profile line, or None for no 'claimed' line)
    ("a name an intensifier follows is the person ('Ivo Brant himself')",
     "Transport Minister Ivo Brant " + _SAID, "Ivo Brant himself " + _CLAIMED, "Ivo Brant"),
    ("near miss: the person's aides are not the person",
     "Transport Minister Ivo Brant " + _SAID, "Brant aides " + _CLAIMED, None),
    ("near miss: a post and a surname before the party is the person, not the party",
     "Green Harbour Alliance " + _SAID,
     "Opposition leader Vesk of the Green Harbour Alliance " + _CLAIMED, None),
    ("near miss: a post whose first word is no title ('Union leader') before the line "
     "is the union's leader, not the line",
     "Vella Line " + _SAID, "Union leader Marta Vesk of the Vella Line " + _CLAIMED, None),
    ("a post whose first word is no title, a name and a place: the person",
     "Marta Vesk " + _SAID, "Union leader Marta Vesk at the Vella Line depot " + _CLAIMED,
     "Marta Vesk"),
    ("near miss: the employer's own statement is not its economist's",
     "Orvan Capital " + _SAID, "Chief economist Marla Quist of Orvan Capital " + _CLAIMED,
     None),
    ("near miss: two people of one surname and one party",
     "Opposition leader Marta Vesk of the Green Harbour Alliance " + _SAID,
     "Opposition leader Ola Vesk of the Green Harbour Alliance " + _CLAIMED, None),
]


@pytest.mark.parametrize("case", SPEAKERS, ids=[c[0] for c in SPEAKERS])
def test_profile_speaker_review(case):
    _id, a, b, want = case
    got = [f.summary for f in _framings(a, b) if "'claimed'" in f.summary]
    if want is None:
        assert not got, got
    else:
        assert got and want in got[0], got


BRIDGE = ("The Osk Bridge at Dravno collapsed on Monday, cutting the only road to the Osk "
          "islands. Dravno's mayor Ana Lund toured the site with engineers.\n\n")


def _bridge_framings(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=BRIDGE + a),
            Article(id="a2", source="t", outlet="Osk Herald", text=BRIDGE + b)]
    return [f.summary for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and "'claimed'" in f.summary]


def test_story_names_tie_no_two_statements():
    """Two statements of the mayor that share only the story's names (the town, the
    bridge): no profile line (attribution._story_wide_names)."""
    assert not _bridge_framings(
        "Mayor Ana Lund said Dravno would rebuild the Osk Bridge within a year.",
        "Mayor Ana Lund claimed Dravno had warned the ministry about the Osk Bridge in 2021.")


@pytest.mark.xfail(strict=True, reason="known miss (review24fr): one statement told in two "
                   "outlets' words that share only the story's names reads as two, the "
                   "price of the row above; no word of the two sentences tells them apart")
def test_story_names_one_statement_paraphrased():
    assert _bridge_framings(
        "Mayor Ana Lund said Dravno would rebuild the Osk Bridge within a year.",
        "Mayor Ana Lund claimed Dravno would have the Osk Bridge standing again before next "
        "summer.")
