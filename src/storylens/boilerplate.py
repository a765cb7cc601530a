"""The boilerplate matcher: applies the rule table of :mod:`storylens.rules.boilerplate`.

``rules/boilerplate.py`` holds the data (each rule with its reason code and note); this
module holds the code that runs it fast — :func:`match` (same answer as trying every
rule's ``fullmatch`` in table order), caption credits, credit lines and acronyms.
"""

from __future__ import annotations

import re
from functools import cache

from .rules.boilerplate import (
    ABOUT_HEADING,
    ABOUT_MAX_LINES,
    ABOVE_HEADLINE_BODY_RATIO,
    ABOVE_HEADLINE_MAX_LINES,
    ABOVE_HEADLINE_MAX_WORDS,
    ACRONYM,
    AGENCIES,
    BIO_CUE,
    BIO_FOLLOW,
    BIO_LEAD,
    BIO_MAX_LINES,
    BIO_MAX_WORDS,
    BIO_MORE,
    BIO_NOT,
    BIO_PIECE_PAST,
    BROADCAST_NAME,
    CAPS_HEADLINE,
    CAPS_LINK_CUE,
    CAPS_MIN_WORDS,
    CAPTION_HINT,
    CAPTION_TOGGLE,
    CAPTION_TOGGLE_MIN_WORDS,
    CREDIT_PATTERNS,
    CREDIT_TAIL,
    EMBED_BODY_MAX,
    EMBED_SIGNATURE,
    GLUED_AD,
    GLUED_CREDIT,
    GLUED_LABEL,
    NAV_LABEL_MAX_CHARS,
    NAV_LABEL_MAX_WORDS,
    NAV_MIN_LINES,
    NAV_PROSE_SHARE,
    NAV_SHORT_SHARE,
    NOTE_LABEL,
    ORG_NAME,
    PUBLICATION,
    RULES,
    TAIL_MAX_WORDS,
    TEASER_CAPS_SHARE,
    TEASER_LABEL,
    TEASER_MAX_WORDS,
    TEASER_MIN_WORDS,
    TEASER_TITLE_SHARE,
    TIMEZONES,
    TITLE_VARIANT_EXTRA_WORDS,
    TITLE_VARIANT_MIN_WORDS,
    Rule,
    Where,
)

__all__ = [
    "ABOVE_HEADLINE_BODY_RATIO", "ABOVE_HEADLINE_MAX_LINES", "ABOVE_HEADLINE_MAX_WORDS",
    "TITLE_VARIANT_EXTRA_WORDS", "TITLE_VARIANT_MIN_WORDS",
    "ABOUT_HEADING", "ABOUT_MAX_LINES", "BIO_CUE", "BIO_FOLLOW", "BIO_LEAD", "BIO_MAX_LINES",
    "BIO_MAX_WORDS", "BIO_MORE", "BIO_NOT", "BIO_PIECE_PAST", "CAPS_HEADLINE", "CAPS_LINK_CUE",
    "CAPS_MIN_WORDS", "CAPTION_HINT", "CAPTION_TOGGLE", "CAPTION_TOGGLE_MIN_WORDS",
    "EMBED_BODY_MAX", "EMBED_SIGNATURE", "GLUED_AD", "GLUED_CREDIT", "GLUED_LABEL", "NAV_LABEL_MAX_CHARS", "NAV_LABEL_MAX_WORDS", "NAV_MIN_LINES",
    "NAV_PROSE_SHARE", "NAV_SHORT_SHARE", "NOTE_LABEL", "RULES", "TEASER_CAPS_SHARE", "TEASER_LABEL",
    "TEASER_MAX_WORDS", "TEASER_MIN_WORDS", "TEASER_TITLE_SHARE", "TAIL_MAX_WORDS", "TIMEZONES", "Rule",
    "caption_before_credit", "credits_in",
    "expand_acronyms", "initials", "match",
]

def match(line: str, tail: bool = False, place: Where = "any") -> Rule | None:
    """The first rule that matches the whole stripped line, or ``None``.

    Rules marked ``where="any"`` always apply; the others only where the caller says the
    line stands (``tail=True`` is ``place="tail"``).

    Same answer as trying ``rule.pattern.fullmatch(line)`` for each rule in table order
    (tests/test_clean.py checks it), but fast: the caption-credit rule, whose lazy
    ``.{0,400}?`` prefix retries the whole credit alternation at every character, is
    decided by :func:`_caption_credit`, and a rule that cannot span as many words as the
    line holds is not tried (:func:`_fitting`).
    """
    if tail:
        place = "tail"
    if "\n" in line:  # "." stops at a newline; the equivalences below assume none
        return _match_each(line, place)
    if _caption_credit(line):
        return RULES[0]
    # A rule whose matches span at most g whitespace runs cannot match a line of more
    # than g + 1 words, so a long prose line is tried only against the rules with room.
    words = line.split()
    last: str | None = None
    for rule in _fitting(place, len(words) - 1):
        gate = rule.last_word_pattern
        if gate is not None:
            if last is None:
                last = _last_word(words)
            if not gate.fullmatch(last):
                continue
        if rule.pattern.fullmatch(line):
            return rule
    return None


