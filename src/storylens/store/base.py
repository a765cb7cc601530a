"""The storage protocol of corpus mode and the rows it keeps.

One small typed :class:`Store` protocol; :mod:`storylens.store.sqlite` is the default
(one file, WAL), :mod:`storylens.store.memory` the in-memory twin for tests. Ingest, build
and export only ever talk to this protocol, never to a backend.

Identity (why re-ingesting is a no-op)
--------------------------------------
* ``content_hash`` is the article's key: BLAKE2b-128 of the *normalised clean text*
  (Unicode NFC, runs of whitespace collapsed) plus the article's *source identity*:
  its URL when it has one (a page crawled twice, in two WARC files, is one article),
  else its file path with the record's own ``id`` (a JSONL re-export with the lines in
  another order is still the same record), else its absolute path with ``:LINE``.
  So the same wire story carried by two outlets is *two* articles (the ``duplicates``
  command groups them; dropping one at ingest would lose who ran it), while the same
  record read twice is one. An updated page (same URL, new text) is kept as a second
  version; it shows up as a near-duplicate.
* ``raw_key`` is BLAKE2b-128 of the raw input (source, record id, URL, title, raw text
  or HTML). Ingest looks it up *before* cleaning, so a resumed or repeated ingest skips
  already-stored input without paying for the cleaner again. Skipped rows carry it
  too, so a bad record is not re-cleaned and re-reported on every run.
"""

from __future__ import annotations

import base64
import hashlib
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Literal, Protocol, runtime_checkable

GroupKind = Literal["exact", "near"]


@dataclass(frozen=True)
class StoredArticle:
    """One cleaned article as the store keeps it, raw input included.

    ``id`` is assigned by the store in insertion order (``0`` on a row not yet stored).
    ``removed_json`` is the cleaner's removed lines as ``[[text, reason, line], ...]`` (a
    fourth item ``"page"`` on a block HTML extraction left out; ``corpus.record``);
    ``blocks_json`` the clean text's blocks as ``[[kind, start, end], ...]``.
    """

    content_hash: str
    raw_key: str
    source: str  # absolute path, with ":LINE" for a record of a JSONL/CSV file
    outlet: str
    clean_text: str
    id: int = 0
    record_id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    raw_text: str | None = None
    raw_html: str | None = None
    removed_json: str = "[]"
    blocks_json: str = "[]"
    credits: tuple[str, ...] = ()
    # ``published`` is the date normalised at ingest (UTC ISO 8601, storylens.dates);
    # ``published_raw`` the value as scraped; ``published_issue`` why ``published`` is
    # empty although a raw value exists (unparseable, future, before-1990, ...).
    published_raw: str | None = None
    published_issue: str | None = None


@dataclass(frozen=True)
class ArticleRef:
    """An article's identity and listing fields, without its text (cheap to list)."""

    id: int
    source: str
    outlet: str
    record_id: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None


@dataclass(frozen=True)
class SkippedRow:
    """An input that was not stored, with the reason code and a human line."""

    source: str
    reason: str
    message: str
    line: int | None = None
    raw_key: str | None = None

    @property
    def key(self) -> str:
        """The row's identity: the same input skipped for the same reason is one row."""
        return digest(self.source, str(self.line), self.reason, self.raw_key or "")


@dataclass(frozen=True)
class FileMark:
    """An input file read to the end: ``items`` articles and skips came out of it.

    Written in the same transaction as the file's last rows, so a mark means every row
    of the file is stored; a re-run skips a file whose size and mtime still match.
    """

    path: str
    size: int
    mtime_ns: int
    items: int = 0


@dataclass(frozen=True)
class GroupMember:
    article_id: int
    similarity: float = 1.0  # to the group's canonical article


