"""Sentence splitting with exact character offsets, tuned for news copy.

A rule-based splitter (no model): a candidate boundary is a run of ``.``, ``!``, ``?``
or an ellipsis, with any closing quotes or brackets after it, followed by whitespace.
The candidate is rejected when

* the next word starts in lower case ("Is it safe?" she asked.);
* the stop ends a title abbreviation ("Gen.", "Dr."), an initial ("George W. Bush"),
  a number prefix before a number ("No. 10"), or an ambiguous abbreviation ("U.S.",
  "Inc.", "Nov.") that is not followed by a typical sentence opener;
* it is an ellipsis not followed by a capital.

A full stop with no space after it ends a sentence only in scraped text whose space was
lost: two lower-case letters before it and a capitalised word after it ("the council
said.The repairs"), never inside a domain name ("example.com", "www.DearAbby.com",
"Amazon.Com"), a URL or e-mail address, after a title ("Mrs.Dunn"), or before a word that
does not open a sentence after an ambiguous abbreviation ("Calif.Gov"). A domain ending
that is also a common sentence opener ("In") opens a sentence: "the station.In July …"
is two sentences far more often than a domain is written "Example.In".

A blank line always ends a sentence. A single line break ends one only inside a *line
list* (a timeline box, a bulleted list, a list of names: see :func:`_list_breaks`), whose
lines carry no full stops, so that the whole list is not read as one long sentence. A
quotation followed by a short attribution
tail (``"Is it safe?" Maria asked.``) is joined back into one sentence. Abbreviations
are data in :mod:`storylens.rules.abbreviations`.

A sentence that is only a live blog's time stamp ("4:30 p.m.", split off the entry it
heads) is a marker, not prose: it gets the ``heading`` block, so it never counts as body
text (copied narration, "only here"), and the aligner never aligns it
(:mod:`storylens.rules.markers`).
"""

from __future__ import annotations

import re

from .models import Article, BlockKind, Document, Sentence
from .rules import abbreviations as _ab
from .rules.markers import is_time_stamp

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
# A stop glued to the next word: two lower-case letters before, a capitalised word (or a
# curly opening quote and one) after; the word may be one capital letter ("the
# country.A K Viswanathan told reporters", "released.A few groups").
_GLUED = re.compile(r"(?<=[a-z]{2})\.(?=\u201c?[A-Z](?:[a-z]|\s))")
# The glued word after such a stop is a domain when a stop and a lower-case letter follow.
_DOMAIN_TAIL = re.compile(r"[A-Za-z0-9-]+\.[a-z]")
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


# A glued stop is read only inside ordinary spaced prose: a run of more than this many
# characters without a space around it is not words ("Word.Word.Word…" would otherwise
# cost a scan of the whole run per stop).
_GLUED_REACH = 40


def _is_glued_boundary(text: str, i: int, end: int) -> bool:
    """Whether the stop at ``i``, with a capital right after it, ends a sentence."""
    lo, hi = max(0, i - _GLUED_REACH), min(end, i + 1 + _GLUED_REACH)
    if (i - lo == _GLUED_REACH and not any(c.isspace() for c in text[lo:i])) or (
        hi - i - 1 == _GLUED_REACH and not any(c.isspace() for c in text[i + 1 : hi])
    ):
        return False
    word = _prev_word(text, i, lo)
    nxt = _next_word(text, i + 1, hi).lstrip(_OPENERS)
    if "/" in word or "@" in word or word.lower().startswith("www"):
        return False  # a URL, an e-mail address: "www.DearAbby.com"
    tld = nxt.rstrip(".,;:!?)\"'\u201d\u2019").lower()
    if _DOMAIN_TAIL.match(nxt) or (tld in _ab.TLDS and tld not in _ab.SENTENCE_STARTERS):
        return False  # "Example.Org.uk", "Amazon.Com" (but "station.In July": a word)
    if "." in word:
        return False  # "e.g.The", "a.m.The": dotted words keep their usual rules
    low = word.lower()
    if low in _ab.TITLES:
        return False
    if low in _ab.AMBIGUOUS or low in _ab.TIME_LIKE:
        return nxt.lower().strip(",;:") in _ab.SENTENCE_STARTERS
    return True


