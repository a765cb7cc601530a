"""The aligned-slot link (session 14): two spellings too short or too far apart for the
spelling rules name one entity when two aligned sentences put them in the same slot
(``name.aligned``). Invented names; near misses: another person in the slot, a name the
slot does not hold, spellings too far apart, words too short, no alignment."""

from __future__ import annotations

import pytest
import support

from storylens.findings.names import _edits, _near_spelling, find_name_variants


def _variants(a: str, b: str, aligned: bool = True):
    """name_variant findings of two one-sentence articles, the sentences aligned as an
    edit when ``aligned``."""
    ctx = support.verbatim_context([[a], [b]], ["Orm Daily", "Vell Post"],
                                   edited=[(a, b)] if aligned else ())
    return find_name_variants(ctx)


SLOT = [
    # (outlet A's sentence, outlet B's, the two spellings or None)
    pytest.param("The captain, Orel Vasquin, was treated for back injuries, the airline said.",
                 "The captain, Orel Vaskin, was treated for back injuries, the airline said.",
                 {"Orel Vasquin", "Orel Vaskin"}, id="qu-k-two-edits"),
    pytest.param("Party leader Tomas Rejk condemned the raid on Tuesday night.",
                 "Party leader Tomasz Rejk condemned the raid on Tuesday night.",
                 {"Tomas Rejk", "Tomasz Rejk"}, id="given-name-letter-added"),
    # (names19: "Davit" / "David" is a given name's Georgian form since session 19,
    # rules/titles.GIVEN_NAME_FORMS, linked by its key; "Ahmet" / "Ahmed" keeps the class)
    pytest.param("An officer shot Ahmet Hadrami during a traffic stop on Fenwell Road.",
                 "An officer shot Ahmed Hadrami during a traffic stop on Fenwell Road.",
                 {"Ahmet Hadrami", "Ahmed Hadrami"}, id="short-given-name-last-letter"),
    # five letters: too short for the romanised-place rule ("Brazhova" / "Brashova" is
    # name.romanised since session 15, test_names_session15)
    pytest.param("Most of the deaths were in Velka, where three blocks fell.",
                 "Most of the deaths were in Volka, where three blocks fell.",
                 {"Velka", "Volka"}, id="one-word-place"),
    pytest.param("Justice Ilse Varsk said the assessment failed to consider the emissions.",
                 "Justice Ilse Varsch said the assessment failed to consider the emissions.",
                 {"Ilse Varsk", "Ilse Varsch"}, id="surname-sk-sch"),
    # near misses
    pytest.param("Mine director Ivan Petrak said the shaft was safe.",
                 "Mine director Ivo Petrak said the shaft was safe.",
                 None, id="given-names-too-short"),
    pytest.param("Interior Minister Radan Velcu said the border would close.",
                 "Interior Minister Dana Velcu said the border would close.",
                 None, id="another-given-name"),
    pytest.param("The captain, Orel Vasquin, was treated for back injuries, the airline said.",
                 "The captain, Orel Varga, was treated for back injuries, the airline said.",
                 None, id="too-far-apart"),
    pytest.param("The captain, Orel Vasquin, was treated for back injuries, the airline said.",
                 "The captain, Orel Masquine, was treated for back injuries, the airline said.",
                 None, id="another-first-letter"),
    pytest.param("Most of the deaths were in Orsk, where three blocks fell.",
                 "Most of the deaths were in Irsk, where three blocks fell.",
                 None, id="short-one-word-place"),
    # another ending vowel: the name's other gender, two people (review, session 14)
    pytest.param("Marek Sorin, the boy's father, said the family had been told nothing by the school.",
                 "Marta Sorin, the boy's mother, said the family had been told nothing by the school.",
                 None, id="father-and-mother"),
    pytest.param("Simon Ferrand, who runs the bakery, said the water reached the ovens within minutes.",
                 "Simone Ferrand, who runs the bakery, said the water reached the ovens within minutes.",
                 None, id="ending-vowel-added"),
    pytest.param("His cousin Ahmet Hadrami spoke to reporters outside the flat on Monday.",
                 "Reporters later met Ahmed Hadrami at the family's flat in Kellmoor.",
                 None, id="not-the-same-slot"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), SLOT)
def test_aligned_slot_links_close_spellings(a, b, spellings):
    found = _variants(a, b)
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings
    assert f.detail["rule"] == "name.aligned" and f.detail["linked_by"] == "aligned"
    assert f.confidence >= 0.5  # shown by default, graded under the spelling rules
    assert f.confidence < 0.9


def test_without_the_alignment_no_link():
    # no post beside the name either ("The captain, ..." links them by name.role, s15)
    a = "Orel Vasquin was treated for back injuries, the airline said."
    b = "Orel Vaskin was treated for back injuries, the airline said."
    assert _variants(a, b, aligned=False) == []


