"""The kind of a name before a comma is read from what follows it, not from the comma.

A comma after a name once made every unmarked two- to four-word name a person, so
organisations and places before a comma ("including Kotar Brigadun, called on …") became
people. Invented sentences (fictional people, groups and places); the rules-only path.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.analysis.names import extract_entities
from storylens.findings.common import FindingContext
from storylens.findings.names import find_name_variants


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def kinds(*sentences: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in extract_entities(support.make_doc("a1", "Orm Daily", sentences)):
        out.setdefault(e.text, set()).add(e.kind)
    return out


# (sentences, name, expected kind of every mention)
CASES = [
    # the fault: an organisation or place before a comma is not a person
    pytest.param(["Allied units including Kotar Brigadun, called on members to leave."],
                 "Kotar Brigadun", "other", id="list-then-verb"),
    pytest.param(["Jets hit depots of Kotar Brigadun, part of the Vell Front, on Sunday."],
                 "Kotar Brigadun", "other", id="part-of"),
    pytest.param(["Jets hit depots of Kotar Brigadun, an armed group backed by Orm, at dawn."],
                 "Kotar Brigadun", "org", id="apposition-org-head"),
    pytest.param(["Mara Velko, a spokeswoman for Kotar Brigadun, said the group would stay."],
                 "Kotar Brigadun", "other", id="object-of-for-before-said"),
    pytest.param(["Prices will rise in Orm Vale, the minister said."],
                 "Orm Vale", "place", id="reporting-clause-not-apposition"),
    pytest.param(["Prices will rise for Orm Vale, the minister said."],
                 "Orm Vale", "other", id="reporting-clause-no-place-cue"),
    pytest.param(["Talks resumed in Orm Vale, Vellia and Port Kess on Monday."],
                 "Orm Vale", "place", id="list-of-places"),
    pytest.param(["Yara Tamm, governor of the Vell Supervisory Service, spoke on Monday."],
                 "Vell Supervisory Service", "org", id="role-of-the-body"),
    pytest.param(["Kotar Brigadun militants fired on the convoy."],
                 "Kotar Brigadun", "org", id="group-member-noun"),
    # near misses: these are people, and stay people
    pytest.param(["Mara Velko, a spokeswoman for the group, said it would stay."],
                 "Mara Velko", "person", id="apposition-title-head"),
    pytest.param(["Mara Velko, 45, was held overnight."], "Mara Velko", "person", id="age"),
    pytest.param(["Mara Velko, who leads the group, left."], "Mara Velko", "person", id="who"),
    pytest.param(["Mara Velko, a local resident, saw the fire."], "Mara Velko", "person",
                 id="apposition-person-noun"),
    pytest.param(["Mara Velko, the group's founding member, left."], "Mara Velko", "person",
                 id="possessive-then-participle"),
    pytest.param(["Mara Velko, Vellia's foreign ministry spokeswoman, denied it."], "Mara Velko",
                 "person", id="possessive-opens-apposition"),
    pytest.param(["Tarik Vell, left, and his sister pose at the fair."], "Tarik Vell", "person",
                 id="caption-position"),
    pytest.param(["The suspect's father, Tarik Vell, declined to comment."], "Tarik Vell",
                 "person", id="apposed-to-person-noun"),
    pytest.param(["The editor of the Orm-based weekly, Tara Vell, disagreed."], "Tara Vell",
                 "person", id="apposed-to-person-noun-with-of"),
    pytest.param(["Anton Kessler supporters rallied in the square."], "Anton Kessler", "other",
                 id="supporters-is-not-a-group-cue"),
    pytest.param(["Mara Velko said the talks went well."], "Mara Velko", "person",
                 id="speech-verb-unchanged"),
]


@pytest.mark.parametrize(("sentences", "name", "kind"), CASES)
def test_kind_of_a_name_before_a_comma(sentences, name, kind):
    got = kinds(*sentences)
    assert got.get(name) == {kind}, got


def test_the_head_of_a_family_is_not_an_organisation():
    # the role cue needs the name to end its noun phrase
    got = kinds("Mara Velko is the head of the Orm Vale family now.")
    assert got.get("Orm Vale") != {"org"}, got


def test_an_organisation_no_longer_meets_a_person_by_kind():
    """An organisation typed person could not link with the same organisation typed
    organisation elsewhere (kinds clash): typed from its apposition, both link."""
    docs = [support.make_doc("a1", "Orm Daily", ["Jets struck Kotar Brigadun, an armed group, at dawn."]),
            support.make_doc("a2", "Vell Post", ["Kotar Brigadunn militants fired back at dawn."])]
    found = find_name_variants(FindingContext.build(docs, []))
    assert [set(f.detail["spellings"]) for f in found] == [{"Kotar Brigadun", "Kotar Brigadunn"}]
    assert found[0].detail["kind"] == "org"


def test_apposition_read_near_the_name_in_a_long_sentence():
    """The apposition after a name's comma is read from the next few words only (a copy of
    the rest of the sentence per name was quadratic in a long sentence of names): early in
    a sentence of thousands of names, "Mara Velko, 45," is still a person and "Kotar
    Brigadun, an armed group," an organisation."""
    filler = ", ".join(f"Port Vel{chr(97 + k % 26)}{k}" for k in range(3000))
    got = kinds(f"Crews from Kotar Brigadun, an armed group, and Mara Velko, 45, reached "
                f"{filler} and Orm.")
    assert got["Mara Velko"] == {"person"}
    assert got["Kotar Brigadun"] == {"org"}
