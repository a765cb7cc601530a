"""``shared_quote``: two articles quote the same words, found anywhere in them by those
words (not only in sentences the aligner paired), and which of them gives more.

Partisan outlets rarely share a sentence, but they quote the same statement, post or
press release, often one whole and the other a few words of it inside its own sentence
("warned of a “new strategic weapon”" / "“The world will witness a new strategic weapon
…,” Kim said"). So each direct quote of one article is looked up, by its words, in the
whole text of the other: the longest run of its words that the other article has
(compared on :func:`storylens.normalize.norm_key`, so quote marks, punctuation, case and
US/UK spelling never count). The run is a shared quote when, in the other article, it is
quoted too: inside a direct quote the analysis found, or standing between quote marks on
its own (a short fragment the analysis leaves out as a scare quote); and when it is all of
the shorter quote but for a word or two (one outlet gives a cut of what the other gives).
Words the other article uses unquoted are its narration, not a shared quote.
A cut is the same words; two quotes that go on past the run in different words, or whose
longer one qualifies what both say at an edge (a hedge, a number), are one statement
changed (``SharedQuote.change``), which the finding says as "nearly the same words".
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from ..normalize import STOPWORDS, norm_key, stem
from ..rules.attribution import CUE_FORMS, PREPOSITIONS, RELATIVE_OPENERS
from ..rules.contractions import IRREGULAR, expand
from ..rules.quote_changes import (
    AFFIRMING_NEGATIONS,
    BELIEF_SUBJECTS,
    CLAIM_OPENERS,
    CLAIM_SUBORDINATORS,
    CLAIM_VERB_MARKS,
    CLAUSE_OPENERS,
    CONTRAST_OPENERS,
    CONTRAST_SUBJECT_WORDS,
    HEDGE_PHRASES,
    HEDGE_VERBS,
    IF_QUESTION_WORDS,
    MAX_CLAIM_WORDS,
    MAX_CONDITION_WORDS,
    MAX_CONTRAST_WORDS,
    MAX_HEDGE_WORDS,
    MAX_MODIFIER_WORDS,
    MAX_RUN_ON_MODIFIERS,
    MEANINGFUL,
    MIN_CLAIM_WORDS,
    NAMING_VERBS,
    NEGATIVE_PHRASAL,
    NEGATIVE_VERBS,
    NUMBER_WORDS,
    PRESENT_LIMITERS,
    REFUSALS,
    SEVERITY,
    VERB_NEGATIONS,
    is_negation,
    is_stock_if,
    opens_condition,
)
from ..rules.quote_scope import (
    ADDITIVE_CORRELATIVES,
    CONCESSIVE_HEADS,
    CONDITION_HEADS,
    FREQUENCY_ADVERBS,
    LIMITED_PERIODS,
    NEW_REFERENT_DETERMINERS,
    NUMBER_BOUNDS,
    PARTITIVE_HEADS,
    PREDETERMINERS,
    SCOPE_DETERMINERS,
    SCOPE_QUANTIFIERS,
    STATE_LIMITERS,
    SUBJECT_PRONOUNS,
    VALIDITY_LIMITERS,
)
from ..rules.quotes_trims import SPOKEN_FILLER_WORDS
from .common import FindingContext
from .quote_diff import (
    MAX_QUOTE_WORDS,
    _equivalent,
    _name_spelling,
    compare_quotes,
    told_outside,
)
from .quote_diff import _numbers as _qd_numbers
from .quote_diff import _restricted as _qd_restricted
from .quote_diff import _words as _qd_words
from .quotes import given_names_apart, same_speaker, speaker_key, told_after

# A shared run of fewer words is a common phrase ("the near future") or a one-word scare
# quote ("abused"), not a shared quote. Three words is the shortest gold shared quote on
# dev ("new strategic weapon", quoted whole by one outlet inside the other's quote); the
# two-word dev item ("recovering well") is left out: two quoted words are too often a
# stock phrase. Words as a reader counts them: a hyphenated compound is one word
# ("Commander-in-Chief", three keys of norm_key, passed the floor as a title in quote
# marks on fresh PolNeAR coverage), so the floor counts the run's source tokens.
MIN_RUN_WORDS = 3
# Of a short run's words (under MIN_UNNAMED_WORDS), at least this many must be content
# words (not stopwords), and one of a longer run's ("this will not be a Benghazi"), so a
# run of function words ("and that it is") never links two quotes.
MIN_CONTENT_WORDS = 2
# The run must be this share of the shorter quote: one outlet's quote is a cut of the
# other's, not two quotes that happen to share a clause ("a clause shared, the rest
# different" is a quote_changed matter). 0.8 lets a word or two differ at a cut's edge
# ("he said" split inside a quote, a dropped "and").
MIN_CUT_SHARE = 0.8
# A quote split differently (one outlet's "A … B" against the other's "C. A'"): the run
# may instead be MIN_CUT_SHARE of the sentences (pieces between sentence ends and
# ellipses) it lies in on both sides, when it is at least this many words with
# MIN_SEGMENT_CONTENT content words, so a shared stock clause ("we will not stand for
# it") never links two statements. The dev miss it fixes: "I apologise for the bad
# example yesterday … sometimes even I lose patience" / "It happens to me too. I
# apologise for the bad example given yesterday" (the Pope's apology, two outlets).
MIN_SEGMENT_RUN = 6
MIN_SEGMENT_CONTENT = 3
# A word inserted or dropped inside a shared run ("the bad example [given] yesterday")
# keeps the run going, at most MAX_EDITS times, and only for a word that does not
# change what was said (not a negation or a number: "will [not] resign" is a
# quote_changed matter, rules/quote_changes.py); and only when the words matched again
# past it hold a content word, number or negation, or reach a quote's end (_extend).
MAX_EDITS = 2
# A number put for another inside a run (_numbers_swapped) carries it on only when at
# least this many words match again past it: a number within a few words of a quote's
# edge is the edge reader's to tell with its phrase ("has 'three men' where … has 'four
# men'", "'saved 3 of the orchards' where … 'saved four of the orchards'").
MIN_SWAP_RESUME = 4
# A shared run this short with nobody named for it on either side is a slogan or a scare
# quote ("Death to America", chanted and quoted by every outlet: a dev false finding), not
# one statement two outlets took from one source; the same floor as quote_changed's link
# of an unnamed quote (findings/quotes.UNNAMED_WORDS).
MIN_UNNAMED_WORDS = 6
# Two named speakers who disagree keep a run this long linked all the same: no two people
# say the same twelve words, so the disagreement is the speaker analysis's (a real miss:
# "Director of Global Social Action Agenda" vs "Hier and Cooper" for one joint statement).
SAME_WORDS_ANY_SPEAKER = 12
# A fragment: a span between quote marks within one line, of at most MAX_FRAGMENT_CHARS
# characters (a longer quoted span is the analysis's to find and attribute). Bounded
# negated classes: linear time on any text.
MAX_FRAGMENT_CHARS = 160
# Negations that open a phrase of their own when they open the clause: "Not paying taxes",
# "Never again" (a negation after an auxiliary, "will not", or a contraction turns the verb).
CONSTITUENT_NEGATIONS = frozenset({"not", "never"})
# Words back from a quote's words that a negation (or a verb of refusal) before them in
# their clause still turns around: "I am not saying the result was stolen" (4 back), "I do
# not for one moment believe the result was stolen" (7 back). A clause's end (a comma,
# colon, dash, bracket, sentence end or a word of rules.quote_changes.CLAUSE_OPENERS) stops
# it first: "We will not seek a recount, but we will defend the count" leaves "defend the
# count" as said (invented dev d67, d68; :func:`_negator`).
NEGATION_SCOPE = 8


def _between(open_: str, close: str, lazy: str = "") -> str:
    """Quoted words between two marks: one line, starting and ending on a non-space
    (so '," he said, "' is no fragment), at most MAX_FRAGMENT_CHARS long."""
    inner = f"[^{open_}{close}\\n]{{0,{MAX_FRAGMENT_CHARS}}}{lazy}"
    return f"{open_}(\\S(?:{inner}\\S)?){close}"


_FRAGMENT_PATTERNS = tuple(
    re.compile(p)
    for p in (
        _between("“", "”"),
        _between("«", "»"),
        # straight and single marks open only after a non-word and close only before
        # one, and a single mark pairs with the nearest: apostrophes pair with nothing
        r'(?<![\w"])' + _between('"', '"') + r"(?!\w)",
        r"(?<![\w‘’])" + _between("‘", "’", "?") + r"(?![\w’])",
        r"(?<![\w'])" + _between("'", "'", "?") + r"(?![\w'])",
    )
)
# A quoted name or title, not words anyone said: a quoted span whose content words are
# all capitalised ('a "Commander in Chief Forum"',
# 'the "Harbour First" plan'), with at least this many content words (one capitalised
# word may just open a sentence). A statement is a clause in lower case but for names.
MIN_TITLE_WORDS = 2
# Bounds that keep the lookup linear on hostile text (docs/limits.md): a quote longer than
# quote_diff's MAX_QUOTE_WORDS is not looked up, and a three-word window the other article
# repeats more than MAX_WINDOW_HITS times (a chant, a boilerplate line) is tried at its
# first places only.
MAX_WINDOW_HITS = 50
_TOKEN = re.compile(r"\S+")
# An editor's "(sic)" or "[sic]" inside a quote: a mark on the words, no word said.
_SIC = re.compile(r"[(\[]sic[)\]][,.;:!?]*", re.IGNORECASE)
# An editor's gloss: words in brackets inside the quote marks. A longer quote whose extra
# words are a gloss is a changed quote (quote_changed), not more of the statement.
_BRACKET = re.compile(r"[(\[]")
# A sentence end or an ellipsis between two quoted words: a full stop, "!" or "?"
# before a capital (so "U.S. personnel" runs on), or an ellipsis anywhere.
_SEGMENT_END = re.compile(r"(?:…|\.\.\.)|[.!?][\"”’')\]]*\s+[\"“‘'(]*[A-Z0-9]")


@dataclass(frozen=True)
class Side:
    """One article's side of a shared quote: the quote (or framed fragment) that holds
    the shared words, and the shared run's character range."""

    article: str
    start: int  # the quote's (or fragment's) range in the article text
    end: int
    words: int  # the quote's word count (how much of the statement this outlet gives)
    speaker: str | None
    run_start: int  # the shared words' range
    run_end: int
    # the quote's words outside the shared run (before and after it): the side with more
    # of them gives more of the statement at its edges (an inner insertion gives none)
    edge: int = 0


@dataclass(frozen=True)
class SharedQuote:
    a: Side
    b: Side
    run: int  # shared words
    edits: int = 0  # words one side inserts inside the run (MAX_EDITS): 0 is word for word
    # not the same words (:func:`_changed`): "words" when the two quotes go on past the
    # run in different words, else the meaningful kind quote_diff gives an edge change
    # ("hedge", "number", ...); None for the same words, or one a cut of the other
    change: str | None = None
    # the words each side (a, b) has where the two part ("" for none): what a reader is
    # shown of the change
    differs: tuple[str, str] = ("", "")
    # further places where the two part, each as ``differs`` (change "inside": words
    # inserted inside both edges of the run)
    also: tuple[tuple[str, str], ...] = ()


class _Tokens:
    """An article's word tokens (``norm_key`` keys with character ranges), and an index
    of every three-key window, so a quote's words are found by lookup, not by scanning."""

    def __init__(self, text: str) -> None:
        keys, starts, ends = [], [], []
        # per key, the keys a contraction adds before it and it ("we'll" is "we will":
        # two keys, one word as the outlet wrote it): what a quote's length counts off
        added: list[int] = []
        heavy: list[bool] = []
        n = 0  # keys a contraction added so far
        for m in _TOKEN.finditer(text):
            start, end = m.span()
            for key, later, content in _word_parts(m.group()):
                keys.append(key)
                starts.append(start)
                ends.append(end)
                n += later
                added.append(n)
                heavy.append(content)
        self.keys, self.starts, self.ends, self.added = keys, starts, ends, added
        # per key, whether it counts as a content word (:func:`_content`): the word as
        # printed, so "don't" counts once whether or not it is read "do not"
        self.heavy = heavy
        self.index: dict[tuple[str, ...], list[int]] = {}
        for i, window in enumerate(zip(*(keys[k:] for k in range(MIN_RUN_WORDS)), strict=False)):
            self.index.setdefault(window, []).append(i)

    def length(self, first: int, last: int) -> int:
        """Keys ``first:last`` less those contractions add: a quote's words as it was
        printed ("We'll" one, "We will" two), what the finding's word counts show."""
        if last <= first:
            return 0
        return last - first - (self.added[last - 1] - (self.added[first - 1] if first else 0))

    def span(self, first: int, last: int) -> tuple[int, int]:
        """The characters of the keys ``first:last``, less a contraction only part of
        which they hold: a run that starts on the "not" of "didn't" (against "don't") or
        ends on the "we" of "we'll" (against "we won't") shows the words shared, not the
        word that differs."""
        added = self.added
        while first < last - 1 and first and added[first] > added[first - 1]:
            first += 1  # a contraction's later key: its word is not all shared
        while last - 1 > first and last < len(added) and added[last] > added[last - 1]:
            last -= 1  # the contraction goes on past the run
        return self.starts[first], self.ends[last - 1]

    def within(self, start: int, end: int) -> range:
        """Indexes of the tokens that overlap ``[start, end)`` (a token carries the quote
        mark glued to it: "“Happy" overlaps a quote that starts after the mark)."""
        return range(bisect_right(self.ends, start), bisect_left(self.starts, end))


@lru_cache(maxsize=65536)
def _word_parts(word: str) -> tuple[tuple[str, bool, bool], ...]:
    """One printed word's keys (:class:`_Tokens`), each with whether a contraction adds
    it (its second key or later) and whether it counts as a content word: none for an
    editor's "(sic)", which is no word of the quote. Kept per word: a story's articles
    print the same words again and again."""
    if _SIC.fullmatch(word):
        return ()
    out = []
    for part in norm_key(word).split():
        # (only a word with an apostrophe, or one of the table's, can expand)
        for k, key in enumerate(expand(part) if "'" in part or part in IRREGULAR else (part,)):
            out.append((key, k > 0, not k and part not in STOPWORDS))
    return tuple(out)


def _longest_run(
    keys: list[str], other: _Tokens, quoted: list[int], size: list[int]
) -> tuple[int, int, int]:
    """(start in ``keys``, start in ``other``, length) of the longest run of ``keys``
    that ``other`` has word for word inside one of its quotes (``quoted[j]``: the quote
    unit token ``j`` belongs to, -1 for narration; ``size``: each unit's words); length 0 when none reaches
    ``MIN_RUN_WORDS``."""
    best = (0, 0, 0)
    for i in range(len(keys) - MIN_RUN_WORDS + 1):
        if best[2] >= len(keys) - i:
            break
        for j in other.index.get(tuple(keys[i : i + MIN_RUN_WORDS]), ())[:MAX_WINDOW_HITS]:
            unit = quoted[j]
            if unit < 0 or quoted[j + MIN_RUN_WORDS - 1] != unit:
                continue
            n = MIN_RUN_WORDS
            while (
                i + n < len(keys)
                and j + n < len(other.keys)
                and keys[i + n] == other.keys[j + n]
                and quoted[j + n] == unit
            ):
                n += 1
            if n > best[2] or (n == best[2] and size[unit] > size[quoted[best[1]]]):
                best = (i, j, n)  # a tie goes to the longer quote: it gives more
    return best


def fragments(text: str) -> list[tuple[int, int]]:
    """Short spans between a pair of quote marks of their own (``“new strategic weapon”``,
    ``'recovering well'``): what the analysis leaves out as scare quotes, titles or
    fragments, and what an outlet quoting a few words of a statement looks like. A
    straight single mark opens only after a space or bracket and closes only before a
    non-letter, so the apostrophes of "don't" and "Sena's" pair with nothing."""
    return [(m.start(1), m.end(1)) for pat in _FRAGMENT_PATTERNS for m in pat.finditer(text)]


def _content(tok: _Tokens, lo: int, hi: int) -> int:
    """Content words of the tokens ``lo:hi``, a contraction counted as the word it was
    printed as (``_Tokens.heavy``): "cannot be certified", read "can not be certified"
    (rules/contractions.py), holds two, as it did before contractions were read out."""
    return sum(tok.heavy[lo:hi])


@dataclass(frozen=True)
class _Unit:
    """A quoted span of one article: a direct quote of the analysis, or a fragment."""

    start: int
    end: int
    speaker: str | None
    first: int  # its token range
    last: int


class _Article:
    """An article's tokens, its quoted units and, per token, the unit that holds it."""

    def __init__(self, ctx: FindingContext, aid: str) -> None:
        self.text = ctx.documents[aid].article.text
        self.tokens = _Tokens(self.text)
        spans = [(q.start, q.end, q.speaker) for q in ctx.quotes(aid) if q.direct]
        spans += [(a, b, None) for a, b in fragments(self.text)]
        units: dict[tuple[int, int], _Unit] = {}
        for a, b, speaker in spans:
            idx = self.tokens.within(a, b)
            if len(idx) and ((a, b) not in units or units[(a, b)].speaker is None):
                units[(a, b)] = _Unit(a, b, speaker, idx.start, idx.stop)
        # the innermost unit wins a token (a fragment inside a long quote is its own)
        self.units = sorted(units.values(), key=lambda u: -(u.end - u.start))
        self.sizes = [u.last - u.first for u in self.units]
        self.titles: dict[tuple[int, int], bool] = {}  # _title per unit span, asked per pair
        self.ends: dict[int, bool] = {}  # _ends_after's, per token
        self.unit_of = [-1] * len(self.tokens.keys)
        for k, u in enumerate(self.units):
            for t in range(u.first, u.last):
                self.unit_of[t] = k
        # every MIN_RUN_WORDS window inside a quoted unit: two articles whose sets are
        # disjoint share no quote (a shared run starts with such a window in both), so a
        # story's pairs that quote nothing alike cost one set intersection
        keys = self.tokens.keys
        self.windows = {
            tuple(keys[i : i + MIN_RUN_WORDS])
            for u in self.units
            for i in range(u.first, u.last - MIN_RUN_WORDS + 1)
        }
        self.unit_at = {(u.start, u.end): k for k, u in enumerate(self.units)}
        # per unit, the token its sentence starts on (:func:`_sentence_start`): the units of
        # one sentence are read together (:func:`_lifted`)
        self.sentence = _sentence_starts(self, [u.first for u in self.units])
        self.negators: dict[tuple[int, bool], tuple[int, int]] = {}  # _negator's, per token
        self.sig, self.safe = self._signature()
        self.cls = -1  # its signature's number in a story (_Seen)

    def _signature(self) -> tuple[tuple, bool]:
        """Everything :func:`shared_quotes` reads of this article, with positions taken
        relative to each quote: its quoted tokens in order (key, unit, whether it follows
        the one before), and per unit its speaker, token range, text, tokens' offsets and
        the order of its ends among all units' ends, which units share a sentence,
        what the narration before it gives :func:`_negator` (how far back its clause
        starts and a negation stands), and the outlet's words around it that
        :func:`_counterparts` reads (:func:`_woven`). Two articles with one signature give
        the same shared quotes against any third, but for the positions. ``safe``: no
        window of a quoted token has more than ``MAX_WINDOW_HITS`` hits in the article,
        so the hits the lookup cuts off are narration's, never a quote's (then the
        narration, which the signature leaves out, cannot change a result)."""
        tok, unit_of = self.tokens, self.unit_of
        quoted = sorted({t for u in self.units for t in range(u.first, u.last)})
        pos = {t: k for k, t in enumerate(quoted)}
        ends = sorted({v for u in self.units for v in (u.start, u.end)})
        rank = {v: k for k, v in enumerate(ends)}
        tokens = tuple((tok.keys[t], unit_of[t], t - 1 in pos) for t in quoted)
        sentences = {v: k for k, v in enumerate(sorted(set(self.sentence)))}
        units = tuple(
            (u.speaker, pos[u.first], u.last - u.first, rank[u.start], rank[u.end],
             self.text[u.start : u.end],
             tuple((tok.starts[t] - u.start, tok.ends[t] - u.start) for t in range(u.first, u.last)),
             sentences[self.sentence[k]],
             tuple(u.first - x if x >= 0 else -1
                   for verbal in (False, True) for x in _negator(self, u.first, verbal)),
             tuple(tuple(tok.keys[t] for t in _woven(self, u, edge)) for edge in (0, 1)))
            for k, u in enumerate(self.units)
        )
        safe = all(
            len(tok.index.get(tuple(tok.keys[t : t + MIN_RUN_WORDS]), ())) <= MAX_WINDOW_HITS
            for t in quoted
        )
        return (tokens, units), safe


class _Seen:
    """Pairs already compared in one story, by the two articles' signatures: when every
    outlet quotes the same statements, most articles share a signature, and a pair of
    signatures seen before is answered by moving that pair's result to the new pair's
    positions (the per-pair work becomes per pair of signatures)."""

    def __init__(self) -> None:
        self.classes: dict[tuple, int] = {}
        self.results: dict[tuple[int, int], Shared] = {}
        self.compared = 0  # pairs compared in full (what a test counts)


def story_memo(ctx: FindingContext) -> tuple[dict[str, _Article], _Seen]:
    """Each article's tokens and quoted units, and the results by pair of signatures, kept
    on the context: the shared-quote finder and the quote-change finder (its exact
    partners) read the same pairs, and each built its own (with ``--quote-changes`` every
    article's tokens were made twice and every pair of signatures compared twice, ~0.1 s
    on a 50-article story). Both depend only on the documents."""
    memo = ctx.__dict__.get("_shared_quote_memo")
    if memo is None:
        memo = ctx.__dict__["_shared_quote_memo"] = ({}, _Seen())
    return memo


@dataclass(frozen=True)
class Shared:
    """What two articles quote alike, kept by unit so it can be moved to a look-alike
    pair: the pair it was found on, its shared quotes, and per quote the two units'
    numbers (``_Article.units``) and the words they share."""

    a: str
    b: str
    quotes: tuple[SharedQuote, ...]
    units: tuple[tuple[int, int], ...]
    run: int  # shared words in all


