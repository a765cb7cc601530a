"""Name variants in session 17, on invented text (fictional people, places and outlets), each
with near misses both ways:

- a hyphenated title built on a title word ("editor-in-chief", "attorney-general",
  "vice-chancellor") and a naval rank ("Commodore") are titles: split off the name, even
  opening a sentence, and read as the post beside the name. Two spellings whose outlets give
  them two posts ("the editor-in-chief" / "a defence ministry spokeswoman") are two people
  even when no article writes both; one person's post written two ways ("editor-in-chief" /
  "the paper's editor") stays one;
- a third form that differs from one of two people an article tells apart by a spelling
  convention only (a diacritic dropped) names that person, not the other one, however much
  surer a one-letter typo link to the other is graded (``names._nearer_apart``);
- a post in apposition right before a rank ("the regional fire commander, Colonel ...") is
  the person's post too, but never gives a post to a name with an honorific alone;
- a capital inside a word ("VornaGaz" / "Vornagaz") is the name's own spelling
  (``name.case``), not a first letter, a word in capitals or one article's two forms;
- one article writing two forms a letter apart names two people for every outlet.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis import names
from storylens.analysis.names import extract_entities
from storylens.findings.names import _role_before, find_name_variants, roles_apart

OUTLETS = ["Orm Daily", "Vell Post", "Tarn Herald"]


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr(names, "_spacy", lambda: None)


def _spellings(*articles: list[str]) -> list[set[str]]:
    ctx = support.verbatim_context(list(articles), OUTLETS[:len(articles)])
    return [set(f.detail["spellings"]) for f in find_name_variants(ctx)]


def _ents(*sentences: str) -> dict[str, tuple[str, str | None]]:
    doc = support.make_doc("a1", "Orm Daily", sentences)
    return {e.text: (e.kind, e.title) for e in extract_entities(doc)}


# --- hyphenated titles and naval ranks are titles ---------------------------------------------

@pytest.mark.parametrize(("sentence", "name", "title"), [
    ("Editor-in-chief Dunja Perić said the paper would not reveal its sources.",
     "Dunja Perić", "Editor-in-chief"),
    ("The archive was seized, said editor-in-chief Dunja Perić on Monday.",
     "Dunja Perić", "editor-in-chief"),
    ("Attorney-General Oskar Lindqvist signed the warrant.", "Oskar Lindqvist", "Attorney-General"),
    ("Vice-Chancellor Mirela Ostrovac closed the campus.", "Mirela Ostrovac", "Vice-Chancellor"),
    ("Commodore Ilse Varga-Monteiro said the trawler was fishing illegally.",
     "Ilse Varga-Monteiro", "Commodore"),
])
def test_hyphenated_titles_and_ranks_split_off(sentence, name, title):
    got = _ents(sentence)
    assert got.get(name) == ("person", title), got


@pytest.mark.parametrize(("sentence", "name"), [
    # near misses: a hyphenated given name or surname is the name's own
    ("Anna-Lena Orsk said the paper would appeal.", "Anna-Lena Orsk"),
    ("The ruling angered Tomas Vell-Harding, the paper's owner.", "Tomas Vell-Harding"),
])
def test_hyphenated_names_stay_names(sentence, name):
    assert name in _ents(sentence)


@pytest.mark.parametrize(("before", "role"), [
    # a tail that qualifies the post names none of its own (review17b)
    ("said editor-in-chief", {"editor"}),
    ("the weekly's editor-at-large", {"editor"}),
    ("Attorney-General", {"attorney"}),
    ("the vice-chancellor", {"vice", "chancellor"}),
    ("Deputy Editor", {"deputy", "editor"}),
])
def test_hyphenated_title_is_its_words(before, role):
    assert _role_before(before + " ") == frozenset(role)


def test_one_post_written_two_ways_is_not_apart():
    editor_in_chief = frozenset({_role_before("editor-in-chief ")})
    editor = frozenset({_role_before("the paper's editor, ")})
    spokeswoman = frozenset({_role_before("Defence ministry spokeswoman ")})
    assert not roles_apart(editor_in_chief, editor)
    assert roles_apart(editor_in_chief, spokeswoman)


@pytest.mark.parametrize(("a", "b"), [
    # near misses: a tail that qualifies a post is no post of its own (review17b)
    ("said editor-in-chief ", "Police chief "),
    ("Attorney-General ", "the army's police general "),
])
def test_a_qualifying_tail_shares_no_post(a, b):
    assert roles_apart(frozenset({_role_before(a)}), frozenset({_role_before(b)}))


def test_the_editor_in_chief_is_not_the_police_chief():
    # the weekly's editor and the police chief, names a letter apart: two people
    chief = ["Officers raided the offices of the weekly Glasnik on Monday.",
             "Police chief Dunja Perin said the documents were stolen."]
    assert _spellings(EDITOR_A, chief) == []


# --- two people of near names, no article writing both ----------------------------------------

EDITOR_A = ["Police took eleven laptops from the weekly Glasnik on Monday.",
            "\"They took our whole archive,\" said editor-in-chief Dunja Perić."]
EDITOR_B = ["Officers raided the offices of the weekly Glasnik on Monday.",
            "Editor-in-chief Dunja Peric said the paper would not reveal its sources."]
SPOKESWOMAN = ["Officers raided the offices of the weekly Glasnik on Monday.",
               "Interior ministry spokeswoman Dunja Perin said the documents were stolen."]


def test_editor_and_spokeswoman_are_two_people():
    # the wire's and the left's editor, the right's ministry spokeswoman: the editor's two
    # spellings are a variant, the spokeswoman no spelling of hers
    assert _spellings(EDITOR_A, EDITOR_B, SPOKESWOMAN) == [{"Dunja Perić", "Dunja Peric"}]


def test_spokeswoman_alone_against_the_editor_is_no_variant():
    assert _spellings(EDITOR_A, SPOKESWOMAN) == []


@pytest.mark.parametrize("other", [
    # near misses: one person, her post written two ways or not at all
    ["Police raided the weekly Glasnik on Monday.",
     "The paper's editor, Dunja Perin, said its sources were safe."],
    ["Police raided the weekly Glasnik on Monday.",
     "Dunja Perin said the paper's sources were safe."],
])
def test_one_editor_spelled_two_ways_stays_a_variant(other):
    assert _spellings(EDITOR_A, other) == [{"Dunja Perić", "Dunja Perin"}]


# --- a convention's form names the person it is written like ----------------------------------

BOTH = ["Vesna Halić, who edits the weekly, said the raid was unlawful.",
        "Vesna Halin said the ministry had acted within the law."]


def test_a_dropped_diacritic_names_the_person_it_drops_it_from():
    # one article names two people, "Halić" and "Halin"; another outlet's "Halic" is the
    # first with her diacritic dropped, not the second one letter off
    assert _spellings(BOTH, ["Vesna Halic said the police took every laptop."]) == [
        {"Vesna Halić", "Vesna Halic"}]


def test_a_typo_of_the_other_person_still_links_to_her():
    # near miss: "Halinn" is one letter from "Halin" and nothing near "Halić"
    assert _spellings(BOTH, ["Vesna Halinn said the ministry had acted lawfully."]) == [
        {"Vesna Halin", "Vesna Halinn"}]


# --- a post in apposition before a rank is the person's post too ------------------------------

COLONEL = ["The blast ripped the roof off the silo at about 2 p.m.",
           "\"Everything points to a dust explosion,\" the regional fire commander, "
           "Colonel Joaquim Albuqerque, told reporters."]


def test_a_post_before_a_rank_is_the_persons_too():
    # the wire's colonel is the fire commander the left names by his post alone
    other = ["The blast tore apart the silo on Monday.",
             "Fire commander Joaquim Albuquerque said nothing could be ruled out."]
    assert _spellings(COLONEL, other) == [{"Joaquim Albuqerque", "Joaquim Albuquerque"}]


def test_a_post_before_an_honorific_gives_the_name_no_post():
    # near miss: the inquiry's chair and the obstetrician are one woman's two descriptions;
    # before "Dr" alone the apposition would set her apart from herself
    a = ["The 412-page report, led by obstetrician Dr Hedda Vornet, found serious failings."]
    b = ["The inquiry's chair, Dr Hedda Vornett, was blunt."]
    assert _spellings(a, b) == [{"Hedda Vornet", "Hedda Vornett"}]


def test_another_post_against_the_rank_and_its_post_stays_apart():
    # near miss: the mayor of a near name is neither the colonel nor the fire commander
    other = ["The blast tore apart the silo on Monday.",
             "Mayor Joaquim Albuquerque said the port would reopen."]
    assert _spellings(COLONEL, other) == []


# --- a capital inside a word is the name's own spelling (name.case) ----------------------------

CASE = [
    pytest.param(["The pipeline is run by the state company Vornagaz, officials said."],
                 ["Guards employed by VornaGaz patrolled the pipeline until 2024."],
                 {"Vornagaz", "VornaGaz"}, id="inner-capital"),
    pytest.param(["Inspectors raided Keltova Pharma on Tuesday."],
                 ["Inspectors raided KelTova Pharma on Tuesday morning."],
                 {"Keltova Pharma", "KelTova Pharma"}, id="inner-capital-in-a-longer-name"),
    # near misses: a style, not a spelling
    pytest.param(["The alliance, NATO, met in Orm on Monday."],
                 ["The alliance, Nato, met in Orm on Monday."], None, id="acronym-in-capitals"),
    pytest.param(["Judge Anna de Varga read the verdict on Monday."],
                 ["Judge Anna De Varga read the verdict on Monday."], None, id="first-letter"),
    pytest.param(["VORNAGAZ CUTS SUPPLY", "The state company Vornagaz cut supply on Monday."],
                 ["The state company Vornagaz said supply would resume on Friday."],
                 None, id="headline-capitals"),
    # near misses: a surname in capitals by house style, its prefix's small letter kept
    # (review17b: was name.case)
    pytest.param(["Judge Ewan McDORVAL read the verdict on Monday in Orm."],
                 ["Judge Ewan McDorval read the verdict on Monday in Orm."],
                 None, id="surname-in-capitals-after-mc"),
    pytest.param(["Minister Ilse DeVARNA opened the bridge at Orm on Monday."],
                 ["Minister Ilse DeVarna opened the bridge at Orm on Monday."],
                 None, id="surname-in-capitals-after-de"),
    # a brand's two capitals at its end stay its own spelling
    pytest.param(["The outage hit KelnOS phones across Orm on Monday."],
                 ["The outage hit Kelnos phones across Orm on Monday."],
                 {"KelnOS", "Kelnos"}, id="two-capitals-at-the-end"),
    # near miss: an article that writes both is the desk's slip, no outlet's spelling
    pytest.param(["VornaGaz said supply would resume.", "Vornagaz, the state company, cut supply."],
                 ["The state company Vornagaz said supply would resume on Friday."],
                 None, id="one-article-writes-both"),
]


@pytest.mark.parametrize(("a", "b", "spellings"), CASE)
def test_inner_capital(a, b, spellings):
    found = find_name_variants(support.verbatim_context([a, b], OUTLETS[:2]))
    if spellings is None:
        assert found == [], [f.summary for f in found]
        return
    (f,) = found
    assert set(f.detail["spellings"]) == spellings
    assert f.detail["rule"] == "name.case"
    assert f.confidence >= 0.5  # shown by default


# --- one article writing two forms another letter apart names two people ----------------------

OBSERVER = ["Fire chief Matías Orvell declared the fire extinguished at 6 p.m.",
            "Its leader, Matias Orvello, said the union would take part in the inquiry."]
WIRE = ["Fire chief Matías Orvell said the fire had been contained."]
LEFT = ["\"Every report went into a drawer,\" said Matias Orvello, general secretary of the "
        "oil workers' federation."]


def test_one_report_naming_both_sets_them_apart_for_every_outlet():
    # the fire chief and the union leader: the Observer names both, the wire and the left
    # one each; no outlet's spelling of either is the other's
    assert _spellings(OBSERVER, WIRE, LEFT) == []


def test_one_report_writing_a_name_two_ways_by_a_convention_is_no_second_person():
    # near miss: a diacritic dropped in one of its two mentions is the desk's spelling, and
    # the other outlets still differ
    a = ["Interior Minister Ana Orvelič opened the inquiry.",
         "Ana Orvelic said the police had acted lawfully."]
    b = ["Interior Minister Ana Orvelic defended the police."]
    c = ["Ana Orvelič, the interior minister, opened an inquiry."]
    assert _spellings(a, b, c) == [{"Ana Orvelič", "Ana Orvelic"}]
