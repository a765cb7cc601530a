"""Session 14 (names14b): two guards every spelling rule shares, with near misses both ways
(invented names, places and outlets).

* a given name's other gender ("Daniel" / "Daniela", "Maria" / "Mario") is another
  person, whichever rule would link the spellings (typo, vowel, title, aligned slot);
  not a place's name, not "y" for "i" ("Andrei" / "Andrey"), not a transliteration's
  inner vowel ("Yusuf" / "Yusef"), not an "e" added ("Rosalind" / "Rosalinde");
* two spellings whose articles give them two posts right beside the name ("Defence
  Minister Anton Velic" / "opposition leader Anton Valic"; "Karen Holt, the head
  teacher," / "Karin Holt, a parent,") are two people; one person's varied titles
  ("Defence Minister" / "the defence minister" / no role at all) stay one.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings.common import FindingContext
from storylens.findings.names import (
    _role_after,
    _role_before,
    find_name_variants,
    gendered_ending,
    roles_apart,
    spelling_rule,
)


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def spellings(*stories: list[str]) -> list[set[str]]:
    outlets = ("Orm Daily", "Vell Post", "Tarn Herald")
    docs = [support.make_doc(f"a{i + 1}", outlets[i], s) for i, s in enumerate(stories)]
    return [set(f.detail["spellings"]) for f in find_name_variants(FindingContext.build(docs, []))]


@pytest.mark.parametrize(("ka", "kb", "kinds", "gendered"), [
    ("daniel orsk", "daniela orsk", set(), True),
    ("michael vark", "michaela vark", {"person"}, True),
    ("jan marsk", "jana marsk", set(), True),
    ("ivan tolek", "ivana tolek", {"person"}, True),
    ("maria velk", "mario velk", set(), True),
    ("carlo drom", "carla drom", {"person"}, True),
    # near misses: another feminine ending, an "o" added (a Slavic form of one name)
    ("melania drom", "melanie drom", {"person"}, False),
    ("mark tolek", "marko tolek", {"person"}, False),
    # near misses: an "e" added is one woman's spelling as often as another person's
    ("rosalind vark", "rosalinde vark", {"person"}, False),
    ("christin vark", "christine vark", {"person"}, False),
    # near misses: romanisations and transliterations that keep the gender
    ("andrei vask", "andrey vask", set(), False),
    ("yusuf hadri", "yusef hadri", set(), False),
    ("aleksandr orm", "alexander orm", set(), False),
    ("danel orsk", "daniel orsk", set(), False),  # a letter inside, not the ending
    # near misses: a place's or an organisation's name, a surname's ending
    ("vela marsh", "velo marsh", {"place"}, False),
    ("banca orvel", "banco orvel", {"org"}, False),
    ("anna petrov", "anna petrova", {"person"}, False),
])
def test_gendered_ending(ka, kb, kinds, gendered):
    assert gendered_ending(ka, kb, kinds) is gendered


@pytest.mark.parametrize(("a", "b", "rule"), [
    ("Daniel Orsk", "Daniela Orsk", None),
    ("Michael Vark", "Michaela Vark", None),
    ("Marius Tolek", "Maria Tolek", None),  # two edits anyway
    # near misses: still variants
    ("Danial Orsk", "Daniel Orsk", "name.typo"),
    ("Yusuf Hadri", "Yusef Hadri", "name.vowel"),
    ("Andrei Vask", "Andrey Vask", "name.fold"),
])
def test_spelling_rule_refuses_the_other_gender(a, b, rule):
    assert spelling_rule(a, b) == rule


def test_daniel_and_daniela_are_two_people():
    assert spellings(["Daniel Orsk said the harbour gates stayed shut all night."],
                     ["Daniela Orsk said the harbour gates stayed shut all night."]) == []


def test_simon_and_simone_stay_apart_and_an_added_e_may_link():
    # "Simon" is too short for the typo link; "Rosalind" / "Rosalinde" is one woman's name
    assert spellings(["Simon Vark said the harbour gates stayed shut all night."],
                     ["Simone Vark said the harbour gates stayed shut all night."]) == []
    assert spellings(["Rosalind Vark said the harbour gates stayed shut all night."],
                     ["Rosalinde Vark said the harbour gates stayed shut all night."]) \
        == [{"Rosalind Vark", "Rosalinde Vark"}]


def test_a_given_name_typo_is_still_a_variant():
    assert spellings(["Daniel Orsk said the harbour gates stayed shut all night."],
                     ["Danial Orsk said the harbour gates stayed shut all night."]) \
        == [{"Daniel Orsk", "Danial Orsk"}]


def test_the_same_title_does_not_join_the_other_gender():
    assert spellings(["Harbour Master Mario Tolek closed the gates at dusk."],
                     ["Harbour Master Maria Tolek closed the gates at dusk."]) == []


@pytest.mark.parametrize(("before", "phrase"), [
    ("Opposition leader ", {"opposition", "leader"}),
    ("said Defence Minister ", {"defence", "minister"}),
    ("The judge, ", {"judge"}),
    ("head teacher ", {"head", "teacher"}),
    # no role next to the name
    ("said ", set()),
    ("Anton Velic's deputy met ", set()),
    ("", set()),
])
def test_role_before(before, phrase):
    assert _role_before(before) == frozenset(phrase)


@pytest.mark.parametrize(("after", "phrase"), [
    (", the head teacher, said", {"head", "teacher"}),
    (", a parent, said", {"parent"}),
    (", the party's leader, said", {"leader"}),
    (", a former judge at the court", {"judge"}),
    # no role: an age, a relative clause, another name, a verb
    (", 54, said", set()),
    (", who runs the shop", set()),
    (", Mira Holt and Tomas Vell", set()),
    (" said the gates were shut", set()),
    (", the harbour", set()),
])
def test_role_after(after, phrase):
    assert _role_after(after) == frozenset(phrase)


@pytest.mark.parametrize(("a", "b", "apart"), [
    ([{"defence", "minister"}], [{"opposition", "leader"}], True),
    ([{"head", "teacher"}], [{"parent"}], True),
    ([{"judge"}], [{"governor"}], True),
    # one person's titles share a word; no role fits either
    ([{"defence", "minister"}], [{"minister"}], False),
    ([{"defence", "minister"}], [{"defence", "chief"}], False),
    ([{"judge"}], [], False),
    ([], [], False),
])
def test_roles_apart(a, b, apart):
    fa = frozenset(frozenset(x) for x in a)
    fb = frozenset(frozenset(x) for x in b)
    assert roles_apart(fa, fb) is apart


def test_a_minister_and_an_opposition_leader_are_two_people():
    assert spellings(["Defence Minister Anton Velic said the border would stay shut."],
                     ["Opposition leader Anton Valic said the border should reopen."]) == []


def test_one_ministers_varied_titles_stay_one_person():
    assert spellings(["Defence Minister Anton Velic said the border would stay shut."],
                     ["Anton Valic, the defence minister, said the border would stay shut."]) \
        == [{"Anton Velic", "Anton Valic"}]
    assert spellings(["Defence Minister Anton Velic said the border would stay shut."],
                     ["Anton Valic, 54, said the border would stay shut."]) \
        == [{"Anton Velic", "Anton Valic"}]


def test_a_head_teacher_and_a_parent_are_two_people():
    assert spellings(["Karen Holt, the head teacher, said pupils were safe."],
                     ["Karin Holt, a parent, said pupils were safe."]) == []


def test_a_weak_title_alone_is_no_role():
    # the union's chairwoman is its leader in another outlet: "leader" alone says too little
    assert spellings(["Union chairwoman Ines Halvik said the strike would go on."],
                     ["The federation, whose leader Ines Halvek spoke first, said the strike would go on."]) \
        == [{"Ines Halvik", "Ines Halvek"}]


def test_a_head_teacher_in_two_outlets_stays_one():
    assert spellings(["Karen Holt, the head teacher, said pupils were safe."],
                     ["Karin Holt, the school's head teacher, said pupils were safe."]) \
        == [{"Karen Holt", "Karin Holt"}]


def test_a_judge_and_a_governor_are_two_people_even_through_a_third_outlet():
    assert spellings(["The judge, Marta Brenn, adjourned the case until March."],
                     ["Governor Marta Bren said the case had been adjourned."]) == []
    # a third outlet writes one spelling with no role beside it: the others' roles hold
    assert spellings(["The judge, Marta Brenn, adjourned the case until March."],
                     ["Governor Marta Bren said the case had been adjourned."],
                     ["Marta Brenn adjourned the case until March."]) == []


def test_a_judge_in_two_outlets_stays_one():
    assert spellings(["The judge, Marta Brenn, adjourned the case until March."],
                     ["Judge Marta Bren adjourned the case until March."]) \
        == [{"Marta Brenn", "Marta Bren"}]
