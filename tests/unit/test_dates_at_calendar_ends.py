"""A publication stamp at the calendar's ends (a data set's empty date "0001-01-01", a
"9999-12-31" placeholder) or a relative day far past them never fails a comparison: the
relative day gets no date (as with no stamp), a stamp past the last UTC moment no moment.
Found by the session-14 crash hunt; invented text, fictional names."""

from __future__ import annotations

import pytest
import support

from storylens.analysis.numbers import extract_quantities
from storylens.findings.facts import _stamp_utc
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles


def dates(sentence: str, published: str | None) -> dict[str, str | None]:
    doc = support.make_doc("a1", "Test Outlet", [sentence], published=published)
    return {q.text: q.date for q in extract_quantities(doc) if q.kind == "date"}


# (sentence, published, relative day, its date): 0001-01-01 is a Monday
CASES = [
    ("The Orla ferry sank on Tuesday near Port Velling.", "0001-01-01", "on Tuesday", None),
    ("The Orla ferry sank yesterday near Port Velling.", "0001-01-01", "yesterday", None),
    ("The Orla ferry will sail tomorrow from Port Velling.", "9999-12-31", "tomorrow", None),
    ("The Orla ferry sails next week from Port Velling.", "9999-12-31", "next week", None),
    ("The Orla ferry first sailed 4000000 days ago.", "2026-11-18", "4000000 days ago", None),
    # near misses: inside the calendar, the same dates as ever
    ("The Orla ferry sank on Tuesday near Port Velling.", "0001-01-10", "on Tuesday", "0001-01-09"),
    ("The Orla ferry sank yesterday near Port Velling.", "0001-01-02", "yesterday", "0001-01-01"),
    ("The Orla ferry will sail tomorrow from Port Velling.", "9999-12-30", "tomorrow", "9999-12-31"),
    ("The Orla ferry first sailed 40 days ago.", "2026-11-18", "40 days ago", "2026-10-09"),
]


@pytest.mark.parametrize(("sentence", "published", "span", "date"), CASES)
def test_relative_day_at_calendar_ends(sentence, published, span, date):
    assert dates(sentence, published)[span] == date


def test_stamp_past_last_utc_moment_has_no_moment():
    assert _stamp_utc("9999-12-31T23:59:59-12:00") is None
    assert _stamp_utc("0001-01-01T00:00:00+14:00") is None
    assert _stamp_utc("2026-05-16T23:30:00-05:00").isoformat() == "2026-05-17T04:30:00+00:00"


@pytest.mark.parametrize("stamps", [("0001-01-01", "2026-11-18"),
                                    ("9999-12-31T23:59:59-12:00", "2026-11-18T10:00:00Z"),
                                    ("0001-01-01T00:00:00+14:00", "9999-12-31")])
def test_compare_with_stamps_at_calendar_ends(stamps):
    texts = ("The ferry Orla sank on Tuesday near Port Velling, and 12 people died, police "
             "said. Rescuers pulled 30 passengers from the water yesterday.",
             "The ferry Orla sank on Tuesday near Port Velling, and 14 people died, police "
             "said. Rescuers pulled 30 passengers from the water yesterday.")
    arts = [Article(id=f"a{i + 1}", source=f"a{i + 1}.txt", outlet=o, text=t, published=p)
            for i, (o, t, p) in enumerate(zip(("Vella Times", "Calvera Post"), texts, stamps, strict=True))]
    comp = compare_articles(arts, Options(fact_coverage=True, story_facts=True, quote_changes=True))
    assert len(comp.documents) == 2


def test_tally_weekday_before_first_day_has_no_day():
    from datetime import date

    from storylens.findings.facts import _tally_day

    assert _tally_day("wd:tuesday", date(1, 1, 1)) is None  # a Monday: the Tuesday before is none
    assert _tally_day("wd:monday", date(1, 1, 1)) == "0001-01-01"
    assert _tally_day("wd:saturday", date(2026, 11, 22)) == "2026-11-21"
