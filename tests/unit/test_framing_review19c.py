"""Review19c of session 19's framing merge: near variants of its new rules that broke in
the wrong direction (a wrong finding), on invented text (a fictional bridge closure in
Velmar).

* a loaded lead-in followed by a quote told as a further point ("she added", "also") is
  two statements: another outlet's "said" of that quote is no verb for the lead-in's
  claim (``attribution._lead_in_quote``, rules/attribution.FURTHER_POINT_CUE_FORMS);
* given names one vowel apart in two articles ("Dana" / "Dina Voss") are one person's only
  where both articles describe the name alike (a post, or an apposition sharing two content
  words): two relatives of one surname stay two people (``attribution._roles_agree``).
"""

from __future__ import annotations

import pytest
import support

# framing is off by default since session 23: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("The harbour bridge in Velmar was closed to traffic on Tuesday after engineers "
        "found cracks in its main span, the port authority said. Ferries will carry "
        "commuters across the Sarne estuary until further notice.\n\n")
QUOTE = '"Two extra ferries will run from Velmar quay from Thursday morning,"'


def _attribution(*texts: str) -> list[str]:
    outlets = ("Velmar Courier", "Sarne Voice", "Estuary Post")
    return [f.summary for f in support.framings_among(LEDE, texts, outlets)
            if f.detail.get("kind") in ("attribution_profile", "attribution_verb")]


FURTHER_POINT = [
    # (id, Courier, Voice, a finding expected)
    ("control: the gist's verb is the verb of the quote that follows it",
     f"{QUOTE} Mayor Tomas Reiner said.",
     f"Mayor Tomas Reiner insisted the closure had been handled well. {QUOTE} he said.",
     True),
    ("near miss: the quote is told as a further point ('he added')",
     f"{QUOTE} Mayor Tomas Reiner said.",
     f"Mayor Tomas Reiner insisted the closure had been handled well. {QUOTE} he added.",
     False),
    ("near miss: the quote carries an additive adverb ('also')",
     '"We will also run two extra ferries from Velmar quay from Thursday morning," '
     "Mayor Tomas Reiner said.",
     "Mayor Tomas Reiner insisted the closure had been handled well. "
     '"We will also run two extra ferries from Velmar quay from Thursday morning," he said.',
     False),
    ("near miss: 'in addition' opens the quote",
     '"In addition, two extra ferries will run from Velmar quay from Thursday morning," '
     "Mayor Tomas Reiner said.",
     "Mayor Tomas Reiner insisted the closure had been handled well. "
     '"In addition, two extra ferries will run from Velmar quay from Thursday morning," '
     "he said.",
     False),
]


def test_lead_in_further_point_table():
    for name, courier, voice, expected in FURTHER_POINT:
        got = [s for s in _attribution(courier, voice) if "insisted" in s]
        assert bool(got) is expected, (name, got)


VOWEL_APART = [
    # (id, Courier, Voice, a finding expected)
    ("two relatives of one surname, described apart: two people",
     "Councillor Dana Voss said the bridge was safe.",
     "Dina Voss, a nurse at the Velmar clinic, claimed the bridge had failed commuters.",
     False),
    ("one post described alike in both: one name spelled two ways",
     "Dana Voss, leader of the Sarne Harbour Workers' Union, said the bridge was safe.",
     "Dina Voss, leader of the Sarne Harbour Workers' Union, claimed the bridge had "
     "failed commuters.",
     True),
]


def test_vowel_apart_given_names_table():
    for name, courier, voice, expected in VOWEL_APART:
        got = [s for s in _attribution(courier, voice) if "claimed" in s]
        assert bool(got) is expected, (name, got)


STATEMENT_PEOPLE = [
    # (id, Courier, Voice, a finding expected): the statement rule (the sentences link)
    ("two relatives of one surname on one matter, described apart: two speakers",
     "Councillor Dana Voss said the pumping station at Velmar quay had been flushed twice.",
     "Her sister, Dina Voss, a nurse at the Velmar clinic, claimed the pumping station at "
     "Velmar quay had never been flushed.",
     False),
    ("one post, a given name spelled two ways: one speaker",
     "Harbour master Luiz Pereira said the pumping station at Velmar quay had been "
     "flushed twice.",
     "Harbour master Luis Pereira claimed the pumping station at Velmar quay had been "
     "flushed twice.",
     True),
]


def test_statement_two_given_names_table():
    for name, courier, voice, expected in STATEMENT_PEOPLE:
        got = [s for s in _attribution(courier, voice) if "claimed" in s]
        assert bool(got) is expected, (name, got)
