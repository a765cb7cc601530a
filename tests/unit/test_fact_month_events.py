"""``fact_conflict``: one event of two aligned sentences dated to two months (invented text:
fictional people, councils, ports and outlets).

A month named alone ("in July", "last June") is a date of the story at month granularity
(analysis/numbers._BARE_MONTH). It is a fact only as the one time of an aligned sentence's
own event, read from the verb and its object ("would not recommend criminal charges" ->
recommend charges): "approved the harbour budget in March" / "... in early April" is one
event at two months (rule ``fact.aligned.event``). A month of a reporting clause ("said in
February that the council would approve", "In February, Orm said") dates the saying, not
the event (session 15: s9's "announced in July that she would not recommend charges" /
"in June ... did not recommend charges" is no conflict now).
Near misses: two events (two verbs) at two months, a month inside a quote against one in
narration, a previous event, two dates in one sentence, a month that starts a span
("since March"), an adjective read as a verb, a month against a bare year, unaligned
sentences.
"""

from __future__ import annotations

from datetime import date

import pytest
import support

from storylens.analysis.numbers import _sentence_quantities
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options

PUB = date(2026, 10, 31)


def findings(a, b, aligned=True, options=None):
    da = support.make_doc("a1", "Vell Daily", (a,), published="2026-10-31")
    db = support.make_doc("a2", "Orsk Herald", (b,), published="2026-10-28")
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.49)] if aligned else []
    return find_fact_conflicts(FindingContext.build([da, db], als, options=options or Options()))


ORM_JULY = ("Inspector Ana Orm had announced in July that while the Vell Port Authority had "
            "mishandled the tender, she would not recommend criminal charges against its board.")
ORM_JUNE = ("Orm in June sharply criticized the authority's handling of the tender, but did not "
            "recommend charges be brought against its board.")
BUDGET_MARCH = "The Orsk council approved the harbour budget in March after a long debate."

# (sentence of A, of B, aligned?, the values the finding gives, or None)
CASES = [
    # (session 15) "announced in July that ..." dates the announcement, not the decision it
    # reports: no longer against "in June ... did not recommend charges" (s9's case)
    pytest.param(ORM_JULY, ORM_JUNE, True, None, id="announced-july-vs-june"),
    pytest.param(BUDGET_MARCH,
                 "The Orsk council approved the harbour budget in early April after a long debate.",
                 True, {"March", "early April"}, id="approved-march-vs-early-april"),
    pytest.param("The Tarn ferry line was closed in August, the port said.",
                 "The Tarn ferry line was closed on Sept. 3, the port said.",
                 True, {"August", "Sept. 3"}, id="month-vs-day-passive"),
    # near misses
    pytest.param(BUDGET_MARCH,
                 "The Orsk council rejected the harbour budget in April after a long debate.",
                 True, None, id="two-events-two-months"),
    pytest.param("\u201cThe council will approve the harbour budget in March,\u201d Mayor Ana Orm said.",
                 "Mayor Ana Orm said in February that the council would approve the harbour budget.",
                 True, None, id="month-in-a-quote-vs-narration"),
    # British single quote marks are quote marks too (analysis/quotes/marks._quote_spans)
    pytest.param("\u2018The council will approve the harbour budget in March,\u2019 Mayor Ana Orm said.",
                 "Mayor Ana Orm said in February that the council would approve the harbour budget.",
                 True, None, id="month-in-a-single-quote-vs-narration"),
    pytest.param("Mayor Ana Orm said: \u2018The council approved the harbour budget in March.\u2019",
                 "Mayor Ana Orm said: \u2018The council approved the harbour budget in April.\u2019",
                 True, None, id="months-both-in-single-quotes"),
    pytest.param("Mayor Ana Orm said: \u201cThe council approved the harbour budget in March.\u201d",
                 "Mayor Ana Orm said: \u201cThe council approved the harbour budget in April.\u201d",
                 True, None, id="months-both-in-double-quotes"),
    pytest.param("The Orsk council had previously approved the harbour budget in March.",
                 "The Orsk council approved the harbour budget in April after a long debate.",
                 True, None, id="previous-event"),
    # review s10: one act of a series ("first raised", "again") against a month of the same
    # verb and object is as often another act of the series
    pytest.param("Kessel Freight first raised its harbour fees in July, after fuel costs rose.",
                 "Kessel Freight raised its harbour fees in March, after fuel costs rose.",
                 True, None, id="first-of-a-series"),
    pytest.param("Kessel Freight raised its harbour fees again in July, after fuel costs rose.",
                 "Kessel Freight raised its harbour fees in March, after fuel costs rose.",
                 True, None, id="again-a-series"),
    pytest.param("Kessel Freight raised its harbour fees in July, after fuel costs rose.",
                 "Kessel Freight raised its harbour fees in March, after fuel costs rose.",
                 True, {"July", "March"}, id="near-miss-no-series-word-one-act"),
    pytest.param("The Orsk council approved the harbour budget in March and the levy in May.",
                 "The Orsk council approved the harbour budget in April after a long debate.",
                 True, None, id="two-dates-in-one-sentence"),
    pytest.param("The Orsk council has delayed the harbour budget since March.",
                 "The Orsk council delayed the harbour budget in April.",
                 True, None, id="since-a-month-starts-a-span"),
    pytest.param("Kessel Freight had mishandled classified cargo in May, the inquiry found.",
                 "Kessel Freight in June stored classified cargo, the inquiry found.",
                 True, None, id="adjective-is-no-verb"),
    pytest.param(BUDGET_MARCH,
                 "The Orsk council approved the harbour budget in 2025 after a long debate.",
                 True, None, id="month-vs-bare-year"),
    pytest.param(BUDGET_MARCH,
                 "The Orsk council approved the harbour budget on March 12 after a long debate.",
                 True, None, id="same-month-agrees"),
    pytest.param(BUDGET_MARCH,
                 "The Orsk council approved the harbour budget next April after a long debate.",
                 True, None, id="next-month-is-no-story-month"),
    pytest.param(ORM_JULY, ORM_JUNE, False, None, id="unaligned-sentences"),
]