def test_a_pair_the_spelling_rules_link_keeps_their_rule():
    # a typo long enough for the typo link: graded by it, the alignment adds nothing
    a = "The captain, Orel Vasquinez, was treated for back injuries, the airline said."
    b = "The captain, Orel Vasquines, was treated for back injuries, the airline said."
    (f,) = _variants(a, b)
    assert f.detail["rule"] == "name.typo"


@pytest.mark.parametrize(("ka", "kb", "kinds", "near"), [
    ("orel vasquin", "orel vaskin", {"person"}, True),
    ("helena marsk", "helena marsch", {"person"}, True),
    ("orlek", "orlik", {"place"}, True),
    ("mara kesel", "mira kesel", {"person"}, False),  # four letters: another given name
    ("anna berg", "hanna berg", {"person"}, False),  # another first letter
    ("vellian", "vellians", {"norp"}, False),  # a people's name, a plural
    ("tarn holdings", "tarn holding", {"org"}, False),  # a plural, not a spelling
    ("ada vell", "ada vell orsk", {"person"}, False),  # another word, not a spelling
    ("carlo benni", "carla benni", {"person"}, False),  # another ending vowel: a name's other gender
    ("ilse petrov", "ilse petrova", {"person"}, False),
    ("drazhevo", "drazheva", {"place"}, True),  # a place's ending vowel: a transliteration
])
def test_near_spelling_table(ka, kb, kinds, near):
    assert _near_spelling(ka, kb, kinds) is near


@pytest.mark.parametrize(("a", "b", "d"), [
    ("marsk", "marsch", 2), ("yusuf", "yusef", 1), ("orlek", "oerlk", 2), ("abcd", "abdc", 1),
    ("vasquin", "vaskin", 2), ("abc", "xyz", 3),
])
def test_edits(a, b, d):
    assert _edits(a, b, 2) == min(d, 3)


# A title word inside a company's name ("Defence", "Health") followed by a sector noun
# (session 14: "Brennhart Defence Systems" was "Brennhart" and "Defence Systems")
@pytest.mark.parametrize(("sentence", "found", "absent"), [
    ("Marenia bought missiles from Tarnhold Defence Systems last year.",
     ("Tarnhold Defence Systems", "org"), "Defence Systems"),
    ("The contract went to Orvell Health Services in May.",
     ("Orvell Health Services", "org"), "Health Services"),
    # near misses: a title with no sector noun after it still starts a new name
    ("Vellish Defence Minister Ana Lund resigned on Monday.", ("Ana Lund", "person"),
     "Vellish Defence Minister Ana Lund"),
    ("Prosecutors questioned Tarnhold Interior Ministry officials.", None,
     "Tarnhold Interior Ministry"),
])
def test_sector_noun_after_title_word_keeps_the_company_whole(sentence, found, absent):
    got = {(t, k) for t, k, _ in support.entity_triples(sentence)}
    if found is not None:
        assert found in got, got
    assert absent not in {t for t, _ in got}, got


def test_company_with_title_word_spelled_two_ways():
    found = variants_pair("Marenia bought missiles from Brennvik Defence Systems last year.",
                          "The missiles came from Brenvik Defence Systems, the ministry said.")
    assert [set(f.detail["spellings"]) for f in found] == [
        {"Brennvik Defence Systems", "Brenvik Defence Systems"}]


def variants_pair(a: str, b: str):
    return _variants(a, b, aligned=False)


# Session 14 (d23, d27 of the blind-written dev stories): an article that writes two
# near-alike names tells two people apart; another outlet's form that is a closer variant
# of one of them is that one's spelling, never a variant of the other.
def _three(a: list[str], b: list[str], c: list[str]):
    docs = [support.make_doc("a1", "Orm Daily", a), support.make_doc("a2", "Vell Post", b),
            support.make_doc("a3", "Tarn Herald", c)]
    from storylens.findings.common import FindingContext

    return [set(f.detail["spellings"]) for f in find_name_variants(FindingContext.build(docs, []))]


