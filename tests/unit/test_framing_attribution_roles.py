"""One surname, two posts (session 14 review): "Union leader Brant said ..." and "Transport
Minister Ivo Brant claimed ..." are two people for the speaker rules, by the role guard the
name finder uses (findings/names.py ``roles_apart``); one person's titles that share a
word ("Transport Minister Ivo Brant" / "the transport minister, Brant") stay one. The
profile's line is built from its own template (it never says "the same statement").
Invented text (a fictional Vella ferry strike)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Ferry crews of the Vella Line walked out in Port Tarn on Monday over three months of "
        "unpaid wages, halting every crossing to the Osk islands. The strike is the first on "
        "the Vella Line since 2019.\n\n")
PROFILE = "framing.story.attribution_profile"
STATEMENT = "framing.story.attribution"
# the aligned rule reads the same statement where the two sentences align ("In a letter
# posted late on Sunday night, ... claimed": since session 28 "posted" with no clause is no
# cue, so "claimed" is the sentence's first and the aligned rule, not the story-wide one,
# sets it against "said"): either rule names the one person
ALIGNED = "framing.aligned.attribution_verb"


def _rules(a: str, b: str) -> dict[str, list[str]]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=LEDE + a),
            Article(id="a2", source="t", outlet="Osk Herald", text=LEDE + b)]
    out: dict[str, list[str]] = {}
    for f in compare_articles(arts, Options()).findings:
        if f.type == "framing":
            out.setdefault(str(f.detail.get("rule")), []).append(f.summary)
    return out


# the two outlets' statements share a matter (the union), as the profile asks since session 18
CLAIMED = "Transport Minister Ivo Brant claimed the union was stalling the talks."
CASES = [
    # (id, Harbour Post, Osk Herald, rule, expected)
    ("near miss: a union leader and a minister of one surname (profile)",
     "Union leader Brant said the union would meet the ministry on Thursday.",
     CLAIMED, PROFILE, False),
    ("one person, titles sharing a word (profile)",
     "The transport minister, Brant, said the government would meet union leaders on "
     "Thursday.",
     CLAIMED, PROFILE, True),
    ("near miss: a union leader and a minister on one statement (statement rule)",
     "Speaking at the Tarn depot on Friday, union leader Brant said the ferry accounts had "
     "been hidden by the union board.",
     "In a letter posted late on Sunday night, Transport Minister Ivo Brant claimed that the "
     "ferry accounts were hidden by the union board.", STATEMENT, False),
    ("one person on one statement (statement rule)",
     "Speaking at the Tarn depot on Friday, the transport minister, Brant, said the ferry "
     "accounts had been hidden by the union board.",
     "In a letter posted late on Sunday night, Transport Minister Ivo Brant claimed that the "
     "ferry accounts were hidden by the union board.", STATEMENT, True),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_roles_apart_are_two_speakers(case):
    _id, a, b, rule, want = case
    found = _rules(a, b)
    got = found.get(rule, []) + (found.get(ALIGNED, []) if rule == STATEMENT else [])
    assert bool(got) is want, got
    if want and rule == PROFILE:
        assert "same statement" not in got[0] and "no one statement links them" in got[0], got
