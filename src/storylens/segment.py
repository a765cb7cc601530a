"""Sentence splitting with exact character offsets, tuned for news copy.

A rule-based splitter (no model): a candidate boundary is a run of ``.``, ``!``, ``?``
or an ellipsis, with any closing quotes or brackets after it, followed by whitespace.
The candidate is rejected when

* the next word starts in lower case ("Is it safe?" she asked.);
* the stop ends a title abbreviation ("Gen.", "Dr."), an initial ("George W. Bush"),
  a number prefix before a number ("No. 10"), or an ambiguous abbreviation ("U.S.",
  "Inc.", "Nov.") that is not followed by a typical sentence opener;
* it is an ellipsis not followed by a capital.

A blank line always ends a sentence, and a quotation followed by a short attribution
tail (``"Is it safe?" Maria asked.``) is joined back into one sentence. Abbreviations
are data in :mod:`storylens.rules.abbreviations`.
"""

from __future__ import annotations

import re

from .models import Article, BlockKind, Document, Sentence
from .rules import abbreviations as _ab

_PARA_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
# Terminal punctuation, then closing quotes/brackets, then the whitespace that follows.
_CANDIDATE = re.compile(r"(?:[.!?]+|\u2026+)[\"'\u201d\u2019\u00bb)\]]*(?=\s)")
_CLOSERS = "\"'\u201d\u2019\u00bb)]"
_OPENERS = "\"'\u201c\u2018\u00ab([\u2014\u2013-"
# Attribution verbs allowed in a short tail joined back to its quotation.
_TAIL = re.compile(
    r"^[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,5}?\s+"
    r"(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|explained|"
    r"insisted|noted|warned|argued|claimed|continued|recalled|tweeted|posted)"
    r"(?:\s+[\w.'\u2019-]+){0,4}[.!?]?[\"'\u201d\u2019]?$"
)
_INITIAL = re.compile(r"^[A-Z]$")
_DOTTED = re.compile(r"(?:[a-z]\.)+[a-z]")  # "u.n", "j.r.r" (the final stop is cut)


def _prev_word(text: str, pos: int, start: int) -> str:
    """The whitespace-delimited word ending at ``pos`` (the terminator's position)."""
    i = pos
    while i > start and not text[i - 1].isspace():
        i -= 1
    return text[i:pos].lstrip(_OPENERS)


def _next_word(text: str, pos: int, end: int) -> str:
    """The word after the whitespace at ``pos``, without opening quotes/brackets."""
    i = pos
    while i < end and text[i].isspace():
        i += 1
    j = i
    while j < end and not text[j].isspace():
        j += 1
    return text[i:j]


def _is_boundary(text: str, m: re.Match[str], end: int) -> bool:
    term = m.group(0)
    nxt = _next_word(text, m.end(), end)
    if not nxt:
        return True
    first = nxt.lstrip(_OPENERS)
    if first[:1].islower():
        return False
    core = term.rstrip(_CLOSERS)
    if core != ".":
        if core.startswith(("...", "\u2026", "..")) and "?" not in core and "!" not in core:
            # an ellipsis ends a sentence only before a capital or an opening quote
            return first[:1].isupper() or nxt[:1] in _OPENERS
        return True
    if term != core:  # "." followed by a closing quote: a quotation ended
        return True
    word = _prev_word(text, m.start(), 0)
    low = word.lower()
    if _INITIAL.match(word):
        return False
    if low in _ab.TITLES:
        return False
    if low in _ab.NUMBER_PREFIXES:
        return not first[:1].isdigit()
    if first[:1].isdigit() and low in _ab.AMBIGUOUS:
        return False  # "Nov. 10"
    if low in _ab.TIME_LIKE:
        return first[:1].isupper() and not (first.isupper() and len(first) <= 4)
    if low in _ab.AMBIGUOUS or _DOTTED.fullmatch(low):
        return first.lower().strip(",;:") in _ab.SENTENCE_STARTERS
    return True


def _split_paragraph(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    pieces: list[tuple[int, int]] = []
    cur = start
    for m in _CANDIDATE.finditer(text, start, end):
        if _is_boundary(text, m, end):
            pieces.append((cur, m.end()))
            cur = m.end()
    pieces.append((cur, end))
    merged: list[tuple[int, int]] = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s == e:
            continue
        if merged and text[merged[-1][1] - 1] in _CLOSERS and _TAIL.match(text[s:e]):
            merged[-1] = (merged[-1][0], e)  # '"Is it safe?" Maria asked.'
            continue
        merged.append((s, e))
    out.extend(merged)


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, in order.

    ``text[s:e]`` is exactly one sentence without surrounding whitespace; spans never
    overlap and together cover every non-space character.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _PARA_BREAK.finditer(text, start, end):
        _split_paragraph(text, cur, m.start(), spans)
        cur = m.end()
    _split_paragraph(text, cur, end, spans)
    return spans


def _blocks(article: Article) -> list[tuple[BlockKind, int, int]]:
    """The article's blocks in order, with any uncovered text as paragraphs."""
    n = len(article.text)
    out: list[tuple[BlockKind, int, int]] = []
    cur = 0
    for b in sorted(article.blocks, key=lambda b: (b.start, b.end)):
        s, e = max(b.start, cur), min(b.end, n)
        if s > cur:
            out.append(("paragraph", cur, s))
        if e > s:
            out.append((b.kind, s, e))
        cur = max(cur, e)
    if cur < n:
        out.append(("paragraph", cur, n))
    return out


def segment(article: Article) -> Document:
    """Split an article into sentences; a sentence never crosses a block boundary."""
    text = article.text
    sents: list[Sentence] = []
    for kind, bs, be in _blocks(article):
        for s, e in split_sentences(text, bs, be):
            i = len(sents)
            sents.append(Sentence(f"{article.id}:s{i}", article.id, i, s, e, text[s:e], kind))
    return Document(article=article, sentences=tuple(sents))
