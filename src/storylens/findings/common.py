"""Shared helpers for the finding families: one context built once per comparison.

Every finder receives the same :class:`FindingContext`, so sentence look-ups, the
sentence → alignment-group map and outlet names are computed once, not per finder.

Finder contract: a finder is a function ``(ctx: FindingContext) -> list[Finding]`` registered
with its kind in :mod:`storylens.findings.kinds`. ``Span`` offsets are article-text
offsets (like ``Quote``/``Entity`` offsets), clipped to the sentence.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from ..analysis.quotes import find_cues
from ..models import Alignment, Document, Provenance, Quote, Sentence, Span
from ..options import Options

_T = TypeVar("_T")

BODY_BLOCKS = frozenset({"paragraph", "standfirst"})
"""Blocks that count as body text (headlines and headings are rewritten by every desk)."""


@dataclass(frozen=True)
class FindingContext:
    """Everything a finder needs, indexed once."""

    docs: tuple[Document, ...]
    alignments: tuple[Alignment, ...]
    provenance: Provenance | None
    options: Options
    sentences: dict[str, Sentence]  # sentence id -> Sentence
    documents: dict[str, Document]  # article id -> Document
    group_of: dict[str, int]  # sentence id -> index into ``alignments``
    # article id -> its sentences' starts (built on first use by sentence_at), or None
    # when its sentences are not in order without overlaps (then it scans them)
    _starts: dict[str, list[int] | None] = field(default_factory=dict, compare=False, repr=False)
    # outlet name -> how many of the story's articles carry it (built on first use by label)
    _outlet_counts: dict[str, int] = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(
        cls,
        docs: Sequence[Document],
        alignments: Sequence[Alignment],
        provenance: Provenance | None = None,
        options: Options | None = None,
    ) -> FindingContext:
        sentences = {s.id: s for d in docs for s in d.sentences}
        group_of: dict[str, int] = {}
        for gi, al in enumerate(alignments):
            for sid in al.sentences:
                group_of[sid] = gi
        return cls(
            docs=tuple(docs),
            alignments=tuple(alignments),
            provenance=provenance,
            options=options or Options(),
            sentences=sentences,
            documents={d.id: d for d in docs},
            group_of=group_of,
        )

    def sentence(self, sid: str) -> Sentence:
        return self.sentences[sid]

    def per_story(self, name: str, make: Callable[[FindingContext], _T]) -> _T:
        """``make(self)`` once per story: the findings and the coverage summary build two
        contexts on the same documents and alignments, and both read the story-wide
        framing and the fact coverage (with ``--story-framing`` / ``--fact-coverage``
        each was computed twice, ~0.4 s on a 50-article story). Only for results that
        depend on nothing but the documents and alignments (not ``options``), and are
        never changed by a reader. Kept on the first Document (frozen, never changed),
        as ``analysis.descriptors.per_document`` does, so it lives as long as the story
        and cannot go stale: a hit needs the very same documents and alignments."""
        if not self.docs:
            return make(self)
        memo = self.docs[0].__dict__.setdefault("_story_memo", {})
        got = memo.get(name)
        # (the very tuples of this context first: the coverage readers ask ~4,700 times
        # per 50-article story, and comparing ~1,000 groups one by one each time cost
        # ~0.04 s)
        if got is not None and (got[0] is self.docs or _same(got[0], self.docs)) \
                and (got[1] is self.alignments or _same(got[1], self.alignments)):
            return got[2]
        value = make(self)
        memo[name] = (self.docs, self.alignments, value)
        return value

    def per_story_made(self, name: str) -> object | None:
        """What :meth:`per_story` keeps under ``name`` for this story, or None when nothing
        made it yet (a reader that can use a fuller result made by another, unmade)."""
        got = self.docs[0].__dict__.get("_story_memo", {}).get(name) if self.docs else None
        if got is not None and (got[0] is self.docs or _same(got[0], self.docs)) \
                and (got[1] is self.alignments or _same(got[1], self.alignments)):
            return got[2]
        return None

    def outlet(self, article_id: str) -> str:
        """The outlet name an editor knows, falling back to the article id."""
        doc = self.documents.get(article_id)
        return (doc.article.outlet if doc else "") or article_id

    def same_outlet(self, a: str, b: str) -> bool:
        """Whether articles ``a`` and ``b`` are one outlet's (never for one article id
        with no outlet: the fallback is the id). Story-wide framing compares outlets'
        choices, so one outlet's two articles are never set against each other: in the
        84-article PolNeAR valid run the three same-outlet contrasts ("nyt (a25) writes
        'divisive legacy' where nyt (a30) writes 'legacy'") were all two stories' words,
        none an outlet's framing."""
        return a == b or self.outlet(a) == self.outlet(b)

    def contrasted(self, a: str, b: str) -> bool:
        """Whether a story-wide framing contrast of words may set article ``a`` against
        ``b``: two outlets (:meth:`same_outlet`) telling one story (``coverage.pair_tied``:
        a salient name or a close aligned group in common). The attribution rules ask
        :meth:`same_outlet` only: one speaker named in both is their tie."""
        if self.same_outlet(a, b):
            return False
        from .coverage import pair_tied

        return pair_tied(self, a, b)

    def label(self, article_id: str) -> str:
        """The outlet as a finding's or the summary's text names it: the outlet, with
        the article id when another article of the story has the same outlet ("nyt
        (a5)"), so one outlet's two articles never read as one ("nyt writes 'claims'
        where nyt writes 'said'", s8 reader report item 8). Machine-readable ``outlet``
        fields keep :meth:`outlet`; their ``article`` ids tell the articles apart."""
        o = self.outlet(article_id)
        if o == article_id:
            return o
        if not self._outlet_counts:
            for d in self.docs:
                k = self.outlet(d.id)
                self._outlet_counts[k] = self._outlet_counts.get(k, 0) + 1
        return f"{o} ({article_id})" if self._outlet_counts.get(o, 0) > 1 else o

    def group(self, sid: str) -> Alignment | None:
        gi = self.group_of.get(sid)
        return None if gi is None else self.alignments[gi]

    def quotes(self, article_id: str) -> tuple[Quote, ...]:
        doc = self.documents.get(article_id)
        if doc is None or doc.analysis is None:
            return ()
        return doc.analysis.quotes

    def sentence_at(self, article_id: str, offset: int) -> Sentence | None:
        """The sentence of ``article_id`` that contains character ``offset``."""
        doc = self.documents.get(article_id)
        if doc is None:
            return None
        sents = doc.sentences
        if article_id not in self._starts:  # once per article: a scan per call was quadratic
            ordered = all(a.end <= b.start for a, b in zip(sents, sents[1:], strict=False))
            self._starts[article_id] = [s.start for s in sents] if ordered else None
        starts = self._starts[article_id]
        if starts is not None:
            i = bisect_right(starts, offset) - 1
            return sents[i] if i >= 0 and offset < sents[i].end else None
        for s in sents:
            if s.start <= offset < s.end:
                return s
        return None


def _same(a: Sequence[object], b: Sequence[object]) -> bool:
    return len(a) == len(b) and all(x is y for x, y in zip(a, b, strict=True))


def sentence_cues(doc: Document, s: Sentence) -> list[tuple[int, int, str]]:
    """``analysis.quotes.find_cues`` of one sentence of ``doc``, found once per document:
    the aligned framing finder and the attribution finder both read a sentence's cues, and
    finding them tokenises the sentence. Kept on the Document (frozen, never changed), as
    ``analysis.descriptors.per_document`` does; callers never change the list."""
    memo = doc.__dict__.get("_memo_sentence_cues")
    if memo is None:
        memo = doc.__dict__["_memo_sentence_cues"] = {}
    got = memo.get((s.start, s.end))
    if got is None:
        got = memo[(s.start, s.end)] = find_cues(doc.article.text, s.start, s.end)
    return got


def article_of(sid: str) -> str:
    """``"a2:s7" -> "a2"``."""
    return sid.partition(":s")[0]


def group_articles(ctx: FindingContext, al: Alignment,
                   keep: Callable[[Sentence], bool] | None = None) -> list[str]:
    """The articles of an alignment group's sentences (those ``keep`` takes, when given),
    sorted, each once."""
    return sorted({ctx.sentences[s].article for s in al.sentences
                   if s in ctx.sentences and (keep is None or keep(ctx.sentences[s]))})


def group_pairs(arts: Sequence[str]) -> list[frozenset[str]]:
    """Every pair of the articles ``arts`` (one group's, :func:`group_articles`), in order."""
    return [frozenset((x, y)) for i, x in enumerate(arts) for y in arts[i + 1:]]


def span(sentence: Sentence, start: int, end: int) -> Span:
    """A :class:`Span` in article-text offsets, clipped to the sentence."""
    return Span(sentence.id, max(start, sentence.start), min(end, sentence.end))


def spans_over(ctx: FindingContext, sids: Sequence[str], start: int, end: int) -> list[Span]:
    """One clipped :class:`Span` per sentence that ``[start, end)`` crosses."""
    out = []
    for sid in sids:
        s = ctx.sentences.get(sid)
        if s is not None and s.start < end and start < s.end:
            out.append(span(s, start, end))
    return out


def sentence_span(sentence: Sentence) -> Span:
    return Span(sentence.id, sentence.start, sentence.end)


_QUOTE_CHARS = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "`": "'",
        "\u2032": "'",
    }
)
_WORD = re.compile(r"[^\W_]+(?:['\u2019][^\W_]+)*", re.UNICODE)


def words(text: str) -> list[str]:
    """Lower-cased word tokens with quote characters unified (a fallback used until
    ``storylens.normalize.tokens`` exists; kept identical in spirit to it)."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTE_CHARS).lower()
    return _WORD.findall(text)


def short(text: str, limit: int = 80) -> str:
    """Trim ``text`` for a one-line summary, on a word boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0]
    return cut + "…"
