"""Numbers, amounts, quantities and dates in a document, normalised for comparison.

Fast regular rules only (no dateparser import on the hot path): each sentence is scanned
in passes of falling specificity — dates, times, relative dates, amounts (money, percent,
units, counts) and ordinals — and a span taken by an earlier pass is never reused. Units
go to SI with the original unit kept; relative dates ("last week", "on Monday") are
resolved against the article's publication date when it is known.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from ..dates import IncompleteDate, read_free_form
from ..models import Document, Quantity
from ..rules import numbers as R
from ..rules import units as U

__all__ = ["extract_quantities", "parse_published", "parse_number_words"]

# A year a date or a bare 4-digit number may stand for. Outside this range a 4-digit
# number is a count ("1500 troops").
YEAR_MIN, YEAR_MAX = 1800, 2099
# Characters before a weekday searched for "will" / "is due to": wider windows caught the
# "will" of unrelated clauses in reported speech (checked on the semeval2022-en articles).
FUTURE_WINDOW = 40


def _alt(words) -> str:
    """Longest first (a regex alternation takes the first that matches); ties by spelling,
    so the pattern's text does not change with the hash seed (storylens.recache keys on it)."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


_MONTH_NAMES = [m.capitalize() for m in R.MONTHS] + [m.upper() for m in R.MONTHS if len(m) > 3]
_MONTH = rf"(?P<mon>{_alt(_MONTH_NAMES)})\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:18|19|20)\d\d)"
_DATE_RULES = [
    re.compile(r"(?<![\w-])(?P<year>(?:18|19|20)\d\d)-(?P<m>[01]\d)-(?P<day>[0-3]\d)(?![\w-])"),
    re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\w:])"),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?(?!\w)"),
    re.compile(rf"\b{_MONTH},?\s+{_YEAR}(?!\w)"),
]
# A month named alone ("in July", "last June", "since early March"): a date of the story
# at month granularity, its year resolved from the publication date (so marked relative,
# as "Dec. 11" is). Only after a word that makes it a time ("in", "since", "last",
# "early" ... : rules/numbers.MONTH_LEADS), and only full month names: "May" alone is a
# verb, "March" a noun, "June" a name ("Theresa May", "June Carter"). After a lead a month
# that is also a name (rules/numbers.MONTHS_AS_NAMES) is still the person when a possessive
# or a capitalised word follows it ("in May's cabinet", "a letter from June Carrow": s10
# review), at the cost of "in June President Orm said" (a miss, not a wrong date). "backed
# by May and her ministers" is still read as a month: only the name analysis could tell.
_BARE_MONTH = re.compile(
    rf"\b(?P<lead>(?i:{_alt(R.MONTH_LEADS)}))(?:\s+|-)"
    rf"(?:(?P<part>(?i:{_alt(R.MONTH_PARTS)}))(?:\s+|-))?"
    rf"(?!(?:{_alt([m.capitalize() for m in R.MONTHS_AS_NAMES])})(?:['\u2019]s\b|\s+[A-Z][a-z]))"
    rf"(?P<mon>{_alt([m.capitalize() for m in R.MONTHS if len(m) > 3 or m == 'may'])})\b(?![\s,.-]*\d)"
)
_TIME = re.compile(
    r"(?<![\w.])\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|hrs\b|h\b)"
    r"|(?<![\w.:])\d{1,2}:\d{2}(?::\d{2})?(?![\w:])",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    rf"\b(?:(?P<rel>last|this|next|on|since|by|until|early|late)\s+)?"
    rf"(?P<wd>{_alt([w.capitalize() for w in R.WEEKDAYS])})(?!\w)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
)
_REL_DAY = re.compile(rf"\b(?:{_alt(R.RELATIVE_DAYS)})\b", re.IGNORECASE)
_REL_UNIT = re.compile(
    r"\b(?:(?:earlier|later)\s+this|last|next|this|past|previous|coming)\s+"
    r"(?P<unit>week|month|year)\b",
    re.IGNORECASE,
)
_AGO_COUNT = _alt([*R.UNITS_WORDS, *R.TENS_WORDS, "a", "an", "a few", "several", "a couple of"])
_AGO = re.compile(
    rf"\b(?:(?:more|less|fewer)\s+than\s+|about\s+|nearly\s+|almost\s+|over\s+|some\s+)?"
    rf"(?P<n>\d+|{_AGO_COUNT})\s+(?P<unit>days?|weeks?|months?|years?)\s+ago\b",
    re.IGNORECASE,
)
# The word every match of _AGO ends with, searched first: a literal is found by a fast
# scan, while _AGO, which opens with optional words, is tried at every position (~0.02 s
# of CPU over the 565 sentences of the 50-article speed case, most without "ago").
_AGO_WORD = re.compile("ago", re.IGNORECASE)

