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


def word_diff(a: Sentence, b: Sentence) -> PairDiff:
    """Diff ``a`` against ``b`` word by word (difflib on normalised words)."""
    sa, ka = _words(a.text)
    sb, kb = _words(b.text)
    sm = SequenceMatcher(None, ka, kb, autojunk=False)
    ops: list[DiffOp] = []
    kept = inserted = deleted = substituted = 0
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
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
