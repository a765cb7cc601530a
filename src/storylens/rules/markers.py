"""Lines that mark a place in an article rather than say anything, as data, for
:mod:`storylens.segment` (which gives such a sentence the ``heading`` block) and
:mod:`storylens.align` (which never aligns one).

``TIME_STAMP``: a live blog's entry heading, a clock time alone on its line or at the
head of its paragraph, with an optional weekday or date before it and a time zone after
it ("4:30 p.m.", "11:50 a.m. EDT", "Updated: 14:05 GMT", "Friday, Sept. 30, 6:05 p.m.").
Why: two AP "The Latest" live blogs of different days (fresh PolNeAR coverage, s8 reader
report item 6) had six of their eight aligned groups made of time stamps ("[edited]
4:30 p.m. / 12:30 p.m.": "p.m." and ":30" in common), so the articles looked like
copies of each other. A time stamp is where an entry starts, not a sentence two outlets
can share. A clock time inside a sentence ("The vote opens at 4:30 p.m.") is no marker:
the pattern must match the whole sentence.
"""

from __future__ import annotations

import re

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?)"
_CLOCK = r"(?:\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?\s?m\b\.?)"
# time zones as wire copy writes them after a clock time: an all-capital code of 2-4
# letters ("ET", "EDT", "GMT", "BST"), an offset ("GMT+2"), or "local time"
_ZONE = r"(?:(?-i:[A-Z]{2,4})(?:[+-]\d{1,2})?|local\s+time)"

TIME_STAMP = re.compile(
    rf"(?:(?:UPDATED?|Updated|Update)\s*:?\s*)?"
    rf"(?:{_WEEKDAY},?\s+)?(?:{_DATE},?\s+(?:at\s+)?)?"
    rf"{_CLOCK}(?:\s*\(?{_ZONE}\)?)?[.:\s]*",
    re.IGNORECASE,
)


def is_time_stamp(text: str) -> bool:
    """Whether ``text`` (one sentence) is only a time stamp (``TIME_STAMP``)."""
    return len(text) <= 60 and TIME_STAMP.fullmatch(text.strip()) is not None
