"""Step 1: pair quote marks (straight, curly, single) into direct-quote spans.

A quote left open at a paragraph end closes there (news style for multi-paragraph
quotes); a paragraph whose first mark closes a quote yields a "headless" span.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

_DQ_OPEN = "“„«"
_DQ_CLOSE = "”»"
_SQ_OPEN = "‘"
_SQ_CLOSE = "’"
_MIN_UNATTRIBUTED_WORDS = 4  # shorter unattributed quotes are scare quotes or titles


def _quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """``(open, content_start, content_end, close)``: marks at ``[open, content_start)``
    and ``[content_end, close)``. A new list each call, of spans paired once per text:
    one article's text is asked three times in one process (the quote extractor, the
    fact model's mentions and its clock times: ~0.02 s of CPU on the 50-article story of
    benchmarks/compare.py)."""
    return list(_spans_of(text))


@lru_cache(maxsize=256)
def _spans_of(text: str) -> tuple[tuple[int, int, int, int], ...]:
    out: list[tuple[int, int, int, int]] = []
    for pstart, pend in _paragraphs(text):
        out.extend(_pair(text, pstart, pend, double=True))
    taken = sorted((o, c) for o, _, _, c in out)  # double quotes do not overlap
    taken_opens = [o for o, _ in taken]
    for pstart, pend in _paragraphs(text):
        for q in _pair(text, pstart, pend, double=False):
            k = bisect_right(taken_opens, q[0]) - 1
            if k < 0 or q[0] >= taken[k][1]:
                out.append(q)
    out.sort()
    return tuple(out)


def _paragraphs(text: str):
    start = 0
    for m in re.finditer(r"\n", text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


# The scans below only stop at these characters: jump to the next one with a regex
# instead of stepping through every character in Python.
_DOUBLE_CHARS = '"' + _DQ_OPEN + _DQ_CLOSE
_NEXT_DOUBLE = re.compile("[" + re.escape(_DOUBLE_CHARS) + "]")
_NEXT_SQ_OPEN = re.compile("['‘]")
_NEXT_SQ_STOP = re.compile("[" + re.escape(_DOUBLE_CHARS + "'’") + "]")


def _is_double(ch: str) -> bool:
    return ch == '"' or ch in _DQ_OPEN or ch in _DQ_CLOSE


def _pair(text: str, pstart: int, pend: int, double: bool):
    i = pstart
    if double:
        head = _headless(text, pstart, pend)
        if head is not None:
            yield head
            i = head[3]
    nxt = _NEXT_DOUBLE if double else _NEXT_SQ_OPEN
    straight = _straight(text, pstart, pend) if double else []
    while i < pend:
        hit = nxt.search(text, i, pend)
        if hit is None:
            break
        i = hit.start()
        ch = text[i]
        if (
            double
            and _is_double(ch)
            and ch not in _DQ_CLOSE
            and (_can_open(text, i, pstart) or _opens_glued(text, i, pend, straight))
        ):
            j = i + 1
            while j < pend:
                hit = _NEXT_DOUBLE.search(text, j, pend)
                if hit is None:
                    j = pend
                    break
                j = hit.start()
                cj = text[j]
                if _is_double(cj) and cj not in _DQ_OPEN and _can_close(text, j, pend):
                    break
                j += 1
            cs, ce = i + 1, j
            close = min(j + 1, pend)
            if j >= pend:  # open to the paragraph end
                ce = pend
                close = pend
            cs, ce = _strip(text, cs, ce)
            if ce > cs:
                yield (i, cs, ce, close)
            i = close
            continue
        if not double and ch in "'‘" and _can_open(text, i, pstart) and _sq_opens(text, i):
            m = None
            for hit in _NEXT_SQ_STOP.finditer(text, i + 1, min(pend, i + 600)):
                j = hit.start()
                cj = text[j]
                if _is_double(cj):
                    break
                if cj in "'’" and _can_close(text, j, pend) and text[j - 1] not in "sS":
                    m = j
                    break
            if m is not None:
                cs, ce = _strip(text, i + 1, m)
                if ce > cs:
                    yield (i, cs, ce, m + 1)
                i = m + 1
                continue
        i += 1


def _can_open(text: str, i: int, pstart: int) -> bool:
    prev = text[i - 1] if i > pstart else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if i == pstart:
        return True  # a mark opening a paragraph opens a quote (even '" Women are …')
    return (prev.isspace() or prev in "([{—–-:/" or _is_double(prev)) and not nxt.isspace()


def _headless(text: str, pstart: int, pend: int) -> tuple[int, int, int, int] | None:
    """A paragraph whose first mark closes a quote (its opening mark was lost, or sits in
    an earlier paragraph): ``…nobody knows," she said.`` The span has no opening mark
    (``open == content_start``); the caller keeps it only when it is attributed."""
    hit = _NEXT_DOUBLE.search(text, pstart, pend)
    j = hit.start() if hit else None
    if j is None or text[j] in _DQ_OPEN or j == pstart:
        return None
    if text[j] == '"' and text.count('"', pstart, pend) % 2 == 0:
        return None  # the marks pair up: this one opens
    if (
        _can_open(text, j, pstart)
        or _opens_glued(text, j, pend, _straight(text, pstart, pend))
        or not _can_close(text, j, pend)
    ):
        return None
    cs, ce = _strip(text, pstart, j)
    if len(text[cs:ce].split()) < _MIN_UNATTRIBUTED_WORDS:
        return None
    return (cs, cs, ce, j + 1)


def _straight(text: str, pstart: int, pend: int) -> list[int]:
    """Offsets of the straight double marks of a paragraph (for parity by bisection)."""
    return [m.start() for m in _STRAIGHT.finditer(text, pstart, pend)]


_STRAIGHT = re.compile('"')


def _opens_glued(text: str, i: int, pend: int, straight: list[int]) -> bool:
    """A straight mark glued to the previous word that must open a quote, because we are
    outside one: ``said," a stone …`` / ``finding:" 27 companies …`` / ``city." There``
    (common in detokenised and hand-typed text)."""
    if text[i] != '"' or i == 0 or i + 2 >= pend:
        return False
    nxt, nxt2 = text[i + 1], text[i + 2]
    if not nxt.isspace() or not nxt2.isalnum():
        return False
    # parity: this mark and the ones after it must pair up
    return (len(straight) - bisect_left(straight, i)) % 2 == 0


def _can_close(text: str, j: int, pend: int) -> bool:
    prev = text[j - 1]
    nxt = text[j + 1] if j + 1 < pend else " "
    return not prev.isspace() and (nxt.isspace() or not nxt.isalnum())


def _sq_opens(text: str, i: int) -> bool:
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return nxt.isalnum() and not text[i + 1 : i + 4].lower().startswith(("s ", "t ", "em "))


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b
