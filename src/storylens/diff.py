"""Word-level diff between two aligned sentences.

Words keep their surface form for display, but are compared on their normalised,
lower-cased form (:func:`storylens.normalize.tokens`), so curly vs straight quotes,
"U.S." vs "US", "colour" vs "color" and trailing punctuation never show up as edits.

Counts: ``kept`` words of ``a`` in equal runs; in a ``replace`` run of ``m`` old and ``n``
new words, ``min(m, n)`` are ``substituted`` and the rest count as ``deleted`` (m > n)
or ``inserted`` (n > m); pure ``insert``/``delete`` runs count in full.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .models import DiffOp, PairDiff, Sentence
from .normalize import norm_key

_SURFACE = re.compile(r"\S+")


def _words(text: str) -> tuple[list[str], list[str]]:
    """Surface words and their comparison keys (punctuation-only words keep themselves)."""
    surface = _SURFACE.findall(text)
    keys = [norm_key(w) or w for w in surface]
    return surface, keys


# difflib without autojunk is quadratic or worse in the words of a sentence (cubic on a
# run of one repeated word: 8,000 words took 62 s). Sentences up to this many words are
# diffed exactly as always (a news sentence has well under 100). Longer pairs first drop
# their common first and last words (linear), and a changed middle still longer than
# this is shown as one replacement instead of word by word (docs/limits.md).
MAX_DIFF_WORDS = 400


def _opcodes(ka: list[str], kb: list[str]) -> list[tuple[str, int, int, int, int]]:
    if len(ka) <= MAX_DIFF_WORDS and len(kb) <= MAX_DIFF_WORDS:
        return SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    pre = 0
    limit = min(len(ka), len(kb))
    while pre < limit and ka[pre] == kb[pre]:
        pre += 1
    suf = 0
    while suf < limit - pre and ka[len(ka) - 1 - suf] == kb[len(kb) - 1 - suf]:
        suf += 1
    ea, eb = len(ka) - suf, len(kb) - suf
    mid_a, mid_b = ka[pre:ea], kb[pre:eb]
    if not mid_a and not mid_b:
        mid = []
    elif len(mid_a) <= MAX_DIFF_WORDS and len(mid_b) <= MAX_DIFF_WORDS:
        mid = [
            (t, i1 + pre, i2 + pre, j1 + pre, j2 + pre)
            for t, i1, i2, j1, j2 in SequenceMatcher(None, mid_a, mid_b, autojunk=False).get_opcodes()
        ]
    else:
        tag = "replace" if mid_a and mid_b else ("delete" if mid_a else "insert")
        mid = [(tag, pre, ea, pre, eb)]
    out = [("equal", 0, pre, 0, pre)] if pre else []
    out.extend(mid)
    if suf:
        out.append(("equal", ea, len(ka), eb, len(kb)))
    return out


def word_diff(a: Sentence, b: Sentence) -> PairDiff:
    """Diff ``a`` against ``b`` word by word (difflib on normalised words)."""
    sa, ka = _words(a.text)
    sb, kb = _words(b.text)
    ops: list[DiffOp] = []
    kept = inserted = deleted = substituted = 0
    for tag, i1, i2, j1, j2 in _opcodes(ka, kb):
        ops.append(DiffOp(tag, " ".join(sa[i1:i2]), " ".join(sb[j1:j2])))  # type: ignore[arg-type]
        m, n = i2 - i1, j2 - j1
        if tag == "equal":
            kept += m
        elif tag == "insert":
            inserted += n
        elif tag == "delete":
            deleted += m
        else:
            sub = min(m, n)
            substituted += sub
            deleted += m - sub
            inserted += n - sub
    return PairDiff(a.id, b.id, tuple(ops), kept, inserted, deleted, substituted)
