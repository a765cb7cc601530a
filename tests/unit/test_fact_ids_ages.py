"""The fact model's identifiers, ages and passages (issue 11, fact model item 1).

* A number that labels something (an ISBN, a phone, case, flight or model number, a
  postcode) is no amount: it never becomes a fact.
* "aged 71", "71-year-old", "Derek Vell, 71," are one measure, a person's age; a date or
  another figure near "aged" is not an age; one person's age at one time is one fact
  anywhere in the story.
* Two unaligned sentences right after the two sentences of one alignment group continue
  one passage: a count of one counted noun in each is one fact.

Invented text only (fictional places, people and outlets), each true case beside its near
misses.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import doc_mentions, find_fact_conflicts
from storylens.models import Alignment, Document
from storylens.options import Options

ON = Options(story_facts=True)


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    """The rule path, with or without the optional spaCy pipeline."""
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def make_doc(art: str, outlet: str, *sentences: str,
             published: str | None = "2026-11-18") -> Document:
    return support.make_doc(art, outlet, sentences, published=published)


def mentions(sentence: str) -> dict[str, facts._Mention]:
    """The sentence's fact mentions by their text."""
    return {m.q.text: m for _, ms in doc_mentions(make_doc("a1", "Outlet A", sentence))
            for m in ms}


def run(a: list[str], b: list[str], aligned=(), options: Options = ON,
        pub_a: str | None = "2026-11-18", pub_b: str | None = "2026-11-18"):
    da = make_doc("a1", "Outlet A", *a, published=pub_a)
    db = make_doc("a2", "Outlet B", *b, published=pub_b)
    als = [Alignment("edited", (f"a1:s{i}", f"a2:s{j}"), 0.7) for i, j in aligned]
    return find_fact_conflicts(FindingContext.build([da, db], als, options=options))


def values(found) -> list[set[str]]:
    return [{v["text"] for v in f.detail["values"]} for f in found]


# --- identifiers: (sentence, number as written, is it a fact?) ------------------------
IDENTIFIERS = [
    # labels and codes: never a count
    ("The memoir (ISBN 978-1-90-412345-6) sold 40,000 copies in Vell.", "978", False),
    ("The Orm memoir, ISBN 9781904123456, is out.", "9781904123456", False),
    ("Readers can call the Vell hotline on 555-0123 today.", "555", False),
    ("Readers can call the Vell hotline on phone 555-1234 today.", "555", False),
    ("The Dessen office is on (020) 7946 0958 until noon.", "7946", False),
    ("Case No. 19-cv-1234 was filed in Dessen.", "19", False),
    ("Flight 370 of Vell Air left Dessen late.", "370", False),
    ("Police closed Route 66 near Dessen.", "66", False),
    ("Orsk police imposed Section 144 in the old town.", "144", False),
    ("The Rovers are now the No. 2 club in Vell.", "2", False),
    ("Dessen College rose to #23 in the ranking.", "23", False),
    ("The Orm Comet 737 was grounded in Vell.", "737", False),
    ("The Vell bakery is at Mill Lane, Dessen 62704.", "62704", False),
    # near misses: amounts that look like them
    ("The floods drove 12000 people from Dessen.", "12000", True),
    ("About 500-1000 people marched in Dessen.", "500", True),
    ("The Orm Comet carried 180 passengers from Vell.", "180", True),
    ("Floods Kill 19 In Dessen", "19", True),  # a title-cased headline
    ("In Dessen 19 were killed on Tuesday.", "19", True),
    ("The keeper made 41-of-44 saves for Vell.", "41", True),
    ("The Dessen plan runs from 2019-2025, officials said.", "2019", True),
    ("Growth in Vell will be 2.5-2.6 per cent.", "2.5", True),
    ("Thirty-three states allow medical hemp.", "Thirty-three", True),
    ("FT: Vell Rovers 2 vs Orsk City 0", "2", True),  # a score line: goals, not a label
]


@pytest.mark.parametrize(("sentence", "number", "is_fact"), IDENTIFIERS,
                         ids=[c[0][:40] for c in IDENTIFIERS])
def test_identifiers_are_not_facts(sentence, number, is_fact):
    assert (number in mentions(sentence)) == is_fact, sorted(mentions(sentence))


# --- head words inside a title the number is glued to (s7-facts) ----------------------
# (sentence, number as written, its heads, or None when it is no fact at all)
TITLE_HEADS = [
    # the head word is part of the title before the number: a title, not a toll
    ("Red Vell Dead Redemption 2 sold well in Orsk.", "2", None),
    ("Fans of The Walking Dead 2 queued in Orsk for hours.", "2", None),
    ("The Vell Troops 20 scheme trained 300 veterans as teachers.", "20", None),
    # near misses: the head word is the measure
    ("Storm Leaves 14 Dead In Vell As Rivers Burst", "14", {"dead"}),  # title-cased headline
    ("The Vell storm left 14 dead on Tuesday.", "14", {"dead"}),
    ("Orsk Militia Killed 14 Soldiers In Vell", "14", {"dead", "troops"}),
    ("Red Vell Dead Redemption 2 sold 17 million copies in Orsk.", "17 million", set()),
]