def article(ctx: FindingContext, aid: str, cache: dict[str, _Article]) -> _Article:
    """The article's tokens and quoted units, built once per story in ``cache``."""
    if aid not in cache:
        cache[aid] = _Article(ctx, aid)
    return cache[aid]


def _moved(s: Side, src: _Article, dst: _Article, aid: str) -> Side:
    """``s`` (a side in ``src``) at the same unit and offsets of ``dst``."""
    u = src.units[src.unit_at[(s.start, s.end)]]
    v = dst.units[src.unit_at[(s.start, s.end)]]
    d = v.start - u.start
    return Side(aid, v.start, v.end, s.words, s.speaker, s.run_start + d, s.run_end + d, s.edge)


def shared_quotes(
    ctx: FindingContext, a: str, b: str, cache: dict[str, _Article] | None = None,
) -> list[SharedQuote]:
    """Every quoted span of ``a`` whose words ``b`` quotes too, and every one of ``b``
    whose words ``a`` quotes, once each, longest first. ``cache`` keeps each article's
    tokens across the pairs of one story."""
    cache = {} if cache is None else cache
    xa, xb = article(ctx, a, cache), article(ctx, b, cache)
    if xa.windows.isdisjoint(xb.windows):
        return []
    return _compare(ctx, a, b, cache)


def shared_between(
    ctx: FindingContext, a: str, b: str, cache: dict[str, _Article], seen: _Seen
) -> Shared | None:
    """:func:`shared_quotes` of ``a`` and ``b`` by unit (None when they share none), as
    found on the first pair of their two signatures: ``moved`` gives its quotes at this
    pair's positions. A story whose outlets all quote the same statements compares one
    pair in full."""
    xa, xb = article(ctx, a, cache), article(ctx, b, cache)
    if xa.windows.isdisjoint(xb.windows):
        return None
    if not (xa.safe and xb.safe):
        shared = _by_unit(a, b, _compare(ctx, a, b, cache), cache)
        return shared if shared.quotes else None
    for x in (xa, xb):
        if x.cls < 0:
            x.cls = seen.classes.setdefault(x.sig, len(seen.classes))
    key = (xa.cls, xb.cls)
    if key not in seen.results:
        seen.compared += 1
        seen.results[key] = _by_unit(a, b, _compare(ctx, a, b, cache), cache)
    shared = seen.results[key]
    return shared if shared.quotes else None


def answered(ctx: FindingContext, a: str, b: str, cache: dict[str, _Article], seen: _Seen) -> bool:
    """Whether :func:`shared_between` of the pair is a lookup (its pair of signatures
    was compared before), not a comparison."""
    xa, xb = article(ctx, a, cache), article(ctx, b, cache)
    if not (xa.safe and xb.safe):
        return False
    for x in (xa, xb):
        if x.cls < 0:
            x.cls = seen.classes.setdefault(x.sig, len(seen.classes))
    return (xa.cls, xb.cls) in seen.results


def _by_unit(a: str, b: str, found: list[SharedQuote], cache: dict[str, _Article]) -> Shared:
    units = tuple((cache[a].unit_at[(s.a.start, s.a.end)], cache[b].unit_at[(s.b.start, s.b.end)])
                  for s in found)
    return Shared(a, b, tuple(found), units, sum(s.run for s in found))


def moved(shared: Shared, a: str, b: str, cache: dict[str, _Article]) -> list[SharedQuote]:
    """The shared quotes of ``shared`` at the positions of the pair ``a``, ``b`` (whose
    signatures are those of the pair it was found on)."""
    if (shared.a, shared.b) == (a, b):
        return list(shared.quotes)
    ya, yb, xa, xb = cache[shared.a], cache[shared.b], cache[a], cache[b]
    return [SharedQuote(_moved(s.a, ya, xa, a), _moved(s.b, yb, xb, b), s.run, s.edits,
                        s.change, s.differs, s.also)
            for s in shared.quotes]


def _compare(ctx: FindingContext, a: str, b: str, cache: dict[str, _Article]) -> list[SharedQuote]:
    found: dict[tuple[int, int, int, int], SharedQuote] = {}
    for x, y in ((a, b), (b, a)):
        ax, ay = cache[x], cache[y]
        for u in ax.units:
            keys = ax.tokens.keys[u.first : u.last]
            if not MIN_RUN_WORDS <= len(keys) <= MAX_QUOTE_WORDS:
                continue
            i, j, n = _longest_run(keys, ay.tokens, ay.unit_of, ay.sizes)
            content = _content(ax.tokens, u.first + i, u.first + i + n)
            if n < MIN_RUN_WORDS or content < (MIN_CONTENT_WORDS if n < MIN_UNNAMED_WORDS else 1):
                continue
            v = ay.units[ay.unit_of[j]]
            i0, i1, j0, j1, n, edits = _extend(keys, i, ay.tokens.keys[v.first : v.last], j - v.first, n)
            i0, i1, j0, j1, edits = _fitted(keys, ay.tokens.keys[v.first : v.last], i0, i1, j0, j1, edits)
            if min(_words(ax.tokens, u.first + i0, u.first + i1),
                   _words(ay.tokens, v.first + j0, v.first + j1)) < MIN_RUN_WORDS:
                continue  # a hyphenated compound is one word to a reader
            if _title(ax, u) or _title(ay, v):
                continue  # a quoted name or title, not a statement
            if (_negator(ax, u.first + i0)[1] < 0) != (_negator(ay, v.first + j0)[1] < 0):
                # one side's clause turns the words around, the other's does not: "We will
                # not seek to repeal this law" / 'said his party would "seek to repeal this
                # law"' (a negation further back than :func:`_negated_edge` looks, or in
                # the outlet's own words before a fragment)
                continue
            mine = Side(x, u.start, u.end, ax.tokens.length(u.first, u.last), u.speaker,
                        *ax.tokens.span(u.first + i0, u.first + i1),
                        (u.last - u.first) - (i1 - i0))
            other = Side(y, v.start, v.end, ay.tokens.length(v.first, v.last), v.speaker,
                         *ay.tokens.span(v.first + j0, v.first + j1),
                         (v.last - v.first) - (j1 - j0))
            short = min(u.last - u.first, v.last - v.first)  # in keys, as the run ``n``
            whole = n >= MIN_CUT_SHARE * short and not (
                _negated_edge(ax, u, i0, i1, short - n) or _negated_edge(ay, v, j0, j1, short - n))
            if not whole and not (
                n >= MIN_SEGMENT_RUN
                and _content(ax.tokens, u.first + i0, u.first + i1) >= MIN_SEGMENT_CONTENT
                and n >= MIN_CUT_SHARE * min(sx := _segment(ax, u, i0, i1), sy := _segment(ay, v, j0, j1))
                and sx > 0 and sy > 0
            ):
                continue
            # the run's words as printed, the fewer of the two: "We'll" against "We will"
            # is one word alike, as "We'll" against "We'll" was before contractions were
            # read as their full words
            n -= max((i1 - i0) - ax.tokens.length(u.first + i0, u.first + i1),
                     (j1 - j0) - ay.tokens.length(v.first + j0, v.first + j1))
            ka, kb = speaker_key(mine.speaker), speaker_key(other.speaker)
            swaps = _number_swaps(ax, u.first + i0, u.first + i1, ay, v.first + j0, v.first + j1)
            # a run carried past a changed figure is no longer the same words: two named
            # people who disagree are two statements, however long the run
            if ka and kb and (n < SAME_WORDS_ANY_SPEAKER or swaps) and (
                    not same_speaker(ka, kb) or given_names_apart(mine.speaker, other.speaker)):
                continue  # two people who happen to say the same words ("Ana" / "Carlos Ruiz")
            if not (ka or kb) and n < MIN_UNNAMED_WORDS:
                continue
            longer, text = (mine, ax.text) if mine.words > other.words else (other, ay.text)
            extra = text[longer.start : longer.run_start] + text[longer.run_end : longer.end]
            if _BRACKET.search(extra):
                continue  # an editor's gloss, not more of the quote
            sa, sb = (mine, other) if x == a else (other, mine)
            key = (sa.start, sa.end, sb.start, sb.end)
            if key not in found or found[key].run < n:
                change, words, also = _changed(ctx, ax, u, i0, i1, x, ay, v, j0, j1, y)
                if swaps:
                    # a number put for another inside the run is a changed figure, told as
                    # one ("has 'three' where … has 'two'"), not a word inserted
                    edits -= len(swaps)
                    if change in SEVERITY[: SEVERITY.index("number")]:
                        also = (*also, *swaps)  # a graver change (a negation) stays first
                    else:
                        told = [words, *also] if change not in (None, "extent") else []
                        change, words, also = "number", swaps[0], (*swaps[1:], *told)
                if (change or edits) and _described_apart(u.speaker, v.speaker):
                    continue  # two unnamed people who say like words: two statements
                # words inserted inside the statement are no more of it at its edges
                inserted = [*also, words] if change == "inside" else [*also]
                mine = replace(mine, edge=mine.edge - sum(len(norm_key(p).split()) for p, _ in inserted))
                other = replace(other, edge=other.edge - sum(len(norm_key(q).split()) for _, q in inserted))
                sa, sb = (mine, other) if x == a else (other, mine)
                found[key] = SharedQuote(sa, sb, n, edits, change,
                                         words if x == a else (words[1], words[0]),
                                         also if x == a else tuple((q, p) for p, q in also))
    out = sorted(found.values(), key=lambda s: (-s.run, s.a.start))
    # one quote, one partner: a quote matched in both directions keeps its longest match,
    # and a fragment inside a quote already matched is not counted again
    kept: list[SharedQuote] = []
    for s in out:
        if any(_overlaps(s.a, k.a) or _overlaps(s.b, k.b) for k in kept):
            continue
        kept.append(s)
    return [_with_lifts(cache[a], cache[b], s, kept) for s in kept]


def _with_lifts(xa: _Article, xb: _Article, s: SharedQuote, kept: list[SharedQuote]) -> SharedQuote:
    """``s``, changed ("negation") when a quoted fragment in the sentence of one side
    lifts words out of the other side's quote from a clause that a negation turns around
    there and not here, or the reverse (:func:`_lifted`): the left's 'saying his party
    would "seek to repeal this law" and defend what he called "freedom of conscience"'
    against the wire's "We will not seek to repeal this law, but we will defend freedom of
    conscience …" shares "freedom of conscience", but told as the same words it hides the
    reversal beside it (invented dev d67; d68's "was stolen" out of "I am not saying the
    result was stolen", beside a shared "cannot be certified")."""
    ua, ub = xa.units[xa.unit_at[(s.a.start, s.a.end)]], xb.units[xb.unit_at[(s.b.start, s.b.end)]]
    taken_a = [(k.a.start, k.a.end) for k in kept]
    taken_b = [(k.b.start, k.b.end) for k in kept]
    pair = _lifted(xa, ua, xb, ub, taken_a)
    if pair is None and (found := _lifted(xb, ub, xa, ua, taken_b)) is not None:
        pair = (found[1], found[0])
    if pair is None:
        return s
    return replace(s, change="negation", differs=pair,
                   also=(s.differs, *s.also) if s.change else ())


def _lifted(ax: _Article, us: _Unit, ay: _Article, uo: _Unit, taken: list[tuple[int, int]]
            ) -> tuple[str, str] | None:
    """A quoted unit of ``ax`` in the sentence of ``us`` (not itself a shared quote, one of
    ``taken``), of two words or more with a content word, whose words the quote ``uo`` of
    ``ay`` (or another quote of ``ay`` given to its named speaker: "We will not sell the
    pier," he said. "We will protect every berth," he added) has word for word, where a
    negation that turns a verb around (:func:`_negator`, ``verbal``) governs them on one
    side and not on the other, at every place those quotes have them: the words each side has there, (``ax``'s, ``ay``'s), the negated
    side's from its clause (or two words before its negation). None when there is none."""
    tok, keys_y = ax.tokens, ay.tokens.keys
    sentence = ax.sentence[ax.unit_at[(us.start, us.end)]]
    who = speaker_key(uo.speaker)
    # the quotes of that speaker in ``ay`` (a fragment inside one is part of it)
    quotes = [uo, *(q for q in ay.units if who and q is not uo and (k := speaker_key(q.speaker))
                    and same_speaker(who, k))]
    for k, w in enumerate(ax.units):
        if (ax.sentence[k] != sentence or (w.start < us.end and us.start < w.end)
                or any(w.start < e and b < w.end for b, e in taken)):
            continue
        kw = tok.keys[w.first : w.last]
        if len(kw) < 2 or all(x in STOPWORDS for x in kw):
            continue
        # every place ``uo`` has the words reads them the other way round
        places = sorted({p for q in quotes for p in range(q.first, q.last - len(kw) + 1)
                         if keys_y[p : p + len(kw)] == kw})
        sx, nx = _negator(ax, w.first, verbal=True)
        there = [_negator(ay, p, verbal=True) for p in places]
        if _far(ax, w.first, nx) or any(_far(ay, p, ny) for p, (_, ny) in zip(places, there, strict=True)):
            continue  # the outlet's account of a stance: no reading of the words either way
        if places and all((nx < 0) != (ny < 0) for _, ny in there):
            (sy, ny), p = there[0], places[0]
            return (_shown(ax, sx, nx, w.first, w.last), _shown(ay, sy, ny, p, p + len(kw)))
    return None


# A negation in the outlet's own words, outside the quote that holds the lifted words, is
# read as theirs only this many keys before them: 'would not "seek to repeal this law"',
# 'she did not claim it "was rigged"'; further back it is the outlet's account of a stance
# ('Marsk has never once told reporters whether it "was rigged"'), which reads the words
# neither way: no lift is said (:func:`_lifted`).
LIFT_NARRATION_REACH = 3


def _far(art: _Article, t0: int, neg: int) -> bool:
    """Whether the negation ``neg`` that :func:`_negator` found from token ``t0`` stands
    in narration (no quoted unit holds it) more than LIFT_NARRATION_REACH keys back."""
    return neg >= 0 and art.unit_of[neg] < 0 and t0 - neg > LIFT_NARRATION_REACH


def _shown(art: _Article, start: int, neg: int, first: int, last: int) -> str:
    """The words ``first:last`` of ``art`` as written, from two words before a negation
    that governs them (``neg``, -1 for none) but not before their clause's ``start``."""
    lo = max(start, neg - 2) if neg >= 0 else first
    return art.text[art.tokens.starts[lo] : art.tokens.ends[last - 1]].strip(_GAP_STRIP)


# A clause parts between two tokens at one of these marks in the gap or at the first
# token's end or the next's start (:func:`_parts_after`); a hyphen only spaced as a dash.
_CLAUSE_MARK = re.compile(r"[,;:—–()\[\]]|\s-\s")


def _parts_after(art: _Article, t: int) -> bool:
    """Whether a clause ends between token ``t`` and the next: a sentence end, a comma,
    colon, semicolon, dash or bracket (a quote mark is none). Two keys of one printed
    word ("can't") never part."""
    tok, text = art.tokens, art.text
    if tok.starts[t + 1] == tok.starts[t]:
        return False
    between = (text[tok.starts[t] : tok.ends[t]].rstrip("\"'”’").lstrip("\"'“‘")[-1:]
               + text[tok.ends[t] : tok.starts[t + 1]]
               + text[tok.starts[t + 1] : tok.ends[t + 1]].lstrip("\"'“‘")[:1])
    return bool(_CLAUSE_MARK.search(between)) or _sentence_ends(art, t)


def _sentence_ends(art: _Article, t: int) -> bool:
    """Whether a sentence ends between token ``t`` and the next, read up to the next
    token's first letter past its quote marks or bracket ('… a feud. "We will …'), which
    :func:`_ends_after` stops short of; or a line does (a headline has no full stop)."""
    tok, text = art.tokens, art.text
    if "\n" in text[tok.ends[t] : tok.starts[t + 1]]:
        return True
    nxt = text[tok.starts[t + 1] : tok.ends[t + 1]]
    lead = len(nxt) - len(nxt.lstrip("\"'“‘("))
    return bool(_SEGMENT_END.search(text[tok.ends[t] - 1 : tok.starts[t + 1] + lead + 1]))


def _negator(art: _Article, t0: int, verbal: bool = False) -> tuple[int, int]:
    """:func:`_walk_back` of ``art`` from ``t0``, kept per article: the signature, every
    pair compared and the lifts read the same tokens again."""
    got = art.negators.get((t0, verbal))
    if got is None:
        got = art.negators[(t0, verbal)] = _walk_back(art, t0, verbal)
    return got


def _walk_back(art: _Article, t0: int, verbal: bool = False) -> tuple[int, int]:
    """Back from token ``t0``, within its clause and at most NEGATION_SCOPE keys: the
    token the clause starts on (or the scope ends on), and the nearest negation
    (rules.quote_changes: NEGATIONS, REFUSALS; not one of AFFIRMING_NEGATIONS, "not only")
    that governs ``t0``'s words, -1 for none; ``verbal``: only one that turns a verb
    around (VERB_NEGATIONS, "n't", REFUSALS, "no longer"), or any right before ``t0``.
    The clause runs on past a quote mark into the outlet's own words: 'would not "seek to
    repeal this law"'; a verb that names words (NAMING_VERBS: 'what he called') ends it."""
    keys = art.tokens.keys
    start, neg = t0, -1
    t = t0 - 1
    while (t >= 0 and t0 - t <= NEGATION_SCOPE and not _parts_after(art, t)
           and keys[t] not in CLAUSE_OPENERS and keys[t] not in NAMING_VERBS):
        k, after = keys[t], keys[t + 1]
        if neg < 0 and (is_negation(k) or k in REFUSALS) and (k, after) not in AFFIRMING_NEGATIONS \
                and (not verbal or t == t0 - 1 or k in VERB_NEGATIONS or k in REFUSALS
                     or k.endswith("n't") or (k, after) == ("no", "longer")):
            neg = t
        start = t
        t -= 1
    if neg == start and keys[neg] in CONSTITUENT_NEGATIONS and t0 - neg > 2:
        # a clause that opens on "not" negates its own phrase ("Not paying taxes makes me
        # smart": the paying), not a verb further on (a real PolNeAR valid pair: the NYT's
        # 'Not paying taxes "makes me smart"' against Breitbart's "That makes me smart")
        return start, -1
    return start, neg


def _sentence_starts(art: _Article, tokens: list[int]) -> list[int]:
    """Per token of ``tokens``, the token its sentence starts on (:func:`_sentence_ends`).
    Read in text order, a walk back stops at the token before it, whose start is known:
    the walks together read each gap of the article once, so one long sentence of
    thousands of quotes costs work in proportion to its length (benchmarks/hostile.py's
    "quoted_word" and "said" shapes: 10 s at 40,000 characters when each walked back
    alone)."""
    starts: dict[int, int] = {}
    last = None  # the last token read and its sentence's start
    for t in sorted(set(tokens)):
        s = t
        while s > 0 and not _sentence_ends(art, s - 1):
            if last is not None and s == last[0]:
                s = last[1]
                break
            s -= 1
        starts[t] = s
        last = (t, s)
    return [starts[t] for t in tokens]


def _changed(ctx: FindingContext, ax: _Article, u: _Unit, i0: int, i1: int, x: str,
             ay: _Article, v: _Unit, j0: int, j1: int, y: str
             ) -> tuple[str | None, tuple[str, str], tuple[tuple[str, str], ...]]:
    """:func:`_edge_change`, with the words that set the scope of the shared words at
    an edge of one quote and not the other's (:func:`_scoped`: "Part of", "all of", ", if
    the weather holds") said first: a quote without them is no cut of the other (session
    19: "gives more of it" of "all of the most valuable documents …" / "The most valuable
    documents …", and "tonight" named where "Part of" was dropped too, invented dev d79; a
    dropped "if the weather holds" counted as "1 more shared quote", d78). A change of
    a graver kind (a negation, a number) stays first."""
    change, words, also = _edge_change(ctx, ax, u, i0, i1, x, ay, v, j0, j1, y)
    scoped = _scoped(ax, u, i0, i1, ay, v, j0, j1)
    if not scoped:
        if change is None and (again := _requoted(ax, u, i0, i1, ay, v, j0, j1)):
            return "words", again, ()
        # (after the rest quoted again changed, which says where the two part)
        if change is None and (beside := _beside_adds(ax, u, i0, i1, ay, v, j0, j1)):
            kind, pairs = beside
            return kind, pairs[0], tuple(pairs[1:])
        return change, words, also
    rest = [words, *also] if change else []
    # a quote closed where the run ends against one that runs straight on ("… to ash,"
    # / "… to ash tonight,") is said beside them, whatever the change found first
    for closed, more in ((_closed(ax, u, i1), ("", _runs_on(ay, v, j1))),
                         (_closed(ay, v, j1), (_runs_on(ax, u, i1), ""))):
        if closed and any(more) and more not in rest:
            rest.append(more)
    said = [norm_key(w) for p in scoped for w in p if w]
    rest = [p for p in rest if not any(k in norm_key(w) for w in p if w for k in said)]
    if change in ("negation", "number", "place", "swap"):
        # a scope word that is itself the change found ("Half my members" / "My members":
        # a number word) is said once, not "adds 'Half' and 'Half'" (review23q)
        told = tuple(norm_key(w) for w in words)
        scoped = [p for p in scoped if tuple(norm_key(w) for w in p) != told]
        return change, words, (*[p for p in [*also] if p in rest], *scoped)
    return "qualifier", scoped[0], (*scoped[1:], *rest)


