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

The review's rows (review27n, below the first tables): names27 let two forms of one name's
letters (a diacritic, a space, a hyphen or a capital apart) join across two role phrases
that share no word: one outlet's office and the other's description of the same person
("labour leader" / "its president"). It let through role phrases that exclude each other
too, and reported two people as one name spelled two ways: a man and a woman ("spokesman" /
"spokeswoman"), two offices ("Mayor" / "Governor") and the two sides of a crime ("the
victim" / "a suspect"). ``names.roles_exclude`` keeps those apart; an office beside a
description, or two descriptions, still join.
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


@pytest.mark.parametrize(("a", "b"), [
    # a man and a woman of one name (an accent apart): two sexes are two people
    (["The ministry's spokesman, Kim Arvó, declined to comment."],
     ["The ministry's spokeswoman, Kim Arvo, said the talks would resume."]),
    # two offices, one held by each: a mayor and a governor of one name
    (["Mayor Elin Vasko opened the bridge on Monday."],
     ["Governor Elin Vaskó visited the flooded valley on Monday."]),
    # a judge and a prosecutor, one word written as two
    (["Judge Irit Benzvi adjourned the hearing until May."],
     ["Prosecutor Irit Ben Zvi asked for a longer sentence."]),
    # the two sides of a crime: a victim and a suspect of one name (a father and his son)
    (["The victim, Pavel Hórak, was found in his flat on Sunday."],
     ["Police arrested a suspect, Pavel Horak, on Tuesday."]),
    (["A survivor, Dana Kellő, was taken to hospital in Orm."],
     ["The suspect, Dana Kello, was held in Orm overnight."]),
])
def test_roles_that_exclude_each_other_stay_apart(a, b):
    assert _spellings(a, b) == []


@pytest.mark.parametrize(("a", "b", "x", "y"), [
    # an office beside a description of the same man (near miss: one side only an office)
    (["Mayor Elin Vasko opened the bridge on Monday."],
     ["The businessman Elin Vaskó, who owns the quarry, opened the bridge on Monday."],
     "Elin Vasko", "Elin Vaskó"),
    # two descriptions, one sex mark only: one woman
    (["The spokeswoman, Kim Arvó, declined to comment."],
     ["Kim Arvo, a ministry official, said the talks would resume."],
     "Kim Arvó", "Kim Arvo"),
    # a victim called a witness by the other outlet: witness is on neither side of a crime
    (["The victim, Pavel Hórak, was found in his flat on Sunday."],
     ["A witness, Pavel Horak, said he heard shots on Sunday."],
     "Pavel Hórak", "Pavel Horak"),
])
def test_descriptions_beside_one_office_still_join(a, b, x, y):
    got = _spellings(a, b)
    assert len(got) == 1 and set(got[0]) == {x, y}, got


@pytest.mark.parametrize(("a", "b", "want"), [
    # a father and his son of one name, the son's age after his generation's suffix:
    # two ages a generation apart are two people (the age was not read past "Jr.")
    (["Petr Novák, 64, said the mine had closed in 1990."],
     ["Petr Novak Jr., 31, said he had never worked underground."], []),
    (["Petr Novák, 64, said the mine had closed in 1990."],
     ["Petr Novak Sr, 31, said he had never worked underground."], []),
    # near miss: one son, his age read past the suffix in both outlets, two years apart
    (["Petr Novák Jr., 31, said the mine had closed."],
     ["Petr Novak Jr., 33, said he had never worked underground."],
     [{"Petr Novák": ["Orm Daily"], "Petr Novak": ["Vell Post"]}]),
    # near miss: a two-letter word after a name is no suffix ("Novak, in 1990")
    (["Petr Novák, 64, said the mine had closed."],
     ["Petr Novak, in 1990, was 31 and said he had never worked underground."],
     [{"Petr Novák": ["Orm Daily"], "Petr Novak": ["Vell Post"]}]),
])
def test_age_after_a_generation_suffix(a, b, want):
    assert _spellings(a, b) == want