@pytest.mark.parametrize(("sentence", "number", "heads"), TITLE_HEADS,
                         ids=[c[0][:40] for c in TITLE_HEADS])
def test_head_words_inside_a_title_are_no_measure(sentence, number, heads):
    m = mentions(sentence)
    if heads is None:
        assert number not in m, sorted(m)
    else:
        assert m[number].heads == heads


# --- a date's measure is an event, not an amount (s7-facts) ------------------------------
DATE_MEASURES = [
    # an amount's period: no measure ("earned in 2019" dates the earnings)
    ("Mara Orm earned $40,000 in ad revenue in 2019, she said.", "2019", set()),
    ("The Vell council set its budget for 2021 on Monday.", "2021", set()),
    ("Vell sent 300 troops to Orsk in 2019.", "2019", set()),
    # near misses: the date of an event keeps its measure
    ("Derek Vell died on Dec. 3 in Dessen.", "Dec. 3", {"dead"}),
    ("The Vell bridge opened in 1974.", "1974", {"opened"}),
    ("The Orsk parliament passed the bill on Dec. 11.", "Dec. 11", {"passed"}),
    ("Two Vell men were arrested on Dec. 29 in Orsk.", "Dec. 29", {"arrested"}),
]


@pytest.mark.parametrize(("sentence", "number", "heads"), DATE_MEASURES,
                         ids=[c[0][:40] for c in DATE_MEASURES])
def test_a_date_measures_only_an_event(sentence, number, heads):
    assert mentions(sentence)[number].heads == heads


def test_an_amounts_date_is_no_act():
    # "earned" dates the earnings: no head, and no act either (an act's day is one fact)
    assert mentions("Mara Orm earned on Dec. 3 a record sum from Vellube.")["Dec. 3"].act is None
    # near miss: a verb with no head word is the act its date dates
    assert mentions("The Orsk branch of Vell Savings was robbed on Dec. 28.")["Dec. 28"].act == "robbed"
    # "aged" near a date measures no amount: the act stays
    assert mentions("The aged Vell guard was robbed on Dec. 28 in Orsk.")["Dec. 28"].act == "robbed"


@pytest.mark.parametrize(("sentence", "number", "heads"), [
    ("Derek Orm passed away on Dec. 12 in Dessen, his family said.", "Dec. 12", {"dead"}),
    ("Passing away on Dec. 12, Derek Orm left three children.", "Dec. 12", {"dead"}),
    # near misses: a law's passage; "passed" before anything but "away"
    ("The Vell senate passed the Orsk water bill on Dec. 11.", "Dec. 11", {"passed"}),
    ("The Orsk water bill passed easily on Dec. 11.", "Dec. 11", {"passed"}),
], ids=["passed-away", "passing-away", "passed-the-bill", "passed-easily"])
def test_passed_away_is_a_death(sentence, number, heads):
    assert mentions(sentence)[number].heads == heads


def test_a_death_and_a_bills_passage_are_two_facts():
    bill = "The Vell senate passed the Orsk water bill on Dec. 11, a year after Derek Orm wrote it."
    found = run(["Vell senator Derek Orm, who wrote the Orsk water bill, passed away on Dec. 12, "
                 "the Vell senate said."], [bill])
    assert found == []  # before s7-facts: "passed" Dec. 12 vs Dec. 11
    # near miss: one death dated to two days
    found = run(["Vell senator Derek Orm, who wrote the Orsk water bill, passed away on Dec. 12, "
                 "the Vell senate said."],
                ["Derek Orm, the Vell senator who wrote the Orsk water bill, died on Dec. 11, "
                 "the senate said."])
    assert values(found) == [{"Dec. 12", "Dec. 11"}]


def test_two_peoples_earnings_in_two_years_are_no_conflict():
    # unaligned, tied by a name and words; before s7-facts: "gross" 2019 vs 2018
    found = run(["Vell student Mara Orm told Orsk Radio how much money she earned on Vellube in 2019."],
                ["Dessen, another Vellube star, told Orsk Radio how much he earned per month on Vellube in 2018."])
    assert found == []
    # near miss: one event dated to two years in the same kind of sentences
    found = run(["Vell student Mara Orm told Orsk Radio the Vellube studio opened in 2019."],
                ["Dessen told Orsk Radio the Vellube studio opened in 2018, he said."])
    assert values(found) == [{"2019", "2018"}]


