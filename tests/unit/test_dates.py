"""storylens.dates: every form the readers meet, normalised to UTC ISO 8601, or a reason."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from storylens.dates import parse_published

REF = datetime(2020, 1, 3, 12, 0, tzinfo=UTC)  # the ingest time of these cases


@pytest.mark.parametrize(
    ("raw", "utc"),
    [
        ("Wed, 01 Jan 2020 17:29:44 +0530", "2020-01-01T11:59:44Z"),  # RFC 2822, offset
        ("Tue, 31 Dec 2019 22:00:00 -0500", "2020-01-01T03:00:00Z"),  # crosses the year
        ("01 Jan 2020 17:29 GMT", "2020-01-01T17:29:00Z"),  # RFC 822, no weekday/seconds
        ("20191231T14:37:29Z", "2019-12-31T14:37:29Z"),  # ISO basic date, extended time
        ("20191231T143729+0100", "2019-12-31T13:37:29Z"),  # ISO basic, offset
        ("20200101", "2020-01-01T00:00:00Z"),  # ISO basic date only
        ("2020-01-01", "2020-01-01T00:00:00Z"),  # ISO extended date only
        ("2020-01-01T00:15:01", "2020-01-01T00:15:01Z"),  # naive = UTC
        ("2019-12-31T23:00:00-05:00", "2020-01-01T04:00:00Z"),
        ("2020-01-01T10:00:00.123Z", "2020-01-01T10:00:00Z"),  # fraction dropped
        ("1577836800", "2020-01-01T00:00:00Z"),  # epoch seconds
        ("1577836800000", "2020-01-01T00:00:00Z"),  # epoch milliseconds
        ("3 hours ago", "2020-01-03T09:00:00Z"),  # relative to the reference
        ("an hour ago", "2020-01-03T11:00:00Z"),
        ("yesterday", "2020-01-02T12:00:00Z"),
        ("January 1, 2020 5:30 PM", "2020-01-01T17:30:00Z"),  # free English
        ("  2020-01-02T08:00:00Z \n", "2020-01-02T08:00:00Z"),  # whitespace
    ],
)
def test_every_reader_form_becomes_utc_iso(raw, utc):
    d = parse_published(raw, REF)
    assert (d.raw, d.utc, d.issue) == (raw, utc, None)


@pytest.mark.parametrize(
    ("raw", "issue"),
    [
        ("2031-05-01", "future"),  # a page dated years ahead
        ("2020-01-04T13:00:00Z", "future"),  # just over a day after ingest
        ("1970-01-01T00:00:00Z", "before-1990"),  # epoch zero: a missing value
        ("0", "unparseable"),
        ("not a date", "unparseable"),
        ("2020-13-45", "unparseable"),  # month 13
        ("Wed, 45 Foo 2020 99:99:99 +0530", "unparseable"),
        # free forms naming no full day: dateutil would complete them from today's clock
        ("-1", "incomplete"),
        ("5", "incomplete"),
        ("March", "incomplete"),
        ("10:30 AM", "incomplete"),
        ("Tuesday", "incomplete"),
        ("March 2019", "incomplete"),
        ("March 5", "incomplete"),
        ("Feb 29", "incomplete"),  # a leap day with no year is no full day, not garbage
        ("Feb 30", "unparseable"),
    ],
)
def test_implausible_and_unreadable_dates_keep_the_raw_value_and_say_why(raw, issue):
    d = parse_published(raw, REF)
    assert d.utc is None and d.raw == raw and d.issue == issue and d.message


def test_a_dated_free_form_keeps_its_day_and_never_reads_the_clock():
    for raw, utc in [("5 March 2019", "2019-03-05T00:00:00Z"), ("Tuesday, March 5, 2019 10:30 AM", "2019-03-05T10:30:00Z")]:
        assert parse_published(raw, REF).utc == utc


def test_published_day_shows_a_day_or_the_raw_value_whole_or_marked_cut():
    from storylens.dates import published_day

    assert published_day("Wed, 01 Jan 2020 10:00:00 GMT") == "2020-01-01"
    assert published_day("-1") == "-1"  # no invented day
    assert published_day("2 hours ago") == "2 hours ago"
    assert published_day("sometime in the late afternoon") == "sometime in the…"
    assert published_day(None) is None


def test_within_a_day_ahead_is_still_plausible():
    assert parse_published("2020-01-04T11:00:00Z", REF).utc == "2020-01-04T11:00:00Z"


def test_relative_without_reference_is_flagged_and_absent_is_absent():
    assert parse_published("2 days ago").issue == "relative-without-reference"
    assert parse_published(None) == parse_published("   ") == parse_published("")
    assert parse_published(None).raw is None and parse_published(None).issue is None


@given(st.text(max_size=40))
def test_never_raises(raw):
    d = parse_published(raw, REF)
    assert d.utc is None or (len(d.utc) == 20 and d.utc.endswith("Z"))


@given(st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2020, 1, 3)))
def test_iso_round_trip(dt):
    d = parse_published(dt.isoformat(), REF)
    assert d.utc == dt.strftime("%Y-%m-%dT%H:%M:%SZ")