def _candidates(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Candidate terminators ``(start, end, glued)`` in text order."""
    out = [(m.start(), m.end(), False) for m in _CANDIDATE.finditer(text, start, end)]
    glued = [(m.start(), m.end(), True) for m in _GLUED.finditer(text, start, end)]
    if glued:
        out = sorted(out + glued)
    return out


def _is_boundary(text: str, t0: int, t1: int, end: int) -> bool:
    term = text[t0:t1]
    nxt = _next_word(text, t1, end)
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
    word = _prev_word(text, t0, 0)
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
        if low != "etc" and first.lower().strip(",;:") in _ab.CLOCK_DAYS:
            return False  # "at 4:15 p.m. Wednesday near …"
        return first[:1].isupper() and not (first.isupper() and len(first) <= 4)
    if low in _ab.AMBIGUOUS or _DOTTED.fullmatch(low):
        return first.lower().strip(",;:") in _ab.SENTENCE_STARTERS
    return True


def _split_paragraph(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    pieces: list[tuple[int, int]] = []
    cur = start
    for t0, t1, glued in _candidates(text, start, end):
        if _is_glued_boundary(text, t0, end) if glued else _is_boundary(text, t0, t1, end):
            pieces.append((cur, t1))
            cur = t1
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


# Line lists. A line opens a list entry when it starts with a bullet or dash and a space,
# a digit ("2019 – the bridge closed", "3 dead") or a month or weekday ("Friday, 7am - …",
# "March 3 – …"). Text from HTML lists arrives as "- item" lines (``extract.body_text``).
# A month or weekday is its full name or its usual abbreviation, never any word that starts
# like one ("Mayor", "Many", "Market": hard-wrapped prose with such lines was cut mid-
# sentence; no split on the 181 extraction pages + 10 SemEval pages changes).
_LIST_MARK = re.compile(
    r"(?:[-\u2013\u2014\u2022*\u00b7\u25aa\u25ba\u2023\u25e6]\s|\(?\d|(?:jan(?:uary)?|feb(?:ruary)?|"
    r"mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|"
    r"thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b)",
    re.IGNORECASE,
)
# Entry lines this long or longer are prose with line breaks, not a list.
LIST_LINE_MAX = 400
# A list without entry marks must have at least this many lines, each of at most
# ``LIST_SHORT_WORDS`` words (a column of names or labels; hard-wrapped prose runs 10-14
# words a line and starts lines in lower case).
LIST_MIN_UNMARKED = 3
LIST_SHORT_WORDS = 8
_NEWLINE = re.compile("\n")
# A line ending so goes on in the next line: no break there ("… at Orm and\nVell Bay …").
_CONTINUES = re.compile(r"[,;:(\[/&\u2013\u2014-]\s*$")
# Words no clause ends with: articles, possessives and other determiners, prepositions,
# conjunctions, relative words and auxiliaries. A line ending with one (in lower case)
# is hard-wrapped prose, never a list entry ("The council said on\nMonday that …": a
# weekday or a number opening the next line is then no entry mark).
_OPEN_WORDS = frozenset(
    "a an the "  # articles
    "my your his her its our their every "  # possessives, determiners
    "of to in on at by for from with into onto upon about across against along among "
    "around beside between during except through toward towards until unlike via "
    "within without per than "  # prepositions (not those that end a clause as adverbs:
    # "over", "past", "since", "before", "after", "inside", "behind", "under", …)
    "and or but nor as that because if unless when whenever where whereas whether "
    "while although though "  # conjunctions
    "which who whom whose "  # relative words
    "is are was were be been being am has have had do does did will would shall should "
    "can could may might must".split()  # auxiliaries
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
# A line opening with a bare number and then a word in lower case ("2,000 people were
# moved") continues a sentence; a timeline entry puts a dash or colon after its number.
_LOWER_START = re.compile(r"[\"'\u201c\u2018(]*(?:\d[\d,.]*\s+)?[a-z]")
# Most lines (more than half) of a line list are entries: a bulleted line (an HTML list
# item, of any length), a line of at most this many words (numbers and signs not counted:
# a table row "1 | Kyle Vell | 5040 | 5" is two words) or one ending with a full stop.
# Hard-wrapped prose runs 10-14 words a line.
LIST_ENTRY_WORDS = 12
_BULLET = re.compile(r"[-\u2013\u2014\u2022*\u00b7\u25aa\u25ba\u2023\u25e6]\s")
_WORD = re.compile(r"[^\W\d_]+")


def _goes_on(line: str, nxt: str | None) -> bool:
    """``line`` ends mid-clause, so it ends no list entry (``nxt``: the next line; the
    last line of a paragraph ends anyway, and a bulleted next line opens an entry unless
    ``line`` ends with a comma, dash or the like)."""
    if _CONTINUES.search(line):
        return True
    if nxt is None or _BULLET.match(nxt):
        return False
    last = _LAST_WORD.search(line)
    if last and last.group(1) in _OPEN_WORDS and line[-1:].isalpha():
        return True
    return not line.endswith((".", "!", "?", ":")) and _LOWER_START.match(nxt) is not None


def _list_breaks(text: str, start: int, end: int) -> list[int]:
    """The line breaks of ``text[start:end]`` (one paragraph) that end a sentence.

    Only in a line list: every line starts with an entry mark (``_LIST_MARK``) or a
    capital, lines stay under ``LIST_LINE_MAX`` characters, and two or more lines carry
    an entry mark (a heading line such as "TIMELINE OF ATTACKS" may lead them), or there
    are ``LIST_MIN_UNMARKED`` or more short lines without a full stop; and more than half
    the lines are entries (``LIST_ENTRY_WORDS``). A line that ends mid-clause
    (:func:`_goes_on`) ends no entry. Ordinary prose that wraps ("The bridge\nreopened on
    Friday.", "The council said on\nMonday that …") stays as it was."""
    breaks = [m.start() for m in _NEWLINE.finditer(text, start, end)]
    if not breaks:
        return []
    bounds = [start, *[b + 1 for b in breaks]]
    ends = [*breaks, end]
    lines = [text[a:b].strip() for a, b in zip(bounds, ends, strict=True)]
    lines_at = [(ln, b) for ln, b in zip(lines, ends, strict=True) if ln]
    if len(lines_at) < 2:
        return []
    marked = 0
    for ln, _ in lines_at:
        if len(ln) >= LIST_LINE_MAX:
            return []
        first = ln.lstrip("\"'\u201c\u2018(")
        if _LIST_MARK.match(ln):
            marked += 1
        elif not first[:1].isupper():
            return []
    if marked < 2 and not (len(lines_at) >= LIST_MIN_UNMARKED and all(
            len(ln.split()) <= LIST_SHORT_WORDS and not ln.endswith((".", "!", "?"))
            for ln, _ in lines_at)):
        return []  # (a label has no full stop: "The minister met\nAnton Petrov in Orm.")
    nexts = [ln for ln, _ in lines_at[1:]] + [None]
    goes_on = [_goes_on(ln, nxt) for (ln, _), nxt in zip(lines_at, nexts, strict=True)]
    entries = sum(1 for (ln, _), g in zip(lines_at, goes_on, strict=True) if not g and (
        _BULLET.match(ln) or len(_WORD.findall(ln)) <= LIST_ENTRY_WORDS or ln.endswith((".", "!", "?"))))
    if 2 * entries <= len(lines_at):
        return []  # most lines are long or run on: prose with line breaks
    return [b for (ln, b), g in zip(lines_at[:-1], goes_on, strict=False) if not g]


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of ``text[start:end]``, in order.

    ``text[s:e]`` is exactly one sentence without surrounding whitespace; spans never
    overlap and together cover every non-space character.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _PARA_BREAK.finditer(text, start, end):
        _split_lines(text, cur, m.start(), spans)
        cur = m.end()
    _split_lines(text, cur, end, spans)
    return spans


def _split_lines(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    """One paragraph: cut at the line breaks of a line list first (usually none)."""
    cur = start
    for b in _list_breaks(text, start, end):
        _split_paragraph(text, cur, b, out)
        cur = b + 1
    _split_paragraph(text, cur, end, out)


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
            k = "heading" if kind == "paragraph" and is_time_stamp(text[s:e]) else kind
            sents.append(Sentence(f"{article.id}:s{i}", article.id, i, s, e, text[s:e], k))
    return Document(article=article, sentences=tuple(sents))
