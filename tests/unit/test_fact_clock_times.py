"""A time of day is a fact: the moment of the act its clause reports (session 15).

"The leak began shortly after 3 a.m." / "The release began shortly after 4 a.m." in two
aligned sentences is one event at two times (invented dev t21; t26's "shortly after 6 a.m."
/ "shortly before 7 a.m."). Each time is read as the minutes it may stand for (its hedge's
reach, ``rules/numbers.CLOCK_HEDGES``; a round hour give or take 15 minutes, a minute-exact
time give or take 5), and two times conflict only when those readings do not meet, across
midnight too. Unaligned sentences meet through one act of sentences tied by names and
words, as a day's date does (``fact.unaligned.context``), not when the act's subject or
object is another ("The evacuation began at 5 a.m."). A sentence with two times, and a time
after "until" or "by" (an end or a deadline), state none. Invented text only.
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


def _found(a: str, b: str, aligned: bool) -> list:
    docs = [support.make_doc("a1", "Sorvik Courier", [a], published="2026-03-11"),
            support.make_doc("a2", "Brenna Herald", [b], published="2026-03-11")]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.5)] if aligned else []
    return find_fact_conflicts(FindingContext.build(docs, als, options=Options()))


def _values(a: str, b: str, aligned: bool) -> list[set[str]]:
    return [{str(v["text"]) for v in f.detail["values"]} for f in _found(a, b, aligned)]


LEAK = "The leak at the Sorvik plant began shortly after 3 a.m. on Monday, the company said."
SPILLWAY = "Halvik Energy opened the dam's emergency spillway at about 4 a.m. on Monday, flooding Brenmoor."


@pytest.mark.parametrize(("a", "b", "aligned", "want"), [
    # one act at two times, aligned
    (LEAK, "The release at the Sorvik plant began shortly after 4 a.m. on Monday, the company "
     "said.", True, {"shortly after 3 a.m.", "shortly after 4 a.m."}),
    ("The bus left the Hollen Pass road on a sharp bend shortly after 6 a.m. on Saturday.",
     "The bus skidded off a hairpin bend on the Hollen Pass road shortly before 7 a.m. on "
     "Saturday.", True, {"shortly after 6 a.m.", "shortly before 7 a.m."}),
    ("The Tarsk coastguard said it received a distress call shortly before midnight on Tuesday.",
     "The Tarsk coastguard said the crew alerted it at 9.40 p.m. on Tuesday.", True,
     {"shortly before midnight", "9.40 p.m."}),
    # one act of sentences tied by names and words, unaligned
    (SPILLWAY, "Halvik Energy opened the emergency spillway at around 1 a.m. on Monday, "
     "documents from Brenmoor show.", False, {"about 4 a.m.", "around 1 a.m."}),
    # near misses: readings that meet (a round hour and ten past it, a hedge's reach,
    # either side of midnight), another day, another act, two times in one sentence, an end
    (LEAK, "The release at the Sorvik plant began at 3.10 a.m. on Monday, the company said.",
     True, None),
    (LEAK, "The release at the Sorvik plant began at about 3.25 a.m. on Monday, the company "
     "said.", True, None),
    ("Fire crews at Sorvik said the leak began shortly before midnight on Monday.",
     "Fire crews at Sorvik said the leak began just after midnight on Monday.", True, None),
    (LEAK, "The leak at the Sorvik plant began shortly after 4 a.m. on Tuesday, the company "
     "said.", True, None),
    (LEAK, "The evacuation of the Sorvik district began at 5 a.m. on Monday, the company said.",
     False, None),
    (SPILLWAY, "Halvik Energy ordered the evacuation of Brenmoor at around 1 a.m. on Monday.",
     False, None),
    (LEAK, "The release at the Sorvik plant began at 4 a.m. and ended at 6 a.m. on Monday, the "
     "company said.", True, None),
    (LEAK, "The Sorvik plant stayed shut until 6 a.m. on Monday, the company said.", True, None),
    # an act the sentence sets after the other's is another act (review15d: aligned, it
    # was a conflict); the same act after one event in both still meets
    (LEAK, "Families near the Sorvik plant were evacuated at about 5 a.m. on Monday after the "
     "leak, the company said.", True, None),
    ("Families near the Sorvik plant were evacuated at about 3 a.m. on Monday after the leak.",
     "Families near the Sorvik plant were evacuated at about 5 a.m. on Monday after the leak.",
     True, {"about 3 a.m.", "about 5 a.m."}),
    # two zones are two clocks; "local time" is the place's own (review15d: "3 a.m. local
    # time" / "1 a.m. GMT" was a conflict)
    ("The release at the Sorvik plant began at 3 a.m. local time on Monday.",
     "The release at the Sorvik plant began at 1 a.m. GMT on Monday.", True, None),
    ("The release at the Sorvik plant began at 3 a.m. on Monday.",
     "The release at the Sorvik plant began at 1 a.m. GMT on Monday.", True, None),
    ("The release at the Sorvik plant began at 3 a.m. local time on Monday.",
     "The release at the Sorvik plant began at 1 a.m. on Monday.", True, {"3 a.m.", "1 a.m."}),
    ("The release at the Sorvik plant began at 3 a.m. GMT on Monday.",
     "The release at the Sorvik plant began at 1 a.m. GMT on Monday.", True, {"3 a.m.", "1 a.m."}),
    # the start of a span is no moment of an act (review15d: each was a conflict)
    (LEAK, "Gas has leaked from the Sorvik plant since 6 a.m. on Monday, the company said.",
     True, None),
    (LEAK, "Gas leaked from the Sorvik plant between 6 a.m. and dawn on Monday, the company "
     "said.", True, None),
    (LEAK, "Gas has leaked from the Sorvik plant since shortly after 6 a.m. on Monday, the "
     "company said.", True, None),
])
def test_a_time_of_day_is_the_time_of_its_act(a, b, aligned, want):
    assert _values(a, b, aligned) == ([] if want is None else [want])


def test_the_summary_dates_the_act():
    f = _found(LEAK, "The leak at the Sorvik plant began shortly after 4 a.m. on Monday, the "
               "company said.", True)[0]
    assert f.summary == ("Sorvik Courier dates “began” to shortly after 3 a.m.; Brenna Herald "
                         "to shortly after 4 a.m.")
