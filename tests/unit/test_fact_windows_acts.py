"""``fact_conflict``: a date's clause and act across the commas of dates, irregular past
forms, and an age after "who was" (invented text: fictional banks, towns and outlets;
session 11, facts4).

* "held up on Saturday, Dec. 29": the comma between a weekday and the date it is closed the
  date's clause, so the date had no words around it and met nothing;
* "On Dec. 28, a man robbed the branch": a date that opens its sentence dates the main
  clause after its comma (its words and its act, "robbed");
* irregular past forms date an act too ("held", "stole", "sank"; rules/numbers
  IRREGULAR_PAST), light and speech verbs not ("took place", "made a comment", "said");
* "Derek Vell, who was 71," is an age of Derek Vell, as "Derek Vell, 71," is.

Near misses: two verbs (two acts) on two days unaligned, a light verb, a date inside the
sentence after a comma that is no fronted date, "who was 5 points behind".
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.facts import doc_mentions, find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options

FILL_A = ("Heavy snow fell across the Orsk region overnight.", "Schools in the district were closed.")
FILL_B = ("Traffic was slow on the Orsk ring road.", "The mayor urged residents to stay indoors.")


def findings(a, b, aligned):
    da = support.make_doc("a1", "Vell Daily", (FILL_A[0], a, FILL_A[1]), published="2026-12-31")
    db = support.make_doc("a2", "Orsk Herald", (*FILL_B, b), published="2026-12-31")
    als = [Alignment("paraphrase", ("a1:s1", "a2:s2"), 0.6)] if aligned else []
    return find_fact_conflicts(FindingContext.build([da, db], als, options=Options()))


ROBBED_28 = "The Orsk branch of Vell Savings was robbed on Dec. 28, police said."

# (sentence of A, of B, aligned?, the values the finding gives, or None)
CASES = [
    pytest.param(ROBBED_28, "Police said the Orsk branch of Vell Savings was held up on Saturday, Dec. 29.",
                 True, {"Dec. 28", "Dec. 29"}, id="weekday-comma-aligned"),
    pytest.param(ROBBED_28, "Police said a man robbed the Orsk branch of Vell Savings on Saturday, Dec. 29.",
                 False, {"Dec. 28", "Dec. 29"}, id="weekday-comma-unaligned-one-act"),
    pytest.param(ROBBED_28, "On Dec. 29, a man robbed the Orsk branch of Vell Savings, police said.",
                 False, {"Dec. 28", "Dec. 29"}, id="fronted-date-act"),
    pytest.param("The Vell ferry Marta sank on Dec. 28 off Orsk, the coastguard said.",
                 "The coastguard said the Vell ferry Marta sank off Orsk on Dec. 27.",
                 False, {"Dec. 28", "Dec. 27"}, id="irregular-past-act"),
    pytest.param("Derek Vell, who was 71, was found dead in his home in Orsk on Tuesday.",
                 "Derek Vell, 72, was found dead in his home in Orsk on Tuesday.",
                 False, {"71", "72"}, id="who-was-71"),
    # near misses
    pytest.param(ROBBED_28, "Police said a man held up the Orsk branch of Vell Savings on Saturday, Dec. 29.",
                 False, None, id="two-verbs-unaligned"),
    pytest.param("The Vell ferry Marta sank on Dec. 28 off Orsk, the coastguard said.",
                 "The coastguard said the Vell ferry Marta sank off Orsk on Dec. 28.",
                 False, None, id="same-day"),
    pytest.param("The Orsk council vote took place on Dec. 28, the council said.",
                 "The Orsk council said the vote on the budget took place on Dec. 29.",
                 False, None, id="light-verb-no-act"),
]


@pytest.mark.parametrize(("a", "b", "aligned", "values"), CASES)
def test_windows_and_acts(a, b, aligned, values):
    fs = findings(a, b, aligned)
    if values is None:
        assert fs == [], [f.summary for f in fs]
        return
    assert len(fs) == 1, [f.summary for f in fs]
    shown = {v["text"].replace("-year-old", "") for v in fs[0].detail["values"]}
    assert shown == values, fs[0].summary


def mention(text: str, number: str):
    doc = support.make_doc("a1", "Vell Daily", ("Derek Vell lives in Orsk.", text), published="2026-12-31")
    return next(m for _sid, ms in doc_mentions(doc) for m in ms if m.q.text.startswith(number))


@pytest.mark.parametrize(("text", "number", "act"), [
    ("On Dec. 28, a man robbed the Orsk branch of Vell Savings.", "Dec. 28", "robbed"),
    ("On Dec. 28, police said a man robbed the Orsk branch.", "Dec. 28", "robbed"),
    ("The branch was held up on Saturday, Dec. 29.", "Dec. 29", "held"),
    ("The draw took place on July 10 in Orsk.", "July 10", None),
    ("On July 6, Derek Vell made the following comment.", "July 6", None),
    ("On Dec. 3, Derek Vell said the bank had reopened.", "Dec. 3", "reopened"),
    # a date after a comma inside the sentence is no fronted date: its clause is its own
    ("Derek Vell reopened the bank, on Dec. 3, after repairs.", "Dec. 3", None),
])
def test_acts(text, number, act):
    assert mention(text, number).act == act


@pytest.mark.parametrize(("text", "family"), [
    ("Derek Vell, who was 71, died in Orsk.", "age"),
    ("Derek Vell, who is 71, lives in Orsk.", "age"),
    ("Derek Vell, who was 5 points behind, lost the race.", "count"),
])
def test_who_was_age(text, family):
    doc = support.make_doc("a1", "Vell Daily", ("Derek Vell said he was well.", text), published="2026-12-31")
    m = next(m for _sid, ms in doc_mentions(doc) for m in ms)
    assert m.family == family
