"""Session 32: each article's one count of a measure (facts._sole, facts._sole_pair).

Two outlets of one story that each count a measure once ("Police arrested 43 people" /
"Police said 37 people were arrested"), in sentences the aligner left apart and that
name no place, state one fact told two ways. Near misses stay silent: an article that
counts the measure twice (a part and the whole, two days), two counted nouns (a part of
the whole), a figure of an earlier event, a bound, a rate, outlets that share no name.
Invented text throughout (fictional names, places and outlets)."""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Document
from storylens.options import Options

ON = Options(story_facts=True, fact_conflicts=True)


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rule path, with or without the optional spaCy pipeline."""
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def make_doc(art: str, outlet: str, *sentences: str) -> Document:
    return support.make_doc(art, outlet, sentences, published="2026-11-18")


# Both articles open on one named event (the story tie); the second sentence of each
# carries the count, worded apart enough that the aligner would not pair them.
LEAD_A = "Thousands marched through Drevisk on Saturday against the Orlen rent law."
LEAD_B = "The Orlen rent law brought crowds to the streets of Drevisk."


def run(a: list[str], b: list[str]):
    da = make_doc("a1", "Vestry Wire", LEAD_A, *a)
    db = make_doc("a2", "Kalder Post", LEAD_B, *b)
    return find_fact_conflicts(FindingContext.build([da, db], [], options=ON))


def values(found) -> list[set[str]]:
    return [{v["text"] for v in f.detail["values"]} for f in found]


# (article A's sentences, article B's sentences, the conflicting values or None)
CASES = [
    # one count of arrests in each article
    (["Police said 37 people were arrested."], ["Officers detained 43 people."], {"37", "43"}),
    # one count of one counted noun in each
    (["Three deputies were taken to hospital after the scuffle."],
     ["Four deputies had to be taken to hospital, the speaker said."], {"Three", "Four"}),
    # the same value: no conflict
    (["Police said 37 people were arrested."], ["Officers detained 37 people."], None),
    # A counts arrests twice (Saturday's and Sunday's): no one figure of its own
    (["Police said 37 people were arrested.", "Another 12 people were arrested on Sunday."],
     ["Officers detained 43 people."], None),
    # a part against the whole: two counted nouns
    (["Nine officers were injured."], ["Police said 30 people were injured."], None),
    # a bound that the other figure meets
    (["Police said more than 30 people were arrested."], ["Officers detained 43 people."], None),
    # an earlier event's count
    (["Police said 37 people were arrested."],
     ["Since a similar march in 2019, when officers detained 12 people, the law has stood."],
     None),
]


@pytest.mark.parametrize("a, b, want", CASES)
def test_each_articles_one_count_of_a_measure(a, b, want):
    found = run(a, b)
    if want is None:
        assert values(found) == []
    else:
        assert want in values(found)


def test_articles_that_share_no_name_stay_apart():
    """No story tie: two articles' counts of arrests may be two events."""
    da = make_doc("a1", "Vestry Wire", "Police said 37 people were arrested.")
    db = make_doc("a2", "Kalder Post", "Officers detained 43 people.")
    assert find_fact_conflicts(FindingContext.build([da, db], [], options=ON)) == []


NEAR_MISSES = [
    # a staff against a shift: values an order of magnitude apart
    (["The ministry employs 1,150 site guards nationwide."],
     ["Only two site guards were on duty that night."]),
    # two givers: the union's count and the authority's
    (["About 2,100 drivers walked out, according to the Drevisk transit union."],
     ["The Orlen transit authority said 1,700 drivers stayed away."]),
    # a place only one names: a city's hospitals, a part of the whole
    (["Officials said 214 people had been injured."],
     ["Hospitals in Belgrin received 140 injured people."]),
    # two places' crowds, each sentence naming its own place outside the count's clause
    (["In Velmora, a million revellers thronged the harbour to watch the fireworks."],
     ["The biggest party took place in Ostrava Bay, Kelland, with three million revellers."]),
    # a cost of two things: the whole mission and the satellite in it
    (["Counting the launch, the full mission cost about 260 million marels."],
     ["The satellite, which cost 240 million marels, was lost."]),
    # a threshold in a condition against what happened
    (["Guidelines say a march should be halted when the heat exceeds 28 degrees."],
     ["The heat stood at 29 degrees when the march set off."]),
    # two things done to the counted noun
    (["In a unanimous ruling, five judges upheld the law."],
     ["Two judges dissented from the ruling."]),
    # a known group's size ("the five judges") against a part of it
    (["In a unanimous ruling, the five judges found that the permit was lawful."],
     ["Two judges dissented, arguing that the permit fell outside the law."]),
]


@pytest.mark.parametrize("a, b", NEAR_MISSES)
def test_one_count_near_misses_stay_silent(a, b):
    assert values(run(a, b)) == []