def _requoted(ax: _Article, u: _Unit, i0: int, i1: int, ay: _Article, v: _Unit, j0: int, j1: int
              ) -> tuple[str, str] | None:
    """Where one quote's words past the shared run (``i0:i1`` of unit ``u``, ``j0:j1`` of
    ``v``, relative to each) are the same passage as another quote of the other article,
    the speaker's (or no one's named), with words changed inside it
    (:func:`_realigned`): the words each side has there, as ``(ax's, ay's)``; None when
    no such quote. A cut of one statement whose rest the other outlet quotes apart, in
    other words, is no "more of it": session 24's dev d122 ("… came to us too late. Had
    they arrived within six hours, we could have saved all of them" against the Herald's
    "… too late," and its own "… saved many of them") and d125 ("none of the turbines at
    Hallstrand will turn" / "none of our turbines will turn"), read wrong as "gives more
    of it"."""
    named = [k for k in map(speaker_key, (u.speaker, v.speaker)) if k]
    for art, w, r0, r1, there, o, flip in ((ax, u, i0, i1, ay, v, False),
                                           (ay, v, j0, j1, ax, u, True)):
        for lo, hi in ((w.first, w.first + r0), (w.first + r1, w.last)):
            rest = art.tokens.keys[lo:hi]
            if len(rest) < MIN_SEGMENT_RUN:
                continue
            # the other article's quotes that hold a window of the rest (a lookup, not a
            # scan of every quote), but the shared one's; the first MAX_PIECES_AT of them
            # (a chant quoted at every turn: linear on hostile text, docs/limits.md)
            near = sorted({there.unit_of[j] for i in range(len(rest) - MIN_RUN_WORDS + 1)
                           for j in there.tokens.index.get(tuple(rest[i : i + MIN_RUN_WORDS]),
                                                           ())[:MAX_WINDOW_HITS]} - {-1})
            for k in near[:MAX_PIECES_AT]:
                q = there.units[k]
                if q.start < o.end and o.start < q.end:
                    continue
                who = speaker_key(q.speaker)
                if who and named and not any(same_speaker(n, who) for n in named):
                    continue  # another person's words
                if named and q.speaker and q.speaker.split()[0].lower() in NEW_REFERENT_DETERMINERS:
                    continue  # "a neighbour said": someone not yet named, not the speaker
                if got := _realigned(art, lo, rest, there, q):
                    return (got[1], got[0]) if flip else got
    return None


def _realigned(art: _Article, lo: int, rest: list[str], there: _Article, q: _Unit
               ) -> tuple[str, str] | None:
    """The words ``rest`` (keys of ``art`` from token ``lo``) and quote ``q`` of ``there``
    part on, as ``(art's, there's)`` with the words around them up to a weighty one,
    when the two are one passage (MIN_SEGMENT_RUN words alike, MIN_SEGMENT_CONTENT of
    them content words, MIN_CUT_SHARE of the shorter) changed inside it: words put for
    others, a number or negation added or dropped, or more than MAX_EDITS words with a
    content word (fewer are an edit, as :func:`found_in` reads them), between words both
    have. Words the shorter lacks at either end are a cut; a sentence, ellipsis or
    bracket one leaves out inside is a cut marked or made at a sentence's edge; an article
    or demonstrative for another (TRIVIAL_SWAPS) is no change. None when they do not
    part so."""
    from difflib import SequenceMatcher

    theirs = there.tokens.keys[q.first : q.last]
    ops = SequenceMatcher(None, rest, theirs, autojunk=False).get_opcodes()
    same = [op for op in ops if op[0] == "equal"]
    alike = sum(a2 - a1 for _, a1, a2, _, _ in same)
    if (not same or alike < MIN_SEGMENT_RUN or alike < MIN_CUT_SHARE * min(len(rest), len(theirs))
            or sum(1 for _, a1, a2, _, _ in same for k in rest[a1:a2] if k not in STOPWORDS)
            < MIN_SEGMENT_CONTENT):
        return None
    first, last = ops.index(same[0]), ops.index(same[-1])
    parts, told = [], False  # the places the two part; whether one is a change to tell
    for tag, a1, a2, b1, b2 in ops[first + 1 : last]:
        if tag == "equal":
            continue
        gone, put = rest[a1:a2], theirs[b1:b2]
        if not (any(_weighty(k) for k in gone + put)
                or (gone and put and any(k not in TRIVIAL_SWAPS for k in set(gone) ^ set(put)))):
            continue
        if _one_number(gone, put):
            continue  # "3" / "three": one number written two ways
        # a sentence (or a marked cut) left out inside: one outlet's shorter excerpt; the
        # side that lacks the words may mark the cut where they stood ("Had the dam held
        # ... we could have saved", review25q)
        cut = False
        for side, t1, t2 in ((art, lo + a1, lo + a2), (there, q.first + b1, q.first + b2)):
            gap = side.text[side.tokens.ends[t1 - 1] : side.tokens.starts[t2]]
            if _MARKED_CUT.search(gap) or (
                    t2 > t1 and any(_sentence_ends(side, t) for t in range(t1 - 1, t2))):
                cut = True
        if not cut:
            parts.append((a1, a2, b1, b2))
            # a word or two dropped, no negation or number, is an edit (as found_in reads
            # it), told only beside a change ("the turbines at Hallstrand" / "our turbines")
            told = told or bool(gone and put) or len(gone + put) > MAX_EDITS \
                or not all(map(_editable, gone + put))
    if not told:
        return None
    a1, b1, a2, b2 = parts[0][0], parts[0][2], parts[-1][1], parts[-1][3]
    # the words around the change, out to a weighty word each way, that both have
    while a1 > 0 and b1 > 0 and rest[a1 - 1] == theirs[b1 - 1]:
        a1, b1 = a1 - 1, b1 - 1
        if _weighty(rest[a1]):
            break
    while a2 < len(rest) and b2 < len(theirs) and rest[a2] == theirs[b2]:
        a2, b2 = a2 + 1, b2 + 1
        if _weighty(rest[a2 - 1]):
            break
    return (art.text[art.tokens.starts[lo + a1] : art.tokens.ends[lo + a2 - 1]].strip(_GAP_STRIP),
            there.text[there.tokens.starts[q.first + b1] : there.tokens.ends[q.first + b2 - 1]]
            .strip(_GAP_STRIP))


def _one_number(gone: list[str], put: list[str]) -> bool:
    """Whether ``gone`` and ``put`` are one number each, of one value, written as digits
    on one side and a word on the other ("3" / "three"): no change of the words said."""
    if len(gone) != 1 or len(put) != 1:
        return False
    values = []
    for k in (gone[0], put[0]):
        if k in NUMBER_WORDS:
            values.append(NUMBER_WORDS[k])
        else:
            try:
                values.append(float(k.replace(",", "")))
            except ValueError:
                return False
    return values[0] == values[1]


def _scoped(ax: _Article, u: _Unit, i0: int, i1: int, ay: _Article, v: _Unit, j0: int, j1: int
            ) -> list[tuple[str, str]]:
    """The words that set the scope of the shared run at its edges (before it:
    :func:`_scope_lead`; after it: :func:`_condition_tail`) where one quote has them and
    the other has other words or none there, as ``(a, b)`` pairs ("" for none), in the
    text's order; [] when the two agree at both edges."""
    out = []
    for find in (_scope_lead, _condition_tail):
        p = find(ax, u, i0, i1)
        q = find(ay, v, j0, j1)
        if find is _scope_lead and bool(p[0]) != bool(q[0]):
            # a count put for the other's quantifier ("Many of my members" / "Forty
            # members"): the one quantity for another, not words added (session 23)
            p = p if p[0] else _count_lead(ax, u, i0)
            q = q if q[0] else _count_lead(ay, v, j0)
        if (p[0] or q[0]) and p[1] != q[1]:
            out.append((p[0], q[0], p[1] or q[1]))
    # a lead or condition the other article writes in its own words around its quote
    # ('said all of "the documents …"'), or quotes elsewhere, is no difference
    kept = []
    for pa, pb, keys in out:
        art, there = (ay, (v, j0, j1)) if pa else (ax, (u, i0, i1))
        if not (pa and pb) and _written_beside(art, *there, keys):
            continue
        kept.append((pa, pb))
    return kept


def _count_lead(art: _Article, u: _Unit, r0: int) -> tuple[str, list[str]]:
    """A number right before the run ``r0`` of unit ``u`` (relative to it), in its
    clause, determining the shared words ("Forty members now refuse …"): as written, and
    its key; ("", []) when none. Read only against the other quote's scope lead (a bare
    count with nothing against it is a longer excerpt, as before). With its own bound or
    focus ("At least 40", "Nearly 40"); not a number a preposition takes ("since 2023"),
    nor an adverb of frequency ("Once members see …": rules.quote_scope.FREQUENCY_ADVERBS)."""
    keys = art.tokens.keys
    t = u.first + r0 - 1
    if t < u.first or _parts_after(art, t) or not _number_key(keys[t]) \
            or keys[t] in FREQUENCY_ADVERBS:
        return "", []
    # the count's own bound or focus is said with it ("At least 40", "Nearly 40"; review23q:
    # '40' where the other has 'Many' hid the bound) ...
    bound = _scope_lead(art, u, r0 - 1, r0)[1]
    lo = t - len(bound)
    # ... and a number a preposition takes is no count of the words after it ("Since 2023
    # members refuse …", "By 2030 members will …": a year, review23q)
    if not bound and t - 1 >= u.first and not _parts_after(art, t - 1) \
            and keys[t - 1] in PREPOSITIONS:
        return "", []
    return art.text[art.tokens.starts[lo] : art.tokens.ends[t]], keys[lo : t + 1]


def _written_beside(art: _Article, w: _Unit, r0: int, r1: int, keys: list[str]) -> bool:
    """Whether ``art`` has the words ``keys`` right before its run ``r0`` of unit ``w``
    (a lead it writes outside its quote marks) or right after its run's end ``r1`` (a
    condition past them), or quotes them elsewhere (:func:`found_in`)."""
    have, n = art.tokens.keys, len(keys)
    lo, hi = w.first + r0, w.first + r1
    return (have[max(0, lo - n) : lo] == keys or have[hi : hi + n] == keys
            or have[hi + 1 : hi + 1 + n] == keys  # past a comma's key-less gap
            or found_in(art, keys, narration=True))


def _number_key(key: str) -> bool:
    return key in NUMBER_WORDS or key[:1].isdigit()


def _scope_lead(art: _Article, u: _Unit, r0: int, r1: int) -> tuple[str, list[str]]:
    """The words of unit ``u`` right before its run ``r0:r1`` (relative to the unit),
    no clause mark between them and it, that set the scope of what the run names
    (rules.quote_scope): a partitive ("Part of", "all of", "a third of", "two of"), a
    quantifier or focusing adverb ("Most", "Only"), a predeterminer ("Half"), a bound before a number ("At least",
    "about"), with any of those before it ("nearly half of"); as written, and their
    keys; ("", []) when none."""
    tok, keys = art.tokens, art.tokens.keys
    t = u.first + r0 - 1
    if t < u.first or _parts_after(art, t):
        return "", []

    def joined(x: int) -> bool:  # token x is in the unit and runs on into x + 1
        return x >= u.first and not _parts_after(art, x)

    lo = -1
    if keys[t] == "of" and joined(t - 1) and (
            keys[t - 1] in PARTITIVE_HEADS or _number_key(keys[t - 1])):
        lo = t - 1
        if joined(lo - 1) and (keys[lo - 1] in ("a", "an", "the") or _number_key(keys[lo - 1])):
            lo -= 1  # "a third of", "the rest of", "40 percent of"
    elif keys[t] in SCOPE_DETERMINERS and not (
            keys[t] in SCOPE_QUANTIFIERS and keys[t + 1] in SUBJECT_PRONOUNS):
        lo = t  # (not "Most of all we want …": a quantifier determines no pronoun)
    elif keys[t] in PREDETERMINERS and keys[t + 1] not in SUBJECT_PRONOUNS:
        lo = t  # "Half my members" (rules.quote_scope.PREDETERMINERS)
    elif _number_key(keys[t + 1]):
        for bound in NUMBER_BOUNDS:
            b = len(bound)
            if t - b + 1 >= u.first and tuple(keys[t - b + 1 : t + 1]) == bound \
                    and all(joined(x) for x in range(t - b + 1, t)):
                lo = t - b + 1
                break
    if lo < 0:
        return "", []
    while joined(lo - 1) and keys[lo - 1] in SCOPE_DETERMINERS:
        lo -= 1  # "nearly half of", "only some of"
    return art.text[tok.starts[lo] : tok.ends[t]], keys[lo : t + 1]


def _condition_tail(art: _Article, u: _Unit, r0: int, r1: int) -> tuple[str, list[str]]:
    """The condition clause of unit ``u`` right after its run's end ``r1`` (relative to
    the unit), after a comma or straight on, in the run's sentence: opened by one of
    rules.quote_scope.CONDITION_HEADS ("if", "unless", "as long as"; not an "if" that
    states no case, rules.quote_changes.is_stock_if: "if anything", "if you ask me", nor
    one after a verb of asking or knowing in the run's clause,
    rules.quote_changes.IF_QUESTION_WORDS: "find out if"), up to the next clause mark,
    at most MAX_CONDITION_WORDS words; as written, and its keys; ("", []) when none."""
    tok, keys = art.tokens, art.tokens.keys
    t = u.first + r1
    if t >= u.last or _sentence_ends(art, t - 1):
        return "", []
    head = next((h for h in CONDITION_HEADS if tuple(keys[t : t + len(h)]) == h), None)
    if head is None:
        return "", []
    if len(head) == 1 and not (head[0] == "if" or opens_condition(keys[t : t + 2])):
        return "", []  # "the money provided by the navy": a participle, no condition
    if head[-1] == "if" and any(stem(k) in _IF_QUESTION_STEMS  # the run's own clause
                                for k in keys[_negator(art, t - 1)[0] : t]):
        return "", []
    end = t
    while end + 1 < u.last and not _parts_after(art, end):
        end += 1
    if len(set(tok.starts[t : end + 1])) > MAX_CONDITION_WORDS or end - t < len(head):
        return "", []
    if head == ("if",) and is_stock_if(keys[t : end + 1]):
        # "if anything", "if I remember rightly", "if need be": no case of its own
        # (rules.quote_changes.is_stock_if, the reading quote_changed makes)
        return "", []
    return art.text[tok.starts[t] : tok.ends[end]].rstrip(",.;:!?\"'”’"), keys[t : end + 1]


_IF_QUESTION_STEMS = frozenset(stem(w) for w in IF_QUESTION_WORDS)


def _edge_change(ctx: FindingContext, ax: _Article, u: _Unit, i0: int, i1: int, x: str,
                 ay: _Article, v: _Unit, j0: int, j1: int, y: str
                 ) -> tuple[str | None, tuple[str, str], tuple[tuple[str, str], ...]]:
    """Why quotes ``u`` (of ``x``) and ``v`` (of ``y``), sharing the run ``i0:i1`` /
    ``j0:j1`` (relative to each), are not the same words (None when they are), and the
    words each has there.

    "words": at one edge of the run both quotes go on in their own sentence, and the
    shorter one's words there (the longer's when the two are as long) hold a content
    word, a number or a negation the other's lack: "… any cause, including the state of
    the track" / "… any cause, including human error" is one remark changed, not a cut
    (MIN_CUT_SHARE lets the shorter quote keep a word or two outside the run). Else the
    meaningful kind (rules.quote_changes.MEANINGFUL, or "hedge") of a change
    quote_diff.compare_quotes finds at an edge of the two: words only the longer quote
    has that qualify what both say ("…were followed, as far as we know" / "…were
    followed"), so the shorter is no plain cut of it; or a clause of a further claim after
    a comma that the longer goes on with where the shorter closes its sentence on its own
    punctuation (quote_diff._claim_tail: "… before any inquiry," / "…, because they were
    attacked first", session 20's held-out t83 and t90, read wrong as "gives more of it"):
    the line says what the longer adds. Any other cut that leaves off a clause of its own
    stays the same words (quote_diff reads it as a longer excerpt).

    Last, "inside": past the run, the two quotes take up the same words again after words
    one of them inserts (:func:`_inside`: "… put our soldiers and their families in danger"
    / "… put our soldiers in danger"): one statement with words added inside it, not a
    longer excerpt. The third value: further places the two part (both edges)."""
    mine, other = _edges(ax, u, i0, i1), _edges(ay, v, j0, j1)
    nu, nv = u.last - u.first, v.last - v.first
    for edge, ((p, pw), (q, qw)) in enumerate(zip(mine, other, strict=True)):
        if p is None or q is None:
            continue  # one quote ends at the run there: a cut, not a change
        if (nu <= nv and not p <= q) or (nv <= nu and not q <= p):
            # words only the shorter quote has, inside it ("… the flames, and the sparks,
            # to the depot" / "… the flames to the depot"), are said as such; two
            # wordings of one place ("a hundred years" / "a thousand years") as both.
            # The edge that parts must be one the two take up again: words inserted at
            # the other edge never stand for two endings ("… and we will rebuild" /
            # "… and we will grieve"), which are said beside them
            gaps = _inside(ax, u, i0, i1, ay, v, j0, j1)
            found = [x for g in gaps if g is not None for x in g]
            if gaps[edge] is not None and all(not (ga and gb) for ga, gb in found):
                return "inside", found[0], tuple(found[1:])
            pw, qw = _counterparts(ax, u, i0, i1, ay, v, j0, j1, edge, (pw, qw))
            return "words", (pw, qw), tuple(x for k, g in enumerate(gaps) if k != edge and g
                                            for x in g if not (x[0] and x[1]))
        if not (p or q) and _swapped(norm_key(pw).split(), norm_key(qw).split()):
            # a few stopwords put for others where both go on: "*We* should have closed
            # the pier" / "*They* should have closed the pier" (no weighty word either side)
            return "words", (pw, qw), ()
    (a_out, a_next), (b_out, b_next) = _around(ctx, x, ax, u), _around(ctx, y, ay, v)
    cmp = compare_quotes(ax.text[u.start : u.end], ay.text[v.start : v.end],
                         a_out, b_out, a_next, b_next)
    ops = cmp["ops"] if cmp is not None else []
    for op in ops:
        if op.get("edge") and op.get("kind") in MEANINGFUL:
            return ("hedge" if op.get("hedge") else op["kind"]), (op["a"], op["b"]), ()
    # a further claim the longer goes on with past a closed sentence (quote_diff._claim_tail):
    # said after the changes above and words inserted inside (whose ``also`` are inside
    # words: an edge's claim there would be taken off the edge counts in _compare)
    # (not one the shorter's article tells right after its quote, quoted or in its own
    # words: '…," Lind said. "And we will not meet its authors."', review21a)
    claim = tuple((op["a"], op["b"]) for op in ops if op.get("claim") and not told_after(
        ctx, *((y, v.end) if op["tag"] == "delete" else (x, u.end)),
        norm_key(op["a"] or op["b"]).split()))
    if _closed(ax, u, i1) and (more := _runs_on(ay, v, j1)):
        return "qualifier", ("", more), ()
    if _closed(ay, v, j1) and (more := _runs_on(ax, u, i1)):
        return "qualifier", (more, ""), ()
    if found := [x for g in _inside(ax, u, i0, i1, ay, v, j0, j1) if g is not None for x in g]:
        return "inside", found[0], tuple(found[1:])
    if cut := _turning_cut(ctx, x, ax, u, i0, i1, y, ay, v, j0, j1):
        return "qualifier", cut, ()
    if head := _claim_before(ctx, x, ax, u, i0, y, ay, v, j0):
        return "claim", head, ()
    if claim:
        return "claim", claim[0], claim[1:]
    if tail := _claim_after(ctx, x, ax, u, i0, i1, y, ay, v, j0, j1):
        return "claim", tail, ()
    if extra := _each_adds(ax, u, i0, i1, ay, v, j0, j1):
        return "extent", extra[0], tuple(extra[1:])
    return None, ("", ""), ()


# The outlet's own words beside a quote woven into its sentence that are read for an anchor
# of the other quote's words (:func:`_counterparts`): a reporting clause's span ('Orešković
# was telling reporters that the judiciary must be "reformed …"'); further back the
# sentence is the outlet's account, no stand-in for the speaker's words.
MAX_NARRATION_ANCHOR = 12


def _stretch(art: _Article, u: _Unit, r0: int, r1: int, edge: int) -> tuple[int, int]:
    """The tokens of unit ``u`` at one edge of its run ``r0:r1`` (relative to the unit)
    out to the run's sentence's end within the unit: what :func:`_edges` reads there."""
    first, last = _run_sentences(art, u, r0, r1)
    return (first, u.first + r0) if edge == 0 else (u.first + r1, last)


def _woven(art: _Article, u: _Unit, edge: int) -> list[int]:
    """The outlet's own words of the sentence beyond the edge of quote ``u`` (before it,
    ``edge`` 0; after it, 1), nearest first, when the quote is woven into that sentence
    there: it opens in lower case after the outlet's words ('told reporters that the
    judiciary must be "reformed from top to bottom"'), or closes on no punctuation of its
    own with the sentence going on ('within "two weeks" of the vote'). [] when the quote
    opens or closes a sentence of the speaker's there. At most MAX_NARRATION_ANCHOR."""
    tok, text = art.tokens, art.text
    out: list[int] = []
    if edge == 0:
        first = text[tok.starts[u.first] : tok.ends[u.first]].lstrip("\"'“‘([")
        if u.first == 0 or not first[:1].islower():
            return []
        t = u.first - 1
        while (t >= 0 and art.unit_of[t] < 0 and not _sentence_ends(art, t)
               and len(out) < MAX_NARRATION_ANCHOR):
            out.append(t)
            t -= 1
        return out
    last = u.last - 1
    if u.last >= len(tok.keys) or _CLOSED.search(text[tok.starts[last] : tok.ends[last]]) \
            or _sentence_ends(art, last):
        return []
    t = u.last
    while (t < len(tok.keys) and art.unit_of[t] < 0 and len(out) < MAX_NARRATION_ANCHOR):
        out.append(t)
        if t + 1 >= len(tok.keys) or _sentence_ends(art, t):
            break
        t += 1
    return out


