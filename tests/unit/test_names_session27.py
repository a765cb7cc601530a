"""Name variants in session 27, on invented text (fictional people, places and outlets).

Two outlets that write one name in the same letters, only a diacritic, a space, a hyphen or
a capital apart ("Borna Kelić" / "Borna Kelic", "Idan Benmoshe" / "Idan Ben Moshe"), and
describe the person with role phrases that share no word ("businessman" / "business
partner", "labour leader" / "its president") name one person: the role veto
(``names.roles_apart``) parted them before, so the variant was lost (invented dev t121,
t138, d135). Near misses, still no variant: two posts beside two spellings that another
rule links (a doubled letter's fold, "Marta Brenn" the judge / "Marta Bren" the governor;
a given name's vowel, "Marek" / "Mirek Dolan", a miner and a teacher), the same letters
with two ages (a father and his son), two people of one surname ("Marek Dolan" / "Marta
Dolan") and two towns ("Novi Brod" / "Novi Grad").
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings.names import find_name_variants

OUTLETS = ["Orm Daily", "Vell Post", "Tarn Herald"]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _spellings(*articles: list[str]) -> list[dict[str, list[str]]]:
    ctx = support.verbatim_context(list(articles), OUTLETS[:len(articles)])
    return [f.detail["spellings"] for f in find_name_variants(ctx)]


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    # a diacritic of another letter (name.letters), two descriptions of one man
    (["The court jailed the mayor's brother-in-law, businessman Borna Kelic, for eight years."],
     ["His brother-in-law and business partner Borna Kelić received eight years."],
     "Borna Kelic", "Borna Kelić"),
    # the same, a union's leader called its president by the other outlet
    (["Labour leader Ilija Marković said workers would shut the country down."],
     ["The Velm Labour Congress called a strike, its president, Ilija Markovic, said."],
     "Ilija Marković", "Ilija Markovic"),
    # one word written as two (name.joined), a reporter called a journalist
    (["The reporter Idan Benmoshe was killed when his car exploded on Monday."],
     ["Investigative journalist Idan Ben Moshe died in the blast on Monday."],
     "Idan Benmoshe", "Idan Ben Moshe"),
])
def test_same_letters_under_two_roles_are_one_person(a, b, x, y):
    got = _spellings(a, b)
    assert got == [{x: ["Orm Daily"], y: ["Vell Post"]}], got


@pytest.mark.parametrize(("a", "b"), [
    # a doubled letter's fold (name.fold), two posts: two women
    (["The judge, Marta Brenn, adjourned the hearing on Monday."],
     ["The governor, Marta Bren, visited the flooded valley on Monday."]),
    # a given name's vowel, two occupations: two men of one surname
    (["Marek Dolan, a miner, said the shaft had flooded twice."],
     ["Mirek Dolan, a teacher, said the school had closed."]),
    # the same letters, two ages: a father and his son
    (["Jan Novač, 81, said the village had never flooded."],
     ["Jan Novac, 19, said he had carried his neighbours out."]),
    # two people of one surname, two towns one word apart
    (["Marek Dolan, the farmer, said his fields in Novi Brod were lost."],
     ["Marta Dolan, the vet, said cattle near Novi Grad had drowned."]),
])
def test_near_misses_stay_apart(a, b):
    assert _spellings(a, b) == []
