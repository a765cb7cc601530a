"""Near misses of the story-wide and aligned framing rules found in review, on invented
articles about a fictional flood and quake in Marrow and a fictional war in Valdoria: plain
news wording that must give no framing finding (any scope)."""

from __future__ import annotations

import pytest

from storylens.analysis.descriptors import verb_reading
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")


def _framing(*bodies: str) -> list:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {i + 1}", text=body)
            for i, body in enumerate(bodies)]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f for f in comp.findings if f.type == "framing"]


NEGATIVE = [
    (
        "an adverb after the doers is not their act: rebels also seized / protesters also marched",
        "Fighting continued in the north of Valdoria on Sunday. Rebels also seized the airport in "
        "Korsk on Sunday, the army said. The government called for calm.",
        "Fighting continued in the north of Valdoria on Sunday. Protesters also marched to the "
        "airport in Korsk on Sunday, the army said. The government called for calm.",
    ),
    (
        "a preposition after the doers is not their act: rebels near / protesters near",
        "Fighting continued in the north of Valdoria on Sunday. Rebels near the airport in Korsk "
        "fired on an army convoy, the ministry said.",
        "Fighting continued in the north of Valdoria on Sunday. Protesters near the airport in "
        "Korsk blocked an army convoy, the ministry said.",
    ),
    (
        "an adverb before its verb does not qualify the noun before it",
        "An earthquake struck the city of Marrow on Tuesday morning. The old town hall building "
        "violently shook for a minute, residents said. No one was hurt.",
        "An earthquake struck the city of Marrow on Tuesday morning. The old town hall building "
        "shook for a minute, residents said. No one was hurt.",
    ),
    (
        "'clutches' with an object is the verb, not 'the clutches of'",
        "Floods hit the village of Tessel on Monday. A mother clutches a photograph of her missing "
        "son outside the school, where relatives waited for news.",
        "Floods hit the village of Tessel on Monday. A mother grips a photograph of her missing "
        "son outside the school, where relatives waited for news.",
    ),
    (
        "'violently' on motion with no one harmed is how a quake is reported",
        "An earthquake struck Marrow on Tuesday. Buildings were shaking violently for a "
        "minute, residents said.",
        "An earthquake struck Marrow on Tuesday. Buildings were shaking for a minute, "
        "residents said.",
    ),
    (
        "'furiously' is most often 'with great energy': crews worked furiously",
        "A storm cut power to 40,000 homes in Marrow on Sunday. Crews worked furiously through "
        "the night to restore power, the utility said.",
        "A storm cut power to 40,000 homes in Marrow on Sunday. Crews worked through the night "
        "to restore power, the utility said.",
    ),
    (
        "a modifier on a thing named after a place is not set against the place",
        "Inmates at the notorious Korsk prison began a hunger strike on Monday, lawyers said.",
        "Lawyers said on Monday that inmates held at Korsk had begun a hunger strike, and Korsk "
        "officials declined to comment.",
    ),
]


@pytest.mark.parametrize("case", NEGATIVE, ids=[c[0] for c in NEGATIVE])
def test_plain_news_wording_gives_no_framing(case):
    _, a, b = case
    found = _framing(a, b)
    assert found == [], [(f.summary, f.detail.get("rule")) for f in found]


def test_intensifier_after_its_act_is_still_read():
    # the near miss above must not cost the act told with the adverb after it
    found = _framing(
        "An earthquake struck Marrow on Tuesday. A man grabbed the guard's arm and pulled him "
        "towards the door as the hall shook, residents said.",
        "An earthquake struck Marrow on Tuesday. A man grabbed the guard's arm and pulled him "
        "violently towards the door as the hall shook, residents said.",
    )
    assert any("violently" in f.summary for f in found), [f.summary for f in found]


@pytest.mark.parametrize(("text", "end", "verb"), [
    ("A mother clutches a photograph.", 17, True),
    ("Fear grips the town.", 10, True),
    ("He fell into the clutches of the gang.", 25, False),
    ("Its grip on the port held.", 8, False),
])
def test_verb_reading(text, end, verb):
    assert verb_reading(text, end) is verb


def test_violently_on_a_loaded_verb_is_still_read():
    found = _framing(
        "An earthquake struck Marrow on Tuesday. A man grabbed the guard's arm and pulled him "
        "towards the door as the hall shook, residents said.",
        "An earthquake struck Marrow on Tuesday. A man grabbed the guard's arm and violently "
        "pulled him towards the door as the hall shook, residents said.",
    )
    assert any("violently" in f.summary for f in found), [f.summary for f in found]


def test_a_modifier_on_a_named_thing_is_set_against_the_thing_told_plainly():
    # "controversial" qualifies the project: the plain side is B's "bridge", not the
    # sentence where B names Tessel's residents
    found = _framing(
        "Work on the controversial Tessel bridge project will resume in May, the council said "
        "on Monday. The city of Marrow will pay half the cost.",
        "Tessel residents gathered outside the council offices on Monday. The council said work "
        "on the bridge would resume in May, and the city of Marrow will pay half the cost.",
    )
    assert [(f.detail["a"]["word"], f.detail["b"]["word"]) for f in found] == [
        ("bridge", "controversial Tessel bridge")], [f.summary for f in found]
