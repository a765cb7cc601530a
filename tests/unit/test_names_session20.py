"""Name variants in session 20, on invented text (fictional people, places, companies and
outlets), each with near misses both ways:

- a title word is a title only before a person's name, not inside an organisation's or a
  building's name: "MP Materials", "Judge Analytics", "Marshal Metals" (a company's sector
  noun after the title, ``rules.titles.ORG_HEADS``), "the President Hotel" (a kind of
  building after the title and its article), "Prosecutor Analytix" when the article also
  writes "Prosecutor Analytix Ltd"; "MP Jana Kovar", "Senator Banks", "Mayor Hall said"
  stay people with their titles;
- a generation's number is part of the name: "Ivo Marek II" and "Ivo Marek III" are a
  father and his son, not one man's two spellings;
- adversarial house styles and near entities: St/Saint, U.S./US, abbreviated company
  words, an organisation and its subsidiary, a place and a person of one name stay silent.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings import names as names_mod
from storylens.findings.names import find_name_variants

OUTLETS = ["Orm Daily", "Vell Post", "Tarn Herald"]
NOTE = "The budget vote is due on Friday in Orm."


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _entities(text: str) -> list[tuple[str, str | None, str]]:
    ctx = support.verbatim_context([[text], ["Nothing else happened."]], OUTLETS[:2])
    return [(e.text, e.title, e.kind) for e in names_mod._entities(ctx.docs[0])]


def _spellings(*articles: list[str]) -> list[dict[str, list[str]]]:
    ctx = support.verbatim_context(list(articles), OUTLETS[:len(articles)])
    return [f.detail["spellings"] for f in find_name_variants(ctx)]


# --- a title word inside an organisation's or a building's name ------------------------------

@pytest.mark.parametrize(("text", "want"), [
    # a company's sector noun after the title: the title word is the company's first word
    ("MP Materials said output at its Orm mine rose by 12 percent.", ("MP Materials", None, "org")),
    ("Shares of MP Materials fell on Monday.", ("MP Materials", None, "org")),
    ("Judge Analytics said its software was not to blame.", ("Judge Analytics", None, "org")),
    ("Shares in Marshal Metals fell 4 percent.", ("Marshal Metals", None, "org")),
    ("Director Films said the release in Vell was delayed.", ("Director Films", None, "org")),
    ("Admiral Ventures bought the Orm yard in March.", ("Admiral Ventures", None, "org")),
    ("General Dynamics won the Orm contract.", ("General Dynamics", None, "org")),
    ("The Public Prosecutor Service said it would appeal.", ("Public Prosecutor Service", None, "org")),
    ("The Prosecutor Service said it would appeal.", ("Prosecutor Service", None, "org")),
    # a kind of building after "the" and the title: the building is named after the post
    ("The fire began at the President Hotel on Monday.", ("President Hotel", None, "place")),
    ("Guests were moved to the Governor Lodge.", ("Governor Lodge", None, "place")),
    # ... and inside a longer name after "the": the title does not cut it in two
    ("The fire began at the Grand President Hotel on Monday.", ("Grand President Hotel", None, "other")),
    ("The Vell Senator Hotel was evacuated.", ("Vell Senator Hotel", None, "other")),
    # a building named after a post's holder: the title and the given name are its words
    ("Guests were moved into the King Arvid Hotel on Monday.", ("King Arvid Hotel", None, "place")),
    ("The crowd gathered at the Prince Arvid Bridge.", ("Prince Arvid Bridge", None, "place")),
    # near misses: a person's name after the title keeps the title as the person's post
    ("MP Jana Kovar said the bill would pass.", ("Jana Kovar", "MP", "person")),
    ("Social Democrat MP Jana Kovar said the bill would pass.", ("Jana Kovar", "MP", "person")),
    ("MEP Jana Kovar said the bill would pass.", ("Jana Kovar", "MEP", "person")),
    ("MP Kovar said the bill would pass.", ("Kovar", "MP", "person")),
    ("Senator Banks said the bill would pass.", ("Banks", "Senator", "person")),
    # a surname that is also a building's word, with no article before the title
    ("Mayor Hall said the bridge would reopen.", ("Hall", "Mayor", "person")),
    ("Orm Mayor Hall said the bridge would reopen.", ("Hall", "Mayor", "person")),
    ("The Vell Senator Ana Park said the hotel was evacuated.", ("Ana Park", "Senator", "person")),
    ("A letter to Senator Park was read out in Orm.", ("Park", "Senator", "person")),
    ("Prosecutor Varga said the case would go on.", ("Varga", "Prosecutor", "person")),
    # a surname that is a building's word, after "the" and the title: a verb of saying after
    # it, or the clause's end with no site's preposition before, keeps the person
    ("The Mayor Ana Hall said the hotel was full.", ("Ana Hall", "Mayor", "person")),
    ("The hotel was full, said the Prime Minister Ana Hall.", ("Ana Hall", "Prime Minister", "person")),
    ("The letter was sent to the Prime Minister Ana Hall.", ("Ana Hall", "Prime Minister", "person")),
])
def test_a_title_is_a_title_only_before_a_person_s_name(text, want):
    assert want in _entities(text)


def test_a_company_and_a_titled_mp_in_one_sentence():
    got = _entities("Shares in MP Materials rose after MP Jana Kovar backed the mine.")
    assert ("MP Materials", None, "org") in got and ("Jana Kovar", "MP", "person") in got


@pytest.mark.parametrize(("text", "want", "not_want"), [
    # the article's fuller form of the name is a company's: its short form is the company too
    ("Prosecutor Analytix Ltd said it would appeal, and Prosecutor Analytix shares fell.",
     ("Prosecutor Analytix", None, "org"), ("Analytix", "Prosecutor", "person")),
    # near miss: a company named after a surname the MP bears is no fuller form of "MP Kovar"
    ("MP Kovar said the bill would pass, and Kovar Group agreed.",
     ("Kovar", "MP", "person"), ("MP Kovar", None, "org")),
])
def test_the_fuller_form_of_a_titled_word_decides_its_kind(text, want, not_want):
    got = _entities(text)
    assert want in got and not_want not in got, got


def test_a_company_s_two_spellings_are_not_a_person_s():
    # one company, a title word first: the variant is the company's, spelled in its whole name
    a = ["Judge Analytics said its software had flagged the Orm case.", NOTE]
    b = ["Judge Analitics said its software had flagged the Orm case.", NOTE]
    for spellings in _spellings(a, b):
        assert "Analytics" not in spellings and "Analitics" not in spellings, spellings


# --- a generation's number -------------------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "same"), [
    ("Ivo Marek II", "Ivo Marek III", False),
    ("Karol III", "Karol II", False),
    ("Leo XIII", "Leo XIV", False),
    # near misses: one name's two spellings still share a key; a name word that reads like a
    # numeral but is none
    ("Ivo Marek II", "Ivo Marek II", True),
    ("Villi Tarn", "Vili Tarn", True),
])
def test_a_generation_s_number_stays_in_the_key(a, b, same):
    assert (names.link_key(a) == names.link_key(b)) is same


@pytest.mark.parametrize(("b", "found"), [
    # the son, named by his number in another outlet: two men
    (["Ivo Marek III said the water was rising in Orm.", NOTE], False),
    # near miss: the father's surname spelled otherwise is still his variant
    (["Ivo Markek II said the water was rising in Orm.", NOTE], True),
])
def test_a_father_and_his_son_of_one_name(b, found):
    a = ["Ivo Marek II said the water was rising in Orm.", NOTE]
    assert bool(_spellings(a, b)) is found


# --- adversarial: one entity in two house styles, two entities that look alike ----------------

@pytest.mark.parametrize(("a", "b"), [
    # house style, one entity: no finding
    (["The fire began near St Orrin church on Monday, police said.", NOTE],
     ["The fire began near Saint Orrin church on Monday, police said.", NOTE]),
    (["The fire began in St. Orrin on Monday, police said.", NOTE],
     ["The fire began in Saint Orrin on Monday, police said.", NOTE]),
    (["The U.S. embassy in Orm said it was monitoring events.", NOTE],
     ["The US embassy in Orm said it was monitoring events.", NOTE]),
    (["J.R. Varenne, the mayor, said the road would reopen.", NOTE],
     ["JR Varenne, the mayor, said the road would reopen.", NOTE]),
    (["Kovar & Sons said output at the Orm plant rose.", NOTE],
     ["Kovar and Sons said output at the Orm plant rose.", NOTE]),
    (["Vella Corp. said output at the Orm plant rose.", NOTE],
     ["Vella Corporation said output at the Orm plant rose.", NOTE]),
    (["The crash closed Mount Kess road.", NOTE], ["The crash closed Mt. Kess road.", NOTE]),
    (["Liam O'Kerrin, the mayor, said the road would reopen.", NOTE],
     ["Liam O\u2019Kerrin, the mayor, said the road would reopen.", NOTE]),
    # two entities that look alike: no finding
    (["Norvik Energy said output rose.", NOTE], ["Norvik Energy Trading said output rose.", NOTE]),
    (["Residents of Orsova said the water was rising.", NOTE],
     ["Ana Orsava said the water was rising.", NOTE]),
    (["Ana Kovar said the fund would help.", NOTE],
     ["The Ana Kovar Foundation said the fund would help.", NOTE]),
    (["Pavel Dvorak Sr. said the water was rising.", NOTE],
     ["Pavel Dvorak Jr. said the water was rising.", NOTE]),
    (["Flooding hit Vell County on Monday.", NOTE], ["Flooding hit Vell City on Monday.", NOTE]),
    (["The Third Brigade moved north.", NOTE], ["The Fourth Brigade moved north.", NOTE]),
    (["Pope Leo XIV said the talks would go on.", NOTE], ["Pope Leo XIII said the talks would go on.", NOTE]),
    (["The fire began at the Orm Hotel on Monday.", NOTE], ["The fire began at the Orm Hostel on Monday.", NOTE]),
])
def test_house_styles_and_look_alikes_stay_silent(a, b):
    assert _spellings(a, b) == []


def test_near_miss_a_real_variant_beside_a_house_style_still_shows():
    # the same mayor, "St." against "Saint" in the town and a letter in his surname: the
    # surname is the finding, the town's style is not
    a = ["Mayor Liam Varenne of St. Orrin said the road would reopen.", NOTE]
    b = ["Mayor Liam Varrene of Saint Orrin said the road would reopen.", NOTE]
    got = _spellings(a, b)
    assert got == [{"Liam Varenne": ["Orm Daily"], "Liam Varrene": ["Vell Post"]}], got


# --- an organisation word glued to the word before it ----------------------------------------

@pytest.mark.parametrize(("a", "found"), [
    # the glued form after "for"/"outside", read as a place there: the bank all the same
    (["Savers queued outside Kasparbank on Monday, and the run went on at Kasparbank.", NOTE], True),
    (["The central bank opened a credit line for Kasparbank on Monday.", NOTE], True),
])
def test_a_glued_organisation_word_names_the_organisation(a, found):
    b = ["Savers queued outside Kaspar Bank branches on Monday.", NOTE]
    got = _spellings(a, b)
    assert bool(got) is found, got
    if found:
        assert set(got[0]) == {"Kasparbank", "Kaspar Bank"}


def test_a_sector_noun_makes_the_organiser_one_company():
    # "Brightline Events said" had been a person, "Bright Line Events" a company: the kinds
    # clashed; the sector noun makes both the company
    a = ["Brightline Events said the festival in Orm would go ahead.", NOTE]
    b = ["The organiser, Bright Line Events, said the festival in Orm would go ahead.", NOTE]
    assert _spellings(a, b) == [{"Brightline Events": ["Orm Daily"], "Bright Line Events": ["Vell Post"]}]


def test_near_miss_a_glued_word_that_is_no_organisation_word_keeps_the_kinds_apart():
    # a town that glues a person's two names: a place and a person, however spelled
    a = ["Flooding hit homes in Vellmark on Monday.", NOTE]
    b = ["Vell Mark, 45, said the water was rising.", NOTE]
    assert _spellings(a, b) == []


# --- an age before the apposition does not hide the role --------------------------------------

@pytest.mark.parametrize(("after", "role"), [
    (", 45, the mayor's wife, said", {"wife"}),
    (", 45, a nurse, said", {"nurse"}),
    (" (45), a nurse, said", {"nurse"}),
    (", aged 45, a nurse, said", {"nurse"}),
    # near misses: an age alone, an age before a verb or a list, gives no role
    (", 45, said the road was closed", set()),
    (", 45, and Ivo Lund, 12, said", set()),
    (", 45.", set()),
])
def test_a_role_after_an_age(after, role):
    assert set(names_mod._role_after(after)) == role


@pytest.mark.parametrize(("a", "b", "found"), [
    # the mayor's wife, her age first, and the mayor a letter apart: two women
    (["Ana Lund, 45, the mayor's wife, said the road was closed.", NOTE],
     ["Ana Lundh, the mayor, said the road was closed.", NOTE], False),
    (["Ana Lund, 45, the mayor, said the road was closed.", NOTE],
     ["Ana Lundh, a nurse, said the road was closed.", NOTE], False),
    # near miss: the same post after the age: one mayor, spelled two ways
    (["Ana Lund, 45, the mayor, said the road was closed.", NOTE],
     ["Ana Lundh, the mayor, said the road was closed.", NOTE], True),
])
def test_two_posts_after_an_age_are_two_people(a, b, found):
    assert bool(_spellings(a, b)) is found


# --- a fold does not hide a dropped letter -----------------------------------------------------

@pytest.mark.parametrize(("b", "found"), [
    # the Polish "cz" folded to "ch" put a second letter between "Pelcz" and "Pelz"
    (["The crew had followed procedure, Anton Pelz told reporters in Orm.", NOTE], True),
    # near misses: the fold's own pair is one spelling (name.fold, as before); a surname
    # two letters apart as written, with no post or slot to tie them, stays apart
    (["The crew had followed procedure, Anton Pelch told reporters in Orm.", NOTE], True),
    (["The crew had followed procedure, Anton Pelts told reporters in Orm.", NOTE], False),
])
def test_a_fold_does_not_hide_a_dropped_letter(b, found):
    a = ["Anton Pelcz said on Monday that the crew had done well.", NOTE]
    got = _spellings(a, b)
    assert bool(got) is found, got


def test_near_miss_a_shortening_fold_keeps_its_length_floors():
    # the doubled letter folded: "Mattis" / "Mattias" are five and six letters as keys, too
    # short for a first word's typo link; written, they are six and seven, which would pass:
    # only a fold that keeps the length (cz/ch) is read past
    assert _spellings(["Mattis Orrby defended the police in Orm.", NOTE],
                      ["Mattias Orrby defended the police in Orm.", NOTE]) == []


def test_plain_key_keeps_the_written_letters():
    assert names.plain_key("Defence Minister Anton Pelcz") == "anton pelcz"
    assert names.link_key("Defence Minister Anton Pelcz") == "anton pelch"


# --- a post written with no article after the name's comma -----------------------------------

@pytest.mark.parametrize(("after", "role"), [
    (", mayor of Orm, said", {"mayor"}),
    (", spokeswoman for the ministry, said", {"spokesperson", "(f)"}),
    (", chief executive of Orm Bank, said", {"chief", "executive"}),
    (", head teacher at Orm School, said", {"head", "teacher"}),
    (", owner of the bakery, said", {"owner"}),
    (", mother of the victim, said", {"mother"}),
    (", mayor, said", {"mayor"}),
    (", Vellian foreign minister, said", {"vellian", "foreign", "minister"}),
    (", Orm police chief, said", {"orm", "police", "chief"}),
    # near misses: a place, another name, a participle, a verb, a pronoun's phrase: no post
    (", Orm, said", set()),
    (", Orm, Vellia, said", set()),
    (", Orm Bank, said", set()),
    (", Vellian, said", set()),
    (", and Ivo Marek, said", set()),
    (", accused of fraud, said", set()),
    (", said the mayor", set()),
    (", one of the victims, said", set()),
    (", now in hiding, said", set()),
])
def test_a_post_with_no_article(after, role):
    assert set(names_mod._role_after(after)) == role


@pytest.mark.parametrize(("b", "found"), [
    # the mayor and a bakery's owner, the mother of a victim, a letter apart: two women
    (["Ana Lundh, owner of the bakery, said the road was closed.", NOTE], False),
    (["Ana Lundh, mother of the victim, said the road was closed.", NOTE], False),
    (["Ana Lundh, Vellian foreign minister, said the road was closed.", NOTE], False),
    # near misses: the same post, with or without its article: one mayor
    (["Ana Lundh, the mayor, said the road was closed.", NOTE], True),
    (["Ana Lundh, mayor of the town, said the road was closed.", NOTE], True),
])
def test_two_posts_with_no_article_are_two_people(b, found):
    a = ["Ana Lund, mayor of Orm, said the road was closed.", NOTE]
    assert bool(_spellings(a, b)) is found
