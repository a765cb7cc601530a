"""One surname, two people (session 15, ``attribution._split_people``): where an article
names two people of one surname ("Colonel Anselm Vittor", the army spokesman, and
"Governor Ansgar Vittor"), each is their own speaker, and a bare "Vittor said" is the
person the article named in full last before it. Before, such a surname was one speaker
and the one-person guard of the profile rule set nobody against anyone (blind-written
dev t15: "Colonel Idris Maiga said" / "Colonel Idris Maiga claimed", with a governor
Idrissa Maiga in every article). Near misses: the loaded verb is the other person's; two
spellings of one short given name in two articles stay one person. Also one double
surname with and without its hyphen ("Kallan-Obiro" / "Kallan Obiro") is one speaker
(``attribution._join_compounds``; dev d33, t28), but not another person of its last
surname. Invented text (a fictional kidnapping at the Orsk pass)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Gunmen seized three engineers on the Orsk pass road in northern Tallia on Monday "
        "evening, the army said. The engineers worked for the Tallian roads agency.\n\n")
GOVERNOR = "\n\nProvincial governor Ansgar Vittor ordered a curfew on the pass road."


def _profiles(a: str, b: str) -> list[str]:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=LEDE + t)
            for i, (t, o) in enumerate(zip((a, b), ("Orsk Courier", "Tallia Voice"), strict=True))]
    return [f.summary for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and f.detail.get("kind") in ("attribution_profile", "attribution_verb")]


CASES = [
    # (id, Orsk Courier's text, Tallia Voice's text, the person named, or None)
    ("two people of one surname in each article: the spokesman's verbs compared",
     "Army spokesman Colonel Anselm Vittor said troops and helicopters had been sent to "
     "the pass." + GOVERNOR,
     "Army spokesman Colonel Anselm Vittor claimed the troops knew where the "
     "engineers were being held." + GOVERNOR, "Anselm Vittor"),
    ("a bare surname is the person named in full last before it",
     "Army spokesman Colonel Anselm Vittor spoke in the capital." + GOVERNOR
     + "\n\nVittor said the curfew would last until Friday.",
     "Army spokesman Colonel Anselm Vittor spoke in the capital." + GOVERNOR
     + "\n\nVittor insisted the curfew was needed to keep the road safe.", "Ansgar Vittor"),
    # an honorific is no given name: "Mr Vittor" is the person named in full last before
    # it, not a third Vittor (review15d: read as "mr", the statement was nobody's)
    ("an honorific and a surname is the person named in full last before it",
     "Army spokesman Colonel Anselm Vittor spoke in the capital." + GOVERNOR
     + "\n\nVittor said the curfew would last until Friday.",
     "Army spokesman Colonel Anselm Vittor spoke in the capital." + GOVERNOR
     + "\n\nMr Vittor insisted the curfew was needed to keep the road safe.", "Vittor"),
    ("near miss: the loaded verb is the other person's",
     "Army spokesman Colonel Anselm Vittor said troops and helicopters had been sent to "
     "the pass." + GOVERNOR,
     "Army spokesman Colonel Anselm Vittor spoke in the capital.\n\nProvincial governor "
     "Ansgar Vittor claimed the curfew had been agreed with the village elders.", None),
    ("one short given name spelled two ways in two articles stays one person",
     "Army spokesman Colonel Ivo Randt said troops and helicopters had been sent to the "
     "pass.",
     "Army spokesman Colonel Iwo Randt claimed the troops knew where the "
     "engineers were being held.", "Randt"),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_two_people_of_one_surname(case):
    _id, a, b, who = case
    got = _profiles(a, b)
    if who is None:
        assert not got, got
    else:
        assert len(got) == 1 and who in got[0], got


COMPOUND = [
    # (id, Orsk Courier's text, Tallia Voice's text, a finding expected)
    ("a double surname with and without its hyphen is one speaker",
     "Roads Minister Esther Kallan-Obiro said the agency would pay the engineers' families "
     "a monthly allowance until they were freed.",
     "Roads Minister Esther Kallan Obiro claimed the agency would pay the engineers' families "
     "a monthly allowance until they were freed.", True),
    ("near miss: another person of the last surname",
     "Roads Minister Esther Kallan-Obiro said the agency would pay the engineers' families "
     "a monthly allowance until they were freed.",
     "Union organiser Tomas Obiro claimed the agency would pay the engineers' families a "
     "monthly allowance until they were freed.", False),
    # session 21 (dev d93, "Rui Valadares-Mota" / "Rui Valladares Mota"): the spaced form
    # may spell a part another way
    ("a double surname spaced, one part spelled another way, is one speaker",
     "Roads Minister Esther Kallan-Obiro said the agency would pay the engineers' families "
     "a monthly allowance until they were freed.",
     "Roads Minister Esther Kalan Obiro claimed the agency would pay the engineers' families "
     "a monthly allowance until they were freed.", True),
    ("near miss: another first part before the same last surname",
     "Roads Minister Esther Kallan-Obiro said the agency would pay the engineers' families "
     "a monthly allowance until they were freed.",
     "Roads Minister Esther Kolmar Obiro claimed the agency would pay the engineers' families "
     "a monthly allowance until they were freed.", False),
]


# session 21 (dev d81, "Anton Pelcz" / "Anton Pelz"): a short surname spelled one letter
# apart under one given name, in two outlets, is one speaker
SPELLINGS = [
    ("a short surname one letter apart under one given name is one speaker",
     "Roads Minister Anton Pelcz said initial checks pointed to a fault in the agency's "
     "radio network.",
     "Roads Minister Anton Pelz admitted that initial checks pointed to a fault in the "
     "agency's radio network.", True),
    ("near miss: another given name",
     "Roads Minister Anton Pelcz said initial checks pointed to a fault in the agency's "
     "radio network.",
     "Union organiser Marta Pelz admitted that initial checks pointed to a fault in the "
     "agency's radio network.", False),
    # review21b: a short surname one letter apart under one given name may be two people;
    # joined only where the articles give the name one role (attribution._spellings_agree)
    ("near miss: two posts under one given name",
     "Union organiser Anton Pelcz said initial checks pointed to a fault in the agency's "
     "radio network.",
     "Roads Minister Anton Pelz admitted that initial checks pointed to a fault in the "
     "agency's radio network.", False),
    ("near miss: no role in either article",
     "Anton Pelcz said initial checks pointed to a fault in the agency's radio network.",
     "Anton Pelz admitted that initial checks pointed to a fault in the agency's radio "
     "network.", False),
    ("near miss: two letters apart",
     "Roads Minister Anton Pelcz said initial checks pointed to a fault in the agency's "
     "radio network.",
     "Roads Minister Anton Pelt admitted that initial checks pointed to a fault in the "
     "agency's radio network.", False),
]


@pytest.mark.parametrize("case", SPELLINGS, ids=[c[0] for c in SPELLINGS])
def test_surname_spelled_one_letter_apart(case):
    _id, a, b, want = case
    got = _profiles(a, b)
    assert bool(got) is want, got


@pytest.mark.parametrize("case", COMPOUND, ids=[c[0] for c in COMPOUND])
def test_double_surname_with_and_without_hyphen(case):
    _id, a, b, want = case
    got = _profiles(a, b)
    assert bool(got) is want, got
