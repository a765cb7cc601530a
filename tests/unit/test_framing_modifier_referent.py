"""A story-wide modifier's plain counterpart names the same act, not only the same noun
(s7 findings item 2). Hand sample, s6 story-12: one outlet's "alleged attacks targeting
American forces" was set against another's "The attack was believed to have been in
retaliation for ... strikes", which is the embassy storming that outlet had called "an
attack on the U.S. Embassy" four sentences up; the two sentences shared "American",
"Iraq" and "strikes". A counterpart noun that refers back ("The attack", no complement of
its own) is read through the last earlier mention of that noun in its article, which must
link to the charged sentence. Invented text (fictional ferry strike in Vella); the near
misses still fire."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE_A = "Ferry workers in Vella walked out on Monday over unpaid wages, halting crossings to Tarn."
LEDE_B = "Crossings from Vella to Tarn stopped on Monday as ferry crews struck over wages they say were never paid."
CHARGED = (f"{LEDE_B} The navy said it shelled two strikers' camps near Tarn in response to "
           "alleged attacks on its harbour patrols.")
MEET = "Union leaders met the mayor on Tuesday."
# "The attack" with no complement of its own: the act its article named before
LATER = ("The attack, which caused damage put at 40,000 crowns, was seen by dock staff as "
         "revenge for Sunday's shelling of strikers' camps near Tarn.")


def _plain_sentences(plain: str) -> list[list[str]]:
    arts = [Article(id="a1", source="t", outlet="Harbour Post", text=plain),
            Article(id="a2", source="t", outlet="Vella Times", text=CHARGED)]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f.detail["a"]["sentences"] for f in comp.findings
            if f.detail.get("rule") == "framing.story.modifier"]


def test_the_attack_that_refers_back_to_another_act_is_no_counterpart():
    fire = ("Police said the fire that gutted the customs shed on the Vella quay was an attack "
            "on the port authority.")
    assert _plain_sentences(f"{LEDE_A} {fire} {MEET} {LATER}") == []


# (id, the plain outlet's text, the sentences set as the plain side)
NEAR_MISSES = [
    ("the earlier mention is the same act: both sentences stay",
     f"{LEDE_A} Two sailors were hurt on Friday in an attack on harbour patrols that the navy "
     f"blamed on strikers. {MEET} {LATER}", ["a1:s1", "a1:s3"]),
    ("no earlier mention of the noun: the sentence's own words are the evidence",
     f"{LEDE_A} Gunmen fired on harbour patrols near Tarn on Friday, wounding two sailors. "
     f"{MEET} {LATER}", ["a1:s3"]),
    ("a noun with its own complement ('The attack on harbour patrols') does not refer back",
     f"{LEDE_A} Police said the fire that gutted the customs shed on the Vella quay was an "
     f"attack on the port authority. {MEET} "
     f"{LATER.replace('The attack,', 'The attack on harbour patrols,')}", ["a1:s3"]),
]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses_still_fire(case):
    _, plain, sentences = case
    assert _plain_sentences(plain) == [sentences]
