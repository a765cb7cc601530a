"""Typed, frozen records passed between the stages.

The flow is ``RawArticle -> Article -> Document -> Comparison``:

* a reader turns a file or record into a :class:`RawArticle` (or a :class:`Skipped`);
* the cleaner turns it into an :class:`Article` with clean text, the removed lines and
  the text's blocks (headline, standfirst, headings, paragraphs);
* the segmenter (and, later, the analysers) make a :class:`Document` with sentences
  whose offsets slice the clean text exactly;
* the comparer aligns documents into a :class:`Comparison` that carries alignments,
  word diffs, provenance and findings.

Everything here is plain data so that the same records flow through the local path,
the store and a distributed engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from .dates import PublishedDate

# "embed": the words of an embedded social-media post (a tweet above its signature),
# kept in the text but quoted material, not the outlet's narration (clean._mark_embeds).
# "note": an editor's note or disclaimer set apart from the story ("Editor's note: ...",
# "Disclosure: ..."), kept in the text but stock, not narration (rules/boilerplate.NOTE_LABEL).
BlockKind = Literal["headline", "standfirst", "heading", "paragraph", "embed", "note"]
AlignKind = Literal["verbatim", "edited", "paraphrase"]
DiffTag = Literal["equal", "insert", "delete", "replace"]


@dataclass(frozen=True)
class RawArticle:
    """One article as a reader found it, before any cleaning.

    ``source`` names where it came from (a path, with ``:LINE`` for a record of a
    JSONL/CSV file) so every later message can point back at the input.
    For HTML inputs the reader keeps the raw ``html`` beside the extracted ``text`` (the
    store keeps both); plain text has ``text`` only.
    """

    source: str
    text: str | None = None
    html: str | None = None
    outlet: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime, as given
    author: str | None = None
    url: str | None = None
    record_id: str | None = None  # a record's own ``id`` field, when it has one
    standfirst: str | None = None
    # What HTML extraction left out (hover cards, blocks it dropped; line 0), which the
    # cleaner puts in front of its own removed lines: nothing is dropped silently.
    dropped: tuple[Removed, ...] = ()
    # The record's line in its file (JSONL, CSV), so a skip made after reading (by the
    # cleaner) carries the same ``line`` as one the reader made.
    line: int | None = None
    # Agencies the page's metadata credits rather than the text ("Associated Press" given
    # as a newspaper page's site name), in the ``Article.credits`` form ("AP").
    credits: tuple[str, ...] = ()


@dataclass(frozen=True)
class Skipped:
    """An input that could not be used, with the reason (never a silent ``None``)."""

    source: str
    reason: str  # a short code, e.g. "empty", "binary", "bad-json", "too-large"
    message: str  # one human line naming the problem
    line: int | None = None


@dataclass(frozen=True)
class Removed:
    """A line the cleaner removed, and why (reason codes live in ``rules/boilerplate``)."""

    text: str
    reason: str
    line: int  # 0-based line number in the text the cleaner received
    # A block of the HTML page that extraction left out (hover-card, not-extracted, a
    # related-link list): in no line of that text, so its ``line`` is 0 and means nothing.
    page: bool = False


@dataclass(frozen=True)
class Block:
    """A span of the clean text with its structural role."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True)
