"""Direct and reported quotes with their speaker and cue, by rules (no model).

Steps of :func:`extract_quotes`:

1. pair quote marks (straight, curly, single) into direct-quote spans; a quote left open
   at a paragraph end closes there (news style for multi-paragraph quotes);
2. attribute each direct quote from the words after it (``"…," X said`` / ``said X``)
   or before it (``X said: "…"``, ``According to X, "…"``, ``X: "…"``);
3. find reported speech per sentence (``X said (that) …``, ``…, X said.``,
   ``…, according to X``, ``, adding that …``) as indirect quotes;
4. quotes with no attribution inherit the speaker of the quote just before them when
   nothing else intervenes; a "he"/"she" speaker resolves to the last named speaker
   unless another name appears in between (then it stays a bare pronoun).

Offsets index ``article.text``; a direct quote's span excludes its quote marks.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ..models import Document, Quote
from ..rules.attribution import (
    ADVERBIAL_START,
    ARTICLES,
    CONTINUATION_INGS,
    CUE_FORMS,
    CUE_PREFIX,
    DETERMINERS,
    GROUP_NOUNS,
    INDIRECT_LEMMAS,
    LABELS,
    NAME_INNER,
    NOT_AFTER_VERB,
    NOUN_LIKE_FORMS,
    PERSONAL_PRONOUNS,
    PREPOSITIONS,
    PRONOUNS,
    STOP_WORDS,
    TITLE_WORDS,
)

# Word classes (data) live in storylens.rules.attribution.

# Cue forms that can follow a quote ("…," X said): finite forms only.
_FINITE = frozenset(f for f in CUE_FORMS if not f.endswith("ing") and " " not in f)

_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|St|Jr|Sr|Capt|Cmdr|Adm|Supt)\."
    r"|[A-Z]\.(?=\s+[A-Z])"  # a middle initial: "Paul D. Ryan"
    r"|[^\W_]+(?:[-'’.][^\W_]+)*(?:['’]s)?|['’]s\b|[^\w\s]",
    re.UNICODE,
)
_DQ_OPEN = "“„«"
_DQ_CLOSE = "”»"
_SQ_OPEN = "‘"
_SQ_CLOSE = "’"
_MIN_UNATTRIBUTED_WORDS = 4  # shorter unattributed quotes are scare quotes or titles


@dataclass
class _Tok:
    start: int
    end: int
    text: str
    # derived once: the attribution checks read them many times per token
    low: str = field(init=False, repr=False, compare=False)
    cap: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.low = self.text.lower()
        self.cap = self.text[:1].isupper()


@dataclass
class _Attr:
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None


# --- step 1: quote marks --------------------------------------------------------------


def _quote_spans(text: str) -> list[tuple[int, int, int, int]]:
    """``(open, content_start, content_end, close)``: marks at ``[open, content_start)``
    and ``[content_end, close)``."""
    out: list[tuple[int, int, int, int]] = []
    for pstart, pend in _paragraphs(text):
        out.extend(_pair(text, pstart, pend, double=True))
    taken = [(o, c) for o, _, _, c in out]
    for pstart, pend in _paragraphs(text):
        for q in _pair(text, pstart, pend, double=False):
            if not any(o <= q[0] < c for o, c in taken):
                out.append(q)
    out.sort()
    return out


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
            and (_can_open(text, i, pstart) or _opens_glued(text, i, pend))
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
    if _can_open(text, j, pstart) or _opens_glued(text, j, pend) or not _can_close(text, j, pend):
        return None
    cs, ce = _strip(text, pstart, j)
    if len(text[cs:ce].split()) < _MIN_UNATTRIBUTED_WORDS:
        return None
    return (cs, cs, ce, j + 1)


def _opens_glued(text: str, i: int, pend: int) -> bool:
    """A straight mark glued to the previous word that must open a quote, because we are
    outside one: ``said," a stone …`` / ``finding:" 27 companies …`` / ``city." There``
    (common in detokenised and hand-typed text)."""
    if text[i] != '"' or i == 0 or i + 2 >= pend:
        return False
    nxt, nxt2 = text[i + 1], text[i + 2]
    if not nxt.isspace() or not nxt2.isalnum():
        return False
    # parity: this mark and the ones after it must pair up
    return text.count('"', i, pend) % 2 == 0


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


# --- tokens and phrases -----------------------------------------------------------------


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, end)]


def _is_quote_tok(t: _Tok) -> bool:
    return t.text in ('"', "'", "“", "”", "‘", "’", "«", "»", "„")


def _speaker_back(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """Speaker phrase ending just before token index ``k`` (exclusive), or None."""
    if k >= 2 and toks[k - 1].text == ",":
        return _appositive_back(toks, k - 1)
    if k >= 3 and toks[k - 1].text == ")":
        # "House Speaker Paul D. Ryan (R-Wis.) said": skip the parenthesis
        opening = next((m for m in range(k - 2, max(-1, k - 10), -1) if toks[m].text == "("), None)
        if opening is not None and opening > 0:
            name = _phrase_back(toks, opening)
            if name is not None:
                return (name[0], toks[k - 1].end)
        return None
    return _phrase_back(toks, k)


def _appositive_back(toks: list[_Tok], comma: int) -> tuple[int, int] | None:
    """``Richard Revesz, director of the Institute, said``: name, appositive, cue."""
    prev = next(
        (
            m
            for m in range(comma - 1, max(-1, comma - 20), -1)
            if toks[m].text in ",;:" or _is_quote_tok(toks[m])
        ),
        None,
    )
    if prev is None or toks[prev].text != ",":
        return None
    app = toks[prev + 1 : comma]
    if not app or any(_cue_at(toks, m, True) for m in range(prev + 1, comma)):
        return None
    if not (
        app[0].low in DETERMINERS
        or app[0].low in TITLE_WORDS
        or app[0].cap
        or app[0].low in ("who", "whose")
    ):
        return None
    if (app[0].low in STOP_WORDS and app[0].low not in ("who", "whose")) or app[0].low in PRONOUNS:
        return None
    name = _phrase_back(toks, prev)
    if name is None or not toks[_index_at(toks, name[0])].cap:
        return None
    start = _index_at(toks, name[0])
    if (
        start > 0
        and toks[start - 1].text not in (",", ":", ";")
        and not _is_quote_tok(toks[start - 1])
    ):
        return None  # the name must open its clause
    return (name[0], toks[comma - 1].end)


def _phrase_back(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    words: list[_Tok] = []
    i = k - 1
    while i >= 0 and len(words) < 12:
        t = toks[i]
        low = t.low
        if not (t.text[0].isalnum() or low in ("'s", "’s")) or low in STOP_WORDS:
            break
        if low in PREPOSITIONS and low not in ("of", "for"):
            # "Hospitals in Port Vella said": a one-word head opening the clause
            if (
                low in ("in", "at", "from")
                and i >= 1
                and toks[i - 1].text[0].isalpha()
                and toks[i - 1].low not in STOP_WORDS | PREPOSITIONS
                and (i == 1 or not toks[i - 2].text[0].isalnum())
            ):
                words.extend([t, toks[i - 1]])
            break
        words.append(t)
        i -= 1
    if not words:
        return None
    words.reverse()
    if words[-1].low in PRONOUNS:
        return (words[-1].start, words[-1].end)
    # drop leading adverbials ("Monday the minister", "Hammering X once again Y")
    for j in range(len(words) - 1, 0, -1):
        if words[j].low in DETERMINERS and words[j - 1].low not in NAME_INNER:
            words = words[j:]
            break
    return _valid_phrase(words)


def _valid_phrase(words: list[_Tok]) -> tuple[int, int] | None:
    if not words:
        return None
    first = words[0]
    if words[-1].low in GROUP_NOUNS and len(words) <= 3 and not any(w.cap for w in words):
        return (first.start, words[-1].end)  # "officials", "labor-policy experts"
    if first.low in DETERMINERS:
        if len(words) < 2 or words[-1].low in NAME_INNER:
            return None
        return (first.start, words[-1].end)
    # capitalised phrase: every word capitalised, a title word or a name joiner
    ok = [w for w in words if w.cap or w.low in NAME_INNER or w.low in TITLE_WORDS]
    if len(ok) != len(words) or not any(w.cap for w in words):
        # keep the longest capitalised tail ("… spokesman Brian Fallon")
        tail: list[_Tok] = []
        for w in reversed(words):
            if w.cap or w.low in NAME_INNER or w.low in TITLE_WORDS:
                tail.append(w)
            else:
                break
        tail.reverse()
        while tail and not tail[0].cap and tail[0].low not in TITLE_WORDS:
            tail = tail[1:]
        if not tail or not any(w.cap for w in tail):
            return None
        words = tail
    while words and words[-1].low in NAME_INNER:
        words = words[:-1]
    if not words:
        return None
    return (words[0].start, words[-1].end)


def _appositive(toks: list[_Tok], sp: tuple[int, int]) -> tuple[int, int]:
    """Widen ``said X`` to ``said X, a spokesman for Y`` when the appositive runs to the
    end of the clause (PolNeAR's speaker spans include it)."""
    k = _index_at(toks, sp[1] - 1) + 1
    if k + 1 >= len(toks) or toks[k].text != ",":
        return sp
    first = toks[k + 1]
    if not (first.low in DETERMINERS or first.low in TITLE_WORDS or first.cap):
        return sp
    if first.low in PRONOUNS:
        return sp
    end = None
    for m in range(k + 1, min(len(toks), k + 22)):
        t = toks[m]
        if t.text in ".;?!" or _is_quote_tok(t):
            end = m
            break
        if t.text == "," or t.low in ("who", "which", "that") or _cue_at(toks, m, True):
            return sp
    if end is None:
        end = len(toks) if len(toks) <= k + 22 else None
    if end is None or end <= k + 1:
        return sp
    return (sp[0], toks[end - 1].end)


def _speaker_fwd(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """Speaker phrase starting at token index ``k``."""
    if k >= len(toks):
        return None
    t0 = toks[k]
    if t0.low in PRONOUNS:
        return (t0.start, t0.end)
    words: list[_Tok] = []
    i = k
    det = t0.low in DETERMINERS
    while i < len(toks) and len(words) < 12:
        t = toks[i]
        low = t.low
        if not (t.text[0].isalnum() or low in ("'s", "’s")):
            break
        if low in STOP_WORDS and not (
            low == "and" and words and words[-1].cap and i + 1 < len(toks) and toks[i + 1].cap
        ):
            break
        if low in PREPOSITIONS:
            break
        if low in ("of", "for") and not (
            i + 1 < len(toks) and (toks[i + 1].cap or toks[i + 1].low in DETERMINERS)
        ):
            break
        if not det and not (t.cap or low in NAME_INNER or low in TITLE_WORDS):
            break
        if (
            det
            and words
            and t.cap is False
            and low not in NAME_INNER
            and any(w.cap for w in words[1:])
            and low not in TITLE_WORDS
        ):
            break
        words.append(t)
        i += 1
    while words and words[-1].low in NAME_INNER | DETERMINERS:
        words.pop()
    if not words:
        return None
    return _valid_phrase(words)


def _cue_at(toks: list[_Tok], k: int, finite_only: bool) -> tuple[int, int] | None:
    """Token range ``[k, e)`` of a cue verb starting at ``k`` (two-word forms first)."""
    if k >= len(toks):
        return None
    if k + 1 < len(toks):
        pair = toks[k].low + " " + toks[k + 1].low
        if pair in CUE_FORMS and pair != "told reporters":
            return (k, k + 2)
    w = toks[k].low
    if w in CUE_FORMS and (not finite_only or w in _FINITE):
        if toks[k].text[0].isupper() and w != "said":
            return None  # "United States", "Claims Court": a name, not a verb
        if k and toks[k - 1].low in ARTICLES:
            return None  # "the alleged attack", "a stated aim": an adjective or noun
        if w in NOUN_LIKE_FORMS:
            prev = toks[k - 1] if k else None
            if prev is None or not (
                prev.low in PRONOUNS
                or prev.low in GROUP_NOUNS
                or (prev.cap and prev.low not in DETERMINERS)
            ):
                return None  # "the report", "her claims": a noun
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and (nxt.low.endswith("ed") or nxt.low in NOT_AFTER_VERB):
                return None  # "states led by", "claims were", "reports of"
        return (k, k + 1)
    return None


def _cue_prefix(toks: list[_Tok], k: int, floor: int) -> int:
    """Extend a cue start back over auxiliaries / adverbs ("has also said")."""
    while k - 1 >= floor and toks[k - 1].low in CUE_PREFIX - {"told"}:
        k -= 1
    return k


# --- step 2: attribution of direct quotes ------------------------------------------------


def _attr_after(toks: list[_Tok]) -> _Attr | None:
    """``," X said`` / ``, said X`` right after a closing quote mark."""
    i = 0
    while i < len(toks) and toks[i].text in (",", "—", "–", "-"):
        i += 1
    if i >= len(toks):
        return None
    # said X[, appositive]
    c = _cue_at(toks, i, finite_only=True)
    if c:
        sp = _speaker_fwd(toks, c[1])
        if sp:
            return _Attr(_appositive(toks, sp), (toks[c[0]].start, toks[c[1] - 1].end))
    # X said (speaker ≤ 12 words, then optional adverbs, then the cue)
    for j in range(i + 1, min(len(toks), i + 14)):
        if _is_quote_tok(toks[j]) or toks[j].text in ".?!;":
            break
        c = _cue_at(toks, j, finite_only=True)
        if not c:
            continue
        cs = _cue_prefix(toks, j, i + 1)
        sp = _speaker_back(toks[:cs], cs)
        if sp and sp[0] == toks[i].start:
            return _Attr(sp, (toks[cs].start, toks[c[1] - 1].end))
        break
    return None


def _attr_before(toks: list[_Tok]) -> _Attr | None:
    """``X said: "`` / ``X said, "`` / ``According to X, "`` / ``X: "`` before a quote."""
    if not toks or toks[-1].text not in (":", ","):
        return None
    punct = toks[-1]
    body = toks[:-1]
    n = len(body)
    if n == 0:
        return None
    # According to X,
    for j in range(n - 1, max(-1, n - 14), -1):
        if body[j].low == "according" and j + 1 < n and body[j + 1].low == "to":
            sp = _speaker_fwd(body, j + 2)
            if sp:
                return _Attr(sp, (body[j].start, body[j + 1].end))
    # X said [up to 6 words]:   /   said X:
    for j in range(n - 1, max(-1, n - 8), -1):
        c = _cue_at(body, j, finite_only=True)
        if not c:
            continue
        if c[1] == n or (punct.text == ":" or c[1] + 6 >= n):
            cs = _cue_prefix(body, j, 0)
            sp = _speaker_back(body, cs)
            cue_end = body[c[1] - 1].end
            if punct.text == ":" and c[1] == n:
                cue_end = punct.end
            if sp:
                return _Attr(sp, (body[cs].start, cue_end))
            sp = _speaker_fwd(body, c[1])
            if sp:
                return _Attr(sp, (body[cs].start, body[c[1] - 1].end))
        break
    # X apologised on Wednesday, declaring: "…"  (the -ing cue's subject opens the clause)
    last = body[-1]
    if last.low in CONTINUATION_INGS or (last.low.endswith("ing") and last.low in CUE_FORMS):
        if n >= 3 and body[-2].text == ",":
            sp = _speaker_fwd(body, 0)
            if sp and body[0].cap and body[0].low not in DETERMINERS:
                return _Attr(sp, (last.start, last.end))
    # Headline style  X: "…"
    if punct.text == ":" and n <= 6:
        sp = _valid_phrase([t for t in body if t.text[0].isalnum()])
        if sp and sp[0] == body[0].start and sp[1] == body[-1].end:
            return _Attr(sp, (punct.start, punct.end))
    return None


# --- step 3: indirect speech -------------------------------------------------------------


def _clause_end(text: str, toks: list[_Tok], k: int, end: int) -> int:
    """End of reported content starting at token ``k``: the sentence end without its
    final punctuation (kept when a closing quote mark follows it)."""
    e = end
    while e > toks[k].start and text[e - 1].isspace():
        e -= 1
    if e > 0 and text[e - 1] in ".;" and not (e >= 2 and text[e - 2] in ".”\"'"):
        e -= 1
    return e


def _indirect(text: str, toks: list[_Tok], s_start: int, s_end: int, direct_marks):
    """Reported speech in one sentence: yields (speaker, cue, content) offset pairs."""
    n = len(toks)
    # only the marks that reach this sentence's tokens can contain one
    lo, hi = (toks[0].start, toks[-1].start) if toks else (0, -1)
    near = [(o, c) for o, c in direct_marks if o <= hi and c > lo]
    in_quote = [any(o <= t.start < c for o, c in near) for t in toks]
    # CLAUSE, X said [adverbial].   CLAUSE, according to X.  (whole sentence reported)
    out = _trailing(text, toks, s_start, s_end, in_quote)
    if out:
        return out
    used_until = -1
    for j in range(n):
        if in_quote[j] or j <= used_until:
            continue
        c = _cue_at(toks, j, finite_only=False)
        if not c:
            continue
        lemma = CUE_FORMS[" ".join(t.low for t in toks[c[0] : c[1]])]
        if lemma not in INDIRECT_LEMMAS:
            continue
        form = toks[j].low
        k = c[1]
        # , adding that …  (speaker comes from the sentence's main attribution)
        if form.endswith("ing"):
            if form in CONTINUATION_INGS and j > 0 and toks[j - 1].text == "," and k < n:
                if toks[k].text[0].isalnum() and (toks[k].low == "that" or lemma in ("say", "add")):
                    ce = _clause_end(text, toks, k, s_end)
                    if _content_ok(toks, k, ce, in_quote):
                        out.append((None, (toks[j].start, toks[c[1] - 1].end), (toks[k].start, ce)))
                        used_until = n
            continue
        cs = _cue_prefix(toks, j, 0)
        sp = _speaker_back(toks, cs)
        if sp is None and cs >= 3 and toks[cs - 1].low == "who" and toks[cs - 2].text == ",":
            # "…," said Mr. Kamin, who emphasized that …: the antecedent speaks
            sp = _phrase_back(toks, cs - 2)
            if sp is not None and not toks[_index_at(toks, sp[0])].cap:
                sp = None
        if sp is None:
            continue
        si = _index_at(toks, sp[0])
        if si > 0 and (_is_quote_tok(toks[si - 1]) or in_quote[si - 1]):
            continue  # '"…," he said, …': the attribution of a direct quote
        if k >= n:
            continue  # "…, X said." is handled by _trailing
        nxt = toks[k]
        if (
            _is_quote_tok(nxt)
            or nxt.text in (":", ",")
            and k + 1 < n
            and _is_quote_tok(toks[k + 1])
        ):
            continue  # a direct quote follows: handled in step 2
        if nxt.text in ".?!;":
            # "…, the AP reported." / "…, X said on Tuesday."
            continue
        start_k = k
        if nxt.text == ":" and k + 1 < n and not _is_quote_tok(toks[k + 1]):
            start_k = k + 1  # "Limbaugh added: And from …"
        elif nxt.text == ",":
            start_k = k + 1  # "he said, local officials should …"
            if start_k >= n or toks[start_k].low in CONTINUATION_INGS:
                continue  # "said, adding that …": the -ing cue takes it
        elif lemma in ("tell", "accuse", "remind", "assure") or _is_adverbial(nxt):
            # "told reporters that …", "said Sunday that …", "said in a statement that …"
            that = next(
                (
                    m
                    for m in range(k, min(n, k + 10))
                    if toks[m].low == "that" or toks[m].text in ",;"
                ),
                None,
            )
            if that is None or toks[that].low != "that":
                continue
            start_k = that
        if lemma == "find" and toks[start_k].low != "that":
            continue
        if toks[start_k].low.endswith("ing") and toks[start_k].low not in (
            "nothing",
            "everything",
            "something",
        ):
            continue  # "said, going off-script": a participle, not reported content
        ce = _clause_end(text, toks, start_k, s_end)
        if not _content_ok(toks, start_k, ce, in_quote):
            continue
        out.append((sp, (toks[cs].start, toks[c[1] - 1].end), (toks[start_k].start, ce)))
        used_until = n
    # Headline style  X: CLAUSE  ("Minister: bridge will reopen in May")
    if not out and n > 4 and not in_quote[0]:
        colon = next((m for m in range(1, min(n, 5)) if toks[m].text == ":"), None)
        if colon is not None and colon + 1 < n and not _is_quote_tok(toks[colon + 1]):
            name = toks[:colon]
            person = len(name) == 1 or (name[0].low in TITLE_WORDS and len(name) <= 3)
            if person and all(t.cap for t in name) and name[0].low not in LABELS:
                ce = _clause_end(text, toks, colon + 1, s_end)
                if _content_ok(toks, colon + 1, ce, in_quote):
                    out.append(
                        (
                            (name[0].start, name[-1].end),
                            (toks[colon].start, toks[colon].end),
                            (toks[colon + 1].start, ce),
                        )
                    )
    # According to X, CLAUSE.
    if not out and n > 4 and toks[0].low == "according" and toks[1].low == "to":
        sp = _speaker_fwd(toks, 2)
        if sp:
            k = next(
                (m for m in range(2, n) if toks[m].text == "," and toks[m].start > sp[1] - 1), None
            )
            if k is not None and k + 1 < n:
                ce = _clause_end(text, toks, k + 1, s_end)
                if _content_ok(toks, k + 1, ce, in_quote):
                    out.append((sp, (toks[0].start, toks[1].end), (toks[k + 1].start, ce)))
    return out


def _trailing(text, toks, s_start, s_end, in_quote):
    n = len(toks)
    # last comma not inside a quote
    for m in range(n - 2, 2, -1):
        if toks[m].text != "," or in_quote[m]:
            continue
        rest = toks[m + 1 :]
        if len(rest) > 16:
            return []
        if rest and rest[0].low == "according" and len(rest) > 2 and rest[1].low == "to":
            sp = _speaker_fwd(rest, 2)
            if sp and _content_ok(toks, 0, toks[m].start, in_quote):
                return [(sp, (rest[0].start, rest[1].end), (toks[0].start, toks[m].start))]
            return []
        attr = _attr_after(rest)
        if attr and attr.cue:
            # the attribution must end the sentence (a short adverbial may follow)
            tail = [t for t in rest if t.start >= attr.cue[1] and t.text[0].isalnum()]
            if len(tail) <= 5 and _content_ok(toks, 0, toks[m].start, in_quote):
                if any(in_quote[:m]):
                    return []
                return [(attr.speaker, attr.cue, (toks[0].start, toks[m].start))]
        return []
    return []


def _is_adverbial(t: _Tok) -> bool:
    """A time or place phrase between a cue and its clause ("said Sunday that …")."""
    return t.low in ADVERBIAL_START or (t.low in PREPOSITIONS and t.low != "to")


def _index_at(toks: list[_Tok], offset: int) -> int:
    return bisect_right([t.start for t in toks], offset) - 1


def _content_ok(toks, k, ce, in_quote) -> bool:
    words = [t for t in toks[k:] if t.start < ce and t.text[0].isalnum()]
    return len(words) >= 3


# --- the entry point ------------------------------------------------------------------------


def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """All direct and reported quotes of ``doc``, in text order."""
    text = doc.article.text
    sents = doc.sentences
    starts = [s.start for s in sents]

    def sids(a: int, b: int) -> tuple[str, ...]:
        if not sents:
            return ()
        i = max(0, bisect_right(starts, a) - 1)
        out = []
        while i < len(sents) and sents[i].start < max(b, a + 1):
            if sents[i].end > a:
                out.append(sents[i].id)
            i += 1
        return tuple(out)

    def sentence_bounds(pos: int) -> tuple[int, int]:
        if not sents:
            return 0, len(text)
        i = max(0, bisect_right(starts, pos) - 1)
        return sents[i].start, sents[i].end

    spans = _quote_spans(text)
    marks = [(o, c) for o, _, _, c in spans]
    # items: [content_start, content_end, direct, speaker_span, cue_span, open, close]
    items: list[list] = []
    # step 2: direct quotes with an explicit attribution (or none yet)
    for qi, (o, cs, ce, c) in enumerate(spans):
        _, s_end = sentence_bounds(max(o, c - 1))
        s_start, _ = sentence_bounds(o)
        nxt_open = spans[qi + 1][0] if qi + 1 < len(spans) else len(text)
        para_end = text.find("\n", c)
        para_end = len(text) if para_end < 0 else para_end
        after_end = min(nxt_open, para_end, max(s_end, c))
        prev_close = spans[qi - 1][3] if qi else 0
        para_start = text.rfind("\n", 0, o) + 1
        before_start = max(prev_close, para_start, s_start)
        attr = _attr_after(_tokens(text, c, after_end)) if after_end > c else None
        if attr is None:
            attr = _attr_before(_tokens(text, before_start, o))
        if attr is None:
            if o == cs:
                continue  # a headless quote needs its attribution to be believed
            items.append([cs, ce, True, None, None, o, c])
        else:
            items.append([cs, ce, True, attr.speaker, attr.cue, o, c])
    # step 3: indirect quotes, sentence by sentence
    bounds = [(s.start, s.end) for s in sents] or [(0, len(text))]
    for s_start, s_end in bounds:
        toks = _tokens(text, s_start, s_end)
        if len(toks) < 4:
            continue
        main_sp: tuple[int, int] | None = None
        for sp, cue_span, (a, b) in _indirect(text, toks, s_start, s_end, marks):
            if sp is None:  # ", adding that …": the sentence's main speaker
                sp = main_sp or next(
                    (it[3] for it in items if it[3] and s_start <= it[3][0] < s_end), None
                )
                if sp is None:
                    continue
                items.append([a, b, False, None, cue_span, a, b, sp])
                continue
            main_sp = sp
            items.append([a, b, False, sp, cue_span, a, b])
    items.sort(key=lambda it: (it[0], not it[2]))
    # step 4: carry-over speakers, pronoun resolution, partial quotes in reported speech
    found: list[Quote] = []
    last_named: str | None = None
    last_named_end = 0
    prev: tuple[str | None, int] | None = None  # (speaker, close offset) of the last quote
    indirect = [it for it in items if not it[2]]
    for it in items:
        cs, ce, direct, sp_span, cue_span, o, c = it[:7]
        speaker = None
        if sp_span is None and len(it) > 7:
            speaker = _name_part(text[it[7][0] : it[7][1]])
        elif sp_span is not None:
            speaker = _name_part(text[sp_span[0] : sp_span[1]])
        if direct and sp_span is None:
            host = next((h for h in indirect if h[3] and h[0] <= cs and ce <= h[1]), None)
            if host is not None:  # a partial quote inside "X said (that) … '…' …"
                speaker = _name_part(text[host[3][0] : host[3][1]])
                cue_span = host[4]
            elif prev is not None and prev[0] and _continues(text, prev[1], o):
                speaker = prev[0]
            elif len(text[cs:ce].split()) < _MIN_UNATTRIBUTED_WORDS or _is_title(text[cs:ce]):
                continue  # scare quotes, names of shows and reports
        here = sp_span[0] if sp_span else cs
        if speaker and speaker.lower() in PERSONAL_PRONOUNS and last_named:
            if not _other_name(text, last_named_end, here, last_named):
                speaker = last_named  # else keep the bare pronoun: another person intervenes
        elif speaker and _is_named(speaker):
            last_named = speaker
            last_named_end = sp_span[1] if sp_span else ce
        cue = text[cue_span[0] : cue_span[1]] if cue_span else None
        found.append(
            Quote(sids(cs, ce), cs, ce, text[cs:ce], direct, speaker, sp_span, cue, cue_span)
        )
        if direct or speaker:
            prev = (speaker, c)
    return tuple(found)


_NAME_SEQ = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+")


def _other_name(text: str, a: int, b: int, named: str) -> bool:
    """Whether a name other than ``named`` appears in ``text[a:b]`` (then a later "he" or
    "she" may be that person, and is left unresolved)."""
    own = set(named.split())
    for m in _NAME_SEQ.finditer(text, a, b):
        words = [w for w in m.group().split() if w not in ("The", "A", "An", "But", "And")]
        if len(words) < 2 or set(words) <= own:
            continue
        if any(w.endswith(("'s", "’s")) for w in words) or words[-1] in _PLACE_HEADS:
            continue  # "St. Peter's Basilica", "New Year's Day", "White House"
        return True
    return False


# Last words of names that are places, organisations or events, not people.
_PLACE_HEADS = frozenset(
    "Day Eve Year House Street Road Avenue Square Church Basilica Cathedral Mosque "
    "Temple University College School Hospital Party Ministry Department Council Court "
    "Parliament Assembly Committee Commission Agency Office Bank Fund Union Times Post "
    "News Journal Press Airport Station Bridge River Sea Ocean Island Islands City State "
    "States Kingdom Republic Valley Park Centre Center Hall Palace Forces Army Police "
    "Service Corporation Company Group Institute Foundation Association Organization "
    "Organisation Council Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
)


def _is_title(quote: str) -> bool:
    """``"State of the Union"``: every long word capitalised, no sentence inside."""
    words = [w for w in re.findall(r"[^\W\d_]+", quote) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words) and len(words) <= 6


def _continues(text: str, prev_close: int, o: int) -> bool:
    """A quote continues the previous speaker's when only a short bridge lies between
    (``said. "``, a paragraph break, or a few words)."""
    gap = text[prev_close:o]
    if gap.count("\n") > 2:  # more than one blank line
        return False
    words = re.findall(r"[^\W_]+", gap)
    return len(words) <= 8 and not re.search(r"\b(?:asked|replied|responded)\b", gap)


def _name_part(speaker: str) -> str:
    """``"Ryan Ellis, a Republican tax consultant"`` -> ``"Ryan Ellis"``."""
    return speaker.split(",", 1)[0].strip()


def _is_named(speaker: str) -> bool:
    first = speaker.split()[0].lower() if speaker.split() else ""
    return speaker[:1].isupper() and first not in DETERMINERS and first not in PRONOUNS


def find_cues(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Attribution cue verbs used as verbs in ``text[start:end]``: ``(start, end, form)``.

    Noun readings ("the claims", "United States") are left out by the same checks the
    quote extractor uses.
    """
    end = len(text) if end is None else end
    toks = _tokens(text, start, end)
    out = []
    for k in range(len(toks)):
        c = _cue_at(toks, k, finite_only=True)
        if c:
            a, b = toks[c[0]].start, toks[c[1] - 1].end
            out.append((a, b, text[a:b]))
    return out