_NUM_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_WORD_ATOM = _alt([*R.UNITS_WORDS, *R.TENS_WORDS, *R.SCALES])
_NUM_WORDS = rf"(?:{_WORD_ATOM})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD_ATOM}))*"
_CUR_SYM = _alt([k for k in U.CURRENCY_SYMBOLS])
_SCALE = _alt(R.SCALES)
_SHORT = _alt(R.SHORT_SCALES)
# "half a million", "a quarter of a million", "a half million", "a half-million" (AP's
# spelling, "a half-million-dollar grant"): a fraction of a scale word
_FRACTION = rf"(?:an?\s+)?(?P<frac>{_alt(R.FRACTIONS)})(?:\s+of\s+|[\s-]+)(?=(?:an?\s+)?(?:{_SCALE})\b)"
_AMOUNT = re.compile(
    rf"(?:(?<!\w)(?P<cur>{_CUR_SYM})\s?)?"
    rf"(?:(?<![\w.,/:-])(?P<dig>{_NUM_DIGITS})(?![.,]\d)"
    rf"|\b(?P<fracs>{_FRACTION})?(?P<words>(?:an?\s+(?=(?:{_SCALE})\b))?{_NUM_WORDS})\b)"
    rf"(?:(?:\s+|-)(?P<scale>{_SCALE})\b|(?P<short>{_SHORT})\b)?",
    re.IGNORECASE,
)
_PERCENT = re.compile(r"\s?(?:%|per\s?cent\b|percentage points?\b)", re.IGNORECASE)
_UNIT_KEYS = sorted(U.UNITS, key=len, reverse=True)
_SHORT_UNITS = {k for k in _UNIT_KEYS if len(k) <= 2}  # "m", "in", "ft": digits only, lower case
# A unit of several words may be hyphenated as an adjective ("a 3.5-square-mile area",
# "a 2,095-metric-ton shipment"): the space of every key matches a hyphen too, and the
# unit is looked up with hyphens read as spaces (:func:`_unit_key`).
_UNIT_AFTER = re.compile(
    r"(?:\s?-\s?|\s?)(?P<u>"
    + "|".join(re.escape(k).replace(r"\ ", r"[\s-]") for k in _UNIT_KEYS)
    + r")(?![\w/²])",
    re.IGNORECASE,
)
_TEMP_AFTER = re.compile(rf"\s?(?P<u>{_alt(U.TEMPERATURES)})(?!\w)", re.IGNORECASE)
_CUR_AFTER = re.compile(rf"[\s-](?P<u>{_alt(U.CURRENCY_WORDS)})\b", re.IGNORECASE)
# "1.2 trillion won": a currency word read only after a scale word (rules/units)
_CUR_AFTER_SCALE = re.compile(rf"[\s-](?P<u>{_alt(U.CURRENCY_WORDS_AFTER_SCALE)})\b", re.IGNORECASE)
# A rough size: "several hundred", "tens of thousands", "hundreds of thousands" as they
# stand (a size whatever follows: "Hundreds of thousands watched" was read as "Hundreds",
# 100); a one-word size ("thousands", "dozens") only before "of", "more" or a verb: an
# auxiliary, or a past form (s11-facts4: "Thousands marched", "Hundreds rallied", "Millions
# watched" were no count at all); "scores" only before "of", "more" or an auxiliary
# ("scores rose": test scores).
_VAGUE_MULTI = [k for k in R.VAGUE_COUNTS if " " in k and not k.startswith(("several", "a few"))]
_VAGUE_ONE = [k for k in R.VAGUE_COUNTS if " " not in k]
_VAGUE = re.compile(
    rf"\b(?P<v>(?:several|a\s+few)\s+(?:dozen|hundred|thousand)|"
    rf"(?:{_alt(_VAGUE_MULTI)})|"
    rf"(?:{_alt(k for k in _VAGUE_ONE if k != 'scores')})"
    rf"(?=\s+(?:of|more|had|have|were|are|[a-z]{{3,}}ed|{_alt(R.IRREGULAR_PAST)})\b)|"
    r"scores(?=\s+(?:of|more|had|have|were|are)\b))\b",
    re.IGNORECASE,
)
_FIXED = re.compile(rf"\b(?:{_alt(R.FIXED_COUNTS)})\b", re.IGNORECASE)
_ORD_DIGITS = re.compile(r"(?<![\w.,])\d+(?:st|nd|rd|th)\b")
_ORD_WORDS = re.compile(
    rf"\b(?:the|its|his|her|their|our|a)\s+(?P<o>{_alt(R.ORDINAL_WORDS)})\b", re.IGNORECASE
)
_FUTURE = re.compile(r"\b(?:will|would|shall|is due|are due|is set to|are set to|scheduled|plans? to)\b", re.IGNORECASE)
_RATIO_ATOM = rf"(?:\d{{1,4}}|{_alt([*R.UNITS_WORDS, *R.TENS_WORDS])})"
_RATIO = re.compile(
    rf"(?<![\w.,/-])(?P<n>{_RATIO_ATOM})(?:\s+|-)(?:in|out(?:\s+|-)of)(?:\s+|-)(?:every\s+)?"
    rf"(?P<d>{_RATIO_ATOM})(?![\w.,]\d|\d|%)",
    re.IGNORECASE,
)
# "1 in 2019" is a count and a year, not a ratio: denominators stay below year range.
RATIO_MAX_DENOMINATOR = 1000
_ISO_PUB = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def extract_quantities(doc: Document, published: str | None = None) -> tuple[Quantity, ...]:
    """Every number, amount, quantity and date in ``doc``, in text order.

    ``published`` (ISO date or datetime) defaults to ``doc.article.published``; relative
    dates stay unresolved (``date=None``, ``relative=True``) when neither is known.
    """
    pub = parse_published(published if published is not None else doc.article.published)
    out: list[Quantity] = []
    for s in doc.sentences:
        if len(s.text) > MEMO_MAX_CHARS:
            out.extend(_sentence_quantities(s.text, s.start, s.id, pub))
            continue
        for q in _text_quantities(s.text, pub):
            out.append(replace(q, start=s.start + q.start, end=s.start + q.end, sentence=s.id))
    return tuple(out)


