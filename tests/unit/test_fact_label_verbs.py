"""A fact's summary names its measure by a shared noun, never by a verb.

"Orm Foods employs around 450 people" / "... employs 460 people": the words the two
mentions share are "employs" (and the generic "people"), and the summary used to read
"gives the employs as 450". A word glued before the number (past a hedge or bound) is
the verb whose object the number is: the summary passes over it for the next shared
word, else says "the figure". Invented text only, each case beside its near misses.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.facts import doc_mentions
from storylens.models import Document
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _doc(art: str, outlet: str, text: str) -> Document:
    """One sentence, the whole text (support.make_doc)."""
    return support.make_doc(art, outlet, [text], published="2026-11-18")


def _summaries(a: str, b: str) -> list[str]:
    return support.fact_summaries(a, b, Options(story_facts=True))


@pytest.mark.parametrize(("sentence", "number", "verb"), [
    ("Orm Foods employs around 450 people in Vell.", "450", "employs"),
    ("Orm Foods employs 450 people in Vell.", "450", "employs"),
    ("The Vell council paid more than $5 million for the site.", "$5 million", "paid"),
    # near misses: a noun with its preposition, a number opening the sentence
    ("Orm Foods has a staff of 450 in Vell.", "450", None),
    ("450 people work for Orm Foods in Vell.", "450", None),
])
def test_object_verb(sentence, number, verb):
    ms = {m.q.text: m for _, ms in doc_mentions(_doc("a1", "Outlet A", sentence)) for m in ms}
    assert ms[number].verb == verb


def test_a_verb_is_not_the_measure():
    found = _summaries("Orm Foods employs 450 people.",
                       "Orm Foods employs 520 people.")
    assert found == ["Outlet A gives the figure as 450; Outlet B as 520."]


def test_a_shared_noun_still_names_the_measure():
    # near miss: the counted noun after the number is shared, and wins as before
    found = _summaries("Thirty-three states allow hemp for medical use.",
                       "Thirty-four states allow hemp for medical use.")
    assert found == ["Outlet A gives the number of states as Thirty-three; "
                     "Outlet B as Thirty-four."]


def test_a_verb_gives_way_to_the_counted_noun():
    found = _summaries("Orm Foods employs 450 bakers in Dessen.",
                       "Orm Foods employs 520 bakers in Dessen.")
    assert found == ["Outlet A gives the number of bakers as 450; Outlet B as 520."]