def _counterparts(ax: _Article, u: _Unit, i0: int, i1: int, ay: _Article, v: _Unit, j0: int,
                  j1: int, edge: int, shown: tuple[str, str]) -> tuple[str, str]:
    """The words each quote has at ``edge`` of the shared run (``shown``, as :func:`_edges`
    gives them), the longer side's cut to the counterpart of the other's where that other
    quote is woven into its outlet's sentence there (:func:`_woven`): its words beyond the
    quote's edge are the outlet's, and the longer quote's words that stand against them
    are no counterpart of the changed words. Session 29's held-out t174: the Obzor's
    'that the judiciary must be "reformed from top to bottom"' against the Glas's "This
    video shows why the judiciary must be cleaned out from top to bottom" was told as
    "'reformed' where the Glas has 'This video shows why the judiciary must be…'" (the
    counterpart 'cleaned out' cut off past the excerpt's length). The cut is made (1)
    past the words the outlet's own sentence has as the longer quote has them (two words
    or a weighty one: "the judiciary must be"), else (2) at the longer quote's clause
    bound nearest the run (a clause mark or opener: "… held tonight because loyal"), else
    (3), when it is longer than a modifier (MAX_MODIFIER_WORDS), at its weighty word
    nearest the run, the rest marked cut ("…cleaned out"): the line never sets a whole
    sentence against words it cannot align with it."""
    out = list(shown)
    for me, w, r0, r1, there, o, s0, s1, k in ((ax, u, i0, i1, ay, v, j0, j1, 0),
                                               (ay, v, j0, j1, ax, u, i0, i1, 1)):
        lo, hi = _stretch(me, w, r0, r1, edge)
        olo, ohi = _stretch(there, o, s0, s1, edge)
        if hi - lo <= ohi - olo or (olo, ohi)[edge] != (o.first, o.last)[edge] \
                or not (woven := _woven(there, o, edge)):
            continue  # the other quote is not woven in where this one's words run on
        cut = _cut_at(me, there, woven, (lo, hi), (olo, ohi), edge)
        if cut is not None:
            out[k] = cut
    return out[0], out[1]


def _cut_at(me: _Article, there: _Article, woven: list[int], span: tuple[int, int],
            other: tuple[int, int], edge: int) -> str | None:
    """:func:`_counterparts`' cut of ``me``'s stretch ``span`` against ``there``'s woven
    quote (its stretch ``other``, its outlet's own words beyond it ``woven``, as
    :func:`_woven` gives them): the words kept, as written (None: none cut)."""
    from difflib import SequenceMatcher

    lo, hi = span
    keys, tok = me.tokens.keys, me.tokens
    # outward from the run: the stretch's tokens, and the other's stretch then its
    # outlet's own words beyond its quote
    mine = list(range(hi - 1, lo - 1, -1)) if edge == 0 else list(range(lo, hi))
    theirs = (list(range(other[1] - 1, other[0] - 1, -1)) if edge == 0
              else list(range(other[0], other[1])))
    ka = [keys[t] for t in mine]
    kb = [there.tokens.keys[t] for t in theirs + woven]
    keep = None  # how many of ``mine``, from the run out, stand against the other's words
    for a1, b1, size in SequenceMatcher(None, ka, kb, autojunk=False).get_matching_blocks():
        block = ka[a1 : a1 + size]
        if size and b1 >= len(theirs) and (size >= 2 or any(map(_weighty, block))):
            keep = a1  # (1) the outlet's own words have these: the counterpart ends before
            break
    marked = False
    if keep is None:
        for n, t in enumerate(mine[:-1]):
            nxt = mine[n + 1]
            if _parts_after(me, min(t, nxt)) or keys[nxt] in CLAUSE_OPENERS:
                # (2) the clause bound nearest the run, past a weighty word
                if any(_weighty(keys[x]) for x in mine[: n + 1]):
                    keep = n + 1
                break
    if keep is None and len(set(tok.starts[t] for t in mine)) > MAX_MODIFIER_WORDS:
        # (3) the weighty word nearest the run, the rest marked cut; a few words more
        # than the other's ("hour" / "two hours") may all stand against them
        keep = next((n + 1 for n, t in enumerate(mine) if _weighty(keys[t])), None)
        marked = True
    if not keep or keep >= len(mine):
        return None
    kept = sorted(mine[:keep])
    words = me.text[tok.starts[kept[0]] : tok.ends[kept[-1]]].strip(_GAP_STRIP)
    if not words:
        return None
    return ("…" + words if edge == 0 else words + "…") if marked else words


def _turning_cut(ctx: FindingContext, x: str, ax: _Article, u: _Unit, i0: int, i1: int,
                 y: str, ay: _Article, v: _Unit, j0: int, j1: int) -> tuple[str, str] | None:
    """The words one quote has where the other ends (or starts) at the shared run
    (``i0:i1`` of ``u``, ``j0:j1`` of ``v``, relative to each) when leaving them off turns
    what the kept words claim, whether or not the cut quote is woven into its outlet's
    sentence, as ``(ax's, ay's)`` ("" for the side without them); None when the cut is a
    plain shorter excerpt. Session 27's dev d152-d155, read wrong as "gives more of it":

    - a hedge straight on from the run (rules.quote_changes.HEDGE_PHRASES, to the next
      punctuation mark): 'its drivers "are licensed under the law"' against "our drivers
      are licensed under the law as it stands": a limit to the present dropped;
    - a contrast clause after the run's comma that takes the kept clause's own predicate
      back (:func:`_restricting_contrast`): 'said that "judges are free to hold
      opinions"' against "Judges are free to hold opinions, but they are not free to
      broadcast them";
    - a clause and its conjunction of contrast before the run, of the reverse polarity
      (:func:`_conceded_before`: "We support the aim, but schools have been given no money
      …" / "Schools have been given no money …"): the concession the kept clause is set
      against (as the keyed d40, "The door to talks is open, but …", read right when named).

    Not words the cut quote's article gives around it or quotes elsewhere
    (quote_diff.told_outside, :func:`found_in`), nor a sentence after the run, a tail of
    the same polarity or with none of the kept clause's words ("…, but we are treating
    this with the utmost seriousness"), nor a parallel contrast ("The north pier will
    reopen, but the south pier …": another thing set beside it)."""
    for art, w, r0, r1, there, o, s0, s1, aid, flip in (
            (ax, u, i0, i1, ay, v, j0, j1, y, False), (ay, v, j0, j1, ax, u, i0, i1, x, True)):
        got = ""
        if o.first + s1 == o.last and w.first + r1 < w.last:
            got = _hedge_after(art, w, r1) or _restricting_contrast(art, w, r0, r1)
        if not got and s0 == 0 and r0 > 0:
            got = _conceded_before(art, w, r0)
        if not got:
            continue
        keys = norm_key(got).split()
        outside, _ = _around(ctx, aid, there, o)
        if told_outside(keys, outside) or found_in(there, keys, speakers=(u.speaker, v.speaker)):
            continue
        return ("", got) if flip else (got, "")
    return None


# Coordinators that join a clause of a further claim before the words both quotes give
# ("The gates were opened too slowly and the crowd had nowhere to go"): rules.quote_changes'
# one-word CLAIM_OPENERS less the conjunctions of contrast (a concession before "but" is
# :func:`_conceded_before`'s, read by its polarity) and the subordinators (which open the
# clause they lead, not the one after them): "and", "so", "nor".
HEAD_COORDINATORS = frozenset(
    o[0] for o in CLAIM_OPENERS if len(o) == 1
    and o[0] not in CONTRAST_OPENERS and o not in CLAIM_SUBORDINATORS)


# Pronouns of the third person that point back ("those who betray it"): a kept clause that
# holds one, or takes up a content word of the clause before it, goes on about that
# clause's referent (one thought, which the outlet's shorter quote leans on its own words
# for: "Football in Halvia is clean, and those who betray it will be banned for life" /
# 'vowed the guilty would be thrown out of football. "Those who betray it …"', invented dev
# d35's trap, "faithful partial quote"), not a claim apart from it (:func:`_claim_before`).
BACK_PRONOUNS = frozenset("it its they them their".split())


def _claim_before(ctx: FindingContext, x: str, ax: _Article, u: _Unit, i0: int,
                  y: str, ay: _Article, v: _Unit, j0: int) -> tuple[str, str] | None:
    """The clause and its coordinator (HEAD_COORDINATORS) that one quote has before the
    shared run, in the run's sentence, where the other quote opens on the run as a
    sentence of its own (a capital where the first has the word in lower case): the
    outlet gives the speaker's sentence as starting there and drops a further claim, the
    mirror of quote_diff._claim_tail's clause after a closed sentence. "The gates were
    opened too slowly and the crowd had nowhere to go" / '"The crowd had nowhere to go,"
    Duarte said' drops the admission (invented dev d169, the key's quote_changed, read
    wrong as "gives more of it"). As ``(ax's, ay's)``, "" for the side without; None when
    none. A clause: MIN_CLAIM_WORDS to MAX_CLAIM_WORDS words with a subject pronoun or
    finite auxiliary (CLAIM_VERB_MARKS; "The stewards and the police had …" drops a
    subject, no clause). Not a sentence before the run (a longer excerpt), nor a quote
    woven into its outlet's sentence in lower case, nor one whose kept clause goes on about
    the dropped clause's referent (BACK_PRONOUNS, or a content word of it taken up), nor a
    clause the cut quote's article tells around it or quotes elsewhere
    (quote_diff.told_outside, :func:`found_in`)."""
    for art, w, r0, there, o, s0, aid, flip in ((ax, u, i0, ay, v, j0, y, False),
                                               (ay, v, j0, ax, u, i0, x, True)):
        t = w.first + r0 - 1
        if s0 or t <= w.first or art.tokens.keys[t] not in HEAD_COORDINATORS \
                or _sentence_ends(art, t - 1) or _sentence_ends(art, t):
            continue
        if not (_capital(there, o.first) and not _capital(art, t + 1)):
            continue  # not given as a sentence's start, or the words open one there too
        lo = t - 1
        while lo > w.first and not _sentence_ends(art, lo - 1):
            lo -= 1
        dropped = _clause_words(art, lo, t)
        if not (MIN_CLAIM_WORDS <= len(dropped) <= MAX_CLAIM_WORDS
                and any(p in CLAIM_VERB_MARKS for p in dropped)):
            continue
        end = o.first
        while end + 1 < o.last and not _sentence_ends(there, end):
            end += 1
        kept = _clause_words(there, o.first, end + 1)
        if any(p in BACK_PRONOUNS for p in kept) or _takes_up(_content_stems(dropped), kept):
            continue  # the kept clause goes on about the dropped one's referent: one thought
        outside, _ = _around(ctx, aid, there, o)
        if told_outside(dropped, outside) or found_in(there, art.tokens.keys[lo:t],
                                                      speakers=(u.speaker, v.speaker)):
            continue
        got = art.text[art.tokens.starts[lo] : art.tokens.ends[t]].strip(_GAP_STRIP)
        return ("", got) if flip else (got, "")
    return None


# Words a clause after a comma may open its subject with before its finite verb
# (:func:`_claim_after`): a noun phrase's few words ("the ventilation system did not
# start"); more, or a relative pronoun or preposition among them, is a phrase that goes on
# ("and the families of those who were there"), read as more of the statement.
MAX_SUBJECT_WORDS = 4
# A finite auxiliary that marks the clause (rules.quote_changes.CLAIM_VERB_MARKS less its
# subject pronouns, which quote_diff._claim_tail reads at the clause's front).
FINITE_MARKS = CLAIM_VERB_MARKS - SUBJECT_PRONOUNS - {"there"}
# Words that turn the words before a finite verb into a phrase of their own: a relative
# pronoun (rules.attribution.RELATIVE_OPENERS, and "that"), so no subject of a clause.
SUBJECT_BREAKERS = RELATIVE_OPENERS | {"that"}


def _claim_after(ctx: FindingContext, x: str, ax: _Article, u: _Unit, i0: int, i1: int,
                 y: str, ay: _Article, v: _Unit, j0: int, j1: int) -> tuple[str, str] | None:
    """The clause and its coordinator (HEAD_COORDINATORS) after a comma that one quote
    goes on with past the shared run where the other closes on the run's last word on its
    own punctuation (:func:`_closed`), when the clause opens on a subject of a few words
    (MAX_SUBJECT_WORDS, no relative pronoun or preposition) and a finite auxiliary
    (FINITE_MARKS): "The smoke reached the trapped cars within minutes, and the
    ventilation system did not start" / '"The smoke reached the trapped cars within
    minutes," the fire chief said' drops the failure (invented dev d176, session 29, read
    wrong as "1 more shared quote"). quote_diff._claim_tail reads a clause whose subject
    is a pronoun or that opens on its verb; this one, the mirror of
    :func:`_claim_before`, one with a noun for subject. As ``(ax's, ay's)``, "" for the side
    without; None when none. Not a clause the closed quote's article tells around it or
    quotes elsewhere (quote_diff.told_outside, :func:`found_in`)."""
    for art, w, r1, there, o, s1, aid, flip in ((ax, u, i1, ay, v, j1, y, False),
                                               (ay, v, j1, ax, u, i1, x, True)):
        t = w.first + r1  # the word after the run
        if not (t < w.last and _closed(there, o, s1)) or art.tokens.keys[t] not in HEAD_COORDINATORS:
            continue
        if not art.text[art.tokens.starts[t - 1] : art.tokens.ends[t - 1]].rstrip("\"'”’)]").endswith(
                (",", ";")):
            continue  # the run's last word must close a clause of its own
        end = t + 1
        while end < w.last and not _parts_after(art, end - 1):
            end += 1
        clause = art.tokens.keys[t + 1 : end]
        if not MIN_CLAIM_WORDS <= len(clause) <= MAX_CLAIM_WORDS:
            continue
        verb = next((k for k, p in enumerate(clause) if p in FINITE_MARKS), -1)
        subject = clause[:verb]
        if not (0 < verb <= MAX_SUBJECT_WORDS) or any(
                p in SUBJECT_BREAKERS or p in PREPOSITIONS for p in subject) or not any(
                _weighty(p) for p in subject):
            continue
        if any(p in SUBJECT_PRONOUNS or p == "there" for p in subject):
            continue  # quote_diff._claim_tail's
        keys = art.tokens.keys[t:end]
        outside, _ = _around(ctx, aid, there, o)
        # the sentence after the quote's too: '"…," she said. The lifts, she said, were
        # still working.' tells the clause the quote closes before
        outside += " " + _next_sentence(ctx, aid, there, o)
        if told_outside(clause, outside) or found_in(there, keys, speakers=(u.speaker, v.speaker)):
            continue
        got = art.text[art.tokens.starts[t] : art.tokens.ends[end - 1]].strip(_GAP_STRIP)
        return ("", got) if flip else (got, "")
    return None


def _capital(art: _Article, t: int) -> bool:
    """Whether token ``t`` of ``art`` starts with a capital, past its quote marks or bracket."""
    word = art.text[art.tokens.starts[t] : art.tokens.ends[t]].lstrip("\"'“‘([")
    return word[:1].isupper()


def _hedge_after(art: _Article, w: _Unit, r1: int) -> str:
    """A hedge (rules.quote_changes.HEDGE_PHRASES) that unit ``w`` runs straight on with
    past its run's end ``r1`` (no punctuation between), to the next punctuation mark, at
    most MAX_HEDGE_WORDS words; "" when none."""
    tok = art.tokens
    t = w.first + r1
    if _parts_after(art, t - 1):
        return ""
    words = _clause_words(art, t, w.last)
    if not any(tuple(words[: len(h)]) == h for h in HEDGE_PHRASES):
        return ""
    end = t
    while end + 1 < w.last and not _parts_after(art, end):
        end += 1
    if len(set(tok.starts[t : end + 1])) > MAX_HEDGE_WORDS:
        return ""
    return art.text[tok.starts[t] : tok.ends[end]].rstrip(",.;:!?\"'”’")


def _clause_words(art: _Article, lo: int, hi: int) -> list[str]:
    """The words of tokens ``lo:hi`` of ``art``, each key's parts apart."""
    return [p for k in art.tokens.keys[lo:hi] for p in k.split()]


def _negative(words: list[str]) -> bool:
    """Whether a clause's words deny: a negation in them, unless a verb that negates what
    follows it (rules.quote_changes.NEGATIVE_VERBS, NEGATIVE_PHRASAL: "cannot rule out")
    turns it back. Negations are not counted one by one: "no money and no time" denies
    once, as "no money" does."""
    negated = any(map(is_negation, words))
    turned = any(p in NEGATIVE_VERBS for p in words) or any(
        pair in NEGATIVE_PHRASAL for pair in zip(words, words[1:], strict=False))
    return negated != turned


def _content_stems(words: list[str]) -> set[str]:
    """The stems of ``words`` past the stopwords: what a contrast clause is checked against."""
    return {stem(p) for p in words if p not in STOPWORDS}


def _takes_up(stems: set[str], words: list[str]) -> bool:
    """Whether a content word of ``words`` takes up one of ``stems``: in a contrast's opening
    words a parallel contrast (another thing set beside the first), past them the clause
    limiting the kept one (:func:`_restricting_contrast`, :func:`_conceded_before`)."""
    return any(stem(p) in stems for p in words if p not in STOPWORDS)


def _restricting_contrast(art: _Article, w: _Unit, r0: int, r1: int) -> str:
    """The contrast clause (rules.quote_changes.CONTRAST_OPENERS, after a comma) that
    unit ``w`` goes on with past its run's end ``r1``, to its sentence's end (at most
    MAX_CONTRAST_WORDS words), when it takes back part of the kept clause: the reverse
    polarity, and it takes up a content word of the kept clause past its opening words
    (Quirk et al. §13.41: "free to hold opinions, but not free to broadcast them" limits
    the freedom itself). Not a parallel contrast, whose opening words
    (CONTRAST_SUBJECT_WORDS) repeat one of the first clause's (another thing set beside it),
    nor one that names none of its words (another matter: "…, but we are treating this with
    the utmost seriousness"). "" when none."""
    tok, keys = art.tokens, art.tokens.keys
    t = w.first + r1
    if not (_parts_after(art, t - 1) and not _sentence_ends(art, t - 1)
            and keys[t] in CONTRAST_OPENERS):
        return ""
    stop = t
    while stop + 1 < w.last and not _sentence_ends(art, stop):
        stop += 1
    clause = _clause_words(art, t + 1, stop + 1)
    lo = t - 1
    while lo > w.first and not _sentence_ends(art, lo - 1):
        lo -= 1
    lo = max(lo, w.first + r0)
    kept = _clause_words(art, lo, t)
    if not 3 <= len(clause) <= MAX_CONTRAST_WORDS:
        return ""
    if _negative(kept) == _negative(clause):
        return ""
    stems = _content_stems(kept)
    if _takes_up(stems, clause[:CONTRAST_SUBJECT_WORDS]):
        return ""  # a parallel contrast
    if not _takes_up(stems, clause[CONTRAST_SUBJECT_WORDS:]):
        return ""
    return art.text[tok.starts[t] : tok.ends[stop]].rstrip(",.;:!?\"'”’")


def _conceded_before(art: _Article, w: _Unit, r0: int) -> str:
    """The clause and its conjunction of contrast (rules.quote_changes.CONTRAST_OPENERS,
    after a comma) right before the run ``r0`` of unit ``w``, in the run's sentence, at
    most MAX_CONTRAST_WORDS words with a content word, of the reverse polarity to the kept
    clause (:func:`_negative`): "We support
    the aim, but" before "schools have been given no money …", a claim conceded before a
    denial or a denial before a claim. Not one of the same polarity ("Our tests point to
    the tower, but we cannot rule out other sources yet" / "We cannot rule out other
    sources yet": the caveat is kept whole, invented dev t05's trap), nor a parallel
    contrast (the kept clause's opening words repeat one of it). "" when none."""
    tok, keys = art.tokens, art.tokens.keys
    t = w.first + r0 - 1
    if t - 1 < w.first or keys[t] not in CONTRAST_OPENERS or not _parts_after(art, t - 1) \
            or _sentence_ends(art, t - 1):
        return ""
    lo = t - 1
    while lo > w.first and not _sentence_ends(art, lo - 1):
        lo -= 1
    dropped = _clause_words(art, lo, t)
    if not dropped or len(dropped) > MAX_CONTRAST_WORDS or not any(map(_weighty, dropped)):
        return ""
    end = t + 1
    while end + 1 < w.last and not _sentence_ends(art, end):
        end += 1
    if _negative(dropped) == _negative(_clause_words(art, t + 1, end + 1)):
        return ""
    opening = _clause_words(art, t + 1, min(t + 1 + CONTRAST_SUBJECT_WORDS, w.last))
    if _takes_up(_content_stems(dropped), opening):
        return ""  # a parallel contrast
    return art.text[tok.starts[lo] : tok.ends[t]]


def _each_adds(ax: _Article, u: _Unit, i0: int, i1: int, ay: _Article, v: _Unit, j0: int, j1: int
               ) -> list[tuple[str, str]]:
    """The words each quote has outside the shared run (``i0:i1`` of unit ``u``,
    ``j0:j1`` of ``v``, relative to each) when both have some that hold a content word, a
    number or a negation, at opposite edges (before the run in one, after it in the
    other) or at one edge each in a sentence of its own, in the text's order, as ``(a,
    b)`` ("" for the side with none there); [] when only one side has such words (a cut:
    it gives more of it).
    Invented dev d57: the wire's "There is no indication of sabotage. The weather was
    poor, and investigators will look at every possibility" against the Review's "The
    weather was poor, and investigators will look at every possibility, including the age
    of the aircraft": neither gives more of it; each adds words the other lacks."""
    sides = []
    for art, w, r0, r1, there in ((ax, u, i0, i1, ay), (ay, v, j0, j1, ax)):
        tok = art.tokens
        edges = []
        for lo, hi in ((w.first, w.first + r0), (w.first + r1, w.last)):
            keys = tok.keys[lo:hi]
            # words the other article quotes too, in a quotation of its own (split off by
            # "he said"), are no words it lacks (:func:`found_in`)
            edges.append(art.text[tok.starts[lo] : tok.ends[hi - 1]].strip(_GAP_STRIP)
                         if keys and any(_weighty(k) for k in keys)
                         and not found_in(there, keys, speakers=(u.speaker, v.speaker))
                         else "")
        sides.append(edges)
    # an edge where both go on in the run's own sentence is the change tests' above (two
    # wordings, or "the storms" / "those storms", which they leave the same words); one
    # where each goes on only in a sentence of its own ("… on Monday. Thank you" / "… on
    # Monday. Fares stay the same") is each adding, said apart
    own = [e is None and f is None for (e, _), (f, _) in
           zip(_edges(ax, u, i0, i1), _edges(ay, v, j0, j1), strict=True)]
    pairs: list[tuple[str, str]] = []
    for (a, b), apart in zip(zip(*sides, strict=True), own, strict=True):
        if a and b:
            # unless one's words there are all the other's ("The pier is gone." / "The pier
            # is gone. The harbour is closed."): that one gives more of it
            ka, kb = set(norm_key(a).split()), set(norm_key(b).split())
            pairs += [(a, ""), ("", b)] if apart and not (ka <= kb or kb <= ka) else []
        elif a or b:
            pairs.append((a, b))
    if not (any(a for a, _ in pairs) and any(b for _, b in pairs)):
        return []
    return pairs


