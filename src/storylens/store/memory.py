"""The in-memory store: same behaviour as :class:`SQLiteStore`, for tests and one-off runs."""

from __future__ import annotations

import copy
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace

from ..errors import StoreError
from .base import (
    ArticleRef,
    FileMark,
    SkippedRow,
    StoreCounts,
    StoredArticle,
    StoredGroup,
    StoredStory,
    StoryPage,
    StoryQuery,
    StorySummary,
    decode_cursor,
    encode_cursor,
    no_story_message,
    page_limit,
    query_words,
    ref_of,
)


class MemoryStore:
    """:class:`~storylens.store.base.Store` in dicts; nothing survives the process."""

    location = ":memory:"

    def __init__(self) -> None:
        self._articles: dict[int, StoredArticle] = {}
        self._by_hash: dict[str, int] = {}
        self._raw_keys: set[str] = set()
        self._skipped: dict[str, SkippedRow] = {}
        self._files: dict[str, FileMark] = {}
        self._groups: list[StoredGroup] = []
        self._stories: list[StoredStory] = []
        self._meta: dict[str, str] = {}
        self._generation = 0

    def write_batch(
        self,
        articles: Sequence[StoredArticle],
        skipped: Sequence[SkippedRow] = (),
        files: Sequence[FileMark] = (),
    ) -> tuple[int, int]:
        added = 0
        for a in articles:
            if a.content_hash in self._by_hash:
                continue
            new_id = len(self._articles) + 1
            self._articles[new_id] = replace(a, id=new_id)
            self._by_hash[a.content_hash] = new_id
            self._raw_keys.add(a.raw_key)
            added += 1
        n_skipped = 0
        for s in skipped:
            if s.key in self._skipped:
                continue
            self._skipped[s.key] = s
            if s.raw_key:
                self._raw_keys.add(s.raw_key)
            n_skipped += 1
        for f in files:
            self._files[f.path] = f
        if added:
            self._generation += 1
        return added, n_skipped

    @contextmanager
    def atomic(self) -> Iterator[MemoryStore]:
        saved = {k: copy.copy(v) for k, v in vars(self).items()}
        try:
            yield self
        except BaseException:
            vars(self).update(saved)
            raise

    def finished_files(self, marks: Sequence[FileMark]) -> dict[str, int]:
        out: dict[str, int] = {}
        for m in marks:
            got = self._files.get(m.path)
            if got is not None and (got.size, got.mtime_ns) == (m.size, m.mtime_ns):
                out[m.path] = got.items
        return out

    def known_raw_keys(self, keys: Sequence[str]) -> set[str]:
        return {k for k in keys if k in self._raw_keys}

    def counts(self) -> StoreCounts:
        return StoreCounts(
            articles=len(self._articles),
            skipped=len(self._skipped),
            groups=len(self._groups),
            stories=len(self._stories),
            generation=self._generation,
        )

    def article(self, article_id: int) -> StoredArticle:
        try:
            return self._articles[article_id]
        except KeyError:
            raise StoreError(f"no article {article_id} in {self.location}") from None

    def articles(self, ids: Sequence[int]) -> list[StoredArticle]:
        return [self.article(i) for i in ids]

    def iter_articles(self, batch: int = 1000) -> Iterator[StoredArticle]:
        yield from list(self._articles.values())

    def refs(self, ids: Sequence[int]) -> list[ArticleRef]:
        return [ref_of(self.article(i)) for i in ids]

    def iter_clean(self, batch: int = 1000) -> Iterator[tuple[ArticleRef, str]]:
        for a in list(self._articles.values()):
            yield ref_of(a), a.clean_text

    def clean_of(self, ids: Sequence[int]) -> list[tuple[ArticleRef, str]]:
        return [(ref_of(a), a.clean_text) for a in self.articles(ids)]

    def iter_skipped(self) -> Iterator[SkippedRow]:
        yield from list(self._skipped.values())

    def search(self, query: str, limit: int = 20) -> list[int]:
        """All query words present (case-insensitive): the FTS5 default for bare words."""
        words = [w.lower() for w in re.findall(r"\w+", query)]
        hits = [
            a.id
            for a in self._articles.values()
            if all(
                re.search(rf"\b{re.escape(w)}\b", f"{a.title or ''} {a.clean_text}".lower())
                for w in words
            )
        ]
        return hits[:limit]

    def replace_groups(self, groups: Sequence[StoredGroup], state: str) -> None:
        self._check_ids(m.article_id for g in groups for m in g.members)
        self._groups = sorted(groups, key=lambda g: g.id)
        self._meta["groups_state"] = state

    def groups(self) -> list[StoredGroup]:
        return list(self._groups)

    def replace_stories(self, stories: Sequence[StoredStory], state: str) -> None:
        self._check_ids(a for s in stories for a in s.article_ids)
        self._stories = sorted(stories, key=lambda s: s.id)
        self._meta["stories_state"] = state

    def stories(self, since: str | None = None) -> list[StoredStory]:
        if since is None:
            return list(self._stories)
        return [s for s in self._stories if s.last_published is not None and s.last_published >= since]

    def story(self, story_id: int) -> StoredStory:
        for s in self._stories:
            if s.id == story_id:
                return s
        raise StoreError(no_story_message(story_id, self.location, len(self._stories)))

    def build_state(self, name: str) -> str | None:
        return self._meta.get(name)

    # --- the stories listing (the same answers as SQLiteStore's SQL) ----------------

    def listing_state(self) -> str:
        return f"{self._generation}/{self._meta.get('stories_state', '')}"

    def story_outlets(self) -> tuple[str, ...]:
        return tuple(sorted({self._articles[i].outlet for s in self._stories for i in s.article_ids}))

    def story_page(self, query: StoryQuery) -> StoryPage:
        words = [w.lower() for w in query_words(query.q)]

        def matches(a: StoredArticle) -> bool:
            toks = set(re.findall(r"\w+", f"{a.title or ''} {a.clean_text}".lower()))
            *whole, prefix = words
            return all(w in toks for w in whole) and any(t.startswith(prefix) for t in toks)

        def keep(s: StoredStory) -> bool:
            if len(s.article_ids) < query.min_articles:
                return False
            arts = [self._articles[i] for i in s.article_ids]
            if words and not any(matches(a) for a in arts):
                return False
            if query.outlet and not any(a.outlet == query.outlet for a in arts):
                return False
            if query.date_from and (s.last_published is None or s.last_published < query.date_from):
                return False
            if query.date_to and (s.first_published is None or s.first_published > query.date_to + "~"):
                return False
            return True

        def newest_first(s: StoredStory) -> tuple:
            return (s.last_published is not None, s.last_published or "", s.id)

        rows = sorted((s for s in self._stories if keep(s)), key=newest_first, reverse=True)
        cursor = decode_cursor(query.after) if query.after else None
        if cursor is not None:
            last, sid = cursor
            rows = [s for s in rows if newest_first(s) < (last is not None, last or "", sid)]
        limit = page_limit(query)
        more, rows = len(rows) > limit, rows[:limit]
        stories = []
        for s in rows:
            by_outlet = Counter(self._articles[i].outlet for i in s.article_ids)
            ordered = tuple(sorted(by_outlet, key=lambda o: (-by_outlet[o], o)))
            stories.append(
                StorySummary(s.id, s.label, s.first_published, s.last_published, len(s.article_ids), ordered)
            )
        nxt = encode_cursor(rows[-1].last_published, rows[-1].id) if more and rows else None
        total = sum(1 for s in self._stories if len(s.article_ids) >= query.min_articles)
        return StoryPage(tuple(stories), nxt, total)

    def close(self) -> None:
        pass

    def __enter__(self) -> MemoryStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_ids(self, ids) -> None:
        """SQLite's foreign keys refuse unknown article ids; so does this twin."""
        for i in ids:
            if i not in self._articles:
                raise StoreError(f"cannot write to {self.location}: no article {i}")