def _last_word(words: list[str]) -> str:
    """The line's last word, a final full stop dropped ("... Getty Images." -> "Images")."""
    if not words:
        return ""
    w = words[-1].removesuffix(".")
    return w if w or len(words) < 2 else words[-2]


def _match_each(line: str, place: Where) -> Rule | None:
    for rule in RULES:
        if rule.where != "any" and rule.where != place:
            continue
        if rule.pattern.fullmatch(line):
            return rule
    return None


# The first rule, ``.{0,400}?\s*TAIL\s*\.?``, matches a line without newlines exactly
# when ``TAIL\s*\.?`` matches some suffix line[t:] whose preceding whitespace run starts
# at or before character 400. The leftmost such t is what ``search`` returns, and that
# whitespace start only grows with t, so testing the leftmost t is enough. The lookahead
# (the first characters a credit tail can start with: "(", "|", "/", an agency or an
# acronym, "dpa", "Photo"/"Image") only lets the search skip other positions quickly.
_CAPTION_TAIL = re.compile(rf"(?=[(|/A-Zd])(?:{CREDIT_TAIL})\s*\.?\Z")
_CAPTION_MAX_PREFIX = 400  # the rule's ``.{0,400}?``
# Every alternative of the credit tail holds one of these characters.
_TAIL_MARKS = ("(", "/", "|", ":")
# ... and ends with ")" or with a name's last word ``[A-Z][\w.'’-]*``, so the run of
# word characters at the end of the line (read backwards) holds a capital.
_END_RUN = re.compile(r"[\w.'’-]*")
_CAPITAL = re.compile(r"[A-Z]")


def _caption_credit(line: str) -> bool:
    """Whether the caption-credit rule (``RULES[0]``) fullmatches ``line`` (no newline)."""
    s = line.rstrip()
    if s.endswith("."):
        s = s[:-1].rstrip()
    if not s.endswith(")"):
        run = _END_RUN.match(s[::-1])
        if run is None or not _CAPITAL.search(run.group()):
            return False
    if not any(c in line for c in _TAIL_MARKS):
        return False
    m = _CAPTION_TAIL.search(line)
    return m is not None and len(line[: m.start()].rstrip()) <= _CAPTION_MAX_PREFIX


# Fewer characters than this before a credit is a label, not a caption (clean.py wants
# five words of one besides).
_CAPTION_MIN_CHARS = 10


def caption_before_credit(line: str) -> str | None:
    """The caption of a caption-plus-credit line, to find its copy repeated in the body.

    "Smoke over the docks. (CPA Photo/Jane Doe)" -> "Smoke over the docks."; ``None``
    when the line (one line, no newline) is not a caption of 10 to 400 characters
    followed by a credit. The caption ends where the leftmost credit tail starts, the
    same split as the caption-credit rule's (see :func:`_caption_credit`).
    """
    m = _CAPTION_TAIL.search(line)
    if m is None:
        return None
    caption = line[: m.start()].rstrip()
    return caption if _CAPTION_MIN_CHARS <= len(caption) <= _CAPTION_MAX_PREFIX else None


_PLACES: tuple[Where, ...] = ("any", "tail", "head", "photo")
# Per place, the rules after the first (see _caption_credit), in table order. (One
# alternation of a place's rules, tried with a single fullmatch, was no faster on prose
# lines and costs ~80 ms to compile per subset.)
_PLACE_RULES: dict[str, tuple[Rule, ...]] = {
    place: tuple(r for i, r in enumerate(RULES) if i and r.where in ("any", place))
    for place in _PLACES
}
# Per place, the distinct Rule.gaps bounds, smallest first.
_ROOM: dict[str, tuple[float, ...]] = {
    place: tuple(sorted({r.gaps for r in rules})) for place, rules in _PLACE_RULES.items()
}


def _fitting(place: str, gaps: int) -> tuple[Rule, ...]:
    """The rules of ``place`` that can span ``gaps`` whitespace runs, in table order."""
    room = _ROOM[place]
    k = 0
    while k < len(room) and room[k] < gaps:
        k += 1
    return _fitting_from(place, room[k] if k < len(room) else float("inf"))


