"""Is this word part of a date? One month/weekday/day test for the name finder
(:mod:`storylens.analysis.names`: "Gov. Ana Lund May 4" ends the name before "May") and
the quote attributor (:mod:`storylens.analysis.quotes.tokens`: "released by May 4" has no
agent), read from the date reader's own tables (``rules/numbers.MONTHS``, ``WEEKDAYS``:
names and abbreviations). Before session 11 each kept its own reading: the name finder's
took a year but no "30th", the attributor's the reverse and no abbreviation."""

from __future__ import annotations

import re

from ..rules.numbers import MONTHS, WEEKDAYS
from ..rules.titles import (
    MONTH_ADJUNCT_OPENERS,
    MONTH_CLAUSE_STOPS,
    MONTH_COPULA_FILLERS,
    MONTH_COPULAS,
    MONTH_PREDICATE_WORDS,
)

# After a month: a day of the month, with or without its ordinal ending ("4", "04", "30th")
# or a year ("2019"). Other numbers ("May 45") are no date.
_DAY_OR_YEAR = re.compile(r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?|\d{4}")


def is_month(word: str) -> bool:
    """A month name or abbreviation, any case, a trailing stop allowed ("Aug.")."""
    return word.rstrip(".").lower() in MONTHS


def is_weekday(word: str) -> bool:
    """A weekday name, any case, a trailing stop allowed."""
    return word.rstrip(".").lower() in WEEKDAYS


def day_or_year(word: str) -> bool:
    """``word`` is a day of the month or a year, as it follows a month name."""
    return _DAY_OR_YEAR.fullmatch(word.lower()) is not None


def month_dated(month: str, after: str) -> bool:
    """``month`` is a month and ``after``, the next token, its day or year ("May 4",
    "Aug. 12", "June 30th", "June 2019"): a date, never part of a name."""
    return is_month(month) and day_or_year(after)


def month_as_time(after: list[str]) -> bool:
    """The words ``after`` a month (tokens, punctuation separate) say the month is a span
    of time: a copula, with auxiliaries and adverbs before it ("was", "has been", "is
    usually"), then in the same clause a noun of a span of time or a weather word ("the
    wettest month on record", "the driest spell since 1990"; ``rules/titles``
    ``MONTH_PREDICATE_WORDS``). What no person is: "May was the first leader to visit"
    and "May was furious" say nothing."""
    k = 0
    while k < len(after) and after[k].lower() in MONTH_COPULA_FILLERS:
        k += 1
    if k >= len(after) or after[k].lower() not in MONTH_COPULAS:
        return False
    prev = ""
    for word in after[k + 1:k + 1 + _PREDICATE_READ]:
        low = word.lower().rstrip(".")  # the name finder's tokens keep a final stop
        if not word[:1].isalnum() or low in MONTH_CLAUSE_STOPS:
            return False  # the clause ends: "May was furious, the wettest month ..." is hers
        if low in MONTH_PREDICATE_WORDS:
            # "the star guest last week": a time adjunct, when she was it (rules/titles
            # MONTH_ADJUNCT_OPENERS)
            return prev not in MONTH_ADJUNCT_OPENERS
        prev = low
    return False


# How many words after the copula the predicate is read for its noun: "the wettest and
# coolest month on record" holds it in five.
_PREDICATE_READ = 8

__all__ = ["day_or_year", "is_month", "is_weekday", "month_as_time", "month_dated"]
