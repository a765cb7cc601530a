"""Whether two sentences that share words make different claims.

The aligner's content score counts shared words; two sentences about the same people
share their names and often a verb, so a score alone cannot tell "the officer was
charged" from "the candidate criticised the officer", or one poll's figures from
another's (s8 reader report, item 5: on fresh PolNeAR coverage 3 of 6 default paraphrase
groups joined different claims, scored 0.50-0.52 against 0.47-0.60 for right ones).
:func:`different_claims` names the reason such a pair is no paraphrase; the aligner
(:mod:`storylens.align`, its paraphrase guard beside the polarity test) drops the link.
It is never asked of verbatim or edited pairs.

The tests, each cheap and on the two texts (and, where the analysis ran, the speakers it
resolved for each sentence's quotes):

* ``figures`` — both sentences give two or more figures in digits (years left out) and
  none is shared (a figure written as a word in the other, or rounded there, counts as
  shared): they report different measurements ("46 percent ... 44 percent" of one poll
  against "42 ... 38" of another). One figure each is left alone (``FIGURES_MIN``);
* ``speaker`` — both sentences carry a quote whose speaker the analysis resolved to a named
  person, and the speakers share no name word: the same words in two mouths are two claims
  (a campaign aide's "unfit to be commander in chief" against the candidate's);
* ``background`` — one sentence shares plain words with the other only inside a relative
  clause (", who shot and killed ... ,") and holds under ``BACKGROUND_COVER`` of the
  other's plain words: it tells the other's people as background to its own claim;
* ``descriptor`` — the two share fewer than ``DESCRIPTOR_MIN_SHARED`` plain words once the
  phrases describing their people are taken out of both (:func:`descriptors`: "Ms. Vell's
  estranged husband, Jon Orm", "Orm, the estranged husband of Vell", "her top aide, Ada
  Vell", "disgraced former Rep. Jon Orm"): they say who the people are alike, and what
  happened apart ("agents found emails on his laptop" / "police got a warrant to search it").
  A description the other sentence uses as its referent, with no name ("Police arrested
  Vell's estranged husband"), is the person's name there, not a description shared; the
  two must then share what they say beside the person as any pair must.

Measured in docs/architecture.md ("Different claims").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from .models import Document
from .normalize import STOPWORDS, normalize_text, stem, tokens
from .rules import numbers as N
from .rules.claims import (
    BACKGROUND_COVER,
    DESCRIPTOR_COMPLEMENT_MAX,
    DESCRIPTOR_HEADS,
    DESCRIPTOR_MIN_SHARED,
    DESCRIPTOR_MODIFIERS_MAX,
    DESCRIPTOR_PREPOSITIONS,
    FIGURES_MIN,
    RELATIVE_PRONOUNS,
    TITLE_MODIFIERS,
)
from .rules.titles import (
    APPOSITION_MAX_WORDS,
    APPOSITION_OPENERS,
    APPOSITION_STOPS,
    DATE_WORDS,
    HONORIFICS,
)

# A non-restrictive relative clause, to the next comma or the end (rules/claims.py).
_RELATIVE = re.compile(r",\s+(?:" + "|".join(RELATIVE_PRONOUNS) + r")\b[^,;:()\u2013\u2014]*(?:,|$)")
_FIGURE = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?")
_WORD = re.compile(r"[a-z]+")


def _value(raw: str) -> str:
    """A figure as a canonical string: "1,200" -> "1200", "4.50" -> "4.5"."""
    v = raw.replace(",", "")
    if "." in v:
        v = v.rstrip("0").rstrip(".")
    return v.lstrip("0") or "0"


def figures(text: str) -> frozenset[str]:
    """The figures a sentence writes in digits, canonical ("46", "916", "14.7"); years
    (1800-2099 written without a comma) are dates, not figures of the claim."""
    out = set()
    for m in _FIGURE.finditer(text):
        raw = m.group()
        if len(raw) == 4 and raw.isdigit() and 1800 <= int(raw) <= 2099:
            continue
        out.add(_value(raw))
    return frozenset(out)


def _rounds(x: str, y: str) -> bool:
    """Whether figure ``x`` is ``y`` rounded at the places ``x`` leaves out: its trailing
    zeros ("11000" of "11017") or its fewer decimals ("14.7" of "14.66")."""
    try:
        fx, fy = float(x), float(y)
    except ValueError:
        return False
    if "." in x:
        places = len(x.split(".")[1])
        return "." in y and len(y.split(".")[1]) > places and round(fy, places) == fx
    zeros = len(x) - len(x.rstrip("0"))
    return zeros > 0 and fx != 0 and round(fy, -zeros) == fx


def _word_figures(text: str) -> frozenset[str]:
    """Numbers the sentence writes as words ("four-way" -> "4", "twenty" -> "20")."""
    out = set()
    for w in _WORD.findall(text.lower()):
        v = N.UNITS_WORDS.get(w)
        if v is None:
            v = N.TENS_WORDS.get(w)
        if v is not None:
            out.add(str(v))
    return frozenset(out)


def _figures_differ(a: str, b: str) -> bool:
    fa, fb = figures(a), figures(b)
    if len(fa) < FIGURES_MIN or len(fb) < FIGURES_MIN:
        return False
    if fa & (fb | _word_figures(b)) or fb & (fa | _word_figures(a)):
        return False
    return not any(_rounds(x, y) or _rounds(y, x) for x in fa for y in fb)


def _name_words(name: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(name.lower()) if len(w) > 1)


def _is_person(speaker: str, persons: set[frozenset[str]]) -> bool:
    """Whether a resolved speaker is a named person: capitalised words that a person name
    of the article holds. A description ("the Pontiff", "the disaster agency") or an
    organisation may be the same source as a named spokesperson in the other article."""
    words = speaker.split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    nw = _name_words(speaker)
    return bool(nw) and any(nw <= p for p in persons)


def _speakers_differ(sa: Iterable[str], sb: Iterable[str]) -> bool:
    wa = [_name_words(s) for s in sa]
    wb = [_name_words(s) for s in sb]
    wa, wb = [w for w in wa if w], [w for w in wb if w]
    if not wa or not wb:
        return False
    return not any(x & y for x in wa for y in wb)


@lru_cache(maxsize=8192)
def _caps(text: str) -> frozenset[str]:
    """The words ``text`` capitalises after its first word (names), lower case. Cached
    per sentence, as the two below: :func:`_described_only` reads them for every
    candidate pair, and one sentence is in many pairs (50-article speed case: 532 pairs
    of 219 sentences, 3,192 readings of _plain_stems)."""
    return frozenset(w.strip("\"'()[],.;:!?").lower().removesuffix("'s")
                     for w in normalize_text(text).split()[1:] if w[:1].isupper())


@lru_cache(maxsize=8192)
def _content_words(text: str) -> tuple[tuple[str, str], ...]:
    """(word, stem) of each content token of ``text`` that is not a number, in order."""
    out = []
    for t in tokens(text):
        t = t.removesuffix("'s")
        if t and t not in STOPWORDS and not t[0].isdigit():
            out.append((t, stem(t)))
    return tuple(out)


def _plain_stems(text: str, caps: frozenset[str] | None = None) -> frozenset[str]:
    """Content stems that are not names (capitalised after the first word, or in ``caps``)
    or numbers."""
    if caps is None:
        caps = _caps(text)
    return frozenset([s for t, s in _content_words(text) if t not in caps])


def _main_clause(text: str) -> str:
    return _RELATIVE.sub(",", normalize_text(text))


def _backgrounded(x: str, y: str) -> bool:
    """Whether ``x`` shares plain words with ``y`` only inside its relative clauses, and
    holds under ``BACKGROUND_COVER`` of ``y``'s plain words: ``x`` tells ``y``'s people as
    background to another claim, and does not tell ``y``'s own claim."""
    main = _main_clause(x)
    if main == normalize_text(x):
        return False
    px, py = _plain_stems(x), _plain_stems(y)
    if not py or not (px & py) or _plain_stems(main) & py:
        return False
    return len(px & py) < BACKGROUND_COVER * len(py)


