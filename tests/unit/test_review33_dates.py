"""review33d: the dates33 change probed (a comparison's dates checked against one reference).

A relative date ("3 hours ago", "yesterday") was "read against the reference time, a date and
not flagged" (``dates.checked_published``), yet handed on as its words: no later stage has
the reference, so the comparison read no date at all, while ingest stores the instant it
names (``storylens story`` then said who published first and ``storylens compare`` did not).
Each row is invented text (fictional outlets and places), with near misses: an absolute date
stays as given, a flagged one stays flagged.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from storylens.dates import checked_published, parse_published
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles, dated_articles

REF = datetime(2026, 3, 10, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("raw", "kept"),
    [
        # relative: the instant it names against the reference, as ingest stores it
        ("3 hours ago", "2026-03-10T09:00:00Z"),
        ("Yesterday", "2026-03-09T12:00:00Z"),
        ("an hour ago", "2026-03-10T11:00:00Z"),
        ("just now", "2026-03-10T12:00:00Z"),
        # near misses: an absolute date stays as given (not normalised)
        ("2026-03-09T08:00:00+01:00", "2026-03-09T08:00:00+01:00"),
        ("Mon, 09 Mar 2026 08:00:00 +0100", "Mon, 09 Mar 2026 08:00:00 +0100"),
        ("1773057600", "1773057600"),  # epoch seconds, 2026-03-09 12:00 UTC
        ("9 March 2026", "9 March 2026"),
        # near misses: no date, or one flagged, is no relative date
        ("3 days from now", None),  # unreadable: flagged
        ("2031-12-19", None),  # future: flagged
    ],
)
def test_a_relative_date_becomes_its_instant(raw, kept):
    got, why = checked_published(raw, REF)
    assert got == kept
    assert (why is None) == (kept is not None)
    if kept is not None and kept != raw:  # what the store keeps for it (ingest at REF)
        assert parse_published(raw, REF).utc == kept


_TEXT = (
    "The Orlenby harbour board voted on Tuesday to close the old grain quay at Vessin Point.\n\n"
    "Board chair Malvina Strode said the quay had become unsafe after the winter storms.\n\n"
    "Repairs would cost 3.6 million marks, the board said.\n\n"
    "The quay was built in 1911 by the Vessin Grain Company.\n\n"
    "It handled barges from the upper Tarn until the 1980s."
)


def _pair(pa: str | None, pb: str | None):
    arts = [Article("a1", "s1", "Lisk Daily", _TEXT, published=pa),
            Article("a2", "s2", "Varn Post", _TEXT, published=pb)]
    return compare_articles(arts, Options(), now=REF)


@pytest.mark.parametrize(
    ("pa", "pb", "source"),
    [
        # relative dates order the copies as the absolute dates they name do
        ("2 days ago", "1 hour ago", "a1"),
        ("2026-03-08T12:00:00Z", "2026-03-10T11:00:00Z", "a1"),
        # near miss: one relative, one absolute, a day apart the other way
        ("an hour ago", "2026-03-08T12:00:00Z", "a2"),
        # near miss: no date either side, no time to break the tie
        (None, None, None),
    ],
)
def test_relative_dates_break_the_tie_as_the_store_path_does(pa, pb, source):
    assert _pair(pa, pb).provenance.source == source


def test_dated_articles_leaves_an_absolute_date_object_untouched():
    a = Article("a1", "s1", "Lisk Daily", _TEXT, published="2026-03-09")
    r = Article("a2", "s2", "Varn Post", _TEXT, published="5 hours ago")
    out = dated_articles([a, r], REF)
    assert out[0] is a
    assert out[1].published == "2026-03-10T07:00:00Z" and out[1].published_issue is None


@pytest.mark.parametrize(("raw", "kept"), [
    ("Updated: 03.03.2026 09:12 Uhr", True),  # words around a day the findings read (fuzzy)
    ("3 March 2026 | 09:12", True),
    ("Updated: 03.03.2031 09:12 Uhr", False),  # the day read around the words is in the future
    ("around new year", False),  # no day at all
    ("Posted by the desk", False),
])
def test_a_stamp_with_words_around_a_plausible_day_is_not_set_aside(raw, kept):
    """Ingest's strict reader cannot read these, but the findings' fuzzy reader reads a day
    from the first two: a comparison keeps them as given rather than calling them no date."""
    got, why = checked_published(raw, REF)
    assert (got == raw and why is None) if kept else (got is None and why is not None)