@dataclass(frozen=True)
class StoredGroup:
    """A duplicate group: exact copies (same clean text) or near-duplicates (wire copies)."""

    id: int
    kind: GroupKind
    canonical: int  # article id of the representative copy (the earliest published)
    members: tuple[GroupMember, ...]
    similarity: float  # lowest member similarity to the canonical article

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class StoredStory:
    """A story: articles about one event. ``id`` numbers stories 1..N per build."""

    id: int
    label: str  # a representative headline
    article_ids: tuple[int, ...]
    first_published: str | None = None
    last_published: str | None = None

    @property
    def size(self) -> int:
        return len(self.article_ids)


@dataclass(frozen=True)
class StoreCounts:
    articles: int
    skipped: int
    groups: int
    stories: int
    generation: int  # bumped by every write that adds articles


@runtime_checkable
class Store(Protocol):
    """What corpus mode needs from storage. Both backends pass ``tests/contract/test_store.py``."""

    location: str  # a path, or ":memory:"

    def write_batch(
        self,
        articles: Sequence[StoredArticle],
        skipped: Sequence[SkippedRow] = (),
        files: Sequence[FileMark] = (),
    ) -> tuple[int, int]:
        """Add articles, skipped rows and file marks in one transaction, ignoring rows
        already stored (a file mark replaces the old one). Returns ``(articles added,
        skipped rows added)``.
        """
        ...

    def atomic(self) -> AbstractContextManager[Store]:
        """A context in which every write (``write_batch``, ``replace_*``) is part of one
        transaction: all of it is stored when the block ends, none if it raises."""
        ...

    def finished_files(self, marks: Sequence[FileMark]) -> dict[str, int]:
        """Of these files (path, size, mtime), the ones stored whole: path -> items."""
        ...

    def known_raw_keys(self, keys: Sequence[str]) -> set[str]:
        """Which of these raw keys are already stored, as an article or a skipped row."""
        ...

    def counts(self) -> StoreCounts: ...

    def article(self, article_id: int) -> StoredArticle:
        """One article; :class:`~storylens.errors.StoreError` when there is none."""
        ...

    def articles(self, ids: Sequence[int]) -> list[StoredArticle]:
        """These articles, in the order asked; missing ids raise ``StoreError``."""
        ...

    def iter_articles(self, batch: int = 1000) -> Iterator[StoredArticle]:
        """Every article in id order, fetched ``batch`` at a time (memory stays flat)."""
        ...

    def refs(self, ids: Sequence[int]) -> list[ArticleRef]:
        """Identity of these articles, in the order asked (no text is loaded)."""
        ...

    def iter_clean(self, batch: int = 1000) -> Iterator[tuple[ArticleRef, str]]:
        """Every article's identity and clean text in id order (what a build reads)."""
        ...

    def clean_of(self, ids: Sequence[int]) -> list[tuple[ArticleRef, str]]:
        """Identity and clean text of these articles, in the order asked (what a build
        reads one time window or one batch of candidates at a time); missing ids raise
        ``StoreError``."""
        ...

    def iter_skipped(self) -> Iterator[SkippedRow]: ...

    def search(self, query: str, limit: int = 20) -> list[int]:
        """Article ids whose title or clean text match (FTS5 syntax in SQLite)."""
        ...

    def replace_groups(self, groups: Sequence[StoredGroup], state: str) -> None:
        """Swap in a new set of duplicate groups, recording the build ``state``."""
        ...

    def groups(self) -> list[StoredGroup]: ...

    def replace_stories(self, stories: Sequence[StoredStory], state: str) -> None: ...

    def stories(self, since: str | None = None) -> list[StoredStory]:
        """Stories with an article published on or after ``since`` (ISO text), id order."""
        ...

    def story(self, story_id: int) -> StoredStory:
        """One story; ``StoreError`` naming the valid range when there is none."""
        ...

    def build_state(self, name: str) -> str | None:
        """The state recorded by the last ``replace_groups`` / ``replace_stories``."""
        ...

    def story_page(self, query: StoryQuery) -> StoryPage:
        """One page of story summaries matching ``query``, newest ``last_published`` first
        (then id, highest first; undated stories last), with the cursor of the next page."""
        ...

    def story_outlets(self) -> tuple[str, ...]:
        """Every outlet that has an article in some story, sorted (the filter menu)."""
        ...

    def listing_state(self) -> str:
        """Changes whenever articles are added or stories rebuilt (a cache key)."""
        ...

    def close(self) -> None: ...