_PUNCT = "\"'()[]{},.;:!?"
_BREAK = re.compile(r"[,;:!?()\[\]\"]")


class _Tok:
    """One whitespace token of a sentence: its word (``core``, punctuation stripped), the
    word lower-cased without a possessive (``low``), and whether a mark closes it."""

    __slots__ = ("core", "low", "caps", "poss", "brk", "comma", "lead")

    def __init__(self, raw: str, last: bool) -> None:
        self.core = raw.strip(_PUNCT)
        self.lead = bool(self.core) and raw[0] in "\"'([{"
        tail = raw[raw.find(self.core) + len(self.core):] if self.core else raw
        low = self.core.lower()
        self.poss = low.endswith("'s") or low.endswith("s'") and len(low) > 2
        self.low = low.removesuffix("'s").removesuffix("'")
        self.caps = self.core[:1].isupper()
        self.comma = tail == ","
        self.brk = bool(_BREAK.search(tail)) or (last and bool(tail))


def _is_head(t: _Tok) -> bool:
    w = t.low.rstrip(".")
    return w in DESCRIPTOR_HEADS or (w.endswith("s") and w[:-1] in DESCRIPTOR_HEADS)


def _after_name(toks: list[_Tok], i: int) -> tuple[int, int] | None:
    """"Jon Orm, the estranged husband of Ada Vell," / "Orm, a former congressman from
    Velm.": the apposition after the name at ``i`` (which a comma closes) when a person
    noun heads it (``DESCRIPTOR_HEADS``), with its complement to the next mark."""
    j = i + 1
    if j >= len(toks) or toks[j].lead:
        return None
    opened = toks[j].low in APPOSITION_OPENERS or toks[j].poss
    if not opened and not toks[j].core.islower():
        return None  # "Jon Orm, Ada Vell and ...": another name
    head, stop = None, None
    m = j + 1 if opened else j
    while m < len(toks) and m < j + 1 + APPOSITION_MAX_WORDS:
        w = toks[m].low
        if w in APPOSITION_STOPS and not toks[m].caps:
            stop = m
            break
        if head is not None and w.endswith(("ed", "ing")):
            return None  # "an armed group backed by ...": a participle after the head
        head = m
        if toks[m].brk:
            break
        m += 1
    if head is None or not _is_head(toks[head]):
        return None
    end = head
    if stop is not None and toks[stop].low in DESCRIPTOR_PREPOSITIONS and not toks[head].brk:
        for q in range(stop + 1, min(len(toks), stop + 1 + DESCRIPTOR_COMPLEMENT_MAX)):
            w = toks[q].low
            if toks[q].lead or (not toks[q].caps and (
                    w in APPOSITION_STOPS and w not in DESCRIPTOR_PREPOSITIONS or w.endswith(("ed", "ing")))):
                end = q - 1  # "... of Vell, who ..." / "... of Vell who said ...": a clause
                break
            if toks[q].brk or q == len(toks) - 1:
                end = q
                break
    return j, end


