"""Publication dates, normalised once at ingest: every form the readers meet -> UTC ISO 8601.

Readers hand over ``published`` as the page or record wrote it: RFC 2822 from feeds and
e-mail-style headers ("Wed, 01 Jan 2020 17:29:44 +0530"), ISO 8601 extended
("2020-01-01T11:59:44+00:00") and basic ("20191231T14:37:29Z", "20200101"), a bare date,
POSIX epoch seconds or milliseconds, a relative phrase ("3 hours ago", "yesterday")
that only means something against a reference time, and free English dates
("January 1, 2020"). :func:`parse_published` turns each into one form,
``YYYY-MM-DDTHH:MM:SSZ`` in UTC (naive times are taken as UTC), or says why not.

A date is *implausible* (kept raw, flagged with a reason, not used for time windows) when
it lies more than :data:`FUTURE_SLACK` after the reference time (a page dated 2031) or
before :data:`EARLIEST` (1990: before news on the web; a 1970 epoch zero is a missing
value). Pure: the reference time is an argument, never read from the clock here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

EARLIEST = datetime(1990, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)  # time zones and clock skew: a day ahead is still today

DateIssue = Literal["unparseable", "incomplete", "future", "before-1990", "relative-without-reference"]
# dateutil fills a part the text lacks from its ``default``: parsing with two defaults that
# differ in year, month and day shows which parts the text really gave ("-1", "5", "March",
# "10:30" would otherwise become dates taken from today's clock). Both years are leap
# years, so "Feb 29" with no year is incomplete, not unparseable (2001 has no 29 Feb).
_PROBES = (datetime(2000, 1, 1), datetime(2004, 2, 2))


@dataclass(frozen=True)
class PublishedDate:
    """A publication date as scraped (``raw``) and normalised (``utc``), or why not."""

    raw: str | None
    utc: str | None = None  # "YYYY-MM-DDTHH:MM:SSZ"; None when absent, unparseable or implausible
    issue: DateIssue | None = None
    message: str | None = None  # one line for people: what was wrong with ``raw``


_ISO_BASIC = re.compile(
    r"^(\d{4})(\d{2})(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)
# RFC 2822 / RFC 822 (feeds, HTTP headers): "[Wed, ]01 Jan 2020 17:29[:44] +0530|GMT"
_RFC2822 = re.compile(r"^(?:[A-Za-z]{3},?\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+\S+)?$")
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")
_RELATIVE = re.compile(
    r"^(?:(an?|\d+)\s+(second|minute|hour|day|week)s?\s+ago|just now|today|yesterday)$", re.I
)
_UNIT = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "week": 7 * 86400}


def _utc(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _offset(text: str | None) -> timedelta | None:
    if not text or text == "Z":
        return timedelta(0)
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    return sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))


def _iso_basic(s: str) -> datetime | None:
    m = _ISO_BASIC.match(s)
    if not m:
        return None
    y, mo, d, h, mi, sec, tz = m.groups()
    dt = datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(sec or 0), tzinfo=UTC)
    return dt - _offset(tz)  # type: ignore[operator]


def _relative(s: str, reference: datetime) -> datetime:
    low = s.lower()
    if low in ("just now", "today"):
        return reference
    if low == "yesterday":
        return reference - timedelta(days=1)
    m = _RELATIVE.match(low)
    assert m is not None
    n = 1 if m.group(1) in ("a", "an") else int(m.group(1))
    return reference - timedelta(seconds=n * _UNIT[m.group(2)])


def _parse(s: str, reference: datetime | None) -> datetime | None:
    """The instant ``s`` names, or None; raises ``LookupError`` for a relative phrase
    without a reference."""
    if _EPOCH.match(s):
        x = float(s)
        return datetime.fromtimestamp(x / 1000.0 if x >= 1e11 else x, UTC)
    if _RELATIVE.match(s.lower()):
        if reference is None:
            raise LookupError(s)
        return _relative(s, reference)
    try:
        return _utc(datetime.fromisoformat(s.replace("Z", "+00:00").replace("z", "+00:00")))
    except ValueError:
        pass
    basic = _iso_basic(s)
    if basic is not None:
        return basic
    if _RFC2822.match(s):
        # imported here: the email package cost ~10 ms of every run that reads no feed date
        from email.utils import parsedate_to_datetime

        try:
            return _utc(parsedate_to_datetime(s))
        except (TypeError, ValueError, IndexError):
            pass
    dt = read_free_form(s)  # free English forms
    return _utc(dt) if dt is not None else None


def read_free_form(s: str, *, fuzzy: bool = False) -> datetime | None:
    """dateutil's reading of a free English date ("January 1, 2020 5:30 PM EST"; with
    ``fuzzy``, words around it are skipped), or None when it reads none; raises
    :class:`IncompleteDate` when the text names no full day (see :data:`_PROBES`). The one
    place a free-form date is read: ingest (here) and the anchor of relative dates in an
    article's text (``analysis.numbers``)."""
    from dateutil import parser as du

    try:
        one, two = (du.parse(s, default=d, fuzzy=fuzzy) for d in _PROBES)
    except (ValueError, OverflowError, TypeError):  # du.ParserError is a ValueError
        return None
    if one.date() != two.date():  # no year, month or day in the text
        raise IncompleteDate(s)
    return one


class IncompleteDate(Exception):
    """A free-form date that names no full day (a time, a weekday, a month, a bare number)."""