# A sentence's quantities depend on nothing but its text and the publication day, so they
# are read once per text (offsets from the sentence start) and placed at each copy: the
# outlets of one story run many sentences of one wire story word for word (in the
# 50-article case of benchmarks/compare.py a third of the sentences repeat one seen
# before). Only sentences up to MEMO_MAX_CHARS are kept, MEMO_SENTENCES at most, so
# the memo of a long-running server stays small whatever it is sent.
MEMO_MAX_CHARS = 1000
MEMO_SENTENCES = 8192


@lru_cache(maxsize=MEMO_SENTENCES)
def _text_quantities(text: str, pub: date | None) -> tuple[Quantity, ...]:
    return tuple(_sentence_quantities(text, 0, "", pub))


def parse_published(text: str | None) -> date | None:
    """The publication day of an ISO (or, failing that, any dateutil-readable) stamp."""
    if not text:
        return None
    m = _ISO_PUB.match(text.strip())
    if m:
        try:
            return date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    # a stamp naming no full day ("-1", "Tuesday") is no anchor: completed from today's
    # clock it would date every relative date in the text to today
    try:
        dt = read_free_form(text, fuzzy=True)
    except IncompleteDate:
        return None
    return dt.date() if dt is not None else None


def parse_number_words(text: str) -> float | None:
    """``"twenty-five" -> 25``, ``"a million" -> 1e6``, ``"two hundred and six" -> 206``."""
    total, current, seen = 0.0, 0.0, False
    for w in re.split(r"[\s-]+", text.lower()):
        if not w or w == "and":
            continue
        if w in ("a", "an"):
            current = max(current, 1.0)
        elif w in R.UNITS_WORDS:
            current += R.UNITS_WORDS[w]
        elif w in R.TENS_WORDS:
            current += R.TENS_WORDS[w]
        elif w == "hundred":
            current = (current or 1.0) * 100
        elif w in R.SCALES:
            total += (current or 1.0) * R.SCALES[w]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