class Article:
    """A cleaned article. ``text`` is the clean text all offsets refer to."""

    id: str  # short, stable within one comparison: "a1", "a2", ...
    source: str
    outlet: str
    text: str
    title: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    record_id: str | None = None
    credits: tuple[str, ...] = ()  # wire / photo agencies credited ("AP", "Reuters")
    removed: tuple[Removed, ...] = ()
    blocks: tuple[Block, ...] = ()
    # The date given, when it cannot be used as one (in the future, before 1990, no day
    # named): its raw value, issue code and one-line reason (dates.checked_published);
    # ``published`` is then None, so no stage takes it for a date. Set where articles
    # enter the comparison (pipeline.compare_articles), against the run's one reference time.
    published_issue: PublishedDate | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of an article; ``article.text[start:end] == text`` always holds."""

    id: str  # "<article id>:s<index>", e.g. "a1:s3"
    article: str
    index: int
    start: int
    end: int
    text: str
    block: BlockKind = "paragraph"


@dataclass(frozen=True)
class Document:
    """An article with its sentences (and, once analysed, its extracted facts)."""

    article: Article
    sentences: tuple[Sentence, ...]
    analysis: Analysis | None = None  # filled by the analysis stage

    @property
    def id(self) -> str:
        return self.article.id


@dataclass(frozen=True)
class DiffOp:
    """One step of a word-level diff between two sentences."""

    tag: DiffTag
    a: str  # words of the first sentence in this step ("" for insert)
    b: str  # words of the second sentence in this step ("" for delete)


@dataclass(frozen=True)
class PairDiff:
    """Word diff between two aligned sentences, with its counts."""

    a: str  # sentence id
    b: str  # sentence id
    ops: tuple[DiffOp, ...]
    kept: int
    inserted: int
    deleted: int
    substituted: int


@dataclass(frozen=True)
class Alignment:
    """A group of sentences, at most one per article, that say the same thing.

    ``kind`` is the weakest link in the group: a group with one paraphrase edge is a
    paraphrase group. ``diffs`` holds word diffs for the edited pairs. ``copies``, in a
    paraphrase group only, holds its copied cores: the members joined to each other by
    verbatim or edited edges (a wire sentence two outlets copy, which a third rewrote), so
    that provenance and the copy findings still count them as copied text.
    """

    kind: AlignKind
    sentences: tuple[str, ...]
    similarity: float
    diffs: tuple[PairDiff, ...] = ()
    copies: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Link:
    """A secondary link: two sentences of different articles that pass the same evidence
    rules as a group's edges but sit in different groups (or one in none), because a group
    holds one sentence per article (a lede that sums up two later sentences, a caption that
    repeats the body). Links never change groups, provenance or findings."""

    a: str
    b: str
    kind: AlignKind
    similarity: float


@dataclass(frozen=True)
class Provenance:
    """Who shares what with whom.

    ``overlap[a][b]`` is the share of article a's body sentences aligned with some
    sentence of article b. ``source`` is the article most likely to carry the common
    text (None unless the copied text clears an absolute evidence floor); ``scores`` the
    per-article score behind that choice. ``warning`` says, when set, that the articles
    (or some of them) share too little to look like one story.
    """

    overlap: dict[str, dict[str, float]]
    source: str | None
    scores: dict[str, float]
    explanation: str
    warning: str | None = None
    # the findings left out because they set an article the warning names against the
    # others (pipeline._set_apart); None when none was named
    left_out: LeftOut | None = None


@dataclass(frozen=True)
class LeftOut:
    """The findings a comparison leaves out because they set an article the story warning
    names as another event against the others: ``articles`` (the named ones), ``types``
    (the kinds that compare tellings of one event: ``rules/story_warning.ONE_EVENT_TYPES``),
    ``count`` (how many were found and left out, per kind in ``by_type``) and ``reason``.
    ``groups``: where the warning says the kept articles are two stories or more run as one
    (``findings.coverage.story_parts``), those groups, so that the output says a finding set
    one group against another, not every article "against the others" (s27)."""

    articles: tuple[str, ...]
    types: tuple[str, ...]
    count: int
    by_type: dict[str, int]
    reason: str
    groups: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True)
class Span:
    """A character span inside one sentence's article text."""

    sentence: str
    start: int
    end: int


@dataclass(frozen=True)
class Finding:
    """Something an editor should look at, pointing at the exact sentences."""

    type: str  # quote_changed, fact_conflict, name_variant, framing, omission, addition, shared_source
    sentences: tuple[str, ...]
    summary: str  # one plain line
    detail: dict[str, Any] = field(default_factory=dict)
    confidence: float = 1.0
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Comparison:
    """The result of comparing the articles of one story."""

    documents: tuple[Document, ...]
    alignments: tuple[Alignment, ...]
    unique: tuple[str, ...]
    provenance: Provenance
    findings: tuple[Finding, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    timings: dict[str, float] = field(default_factory=dict)
    # secondary links (align.align_links); not used by provenance or findings
    links: tuple[Link, ...] = ()

    def sentence(self, sid: str) -> Sentence:
        """Look a sentence up by id (ids are ``<article>:s<index>``)."""
        art, _, idx = sid.partition(":s")
        for doc in self.documents:
            if doc.id == art:
                return doc.sentences[int(idx)]
        raise KeyError(sid)


# --- analysis records (filled by storylens.analysis) ----------------------------------

EntityKind = Literal["person", "place", "org", "norp", "other"]


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct or reported quote. Offsets index the article's clean text."""

    sentences: tuple[str, ...]  # ids of the sentence(s) the quote spans
    start: int  # content span (without the quote marks)
    end: int
    text: str
    direct: bool = True
    speaker: str | None = None
    speaker_span: tuple[int, int] | None = None
    cue: str | None = None  # the cue verb as written ("said", "told", "according to")
    cue_span: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A name mention. ``key`` links variants of one name across articles."""

    text: str
    kind: EntityKind
    start: int
    end: int
    sentence: str
    key: str
    title: str | None = None  # "Foreign Minister", "President", ...


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number, amount, quantity or date, with its normalised value.

    ``value`` is in SI units for quantities (``unit`` names it), a plain number for
    counts, money and percentages; dates carry ``date`` as ISO text ("2020-09-27",
    "2020-09", "2020").
    """

    text: str
    kind: str  # cardinal, money, percent, ratio, quantity, date, year, duration, ordinal
    start: int
    end: int
    sentence: str
    value: float | None = None
    unit: str | None = None
    original_unit: str | None = None
    date: str | None = None
    relative: bool = False  # resolved from "last week", "on Monday", ...


@dataclass(frozen=True)
class Analysis:
    quotes: tuple[Quote, ...] = ()
    entities: tuple[Entity, ...] = ()
    quantities: tuple[Quantity, ...] = ()