def parse_published(raw: str | None, reference: datetime | None = None) -> PublishedDate:
    """Normalise one scraped date; ``reference`` (aware) is the ingest time.

    Never raises: a value that cannot be read is kept raw with ``issue`` and a message.
    """
    s = (raw or "").strip()
    if not s:
        return PublishedDate(None)
    try:
        dt = _parse(s, reference)
    except LookupError:
        return PublishedDate(raw, None, "relative-without-reference", f"relative date {s!r} needs a reference time")
    except IncompleteDate:
        return PublishedDate(raw, None, "incomplete", f"{s[:60]!r} names no full date (year, month and day)")
    except (ValueError, OverflowError, OSError) as e:  # month 13, year 99999, ...
        dt, err = None, str(e)
    else:
        err = None
    if dt is None:
        why = f"cannot read {s[:60]!r} as a date" + (f" ({err})" if err else "")
        return PublishedDate(raw, None, "unparseable", why)
    if dt < EARLIEST:
        return PublishedDate(raw, None, "before-1990", f"{s[:60]!r} is before 1990")
    if reference is not None and dt > _utc(reference) + FUTURE_SLACK:
        return PublishedDate(raw, None, "future", _future(s))
    return PublishedDate(raw, dt.strftime("%Y-%m-%dT%H:%M:%SZ"))


# The issues that keep a date a comparison was given from being used as one (the store's
# ingest keeps such a date raw, with ``published`` NULL, alike): a date in the future or
# before 1990, or a value that names no day. A relative date ("3 hours ago") read against
# the reference time is a date and not flagged.
FLAGGED: frozenset[str] = frozenset({"future", "before-1990", "unparseable", "incomplete"})


def checked_published(raw: str | None, reference: datetime) -> tuple[str | None, PublishedDate | None]:
    """``(raw, None)`` for a date fit to use (or none given), else ``(None, why)``: the
    :class:`PublishedDate` whose ``issue`` is in :data:`FLAGGED`, raw value and message
    kept for the outputs that say so. ``raw`` itself is returned as given (not normalised),
    so a comparison of plausible dates reads exactly what it read before; but a relative
    date ("3 hours ago", "yesterday") becomes the UTC instant it names against
    ``reference``, as ingest stores it: no later stage has the reference to read it with,
    so kept raw it was no date at all (review33d)."""
    got = parse_published(raw, reference)
    if got.issue == "unparseable" and _read_around(raw, reference):
        return raw, None
    if got.issue in FLAGGED:
        return None, got
    if got.utc is not None and _RELATIVE.match((raw or "").strip().lower()):
        return got.utc, None
    return raw, None


def _read_around(raw: str | None, reference: datetime) -> bool:
    """Whether the words around a stamp ingest cannot read hide a plausible day ("Updated:
    03.03.2026 09:12 Uhr"): the findings read an article's day so (``analysis.numbers.
    parse_published``, fuzzy), so such a value is no reason to set the date aside."""
    try:
        dt = read_free_form((raw or "").strip(), fuzzy=True)
        return dt is not None and EARLIEST <= _utc(dt) <= _utc(reference) + FUTURE_SLACK
    except (IncompleteDate, OverflowError):  # no full day; a day at the calendar's end
        return False


def stored_issue(raw: str | None, issue: str | None) -> PublishedDate | None:
    """The :class:`PublishedDate` a store row's ``published_raw`` and ``published_issue``
    stand for (the store keeps the code, not the message), or None when it has none: a
    "future" date keeps the code it had at ingest even when that day has since passed."""
    if not raw or issue not in FLAGGED:
        return None
    if issue == "future":  # read again without the ingest time, it would pass
        return PublishedDate(raw, None, "future", _future(raw.strip()))
    got = parse_published(raw)
    return got if got.issue == issue else PublishedDate(raw, None, issue, f"{raw.strip()[:60]!r}: {issue}")  # type: ignore[arg-type]


def _future(s: str) -> str:
    return f"{s[:60]!r} is more than a day in the future (after the time it was read)"


def published_day(raw: str | None) -> str | None:
    """The day a scraped date shows in a table: its UTC ``YYYY-MM-DD`` when readable, else
    the raw value, shortened with an ellipsis past 16 characters (cut bare at ten, an RFC
    2822 date read "Wed, 01 Ja" and "2 hours ago" read "2 hours ag")."""
    if not raw:
        return None
    utc = parse_published(raw).utc
    if utc:
        return utc[:10]
    s = " ".join(raw.split())
    return s if len(s) <= 16 else s[:15] + "…"


def is_date_only(value: str | None) -> bool:
    """Whether a published value gives a day but no time of day: a bare ``YYYY-MM-DD``, or
    the normalised form of one, ``YYYY-MM-DDT00:00:00Z``. Ingest normalises "2020-01-01"
    to midnight UTC, so exactly midnight is read as "that day" (a page stamped at
    00:00:00 UTC to the second is far rarer than one that gives only its date): a plot
    must not put it before every article of the day that gave a real time."""
    if not value:
        return False
    v = value.strip()
    return bool(re.fullmatch(r"\d{4}-\d{2}-\d{2}(?:T00:00(?::00(?:\.0+)?)?(?:Z|\+00:?00)?)?", v))


def utc_now() -> datetime:
    """The ingest reference time (the one place that reads the clock)."""
    return datetime.now(UTC)