class _Taken:
    """Character spans of one sentence already claimed by an earlier pass."""

    def __init__(self, n: int):
        self.mask = bytearray(n)

    def free(self, a: int, b: int) -> bool:
        return not any(self.mask[a:b])

    def take(self, a: int, b: int) -> None:
        self.mask[a:b] = b"\x01" * (b - a)


def _sentence_quantities(text: str, start: int, sid: str, pub: date | None) -> list[Quantity]:
    """The quantities of the sentence ``text`` (id ``sid``) that starts at ``start``."""
    taken = _Taken(len(text))
    found: list[Quantity] = []

    def add(a: int, b: int, kind: str, **kw) -> None:
        taken.take(a, b)
        found.append(Quantity(text=text[a:b], kind=kind, start=start + a, end=start + b,
                              sentence=sid, **kw))

    _dates(text, pub, taken, add)
    for m in _TIME.finditer(text):
        if taken.free(m.start(), m.end()):
            taken.take(m.start(), m.end())
    _relative(text, pub, taken, add)
    for m in _VAGUE.finditer(text):
        if taken.free(m.start(), m.end()):
            add(m.start(), m.end(), "cardinal", value=R.VAGUE_COUNTS[" ".join(m["v"].lower().split())])
    for m in _FIXED.finditer(text):
        if taken.free(m.start(), m.end()):
            key = " ".join(m[0].lower().split())
            add(m.start(), m.end(), "cardinal", value=R.FIXED_COUNTS.get(key, 12.0))
    for m in _ORD_DIGITS.finditer(text):
        if taken.free(m.start(), m.end()):
            add(m.start(), m.end(), "ordinal", value=float(re.sub(r"\D", "", m[0])))
    _ratios(text, taken, add)
    _amounts(text, taken, add)
    for m in _ORD_WORDS.finditer(text):
        a, b = m.span("o")
        if taken.free(a, b):
            add(a, b, "ordinal", value=float(R.ORDINAL_WORDS[m["o"].lower()]))
    found.sort(key=lambda q: q.start)
    return _suspended(text, start, found)


# The gap between a figure left hanging on a hyphen and the figure that carries the unit
# ("16- and 17-year-olds", "5- to 10-minute delays"): rules/numbers.SUSPENDED_JOINS
_SUSPENDED_GAP = re.compile(rf"-\s+(?:{_alt(R.SUSPENDED_JOINS)})\s+", re.IGNORECASE)


def _suspended(text: str, start: int, found: list[Quantity]) -> list[Quantity]:
    """A figure left hanging on a hyphen takes the unit the next figure's hyphen carries
    ("16- and 17-year-olds": 16 years and 17, not the count 16 and 17 years; "5- to
    10-minute delays": 5 minutes to 10). Read as a bare count, the first figure was no
    value of the measure and the second was the phrase's only one: another outlet's
    "16-year-olds" met "17-year" as a conflict (invented dev d123). Only units of
    rules/units.UNITS (lengths, masses, spans ...), not money, shares or temperatures;
    the hanging figure keeps its own text ("16")."""
    out = list(found)
    for k in range(len(out) - 1):
        q, nxt = out[k], out[k + 1]
        if q.kind != "cardinal" or nxt.kind not in ("quantity", "duration") or \
                nxt.original_unit is None or nxt.unit == "K" or q.value is None:
            continue
        if not _SUSPENDED_GAP.fullmatch(text, q.end - start, nxt.start - start):
            continue
        if not nxt.text[:len(nxt.text) - len(nxt.original_unit)].endswith("-"):
            continue  # "16- and 17 years": no unit hyphenated onto the figure
        key = _unit_key(nxt.original_unit)
        if key not in U.UNITS:
            continue
        out[k] = replace(q, kind=nxt.kind, value=q.value * U.UNITS[key][1], unit=nxt.unit,
                         original_unit=nxt.original_unit)
    return out


