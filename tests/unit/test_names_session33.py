"""names33 (session 33): one name in two grammatical forms is no spelling variant.

``findings.names.grammatical_forms``: two forms of a name that is not a person's, otherwise
identical, whose one differing word is one stem (``rules/names_forms.STEM_MIN`` letters or
more) with two endings of ``rules/names_forms.GRAMMATICAL_ENDINGS`` (a member plural, an
adjective, a demonym, a follower, a doctrine) are one name in two forms: "the Social
Democrats" (the party) beside "the Social Democratic candidate" (its adjective). Session
33's invented dev d215 drew that as a spelling, read wrong.

Invented text throughout (fictional parties, countries, people and outlets). Near misses
that still fire: a real misspelling of a party's name, a person's surname misspelt or
transliterated, a diacritic dropped.
"""

from __future__ import annotations

import pytest
from support import headed_article, name_variant_lines

from storylens.findings.names import grammatical_forms

ORG = frozenset({"org"})
OTHER = frozenset({"other"})
NORP = frozenset({"norp"})
PERSON = frozenset({"person"})

PAIRS = [
    # (form a, form b, kinds, one name's two grammatical forms)
    pytest.param("Brenmoor Party", "Brenmoorish Party", ORG, True, id="stem-vs-ish"),
    pytest.param("Social Democrats", "Social Democratic", OTHER, True, id="member-plural-vs-adjective"),
    pytest.param("Social Democrat", "Social Democratic", ORG, True, id="member-vs-adjective"),
    pytest.param("Velmar Republicans", "Velmar Republic", ORG, True, id="follower-vs-stem"),
    pytest.param("Tarnic Socialists", "Tarnic Socialism", NORP, True, id="followers-vs-doctrine"),
    pytest.param("Ostravia", "Ostravian", NORP | {"place"}, True, id="country-vs-demonym"),
    pytest.param("Brell Greens", "Brell Green", ORG, True, id="plural"),
    # near misses: a real misspelling shares no stem with two such endings
    pytest.param("Social Democrats", "Social Democarts", ORG, False, id="near-miss-misspelt-party"),
    pytest.param("Social Democrats", "Sozial Democrats", ORG, False, id="near-miss-other-word"),
    # a person's name takes no such suffix: a surname's two forms stay a spelling question
    pytest.param("Anton Kowalczyk", "Anton Kovalczyk", PERSON, False, id="near-miss-transliterated"),
    pytest.param("Mira Petrov", "Mira Petrovic", PERSON, False, id="near-miss-person-suffix"),
    pytest.param("Ostravia", "Óstravia", NORP | {"place"}, False, id="near-miss-diacritic"),
    # a stem shorter than STEM_MIN: too few letters to read a suffix from
    pytest.param("Ban Party", "Banic Party", ORG, False, id="near-miss-short-stem"),
    # two endings outside the list: one letter changed at the end
    pytest.param("Kovar Union", "Kovara Union", ORG, False, id="near-miss-bare-a"),
]


@pytest.mark.parametrize(("a", "b", "kinds", "wanted"), PAIRS)
def test_grammatical_forms(a, b, kinds, wanted):
    assert grammatical_forms(a, b, kinds) is wanted
    assert grammatical_forms(b, a, kinds) is wanted


HARBOUR_HEAD = "Recount sought in Tollen East after ballots found in depot"
HARBOUR_BODY = (
    "Election officials in Varnholt province said on Tuesday that 2,140 postal ballots had "
    "been found in a sorting depot in Kessingby, three weeks after polling day. In Tollen "
    "East, where most of the ballots were addressed, the {party_a} Agnes Wendholm lost by "
    "208 votes to Pieter Langmoor of the Farmers League. {person_a} of the depot workers' "
    "union said the sacks had been mislabelled.")
COURIER_HEAD = "Found ballots could have changed Tollen East result"
COURIER_BODY = (
    "More than 2,000 postal ballots were found in a sorting depot in Kessingby, election "
    "officials in Varnholt province said on Tuesday. Most were addressed to Tollen East, "
    "where the {party_b} candidate, Agnes Wendholm, lost by 208 votes to Pieter Langmoor of "
    "the Farmers League. {person_b} of the depot workers' union blamed mislabelled sacks.")


def _lines(party_a: str, party_b: str, person_a: str = "Hanne Ostergaard",
           person_b: str = "Hanne Ostergaard") -> list[str]:
    harbour = headed_article("a1", "Harbour Ledger", HARBOUR_HEAD,
                             HARBOUR_BODY.format(party_a=party_a, person_a=person_a))
    courier = headed_article("a2", "Kelmont Courier", COURIER_HEAD,
                             COURIER_BODY.format(party_b=party_b, person_b=person_b))
    return name_variant_lines(harbour, courier)


STORIES = [
    # (first outlet's party phrase, second's, person a, person b, wanted word in a line)
    pytest.param("Liberal Democrats'", "Liberal Democratic", "Hanne Ostergaard",
                 "Hanne Ostergaard", None, id="party-plural-vs-adjective"),
    # near misses that still fire
    pytest.param("Liberal Democrats'", "Liberal Democarts'", "Hanne Ostergaard",
                 "Hanne Ostergaard", "Democarts", id="near-miss-misspelt-party"),
    pytest.param("Liberal Democrats'", "Liberal Democratic", "Hanne Kowalczyk",
                 "Hanne Kovalczyk", "Kovalczyk", id="near-miss-surname-transliterated"),
    pytest.param("Liberal Democrats'", "Liberal Democratic", "Hanne Østergaard",
                 "Hanne Ostergaard", "Ostergaard", id="near-miss-surname-diacritic"),
]


@pytest.mark.parametrize(("party_a", "party_b", "person_a", "person_b", "wanted"), STORIES)
def test_party_forms_in_a_story(party_a, party_b, person_a, person_b, wanted):
    lines = _lines(party_a, party_b, person_a, person_b)
    assert not [s for s in lines if "Democratic" in s], lines
    if wanted is not None:
        assert [s for s in lines if wanted in s], lines