def _before_name(toks: list[_Tok], k: int) -> tuple[int, int] | None:
    """"her top aide, Ada Vell" / "Ms. Vell's estranged husband, Jon Orm" / "former Rep.
    Jon Orm": the description whose person noun at ``k`` stands before a name. Set off by a
    comma (an apposition), it is read back to its article, possessive or preposition within
    ``DESCRIPTOR_MODIFIERS_MAX`` words; else, and without a comma, over title modifiers only
    (``TITLE_MODIFIERS``: "former congressman"): with no comma the phrase is as often the
    claim's object ("pays tribute to her late father Derek")."""
    if k + 1 >= len(toks) or not _is_head(toks[k]) or not toks[k + 1].caps or toks[k + 1].lead:
        return None
    if toks[k].brk and not toks[k].comma:
        return None
    start, mods, m = None, 0, k - 1
    while toks[k].comma and m >= 0 and mods <= DESCRIPTOR_MODIFIERS_MAX:
        t = toks[m]
        if t.brk:
            start = m + 1  # a mark opens the phrase
            break
        if t.poss or t.low in APPOSITION_OPENERS:
            start = m  # "Vell's ...", "her ..."
            break
        if not t.caps and t.low in DESCRIPTOR_PREPOSITIONS - {"to"}:
            start = m + 1  # "of disgraced former Rep." ("to" also marks a verb: "to arrest former aide")
            break
        if not t.caps and (t.low in STOPWORDS or t.low in APPOSITION_STOPS):
            break  # "said former aide ...", "to arrest former aide ...": title modifiers only
        if t.low.endswith("ing"):
            break  # "for questioning former aide ...": a verb, not a modifier
        mods += 1
        m -= 1
    else:
        if m < 0:
            start = 0
    if start is None or mods > DESCRIPTOR_MODIFIERS_MAX or not toks[k].comma:
        start = k  # title modifiers and names ("Republican vice presidential candidate")
        while start > 0 and not toks[start - 1].brk and (toks[start - 1].low in TITLE_MODIFIERS
                                                         or toks[start - 1].caps):
            start -= 1
    return start, k