def test_an_isbn_is_never_a_conflicting_count():
    found = run(["The Orm memoir (ISBN 978-1-90-412345-6) sold 40,000 copies."],
                ["The Orm memoir (ISBN 979-1-90-412345-6) sold 40,000 copies."], [(0, 0)],
                options=Options())
    assert found == []


# --- ages: (sentence, number as written, years, person key, other time) ---------------
AGES = [
    ("Derek Vell, 71, died in Dessen on Tuesday.", "71", 71, "derek vel", False),
    ("The 71-year-old Derek Vell died in Dessen.", "71-year-old", 71, "derek vel", False),
    ("The 71-year-old retired teacher Derek Vell died.", "71-year-old", 71, "derek vel",
     False),
    ("Derek Vell, a 72-year-old retired teacher, spoke.", "72-year-old", 72, "derek vel",
     False),
    ("Mr Derek Vell (71) was charged in Dessen.", "71", 71, "derek vel", False),
    ("Derek Vell, aged 71, was charged in Dessen.", "71", 71, "derek vel", False),
    ("Mara Orm is 34 years old.", "34 years old", 34, None, False),
    ("Mara Orm began skating at the age of 9.", "9", 9, None, True),
    ("The then 25-year-old Derek Vell fled Dessen.", "25-year-old", 25, "derek vel", True),
    ("Derek Vell would have been 72 years old on Friday.", "72 years old", 72, None, True),
    ("The 35-year-old Vellan was charged.", "35-year-old", 35, None, False),  # a people
    ("A 25-year-old man whom Derek Vell shot died.", "25-year-old", 25, None, False),
]


@pytest.mark.parametrize(("sentence", "number", "years", "person", "other"), AGES,
                         ids=[c[0][:40] for c in AGES])
def test_ages(sentence, number, years, person, other):
    m = mentions(sentence)[number]
    assert m.family == "age" and m.heads == {"age"}
    assert m.q.value == years and m.person == person
    assert (m.time == "earlier") == other


@pytest.mark.parametrize(("sentence", "number"), [
    ("He served a 17-year sentence in Dessen.", "17-year"),  # a span, not an age
    ("She lived in Dessen for 18 years.", "18 years"),
    ("The Vell mill, 71, is closed.", "71"),  # beside no person: no age
    ("Derek Vell 71 times scored.", "71"),
])
def test_not_ages(sentence, number):
    m = mentions(sentence)[number]
    assert m.family != "age" and "age" not in m.heads


def test_a_date_near_aged_is_not_an_age():
    """"lost his battle with cancer in May 2018 aged 71 years": the date has no measure
    "age" (it had, and so could meet any age)."""
    ms = mentions("He lost his battle with cancer in May 2018 aged 71 years.")
    assert ms["May 2018"].family == "when" and "age" not in ms["May 2018"].heads
    assert ms["71 years"].family == "age"


# --- one person's age across the story ------------------------------------------------
AGE_CASES = [
    pytest.param(["Derek Vell, 71, a retired Dessen teacher, died on Tuesday."],
                 ["The 72-year-old Derek Vell taught in Orsk for years."],
                 {}, [{"71", "72-year-old"}], id="one-person-two-ages-true"),
    pytest.param(["Derek Vell, 71, a retired Dessen teacher, died on Tuesday."],
                 ["The 71-year-old Derek Vell taught in Orsk for years."],
                 {}, [], id="one-person-one-age"),
    pytest.param(["Derek Vell, 71, a retired Dessen teacher, died on Tuesday."],
                 ["Lisa Vell, 72, taught in Orsk for years."],
                 {}, [], id="two-people"),
    pytest.param(["Derek Vell, 71, a retired Dessen teacher, spoke on Tuesday."],
                 ["The 72-year-old Derek Vell taught in Orsk for years."],
                 {"pub_b": "2027-12-01"}, [], id="a-year-later"),
    pytest.param(["Derek Vell began skating at the age of 9 in Dessen."],
                 ["Derek Vell, who began riding at the age of 8, lives in Orsk."],
                 {}, [], id="ages-at-other-moments"),
    pytest.param(["The 71-year-old mayor of Dessen died on Tuesday."],
                 ["The 72-year-old mayor of Dessen died on Tuesday."],
                 {}, [], id="unaligned-ages-of-no-one-named"),
]


@pytest.mark.parametrize(("a", "b", "kw", "expected"), AGE_CASES)
def test_person_age(a, b, kw, expected):
    found = run(a, b, **kw)
    assert values(found) == expected, [f.summary for f in found]
    for f in found:
        assert f.detail["rule"] == "fact.unaligned.referent"
        assert "the age of Derek Vell" in f.summary


