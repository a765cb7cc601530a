"""Text normalisation shared by alignment, findings and near-duplicate detection.

Two outlets that copy one wire sentence rarely keep it byte-identical: quote marks
become curly, dashes change, "U.S." becomes "US", "colour" becomes "color". Everything
that compares text across outlets goes through :func:`normalize_text` (surface form,
case kept) or :func:`tokens` (lower-cased words) so those differences never count.

* :func:`normalize_text` — quotes, apostrophes, dashes, ellipses, whitespace, dotted
  initialisms ("U.S.A." -> "US"), "per cent" -> "percent", British -> American spelling.
* :func:`tokens` — lower-cased normalised words; numbers stay tokens ("3.5", "1000").
* :func:`content_tokens` — tokens minus :data:`STOPWORDS`.
* :func:`stem` — a light suffix stripper for content words (plural, -ing, -ed, -ly).
* :func:`norm_key` — one string per sentence that is equal for verbatim copies.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .rules import spelling as _sp
from .rules.words import STOPWORDS

# --- character-level unification ----------------------------------------------------

_QUOTE_MAP = {
    # double quotes and guillemets -> "
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"', "\uff02": '"',
    # single quotes, apostrophes, primes, backtick -> '
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u02bc": "'", "\u0060": "'", "\u00b4": "'", "\u2039": "'", "\u203a": "'",
    "\uff07": "'",
    # dashes and minus -> -
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    # ellipsis
    "\u2026": "...",
    # invisible characters
    "\u00ad": "", "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "",
}
_TRANSLATE = str.maketrans(_QUOTE_MAP)

_WS = re.compile(r"\s+")
_ELLIPSIS = re.compile(r"\.(?:\s?\.){2,}")
# A dash used as punctuation ("word - word", "word--word") gets one space either side;
# a hyphen inside a word ("Sena-led") stays. A match may only start at the start of a
# whitespace run or at a dash, and the runs are possessive, so a long whitespace run is
# scanned once, not once per position (linear; same matches as the plain pattern).
_SPACED_DASH = re.compile(r"(?:(?<!\s)\s*+|(?=-))(?:-{2,}|(?<=\s)-|-(?=\s))\s*+")
# Dotted initialisms: "U.S.", "U.S.A.", "U.K.", "E.U." -> "US", "USA", "UK", "EU".
_DOTTED = re.compile(r"\b((?:[A-Z]\.){1,3}[A-Z])\.?(?![A-Za-z])")
_INITIALISM_ALIASES = {"USA": "US"}
_PER_CENT = re.compile(r"\bper\s+cent\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+")


def _build_spelling_regexes() -> list[tuple[re.Pattern[str], str]]:
    def alt(stems: tuple[str, ...]) -> str:
        return "|".join(sorted(stems, key=len, reverse=True))

    return [
        (re.compile(rf"^({alt(_sp.OUR_STEMS)})ur(s|ed|ing|ite|ites|able|ably|ful|less|er|ers|y)?$"), r"\1r\2"),
        (re.compile(rf"^({alt(_sp.YSE_STEMS)})ys(e|es|ed|ing|er|ers)$"), r"\1yz\2"),
        (re.compile(rf"^({alt(_sp.TRE_STEMS)})tre(s|d)?$"), r"\1ter\2"),
        (re.compile(rf"^({alt(_sp.OGUE_STEMS)})ogue(s|d)?$"), r"\1og\2"),
        (re.compile(rf"^({alt(_sp.DOUBLE_L_STEMS)})l(ed|ing|er|ers|or|ors)$"), r"\1\2"),
    ]


_SPELLING_RES = _build_spelling_regexes()
_ISE = re.compile(r"^([a-z]{3,})is(e|es|ed|ing|ation|ations|er|ers)$")


@lru_cache(maxsize=65536)
def _us_spelling(word: str) -> str:
    """American spelling of one lower-case word (itself when no rule applies)."""
    pair = _sp.WORD_PAIRS.get(word)
    if pair is not None:
        return pair
    if len(word) < 5:
        return word
    for rx, repl in _SPELLING_RES:
        if rx.match(word):
            return rx.sub(repl, word)
    m = _ISE.match(word)
    if m:
        stem = m.group(1)
        base = stem + "ise"
        if base not in _sp.ISE_EXCEPTIONS and not stem.endswith("w"):
            return stem + "iz" + m.group(2)
    return word


def _respell(m: re.Match[str]) -> str:
    word = m.group(0)
    low = word.lower()
    us = _us_spelling(low)
    if us == low:
        return word
    if word.isupper():
        return us.upper()
    if word[0].isupper():
        return us[0].upper() + us[1:]
    return us


def _undot(m: re.Match[str]) -> str:
    letters = m.group(1).replace(".", "")
    return _INITIALISM_ALIASES.get(letters, letters)


@lru_cache(maxsize=16384)
def normalize_text(s: str) -> str:
    """Unify quotes, dashes, ellipses, spacing, initialisms and spelling; keep case.

    >>> normalize_text("\u201cThe U.S. colour\u201d \u2014 they\u2019re\u2026")
    '"The US color" - they\\'re...'
    """
    s = unicodedata.normalize("NFKC", s).translate(_TRANSLATE)
    s = _ELLIPSIS.sub("...", s)
    s = _SPACED_DASH.sub(" - ", s)
    s = _DOTTED.sub(_undot, s)
    s = _PER_CENT.sub("percent", s)
    s = _WORD.sub(_respell, s)
    return _WS.sub(" ", s).strip()


# --- tokens ---------------------------------------------------------------------------

# Words (with inner apostrophes) and numbers (with inner "." or "," between digits).
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:'[^\W\d_]+)*", re.UNICODE)
_NUM_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")

@lru_cache(maxsize=16384)
def _tokens(s: str) -> tuple[str, ...]:
    norm = _NUM_COMMA.sub("", normalize_text(s)).lower()
    return tuple(_TOKEN.findall(norm))


def tokens(s: str) -> list[str]:
    """Lower-cased normalised word and number tokens of ``s`` ("1,000" -> "1000")."""
    return list(_tokens(s))


def cased_word_tokens(s: str) -> list[list[str]]:
    """:func:`tokens` with their case kept, per whitespace word of the normalised ``s``
    ("Jean-Pierre Moreau" -> [["Jean", "Pierre"], ["Moreau"]]), for a reader of case
    (align's name guards) to judge the very words the guards compare."""
    find = _TOKEN.findall
    return [find(w) for w in _NUM_COMMA.sub("", normalize_text(s)).split()]


def content_tokens(s: str) -> list[str]:
    """Tokens of ``s`` without stopwords and without a trailing possessive "'s"."""
    out = []
    for t in _tokens(s):
        if t.endswith("'s"):
            t = t[:-2]
        if t and t not in STOPWORDS:
            out.append(t)
    return out


# Irregular forms the suffix rules cannot reach, mapped to the stem of their base form.
IRREGULAR_STEMS: dict[str, str] = {
    "women": "woman", "men": "man", "children": "child", "died": "die", "dies": "die",
    "dying": "die", "killed": "kill", "fled": "flee", "hit": "hit", "won": "win",
    "lost": "lose", "left": "leave", "met": "meet", "held": "hold", "led": "lead",
    "took": "take", "taken": "take", "gave": "give", "given": "give", "went": "go",
    "gone": "go", "began": "begin", "begun": "begin", "rose": "rise", "risen": "rise",
    "fell": "fall", "fallen": "fall", "shot": "shoot", "struck": "strike", "sought": "seek",
    "bought": "buy", "brought": "bring", "caught": "catch", "thought": "think",
}


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Strip common English suffixes so "protests", "protested", "protesting" meet.

    Deliberately light (no Porter rules): numbers and short words stay as they are;
    a few irregular forms (:data:`IRREGULAR_STEMS`) map to their base.
    """
    word = IRREGULAR_STEMS.get(word, word)
    if len(word) <= 3 or word[0].isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("ing") and len(word) > 5:
        word = word[:-3]
    elif word.endswith("ed") and len(word) > 4:
        word = word[:-2]
    elif word.endswith("ly") and len(word) > 5:
        word = word[:-2]
    elif word.endswith("es") and len(word) > 4 and word[-3] in "sxz":
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeiouls":
        word = word[:-1]
    return word


def content_stems(s: str) -> list[str]:
    """Stems of the content tokens of ``s``."""
    if len(s) > STEMS_MEMO_CHARS:
        return [stem(t) for t in content_tokens(s)]
    return list(_content_stems(s))


# The alignment, the findings and the coverage summary each ask for the stems of the same
# sentences (50-article story: 6,065 asks of 878 texts), so they are kept per text, for
# texts up to this long (a longer one is made each time: the memo holds no huge text).
STEMS_MEMO_CHARS = 1000


@lru_cache(maxsize=16384)
def _content_stems(s: str) -> tuple[str, ...]:
    return tuple(stem(t) for t in content_tokens(s))


def norm_key(s: str) -> str:
    """One key per sentence: equal for copies that differ only in punctuation, quote
    marks, dashes, spacing, case, initialism dots or US/UK spelling."""
    return " ".join(_tokens(s))