def descriptors(text: str) -> list[tuple[int, int, int, int]]:
    """The phrases describing a person: an apposition headed by a person noun after a name
    (:func:`_after_name`) and a person noun with its modifiers before one
    (:func:`_before_name`), each as token spans (first, last; of ``text.split()`` after
    :func:`normalize_text`) of the phrase and of the name it describes."""
    words = normalize_text(text).split()
    toks = [_Tok(w, i == len(words) - 1) for i, w in enumerate(words)]
    out = []
    for i, t in enumerate(toks):
        if t.caps and t.comma:
            span = _after_name(toks, i)
            if span:
                first = i
                while first > 0 and toks[first - 1].caps and not toks[first - 1].brk:
                    first -= 1
                out.append((*span, first, i))
        span = _before_name(toks, i)
        if span:
            last = i + 1
            while last + 1 < len(toks) and not toks[last].brk and toks[last + 1].caps:
                last += 1
            out.append((*span, i + 1, last))
    return out


@lru_cache(maxsize=8192)
def _descriptions(text: str) -> tuple[tuple[int, int, int, int], ...]:
    """:func:`descriptors` of one sentence, parsed once: :func:`_undescribed` reads them
    with and without the described names."""
    return tuple(descriptors(text))


@lru_cache(maxsize=8192)
def _undescribed(text: str, names: bool = False) -> str:
    """``text`` without its descriptions of people (:func:`descriptors`), and without the
    names they describe when ``names``. Cached per sentence: :func:`different_claims` asks it
    four times per candidate pair, and one sentence is in several pairs (the 50-article
    speed case: 532 pairs, all different, of 219 sentences; 2,128 parses before, 80% of
    the test's time). A memo per pair would never be hit there."""
    words = normalize_text(text).split()
    drop = set()
    for a, b, na, nb in _descriptions(text):
        drop.update(range(a, b + 1))
        if names:
            drop.update(range(na, nb + 1))
    return " ".join(w for i, w in enumerate(words) if i not in drop)


@lru_cache(maxsize=8192)
def _told_stems(text: str) -> frozenset[str]:
    """Content stems of ``text`` (names and numbers too), less honorifics and dates: what a
    sentence left without its described people says happened ("closed the Harbourview
    Bridge" keeps the bridge's name)."""
    return frozenset(stem(t) for t in (w.removesuffix("'s") for w in tokens(text))
                     if t and t not in STOPWORDS and t not in HONORIFICS and t not in DATE_WORDS)


