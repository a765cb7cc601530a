"""A running tally given on two days is an update, not a conflict (session 14, facts14).

A toll, an arrest count, a count of the missing or the evacuated is true only as of a
moment. Each such count gets a day (``facts._Mention.day``): the day its sentence names for
it (a date, or a weekday read back from the article's date), else the article's date. Two
counts from articles of different dates that stand for two days are the tally at two
moments (``facts._updated``), unless the tally only grows and the later figure is lower
(``rules/numbers.FALLING_HEADS`` lists those that can fall). Counts of the same day, counts
of articles published the same day or undated, and counts of things that are no running
tally (passengers on board) keep the plain rules. The held-out case was session 13's t16:
a wire's Saturday toll of three against a Sunday paper's "Four people died". Invented text
only.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options

SAT, SUN, TUE, WED = "2026-05-16", "2026-05-17", "2026-05-19", "2026-05-20"


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _values(a: str, b: str, pub_a: str | None, pub_b: str | None, aligned: bool) -> list[set[str]]:
    """The values each fact conflict shows between two one-sentence articles."""
    docs = [support.make_doc("a1", "Tannick Courier", [a], published=pub_a),
            support.make_doc("a2", "Orvel Herald", [b], published=pub_b)]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)] if aligned else []
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


CRASH_5 = "A bus plunged into the Orvel gorge near Tannick on Saturday, killing five people."
CRASH_7 = "Seven people died when a bus plunged into the Orvel gorge near Tannick."


@pytest.mark.parametrize(("a", "b", "pub_a", "pub_b", "want"), [
    # an updated toll: the crash-day report and the next day's
    (CRASH_5, CRASH_7, SAT, SUN, None),
    (CRASH_5, "The toll from the bus crash in the Orvel gorge near Tannick rose to seven on "
     "Sunday after two injured passengers died.", SAT, SUN, None),
    # the same two figures on one day's reports, or with no dates to tell: a conflict
    (CRASH_5, CRASH_7, SAT, SAT, {"five", "seven"}),
    (CRASH_5, CRASH_7, None, None, {"five", "seven"}),
    # a weekday before the dateline: the Sunday paper gives Saturday's own toll
    (CRASH_5, "On Saturday, seven people were killed when a bus plunged into the Orvel gorge "
     "near Tannick.", SAT, SUN, {"five", "seven"}),
    # a tally that only grows, lower a day later: no update explains it
    ("Police in Kelby arrested six men over the warehouse fire.",
     "Police in Kelby have arrested four men over the warehouse fire.", TUE, WED,
     {"six", "four"}),
    # the same tally higher a day later: an update
    ("Police in Kelby arrested four men over the warehouse fire.",
     "Police in Kelby have arrested six men over the warehouse fire.", TUE, WED, None),
    # the missing can fall as they are found
    ("Nine climbers were missing on Mount Sarrow after the avalanche.",
     "Six climbers were missing on Mount Sarrow after the avalanche.", TUE, WED, None),
    # no running tally: the passengers on board do not change a day later
    ("The ferry to Tannick was carrying 162 passengers when it ran aground.",
     "The ferry to Tannick was carrying 158 passengers when it ran aground.", SAT, SUN,
     {"162", "158"}),
])
@pytest.mark.parametrize("aligned", [True, False])
def test_a_running_tally_on_two_days_is_an_update(a, b, pub_a, pub_b, want, aligned):
    got = _values(a, b, pub_a, pub_b, aligned)
    assert got == ([] if want is None else [want]), got


@pytest.mark.parametrize(("a", "b"), [
    # a bound the later figure meets, and a figure of an earlier event: no conflict either way
    ("More than 200 people were evacuated from Tannick as the river rose.",
     "212 people were evacuated from Tannick as the river rose."),
    ("Five people died when a bus plunged into the Orvel gorge near Tannick, the worst crash "
     "since 2019, when 11 people died there.",
     "Five people died when a bus plunged into the Orvel gorge near Tannick."),
])
@pytest.mark.parametrize("pubs", [(SAT, SAT), (SAT, SUN)])
def test_compatible_figures_stay_compatible_on_any_day(a, b, pubs):
    assert _values(a, b, *pubs, aligned=True) == []


@pytest.mark.parametrize(("time", "pub", "day"), [
    (None, SUN, SUN),
    ("update", SUN, SUN),
    ("wd:saturday", SUN, SAT),
    ("wd:sunday", SUN, SUN),
    ("wd:wednesday", SAT, "2026-05-13"),  # a weekday is never after the article's date
    ("2026-05-10", SUN, "2026-05-10"),
    ("2026", SUN, None),
    ("earlier", SUN, None),
    ("after:wd:saturday", SUN, None),
])
def test_the_day_a_tally_stands_for(time, pub, day):
    from datetime import date

    assert facts._tally_day(time, date.fromisoformat(pub)) == day


def test_an_undated_third_report_does_not_join_two_days_into_one_fact():
    """A group of mentions keeps one member per distinct (noun, places, time, person, day)
    for its compatibility checks (``facts._kind``): without the day, the Saturday toll and
    an undated one were one member, and the Sunday toll joined the Saturday one through it."""
    docs = [support.make_doc("a1", "Gorge Weekly", [CRASH_5], published=None),
            support.make_doc("a2", "Tannick Courier", [CRASH_5], published=SAT),
            support.make_doc("a3", "Orvel Herald", [CRASH_7], published=SUN)]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0", "a3:s0"), 0.6)]
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    for f in found:
        sides = [set(v["articles"]) for v in f.detail["values"]]
        assert not any("a2" in s for s in sides) or not any("a3" in s for s in sides), f.summary


# two stamps either side of midnight in two zones: "23:30 -05:00" on Saturday and "06:00
# +02:00" on Sunday are half an hour apart (04:30 and 04:00 UTC): one moment's reports, not
# a Saturday toll and a Sunday one (review s14)
@pytest.mark.parametrize(("pub_a", "pub_b", "want"), [
    ("2026-05-16T23:30:00-05:00", "2026-05-17T06:00:00+02:00", {"five", "seven"}),
    ("2026-05-17T06:00:00+02:00", "2026-05-16T23:30:00-05:00", {"five", "seven"}),
    # near misses: a day apart in UTC, or stamps without a zone or a time, keep the update
    ("2026-05-16T08:00:00+00:00", "2026-05-17T09:00:00+00:00", None),
    ("2026-05-16T23:30:00", "2026-05-17T06:00:00", None),
    ("2026-05-16", "2026-05-17", None),
])
def test_stamps_hours_apart_across_midnight_are_one_day(pub_a, pub_b, want):
    got = _values(CRASH_5, CRASH_7, pub_a, pub_b, True)
    assert got == ([] if want is None else [want]), got