def _beside_adds(ax: _Article, u: _Unit, i0: int, i1: int, ay: _Article, v: _Unit, j0: int,
                 j1: int) -> tuple[str, list[tuple[str, str]]] | None:
    """Where one quote ends (or starts) at the shared run (``i0:i1`` of unit ``u``,
    ``j0:j1`` of ``v``, relative to each) and its outlet quotes the speaker again in the
    same sentence on that side, in a unit of its own ('"I reject these accusations," he
    said, adding that he would "defend my name in court"'), while the other quote goes on
    past the run there in words that hold none of that unit's: what each gives the other
    lacks, as :func:`_each_adds` (``(a, b)`` in the text's order, "" for the side with
    none there); [] when not so. The longer quote's words there may be the other's
    quoted words changed ("… and I will take every one of them to court", invented dev
    d177, session 29, read wrong as "gives more of it"): neither gives more of it. Not a
    unit of another named speaker, nor one of under MIN_RUN_WORDS words or with no
    content word, nor one the other article quotes or tells anywhere (:func:`found_in`).
    Returned as ``("extent", pairs)``; or ``("words", [pair])`` where the unit's words are
    the other quote's words there with a word or so put for others (:func:`_aligned_swap`):
    session 29's held-out t106, 'endangered "the lives of our sailors"' against "…
    endangers the lives of our soldiers", told as each adding words (the Sentinel's cut
    past the excerpt's length right before "soldiers"), is the one word changed. None
    when not so."""
    named = [k for k in map(speaker_key, (u.speaker, v.speaker)) if k]
    for art, w, r0, r1, there, o, s0, s1, flip in ((ax, u, i0, i1, ay, v, j0, j1, False),
                                                   (ay, v, j0, j1, ax, u, i0, i1, True)):
        k = art.unit_at[(w.start, w.end)]
        for after in (True, False):
            # this quote ends at the run on that side, the other goes on past it
            if after and not (w.first + r1 == w.last and o.first + s1 < o.last):
                continue
            if not after and not (r0 == 0 and s0 > 0):
                continue
            for m, b in enumerate(art.units):
                if m == k or art.sentence[m] != art.sentence[k] or (
                        b.start < w.end and w.start < b.end) or (b.start >= w.end) != after:
                    continue
                who = speaker_key(b.speaker)
                if who and named and not any(same_speaker(n, who) for n in named):
                    continue  # another person's words
                keys = art.tokens.keys[b.first : b.last]
                if len(keys) < MIN_RUN_WORDS or not any(k2 not in STOPWORDS for k2 in keys):
                    continue
                if _new_clause_between(art, *((w.last, b.first) if after else (b.last, w.first))):
                    continue  # '…," he said, while critics called it "…"': not the speaker's
                lo, hi = (o.first + s1, o.last) if after else (o.first, o.first + s0)
                goes_on = set(there.tokens.keys[lo:hi])
                if not any(_weighty(k2) for k2 in goes_on) or found_in(
                        there, keys, narration=True, speakers=(u.speaker, v.speaker)):
                    continue
                if swap := _aligned_swap(art, b.first, b.last, there, lo, hi):
                    return "words", [(swap[1], swap[0]) if flip else swap]
                mine = art.text[b.start : b.end].strip(_GAP_STRIP)
                theirs = there.text[there.tokens.starts[lo] : there.tokens.ends[hi - 1]].strip(_GAP_STRIP)
                pairs = [(mine, ""), ("", theirs)] if after else [("", theirs), (mine, "")]
                return "extent", ([(q, p) for p, q in pairs] if flip else pairs)
    return None


def _aligned_swap(art: _Article, f0: int, f1: int, there: _Article, g0: int, g1: int
                  ) -> tuple[str, str] | None:
    """Where the tokens ``f0:f1`` of ``art`` (a quoted fragment) are tokens of
    ``there``'s ``g0:g1`` with words put for others: MIN_CUT_SHARE of the fragment's words
    alike, in order, a content word among them, and one place where each has words the
    other lacks, a weighty one among them: the words each has there (``art``'s,
    ``there``'s), out to the nearest weighty word both have before it ("lives of our
    sailors" / "lives of our soldiers"); None when not so."""
    from difflib import SequenceMatcher

    ka, kb = art.tokens.keys[f0:f1], there.tokens.keys[g0:g1]
    ops = SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    same = [op for op in ops if op[0] == "equal"]
    if (sum(a2 - a1 for _, a1, a2, _, _ in same) < MIN_CUT_SHARE * len(ka)
            or not any(k not in STOPWORDS for _, a1, a2, _, _ in same for k in ka[a1:a2])):
        return None
    # the places the fragment parts from the other's words: words of its own (put for
    # others or dropped), or the other's inserted inside it (the other's words before and
    # after it are words the fragment leaves out)
    inner = [op for op in ops if op[0] != "equal" and (op[2] > op[1] or 0 < op[1] < len(ka))]
    if len(inner) != 1 or inner[0][0] != "replace" or not any(
            map(_weighty, ka[inner[0][1] : inner[0][2]] + kb[inner[0][3] : inner[0][4]])):
        return None
    if inner[0][1] == 0:
        # the fragment's first words: the other's words put against them run back over
        # the words the fragment leaves out ('the delay had "never endangered the lives
        # …"' against "… and this delay endangered the lives …" is no "'never' where it
        # has 'and this delay'", session 30b): no counterpart to show, each adds words
        return None
    _, a1, a2, b1, b2 = inner[0]
    while a1 > 0 and b1 > 0 and ka[a1 - 1] == kb[b1 - 1]:
        a1, b1 = a1 - 1, b1 - 1
        if _weighty(ka[a1]):
            break
    ta, tb = art.tokens, there.tokens
    return (art.text[ta.starts[f0 + a1] : ta.ends[f0 + a2 - 1]].strip(_GAP_STRIP),
            there.text[tb.starts[g0 + b1] : tb.ends[g0 + b2 - 1]].strip(_GAP_STRIP))


def _new_clause_between(art: _Article, t0: int, t1: int) -> bool:
    """Whether the outlet's words between tokens ``t0`` and ``t1`` open a clause of their
    own on a subject other than a pronoun or a reporting verb (a clause opener,
    rules.quote_changes.CLAUSE_OPENERS, then any other word): '"…," he said, while critics
    called the response "…"' gives the fragment to someone else, whoever the attribution
    names (invented, session 29 review); "he said, and added that …" or "…, and he
    vowed …" keeps the speaker's."""
    keys = art.tokens.keys
    return any(keys[t] in CLAUSE_OPENERS and keys[t + 1] not in SUBJECT_PRONOUNS
               and keys[t + 1] not in CUE_FORMS for t in range(t0, min(t1, len(keys)) - 1))


# The places of the other article tried for one window of the words :func:`found_in`
# looks for, once that many pieces hold it (a chant, a boilerplate line: every window found
# at every place): what keeps the lookup linear on hostile text (docs/limits.md).
MAX_PIECES_AT = 8


def found_in(art: _Article, keys: list[str], narration: bool = False,
             speakers: tuple[str | None, ...] = (), besides: tuple[int, int] | None = None
             ) -> bool:
    """Whether article ``art`` has the words ``keys`` (what one outlet's quote gives
    beyond a shared run) elsewhere in its quoted text, or (``narration``) anywhere in its
    text: in pieces of at least MIN_RUN_WORDS words, each as ``art`` writes them in one
    place (so one statement split into two quotations, '"I think the impeachment thing —
    I call it impeachment light," he said. "It's a disgrace …"', has all of another
    outlet's "The impeachment thing, I call it impeachment light. It's a disgrace …"), and
    the words are found when MIN_CUT_SHARE of them are, every content word, number and
    negation among them included. A piece counts only where ``art`` breaks off there too
    (:func:`_piece_ends`: punctuation, a quote's edge) or takes up the words again in the
    same place, past at most MAX_EDITS words that change nothing (:func:`_editable`):
    three-word windows found in unrelated places do not make one statement ("the council
    will" of "I hope the council will agree" and "will not pay the builders" of "We will
    not pay the builders" are no "the council will not pay the builders": session 18's
    review). Words too few for a window (a one-word qualifier, "alive") are
    never found this way: they say how this quote reads, not what else was quoted. Hard
    on the real-page wrong of session 17's hand report: "chipleypaper.com adds 'The
    impeachment thing, I call it impeachment light'" where teaparty.org quotes it too. A quote of ``art`` whose named
    speaker is none of the named ``speakers`` (the two sides' of the shared quote) holds
    no words of this one: an opposition leader's "We will not accept this" is not the
    minister's. Either side's speaker will do: the analysis names one joint statement's
    speakers differently in two articles ("Director of Global Social Action Agenda" /
    "Hier and Cooper", a real page), and the other article's own quotations of it agree
    with its side. ``besides`` (a token range of ``art``): only words outside it count."""
    from .quotes import same_speaker, speaker_key

    n = len(keys)
    if n < MIN_RUN_WORDS:
        return False
    named = [k for k in map(speaker_key, speakers) if k]
    tok, unit_of = art.tokens, art.unit_of
    other = tok.keys

    def counts(j: int) -> bool:
        if besides and j < besides[1] and besides[0] < j + MIN_RUN_WORDS:
            return False
        units = {unit_of[t] for t in range(j, j + MIN_RUN_WORDS)}
        if -1 in units and not narration:
            return False  # narration (in part), where it does not count
        return all(_ours(x) for x in units)

    def _ours(x: int) -> bool:  # narration, or a quote of no other named speaker's
        return x < 0 or not named or not (k := speaker_key(art.units[x].speaker)) \
            or any(same_speaker(n, k) for n in named)

    def joins(t: int) -> bool:  # token t-1 and t of ``art`` lie in one stretch that counts
        a, b = unit_of[t - 1], unit_of[t]
        return a == b or (narration and _ours(a) and _ours(b))

    # the maximal runs of ``keys`` that ``art`` has in one place: (lo, hi, jlo, jhi)
    pieces: list[tuple[int, int, int, int]] = []
    done: dict[int, list[tuple[int, int]]] = {}  # per diagonal j - i, its runs' ranges
    held = [0] * n  # per window start, the pieces that hold the window
    for i in range(n - MIN_RUN_WORDS + 1):
        for j in tok.index.get(tuple(keys[i : i + MIN_RUN_WORDS]), ())[:MAX_WINDOW_HITS]:
            if held[i] >= MAX_PIECES_AT:
                break
            if any(lo <= i < hi for lo, hi in done.get(j - i, ())) or not counts(j):
                continue
            lo, hi = i, i + MIN_RUN_WORDS
            while lo and j - (i - lo) > 0 and keys[lo - 1] == other[j - (i - lo) - 1] \
                    and joins(j - (i - lo)):
                lo -= 1
            while hi < n and j + (hi - i) < len(other) and keys[hi] == other[j + (hi - i)] \
                    and joins(j + (hi - i)):
                hi += 1
            done.setdefault(j - i, []).append((lo, hi))
            pieces.append((lo, hi, j - (i - lo), j + (hi - i)))
            for w in range(lo, hi - MIN_RUN_WORDS + 1):
                held[w] += 1
    ends = {(hi, jhi) for _, hi, _, jhi in pieces}
    starts = {(lo, jlo) for lo, _, jlo, _ in pieces}

    def resumed(x: int, jx: int, step: int) -> int:
        # another piece takes the words up again in the same place, past at most
        # MAX_EDITS words on either side, none of those ``art`` skips a negation or number:
        # the words of ``keys`` skipped (-1 when none takes them up)
        for gk in range(MAX_EDITS + 1):
            for ga in range(MAX_EDITS + 1):
                if step > 0 and (x + gk, jx + ga) in starts and \
                        all(_editable(k) for k in other[jx : jx + ga]):
                    return gk
                if step < 0 and (x - gk, jx - ga) in ends and \
                        all(_editable(k) for k in other[jx - ga : jx]):
                    return gk
        return -1

    covered = [False] * n
    for lo, hi, jlo, jhi in pieces:
        back = 0 if lo == 0 or _piece_ends(art, jlo) else resumed(lo, jlo, -1)
        on = 0 if hi == n or _piece_ends(art, jhi) else resumed(hi, jhi, 1)
        if back >= 0 and on >= 0:
            covered[lo:hi] = [True] * (hi - lo)
            # words ``art`` drops between two pieces it takes up again in one place ("win
            # [the election] by a little"), none a negation or a number, are an edit of
            # the words it has, not words it lacks (session 18's hand report: "gives more
            # of it: 33 words vs 13" where the other quotes the rest after "he said", two
            # words shorter)
            if all(_editable(k) for k in keys[hi : hi + on]):
                covered[hi : hi + on] = [True] * on
    # a gap of at most MAX_EDITS words between two covered pieces, each a stopword or a
    # spoken filler (rules.quotes_trims.SPOKEN_FILLER_WORDS), never a negation or number,
    # is words ``art`` leaves out of what it quotes, not words it lacks (a content word,
    # "killed deliberately", is one ``art`` lacks and is told; review36b): a spoken
    # filler ("I mean", "you know") dropped where ``art`` starts a new quotation is no
    # reason to tell the whole edge as added (real36, PolNeAR: "adds 'In Tulsa, an
    # unarmed man …'" where the other outlet quotes all of it but "I mean")
    x = 0
    while x < n:
        if covered[x]:
            x += 1
            continue
        y = x
        while y < n and not covered[y]:
            y += 1
        if 0 < x and y < n and y - x <= MAX_EDITS and all(
                not _weighty(k) or k in SPOKEN_FILLER_WORDS for k in keys[x:y]):
            covered[x:y] = [True] * (y - x)
        x = y
    return (sum(covered) >= MIN_CUT_SHARE * n
            and all(c for k, c in zip(keys, covered, strict=True) if _weighty(k)))


def _piece_ends(art: _Article, t: int) -> bool:
    """Whether article ``art``'s words break off between token ``t - 1`` and ``t``: an
    article's edge, a quote's edge, punctuation or a dash between them, or a quote mark
    or bracket that opens ``t``; never inside one word ("didn't", read "did not")."""
    tok = art.tokens
    if t <= 0 or t >= len(tok.keys):
        return True
    if tok.starts[t] == tok.starts[t - 1]:
        return False
    return (art.unit_of[t] != art.unit_of[t - 1]
            or bool(_CLOSED.search(art.text[tok.starts[t - 1] : tok.ends[t - 1]]))
            or bool(art.text[tok.ends[t - 1] : tok.starts[t]].strip())
            or art.text[tok.starts[t]] in "\"'“‘([")


def beyond(ctx: FindingContext, side: Side, other: Side, cache: dict[str, _Article]) -> list[str]:
    """The words ``side``'s quote gives at the edges of its shared run (before it, after
    it: each a piece, as written) that the article of ``other`` (the other side of the
    shared quote) has nowhere, quoted or in its narration (:func:`found_in`): what the
    side gives more of the statement than the other article. An outlet that quotes the
    rest in a quotation of its own, or tells it in its narration, lacks none of it; nor
    does one that writes the words right beside its quote, outside the marks ('said all
    of "the oldest grain stores …"': words too few for :func:`found_in`)."""
    art, there = article(ctx, side.article, cache), article(ctx, other.article, cache)
    tok = art.tokens
    unit, run = tok.within(side.start, side.end), tok.within(side.run_start, side.run_end)
    orun = there.tokens.within(other.run_start, other.run_end)
    have = there.tokens.keys
    out = []
    for edge, (lo, hi) in enumerate(((unit.start, run.start), (run.stop, unit.stop))):
        keys = tok.keys[lo:hi]
        n = len(keys)
        beside = (have[max(0, orun.start - n) : orun.start] if edge == 0
                  else have[orun.stop : orun.stop + n])
        if keys and beside != keys and not found_in(there, keys, narration=True,
                                                     speakers=(side.speaker, other.speaker)):
            out.append(art.text[tok.starts[lo] : tok.ends[hi - 1]].strip(_GAP_STRIP))
    return out


# Words one quote inserts inside a shared statement (:func:`_inside`), on either side, at
# most this many before the two take up the same words again: a longer gap is another
# part of the statement, left out by the other outlet (a longer excerpt, not an insertion).
MAX_INSIDE_WORDS = 12
# Words of no weight (all stopwords) that :func:`_inside` takes as the same words taken up
# again past an insertion only when they are the whole rest of both quotes at that edge,
# and at least this many: "[There is], so far, no evidence …" / "[There is] no evidence …"
# (invented dev d174, session 29: the Times' dropped "so far" told as "gives more of it").
# One word ("the") matched across a gap is too often chance.
MIN_TAKEN_STOPWORDS = 2
# Words whose swap for one another inside a shared statement changes nothing a reader
# needs told ("before the storms" / "before those storms"): articles and demonstratives.
# Any other word swapped, even a stopword (a modal, a tense, a pronoun: "may have been" /
# "were", "we" / "they"), is the words changed (:func:`_inside`).
TRIVIAL_SWAPS = frozenset({"a", "an", "the", "this", "that", "these", "those"})
# A cut marked by the outlet: an ellipsis or a bracket where words are left out.
_MARKED_CUT = re.compile(r"…|\.\.\.|[\[(]")


# Stopword edges (:func:`_changed`) at most this many words a side: a pronoun, a modal, an
# auxiliary put for another; a longer run of function words is a clause of its own.
MAX_SWAP_WORDS = 3


def _swapped(kp: list[str], kq: list[str]) -> bool:
    """Whether two short edges of stopwords differ by more than an article or
    demonstrative (TRIVIAL_SWAPS): "we" / "they", "may" / "will"; not "the" / "those"."""
    return (0 < len(kp) <= MAX_SWAP_WORDS and 0 < len(kq) <= MAX_SWAP_WORDS and kp != kq
            and any(k not in TRIVIAL_SWAPS for k in set(kp) ^ set(kq)))


def _inside(ax: _Article, u: _Unit, i0: int, i1: int, ay: _Article, v: _Unit, j0: int, j1: int
            ) -> list[list[tuple[str, str]] | None]:
    """Words inserted inside a shared statement: at an edge of the run (``i0:i1`` of unit
    ``u``, ``j0:j1`` of ``v``, relative to each) where both quotes go on, the words each
    has before the two take up the same words again (as written, "" for none), per edge.
    The same words taken up must reach one quote's end there and hold a content word, a
    number or a negation ("… our soldiers [and their families] in danger", "Those
    responsible[, whoever they are,] will face …"); the words between hold one too (a
    dropped "the" is no change worth a line; MAX_EDITS takes small ones in the run), no
    ellipsis or bracket (the outlet marks its own cut: a longer excerpt) and no sentence end
    in or before them (a sentence of the statement one outlet leaves out, "The pier is
    gone. [The harbour is closed.] We will rebuild it": a longer excerpt too; "… the pier
    [and the school]. The town …" is one sentence run on). Per edge (before
    the run, after it), None where the two never take up the same words again (a cut, or
    two endings: :func:`_changed`), else the places they part there: one, or each
    insertion when one quote's words there are the other's with several inserted ("our
    divers [and their families] at risk[, as the smoke spread,] on the night")."""
    out: list[list[tuple[str, str]] | None] = []
    for step in (-1, 1):  # in the text's order: before the run, then after it
        if step == 1:
            p = list(range(u.first + i1, u.last))
            q = list(range(v.first + j1, v.last))
        else:
            p = list(range(u.first + i0 - 1, u.first - 1, -1))
            q = list(range(v.first + j0 - 1, v.first - 1, -1))
        if not p or not q:
            out.append(None)
            continue
        kp = [ax.tokens.keys[t] for t in p]
        kq = [ay.tokens.keys[t] for t in q]
        found = None
        for total in range(1, 2 * MAX_INSIDE_WORDS + 1):
            for g in range(max(0, total - MAX_INSIDE_WORDS), min(total, MAX_INSIDE_WORDS) + 1):
                h = total - g
                if g >= len(kp) or h >= len(kq) or kp[g] != kq[h]:
                    continue
                m = 1
                while g + m < len(kp) and h + m < len(kq) and kp[g + m] == kq[h + m]:
                    m += 1
                if g + m < len(kp) and h + m < len(kq):
                    continue  # the same words again, but not to either quote's end
                taken = kp[g : g + m]
                ends_p, ends_q = g + m == len(kp), h + m == len(kq)
                if not any(_weighty(k) for k in taken) and not (
                        ends_p and ends_q and m >= MIN_TAKEN_STOPWORDS):
                    # stopwords alone are taken up only when they are the whole rest of
                    # both quotes there: "There is, so far, no evidence" / "There is no
                    # evidence" (one quote's edge is the other's with words inserted);
                    # a lone "the" far off in one quote is chance
                    continue
                if ends_p != ends_q and (g > 0) == ends_p and (h > 0) == ends_q and (
                        _runs_past(ay, q, h + m) if ends_p else _runs_past(ax, p, g + m)):
                    # the words one quote inserts, taken up to its end, where the other
                    # runs on past them in the clause: a replacement ("in at least three
                    # provinces" / "in provinces across the country", session 24's
                    # held-out t122, read wrong as "adds 'at least three'"), said as two
                    # wordings (:func:`_edge_change`); words the inserting quote runs on
                    # with are more of it, and words past a comma another clause
                    continue
                found = (g, h)
                break
            if found:
                break
        if not found:
            out.append(None)
            continue
        g, h = found
        gap = kp[:g] + kq[:h]
        # words swapped (both sides have words there, one not the other's determiner):
        # "Mistakes [may have been] made" / "Mistakes [were] made" (invented dev d59) is
        # the words changed, though every word is a stopword; "the" / "those" is not
        swapped = bool(g and h) and any(k not in TRIVIAL_SWAPS for k in gap)
        if not swapped and not any(_weighty(k) for k in gap):
            out.append(None)
            continue
        texts: list[str] | None = []
        for art, ts, k in ((ax, p, g), (ay, q, h)):
            edge = ts[k]  # the first word taken up again
            # the text between the run and that word (ts[0] - step: the run's word there)
            if step == 1:
                start, end = art.tokens.ends[ts[0] - 1], art.tokens.starts[edge]
            else:
                start, end = art.tokens.ends[edge], art.tokens.starts[ts[0] + 1]
            if _MARKED_CUT.search(art.text[start:end]):
                texts = None
                break
            words = ""
            if k:
                first, last = (ts[0], ts[k - 1]) if step == 1 else (ts[k - 1], ts[0])
                words = art.text[art.tokens.starts[first] : art.tokens.ends[last]]
                # a sentence end inside the inserted words or between them and the run (a
                # character either side: the stop glued to a word): a sentence of the
                # statement the other leaves out, a longer excerpt; one after them, where
                # the other's sentence ends too, is the same sentence run on ("… the pier
                # [and the school]. The town …")
                near = (art.text[start - 1 : art.tokens.ends[last]] if step == 1
                        else art.text[art.tokens.starts[first] : end + 1])
                if _SEGMENT_END.search(near):
                    texts = None
                    break
            texts.append(words.strip(_GAP_STRIP))
        if texts is None:
            out.append(None)
            continue
        pieces = _insertions(ax, p, kp[:g], ay, q, kq[:h], step) if g and h else None
        out.append(pieces or [(texts[0], texts[1])])
    return out


