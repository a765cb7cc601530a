"""Name variants in session 18, on invented text (fictional people, places and outlets), each
with near misses both ways:

- an age written beside each of two spellings a generation apart names two people (a father
  and his son of one name, "Marten Holst, 81," / "Martin Holst, 19,"), while two outlets'
  ages a few years apart or with two digits swapped are one person whose age an outlet got
  wrong (``names.ages_apart``);
- an age adjective inside a role phrase ("the mayor's 19-year-old son") no longer hides the
  post beside the name (``names._role_after`` / ``_role_before``);
- an article the story warning names off the story is no outlet's spelling in any finding,
  where two articles or more tell the story (``find_name_variants``);
- the classes probed this session that were already right stay right: a namesake in another
  post, two places a letter apart, an organisation and its parent group, a foundation named
  after a person, a spelling convention in an organisation's name, a given name's feminine
  form, two given names that share their first letters.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.findings import coverage
from storylens.findings import names as names_mod
from storylens.findings.names import (
    _age_beside,
    _role_after,
    _role_before,
    ages_apart,
    find_name_variants,
)

OUTLETS = ["Orm Daily", "Vell Post", "Tarn Herald", "Kelby Courier"]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _spellings(*articles: list[str]) -> list[dict[str, list[str]]]:
    ctx = support.verbatim_context(list(articles), OUTLETS[:len(articles)])
    return [f.detail["spellings"] for f in find_name_variants(ctx)]


# --- ages beside a name -----------------------------------------------------------------------

@pytest.mark.parametrize(("before", "after", "age"), [
    ("", ", 81, laid the first stone.", 81),
    ("", " (81) laid the first stone.", 81),
    ("", ", aged 81, laid the first stone.", 81),
    ("", ", 54.", 54),
    ("The 81-year-old former mayor ", " laid the first stone.", 81),
    ("", ", the mayor's 19-year-old son, laid the first stone.", 19),
    ("", ", a 19-year-old student, laid the first stone.", 19),
    # near misses: an age that is someone else's, or no age at all
    ("The 19-year-old son of ", " laid the first stone.", None),
    ("", ", whose 19-year-old son laid the first stone.", None),
    ("", ", who is 54, laid the first stone.", None),
    ("", ", 12 points ahead of her rival.", None),
    ("", ", 3.5 million crowns richer.", None),
    ("", ", 2026.", None),
])
def test_age_beside_a_name(before, after, age):
    assert _age_beside(before, after) == age


@pytest.mark.parametrize(("a", "b", "apart"), [
    ({81}, {19}, True),     # a father and his son
    ({64}, {38}, True),     # a mother and her daughter
    ({52}, {54}, False),    # one leader, an outlet's wrong age (a fact conflict)
    ({45}, {54}, False),    # two digits swapped
    ({81}, {82}, False),    # a birthday between two reports
    ({81}, set(), False),   # one form without an age fits either
    # review18d: ten to fourteen years apart is no generation but a tens digit mistyped
    ({52}, {62}, False),    # one leader, "52" typed "62"
    ({34}, {47}, False),
    ({48}, {18}, True),     # a generation apart: a father and his son, however typed
    ({45}, {60}, True),
])
def test_ages_apart(a, b, apart):
    assert ages_apart(frozenset(a), frozenset(b)) is apart


STONE_A = "The first stone of the Orm bridge was laid on Monday by Marten Holst, 81, who drew up its plans in 1975."
STONE_B = "Martin Holst, 19, laid the first stone of the Orm bridge on Monday, cheered by his classmates."
STONE_B_SAME = "Engineer Martin Holst, 82, laid the first stone of the Orm bridge on Monday."
STONE_B_PRE = "The 83-year-old engineer Martin Holst laid the first stone of the Orm bridge on Monday."
STONE_B_SON_OF = "The first stone was laid on Monday by the 19-year-old son of engineer Martin Holst."


@pytest.mark.parametrize(("b", "found"), [
    (STONE_B, False),          # a generation apart: the father and his son
    (STONE_B_SAME, True),      # ages a year apart: one engineer, two spellings
    (STONE_B_PRE, True),       # an age adjective before the name, two years apart
    (STONE_B_SON_OF, True),    # the age is the son's, not the name's: no age beside it
])
def test_ages_tell_a_father_from_his_son(b, found):
    got = _spellings([STONE_A], [b])
    assert bool(got) is found, got
    if found:
        assert set(got[0]) == {"Marten Holst", "Martin Holst"}


@pytest.mark.parametrize(("a", "b", "found"), [
    # one rescued miner whose age one outlet mistyped in its tens digit: one man
    (["Rescuers pulled miner Teodor Varnescu, 41, from the collapsed shaft at Dolna on Monday."],
     ["Teodor Varnesku, 51, was the last of the six miners brought up at Dolna on Monday."], True),
    # near miss: a generation apart, a father and his son of one name
    (["Rescuers pulled miner Teodor Varnescu, 47, from the collapsed shaft at Dolna on Monday."],
     ["Teodor Varnesku, 19, was the last of the six miners brought up at Dolna on Monday."], False),
])
def test_an_age_mistyped_in_its_tens_is_one_person(a, b, found):
    got = _spellings(a, b)
    assert bool(got) is found, got


# --- an age adjective inside a role phrase ----------------------------------------------------

@pytest.mark.parametrize(("after", "role"), [
    (", the mayor's 19-year-old son.", {"son"}),
    (", a 54-year-old nurse, said", {"nurse"}),
    (", the mayor's son.", {"son"}),
])
def test_role_after_reads_through_an_age(after, role):
    assert _role_after(after) == role


@pytest.mark.parametrize(("before", "role"), [
    ("cheered by his 19-year-old son ", {"son"}),
    ("Former mayor ", {"mayor"}),
])
def test_role_before_reads_through_an_age(before, role):
    assert _role_before(before) == role


def test_a_grandson_through_his_age_is_not_the_former_mayor():
    a = ["Former mayor Marten Holst laid the first stone of the Orm bridge on Monday."]
    b = ["The first stone was laid on Monday by Martin Holst, the former mayor's 19-year-old grandson."]
    assert _spellings(a, b) == []


# --- an article off the story -----------------------------------------------------------------

ARREST = [
    "Police arrested Halvor Brekkstad, chief executive of Tarn Savings Bank, on Wednesday.",
    "Prosecutors said the bank had moved 300 million crowns for smugglers.",
]
ARREST_B = [
    "Police on Wednesday arrested the chief executive of Tarn Savings Bank, Halvor Brekkstad.",
    "Prosecutors said the bank had moved 300 million crowns for smugglers.",
]
OFF = [
    "Tarn Savings Bank will close twelve branches next year, chief executive Halvor Brekstad said in May.",
    "The branches in the north will close first.",
]
ARREST_C = [
    "Halvor Brekstad, the chief executive of Tarn Savings Bank, was arrested on Wednesday.",
    "The bank denied moving money for smugglers.",
]


def _off(monkeypatch, arts: set[str]) -> None:
    monkeypatch.setattr(coverage, "off_story", lambda ctx: set(arts))


def test_an_off_story_article_is_no_outlet_s_spelling(monkeypatch):
    _off(monkeypatch, {"a3"})
    # the off-story piece alone writes 'Brekstad': no finding
    assert _spellings(ARREST, ARREST_B, OFF) == []


def test_an_off_story_article_is_left_out_of_a_finding_it_shares(monkeypatch):
    _off(monkeypatch, {"a3"})
    got = _spellings(ARREST, ARREST_B, OFF, ARREST_C)
    assert got == [{"Halvor Brekkstad": ["Orm Daily", "Vell Post"], "Halvor Brekstad": ["Kelby Courier"]}]


def test_near_miss_the_same_article_in_the_story_is_an_outlet(monkeypatch):
    _off(monkeypatch, set())
    got = _spellings(ARREST, ARREST_B, OFF)
    assert got == [{"Halvor Brekkstad": ["Orm Daily", "Vell Post"], "Halvor Brekstad": ["Tarn Herald"]}]


def test_near_miss_two_articles_warned_apart_keep_their_finding(monkeypatch):
    # a warning on two articles says they may be two stories, not which one is off
    _off(monkeypatch, {"a1", "a2"})
    assert _spellings(ARREST, ARREST_C) == [{"Halvor Brekkstad": ["Orm Daily"], "Halvor Brekstad": ["Vell Post"]}]


# --- classes probed this session that were already right -------------------------------------

BUDGET = "The sport budget will fall by 12 percent next year, the ministry said on Tuesday."


@pytest.mark.parametrize(("a", "b"), [
    # a minister and a namesake striker, surnames a letter apart
    (["Finance Minister Ana Lindgren said the sport budget would fall by 12 percent next year."],
     [BUDGET, "Striker Ana Lundgren, who plays for Vellmark United, said the club could lose its youth team."]),
    # two villages a letter apart
    (["Floodwater cut off the village of Kovar on Sunday, and rescuers reached it by boat."],
     ["The river flooded Kovary, a town 40 km downstream, on Sunday."]),
    # an organisation and its parent group
    (["Halvard Bank was fined 4 million crowns on Monday over a leak of customer data."],
     ["The regulator fined Halvard Bank Group 4 million crowns over a data leak."]),
    # a foundation named after a person, and the person a letter apart
    (["The Ilse Brekk Foundation will pay for the stadium's youth pitch, the city said on Monday."],
     ["Businesswoman Ilse Brekke said on Monday she would pay for the stadium's youth pitch."]),
    # a spelling convention inside an organisation's name
    (["The Vellarian Defence Ministry denied on Monday that troops had crossed the border."],
     ["The Vellarian Defense Ministry on Monday denied that troops had crossed the border."]),
    (["The catch fell by a third, the World Fisheries Organisation said on Monday."],
     ["The catch fell by a third, the World Fisheries Organization said on Monday."]),
    # a given name's feminine form: the minister and his deputy
    (["Sports Minister Aleksandr Vorontsov signed the deal on Monday."],
     ["The deal was signed on Monday by Aleksandra Vorontsova, the sports minister's deputy."]),
    # two given names that share their first letters
    (["Architect Yusuf Demirel designed the stadium."],
     ["Engineer Yusra Demirel oversaw the stadium's construction."]),
])
def test_near_misses_stay_apart(a, b):
    assert _spellings(a, b) == []


# --- two names that differ in the word saying what kind of thing they name -------------------

STORM = "The storm tore roofs off houses on Sunday night."


@pytest.mark.parametrize(("a", "b", "found"), [
    (["The storm tore the roof off a house near Kovar Bridge on Sunday night."],
     ["The storm tore roofs off houses on Kovar Ridge on Sunday night."], False),
    (["A tree fell across Sunset Lane on Sunday night."],
     ["A tree fell across the Sunset Line tram tracks on Sunday night."], False),
    (["Two boats sank off Orm Port during the storm."],
     ["Two boats sank, the Orm Post reported on Monday."], False),
    # near misses: the proper word of the name spelled two ways is one thing
    (["Guests at the Velmarra Hotel were moved to the basement."],
     ["Guests at the Velmara Hotel were moved to the basement."], True),
    (["The storm sank two boats of Halvorsen Shipping on Sunday night."],
     ["The storm sank two boats of Halvorson Shipping on Sunday night."], True),
    # a person's surname that is also a kind word keeps its spelling link
    (["Residents were evacuated, fire chief Annika Palace said."],
     ["Residents were evacuated, fire chief Annika Palance said."], True),
])
def test_a_kind_word_apart_is_two_things(a, b, found):
    got = _spellings(a, b)
    assert bool(got) is found, got


# --- a given name's inner vowel: a transliteration's, or another name -------------------------

CLINIC = "Shells hit the clinic in Darsa on Sunday, hurting 12 patients."


@pytest.mark.parametrize(("a", "b", "found"), [
    # "a" against "i": two names (in sentences that do not align: two people's words)
    ("Hamid Darwish said the building had no shelter.",
     "His cousin had waited at the gate for hours, Hamad Darwish told reporters.", False),
    ("Samir Darwish said the building had no shelter.",
     "Her cousin had waited at the gate for hours, Samar Darwish told reporters.", False),
    # near misses: the vowels a transliteration writes two ways
    ("Ahmad Darwish said the building had no shelter.",
     "The building had no shelter at all, Ahmed Darwish told reporters on Monday.", True),
    ("Yusuf Darwish said the building had no shelter.",
     "The building had no shelter at all, Yusef Darwish told reporters on Monday.", True),
    ("Hamid Darwish said the building had no shelter.",
     "The building had no shelter at all, Hamed Darwish told reporters on Monday.", True),
])
def test_an_inner_vowel_of_a_given_name(a, b, found):
    got = _spellings([CLINIC, a], [CLINIC, b])
    assert bool(got) is found, got


# --- a capital held one letter too long ------------------------------------------------------

@pytest.mark.parametrize(("a", "b", "apart"), [
    ("HIllary Vance", "Hillary Vance", False),   # the shift key held: a slip, not a spelling
    ("OStrava Steel", "Ostrava Steel", False),
    # near misses: a brand's or a prefix's inner capital is the name's own
    ("EstraGaz", "Estragaz", True),
    ("McDonald", "Mcdonald", True),
    ("DeVos", "Devos", True),
])
def test_a_second_letter_capital_is_a_slip(a, b, apart):
    from storylens.findings.names import inner_caps_apart
    assert inner_caps_apart(a, b) is apart


def test_a_shift_slip_is_no_finding():
    a = ["HIllary Vance, the party's candidate, led the poll on Monday."]
    b = ["Hillary Vance, the party's candidate, led the poll on Monday by four points."]
    assert _spellings(a, b) == []


# --- a name the page credits is the newsroom's --------------------------------------------------

DAM = "The council approved the Orm dam plan on Tuesday after a two-year row."
FARMER = '"We have waited too long," said Anna Ruiz, a farmer whose fields flood every spring.'


@pytest.mark.parametrize(("credit", "found"), [
    ("(Reporting by Ana Ruiz in Orm; Editing by Mark Heinrich)", False),
    ("(Reporting by Tomas Vell and Ana Ruiz; Editing by Mark Heinrich)", False),
    ("Photo: Ana Ruiz / Orm Daily", False),
    ("Ana Ruiz contributed reporting from Orm.", False),
    ("Ana Ruiz is Orm Daily's environment reporter.", False),
    # near misses: the same name as a person of the story
    ("Ana Ruiz, who farms by the river, said the dam came too late.", True),
    ("The plan was drawn up by Ana Ruiz, the council's engineer.", True),
    ("By Tuesday, Ana Ruiz had sold her fields.", True),
    # review18d: a credit line opens with its label, at the sentence's start or its bracket
    ("Farmers gathered by the dam on Tuesday. (Photo by Ana Ruiz/Orm Daily)", False),
    ("Additional reporting by Ana Ruiz", False),
    # near misses: the same verbs and labels inside the story's prose
    ("The list of flooded farms was compiled by Ana Ruiz over two winters.", True),
    ("Investigative reporting by Ana Ruiz revealed cracks in the dam last year.", True),
    ("A video by Ana Ruiz showed the water reaching the school's windows.", True),
    ("By Ana Ruiz's count, 40 farms flood every spring.", True),
])
def test_a_credited_name_is_no_story_name(credit, found):
    got = _spellings([DAM, credit], [DAM, FARMER])
    assert bool(got) is found, got


def test_a_story_name_after_a_credit_verb_still_tells_two_people_apart():
    # review18d: Orm Daily names the list's compiler "Ana Ruiz" and a farmer "Anna Ruiz",
    # two people; Vell Post's "Ana Ruiz" is the compiler: no finding (read as a page credit,
    # the compiler's mention was left out and Vell Post's compiler met Orm Daily's farmer)
    a = [DAM, "The list of flooded farms was compiled by Ana Ruiz over two winters.",
         "Anna Ruiz said her own fields flooded every spring."]
    b = [DAM, "Ana Ruiz said the list of flooded farms was far from complete."]
    assert _spellings(a, b) == []


# --- a given name's feminine form made by a swap or a changed last letter ---------------------

FERRY = "The ferry ran aground off Tarn on Friday with 200 passengers aboard."


@pytest.mark.parametrize(("a", "b", "found"), [
    ("Kristian Holmberg said the crew had ignored the warnings.",
     "Her brother was still aboard when the ship tilted, Kristina Holmberg told reporters.", False),
    ("Aleksandar Holmberg said the crew had ignored the warnings.",
     "Her brother was still aboard when the ship tilted, Aleksandra Holmberg told reporters.", False),
    ("Alexis Holmberg said the crew had ignored the warnings.",
     "Her brother was still aboard when the ship tilted, Alexia Holmberg told reporters.", False),
    # near misses: one woman's or one man's name spelled two ways
    ("Deborah Holmberg said the crew had ignored the warnings.",
     "The crew had ignored every warning, Debora Holmberg told reporters on Saturday.", True),
    ("Mathias Holmberg said the crew had ignored the warnings.",
     "The crew had ignored every warning, Matthias Holmberg told reporters on Saturday.", True),
    ("Kristian Holmberg said the crew had ignored the warnings.",
     "The crew had ignored every warning, Kristan Holmberg told reporters on Saturday.", True),
])
def test_a_feminine_ending_by_a_swap_is_another_person(a, b, found):
    got = _spellings([FERRY, a], [FERRY, b])
    assert bool(got) is found, got


# --- one kind word in two spellings is one thing (review18d) ----------------------------------

@pytest.mark.parametrize(("a", "b", "one"), [
    ("The catch fell by a third, the Orm Fisheries Organisation said on Monday.",
     "The catch fell by a third, the Orm Fisheries Organization reported on Monday.", True),
    # near miss: two kind words, two things
    ("Floodwater closed Kovar Bridge on Sunday night.",
     "Floodwater cut off the houses on Kovar Ridge on Sunday night.", False),
])
def test_one_kind_word_in_two_spellings_is_one_name(a, b, one):
    # one cluster (what the coverage summary and the story's name ties read), and no
    # finding: a spelling convention
    ctx = support.verbatim_context([[a], [b]], OUTLETS[:2])
    groups = names_mod.name_clusters(ctx)[0]
    arts = [{art for art, e in g if e.kind != "person"} for g in groups
            if any(e.text.startswith(("Orm Fisheries", "Kovar")) for _, e in g)]
    assert ({"a1", "a2"} in arts) is one, arts
    assert _spellings([a], [b]) == []