@cache  # a few dozen keys; a pure function of the table
def _fitting_from(place: str, least: float) -> tuple[Rule, ...]:
    return tuple(r for r in _PLACE_RULES[place] if r.gaps >= least)


def credits_in(line: str) -> list[str]:
    """Agencies credited on a line (datelines, sign-offs, photo credits).

    Agencies of the table get their canonical name; others are kept as written when they
    are an acronym or an organisation's name ("Nordland Press Agency"), never a person's.
    """
    found: list[str] = []
    present = {n for n in _ALL_NEEDS if n in line}
    if not present:
        return found
    for pat, needs in _CREDIT_GATED:
        if present.isdisjoint(needs):
            continue
        for m in pat.finditer(line):
            name = credit_name(m.group(1))
            if name and name not in found:
                found.append(name)
    return found


def credit_name(raw: str) -> str | None:
    """The name a credit pattern's group gives: an agency of the table by its canonical
    name; an acronym, an organisation's, a publication's or a broadcaster's name
    ("Vatican TV") as written, less a leading "The"; ``None`` for anything else (a
    person's name is never a credit)."""
    raw = raw.strip()
    name = AGENCIES.get(raw)
    if name is None and (_ACRONYM_RE.fullmatch(raw) or ORG_NAME.fullmatch(raw)
                         or PUBLICATION.fullmatch(raw) or _BROADCAST_RE.fullmatch(raw)):
        name = raw[4:] if raw.startswith("The ") else raw
    return name


_ACRONYM_RE = re.compile(ACRONYM)
_BROADCAST_RE = re.compile(BROADCAST_NAME)
# For each of CREDIT_PATTERNS in order, strings of which every match holds at least one
# (read off the pattern), so that a line holding none of them is not searched with it.
_CREDIT_NEEDS: tuple[tuple[str, ...], ...] = (
    ("(",),  # "LONDON (Reuters) -": \(
    ("(",),  # "(AP) -"
    ("-", "—", "–"),  # "— AP": [-—–]
    ("/",),  # "AP Photo/Jane", "REUTERS/Jane": /
    (":",),  # "Photo: ... AFP": :
    ("(",),  # "(AFP)"
    ("(",),  # capitals dateline with "(KNA)"
    ("(",),  # "(KNA) -"
    ("—", "–"),  # "— KNA": ^[—–]
    (" contributed ",),  # "... contributed reporting"
    ("eporting by ",),  # "[Rr]eporting by ..."
    ("eporting by ",),
    ("By",),  # ^By
    ("Photo", "Images", "Pictures", "Archive", "File", "Handout"),  # "KNA Photo"
    ("/",),  # "Photo: KNA/": : and /
    ("/",),  # "Photo: Jane Doe/KNA": : and /
    ("via",),  # "KNA via Getty"
    ("via",),  # "Credit: Jane Doe via Reuters"
    ("[",),  # "[LA Times]"
    ("/",),  # "The Korea Herald/Asia News Network"
    ("/",),
    ("ource", "OURCE"),  # "Source: The Vella Herald"
    ("appeared", "published", " ran "),  # "first appeared in X"
    *((("/",),) * 4),  # a desk's sign-off "aw/mm (AP, AFP, Reuters)": /
)


_CREDIT_GATED = tuple(
    (pat, frozenset(needs)) for pat, needs in zip(CREDIT_PATTERNS, _CREDIT_NEEDS, strict=True)
)
_ALL_NEEDS = tuple(dict.fromkeys(n for needs in _CREDIT_NEEDS for n in needs))


def initials(name: str) -> str:
    """ "Nordland Press Agency" -> "NPA" (capitalised words only; "of", "the" skipped)."""
    return "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name) if w != "The")


def expand_acronyms(credits: list[str], text: str) -> list[str]:
    """Prefer an agency's full name over its acronym when the article spells it out.

    An acronym credit ("KNA") is replaced by a capitalised phrase of the article whose
    initials are exactly the acronym and that names an organisation ("Kessel News Agency");
    when both are credited, the full name stays once, at the acronym's first place.
    Acronyms of the agency table keep their canonical name.
    """
    out: list[str] = []
    for c in credits:
        full = c
        if c not in AGENCIES.values() and re.fullmatch(ACRONYM, c):
            for other in credits:
                if other != c and initials(other) == c:
                    full = other
                    break
            else:
                n = len(c)
                for run in _CAP_RUN.finditer(text):
                    words = run.group(0).split()
                    for k in range(len(words) - n + 1):
                        cand = " ".join(words[k : k + n])
                        if initials(cand) == c and ORG_NAME.fullmatch(cand):
                            full = cand
                            break
                    if full != c:
                        break
        if full not in out:
            out.append(full)
    return out


_CAP_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+")