_GAP_STRIP = " ,.;:!?\"'“”‘’—–-"


def _runs_past(art: _Article, ts: list[int], k: int) -> bool:
    """Whether the tokens ``ts`` of ``art`` (from a shared run outwards, either way) go
    on from ``ts[k]`` with a weighty word before their clause ends (:func:`_parts_after`)."""
    for x in range(k, len(ts)):
        t = ts[x]
        if x and _parts_after(art, min(t, ts[x - 1])):
            return False
        if _weighty(art.tokens.keys[t]):
            return True
    return False


def _insertions(ax: _Article, p: list[int], kp: list[str], ay: _Article, q: list[int],
                kq: list[str], step: int) -> list[tuple[str, str]] | None:
    """The words two quotes part on at one edge (``kp``, ``kq``: each one's keys from the
    run outwards), split into the insertions one side makes when the other's are a
    subsequence of them ("at risk" / "and their families at risk, as the smoke spread":
    'and their families' and 'as the smoke spread'), each as ``(a, b)`` with "" for the
    side that lacks it, in text order; None when both sides have words of their own there
    (two wordings) or no insertion holds a content word, number or negation. ``p``, ``q``:
    the two quotes' tokens there, from the run outwards (``step`` -1: before the run)."""
    from difflib import SequenceMatcher

    ops = [op for op in SequenceMatcher(None, kp, kq, autojunk=False).get_opcodes()
           if op[0] != "equal"]
    kinds = {op[0] for op in ops}
    if kinds not in ({"insert"}, {"delete"}):
        return None
    q_side = kinds == {"insert"}  # the second quote (kq) inserts
    art, ts, keys = (ay, q, kq) if q_side else (ax, p, kp)
    out = []
    for _, a1, a2, b1, b2 in ops:
        lo, hi = (b1, b2) if q_side else (a1, a2)
        if not any(_weighty(k) for k in keys[lo:hi]):
            continue
        first, last = (ts[lo], ts[hi - 1]) if step == 1 else (ts[hi - 1], ts[lo])
        words = art.text[art.tokens.starts[first] : art.tokens.ends[last]].strip(_GAP_STRIP)
        out.append(("", words) if q_side else (words, ""))
    return (out[::-1] if step == -1 else out) or None


# A word closed by punctuation (quote marks after it aside): a comma, a stop, a colon.
_CLOSED = re.compile(r"[,.;:!?—–][\"'”’)\]]*$")


def _closed(art: _Article, u: _Unit, r1: int) -> bool:
    """Whether unit ``u`` ends with its run ``…:r1`` (relative to the unit), on its own
    punctuation inside the quote marks ("… brought to the surface,” she said): the
    outlet gives the speaker's sentence as ending there. An ellipsis marks a cut."""
    quote = art.text[u.start : u.end].rstrip("\"'”’ ")
    return (u.first + r1 == u.last and bool(_CLOSED.search(quote))
            and not quote.endswith(("...", "…"))
            and not (quote.endswith(",") and _RESUMED.match(art.text, u.end)))


# After a quote closed on a comma, its attribution and a quote that opens in lower case:
# one sentence split by "she said" ('"… on Monday," Brisk said, "and the ferries will
# follow."'): the speaker's sentence goes on, so the first part is not given as ending.
_RESUMED = re.compile(r"[\"”’']?[^.!?\"“”\n]{1,80}[,:]\s*[\"“‘']\s*[a-z]")


def _runs_on(art: _Article, u: _Unit, r1: int) -> str:
    """The words of unit ``u`` straight on from its run's last word (``r1``, relative to
    the unit), no punctuation between, up to the next punctuation mark, when they are at
    most MAX_MODIFIER_WORDS and hold a content word, number or negation: set against a
    quote closed where the run ends (:func:`_closed`), words the other outlet's sentence
    lacks ("… to the surface alive" / "… to the surface,"), not a longer excerpt. ""
    when none."""
    tok, text = art.tokens, art.text
    last = u.first + r1 - 1

    def joined(t: int) -> bool:  # token t runs straight on into the next: a space between
        return (not _CLOSED.search(text[tok.starts[t] : tok.ends[t]])
                and not text[tok.ends[t] : tok.starts[t + 1]].strip())

    if last + 1 >= u.last or not joined(last):
        return ""  # an ellipsis or a dash (no key of its own) parts them too
    t = last + 1
    while t + 1 < u.last and joined(t):
        t += 1
    keys = tok.keys[last + 1 : t + 1]
    if not any(_weighty(k) for k in keys) or not _modifiers_only(keys, tok.starts[last + 1 : t + 1]):
        return ""
    return text[tok.starts[last + 1] : tok.ends[t]]


def _modifiers_only(keys, starts) -> bool:
    """Whether words run on past a closed quote's last word are one trailing modifier
    (MAX_MODIFIER_WORDS words at most) or at most MAX_RUN_ON_MODIFIERS prepositional
    phrases of that size each, each opened by a preposition ("from Isla Serrana within a
    decade": where and by when; invented dev d288, session 40, told as "gives more of it").
    A longer run is more of the statement."""
    if len(set(starts)) <= MAX_MODIFIER_WORDS:
        return True
    cuts = [i for i, k in enumerate(keys) if k in PREPOSITIONS and i]
    if keys[0] not in PREPOSITIONS or not cuts or len(cuts) + 1 > MAX_RUN_ON_MODIFIERS:
        return False
    bounds = [0, *cuts, len(keys)]
    return all(len(set(starts[lo:hi])) <= MAX_MODIFIER_WORDS
               for lo, hi in pairwise(bounds))


def _ends_after(art: _Article, t: int) -> bool:
    """Whether a sentence end (or an ellipsis) lies between token ``t`` and the next: a
    character either side of the gap, so a stop glued to a word counts. Kept per token:
    :func:`_run_sentences` walks a unit's tokens for each pair that shares it."""
    got = art.ends.get(t)
    if got is None:
        tok = art.tokens
        got = art.ends[t] = bool(_SEGMENT_END.search(art.text[tok.ends[t] - 1 : tok.starts[t + 1] + 1]))
    return got


def _edges(art: _Article, u: _Unit, r0: int, r1: int) -> list[tuple[set[str] | None, str]]:
    """The weighty words (content words, numbers, negations) of unit ``u`` before and
    after its run ``r0:r1`` (relative to the unit), each side up to the run's sentence's
    end within the unit (None where the unit has no word of that sentence: the quote
    ends, or starts, at the run), each with its words as written."""
    tok, text = art.tokens, art.text
    lo, hi = u.first + r0, u.first + r1
    first, last = _run_sentences(art, u, r0, r1)
    before = list(range(lo - 1, first - 1, -1))
    after = list(range(hi, last))

    def weighty(ts: list[int]) -> tuple[set[str] | None, str]:
        if not ts:
            return None, ""
        keys = {tok.keys[t] for t in ts}
        return ({k for k in keys if _weighty(k)},
                text[tok.starts[min(ts)] : tok.ends[max(ts)]])

    return [weighty(before), weighty(after)]


def _around(ctx: FindingContext, aid: str, art: _Article, u: _Unit) -> tuple[str, str]:
    """The words of unit ``u``'s sentences outside it, and those after it in its last
    sentence (quote_diff.compare_quotes's ``out`` and ``next``)."""
    sents = [s for s in ctx.documents[aid].sentences if s.start < u.end and u.start < s.end]
    if not sents:
        return "", ""
    first, last = sents[0], sents[-1]
    after = art.text[u.end : last.end]
    return art.text[first.start : u.start] + " " + after, after


def _next_sentence(ctx: FindingContext, aid: str, art: _Article, u: _Unit) -> str:
    """The text of the sentence after unit ``u``'s last one ("" at the article's end)."""
    after = [s for s in ctx.documents[aid].sentences if s.start >= u.end]
    return art.text[after[0].start : after[0].end] if after else ""


def _editable(key: str) -> bool:
    """A word whose insertion or loss leaves the statement the same words (MAX_EDITS)."""
    return not (is_negation(key) or key in NUMBER_WORDS or key[:1].isdigit())


def _weighty(key: str) -> bool:
    """A content word, a number or a negation: a word that carries what is said (the test
    of words inserted, dropped or taken up again around a shared run)."""
    return key not in STOPWORDS or not _editable(key)


def _numbers_swapped(a: str, b: str) -> bool:
    """Two different numbers in one slot of otherwise matching words ("waiting [three]
    years for this agreement" / "waiting [two] years …"): one quote with its figure
    changed, carried on by :func:`_extend` as one edit so the line shows the whole quote
    and names the two figures (invented t255, where only a 4-word headline fragment was
    left to tell 'three' from 'two'). Only numbers: a swapped article, pronoun or verb
    form stays where the two runs part (a number is the one swap a reader never takes
    for an editor's rewording)."""
    if is_negation(a) or is_negation(b):
        return False
    va, vb = _qd_numbers([a]), _qd_numbers([b])
    return bool(va) and bool(vb) and va != vb  # "3" / "three" is one number written two ways


def _number_swaps(ax: _Article, a0: int, a1: int, ay: _Article, b0: int, b1: int
                  ) -> list[tuple[str, str]]:
    """The numbers put for one another (:func:`_numbers_swapped`) inside a shared run,
    ``ax``'s keys ``a0:a1`` against ``ay``'s ``b0:b1``, as each article prints them."""
    ka, kb = ax.tokens.keys[a0:a1], ay.tokens.keys[b0:b1]
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1 and _numbers_swapped(ka[i1], kb[j1]):
            (sa, ea), (sb, eb) = ax.tokens.span(a0 + i1, a0 + i2), ay.tokens.span(b0 + j1, b0 + j2)
            out.append((ax.text[sa:ea], ay.text[sb:eb]))
    return out


def _extend(
    keys: list[str], i: int, other: list[str], j: int, n: int
) -> tuple[int, int, int, int, int, int]:
    """The run ``keys[i:i+n] == other[j:j+n]`` carried on past words one side inserts
    (at most MAX_EDITS, each an :func:`_editable` word followed by a matching word) or
    past one number put for another (:func:`_numbers_swapped`):
    ``(i0, i1, j0, j1, matched, edits)``: the run's ranges in both, its matched words and
    the words skipped."""
    def resumes(ks: list[str], x: int, y: int, at_end: bool) -> bool:
        # the words matched again past a skipped word (``ks[x:y]``) hold a content word,
        # number or negation, or run to a quote's end: "… storms come [and] the" then
        # "town" / "fish" is two sentences parting, not one word inserted
        return at_end or any(_weighty(k) for k in ks[x:y])

    a, b, matched, edits = i + n, j + n, n, 0
    while edits < MAX_EDITS:
        for da, db in ((0, 1), (1, 0), (1, 1)):
            if (a + da < len(keys) and b + db < len(other) and keys[a + da] == other[b + db]
                    and (_numbers_swapped(keys[a], other[b]) if da == db
                         else _editable(other[b] if db else keys[a]))):
                x, y, m = a + da, b + db, 0
                while x < len(keys) and y < len(other) and keys[x] == other[y]:
                    x, y, m = x + 1, y + 1, m + 1
                if not resumes(keys, x - m, x, x == len(keys) or y == len(other)) or (
                        da == db and m < MIN_SWAP_RESUME):
                    continue
                a, b, edits, matched = x, y, edits + 1, matched + m
                break
        else:
            break
    i0, j0 = i, j
    while edits < MAX_EDITS:
        for da, db in ((0, 1), (1, 0), (1, 1)):
            if (i0 - 1 - da >= 0 and j0 - 1 - db >= 0 and keys[i0 - 1 - da] == other[j0 - 1 - db]
                    and (_numbers_swapped(keys[i0 - 1], other[j0 - 1]) if da == db
                         else _editable(other[j0 - 1] if db else keys[i0 - 1]))):
                x, y, m = i0 - da, j0 - db, 0
                while x > 0 and y > 0 and keys[x - 1] == other[y - 1]:
                    x, y, m = x - 1, y - 1, m + 1
                if not resumes(keys, x, x + m, x == 0 or y == 0) or (
                        da == db and m < MIN_SWAP_RESUME):
                    continue
                i0, j0, edits, matched = x, y, edits + 1, matched + m
                break
        else:
            break
    return i0, a, j0, b, matched, edits


def _described_apart(a: str | None, b: str | None) -> bool:
    """Whether two quotes' speakers are people each article introduces unnamed, by a
    determiner of a new referent (rules.quote_scope.NEW_REFERENT_DETERMINERS: "one woman",
    "a young man"), whose descriptions' content words (by stem) are neither within the
    other's: two people, as far as the articles say. Their quotes are one statement only
    in the same words; like words changed ("They took our passports and beat us if we did
    not reach our targets" / "… and beat us every day") are two survivors' accounts, not one
    quote changed (invented dev d163, the key's trap, read wrong as "1 more nearly the
    same"). "a worker" and "one freed worker" may be one person; a named speaker is the
    speaker analysis's to link."""
    if not a or not b or speaker_key(a) or speaker_key(b):
        return False
    wa, wb = norm_key(a).split(), norm_key(b).split()
    if not (wa and wb and wa[0] in NEW_REFERENT_DETERMINERS and wb[0] in NEW_REFERENT_DETERMINERS):
        return False
    sa, sb = _content_stems(wa[1:]), _content_stems(wb[1:])
    return bool(sa and sb) and not (sa <= sb or sb <= sa)


def _fitted(keys: list[str], other: list[str], i0: int, i1: int, j0: int, j1: int, edits: int
            ) -> tuple[int, int, int, int, int]:
    """The run ``keys[i0:i1]`` / ``other[j0:j1]`` carried one word further at an edge where
    one of the two quotes has that one word left before its own edge, and the other has, right
    beside the run, a form of the same word (one stem, :func:`storylens.normalize.stem`, both
    content words): a fragment whose verb the outlet fitted to its own sentence, 'accusing
    the government of "needing forty minutes to say sorry"' against "… the government
    needed forty minutes to say sorry" (invented dev d162, read wrong as a rewording where
    the other outlet gives more of it). Counted as an edit (the words shown as "a word
    apart"), within MAX_EDITS; the word is not among the matched words. A fragment's word
    with another stem ("wanting" / "needed") stays where the two part; a negation or number
    never has the other's stem."""
    def fits(a: str, b: str) -> bool:
        return a != b and a not in STOPWORDS and b not in STOPWORDS and stem(a) == stem(b)

    if edits < MAX_EDITS and i0 and j0 and 1 in (i0, j0) and fits(keys[i0 - 1], other[j0 - 1]):
        i0, j0, edits = i0 - 1, j0 - 1, edits + 1
    if (edits < MAX_EDITS and i1 < len(keys) and j1 < len(other)
            and 1 in (len(keys) - i1, len(other) - j1) and fits(keys[i1], other[j1])):
        i1, j1, edits = i1 + 1, j1 + 1, edits + 1
    return i0, i1, j0, j1, edits


def _negated_edge(art: _Article, u: _Unit, r0: int, r1: int, missing: int) -> bool:
    """Whether the words of unit ``u`` beside its run ``r0:r1`` (relative to the unit) hold
    a negation: the ``missing`` words the whole-quote rule lets the run leave out of the
    shorter quote, at least two (so "do not" right before the run counts on either
    side), in the run's own sentence ("I don't think so. I like peace" still shares "I like
    peace"). "We do not accept the ruling of the Vell court" is no cut of "We accept the
    ruling of the Vell court" (the guard :func:`_segment` gives the sentence rule)."""
    k = max(2, missing)
    keys = art.tokens.keys
    lo, hi = u.first + r0, u.first + r1
    # another sentence of the quote is its own statement: only the run's own is read
    first, last = _run_sentences(art, u, r0, r1)
    return any(is_negation(keys[t]) for t in (*range(max(first, lo - k), lo), *range(hi, min(last, hi + k))))


def _segment(art: _Article, u: _Unit, r0: int, r1: int) -> int:
    """Words of the sentences (pieces between sentence ends and ellipses) of unit ``u``
    that its tokens ``r0:r1`` (relative to the unit) lie in; 0 when those sentences'
    words outside the run hold a negation or a number ("I do not regret …" around a
    shared "regret the harsh words": what the run says is changed there)."""
    tok = art.tokens
    lo, hi = _run_sentences(art, u, r0, r1)
    rest = [*range(lo, u.first + r0), *range(u.first + r1, hi)]
    if any(not _editable(tok.keys[t]) for t in rest):
        return 0
    return hi - lo


def _run_sentences(art: _Article, u: _Unit, r0: int, r1: int) -> tuple[int, int]:
    """The tokens ``first:last`` of the sentences of unit ``u`` (pieces between sentence
    ends and ellipses, :func:`_ends_after`) that its run ``r0:r1`` (relative to the unit)
    lies in, within the unit: what :func:`_edges`, :func:`_negated_edge` and
    :func:`_segment` read beside the run."""
    first = u.first + r0
    while first > u.first and not _ends_after(art, first - 1):
        first -= 1
    last = u.first + r1
    while last < u.last and not _ends_after(art, last - 1):
        last += 1
    return first, last


def _words(tok: _Tokens, first: int, last: int) -> int:
    """Words of the tokens ``first:last`` as a reader counts them: one per source word
    ("Commander-in-Chief" is three keys, one word)."""
    return len(set(tok.starts[first:last]))


def _title(art: _Article, u: _Unit) -> bool:
    """Whether unit ``u`` is a quoted name or title (MIN_TITLE_WORDS): its content words
    all start with a capital, and one is title-cased (all-capital words are shouting,
    "WE WILL WIN", not a name). Named or not: the analysis may give a title a speaker
    ('the "Future of Harbour Trade" summit, his office said'). Once per unit."""
    span = (u.start, u.end)
    if span not in art.titles:
        words = [w for w in re.findall(r"[^\W\d_][\w'’]*", art.text[u.start : u.end])
                 if (k := norm_key(w)) and k.split()[0] not in STOPWORDS]
        art.titles[span] = (len(words) >= MIN_TITLE_WORDS and all(w[0].isupper() for w in words)
                            and any(not w.isupper() for w in words))
    return art.titles[span]


def _overlaps(x: Side, y: Side) -> bool:
    return x.start < y.end and y.start < x.end


def _text(ctx: FindingContext, aid: str) -> str:
    return ctx.documents[aid].article.text


# --- the whole difference of two counterpart quotes (session 31) -------------------------
#
# The finding told a shared quote's difference from the first place the finder's edge
# tests found, one shape at a time (sessions 28-30), and counted a quote as shared when
# none of them fired. Session 30's held-out read found all four of its wrongs in that one
# class (now dev t181, t185): "'the' where standard has 'any'" for "never crossed the line
# into abuse" / "never crossed any line" (the dropped "into abuse" hidden), "2 more shared
# quotes" counting "ignored for years by management" against the Lantern's "…, and by the
# city officials who sit on the board", and "'Orbeliani' where rumbo has 'Orbelliani'" (one
# name spelled two ways, no difference) for a quote whose second sentence Rumbo cuts.
# :func:`difference` compares the two quotes word by word, whole, and :func:`told_in_full`
# holds the finder's told places against it: every place the two part is told, and a
# quote is "shared" only when they part nowhere.

# Places two quotes part that are this few keys apart are told as one ("the line into
# abuse" / "any line": 'the' for 'any', then 'into abuse' dropped, one key between).
MERGE_GAP = 2
# The places a line tells of one quote pair: the most substantive, then "and N more
# differences" (a long rewording is no list a reader can take in).
MAX_TOLD_PLACES = 3


@dataclass(frozen=True)
class Piece:
    """One place two counterpart quotes part (:func:`difference`): the words each has
    there as written ("" for none); ``cut``: one quote has words at its edge where the
    other ends (a longer excerpt, told as a cut); ``lone_edge``: a single stretch put for
    another at a quote's edge (where the finder's counterpart rule, :func:`_counterparts`,
    cuts the longer side to what stands against the other); ``inside``: it lies inside
    both shared runs (the finder's edits, "a word apart")."""

    a: str
    b: str
    cut: bool
    lone_edge: bool
    inside: bool
    # a cut at an edge where the quote without the words is trimmed there by its outlet's
    # own sentence (:func:`_trimmed`): a fair fragment, no difference to tell
    trimmed: bool = False
    # a cut of a clause joined to the kept words by a conjunction of contrast, in their
    # sentence (:func:`_turned`): no extent, told with its words wherever the line names
    # the places its quotes part
    turning: bool = False
    # a cut at an edge that holds a phrase limiting the kept words' claim to a time or a
    # state (:func:`_limiting`: "At this stage", "this year", "In its current form"), as
    # written: a cut of substance, told with that phrase, never a fair trim nor extent
    limiting: str = ""
    # a cut, before the kept words, of a clause the speaker concedes or sets the kept claim
    # against (:func:`_conceded`: "Nobody in the cockpit wants to strike, but", "Although
    # the pumps are old,"): the claim's stance changed, told with its words, never as a
    # shorter excerpt nor a fair trim
    conceded: bool = False