def _dates(text: str, pub: date | None, taken: _Taken, add) -> None:
    for rule in _DATE_RULES:
        for m in rule.finditer(text):
            a, b = m.span()
            if not taken.free(a, b):
                continue
            gd = m.groupdict()
            month = int(gd["m"]) if gd.get("m") else R.MONTHS[gd["mon"].lower().rstrip(".")]
            day = int(gd["day"]) if gd.get("day") else None
            year = int(gd["year"]) if gd.get("year") else None
            if day is not None and not 1 <= day <= 31:
                continue
            if gd.get("mon") == "May" and day is None and year is None:
                continue
            if year is None and day is not None:
                iso = _infer_year(month, day, pub)
                if iso is None:
                    continue
                # the year comes from the publication date: resolved, like "on Monday"
                add(a, b, "date", date=iso, relative=True)
            elif day is None:
                add(a, b, "date", date=f"{year:04d}-{month:02d}")
            else:
                try:
                    add(a, b, "date", date=date(year, month, day).isoformat())
                except ValueError:
                    continue
    for m in _BARE_MONTH.finditer(text):
        # the span starts at a word that belongs to the date ("last July", "early March"),
        # never at a preposition ("in", "since": they say how it relates, not when)
        a = m.start("lead") if m["lead"].lower() in R.MONTH_PARTS_LEADS else \
            m.start("part") if m["part"] else m.start("mon")
        b = m.end()
        if not taken.free(a, b):
            continue
        add(a, b, "date", date=_month_of(R.MONTHS[m["mon"].lower()], m["lead"].lower(),
                                         _FUTURE.search(text[max(0, a - FUTURE_WINDOW):a])
                                         is not None, pub), relative=True)


def _month_of(month: int, lead: str, future: bool, pub: date | None) -> str:
    """The year-month a month named alone stands for, from the publication date: the
    last such month up to it ("in July" in an October article), the next from it when
    worded for the future ("next July", "will vote in March"); "--07" when undated."""
    if pub is None:
        return f"--{month:02d}"
    if lead == "this":
        year = pub.year
    elif lead == "next" or future:
        year = pub.year if month >= pub.month else pub.year + 1
    elif lead == "last":
        year = pub.year if month < pub.month else pub.year - 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return f"{year:04d}-{month:02d}"


def _infer_year(month: int, day: int, pub: date | None) -> str | None:
    """The year that puts month-day nearest the publication date ("Dec. 30" in a story of
    Jan. 2 is last year's; "March 20" in one of Dec. 31 is next year's)."""
    if pub is None:
        return f"--{month:02d}-{day:02d}"
    best = None
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((d - pub).days) < abs((best - pub).days):
            best = d
    return best.isoformat() if best else None


def _relative(text: str, pub: date | None, taken: _Taken, add) -> None:
    for m in _WEEKDAY.finditer(text):
        a, b = m.span()
        if not taken.free(a, b):
            continue
        # future only when a future marker stands shortly before ("will meet on Monday")
        future = bool(_FUTURE.search(text[max(0, a - FUTURE_WINDOW):a]))
        iso = None
        if pub is not None:
            wd = R.WEEKDAYS[m["wd"].lower()]
            rel = (m["rel"] or "").lower()
            if rel == "next" or (future and rel != "last"):
                delta = (wd - pub.weekday()) % 7 or (7 if rel == "next" else 0)
            else:
                delta = -((pub.weekday() - wd) % 7)
                if rel == "last" and delta == 0:
                    delta = -7
            iso = _plus_days(pub, delta)
        add(a, b, "date", date=iso, relative=True)
    for m in _REL_DAY.finditer(text):
        a, b = m.span()
        if not taken.free(a, b):
            continue
        off = R.RELATIVE_DAYS[" ".join(m[0].lower().split())]
        iso = _plus_days(pub, off) if pub else None
        add(a, b, "date", date=iso, relative=True)
    for m in _AGO.finditer(text) if _AGO_WORD.search(text) else ():
        a, b = m.span()
        if not taken.free(a, b):
            continue
        n_text = m["n"].lower()
        n = float(n_text) if n_text.isdigit() else parse_number_words(n_text)
        if n is None:
            n = 3.0 if n_text in ("a few", "several") else 2.0 if "couple" in n_text else 1.0
        add(a, b, "date", date=_shift(pub, -n, m["unit"].lower()) if pub else None, relative=True)
    for m in _REL_UNIT.finditer(text):
        a, b = m.span()
        if not taken.free(a, b):
            continue
        word = m[0].lower().split()[0]
        step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(word, 0)
        add(a, b, "date", date=_shift(pub, step, m["unit"].lower()) if pub else None, relative=True)