@pytest.mark.parametrize(("a", "b", "aligned", "values"), CASES)
def test_month_events(a, b, aligned, values):
    fs = findings(a, b, aligned)
    if values is None:
        assert fs == []
        return
    assert len(fs) == 1
    f = fs[0]
    assert f.detail["rule"] == "fact.aligned.event"
    assert {v["text"] for v in f.detail["values"]} == values


BUDGET_APRIL = "The Orsk council approved the harbour budget in early April after a long debate."


def test_summary_names_the_event():
    f = findings(BUDGET_MARCH, BUDGET_APRIL)[0]
    assert f.summary == "Vell Daily dates “approved budget” to March; Orsk Herald to early April."


def test_story_wide_rules_off_keep_it():
    # an aligned rule: on whether or not the story-wide rules are
    assert len(findings(BUDGET_MARCH, BUDGET_APRIL, options=Options(story_facts=False))) == 1


# A month of a reporting clause dates the saying, not the event it reports (session 15):
# "Orm said in February that the council would approve the budget" is no date of the
# approval. (sentence of A, of B, the values the finding gives, or None); aligned
SAYINGS = [
    pytest.param("Mayor Ana Orm said in February that the council would approve the harbour budget.",
                 "The council will approve the harbour budget in March, Mayor Ana Orm said.",
                 None, id="said-in-february-vs-will-approve-in-march"),
    pytest.param("Mayor Ana Orm told reporters in February that the council would approve the "
                 "harbour budget.",
                 "Mayor Ana Orm said the council would approve the harbour budget in March.",
                 None, id="told-listener-in-february"),
    pytest.param("VELL - In February, Mayor Ana Orm said the council would approve the harbour "
                 "budget.",
                 "The council will approve the harbour budget in March, Mayor Ana Orm said.",
                 None, id="sentence-opening-month-before-the-speaker"),
    pytest.param("Mayor Ana Orm announced in February that the council would approve the harbour "
                 "budget.",
                 "Mayor Ana Orm announced in March that the council would approve the harbour "
                 "budget.",
                 None, id="two-sayings-name-no-event"),
    # near misses: the month is the event's, the speaker named after it or around it
    pytest.param("The council approved the harbour budget in February, Mayor Ana Orm said.",
                 "The council approved the harbour budget in March, Mayor Ana Orm said.",
                 {"February", "March"}, id="event-month-speaker-after"),
    pytest.param("In February, the council approved the harbour budget, Mayor Ana Orm said.",
                 "The council approved the harbour budget in March, Mayor Ana Orm said.",
                 {"February", "March"}, id="opening-month-before-the-event-verb"),
    pytest.param("Mayor Ana Orm said the council would approve the harbour budget in February.",
                 "The council will approve the harbour budget in March, Mayor Ana Orm said.",
                 {"February", "March"}, id="month-inside-the-reported-clause"),
]


@pytest.mark.parametrize(("a", "b", "values"), SAYINGS)
def test_a_sayings_month_is_no_events(a, b, values):
    fs = findings(a, b)
    if values is None:
        assert fs == []
        return
    assert [{v["text"] for v in f.detail["values"]} for f in fs] == [values]
    assert fs[0].detail["rule"] == "fact.aligned.event"


