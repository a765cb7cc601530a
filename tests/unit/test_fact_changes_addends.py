"""A figure that is a part beside a named thing, or a value in a change, is not a plain
statement of the measure (session 16; the two held-out wrong of session 15).

* **Addends.** A count joined to a thing named before it counts the others beside that
  thing, never the total: "Tovar and two neighbouring districts" is three districts, or two
  and a town ("facts._addend", rules/numbers.ADDEND_JOINS; invented dev t34). So is a count
  followed by "other" and one a phrase after its noun sets beside a thing ("two districts
  besides Tovar"). It meets only a count joined alike to the same thing.
* **Changes.** A figure right after "to", "by" or "from" in the clause of a verb that changes
  a measure ("extended the period of mourning to five days", "raised the reward by 2,000
  crowns"; rules/numbers.CHANGE_VERBS) is the new value, the change or the old value
  ("facts._change"; invented dev t36). A new value meets another new value (both outlets
  state the final value: a conflict when they differ) or a plain figure of the same stated
  day; a change meets only a change, an old value only an old value.

Invented text (fictional people and places); the near misses still conflict.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _values(a: str, b: str) -> list[set[str]]:
    """The values of each conflict between two aligned one-sentence articles."""
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in support.fact_pair_findings(a, b)]


EMERGENCY = "Governor Ilse Marn declared a state of emergency in {}."


@pytest.mark.parametrize(("a", "b", "want"), [
    # a part beside a named thing is not the total (t34's kind)
    ("Tovar and two neighbouring districts", "three districts", None),
    ("Tovar and two other districts", "four districts", None),
    ("the capital and two coastal districts", "three districts", None),
    ("two districts besides Tovar", "three districts", None),
    ("two districts as well as the port city of Tovar", "four districts", None),
    ("two other districts", "three districts", None),
    # near misses: joined alike to the same thing, two values: a conflict
    ("Tovar and two neighbouring districts", "Tovar and three neighbouring districts",
     {"two", "three"}),
    ("Tovar and two other districts", "Tovar and four other districts", {"two", "four"}),
    # near misses: plain totals
    ("four districts", "three districts", {"four", "three"}),
    ("four neighbouring districts", "three neighbouring districts", {"four", "three"}),
])
def test_a_count_beside_a_named_thing_is_not_the_total(a, b, want):
    assert _values(EMERGENCY.format(a), EMERGENCY.format(b)) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a count of others beside a person is no total of the people counted
    ("Police arrested the ringleader and four accomplices in Darsk.",
     "Police arrested five accomplices in Darsk.", None),
    ("The driver and two passengers were injured near Darsk.",
     "Three passengers were injured near Darsk.", None),
    # a month or weekday before "and" names no thing
    ("Police arrested four men in Darsk on Monday and two more on Tuesday.",
     "Police arrested five men in Darsk on Monday.", {"four", "five"}),
])
def test_addends_of_people(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


MOURNING = "Mayor Anton Rell {} in Kesh."


@pytest.mark.parametrize(("a", "b", "want"), [
    # the new value of a change against a plain statement: two moments (t36's kind)
    ("declared three days of mourning", "extended the period of mourning to five days", None),
    ("declared three days of mourning", "extended the mourning period to five days", None),
    ("declared three days of mourning", "lengthened the mourning to five days", None),
    ("ordered schools closed for three days", "has since extended the closure to five days",
     None),
    # the change itself against the new value, or the old value against the new
    ("extended the mourning by two days", "extended the mourning to five days", None),
    ("extended the mourning from three days", "extended the mourning to five days", None),
    # near misses: both outlets state the final value, differently: a conflict
    ("extended the period of mourning to four days",
     "extended the period of mourning to five days", {"four days", "five days"}),
    ("extended the mourning by two days", "extended the mourning by three days",
     {"two days", "three days"}),
    # near miss: two plain statements
    ("declared three days of mourning", "declared five days of mourning",
     {"three days", "five days"}),
])
def test_a_changed_value_is_another_moment(a, b, want):
    assert _values(MOURNING.format(a), MOURNING.format(b)) == ([] if want is None else [want])


@pytest.mark.parametrize(("a", "b", "want"), [
    ("The Orsk council raised the reward to 5,000 crowns.",
     "The Orsk council raised the reward by 2,000 crowns.", None),
    ("The Orsk council cut the bus fare to 2 crowns.",
     "The Orsk council set the bus fare at 3 crowns.", None),
    ("The Velden central bank lowered its growth forecast to 1.2 percent.",
     "The Velden central bank put growth at 1.6 percent.", None),
    # near misses: the same change stated two ways, and a plain figure not after "to"
    ("The Orsk council raised the reward to 5,000 crowns.",
     "The Orsk council raised the reward to 7,000 crowns.", {"5,000 crowns", "7,000 crowns"}),
    ("The Velden central bank lowered its growth forecast to 1.2 percent.",
     "The Velden central bank lowered its growth forecast to 1.6 percent.",
     {"1.2 percent", "1.6 percent"}),
    ("The Orsk council offered a reward of 5,000 crowns.",
     "The Orsk council offered a reward of 7,000 crowns.", {"5,000 crowns", "7,000 crowns"}),
    # a verb that is no change ("sentenced to", "close to"): the figures are plain
    ("A Darsk court sentenced Tomas Wend to six years.",
     "A Darsk court sentenced Tomas Wend to eight years.", {"six years", "eight years"}),
])
def test_changes_of_amounts_and_rates(a, b, want):
    assert _values(a, b) == ([] if want is None else [want])


@pytest.mark.parametrize(("text", "want"), [
    ("Mayor Anton Rell extended the period of mourning in the town to three days.", "to"),
    ("The mourning, extended to three days, ends on Friday.", "to"),
    ("The toll rose to 19 on Wednesday.", "to"),
    ("The council raised the reward by 2,000 crowns.", "by"),
    ("The bank raised its rate to about 6.25 percent.", "to"),
    ("Fares rose from 700 escudos.", "from"),
    # no change verb before the tie word, or the tie word not right before the figure
    ("A court sentenced him to six years.", None),
    ("The council raised 3,000 crowns for the families.", None),
    ("Close to 300 people marched to the square.", None),
    ("The council raised concerns about the plan to the minister 12 times.", None),
])
def test_change_reads_the_tie_word_before_the_figure(text, want):
    doc = support.make_doc("a1", "Orsk Courier", [text], published="2026-06-02")
    ms = [m for _, ms in facts.doc_mentions(doc) for m in ms]
    assert ms, text
    assert ms[0].change == want


def _story(texts: list[list[str]]) -> list[set[str]]:
    docs = [support.make_doc(f"a{i}", f"Outlet {i}", t, published="2026-06-02")
            for i, t in enumerate(texts, 1)]
    als = [Alignment("paraphrase", tuple(f"a{i}:s0" for i in range(1, len(texts) + 1)), 0.6)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


DAMAGES = ["A Velden court ordered the Orsk Courier to pay councillor Mara Tessel 90,000 "
           "crowns in damages over a report on the harbour contract.",
           "Judge Ilan Roe also ordered the paper to pay 15,000 crowns of Tessel's legal costs."]


@pytest.mark.parametrize(("b", "want"), [
    # another outlet's total is the first's two amounts summed: no conflict (d50's trap)
    (["A Velden court ordered the Orsk Courier to pay councillor Mara Tessel 105,000 crowns "
      "over a report on the harbour contract."], None),
    # ... or their difference
    (["A Velden court ordered the Orsk Courier to pay councillor Mara Tessel 75,000 crowns "
      "over a report on the harbour contract."], None),
    # near miss: a sum the first outlet's amounts do not make is a conflict
    (["A Velden court ordered the Orsk Courier to pay councillor Mara Tessel 120,000 crowns "
      "over a report on the harbour contract."], {"90,000 crowns", "120,000 crowns"}),
])
def test_an_amount_summed_from_another_outlets_parts_is_no_conflict(b, want):
    assert _story([DAMAGES, b]) == ([] if want is None else [want])


def test_a_summed_amount_leaves_the_other_outlets_conflict_standing():
    third = ["A Velden court ordered the Orsk Courier to pay councillor Mara Tessel 70,000 "
             "crowns in damages over a report on the harbour contract."]
    summed = ["A Velden court ordered the Orsk Courier to pay councillor Mara Tessel 105,000 "
              "crowns over a report on the harbour contract."]
    assert _story([DAMAGES, summed, third]) == [{"90,000 crowns", "70,000 crowns"}]