def _described_only(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` share ``DESCRIPTOR_MIN_SHARED`` plain stems, and fewer words
    (plain words, names other than the described people's, numbers) once the descriptions
    and their people are taken out of both, while each still has that many plain stems of
    its own: what they share says who the people are, and what each says happened is its
    own. A word either sentence capitalises is a name in both (as the aligner counts a
    shared name)."""
    caps = _caps(a) | _caps(b)
    pa, pb = _plain_stems(a, caps), _plain_stems(b, caps)
    if len(pa & pb) < DESCRIPTOR_MIN_SHARED:
        return False
    ra, rb = _plain_stems(_undescribed(a), caps), _plain_stems(_undescribed(b), caps)
    if len(ra) < DESCRIPTOR_MIN_SHARED or len(rb) < DESCRIPTOR_MIN_SHARED:
        return False  # "His mother, Ada Orm, and his father, Jon Orm, are from Velm": the people are the claim
    # a description one sentence writes that the other uses as its referent ("Vell's
    # estranged husband" with no name) is that person's name in both, as a name would be
    # (its main clause: "…, who is one of Lind's top aides" describes, it names no one)
    ma = _plain_stems(_main_clause(_undescribed(a)), caps)
    mb = _plain_stems(_main_clause(_undescribed(b)), caps)
    referent = _description_as_referent(pa & pb - ra, mb) | _description_as_referent(pa & pb - rb, ma)
    if len(pa & pb - referent) < DESCRIPTOR_MIN_SHARED:
        # the person alone is shared: one claim only when what each says beside the person
        # shares as many words as the reason asks of any pair ("detained in Velm by Tarn
        # police" / "Tarn police arrested … in Velm"); "was detained on Friday" / "sued the
        # Tarn Courier on Friday" are two claims about one man (session 11 review: they had
        # aligned as a paraphrase on the description's words)
        told = _told_stems(_undescribed(a, names=True)) & _told_stems(_undescribed(b, names=True))
        return len(told - referent) < DESCRIPTOR_MIN_SHARED
    told = _told_stems(_undescribed(a, names=True)) & _told_stems(_undescribed(b, names=True))
    return len(told) < DESCRIPTOR_MIN_SHARED


def _description_as_referent(described: frozenset[str], other_rest: frozenset[str]) -> frozenset[str]:
    """The shared words one sentence writes only inside a description of a person
    (``described``: "Jon Orm, the estranged husband of Ada Vell, was detained") that the
    other writes outside any description (``other_rest``: "Police arrested Vell's
    estranged husband"): there the description names no one else, it IS the person, so
    its words count as the person's name in both, and the pair is judged as "... Jon Orm
    was detained" / "Police arrested Jon Orm" would be (sharing no plain word beyond the
    person: no reason to call them two claims). Empty when both sentences describe a
    named person alike ("Abedin's husband, Anthony Weiner" in both: each takes the words
    out), the case the descriptor reason is for, and when the words shared that way hold
    no person noun (``DESCRIPTOR_HEADS``: "disgraced" alone is no referent)."""
    shared = described & other_rest
    return shared if shared & _HEAD_STEMS else frozenset()


# The stems of the person nouns that head a description (rules/claims.DESCRIPTOR_HEADS).
_HEAD_STEMS = frozenset(stem(h) for h in DESCRIPTOR_HEADS)


def different_claims(a: str, b: str, speakers_a: Iterable[str] = (),
                     speakers_b: Iterable[str] = ()) -> str | None:
    """The reason sentences ``a`` and ``b`` make different claims (``"figures"``,
    ``"speaker"``, ``"background"``, ``"descriptor"``), or None when nothing says so. ``speakers_a``/``speakers_b``: the
    speakers of the quotes in each sentence (:func:`quote_speakers`), empty when unknown."""
    if _figures_differ(a, b):
        return "figures"
    if _speakers_differ(speakers_a, speakers_b):
        return "speaker"
    if _backgrounded(a, b) or _backgrounded(b, a):
        return "background"
    if _described_only(a, b):
        return "descriptor"
    return None


def speakers_turn(speakers: Mapping[str, frozenset[str]], pairs: Iterable[tuple[str, str]]) -> bool:
    """Whether ``speakers`` (:func:`quote_speakers`) make any of ``pairs`` (sentence ids
    that :func:`different_claims` found no reason to part with no speakers known) a
    different claim: their quotes' speakers differ."""
    return any(_speakers_differ(speakers.get(a, ()), speakers.get(b, ())) for a, b in pairs)


def quote_speakers(docs: Sequence[Document]) -> Mapping[str, frozenset[str]]:
    """Sentence id -> the speakers the analysis resolved for the quotes in it (empty
    mapping when the documents were not analysed)."""
    out: dict[str, set[str]] = {}
    for d in docs:
        if d.analysis is None:
            continue
        persons = {_name_words(e.text) for e in d.analysis.entities if e.kind == "person"}
        for q in d.analysis.quotes:
            # _is_person asks the speaker's words to lie in one person name of the article
            # (which the union of all their words, tested here before, always held)
            if q.speaker and _is_person(q.speaker, persons):
                for sid in q.sentences:
                    out.setdefault(sid, set()).add(q.speaker)
    return {k: frozenset(v) for k, v in out.items()}