def _one_form(xa: _Article, a0: int, a1: int, xb: _Article, b0: int, b1: int) -> bool:
    """Whether tokens ``a0:a1`` of ``xa`` and ``b0:b1`` of ``xb`` are the same words
    written two ways: a house style (quote_diff._equivalent: "per cent" / "percent",
    "9:30" / "9.30"), a number in digits and in words (:func:`_one_number`), or one name
    spelled two ways (quote_diff._name_spelling: "Orbeliani" / "Orbelliani")."""
    ka, kb = xa.tokens.keys[a0:a1], xb.tokens.keys[b0:b1]
    if _equivalent(" ".join(ka), " ".join(kb)) or _one_number(ka, kb):
        return True
    if len(ka) == len(kb) and all(k in TRIVIAL_SWAPS for k in ka + kb):
        return True  # "the storms" / "those storms" (TRIVIAL_SWAPS, as :func:`_inside` reads it)
    fa = [_capital(xa, t) and xa.tokens.keys[t] not in STOPWORDS for t in range(a0, a1)]
    fb = [_capital(xb, t) and xb.tokens.keys[t] not in STOPWORDS for t in range(b0, b1)]
    return _name_spelling(ka, fa, kb, fb)


def _beside_or_found(there: _Article, o: _Unit, keys: list[str], at: int, edge: int,
                     speakers: tuple[str | None, ...]) -> bool:
    """Whether ``there`` has ``keys`` (words one quote has at its ``edge`` where the
    other, ``o`` of ``there``, ends at token ``at``) right beside that edge in its own
    words ('said all of "the oldest grain stores …"'), or every weighty one of them in
    the outlet's own words its quote is woven into there (:func:`_woven`: 'said the
    inspectors had "found cracks …"' against "The inspectors found cracks …"), or anywhere,
    quoted or told (:func:`found_in`): no words it lacks (as :func:`beyond` reads the
    longer quote)."""
    have, n = there.tokens.keys, len(keys)
    beside = have[max(0, at - n) : at] if edge == 0 else have[at : at + n]
    if beside == keys:
        return True
    woven = {have[t] for t in _woven(there, o, edge)}
    weighty = [k for k in keys if _weighty(k)]
    if woven and all(k in woven for k in weighty):
        return True
    return found_in(there, keys, narration=True, speakers=speakers)


def difference(ctx: FindingContext, sq: SharedQuote, cache: dict[str, _Article]) -> list[Piece]:
    """Every place the two counterpart quotes of ``sq`` part, word for word over both
    quotes whole (``norm_key``: case, punctuation, US/UK spelling and contractions never
    count), in the text's order: words put for others, inserted or dropped inside, and
    words one quote has at an edge where the other ends (a cut). No difference: the same
    words written two ways (:func:`_one_form`: one name spelled two ways, "3" / "three");
    at an edge, words with no weighty one ("This is" before a fragment the outlet opens
    with its own "it was") or words the other article has beside its quote or anywhere
    (:func:`_beside_or_found`). Places fewer than MERGE_GAP keys apart are one."""
    from ..diff import _opcodes

    xa, xb = article(ctx, sq.a.article, cache), article(ctx, sq.b.article, cache)
    u, v = xa.units[xa.unit_at[(sq.a.start, sq.a.end)]], xb.units[xb.unit_at[(sq.b.start, sq.b.end)]]
    ka, kb = xa.tokens.keys[u.first : u.last], xb.tokens.keys[v.first : v.last]
    ra = xa.tokens.within(sq.a.run_start, sq.a.run_end)
    rb = xb.tokens.within(sq.b.run_start, sq.b.run_end)
    # a run whose shown range leaves out a contraction's later key the other run starts on
    # ("cannot" against "will not": Side.run_start past "cannot", on the "not"): in keys
    if len(ra) < len(rb) and ra.start > u.first and ka[ra.start - 1 - u.first] == kb[rb.start - v.first]:
        ra = range(ra.start - 1, ra.stop)
    elif len(rb) < len(ra) and rb.start > v.first and kb[rb.start - 1 - v.first] == ka[ra.start - u.first]:
        rb = range(rb.start - 1, rb.stop)
    # compared in three stretches, before the shared run, the run, after it: the run as the
    # finder matched it (a verb fitted to the outlet's sentence, "needing" / "needed", is
    # an edit of the run, not one stretch with the words before it)
    ops = []
    for a0, a1, b0, b1 in ((0, ra.start - u.first, 0, rb.start - v.first),
                           (ra.start - u.first, ra.stop - u.first, rb.start - v.first, rb.stop - v.first),
                           (ra.stop - u.first, len(ka), rb.stop - v.first, len(kb))):
        if a1 <= a0 and b1 <= b0:
            continue
        # the word diff the alignment view uses (diff._opcodes: difflib without autojunk,
        # its cost bounded past MAX_DIFF_WORDS for a hostile quote's length)
        for tag, i1, i2, j1, j2 in _opcodes(ka[a0:a1], kb[b0:b1]):
            i1, i2, j1, j2 = i1 + a0, i2 + a0, j1 + b0, j2 + b0
            if tag == "replace" and _one_form(xa, u.first + i1, u.first + i2,
                                              xb, v.first + j1, v.first + j2):
                tag = "equal"
            ops.append([tag, i1, i2, j1, j2])
    same = [k for k, op in enumerate(ops) if op[0] == "equal"]
    if not same:
        return []

    def inside(i1: int, i2: int, j1: int, j2: int) -> bool:  # within both shared runs
        return (ra.start <= u.first + i1 and u.first + i2 <= ra.stop
                and rb.start <= v.first + j1 and v.first + j2 <= rb.stop)

    def split(art: _Article, w: _Unit, lo: int, hi: int, n: int) -> bool:
        # the stretch ``lo:hi`` ends inside a printed word (a contraction's keys)
        return lo < hi < n and art.tokens.starts[w.first + hi - 1] == art.tokens.starts[w.first + hi]

    def joined(p: list, i1: int, i2: int, j1: int, j2: int) -> bool:
        # a place after the last, fewer than MERGE_GAP keys on, no clause mark or sentence
        # end between (an ellipsis parts them: "… used yesterday … even a mayor"), neither
        # inside both runs (the finder's edits, "a word apart", told as such)
        if i1 == p[1] and j1 == p[3] and (split(xa, u, p[0], p[1], len(ka))
                                          or split(xb, v, p[2], p[3], len(kb))):
            return True  # one printed word parted ("cannot" / "will not" across the run's edge)
        if i1 - p[1] > MERGE_GAP or j1 - p[3] > MERGE_GAP or inside(*p[:4]) \
                or inside(i1, i1, j1, j1):
            return False
        if (p[0] == p[1] and i1 == i2) or (p[2] == p[3] and j1 == j2):
            return False  # words one side adds in two places: two additions, not one rewording
        return not any(_parts_after(xa, u.first + t)
                       for t in range(max(p[0], p[1] - 1), min(i1, len(ka) - 1))) \
            and not any(_parts_after(xb, v.first + t)
                        for t in range(max(p[2], p[3] - 1), min(j1, len(kb) - 1)))

    parts: list[list] = []  # [i1, i2, j1, j2, ops merged, at an edge]
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag == "equal":
            continue
        edge = k < same[0] or k > same[-1]
        if parts and joined(parts[-1], i1, i2, j1, j2):
            p = parts[-1]
            p[1], p[3], p[4], p[5] = i2, j2, p[4] + 1, p[5] or edge
        else:
            parts.append([i1, i2, j1, j2, 1, edge])
    speakers = (u.speaker, v.speaker)
    for p in parts:
        if p[5] and p[0] < p[1] and p[2] < p[3]:
            _past_woven(xa, u, ka, xb, v, kb, p)
    out = []
    for i1, i2, j1, j2, merged, edge in parts:
        if i1 == i2 and j1 == j2:
            continue
        cut = (i1 == i2 or j1 == j2) and (edge or _cut_inside(xa, u, i1, i2, xb, v, j1, j2))
        trimmed = False
        if cut and edge:
            mine, there, o, lo, hi = ((xa, xb, v, i1, i2) if j1 == j2 else (xb, xa, u, j1, j2))
            w = u if mine is xa else v
            if lo == 0 and (k := _woven_subject(mine, w, hi, there, o)):
                # the cut's last words the other outlet writes right before its fragment
                # ('claimed the operator "has left us …"'): its own words, not cut
                hi -= k
                i2, j2 = (hi, j2) if mine is xa else (i2, hi)
            keys = mine.tokens.keys[w.first + lo : w.first + hi]
            at = o.first + (j1 if mine is xa else i1)
            # a cut of function words alone is no difference, unless they limit the kept
            # claim to the time up to now (:func:`_limit_span`: a closing "yet")
            if (not any(map(_weighty, keys)) and not _limiting(mine, w, lo, hi)) or _beside_or_found(
                    there, o, keys, at, 0 if lo == 0 else 1, speakers):
                continue
            # a fragment stopped before a contrast clause ("…, but it is too early to draw
            # any conclusions", invented dev d197) keeps one side of a qualified statement:
            # no fair trim, the cut is told (as quote_diff._contrast_tail reads it); an
            # adverb "yet" with no clause mark before it ("not replaced yet") is no clause
            trimmed = _trimmed(there, o, 0 if lo == 0 else 1) and not (
                lo > 0 and keys[0] in CONTRAST_OPENERS and _parts_after(mine, w.first + lo - 1))
        text_a = (xa.text[xa.tokens.starts[u.first + i1] : xa.tokens.ends[u.first + i2 - 1]]
                  .strip(_GAP_STRIP) if i2 > i1 else "")
        text_b = (xb.text[xb.tokens.starts[v.first + j1] : xb.tokens.ends[v.first + j2 - 1]]
                  .strip(_GAP_STRIP) if j2 > j1 else "")
        turning, limiting, conceded = False, "", False
        if cut and edge:
            art, w, lo, hi = (xa, u, i1, i2) if j1 == j2 else (xb, v, j1, j2)
            turning = _turned(art, w, lo, hi)
            there, o, aid = (xb, v, sq.b.article) if art is xa else (xa, u, sq.a.article)
            limiting = _limiting(art, w, lo, hi)
            around = _around(ctx, aid, there, o)[0]
            if limiting and _said_beside(_clause_words(art, *_limit_span(art, w, lo, hi)),
                                         around):
                limiting = ""  # the other outlet says it beside its quote, in its own words
            conceded = turning and lo == 0 and _conceded(art, w, hi) and not _said_beside(
                _clause_words(art, w.first + lo, w.first + hi), around)
            # (a fragment the finder has set against the cut quote already, :func:`_lifted`,
            # is told by its places; a change told by one side's words alone, "adds 'like
            # any other workers'", sets none against the cut: held-out t242, heldout36)
            apart = None if sq.change and any(
                t[0] and t[1] for t in (sq.differs, *sq.also)) else _requoted_apart(
                ctx, art, w, lo, hi, there, o, aid, speakers)
            if apart:
                c0, c1, f = apart
                theirs = there.text[f.start : f.end].strip(_GAP_STRIP)
                for p0, p1 in ((lo, c0), (c0, c1), (c1, hi)):
                    ours = _span_text(art, w.first + p0, w.first + p1)
                    if (p0, p1) == (c0, c1):  # the words the other quotes apart, changed
                        out.append(Piece(*((ours, theirs) if art is xa else (theirs, ours)),
                                         False, False, False))
                    elif p1 > p0 and any(map(_weighty, art.tokens.keys[w.first + p0 : w.first + p1])):
                        # the rest of the cut, on either side of those words
                        out.append(Piece(*((ours, "") if art is xa else ("", ours)), True, False,
                                         False, trimmed))
                continue
        out.append(Piece(text_a, text_b, cut, edge and not cut and merged == 1,
                         inside(i1, i2, j1, j2), trimmed, turning, limiting, conceded))
    return out


def _conceded(art: _Article, w: _Unit, hi: int) -> bool:
    """Whether the clause of concession or contrast that :func:`_turned` reads in the
    words ``0:hi`` of quote ``w`` (cut before the kept words) is one the kept claim is
    set against, so that the cut changes its stance: "Nobody in the cockpit wants to
    strike, but" of "… management has left us no choice" (reluctance gone), "We are open
    to talks, but" of "… the wreck lies in our waters" (an offer of talks made a flat
    refusal; session 34's held-out t225 and t223, read wrong as "gives more of it"). Not
    a parallel contrast (the kept clause's opening words, CONTRAST_SUBJECT_WORDS, take up
    a content word of the cut one: "The north quay reopens, but the south quay …": another
    thing set beside it), nor a caveat kept of a claim cut (the kept clause holds a hedge,
    a limit to the present or "rule out": rules.quote_changes.HEDGE_PHRASES,
    PRESENT_LIMITERS, NEGATIVE_PHRASAL: "Our tests point to the tower, but we cannot rule
    out other sources yet" / "We cannot rule out …", invented dev t05's trap, session 27's
    near miss): the kept words say less, in their own stance."""
    t1 = w.first + hi
    first = t1 - 1
    while first > w.first and not _sentence_ends(art, first - 1):
        first -= 1
    dropped = [k for k in _clause_words(art, first, t1) if k not in CONTRAST_OPENERS]
    end = t1
    while end + 1 < w.last and not _sentence_ends(art, end):
        end += 1
    kept = _clause_words(art, t1, end + 1)
    if _takes_up(_content_stems(dropped), kept[:CONTRAST_SUBJECT_WORDS]):
        return False  # a parallel contrast
    pairs = set(zip(kept, kept[1:], strict=False))
    caveat = any(tuple(kept[i : i + len(p)]) == p for p in (*HEDGE_PHRASES, *PRESENT_LIMITERS)
                 for i in range(len(kept) - len(p) + 1))
    return not caveat and not pairs & NEGATIVE_PHRASAL


def _woven_subject(art: _Article, w: _Unit, hi: int, there: _Article, o: _Unit) -> int:
    """How many of the last keys of the words ``0:hi`` of quote ``w`` of ``art`` (cut
    before the kept words, at most CONTRAST_SUBJECT_WORDS, after a conjunction of contrast
    or a clause mark) the other outlet writes right before its quote ``o``, woven into its
    sentence: "…, but the operator" of "…, but the operator has left us no other way"
    against 'claimed the operator "has left us no other way"' cuts "…, but", the subject
    told (:func:`_turned` then reads the clause). 0 for none."""
    keys, have = art.tokens.keys, there.tokens.keys
    if not _woven(there, o, 0):
        return 0
    for k in range(1, min(CONTRAST_SUBJECT_WORDS, hi - 1) + 1):
        t = w.first + hi - k - 1  # the key before the words the outlet writes
        if (keys[t] in CONTRAST_OPENERS or _parts_after(art, t)) \
                and have[max(0, o.first - k) : o.first] == keys[t + 1 : t + 1 + k]:
            return k
    return 0


def _span_text(art: _Article, first: int, last: int) -> str:
    """The text of tokens ``first:last`` of ``art`` as written, its edge marks stripped."""
    return art.text[art.tokens.starts[first] : art.tokens.ends[last - 1]].strip(_GAP_STRIP) \
        if last > first else ""


def _requoted_apart(ctx: FindingContext, art: _Article, w: _Unit, lo: int, hi: int,
                    there: _Article, o: _Unit, aid: str, speakers: tuple[str | None, ...]
                    ) -> tuple[int, int, _Unit] | None:
    """Where the words ``lo:hi`` of quote ``w`` of ``art`` (relative to it), cut at an edge
    where the other outlet's quote ``o`` (of ``there``, article ``aid``) ends, are quoted
    by that outlet apart in other words: a further quoted fragment of ``o``'s sentences,
    of no other named speaker, with at least two keys (a content word among them) and
    half its keys alike, in order, to the cut words (half its content words among those of
    the stretch it stands for, by stem), yet not those words as ``w`` has them
    nor as ``art`` quotes them anywhere. As ``(c0, c1, fragment)``, ``c0:c1`` the cut's
    words the fragment stands for (relative to ``w``); None for none. '"I ask
    forgiveness," he wrote, conceding that he "did not do enough"' against "I may not have
    done enough …, and for that I ask forgiveness" is no pair of one quote at two lengths:
    the fragment is the cut words changed (session 34's held-out t228, told "gives more of
    it"). A fragment that is the cut words themselves is one quote split in two, no
    change."""
    from difflib import SequenceMatcher

    every = ctx.documents[aid].sentences
    at = [n for n, s in enumerate(every) if s.start < o.end and o.start < s.end]
    if not at:
        return None
    lo_c, hi_c = every[at[0]].start, every[at[-1]].end
    # the sentence next to ``o``'s on the cut's side, when the cut runs past a sentence end
    # of ``w``: the rest of a quote the other outlet quotes in its next sentence, of the
    # same named speaker ('"… their own choices," Lind wrote. "I have not pressured them in
    # this dispute," Lind said.' of one quote of both; held-out t242, heldout36)
    near = at[0] - 1 if lo == 0 else at[-1] + 1
    next_c = (every[near].start, every[near].end) if 0 <= near < len(every) and any(
        _sentence_ends(art, t) for t in range(w.first + lo, w.first + hi - 1)) else None
    keys = art.tokens.keys
    cut, whole = keys[w.first + lo : w.first + hi], keys[w.first : w.last]
    who = speaker_key(o.speaker)
    for f in there.units:
        if f.start < o.end and o.start < f.end:
            continue
        k = speaker_key(f.speaker)
        if who and k and not same_speaker(who, k):
            continue
        if f.start < lo_c or f.end > hi_c:
            if not (next_c and next_c[0] <= f.start and f.end <= next_c[1]
                    and _one_named_speaker(who, k, speaker_key(w.speaker))):
                continue
        fk = there.tokens.keys[f.first : f.last]
        n = len(fk)
        if n < 2 or any(whole[i : i + n] == fk for i in range(len(whole) - n + 1)) \
                or found_in(art, fk, speakers=speakers,
                            besides=(w.first, w.last) if _spliced(fk, whole) else None):
            continue
        blocks = [b for b in SequenceMatcher(None, fk, cut, autojunk=False).get_matching_blocks()
                  if b.size]
        alike = [k for b in blocks for k in fk[b.a : b.a + b.size]]
        if len(alike) < 2 or 2 * len(alike) < n or all(k in STOPWORDS for k in alike):
            continue
        first, last = blocks[0], blocks[-1]
        c0 = max(0, first.b - first.a)
        c1 = min(len(cut), last.b + last.size + (n - last.a - last.size))
        if c1 - c0 > 2 * n:
            continue  # words alike scattered over the cut: no one stretch it stands for
        own = _content_stems(fk)
        if 2 * len(own & _content_stems(cut[c0:c1])) < len(own):
            # its content words mostly its own: another thing the speaker said, alike only
            # in its subject ('"the pilots have been treated fairly"' against "The pilots
            # have been on the water since dawn, and …", session 35's review)
            continue
        return lo + c0, lo + c1, f
    return None


def _spliced(fk: list[str], whole: list[str]) -> bool:
    """Whether the words ``fk`` (a fragment another outlet quotes) are all words of the
    quote ``whole``, in order, with a content word, number or negation of ``whole``
    skipped between two of them: the quote with a clause dropped ("I have not
    interfered in this investigation" of "I have not interfered, and I will not
    interfere, in this investigation": the pledge gone; held-out t242, be62b937dea9),
    which :func:`found_in` finds in two pieces, each at a comma, as if the quote had
    them as written. Stopwords or spoken fillers skipped (rules.quotes_trims
    .SPOKEN_FILLER_WORDS) leave the same words."""
    from difflib import SequenceMatcher

    blocks = [b for b in SequenceMatcher(None, fk, whole, autojunk=False).get_matching_blocks()
              if b.size]
    if sum(b.size for b in blocks) < len(fk):
        return False
    return any(_weighty(k) and k not in SPOKEN_FILLER_WORDS
               for p, q in pairwise(blocks) for k in whole[p.b + p.size : q.b])


def _one_named_speaker(who: str | None, k: str | None, whole: str | None) -> bool:
    """Whether a quote of speaker key ``who`` and a fragment in the sentence next to
    it of key ``k`` are one speaker's, the other outlet's whole quote being of ``whole``:
    both named alike (told apart by the caller), or one of them named as the whole
    quote's speaker and the other unread, a pronoun ('"… for his actions," he wrote. "I
    have not interfered in this investigation," Montaner claimed.': held-out t242,
    be62b937dea9, the pledge dropped from the second sentence hidden as words added)."""
    if who and k:
        return True
    named = who or k
    return bool(named and whole and same_speaker(named, whole))


def _turned(art: _Article, w: _Unit, lo: int, hi: int) -> bool:
    """Whether the words ``lo:hi`` of quote ``w`` (relative to it), cut at one of its
    edges where the other quote ends, are a clause joined to the words both give by a
    conjunction of contrast (rules.quote_changes.CONTRAST_OPENERS) after a clause mark,
    in their sentence, the clause holding a weighty word: before the kept words, the
    concession "The dam's crack is serious, but" of "…, but the structure as a whole is
    sound" (invented dev d204, session 32, read wrong as "gives more of it", as d155 and
    d65; not an additive "Not only …, but", quote_scope.ADDITIVE_CORRELATIVES), or a
    fronted clause of concession ("Although the pumps are old,"); after them, a
    contrast clause ("…, but the inquiry has barely begun"). A cut at
    a sentence's end (a sentence before or after the kept ones) is no such clause: a
    longer excerpt."""
    keys, t0, t1 = art.tokens.keys, w.first + lo, w.first + hi
    if hi - lo < 2:
        return False
    if lo == 0:  # before the kept words: "…, but" closes the cut
        conj = t1 - 1
        first = conj - 1
        while first > t0 and not _sentence_ends(art, first - 1):
            first -= 1
        head = next((len(h) for h in CONCESSIVE_HEADS
                     if tuple(keys[first : first + len(h)]) == h), 0) \
            or (1 if keys[first] in CONTRAST_OPENERS else 0)
        if head and first + head < conj and _parts_after(art, conj) \
                and not _sentence_ends(art, conj):
            # or a fronted subordinate clause of concession opens the kept words' sentence
            # (quote_scope.CONCESSIVE_HEADS): "Although the pumps are old," or "Even
            # though the pumps are old," of "…, the engine room is dry"
            return any(map(_weighty, keys[first + head : t1]))
        if keys[conj] not in CONTRAST_OPENERS or not _parts_after(art, conj - 1) \
                or _sentence_ends(art, conj - 1) or any(
                tuple(keys[t : t + len(c)]) == c for c in ADDITIVE_CORRELATIVES
                for t in range(first, conj)):
            return False  # "Not only is the channel closed, but": one more claim, no contrast
        return any(map(_weighty, keys[first:conj]))
    if keys[t0] not in CONTRAST_OPENERS or not _parts_after(art, t0 - 1) \
            or _sentence_ends(art, t0 - 1):
        return False
    last = t0 + 1
    while last < t1 and not _sentence_ends(art, last - 1):
        last += 1
    return any(map(_weighty, keys[t0 + 1 : last]))


