"""Three causes of wrong fact conflicts on blind-written partisan stories (s12-facts12),
each beside its near misses. Invented text only (fictional places, armies and hospitals).

1. A count's referent: a name inside the count's own noun phrase ("four Tarvish
   soldiers", "a Merovan unit of about 60 soldiers") is its referent, and a name that qualifies another plural noun further on
   ("in a clash with Merovan troops") is another group's, not the count's place.
2. A count's measure: two counts of one counted noun ("soldiers") whose own heads differ
   ("killed" / "wounded") are two quantities; in unaligned sentences a toll and a count
   with no such head ("a unit of 60 soldiers") are two as well.
3. A figure's time: a figure in a relative clause on a noun phrase dated to its own
   (earlier) year ("a 2019 review at Dunmore Infirmary, which found 14 deaths") is that
   other event's.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.facts import _other_measure, doc_mentions, mentions_compatible
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


# a second sentence that makes both armies' names peoples' names (the rules-only name
# typing reads a capitalised word mid-sentence as untyped without such a use)
_PEOPLES = "Merovan and Tarvish officers declined to comment."


def _mention(sentence: str, number: str, published: str | None = "2026-11-18"):
    doc = support.make_doc("a1", "Outlet A", [sentence, _PEOPLES], published=published)
    for sid, ms in doc_mentions(doc):
        for m in ms:
            if sid == "a1:s0" and m.q.text == number:
                return m
    raise AssertionError(f"no mention {number!r} in {sentence!r}")


@pytest.mark.parametrize(("sentence", "number", "places"), [
    # the name in the count's own phrase; the other army's name is not its place
    ("Four Tarvish soldiers were killed in a clash with Merovan troops near the pass.",
     "Four", {"tarvish"}),
    # a name on another plural noun, away from the count: another group
    ("Six soldiers were killed as Merovan troops shelled the border post.", "Six", set()),
    ("Seven soldiers were wounded when Merovan gunners opened fire.", "Seven", set()),
    # near misses: the name in the count's phrase, a place after "in"/"near", a name
    # before the count on a singular noun
    ("Two Merovan soldiers were killed, the general said.", "Two", {"merovan"}),
    ("Seven soldiers were wounded in the clash near Kesta.", "Seven", {"kesta"}),
    ("A Merovan unit of about 60 soldiers attacked the post.", "60", {"merovan"}),
    ("Nine soldiers died in Kesta on Monday.", "Nine", {"kesta"}),
    # a name on the noun whose "of" phrase holds the count is the count's, not a name
    # further on ("a Tarvish post"); near miss: a name that owns no such noun
    ("A Merovan unit of about 60 soldiers approached a Tarvish post.", "60", {"merovan"}),
    ("The Merovan army said a unit of 60 soldiers crossed into Tarvish territory.", "60",
     {"tarvish"}),
    # a name before the number: another group when it qualifies a plural of its own, the
    # count's place after it still is ("near Kesta")
    ("Merovan gunners killed four soldiers at the post.", "four", set()),
    ("Merovan gunners killed four soldiers near Kesta.", "four", {"kesta"}),
])
def test_a_count_s_referent_is_its_own_phrase_s_name(sentence, number, places):
    assert set(_mention(sentence, number).places) == places


@pytest.mark.parametrize(("a", "na", "b", "nb", "aligned", "other"), [
    # two heads of one counted noun: two quantities, aligned or not
    ("Four soldiers were killed at the post.", "Four",
     "Seven soldiers were wounded at the post.", "Seven", True, True),
    ("Four soldiers were killed at the post.", "Four",
     "Seven soldiers were wounded at the post.", "Seven", False, True),
    ("Twelve protesters were arrested.", "Twelve",
     "Twelve protesters were injured.", "Twelve", False, True),
    # unaligned: a toll and a unit's size
    ("Four soldiers were killed at the post.", "Four",
     "A unit of 60 soldiers attacked the post.", "60", False, True),
    # near misses: one head on both sides; a one-sided head in aligned sentences (the
    # alignment says they report one thing); no head on either side
    ("Four soldiers were killed at the post.", "Four",
     "Five soldiers were killed at the post.", "Five", False, False),
    ("Four soldiers were killed at the post.", "Four",
     "Five soldiers died at the post.", "Five", False, False),
    ("Four soldiers were killed at the post.", "Four",
     "A unit of 60 soldiers attacked the post.", "60", True, False),
    ("A unit of 40 soldiers attacked the post.", "40",
     "A unit of 60 soldiers attacked the post.", "60", False, False),
])
def test_counts_with_other_heads_are_other_measures(a, na, b, nb, aligned, other):
    assert _other_measure(_mention(a, na), _mention(b, nb), aligned) is other


@pytest.mark.parametrize(("a", "b", "fires"), [
    # aligned sentences: killed / wounded soldiers are two counts
    ("Four soldiers were killed at the Kesta post on Monday, the army said.",
     "Seven soldiers were wounded at the Kesta post on Monday, the army said.", False),
    # near miss: one toll, two values
    ("Four soldiers were killed at the Kesta post on Monday, the army said.",
     "Five soldiers were killed at the Kesta post on Monday, the army said.", True),
])
def test_aligned_killed_and_wounded(a, b, fires):
    found = support.fact_summaries(a, b, Options())
    assert bool(found) is fires, found


@pytest.mark.parametrize(("sentence", "published", "time"), [
    # a relative clause on a noun phrase with its own earlier year: that event's figure
    ("The report follows a 2019 review at Dunmore Infirmary, which found 14 avoidable deaths.",
     "2026-11-18", "earlier"),
    ("It recalled the 2018 flood in Orsk, which killed 14 people.", "2026-11-18", "earlier"),
    # no publication date: a year alone on the noun phrase still dates another event
    ("The report follows a 2019 review at Dunmore Infirmary, which found 14 avoidable deaths.",
     None, "earlier"),
    # near misses: the year is the figure's own time (no relative clause); the year is
    # not earlier than the article's; a relative clause on a noun phrase with no year;
    # another clause break between the year and the clause
    ("The review found 14 avoidable deaths at Dunmore Infirmary in 2019.", "2026-11-18", "2019"),
    ("In 2019, a review at Dunmore Infirmary found 14 avoidable deaths.", "2026-11-18", "2019"),
    ("The 2026 review at Dunmore Infirmary, which found 14 avoidable deaths, was published.",
     "2026-11-18", "2026"),
    ("The review at Dunmore Infirmary, which found 14 avoidable deaths, was published.",
     "2026-11-18", None),
])
def test_a_figure_on_a_dated_noun_phrase_is_that_event_s(sentence, published, time):
    assert _mention(sentence, "14", published).time == time


def test_the_story_s_toll_and_another_year_s_review_are_compatible_no_more():
    story = _mention("The inquiry found 23 avoidable deaths at Saint Brannock.", "23")
    other = _mention("It follows a 2019 review at Dunmore Infirmary, which found 14 avoidable "
                     "deaths.", "14")
    same = _mention("The inquiry at Saint Brannock found 14 avoidable deaths.", "14")
    assert not mentions_compatible(story, other)
    assert mentions_compatible(story, same)  # near miss: one inquiry's toll, two values


def test_two_sizes_of_one_named_unit_meet():
    wire = _mention("A Merovan unit of about 40 soldiers approached a Tarvish post.", "40")
    other = _mention("A Merovan force of some 120 soldiers attacked the post.", "120")
    theirs = _mention("A Tarvish unit of about 120 soldiers held the post.", "120")
    assert mentions_compatible(wire, other)
    assert not mentions_compatible(wire, theirs)  # near miss: the other army's unit