def ref_of(a: StoredArticle) -> ArticleRef:
    return ArticleRef(a.id, a.source, a.outlet, a.record_id, a.url, a.title, a.published)


def normalise_for_hash(text: str) -> str:
    """NFC and collapsed whitespace: reflowed or re-encoded copies hash alike."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def digest(*parts: str) -> str:
    """BLAKE2b-128 hex of the parts, unit-separated (collisions across fields impossible)."""
    h = hashlib.blake2b(digest_size=16)
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def record_file(source: str) -> str:
    """The file of a record's source "FILE:N" (its line or row number dropped); any other
    source as it is."""
    path, sep, line = source.rpartition(":")
    return path if sep and line.isdigit() else source


def source_identity(source: str, url: str | None, record_id: str | None) -> str:
    """The part of an article's key that says *which* article it is (see module doc)."""
    if url:
        return "url:" + url.strip()
    if record_id:
        return f"rec:{record_file(source)}#{record_id}"
    return "src:" + source


def content_hash(clean_text: str, source: str, url: str | None, record_id: str | None) -> str:
    return digest(normalise_for_hash(clean_text), source_identity(source, url, record_id))


def raw_key(
    source: str,
    record_id: str | None,
    url: str | None,
    title: str | None,
    text: str | None,
    html: str | None,
) -> str:
    return digest(source, record_id or "", url or "", title or "", text or "", html or "")


def no_story_message(story_id: int, location: str, n_stories: int) -> str:
    if n_stories == 0:
        return f"no story {story_id} in {location}: it has no stories (ingest some articles first)"
    return f"no story {story_id} in {location} (stories are numbered 1 to {n_stories})"


# --- the stories listing (what the web UI's stories page asks) -------------------------

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class StorySummary:
    """One row of the stories page."""

    id: int
    label: str
    first_published: str | None
    last_published: str | None
    articles: int
    outlets: tuple[str, ...]  # distinct outlets, most articles first


@dataclass(frozen=True)
class StoryQuery:
    """What the stories page asks for (all optional)."""

    q: str = ""  # every word must match an article of the story (the last as a prefix)
    outlet: str = ""
    date_from: str = ""  # YYYY-MM-DD, inclusive
    date_to: str = ""  # YYYY-MM-DD, inclusive
    after: str = ""  # opaque keyset cursor from the previous page
    limit: int = 25  # clipped to 1..200
    # Stories of at least this many articles. The web's stories page asks for 2, as
    # 'storylens stories' lists by default: a one-article "story" compares nothing.
    # ``total_stories`` counts the stories of this size.
    min_articles: int = 1


@dataclass(frozen=True)
class StoryPage:
    stories: tuple[StorySummary, ...]
    next_cursor: str | None
    total_stories: int


def query_words(text: str) -> list[str]:
    """The words of a search box (at most 12); operators and quotes are not syntax."""
    return _WORD.findall(text)[:12]


def encode_cursor(last: str | None, sid: int) -> str:
    """Keyset cursor after the row ``(last_published, id)``: page 500 costs what page 1 does."""
    raw = f"{last or ''}\x1f{sid}".encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(cursor: str) -> tuple[str | None, int] | None:
    """The ``(last_published, id)`` of a cursor; ``None`` for a malformed one, or one whose
    id is no SQLite integer (>= 2^63 would overflow the query: the web answers 422)."""
    try:
        pad = "=" * (-len(cursor) % 4)
        last, _, sid = base64.urlsafe_b64decode(cursor + pad).decode("utf-8").partition("\x1f")
        n = int(sid)
    except (ValueError, UnicodeDecodeError):
        return None
    return ((last or None), n) if 0 <= n < 2**63 else None


def page_limit(query: StoryQuery) -> int:
    return max(1, min(query.limit, 200))
