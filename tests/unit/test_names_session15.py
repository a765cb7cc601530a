"""Name variants with evidence beyond one spelling rule (session 15), on invented text:

- a vowel's accent dropped by an outlet whose own text writes marked letters elsewhere
  (``name.accent-dropped``, shown) vs by a page with no marked letter at all (a desk that
  drops them everywhere: ``name.accents``, under the display floor);
- two close spellings of a full name tied by the post both outlets give the person beside
  it (``name.role``), where the sentences do not align;
- a one-word place's two romanisations (``name.romanised``: a vowel for a vowel, "s" for
  "z", an "h" after a sibilant dropped);
- a given name in two romanisations, the surname equal (``name.given-romanised``).

Near misses for each: another consonant of a place ("Iceland" / "Ireland" style), an
ending, five letters; an occupation rather than a post, two posts, a weak title, a single
word; a given name of another letter, two posts; the same person's two forms in one
article.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.confidence import rule_confidence
from storylens.findings.names import (
    _romanised_edit,
    _romanised_given,
    find_name_variants,
    spelling_rule,
)

OUTLETS = ["Orm Daily", "Vell Post"]


def _variants(a: list[str], b: list[str]):
    """name_variant findings of two invented articles (no sentence aligned unless equal)."""
    return find_name_variants(support.verbatim_context([a, b], OUTLETS))


def _spellings(found) -> list[set[str]]:
    return [set(f.detail["spellings"]) for f in found]


# --- a vowel's accent dropped -----------------------------------------------------------

WIRE = ["Judge Renata Sávolo opened the hearing in Cordalia on Monday.",
        "The court will sit again in May, the clerk said."]


def test_accent_dropped_by_a_desk_that_keeps_marks_elsewhere_is_shown():
    post = ["Judge Renata Savolo opened the hearing on Monday.",
            "Defence lawyer Tomás Ferrel said his client would appeal."]
    (f,) = _variants(WIRE, post)
    assert set(f.detail["spellings"]) == {"Renata Sávolo", "Renata Savolo"}
    assert f.detail["rule"] == "name.accent-dropped"
    assert 0.5 <= f.confidence < 0.9  # shown by default, graded under the spelling rules


def test_accent_dropped_by_a_desk_that_writes_no_marks_is_its_style():
    # the page writes no marked letter anywhere: an English-language desk's style
    # (the gold's "Renee Silberman"), graded under the display floor
    post = ["Judge Renata Savolo opened the hearing on Monday.",
            "Defence lawyer Tomas Ferrel said his client would appeal."]
    (f,) = _variants(WIRE, post)
    assert f.detail["rule"] == "name.accents"
    assert f.confidence < 0.5


def test_a_loanwords_accent_says_nothing_of_names():
    # "café" in lower case: the desk may keep a loanword's accent and drop names' accents
    post = ["Judge Renata Savolo opened the hearing on Monday.",
            "Lawyers met in the court café before the session."]
    (f,) = _variants(WIRE, post)
    assert f.detail["rule"] == "name.accents"


@pytest.mark.parametrize("said", [
    "Lawyers called the failed coup d'état a farce before the session.",
    "The court was strict vis-à-vis the defence before the session.",
    "The accused served in an élite unit before the session.",
    "Lawyers met in the court's café à la française before the session.",
    # capitalised, opening a sentence, and still no name (review15b)
    "Café owners near the court closed early.",
    "Élite police units guarded the building.",
])
def test_a_loanword_with_a_marked_letter_says_nothing_of_names(said):
    # "état", "à", "élite" start with a marked letter in lower case; "Café", "Élite" open a
    # sentence: no name (entities are read, not capitalised words)
    # (review15b: a [^a-z] class read them as capitalised, so "Savolo" was shown)
    post = ["Judge Renata Savolo opened the hearing on Monday.", said]
    (f,) = _variants(WIRE, post)
    assert f.detail["rule"] == "name.accents"


def test_letter_of_another_alphabet_keeps_its_rule():
    # a caron makes another letter: name.letters whatever the desk writes elsewhere
    assert spelling_rule("Vera Hronková", "Vera Hronkova") == "name.accents"
    assert spelling_rule("Vera Hrončová", "Vera Hroncova") == "name.letters"


# --- one post beside two close spellings --------------------------------------------------

ROLE = [
    # (outlet A's sentences, outlet B's, the two spellings or None)
    pytest.param(["The captain, Orel Vasquin, a pilot with 12,000 hours, was treated in hospital."],
                 ["The captain, Orel Vaskin, fought to keep the jet on the runway."],
                 {"Orel Vasquin", "Orel Vaskin"}, id="captain-qu-k"),
    pytest.param(["Mayor Liesel Tarnquist opened the shelter on Friday."],
                 ["Mayor Liesel Tarnkvist visited the flooded streets."],
                 {"Liesel Tarnquist", "Liesel Tarnkvist"}, id="mayor-titled-both"),
    pytest.param(["Former mayor Liesel Tarnquist was questioned on Friday."],
                 ["The scheme was approved by former mayor Liesel Tarnkvist in 2019."],
                 {"Liesel Tarnquist", "Liesel Tarnkvist"}, id="former-mayor-both"),
    # near misses
    pytest.param(["Maren Tollquist, a nurse at the clinic, treated the first patients."],
                 ["Maren Tollkist, a nurse, said the ward was full."],
                 None, id="an-occupation-not-a-post"),
    pytest.param(["Judge Orel Vasquin adjourned the case."],
                 ["Mayor Orel Vaskin welcomed the ruling."],
                 None, id="two-posts"),
    pytest.param(["Defence Minister Orel Vasquin visited the base."],
                 ["Finance Minister Orel Vaskin announced the budget."],
                 None, id="two-posts-sharing-a-word"),
    pytest.param(["Party leader Orel Vasquin condemned the raid."],
                 ["Party leader Orel Vaskin called for calm."],
                 None, id="a-weak-title-alone"),
    pytest.param(["Orel Vasquin was treated in hospital."],
                 ["Orel Vaskin fought to keep the jet on the runway."],
                 None, id="no-post-at-all"),
    # a former and a current holder of one post (review15b)
    pytest.param(["Defence Minister Oskar Brandel inspected the damaged base."],
                 ["The base was built under former defence minister Oskar Brandt in 1994."],
                 None, id="a-former-and-a-current-minister"),
    pytest.param(["Mayor Ilse Tarnquist opened the shelter on Friday."],
                 ["Ilse Tarnkvist, a former mayor, said the shelter was built too late."],
                 None, id="a-current-and-an-ex-mayor-apposition"),
    pytest.param(["The ex-governor Vadim Korsakov was detained at the airport."],
                 ["Governor Vadim Korsakin praised the police."],
                 None, id="ex-governor-and-governor"),
    pytest.param(["The captain, Orel Vasquin, was treated in hospital."],
                 ["The captain, Orel Varga, fought to keep the jet on the runway."],
                 None, id="too-far-apart"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), ROLE)
def test_one_post_links_close_spellings(a, b, spellings):
    found = _variants(a, b)
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings
    assert f.detail["rule"] == "name.role" and f.detail["linked_by"] == "role"
    assert 0.5 <= f.confidence < 0.9


# --- a one-word place's two romanisations -------------------------------------------------

@pytest.mark.parametrize(("x", "y", "marked", "linked"), [
    ("kalizhevo", "kalishevo", False, True),  # "ж" as "zh" or "sh"
    ("trazhno", "trazno", False, True),  # the "h" of "zh" dropped
    ("brotel", "bretel", True, True),  # "Brötel" written plain, another vowel
    ("tolmea", "tolmia", True, True),
    # near misses
    ("brotel", "bretel", False, False),  # a vowel between two plain forms: two places
    ("dunmarton", "dunmerton", False, False),  # as "Walton" / "Wilton" (review15b)
    ("irevand", "icevand", True, False),  # another consonant: two places ("Ireland" / "Iceland")
    ("kelvora", "kelvoran", True, False),  # an ending: a people's or a language's name
    ("orlan", "orlin", True, False),  # five letters: two places as often as one
    ("zelgrad", "selgrad", False, False),  # the first letter
    ("vardosk", "vadrosk", False, False),  # two letters swapped: a typo's rule, not this one
    ("marvosa", "marvosi", True, False),  # the last letter
])
def test_romanised_edit_table(x, y, marked, linked):
    assert _romanised_edit(x, y, marked) is linked


PLACES = [
    pytest.param(["Most of the damage was in Kalizhevo, a town of 8,000 people."],
                 ["In Kalishevo, families slept in the street after the tremor."],
                 {"Kalizhevo", "Kalishevo"}, id="zh-sh"),
    pytest.param(["The bus left the road above the village of Trazhno on Tuesday."],
                 ["Residents of Trazno had warned about the bend for years."],
                 {"Trazhno", "Trazno"}, id="h-dropped"),
    pytest.param(["Snow closed the pass above Brötelsee on Monday."],
                 ["Snow closed roads around Bretelsee for a second day."],
                 {"Brötelsee", "Bretelsee"}, id="a-written-plain-umlaut"),
    pytest.param(["Flights to Irevand were cancelled on Monday."],
                 ["Flights to Icevand resumed on Monday."],
                 None, id="another-consonant-two-places"),
    # two neighbouring villages an inner vowel apart, neither written with a mark: a storm
    # story's two outlets each name one (review15b: "Walton" / "Wilton", "Milton" / "Melton")
    pytest.param(["Flood water reached Ashmarton before dawn, the council said."],
                 ["In Ashmerton, families were moved to the school hall."],
                 None, id="two-plain-places-a-vowel-apart"),
    pytest.param(["The train from Kelburg was halted for three hours."],
                 ["Passengers in Kolburg waited for buses until noon."],
                 None, id="two-plain-towns-a-vowel-apart"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), PLACES)
def test_place_romanisations(a, b, spellings):
    found = _variants(a, b)
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings
    assert f.detail["rule"] == "name.romanised"
    assert 0.5 <= f.confidence < 0.9


# --- a given name in two romanisations ----------------------------------------------------

@pytest.mark.parametrize(("x", "y", "linked"), [
    ("yelizaveta", "elizaveta", True),  # the iotated "е" at the start
    ("ievgenia", "yevhenia", True),  # and Ukrainian "h" for Russian "g"
    ("hlib", "glib", True),
    ("soetrisno", "sutrisno", True),  # the Dutch-era "oe" of an Indonesian name
    ("jovan", "yovan", True),  # "j" for the English "y" at the start
    ("teodor", "theodor", True),  # a written-plain "th"
    ("jan", "yan", False),  # three letters: too short to tell
    ("tea", "thea", False),
    # near misses
    ("gana", "jana", False),
    ("ivan", "ivo", False),
    ("yana", "ana", False),  # "ya" is another name's start, not the iotated "е"
    ("mara", "mira", False),
    # an initial "h" / "g" before a vowel: two names (review15b)
    ("hary", "gary", False),  # "Harry" / "Garry" (doubled letters folded on the key)
    ("hilda", "gilda", False),
    ("hina", "gina", False),
    ("olha", "olga", True),  # inside the name: Ukrainian "h" for Russian "g"
])
def test_romanised_given_table(x, y, linked):
    assert _romanised_given(x, y) is linked


GIVEN = [
    pytest.param(["Prosecutors charged Yevheniya Dorosh with fraud on Monday."],
                 ["Evgeniya Dorosh denied the charges through her lawyer."],
                 {"Yevheniya Dorosh", "Evgeniya Dorosh"}, id="ye-e-and-h-g"),
    pytest.param(["Club president Jusuf Tarkan was arrested at his home."],
                 ["Yusuf Tarkan, the club's president, was arrested on Tuesday."],
                 {"Jusuf Tarkan", "Yusuf Tarkan"}, id="j-y-five-letters"),
    pytest.param(["The ship's owner, Hlib Savchak, did not comment."],
                 ["Glib Savchak, who owns the ship, declined to comment."],
                 {"Hlib Savchak", "Glib Savchak"}, id="h-g"),
    # near misses
    pytest.param(["Judge Hlib Savchak adjourned the trial."],
                 ["Mayor Glib Savchak praised the rescuers."],
                 None, id="two-posts"),
    pytest.param(["Harry Dobson lost 40 sheep when the river burst its banks."],
                 ["Garry Dobson said the water rose in minutes."],
                 None, id="two-brothers-harry-garry"),
    pytest.param(["Hilda Moretti said the water came in fast."],
                 ["Gilda Moretti, a neighbour, said she heard a crack."],
                 None, id="hilda-gilda"),
    pytest.param(["Hana Kolar said the shop was looted.", "Jana Kolar, her sister, was not there."],
                 ["Jana Kolar said the shop was looted."],
                 None, id="another-given-name"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), GIVEN)
def test_given_name_romanisations(a, b, spellings):
    found = _variants(a, b)
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings
    assert f.detail["rule"] == "name.given-romanised"
    assert 0.5 <= f.confidence < 0.9


def test_a_given_name_the_typo_rule_links_keeps_its_rule():
    # one edit in a given name of six letters: the typo rule linked it before the
    # romanisation rule and still grades it
    (f,) = _variants(["Prosecutors charged Yelyzaveta Dorosh with fraud on Monday."],
                     ["Elizaveta Dorosh denied the charges through her lawyer."])
    assert f.detail["rule"] == "name.typo"


def test_one_article_writing_both_romanisations_names_two_people():
    # an article that writes both forms tells two people apart (no two outlets differ)
    a = ["Yevhen Marchuk and Evgen Marchuk, his cousin, were both detained."]
    b = ["Evgen Marchuk was detained on Monday."]
    assert _variants(a, b) == []


# --- a title word: "Warden" ---------------------------------------------------------------

def test_warden_is_a_title_not_part_of_the_name():
    a = ["Warden Rosario Beltrão was suspended on Tuesday."]
    b = ["Warden Rosario Beltrao was suspended pending an inquiry."]
    (f,) = _variants(a, b)
    assert set(f.detail["spellings"]) == {"Rosario Beltrão", "Rosario Beltrao"}


@pytest.mark.parametrize("sentence", [
    "Edith Warden, 71, was rescued from the roof on Monday.",
    "Edith Warden said the water rose in minutes.",
])
def test_warden_as_a_surname_stays_in_the_name(sentence):
    # a weak title word (as "Major" in "John Major"): a title only before a name, so a
    # surname "Warden" ends the name instead of cutting it (review15b: "Edith" alone,
    # then no name at all)
    from storylens.findings.names import _entities
    ctx = support.verbatim_context([[sentence], ["Nothing else happened."]], OUTLETS)
    assert [e.text for e in _entities(ctx.docs[0])] == ["Edith Warden"]


def test_new_rules_have_confidences():
    for rule in ("name.accent-dropped", "name.role", "name.romanised", "name.given-romanised"):
        assert 0.5 <= rule_confidence(rule) < 0.9


# --- near misses across the rules (brief item 2) ------------------------------------------

NEAR = [
    # two relatives: the surname's gendered forms under two given names
    pytest.param(["Anton Petrashev, the ferry's owner, was detained."],
                 ["His sister Irina Petrasheva said the family would cooperate."],
                 id="relatives-petrashev-petrasheva"),
    # two different people one letter apart under two posts
    pytest.param(["Judge Vadim Korsak adjourned the hearing."],
                 ["Governor Vadim Korsek called for calm."],
                 id="two-posts-one-letter"),
    # a place and a person spelled alike
    pytest.param(["The flood reached Kalizhevo before dawn."],
                 ["Governor Ilse Kalishevo visited the shelters."],
                 id="a-place-and-a-person"),
    # a style abbreviation of a romanised place is no variant
    pytest.param(["Pilgrims gathered at St Varzheno on Sunday."],
                 ["Pilgrims gathered at Saint Varzheno on Sunday."],
                 id="st-saint"),
]


@pytest.mark.parametrize(("a", "b"), NEAR)
def test_near_misses_stay_apart(a, b):
    found = _variants(a, b)
    assert found == [], [f.summary for f in found]