# (text, the months read as (text, resolved year-month)) in an article of Oct. 31, 2026
MONTHS = [
    ("Orm said in May that the port would reopen.", [("May", "2026-05")]),
    ("Theresa Orm may speak, and May Vell will too.", []),
    ("March on, the crowd sang in the square.", []),
    ("The port had been shut since last July.", [("last July", "2026-07")]),
    ("Work stopped in mid-August and resumed in early October.",
     [("mid-August", "2026-08"), ("early October", "2026-10")]),
    ("The council will vote in March.", [("March", "2027-03")]),
    ("The ferry runs until next June.", [("next June", "2027-06")]),
    ("The bridge opened on July 4, 2026 and in July 2025 it was planned.",
     [("July 4, 2026", "2026-07-04"), ("July 2025", "2025-07")]),
    # a month's name that is a person's after a lead (s10 review): left out
    ("Ministers in May's cabinet backed the ferry deal.", []),
    ("The port received a letter from June Carrow.", []),
    ("The letter from June, Carrow said, was lost.", [("June", "2026-06")]),
    ("Work resumed in April after the strike.", [("April", "2026-04")]),
    ("Turnout fell in December's council vote.", [("December", "2025-12")]),
]


@pytest.mark.parametrize(("text", "months"), MONTHS)
def test_months_named_alone(text, months):
    got = [(q.text, q.date) for q in _sentence_quantities(text, 0, "", PUB) if q.kind == "date"]
    assert got == months


# A day that opens or closes a span of days is no day of one event: two polls' field
# periods ("September 16-19" / "Sept. 19 to 22") read as one poll dated to two days.
# (sentence of A, of B, the values the finding gives, or None); aligned
SPANS = [
    pytest.param("The Vell Daily survey was conducted September 16-19, using a panel of 600 respondents.",
                 "The Orsk Herald poll was conducted from Sept. 19 to 22, surveying 1,001 adults.",
                 None, id="two-field-periods"),
    pytest.param("The Tarn bridge talks ran from Dec. 3 through Dec. 5 in Vell.",
                 "The Tarn bridge talks ran from Dec. 4 through Dec. 6 in Vell.",
                 None, id="two-spans-with-through"),
    # near misses: one day each, a count after "and" or a dash, a share after "to"
    pytest.param("The Tarn bridge opened on Dec. 3 and 40 people crossed it.",
                 "The Tarn bridge opened on Dec. 4 and 40 people crossed it.",
                 {"Dec. 3", "Dec. 4"}, id="a-day-then-and-a-count"),
    pytest.param("The Tarn bridge opened on Dec. 3 - 14 councillors attended.",
                 "The Tarn bridge opened on Dec. 4 - 14 councillors attended.",
                 {"Dec. 3", "Dec. 4"}, id="a-day-then-a-dash-and-a-count"),
]


@pytest.mark.parametrize(("a", "b", "values"), SPANS)
def test_span_edges(a, b, values):
    fs = findings(a, b)
    if values is None:
        assert fs == []
        return
    assert [{v["text"] for v in f.detail["values"]} for f in fs] == [values]


# A speech verb followed by a subject and its verb opens the reported clause: the date
# after it is the event's ("Police said Ivo Marsk died on March 3"), not the saying's
# (review15d: such a date was read as the time of "said" and met no event's date). A
# listener between the verb and the date ("told reporters on March 3 that ...") stays one.
REPORTED_CLAUSE_DATES = [
    pytest.param("Police said Ivo Marsk died on March 3 in the Orsk hospital.",
                 "Ivo Marsk died on March 5 in the Orsk hospital, his family said.",
                 {"March 3", "March 5"}, id="said-subject-verb-date"),
    pytest.param("The harbour authority told reporters Ivo Marsk was freed on March 3 in Orsk.",
                 "Ivo Marsk was freed on March 5 in Orsk, the harbour authority said.",
                 {"March 3", "March 5"}, id="told-listener-subject-verb-date"),
    pytest.param("Police said it reopened the Orsk hospital on March 3.",
                 "The Orsk hospital was reopened on March 5, police said.",
                 {"March 3", "March 5"}, id="said-pronoun-subject-date"),
    # near miss: a listener only, then "that": the date is the saying's
    pytest.param("The harbour authority told reporters on March 3 that Ivo Marsk had died in Orsk.",
                 "Ivo Marsk died on March 5 in Orsk, the harbour authority said.",
                 None, id="told-listener-date-that"),
]


@pytest.mark.parametrize(("a", "b", "values"), REPORTED_CLAUSE_DATES)
def test_a_date_inside_the_reported_clause_is_the_events(a, b, values):
    got = [{v["text"] for v in f.detail["values"]} for f in findings(a, b)]
    assert got == ([values] if values else [])