def test_person_age_across_sentences_is_a_story_wide_rule():
    """On by default since s7-facts, like every rule for sentences the aligner left
    apart; ``story_facts=False`` turns it off."""
    a = ["Derek Vell, 71, a retired Dessen teacher, died on Tuesday."]
    b = ["The 72-year-old Derek Vell taught in Orsk for years."]
    assert values(run(a, b, options=Options())) == [{"71", "72-year-old"}]
    assert run(a, b, options=Options(story_facts=False)) == []


def test_aligned_ages_of_one_person_by_default():
    found = run(["Derek Vell, 71, and his wife Ana Vell, 68, left Dessen on Tuesday."],
                ["Derek Vell, 71, and Ana Vell, 69, left Dessen on Tuesday."], [(0, 0)],
                options=Options())
    assert values(found) == [{"68", "69"}]
    assert found[0].summary == "Outlet A gives the age of Ana Vell as 68; Outlet B as 69."


# --- a passage: the sentences after one aligned pair ----------------------------------
LEAD_A = "Vell is the 11th state in the union to allow the sale of recreational hemp."
LEAD_B = "Vell is the 11th state to legalise recreational hemp, along with Orsk."
PASSAGES = [
    pytest.param([LEAD_A, "Thirty-three states allow hemp for medical use."],
                 [LEAD_B, "Thirty-four states and the capital permit medical hemp treatment."],
                 [(0, 0)], [{"Thirty-three", "Thirty-four"}], id="counts-after-one-aligned-pair"),
    pytest.param([LEAD_A, "Thirty-three states allow hemp for medical use."],
                 [LEAD_B, "Thirty-four countries permit medical hemp treatment."],
                 [(0, 0)], [], id="another-counted-noun"),
    pytest.param([LEAD_A, "Thirty-three states allow hemp for medical use."],
                 [LEAD_B, "Thirty-four states voted against it last year."],
                 [(0, 0)], [], id="nothing-shared-but-the-noun"),
    pytest.param([LEAD_A, "Thirty-three states allow hemp for medical use."],
                 [LEAD_B, "The law took effect in Vell on Monday.",
                  "Thirty-four states permit medical hemp treatment."],
                 [(0, 0)], [], id="not-the-next-sentence"),
    pytest.param([LEAD_A, "Thirty-three states and 12 territories allow medical hemp."],
                 [LEAD_B, "Thirty-four states permit medical hemp treatment."],
                 [(0, 0)], [], id="two-counts-in-one-sentence"),
    pytest.param([LEAD_A, "Thirty-three states allow hemp for medical use."],
                 [LEAD_B, "Thirty-four states permit medical hemp treatment."],
                 [], [], id="no-aligned-pair-before"),
]


@pytest.mark.parametrize(("a", "b", "aligned", "expected"), PASSAGES)
def test_passage_after_an_aligned_pair(a, b, aligned, expected):
    found = run(a, b, aligned)
    assert values(found) == expected, [f.summary for f in found]
    for f in found:
        assert f.detail["rule"] == "fact.unaligned.context"
        assert f.summary == ("Outlet A gives the number of states as Thirty-three; "
                             "Outlet B as Thirty-four.")


def test_passage_rule_is_on_by_default():
    a = [LEAD_A, "Thirty-three states allow hemp for medical use."]
    b = [LEAD_B, "Thirty-four states permit medical hemp treatment."]
    assert values(run(a, b, [(0, 0)], options=Options())) == [{"Thirty-three", "Thirty-four"}]
    assert run(a, b, [(0, 0)], options=Options(story_facts=False)) == []


@pytest.mark.parametrize(("sentence", "number", "is_fact"), [
    ("The Vell house passed the bill 218-214 on Tuesday.", "218", True),  # a vote
    ("On the flight 200 passengers fell ill near Dessen.", "200", True),
    ("She rang him on the phone 20 times from Dessen.", "20", True),
    ("Flight 370 vanished with 239 people aboard.", "370", False),
    ("No 12 people were hurt in Dessen, police said.", "12", True),
    ("The talks were held at No 10 in Vell.", "10", False),
])
def test_label_nouns_before_counts(sentence, number, is_fact):
    """Nouns that label a number ("flight 370") or may stand before a count ("the flight
    200 passengers took"): a counted noun after the number keeps it an amount."""
    assert (number in mentions(sentence)) == is_fact, sorted(mentions(sentence))


def test_a_sentence_opening_word_is_no_product_name():
    """"Nearly 1,500 coal plants": a capitalised word opening the sentence glued to a
    number is not "Boeing 737"."""
    assert "1,500" in mentions("Nearly 1,500 coal and gas plants in Vell burn lignite.")
    assert "737" not in mentions("Dessen Air flies the Orm Comet 737 from Vell.")
    assert "1,500" in mentions("Coal is the largest source in Vell. Nearly 1,500 coal plants "
                               "burn lignite.")  # one segment of two sentences