@pytest.mark.parametrize(("a", "b", "c", "expected"), [
    # a fold of the governor's name is his; the judge, one letter off, is someone else
    pytest.param(["Investigators arrested the governor, Kiril Dostrenko, on Tuesday."],
                 ["Judge Kiril Dostenko ordered the governor, Kiril Dostrenko, held."],
                 ["Governor Kyril Dostrenko was arrested at his villa."],
                 [{"Kiril Dostrenko", "Kyril Dostrenko"}], id="fold-beside-two-people"),
    # a typo of the captain's surname; the doctor shares only its consonants
    pytest.param(["Captain Mira Tasco led the rescue, the coastguard said."],
                 ["Captain Mira Tascoe led the search through the night."],
                 ["Captain Mira Tasco said her crews did all they could.",
                  "Dr. Mira Tuscia, who runs the clinic, treated the survivors."],
                 [{"Mira Tasco", "Mira Tascoe"}], id="typo-beside-consonants"),
    # near miss: no article writes both, so the one variant stands
    pytest.param(["Captain Mira Tasco led the rescue, the coastguard said."],
                 ["Captain Mira Tascoe led the search through the night."],
                 ["Captain Mira Tasco said her crews did all they could."],
                 [{"Mira Tasco", "Mira Tascoe"}], id="no-second-person"),
])
def test_a_form_nearer_one_of_two_people_is_not_the_others_variant(a, b, c, expected):
    assert _three(a, b, c) == expected


# A five-letter given name with one inner vowel changed, the rest equal (session 14:
# "Yusuf" / "Youssef" in two dev stories): a transliteration's vowel, graded name.vowel.
@pytest.mark.parametrize(("a", "b", "rule"), [
    ("Karim Tabbouch said the shop was burnt.", "Karem Tabbouch said the shop was burnt.", "name.vowel"),
    ("Ahmad Zorlani left the court.", "Ahmed Zorlani left the court.", "name.vowel"),
    ("Yusuf Orbakh was shot on Monday.", "Youssef Orbakh was shot on Monday.", "name.vowel"),
    # near misses: the last letter (another person's name), four letters, a consonant,
    # a letter added, the surname differs too
    ("Maria Tessaro spoke first.", "Mario Tessaro spoke first.", None),
    ("Mara Vintell spoke first.", "Mira Vintell spoke first.", None),
    ("Jonas Ferrand spoke first.", "Jonah Ferrand spoke first.", None),
    ("Paula Grevin spoke first.", "Paul Grevin spoke first.", None),
    ("Yusuf Orbakh was shot on Monday.", "Yusef Orbach was shot on Monday.", None),
])
def test_inner_vowel_of_a_short_given_name(a, b, rule):
    found = _variants(a, b, aligned=False)
    assert [f.detail["rule"] for f in found] == ([rule] if rule else []), [f.summary for f in found]
    if rule:
        assert 0.5 <= found[0].confidence < 0.9


# Kin nouns are person nouns (session 14): an opener before a full name is the role, not a
# given name, and an apposition headed by one makes the name a person.
@pytest.mark.parametrize(("sentence", "found", "absent"), [
    ("Cousin Yusuf Hadrami spoke to reporters outside the flat.", ("Yusuf Hadrami", "other"),
     "Cousin Yusuf Hadrami"),
    ("Karim Tabbouch, the victim's cousin, spoke to reporters.", ("Karim Tabbouch", "person"), None),
    ("Nephew Arlo Venn inherited the farm.", ("Arlo Venn", "other"), "Nephew Arlo Venn"),
    # near misses: one word after the kin noun may be a name of its own; an organisation
    ("Uncle Sam wants you, the poster said.", None, "Sam"),
    ("Aunt Mira Bakeries Ltd closed its doors.", None, "Mira Bakeries Ltd"),
])
def test_kin_nouns_are_person_nouns(sentence, found, absent):
    got = {(t, k) for t, k, _ in support.entity_triples(sentence)}
    if found is not None:
        assert found in got or (found[0], "person") in got, got
    if absent is not None:
        assert absent not in {t for t, _ in got}, got


def test_a_surname_alone_is_not_reported_again_beside_the_full_names():
    a = ["Police named the hijacker as Emil Voskar, 34.", "His brother, Arman Voskar, is in jail.",
         "Voskar surrendered after five hours."]
    b = ["Police named the hijacker as Emil Woskar, 34.", "His brother, Arman Woskar, is in jail.",
         "Woskar surrendered after five hours."]
    got = [set(f.detail["spellings"]) for f in _variants_docs(a, b)]
    assert {"Voskar", "Woskar"} not in got
    assert {"Emil Voskar", "Emil Woskar"} in got


def test_a_one_word_name_with_no_full_form_is_still_reported():
    got = [set(f.detail["spellings"]) for f in _variants_docs(
        ["Most of the deaths were in Brazhovany, the mayor said."],
        ["Most of the dead lived in Brazhovanyi, officials said."])]
    assert got == [{"Brazhovany", "Brazhovanyi"}]  # no full name shows it: not an echo


def _variants_docs(a: list[str], b: list[str]):
    from storylens.findings.common import FindingContext

    docs = [support.make_doc("a1", "Orm Daily", a), support.make_doc("a2", "Vell Post", b)]
    return find_name_variants(FindingContext.build(docs, []))
