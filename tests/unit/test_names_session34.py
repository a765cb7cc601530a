"""Session 34 (names34): a name variant's line shows the person's name, one line per
spelling difference, and an acronym glued to a name is the name written as one word.

Invented dev d222 showed "'Affairs Sanna Holmqvist' ... and 'Affairs Sanna Holmkvist'" (the
name span swallowed the office's last word: "Minister for Digital Affairs"), d228 "'Dean
Tomáš Kralj' ... and 'Dean Tomas Kralj'" (a post no shared list knows, shown in the name),
d229 three lines for one letter difference ("Korsgaard" / "Korsgård", and again inside
"Korsgaard Arena" and "Korsgaard Defence Systems"), and d222 missed "KestID" beside "Kest ID"
(a part of two capitals was too short for the joined-words rule). Invented names, places
and outlets, with near misses that keep their reading.
"""

from __future__ import annotations

import pytest
import support

from storylens.analysis.names import extract_entities
from storylens.findings.common import FindingContext
from storylens.findings.names import find_name_variants


def names_in(*sentences: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.title) for e in extract_entities(support.make_doc("a", "A", list(sentences)))]


def variants(*articles: list[str]):
    docs = [support.make_doc(f"a{i + 1}", f"Outlet {'ABCDE'[i]}", sents) for i, sents in enumerate(articles)]
    return find_name_variants(FindingContext.build(docs, []))


# --- a portfolio ends at its field noun ------------------------------------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("Minister for Digital Affairs Ottilie Brannvik said servers were moved.",
     ("Ottilie Brannvik", "Minister for Digital Affairs")),
    ("Secretary of State for Transport Ada Korrin said it was over.",
     ("Ada Korrin", "Secretary of State for Transport")),
    ("Secretary of State for Northern Affairs Ada Korrin said it was over.",
     ("Ada Korrin", "Secretary of State for Northern Affairs")),
    ("Director of Public Prosecutions Keir Halvdan said it was over.",
     ("Keir Halvdan", "Director of Public Prosecutions")),
    ("Head of Security Wim Orlovec said it was over.", ("Wim Orlovec", "Head of Security")),
    ("Head of Public Security Wim Orlovec said it was over.", ("Wim Orlovec", "Head of Public Security")),
    ("Commissioner for Energy Security Ola Brennvik said it was over.",
     ("Ola Brennvik", "Commissioner for Energy Security")),
    # a title word opens the portfolio ("Foreign", "Home"): the post still ends at "Affairs"
    ("Minister for Foreign Affairs Lina Vargaso said it was over.",
     ("Lina Vargaso", "Minister for Foreign Affairs")),
    ("Minister of Home Affairs Lina Vargaso said it was over.",
     ("Lina Vargaso", "Minister of Home Affairs")),
    # near misses: a person's three words after a portfolio of one word stay whole
    ("Minister for Democracy Ines Calloway Marr said it was over.",
     ("Ines Calloway Marr", "Minister for Democracy")),
    # one word after the field noun is too little for a name: the reading stays
    ("Director of Public Prosecutions Keir said it was over.", ("Prosecutions Keir", "Director of Public")),
])
def test_a_portfolio_ends_at_its_field_noun(sentence, want):
    assert want in names_in(sentence), names_in(sentence)


@pytest.mark.parametrize("sentence", [
    # "Head" is a post only before a field noun: "the head of a valley" gives no title
    "Head of Orm Valley Ana Lundqvist said it.",
    "The Head of Ormsby family Ana Lundqvist said it.",
])
def test_head_without_a_field_noun_is_no_post(sentence):
    assert not any(t and t.startswith("Head") for _, t in names_in(sentence)), names_in(sentence)


def test_a_misspelt_name_after_a_portfolio_is_shown_bare():
    (f,) = variants(["Minister for Digital Affairs Ottilie Brannvik said servers were moved."],
                    ["Minister for Digital Affairs Ottilie Branvik admitted the outage could last."])
    assert set(f.detail["spellings"]) == {"Ottilie Brannvik", "Ottilie Branvik"}, f.summary


def test_two_people_with_one_portfolio_stay_two():
    # one post, two holders a letter apart in the given name and unlike surnames: no variant
    fs = variants(["Minister for Digital Affairs Ottilie Brannvik said servers were moved."],
                  ["Minister for Digital Affairs Ottavia Sundberg said the outage could last."])
    assert fs == [], [f.summary for f in fs]


# --- a post written before a full name ------------------------------------------------

