"""A sentence's fact mentions made once per distinct sentence and context (speed).

A story's articles repeat each other's sentences word for word (wire copies: a third to
a half of the numbered sentences of benchmarks/compare.py's 50-article story), and
``facts._mentions`` reads a sentence the same wherever it stands. What it reads is the
key here, every offset made relative to the sentence's start: the sentence's text, its
quantities (every field), its names (offsets, link key, kind), the parse's reading of
its counts (with spaCy only), whether each figure sits inside a quotation (a quote may
open in an earlier sentence, so this is read from the article, not the sentence) and the
article's publication stamp (relative days, "have died" as of that day). Equal keys give
equal mentions; a hit is the stored mentions moved to this sentence's offsets, id and
article (no other field of a mention holds an offset, an id or the article).

The cache is bounded (cleared whole at :data:`MAX_SENTENCES`), so a long-running
process that compares many stories holds no more than one large story's sentences.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

# distinct (sentence, context) keys kept before the cache is emptied and starts again
MAX_SENTENCES = 4096

_store: dict[tuple, tuple[int, tuple[Any, ...]]] = {}


def sentence_key(s, sq, ents, parsed: dict, in_quote: Callable[[int], bool],
                 published: str | None) -> tuple:
    """Everything :func:`facts._mentions` reads of sentence ``s`` beyond the rules, with
    offsets relative to its start: ``sq`` its quantities, ``ents`` its (start, end, key,
    kind) names, ``parsed`` the article's parsed counts by offsets, ``in_quote`` the
    article's quotation test, ``published`` the article's publication text."""
    o = s.start
    return (s.text, published,
            tuple((q.text, q.kind, q.start - o, q.end - o, q.value, q.unit, q.original_unit,
                   q.date, q.relative, in_quote(q.start)) for q in sq),
            tuple((a - o, b - o, k, kind) for a, b, k, kind in ents),
            tuple((q.start - o, q.end - o, parsed[q.start, q.end]) for q in sq
                  if (q.start, q.end) in parsed))


def cached(key: tuple, s, article: str) -> list | None:
    """The mentions stored under ``key``, moved to sentence ``s`` of ``article`` (new
    objects: mentions are hashed by identity); None when none are stored."""
    got = _store.get(key)
    if got is None:
        return None
    # facts.replace: a mention copied field by field, not through the keyword call of its
    # ~90 fields' __init__ (~75 us a copy, ~870 copies on the 50-article story of
    # benchmarks/compare.py); an equal object (imported here: facts imports this module)
    from .facts import replace as moved

    start, ms = got
    d = s.start - start
    return [moved(m, article=article, q=replace(m.q, start=m.q.start + d, end=m.q.end + d,
                                                 sentence=s.id)) for m in ms]


def store(key: tuple, s, ms: list) -> None:
    """Keep sentence ``s``'s mentions ``ms`` under ``key`` (a copy of the list)."""
    if len(_store) >= MAX_SENTENCES:
        _store.clear()
    _store[key] = (s.start, tuple(ms))


def sides(members: list, agree: Callable[[Any, Any], bool], signature: Callable[[Any], tuple]
          ) -> list:
    """The members of a conflict group that some other article's member does not
    ``agree`` with, in their order: ``facts._findings``' side filter, with ``agree``
    asked once per pair of distinct ``signature`` values (what ``agree`` reads: every
    field but the article and the offsets) rather than per pair of members: a group of
    wire copies holds many members alike (~17,000 questions on the 50-article story)."""
    ids: dict[tuple, int] = {}
    sig = [ids.setdefault(signature(m), len(ids)) for m in members]
    reps: list[Any] = []
    arts: list[set[str]] = []
    for m, g in zip(members, sig, strict=True):
        if g == len(reps):
            reps.append(m)
            arts.append(set())
        arts[g].add(m.article)
    memo: dict[tuple[int, int], bool] = {}
    out = []
    for m, g in zip(members, sig, strict=True):
        for h, held in enumerate(arts):
            if len(held) < 2 and m.article in held:
                continue  # only m's own article holds this reading
            if (g, h) not in memo:
                memo[g, h] = agree(reps[g], reps[h])
            if not memo[g, h]:
                out.append(m)
                break
    return out