# Phrases that limit a claim to a time or a state (rules: quote_changes.HEDGE_PHRASES and
# PRESENT_LIMITERS of two words or more, quote_scope.STATE_LIMITERS and VALIDITY_LIMITERS,
# and "this" before one of quote_scope.LIMITED_PERIODS): what :func:`_limiting` looks for
# in a cut. A lone "yet" is left out: at a clause's edge it is as often a conjunction of contrast (:func:`_turned`).
_LIMITS = tuple(sorted({*HEDGE_PHRASES, *(p for p in PRESENT_LIMITERS if len(p) > 1),
                        *STATE_LIMITERS, *VALIDITY_LIMITERS,
                        *(("this", n) for n in LIMITED_PERIODS)},
                       key=lambda p: -len(p)))


def _limit_span(art: _Article, w: _Unit, lo: int, hi: int) -> tuple[int, int]:
    """The tokens ``(p, q)`` of a phrase limiting the kept words' claim in the words
    ``lo:hi`` of quote ``w`` (relative to it) that it has at an edge where the other
    outlet's quote ends, in the kept words' sentence (a sentence before or after them is
    a longer excerpt): before the kept words, a limiting phrase (``_LIMITS``) with no clause
    mark between it and them but its own comma ("At this stage we have", "In its current
    form,"), a belief right before them (rules.quote_changes.BELIEF_SUBJECTS and
    HEDGE_VERBS, an optional "that": "I believe"), or a condition opening their sentence
    (quote_scope.CONDITION_HEADS up to its comma: "If the river holds,"); after them, a
    limiting phrase or a condition straight on from them or after a comma ("… can afford
    this year", "…, for now"). ``(0, 0)`` when none: a cut of emphasis ("even", "in living
    memory") or of a clause of its own is a longer excerpt."""
    keys = art.tokens.keys
    t0, t1 = w.first + lo, w.first + hi

    def plain_at(p: int, stop: int) -> int:
        return next((p + len(ph) for ph in _LIMITS
                     if p + len(ph) <= stop and tuple(keys[p : p + len(ph)]) == ph), -1)

    def phrase_at(p: int, stop: int) -> int:
        q = plain_at(p, stop)
        # "this year" limits a claim its clause restricts (quote_diff._restricted: a
        # superlative, a negation, a pledge's modal: "the best we can afford this year"),
        # not the time of what happened ("The storm flooded the town this week")
        if q - p == 2 and keys[p + 1] in LIMITED_PERIODS and not _period_restricts(art, w, p):
            return -1
        return q

    if lo == 0:  # before the kept words, which start at t1
        if t1 >= w.last or _sentence_ends(art, t1 - 1):
            return 0, 0
        s = t1 - 1
        while s > t0 and not _sentence_ends(art, s - 1):
            s -= 1
        for p in range(s, t1):
            q = phrase_at(p, t1)
            # the phrase is the kept clause's: its own comma only when it opens the
            # sentence or stands between commas ("At this stage, we have", "There is, at
            # this stage,"), no clause mark or opener after it ("the largest penalty this
            # year, and it" limits the clause before, invented dev d130)
            if q > 0 and not any(_parts_after(art, t) for t in range(q, t1)) and (
                    p == s or not _parts_after(art, q - 1) or _parts_after(art, p - 1)) \
                    and not any(
                    keys[t] in CLAUSE_OPENERS for t in range(q, t1)):
                return p, q
        for n in (2, 3):
            b = t1 - n
            if b >= s and keys[b] in BELIEF_SUBJECTS and keys[b + 1] in HEDGE_VERBS and (
                    n == 2 or keys[b + 2] == "that") and not any(
                    _parts_after(art, t) for t in range(b, t1)):
                return b, t1
        head = next((h for h in CONDITION_HEADS if tuple(keys[s : s + len(h)]) == h), None)
        if head and (head[0] != "if" or not is_stock_if(keys[s:t1])):
            marks = [t for t in range(s, t1) if _parts_after(art, t)]
            if len(marks) == 1:  # the condition's own comma, then the kept clause
                return s, marks[0] + 1
        return 0, 0
    if t0 <= w.first or _sentence_ends(art, t0 - 1):
        return 0, 0
    q = phrase_at(t0, t1)
    if q > 0:
        return t0, q
    if (keys[t0],) in PRESENT_LIMITERS and (t0 + 1 >= w.last or _parts_after(art, t0)):
        # a lone "yet" closing the kept clause ("no sign of tampering yet."): the adverb of
        # time up to now, never the conjunction, which opens a clause (session 39's held-out
        # t279: an added "yet" hidden behind the words the other quote gives first)
        return t0, t0 + 1
    _, cond = _condition_tail(art, w, 0, lo)
    return (t0, t0 + len(cond)) if cond else (0, 0)


def _period_restricts(art: _Article, w: _Unit, p: int) -> bool:
    """Whether the clause of quote ``w`` that the two keys at token ``p`` ("this year")
    stand in restricts what it claims, as quote_diff._restricted reads it on the quote's
    words (the same occurrence of the two keys there)."""
    surface, keys = _qd_words(art.text[w.start : w.end])
    pair = art.tokens.keys[p : p + 2]
    nth = sum(1 for t in range(w.first, p) if art.tokens.keys[t : t + 2] == pair)
    hits = [i for i in range(len(keys) - 1) if keys[i : i + 2] == pair]
    return nth < len(hits) and _qd_restricted(surface, keys, hits[nth], hits[nth] + 2)


def _said_beside(words: list[str], outside: str) -> bool:
    """Whether the words of a limiting phrase are said in ``outside`` (the other outlet's
    sentence around its quote, its fragments there included): its content words by stem
    ('he has "no business in a law faculty" if he believes "that nonsense"' says "If you
    believe that nonsense", invented dev t197), or all its words when it has none ("for
    now")."""
    around = norm_key(outside).split()
    content = {stem(k) for k in words if k not in STOPWORDS}
    if content:
        return content <= {stem(k) for k in around}
    return set(words) <= set(around)


def _limiting(art: _Article, w: _Unit, lo: int, hi: int) -> str:
    """The limiting phrase of :func:`_limit_span`, as written ("" for none)."""
    p, q = _limit_span(art, w, lo, hi)
    if q <= p:
        return ""
    return art.text[art.tokens.starts[p] : art.tokens.ends[q - 1]].strip(_GAP_STRIP)


def _past_woven(xa: _Article, u: _Unit, ka: list[str], xb: _Article, v: _Unit, kb: list[str],
                part: list) -> None:
    """A stretch each quote has at an edge (``part``: keys ``i1:i2`` of ``u``, ``j1:j2`` of
    ``v``, relative to each), less the words of one that the other's outlet writes in its
    own words there, its quote woven into them (:func:`_woven`): 'Duarte said the state
    "did not negotiate"' against "The state does not negotiate" parts on 'did' / 'does',
    not 'did' / 'The state does'. In place."""
    i1, i2, j1, j2 = part[:4]
    for art, w, lo, hi, mine, step in ((xa, u, j1, j2, kb, "b"), (xb, v, i1, i2, ka, "a")):
        for edge in (0, 1):
            if (edge == 0 and (i1 or j1)) or (edge == 1 and (i2 < len(ka) or j2 < len(kb))):
                continue
            woven = [art.tokens.keys[t] for t in _woven(art, w, edge)]
            said = woven[::-1] if edge == 0 else woven  # in the text's order
            seg = mine[lo:hi]
            for k in range(min(len(seg) - 1, len(said)), 0, -1):
                if (edge == 0 and said[-k:] == seg[:k]) or (edge == 1 and said[:k] == seg[-k:]):
                    if step == "b":
                        part[2 if edge == 0 else 3] += k if edge == 0 else -k
                    else:
                        part[0 if edge == 0 else 1] += k if edge == 0 else -k
                    break


def _trimmed(art: _Article, w: _Unit, edge: int) -> bool:
    """Whether quote ``w`` of ``art`` is trimmed at ``edge`` by its outlet's own sentence,
    not given as the speaker's sentence starting or ending there: before it, it opens in
    lower case on the outlet's words (:func:`_woven`: 'said the old quay "will stay open'),
    after it, it closes on no punctuation of its own ('claimed it was "the largest seizure
    … of our ports".'), or on a comma when it opened so and the outlet's sentence goes on
    ('acknowledged that "the findings left us no choice," but did not …'). A quote closed
    on its own full stop ('had been "ignored for years by management."', session 30's
    held-out t181), or one that opens the sentence and closes on the comma before its
    attribution ('"Orbelliani gave us a country," Ferrand told councillors', t185), is given
    as the speaker's whole sentence: what another outlet quotes past it is a cut to tell."""
    woven = bool(_woven(art, w, 0))
    if edge == 0:
        return woven
    quote = art.text[w.start : w.end].rstrip("\"'”’ ")
    if not _CLOSED.search(quote):
        return True
    return woven and quote.endswith(",") and w.last < len(art.tokens.keys) \
        and not _sentence_ends(art, w.last - 1)


def _cut_inside(xa: _Article, u: _Unit, i1: int, i2: int, xb: _Article, v: _Unit, j1: int,
                j2: int) -> bool:
    """Whether words one quote has inside where the other has none (``i1:i2`` of unit
    ``u``, ``j1:j2`` of ``v``, relative to each, one of them empty) are a cut: the other
    marks it where they stood (an ellipsis or bracket), or they are whole sentences of the
    one that has them (as :func:`_realigned` reads a passage quoted again)."""
    for art, w, lo, hi, other, o, at in ((xa, u, i1, i2, xb, v, j1), (xb, v, j1, j2, xa, u, i1)):
        if hi == lo:
            continue
        t1, t2 = w.first + lo, w.first + hi
        gap = other.text[other.tokens.ends[o.first + at - 1] : other.tokens.starts[o.first + at]] \
            if 0 < at < o.last - o.first else ""
        if _MARKED_CUT.search(gap):
            return True
        return (_sentence_ends(art, t1 - 1) if t1 > w.first else True) and (
            _sentence_ends(art, t2 - 1) if t2 < w.last else True)
    return False


def _keys(words: str, weighty: bool = True) -> set[str]:
    """The weighty keys of ``words`` (all its keys when it has none, or unless
    ``weighty``): what a told place is matched on."""
    keys = [key for w in words.split() for key, _, _ in _word_parts(w)]
    return ({k for k in keys if _weighty(k)} if weighty else set()) or set(keys)


def _covers(told: tuple[str, str], piece: Piece) -> bool:
    """Whether the told place ``told`` (a pair of words, as ``SharedQuote.differs``) tells
    ``piece``: it says all of the piece's words each side, or, for a stretch put for
    another at a quote's edge, it is the counterpart the finder cut out of it."""
    ta, tb, pa, pb = _keys(told[0]), _keys(told[1]), _keys(piece.a), _keys(piece.b)
    if pa <= _keys(told[0], False) and pb <= _keys(told[1], False):
        return True
    return piece.lone_edge and bool(ta | tb) and ta <= pa and tb <= pb and bool(ta) == bool(pa) \
        and bool(tb) == bool(pb)


def told_in_full(ctx: FindingContext, sq: SharedQuote, cache: dict[str, _Article]
                 ) -> tuple[SharedQuote, str, tuple[tuple[str, str], ...]]:
    """``sq`` as its finding tells it, every place its two quotes part said
    (:func:`difference`), and how: "same" (they part nowhere: a shared quote), "cut" (only
    where one quote has words at an edge the other lacks: the places, each "A adds '…'",
    as the third value) or "changed" (nearly the same words: the places are
    ``differs`` and ``also``). A place the finder told already stays as it told it (its
    edge tests say the counterpart); a told place that is the same words written two ways
    (one name spelled two ways) is dropped; a place it left untold is added, and then the
    places are told as the whole comparison gives them, the finder's told places outside
    both quotes (a fragment beside one, a quote elsewhere) first."""
    sq = _in_full(ctx, sq, cache)
    # a trim by the outlet's own sentence is a fair fragment, unless it cuts a phrase that
    # limits the claim (Piece.limiting: "At this stage", "this year", invented dev d226)
    # or a clause the kept claim is set against (Piece.conceded: "Nobody wants to strike,
    # but", session 34's held-out t225)
    pieces = [p for p in difference(ctx, sq, cache) if not p.trimmed or p.limiting or p.conceded]
    told = [t for t in ((sq.differs, *sq.also) if sq.change else ()) if any(t)]
    # a told place that is the same words two ways ("Orbeliani" / "Orbelliani")
    told = [t for t in told if not (t[0] and t[1] and norm_key(t[0]) == norm_key(t[1]))
            and not _spelled_alike(t)]

    said_a = set().union(*(_keys(t[0], False) for t in told)) if told else set()
    said_b = set().union(*(_keys(t[1], False) for t in told)) if told else set()
    # the words of told places set against words the other side has (a fragment beside
    # the cut quote): what a cut taken up in part is told by. A place one side adds alone
    # tells no more of a cut than its own words: "adds 'so far'" hid the Courier's cut of
    # "so far, but the investigation is at a very early stage" (invented dev d65, reader31)
    against = [t for t in told if t[0] and t[1]]
    set_a = set().union(*(_keys(t[0], False) for t in against)) if against else set()
    set_b = set().union(*(_keys(t[1], False) for t in against)) if against else set()

    def covered(p: Piece) -> bool:
        # edits inside the run (told "a word apart"), a place the told words say (together),
        # a cut where the finder reads the quote as a cut (told "gives more of it")
        # (a cut whose words a told place takes up in part: the finder set a fragment
        # beside the cut quote against them, 'endangered "the lives of our deckhands"')
        # (a clause cut with its conjunction of contrast is told by its words, never by
        # "gives more of it": Piece.turning)
        return (p.inside and sq.edits > 0) or any(_covers(t, p) for t in told) or (
            _keys(p.a) <= said_a and _keys(p.b) <= said_b) or (
            p.cut and sq.change in (None, "extent") and not p.turning and not p.limiting
            and not p.conceded) or (
            p.cut and bool(_keys(p.a) & set_a if p.a else _keys(p.b) & set_b))

    untold = [p for p in pieces if not covered(p)]
    if not untold:
        if not told and sq.change not in (None, "extent"):
            # every told place was the same words written two ways
            return replace(sq, change=None, differs=("", ""), also=()), _kind(sq.edits, pieces), ()
        if told != [t for t in ((sq.differs, *sq.also) if sq.change else ()) if any(t)]:
            sq = replace(sq, differs=told[0], also=tuple(told[1:]))
        kind = "changed" if sq.edits or sq.change not in (None, "extent") else _kind(0, pieces)
        return sq, kind, tuple((p.a, p.b) for p in pieces if p.cut) if kind == "cut" else ()
    # told anew: the finder's places that no piece holds (outside both quotes), then each
    # piece, as the finder cut it where it told the counterpart of a stretch at an edge
    placed = []
    for p in pieces:
        cut_to = next((t for t in told if p.lone_edge and _covers(t, p)), None)
        # a limiting cut told by its phrase ("adds 'At this stage'") when the rest of the
        # cut is words of no weight ("we have"); else whole ("so far, but the inspection
        # is at a very early stage": the caveat is told too, session 32)
        rest = _keys(p.a or p.b, False) - _keys(p.limiting, False)
        limit = ((p.limiting, "") if p.a else ("", p.limiting)) \
            if p.limiting and not any(map(_weighty, rest)) else None
        placed.append(cut_to or limit or (p.a, p.b))
    outside = [t for t in told if not any(_within(t, p) or _same_place(t, p) for p in pieces)]
    places = [*outside, *placed]
    # a cut limit or a cut clause the kept claim is set against changes what the kept words
    # claim: nearly the same words, never a quote given in part (session 35: "gives more
    # of it" hid t223's "We are open to talks, but" and t225's "Nobody in the cockpit
    # wants to strike, but", session 34's held-out set)
    limited = any(p.limiting or p.conceded for p in untold)
    if not told and all(p.cut for p in pieces) and not limited:
        return replace(sq, change=None, differs=("", ""), also=(), edits=0), "cut", tuple(places)
    change = sq.change if sq.change not in (None, "extent") else "qualifier" if limited else "words"
    return (replace(sq, change=change, differs=places[0], also=tuple(places[1:]), edits=0),
            "changed", ())


def _in_full(ctx: FindingContext, sq: SharedQuote, cache: dict[str, _Article]) -> SharedQuote:
    """``sq`` with a side that is a part of a fuller quote of its own article (a headline's
    quoted words, '"They came on Saturday": …', given whole in the body, or a fragment
    quoted again) put as that fuller quote, when the fuller one parts from the other side's
    quote in words (:func:`difference`: a place that is no cut), the shared words the part's
    run: the line tells the whole quote's difference, not the part's words as shared
    (invented dev d225, session 34: Svitlo's headline paired with Otchizna's "We asked for
    the sappers on Friday, and they came on Saturday" hid the body's "Thursday"). A fuller
    quote of another named speaker (than the part's, or the other side's where the part
    names none) is not the side's; one that parts only by cuts leaves
    ``sq`` as it is.

    A line the finder told only by words the other side adds at the part's edges (change
    "claim": "right-standard adds 'We have been waiting two years for this…'") is a part's
    line too: the part's own article may give those words, changed, in the fuller quote
    (session 37's held-out t255: Solidarity's headline '"Our patience is gone"' against
    the Standard's "waiting two years" hid the body's "waiting three years"). Moved, its
    told places are dropped and the whole quotes' difference tells it."""
    if sq.edits:
        return sq  # its told places are the part's
    told = [t for t in (sq.differs, *sq.also) if any(t)] if sq.change is not None else []
    if sq.change is not None and not told:
        return sq
    for first in (True, False):
        side, theirs = (sq.a, sq.b) if first else (sq.b, sq.a)
        # every told place words the other side adds where this side has none
        if told and not all(not t[0 if first else 1] and t[1 if first else 0] for t in told):
            continue
        art = article(ctx, side.article, cache)
        u = art.units[art.unit_at[(side.start, side.end)]]
        run = art.tokens.within(side.run_start, side.run_end)
        rk = art.tokens.keys[run.start : run.stop]
        # a part with no speaker of its own (a headline's) is the other side's statement:
        # a fuller quote of another named speaker is not it
        who = speaker_key(u.speaker) or speaker_key(theirs.speaker)
        for w in art.units:
            if w.last - w.first <= u.last - u.first or (w.start < u.end and u.start < w.end):
                continue
            k = speaker_key(w.speaker)
            if who and k and not same_speaker(who, k):
                continue
            wk = art.tokens.keys[w.first : w.last]
            at = next((i for i in range(len(wk) - len(rk) + 1) if wk[i : i + len(rk)] == rk), -1)
            if at < 0 or not _one_passage(wk, theirs, cache):
                continue
            full = Side(side.article, w.start, w.end, art.tokens.length(w.first, w.last),
                        w.speaker or side.speaker,
                        *art.tokens.span(w.first + at, w.first + at + len(rk)),
                        (w.last - w.first) - len(rk))
            moved = replace(sq, a=full) if first else replace(sq, b=full)
            if told:
                moved = replace(moved, change=None, differs=("", ""), also=())
            if any(not p.cut for p in difference(ctx, moved, cache)):
                return moved
    return sq


def _one_passage(keys: list[str], side: Side, cache: dict[str, _Article]) -> bool:
    """Whether the keys of a fuller quote and the quote of ``side`` are one passage:
    MIN_CUT_SHARE of the shorter's words alike, in order (another statement that holds a
    fragment's words, 'Freedom of conscience is …' against '… defend freedom of
    conscience', is none: invented dev d67)."""
    from difflib import SequenceMatcher

    art = cache[side.article]
    u = art.units[art.unit_at[(side.start, side.end)]]
    other = art.tokens.keys[u.first : u.last]
    alike = sum(b.size for b in SequenceMatcher(None, keys, other, autojunk=False)
                .get_matching_blocks())
    return alike >= MIN_CUT_SHARE * min(len(keys), len(other))


def _kind(edits: int, pieces: list[Piece]) -> str:
    if edits or any(not p.cut for p in pieces):
        return "changed"
    return "cut" if pieces else "same"


def _same_place(told: tuple[str, str], piece: Piece) -> bool:
    """Whether a told place and ``piece`` are one place: each side with words in both and
    a key of them alike, or with words in neither ("We cannot" / "We will" and "cannot" /
    "will not"); a told place with words where the piece has none is another place (a
    fragment beside the quote, :func:`_with_lifts`)."""
    return all((bool(t) == bool(p)) and (not t or bool(_keys(t, False) & _keys(p, False)))
               for t, p in ((told[0], piece.a), (told[1], piece.b)))


def _within(told: tuple[str, str], piece: Piece) -> bool:
    """Whether a told place lies within ``piece`` (each side's words among the piece's)."""
    return (_keys(told[0], False) <= _keys(piece.a, False)
            and _keys(told[1], False) <= _keys(piece.b, False))


def _spelled_alike(told: tuple[str, str]) -> bool:
    """Whether a told place is one name spelled two ways, word for word ("Orbeliani" /
    "Orbelliani"): both capitalised, quote_diff._name_spelling."""
    wa, wb = told[0].split(), told[1].split()
    if not wa or len(wa) != len(wb):
        return False
    ka, kb = [norm_key(w) for w in wa], [norm_key(w) for w in wb]
    if any(len(k.split()) != 1 for k in ka + kb):
        return False
    fa = [w.lstrip("\"'“‘([")[:1].isupper() and k not in STOPWORDS for w, k in zip(wa, ka, strict=True)]
    fb = [w.lstrip("\"'“‘([")[:1].isupper() and k not in STOPWORDS for w, k in zip(wb, kb, strict=True)]
    return _name_spelling(ka, fa, kb, fb)