@pytest.mark.parametrize(("sentence", "want"), [
    ("Dean Tomislav Krajnc said the objects were priceless.", ("Tomislav Krajnc", "Dean")),
    ('"They are priceless," Provost Ana Lundqvist said.', ("Ana Lundqvist", "Provost")),
    ("She met Canon Ilse Marwick at the door.", ("Ilse Marwick", "Canon")),
    # near misses: one word after the post is the name's own ("Dean Morrowby"), and an
    # organisation's word makes the run a body's name
    ("Dean Morrowby said the objects were priceless.", ("Dean Morrowby", None)),
    ("Principal Orvane Financial Group said it would pay.", ("Principal Orvane Financial Group", None)),
])
def test_a_post_before_a_full_name(sentence, want):
    assert want in names_in(sentence), names_in(sentence)


def test_a_deans_name_is_shown_bare():
    (f,) = variants(['"It is priceless," Dean Tomáš Krajnc said.'],
                    ["Dean Tomas Krajnc said the objects were priceless."])
    assert set(f.detail["spellings"]) == {"Tomáš Krajnc", "Tomas Krajnc"}, f.summary


def test_two_deans_with_other_names_stay_two():
    fs = variants(["Dean Tomislav Krajnc said the objects were priceless."],
                  ["Dean Milena Ostrova said the chapter would pay a reward."])
    assert fs == [], [f.summary for f in fs]


# --- one line per spelling difference ---------------------------------------------------

def test_one_difference_inside_longer_names_is_one_line():
    fs = variants(
        ["The club signed a deal with Brandgaard Marine Systems on Friday.",
         "The ground will be called the Brandgaard Arena from May.",
         "Some 900 people work for Brandgaard in the port."],
        ["The club signed a deal with Brandgård Marine Systems on Friday.",
         "The ground will be called the Brandgård Arena from May.",
         "The navy buys radar masts from Brandgård every year."])
    assert len(fs) == 1, [f.summary for f in fs]
    (f,) = fs
    assert set(f.detail["spellings"]) == {"Brandgaard", "Brandgård"}, f.summary
    assert set(f.sentences) == {f"a{i}:s{j}" for i in (1, 2) for j in range(3)}, f.sentences
    assert f.detail["spellings"]["Brandgaard"] == ["Outlet A"], f.summary


def test_longer_names_alone_stay_their_own_lines():
    # no shorter line covers both: a company and a stadium are two names to show
    fs = variants(
        ["The club signed a deal with Brandgaard Marine Systems on Friday.",
         "The ground will be called the Brandgaard Arena from May."],
        ["The club signed a deal with Brandgård Marine Systems on Friday.",
         "The ground will be called the Brandgård Arena from May."])
    assert len(fs) == 2, [f.summary for f in fs]


def test_another_difference_in_the_longer_name_keeps_its_line():
    # the person's given name differs too: not the short line's difference alone, so the
    # person's line keeps its full spellings
    fs = variants(
        ["Some 900 people work for Brandgaard in the port.",
         "Chief executive Ottilie Brandgaard said the deal was fair."],
        ["The navy buys radar masts from Brandgård every year.",
         "Chief executive Otilie Brandgård said the deal was fair."])
    assert any(set(f.detail["spellings"]) == {"Ottilie Brandgaard", "Otilie Brandgård"} for f in fs), \
        [f.summary for f in fs]


# --- an acronym glued to a name -------------------------------------------------------

def test_an_acronym_glued_to_a_name_is_the_name_written_as_one_word():
    (f,) = variants(["Users could not log in with the VellID identity app on Monday."],
                    ["Users could not log in with Vell ID or pay their taxes on Monday."],
                    ["The Vell-ID login was down on Monday."])
    assert set(f.detail["spellings"]) == {"VellID", "Vell ID", "Vell-ID"}, f.summary


@pytest.mark.parametrize(("one", "two"), [
    # a two-letter part that is no acronym stays out, as before ("Al Vell" / "Alvell")
    ("Trade in the port of Alvell was slow on Monday.", "Trade in the port of Al Vell was slow on Monday."),
    # the acronym written small in the joined form: no capitals to tie the two
    ("Users could not log in with Vellid on Monday.", "Users could not log in with Vell ID on Monday."),
])
def test_short_parts_that_are_no_acronym_stay_apart(one, two):
    fs = variants([one], [two])
    assert not any({"Alvell", "Vellid"} & set(f.detail["spellings"]) for f in fs), [f.summary for f in fs]


def test_a_persons_full_name_covers_the_surnames_line():
    # the same hyphen in the surname alone: one line, and it shows the person's full name
    fs = variants(
        ["The party expelled its deputy leader, Tobias Marrek-Olund, on Sunday.",
         "The committee voted to expel Marrek-Olund with immediate effect."],
        ["Tobias Marrek Olund was expelled by the committee on Sunday.",
         '"I was expelled for asking questions," Marrek Olund said.'])
    assert len(fs) == 1, [f.summary for f in fs]
    (f,) = fs
    assert set(f.detail["spellings"]) == {"Tobias Marrek-Olund", "Tobias Marrek Olund"}, f.summary
    assert set(f.sentences) == {"a1:s0", "a1:s1", "a2:s0", "a2:s1"}, f.sentences