def _plus_days(pub: date, days: int) -> str | None:
    """``pub`` moved by ``days``, ISO; ``None`` past the calendar's ends (a record stamped
    "0001-01-01", a data set's empty date, with "on Monday"; "4000000 days ago")."""
    try:
        return (pub + timedelta(days=days)).isoformat()
    except OverflowError:
        return None


def _shift(pub: date, n: float, unit: str) -> str | None:
    """``pub`` moved by ``n`` units, written at that unit's granularity."""
    unit = R.RELATIVE_UNITS.get(unit, unit)
    if unit == "day":
        return _plus_days(pub, round(n))
    if unit == "week":
        return _plus_days(pub, round(7 * n))
    if unit == "month":
        months = pub.year * 12 + pub.month - 1 + round(n)
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{pub.year + round(n):04d}"


def _amounts(text: str, taken: _Taken, add) -> None:
    # patterns are matched at positions of ``text`` (never on slices of it): a slice per
    # number copies the rest of the sentence and made runs of numbers quadratic
    lower_text = text.lower()
    weighs = any(w in lower_text for w in U.WEIGHT_CUES)
    for m in _AMOUNT.finditer(text):
        a, b = m.span()
        if m["cur"] is None and m["dig"] is None and m["words"] is None:
            continue
        if not taken.free(a, b):
            continue
        value, ok = _amount_value(m)
        if not ok or value is None:
            continue
        num_start = (m.start("dig") if m["dig"] is not None
                     else m.start("fracs") if m["fracs"] is not None else m.start("words"))
        if m["words"] is not None and m["scale"] is None and m["words"].lower() in ("one", "a", "an"):
            continue  # "one of the", "no one": pronoun far more often than a count
        if m["short"] is not None and m["cur"] is None:
            if m["dig"] is not None and _short_scale_counts(text, b):
                value *= R.SHORT_SCALES[m["short"].lower()]  # "2.5m people": million
            else:
                # "12m" / "5k": a bare short scale is a unit ("m") or noise, never a scale
                b = m.end("dig") if m["dig"] is not None else m.end("words")
        if m["cur"] is not None:
            add(a, b, "money", value=value, unit=U.CURRENCY_SYMBOLS[m["cur"].lower()],
                original_unit=m["cur"])
            continue
        pm = _PERCENT.match(text, b)
        if pm:
            add(num_start, pm.end(), "percent", value=value, unit="%")
            continue
        cm = _CUR_AFTER.match(text, b)
        if cm is None and (m["scale"] or m["short"] and b == m.end()) and (
                sm := _CUR_AFTER_SCALE.match(text, b)):
            add(num_start, sm.end(), "money", value=value,
                unit=U.CURRENCY_WORDS_AFTER_SCALE[sm["u"].lower()], original_unit=sm["u"])
            continue
        # "pound(s)" is money unless the sentence weighs something, or the number and a
        # singular "pound" make one adjective ("a 200-pound bear": money is "£200").
        pound = cm is not None and cm["u"].lower().startswith("pound")
        if cm and not (pound and (weighs or text.startswith("-pound", b) and cm["u"].lower() == "pound")):
            add(num_start, cm.end(), "money", value=value,
                unit=U.CURRENCY_WORDS[cm["u"].lower()], original_unit=cm["u"])
            continue
        um = _UNIT_AFTER.match(text, b)
        if um and _unit_ok(um, m):
            key = _unit_key(um["u"])
            si, factor = U.UNITS[key]
            kind = "duration" if key in U.DURATION_UNITS else "quantity"
            add(num_start, um.end(), kind, value=value * factor, unit=si, original_unit=um["u"])
            continue
        tm = _TEMP_AFTER.match(text, b)
        if tm and m["dig"] is not None and (len(tm["u"]) > 1 or text[b:b + 1] != " "):
            scale = U.TEMPERATURES[tm["u"].lower()]
            kelvin = value + 273.15 if scale == "C" else (value - 32) * 5 / 9 + 273.15
            add(num_start, tm.end(), "quantity", value=round(kelvin, 2), unit="K",
                original_unit=tm["u"])
            continue
        dig = m["dig"]
        if (dig is not None and m["scale"] is None and re.fullmatch(r"\d{4}", dig)
                and YEAR_MIN <= int(dig) <= YEAR_MAX):
            if text.startswith("s", b) or text.startswith("'s", b):
                taken.take(num_start, b + 1)  # "1990s": a decade, not a count
                continue
            if not _looks_like_count(text, num_start, b):
                add(num_start, b, "year", value=float(dig), date=dig)
                continue
        add(num_start, b, "cardinal", value=value)


