"""The corpus core's pieces that need no numpy: word tokens, an article's weighted
content terms, publication times and the story window.

``compare`` reads them too (its coverage finder asks whether two articles are one story
in common words as ``stories`` would, ``findings/coverage._tied``); here, apart from the
numpy arrays of shingles, vectors and refinement, that costs no ~0.1 s numpy import.
:mod:`~storylens.corpus.shingles`, :mod:`~storylens.corpus.vectors`,
:mod:`~storylens.corpus.refine` and :mod:`~storylens.corpus.dedup` import them from here.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import UTC, datetime

from storylens.corpus.cluster_types import DEFAULT_OPTIONS, ClusterOptions, StoryRecord
from storylens.rules.words import CJK_STOP_CHARS, HIRAGANA
from storylens.rules.words import EVENT_STOPWORDS as STOPWORDS

# Letters and digits; "don't" -> "don", "t" whatever the apostrophe, "U.S." -> "u", "s".
_WORD = re.compile(r"[^\W_]+")
# Scripts written without spaces between words: Han ideographs (CJK Unified, Extension A,
# compatibility, Extensions B-F), the iteration marks 々〆〇, Hiragana, Katakana (with its
# phonetic extensions and the prolonged-sound mark; NFKC makes half-width katakana
# full-width). Hangul is left out: Korean puts spaces between words.
_CJK_CHARS = (
    "\u3005-\u3007\u3040-\u309f\u30a0-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff"
    "\uf900-\ufaff\U00020000-\U0002fa1f"
)
_CJK_RUN = re.compile(f"[{_CJK_CHARS}]+")
# A word as _WORD has it, cut where CJK characters start or stop ("iphone手机" -> "iphone", "手机").
_CJK_OR_WORD = re.compile(f"[{_CJK_CHARS}]+|[^\\W_{_CJK_CHARS}]+")


# ASCII fast path: the same split as ``_WORD`` done by str.translate (about 5x faster).
_ASCII_SPLIT = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


def tokens(text: str) -> list[str]:
    """Lowercase word tokens of ``text`` (NFKC-normalised when not plain ASCII).

    A run of Chinese or Japanese characters (no spaces to split words at) becomes its
    overlapping character bigrams, as Lucene's CJK analyzer does ("青澜江大桥" -> "青澜",
    "澜江", "江大", "大桥"; a lone character stays itself): without them a whole clause
    was one token, so two reports of one event shared no word unless a clause was
    identical.
    """
    if text.isascii():
        return text.lower().translate(_ASCII_SPLIT).split()
    norm = unicodedata.normalize("NFKC", text).casefold()
    if _CJK_RUN.search(norm) is None:
        return _WORD.findall(norm)
    out: list[str] = []
    for tok in _CJK_OR_WORD.findall(norm):
        if len(tok) > 1 and _CJK_RUN.match(tok):
            out.extend(tok[i : i + 2] for i in range(len(tok) - 1))
        else:
            out.append(tok)
    return out


# A capitalised token not at a sentence start ("... said Varo Dellan in Kesh") is
# likely a name, which identifies an event better than a common noun.
_CAPITALISED = re.compile(r"(?<![.!?\n\"'“])\s([A-Z][\w'’-]+)")


def _stop(tok: str) -> bool:
    """A stop word, or a CJK bigram of grammar (see ``rules.words.CJK_STOP_CHARS``)."""
    if tok in STOPWORDS:
        return True
    if tok.isascii():
        return False
    lo, hi = HIRAGANA
    return all(lo <= c <= hi for c in tok) or any(c in CJK_STOP_CHARS for c in tok)


def terms(record: StoryRecord, options: ClusterOptions = DEFAULT_OPTIONS) -> Counter[str]:
    """Weighted term counts of a record: body, title (x title_weight), names boosted."""
    ml = options.min_token_len
    counts: Counter[str] = Counter(tokens(record.text))  # counted in C, then filtered
    for tok in [t for t in counts if len(t) < ml or _stop(t)]:
        del counts[tok]
    if record.title:
        for tok in tokens(record.title):
            if len(tok) >= ml and not _stop(tok):
                counts[tok] += options.title_weight
    if options.entity_weight != 1.0:
        for name in _CAPITALISED.findall(" " + record.text):
            for tok in tokens(name):
                if tok in counts:
                    counts[tok] *= options.entity_weight
    return counts


def within_window(a: float | None, b: float | None, window: float) -> bool:
    """Whether two articles published at ``a`` and ``b`` (POSIX seconds; None: undated)
    may be one story by time: at most ``window`` seconds apart (``window_days``), or
    either undated (no time evidence against it). A story closes ``window`` after its
    latest article, so no edge joins two dated articles further apart (the k-NN graph
    reads only a window's postings) and a story is cut at such a gap
    (:func:`~storylens.corpus.refine.split_at_gaps`);
    ``compare``'s "one story in common words" asks the same of a pair
    (``findings/coverage._tied``)."""
    return a is None or b is None or abs(a - b) <= window


def published_timestamp(published: str | None) -> float | None:
    """POSIX seconds of an ISO 8601 date/datetime (naive = UTC); None when absent or bad."""
    if not published:
        return None
    try:
        dt = datetime.fromisoformat(published.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.timestamp()


__all__ = ["published_timestamp", "terms", "tokens", "within_window"]
