"""Review of session 20's name rules (review20d), on invented text: a singular sector noun
("service") is a surname as often as a body's last word, so it ends an organisation's name
only after "the" ("the Public Prosecutor Service", "the Vell Health Service"), never a
person's ("Robert Service", "Professor Service said", "the Mayor Ana Service said")."""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings import names as names_mod
from storylens.findings.names import find_name_variants

OUTLETS = ["Orm Daily", "Vell Post"]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _entities(text: str) -> list[tuple[str, str | None, str]]:
    ctx = support.verbatim_context([[text], ["Nothing else happened."]], OUTLETS)
    return [(e.text, e.title, e.kind) for e in names_mod._entities(ctx.docs[0])]


@pytest.mark.parametrize(("text", "want"), [
    # a person whose surname is the singular noun: no article, so no body
    ("Robert Service said the archive in Orm was open.", ("Robert Service", None, "person")),
    ("Kaspar Service told the hearing in Orm it was wrong.", ("Kaspar Service", None, "person")),
    ("Professor Service said the archive in Orm was open.", ("Service", "Professor", "person")),
    ("The Mayor Ana Service said the archive in Orm was open.", ("Ana Service", "Mayor", "person")),
    # after "the": a public body, with or without a title word inside it
    ("The Public Prosecutor Service said it would appeal.", ("Public Prosecutor Service", None, "org")),
    ("The Prosecutor Service said it would appeal.", ("Prosecutor Service", None, "org")),
    ("Officials from the Vell Health Service said it would appeal.", ("Vell Health Service", None, "org")),
    # a building's word after "the" and a title stays a building
    ("A letter went to the Professor Hotel.", ("Professor Hotel", None, "place")),
])
def test_singular_sector_noun_only_after_the(text, want):
    assert want in _entities(text)


def test_surname_service_keeps_its_variant():
    a = ["Robert Service said the archive in Orm was open on Monday."]
    b = ["Robert Servise said the archive in Orm was open on Monday."]
    ctx = support.verbatim_context([a, b], OUTLETS)
    spellings = [f.detail["spellings"] for f in find_name_variants(ctx)]
    assert spellings == [{"Robert Service": ["Orm Daily"], "Robert Servise": ["Vell Post"]}]


@pytest.mark.parametrize(("text", "want"), [
    # with no title word inside, the singular keeps the kind it had
    ("Trains on the Vell Railway stopped.", ("Vell Railway", None, "other")),
    ("They met at the Orm Studio on Monday.", ("Orm Studio", None, "other")),
])
def test_singular_sector_noun_without_a_title_keeps_its_kind(text, want):
    assert want in _entities(text)


@pytest.mark.parametrize(("text", "want"), [
    # a title, a given name and a surname that is a building's word, after "the" with no
    # place's preposition before it: the person
    ("Lawmakers praised the Prime Minister Ana Hall for the deal.", ("Ana Hall", "Prime Minister", "person")),
    ("A letter was sent to the Mayor Ivo Park on Monday.", ("Ivo Park", "Mayor", "person")),
    ("Crowds cheered the Governor Marta Lane in Orm.", ("Marta Lane", "Governor", "person")),
    # after a place's preposition: the building named after its holder
    ("Guests stayed at the King Arvid Hotel on Monday.", ("King Arvid Hotel", None, "place")),
    ("The march ended outside the Queen Ilse Theatre.", ("Queen Ilse Theatre", None, "place")),
])
def test_titled_full_name_ending_in_a_building_word(text, want):
    assert want in _entities(text)
