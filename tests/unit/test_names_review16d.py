"""Near misses of the session-16 name rules found in review (review16d), on invented text:

- two rivers (glaciers, dams) of one kind whose names share a first letter and differ by
  two letters inside ("the Strena river" / "the Strava river") are two places: the kind
  noun ties only a definite suffix ("Skarvbreen" / "Skarvbre") or one edit;
- an East Asian given name written with a hyphen and both syllables capitalised ("Kim
  Jong-Un" / "Kim Jong Un") is the romanisation's style, as the lower-case syllable is;
- a place's hyphen written as a space ("Vesna-Korbaj" / "Vesna Korbaj", as desks write
  "Nagorno Karabakh") is a desk's style, as "Saint-" is: ``name.hyphen`` is a person's or
  an organisation's spelling only;
- a capitalised sentence opener ("Summit talks collapsed") is no name when another
  article of the story writes the word in lower case ("the summit"), though that article
  names someone "Sumit";
- "Rector" at the end of a name, with no name after it, is the surname ("Dan Rector, 45,"),
  not a title starting a new name;
- a hyphen after an Arabic bound name word ("Abdul-Wahid" / "Abdul Wahid", "Abu-Tarek")
  is a transliteration's style, as "al-" is.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.names import _hyphen_dropped, find_name_variants, spelling_rule

OUTLETS = ["Orm Daily", "Vell Post"]


def _variants(a: list[str], b: list[str]):
    return find_name_variants(support.verbatim_context([a, b], OUTLETS))


KIND_NOUN = [
    pytest.param(["Floods swept villages along the Strena river on Monday.",
                  "Three people died in the town of Orvik."],
                 ["Farms along the Strava river were under water on Tuesday.",
                  "The army sent boats to the valley."],
                 None, id="two-rivers-two-letters-apart"),
    pytest.param(["Engineers opened the gates of the Tolmina dam at noon."],
                 ["Engineers inspected the Tolvira dam downstream on Sunday."],
                 None, id="two-dams-two-letters-apart"),
    # still found: a definite suffix, one edit
    pytest.param(["The helicopter crashed near the Skarvbreen glacier on Monday."],
                 ["Residents near the Skarvbre glacier said the flights were too low."],
                 {"Skarvbreen", "Skarvbre"}, id="a-definite-suffix"),
    pytest.param(["The ice of the Orteratsch glacier retreated 30 metres this year."],
                 ["The ice of the Orterasch glacier retreated fast, scientists said."],
                 {"Orteratsch", "Orterasch"}, id="one-letter-dropped"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), KIND_NOUN)
def test_kind_noun_ties_a_suffix_or_one_edit(a, b, spellings):
    found = _variants(a, b)
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings


HYPHEN = [
    pytest.param(["Leader Kim Jong-Un inspected the launch on Monday."],
                 ["Leader Kim Jong Un inspected the launch, state media said."],
                 None, id="korean-syllables-capitalised"),
    pytest.param(["President Tsai Ing-Wen met the envoy on Friday."],
                 ["President Tsai Ing Wen met the envoy."],
                 None, id="a-taiwanese-given-name"),
    pytest.param(["Fighting resumed in Vesna-Korbaj province on Monday, officials in Orvik said."],
                 ["Fighting resumed in Vesna Korbaj province on Monday night, officials in Orvik said."],
                 None, id="a-place"),
    # still found: a person's, a company's
    pytest.param(["Mayor Jean-Remy Castaing said the village was in shock."],
                 ["Mayor Jean Remy Castaing said the village was in mourning."],
                 {"Jean-Remy Castaing", "Jean Remy Castaing"}, id="double-given-name"),
    pytest.param(["Minister Adaeze Okafor-Bright announced the inquiry."],
                 ["Minister Adaeze Okafor Bright announced an inquiry on Friday."],
                 {"Adaeze Okafor-Bright", "Adaeze Okafor Bright"}, id="double-surname"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), HYPHEN)
def test_hyphen_styles(a, b, spellings):
    found = _variants(a, b)
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings
    assert f.detail["rule"] == "name.hyphen"


@pytest.mark.parametrize(("a", "b", "dropped"), [
    ("Kim Jong-Un", "Kim Jong Un", False),  # surname, then two romanised syllables
    ("Moon Jae-In", "Moon Jae In", False),
    ("Lee Hsien-Loong", "Lee Hsien Loong", False),
    ("Jean-Paul Varnier", "Jean Paul Varnier", True),  # a hyphen in the first word: a given name
    ("Ana Okafor-Bright", "Ana Okafor Bright", True),
    ("Eva Lund-Hall", "Eva Lund Hall", True),  # not syllables of a romanisation
])
def test_hyphen_dropped_romanised_syllables(a, b, dropped):
    assert _hyphen_dropped(a, b) is dropped
    assert _hyphen_dropped(b, a) is dropped


def test_a_place_hyphen_is_a_style():
    assert spelling_rule("Vesna-Korbaj", "Vesna Korbaj", {"place"}) is None
    assert spelling_rule("Tarnvik-Stal", "Tarnvik Stal", {"org"}) == "name.hyphen"
    assert spelling_rule("Vesna-Korbaj", "Vesna Korbaj", {"place", "norp"}) is None
    assert spelling_rule("Tarnvik-Stal", "Tarnvik Stal", {"other"}) == "name.hyphen"
    assert spelling_rule("Tarnvik-Stal", "Tarnvik Stal", {"place", "org"}) == "name.hyphen"
    # one mention the entity pass does not read as a place keeps the name (a company's
    # name read as a place in one text: "its plant in Tarnvik Stal")
    assert spelling_rule("Tarnvik-Stal", "Tarnvik Stal", {"place", "other", "norp"}) == "name.hyphen"


# --- a sentence's first word that another outlet writes in lower case -----------------------

OPENERS = [
    pytest.param(["The envoy Sumit told reporters that the summit had failed.",
                  "Talks may resume in March."],
                 ["Summit talks collapsed on Monday after a walkout.",
                  "Delegates left the hall."],
                 None, id="a-common-word-the-other-outlet-writes"),
    # still found: a name no article writes in lower case
    pytest.param(["The bridge was renovated in 2017 by the construction company Tervastroy.",
                  "The firm said it would cooperate with investigators."],
                 ["Tervastroi, the contractor that renovated the bridge, won the work without a tender.",
                  "Tervastroi insisted that it had followed the design."],
                 {"Tervastroy", "Tervastroi"}, id="a-name"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), OPENERS)
def test_an_opener_is_no_word_of_the_story(a, b, spellings):
    found = _variants(a, b)
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings


# --- "Rector" is a surname too ------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "title"), [
    ("Police said Dan Rector, 45, was arrested on Monday.", "Dan Rector", None),
    ("Witnesses told Marta Rector that the shop was closed.", "Marta Rector", None),
    # still a title before a name, at a sentence's start or after an institution
    ("Rector Oriana Mirandal said the talks had failed.", "Oriana Mirandal", "Rector"),
    ("The Vell University Rector Oriana Mirandal called the police.", "Oriana Mirandal", "Rector"),
])
def test_rector_at_the_end_of_a_name_is_the_surname(text, name, title):
    ctx = support.verbatim_context([[text]], OUTLETS[:1])
    (e,) = [e for e in ctx.docs[0].analysis.entities if e.text.startswith(name.split()[0])]
    assert (e.text, e.title) == (name, title)


# --- an Arabic bound name word before the hyphen --------------------------------------------

@pytest.mark.parametrize(("a", "b", "dropped"), [
    ("Abdel-Karim Haddari", "Abdel Karim Haddari", False),
    ("Samir Abdul-Wahid", "Samir Abdul Wahid", False),
    ("Abu-Tarek Nassif", "Abu Tarek Nassif", False),
    ("Karim Haddari-Nassif", "Karim Haddari Nassif", True),  # a double surname still is
])
def test_hyphen_after_a_bound_arabic_word(a, b, dropped):
    assert _hyphen_dropped(a, b) is dropped
    assert _hyphen_dropped(b, a) is dropped


def test_bound_arabic_word_hyphen_is_no_finding():
    found = _variants(["Interior Minister Samir Abdul-Wahid said the border was closed."],
                      ["Interior Minister Samir Abdul Wahid said the border would stay closed."])
    assert found == [], [f.summary for f in found]