_NEXT_WORDS = re.compile(r"\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?")


def _short_scale_counts(text: str, end: int) -> bool:
    """Whether the short scale ending at ``end`` ("2.5m") is a scale: a counted noun
    (``R.SHORT_SCALE_NOUNS``, after at most one ``R.SHORT_SCALE_MODIFIERS`` word), a
    currency word or a unit word follows ("2.5m people", "40m euros", "12m tonnes").
    Anything else keeps "m" a metre ("a 3m wall", "3m high", "100m hurdles")."""
    nm = _NEXT_WORDS.match(text, end)
    if nm is None:
        return False
    first = nm[1].lower()
    if first in R.SHORT_SCALE_MODIFIERS and nm[2] is not None:
        first = nm[2].lower()
    if first in R.SHORT_SCALE_NOUNS or first in U.CURRENCY_WORDS or \
            first in U.CURRENCY_WORDS_AFTER_SCALE:
        return True
    return len(first) > 2 and first in U.UNITS


_YEAR_PREP = re.compile(
    r"\b(?:in|since|by|from|until|till|of|during|early|late|mid|and|to|between|before|after|"
    r"around|circa|year|season|spring|summer|autumn|fall|winter)\s*$", re.IGNORECASE)
_PLURAL_NEXT = re.compile(
    r"\s+(?:[a-z]+s|people|men|women|children|police|staff|personnel|cattle)\b")
# Characters before a 4-digit number searched for a year preposition ("in", "since").
YEAR_PREP_WINDOW = 16


def _looks_like_count(text: str, start: int, end: int) -> bool:
    """A 4-digit number in year range is a count when a plural noun follows it and no
    year preposition precedes it ("2000 people" vs "in 2000 elections were held")."""
    return bool(_PLURAL_NEXT.match(text, end)) and not _YEAR_PREP.search(
        text[max(0, start - YEAR_PREP_WINDOW):start])


def _ratios(text: str, taken: _Taken, add) -> None:
    """"1-in-3", "one in five", "2 out of every 10": one ratio, not two counts."""
    for m in _RATIO.finditer(text):
        a, b = m.span()
        if not taken.free(a, b):
            continue
        n, d = _ratio_part(m["n"]), _ratio_part(m["d"])
        if n is None or d is None or not 0 < n < d or d > RATIO_MAX_DENOMINATOR:
            continue
        add(a, b, "ratio", value=n / d)


def _ratio_part(text: str) -> float | None:
    return float(text) if text.isdigit() else parse_number_words(text)


def _amount_value(m: re.Match) -> tuple[float | None, bool]:
    if m["dig"] is not None:
        try:
            value = float(m["dig"].replace(",", ""))
        except ValueError:
            return None, False
    else:
        value = parse_number_words(m["words"])
    if value is None:
        return None, False
    if m["fracs"] is not None:
        value *= R.FRACTIONS[" ".join(m["frac"].lower().split())]
    if m["scale"]:
        value *= R.SCALES[m["scale"].lower()]
    elif m["short"] and m["cur"] is not None:
        value *= R.SHORT_SCALES[m["short"].lower()]
    return value, True


def _unit_key(written: str) -> str:
    """The ``rules/units`` key of a unit as written ("Square-Mile" -> "square mile")."""
    key = written.lower()
    return key if key in U.UNITS else " ".join(key.replace("-", " ").split())


def _unit_ok(um: re.Match, m: re.Match) -> bool:
    u = um["u"]
    if u.lower() in _SHORT_UNITS or u.lower() in ("t", "g", "c", "f"):
        # one- and two-letter units only straight after digits, in lower case ("12 km", "3m")
        return m["dig"] is not None and u == u.lower() and u.lower() != "in"
    return True
