"""Stories for the web UI: the store opened read-only, and comparisons cached per story.

A story's comparison is computed once per store state (the cache key includes the
store's generation and stories build state, so a rebuild is picked up) and kept in a
small LRU owned by the app instance, never in module state.
"""

from __future__ import annotations

import logging
import threading
from collections import Counter, OrderedDict
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from ..engines.local.build import to_article
from ..errors import StoreError, StorylensError
from ..models import Comparison
from ..options import Options
from .catalog import Catalog

log = logging.getLogger("storylens.web")


def open_read_only_store(path: Path):
    """The store at ``path`` opened so that nothing can write the file (``mode=ro``: no
    WAL switch, no migration, writes refused)."""
    from ..store import open_store

    return open_store(path, create=False, read_only=True)


@dataclass(frozen=True)
class FindingCounts:
    total: int
    by_type: tuple[tuple[str, int], ...]  # in FINDING_ORDER


def finding_counts(comparison: Comparison) -> FindingCounts:
    """Counts per finding type, in the report's order (most important first)."""
    from ..report import FINDING_ORDER

    c = Counter(f.type for f in comparison.findings)
    rank = {t: i for i, t in enumerate(FINDING_ORDER)}
    ordered = sorted(c.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))
    return FindingCounts(sum(c.values()), tuple(ordered))


@dataclass(frozen=True)
class StoryProducts:
    """What the server sends for one story, made where its comparison ran (a worker)."""

    page: bytes  # the story page, UTF-8 HTML
    hashes: frozenset[str]  # its style attributes' hashes, for the CSP header
    json: bytes  # the storylens.compare/1 document, as the API sends it
    counts: FindingCounts


def products(env, story, comp: Comparison) -> StoryProducts:
    """The story page, JSON document and finding counts of one story's comparison."""
    from ..report.jsonout import to_json
    from . import views
    from .workers import json_body

    doc = to_json(comp)
    shared = views.comparison_context(comp, doc, story.label)
    context = {
        **shared,
        "story": story,
        "story_size": len(story.article_ids),
        # the story's title as the list, the terminal and the HTML report give it (whose
        # headline it is beside it): one title for one story
        "heading": shared["page_title"],
    }
    html, hashes = views.render(env, "web/story.html", context, f"/stories/{story.id}")
    return StoryProducts(html.encode("utf-8"), hashes, json_body(comp, doc), finding_counts(comp))


class StoryService:
    """Read-only stories of one store file, with what is sent for each (page, JSON, counts)
    cached per store state."""

    def __init__(
        self,
        db_path: Path,
        options: Options,
        max_articles: int | None = None,
        cache_size: int = 64,
        pool=None,
    ):
        self.db_path = db_path
        self.options = options
        self.max_articles = max_articles  # None: as 'storylens story' does by default
        # The listing has its own read-only connection (and lock) beside the story reads.
        self.catalog = Catalog(open_read_only_store(db_path))
        self.store = open_read_only_store(db_path)
        self._cache: OrderedDict[tuple[str, int], StoryProducts] = OrderedDict()
        self._cache_size = cache_size
        # Each sqlite connection is used by one worker thread at a time. Comparisons run
        # under the store lock too, so two tabs opening one big story compute it once.
        self._store_lock = threading.RLock()
        self._catalog_lock = threading.Lock()
        self._cache_lock = threading.Lock()
        self._stale: tuple[str, str | None] | None = None
        # Comparisons run in the app's worker processes (web.workers) when it has them;
        # requests for a story already being compared wait for that one computation.
        self.pool = pool
        self._inflight: dict[tuple[str, int], Future] = {}

    def close(self) -> None:
        self.catalog.close()
        self.store.close()

    def listing(self, fn: Callable):
        """Run ``fn`` (a catalog query) with the catalog connection to itself."""
        with self._catalog_lock:
            return fn()

    def _state(self) -> str:
        with self._catalog_lock:
            return self.catalog.state()

    def _cached(self, key: tuple[str, int]) -> StoryProducts | None:
        with self._cache_lock:
            hit = self._cache.get(key)
            if hit is not None:
                self._cache.move_to_end(key)
            return hit

    def products(self, story_id: int) -> tuple[object, StoryProducts]:
        """The stored story and its page, JSON and counts (its comparison computed at most
        once per store state, in a worker process when the service has a pool)."""
        key = (self._state(), story_id)
        with self._store_lock:
            story = self.store.story(story_id)
        if self.pool is None:  # in-process (tests, and callers without workers)
            with self._store_lock:
                made = self._cached(key)
                if made is None:
                    from .workers import _environment

                    made = products(_environment(), story, self._compare(story))
                    self._keep(key, made)
            return story, made
        made = self._cached(key)
        if made is not None:
            return story, made
        with self._cache_lock:
            fut = self._inflight.get(key)
            owner = fut is None
            if owner:
                fut = self._inflight[key] = Future()
        if not owner:
            return story, fut.result()
        try:
            self.check_current()
            from .workers import story_products

            made = self.pool.run(story_products, str(self.db_path), story.id, self.options, self.max_articles)
            self._keep(key, made)
            fut.set_result(made)
        except BaseException as e:
            fut.set_exception(e)
            raise
        finally:
            with self._cache_lock:
                self._inflight.pop(key, None)
        return story, made

    def _keep(self, key: tuple[str, int], made: StoryProducts) -> None:
        with self._cache_lock:
            self._cache[key] = made
            while len(self._cache) > self._cache_size:
                self._cache.popitem(last=False)

    def warm(self, limit: int | None = None, stop: threading.Event | None = None) -> int:
        """Compare the newest stories ahead of any request (``serve`` runs this in a
        background thread), so a first visit finds its story ready. Returns how many were
        compared; stops early when ``stop`` is set or the stories are stale."""
        from .catalog import StoryQuery

        if self.stale_message() is not None:
            return 0
        limit = self._cache_size if limit is None else limit
        page = self.listing(lambda: self.catalog.page(StoryQuery(limit=max(1, min(limit, 200)), min_articles=2)))
        done = 0
        for s in page.stories[:limit]:
            if stop is not None and stop.is_set():
                break
            try:
                self.products(s.id)
                done += 1
            except StorylensError as e:  # one story that cannot be compared: go on
                log.warning("could not precompute story %s: %s", s.id, e)
        return done

    def _compare(self, story) -> Comparison:
        """The story's comparison exactly as ``storylens story ID --json`` makes it.

        Runs under the connection lock: the store's reads and the comparison share it.
        """
        from ..engines.local.build import compare_story

        self.check_current()
        kwargs = {} if self.max_articles is None else {"max_articles": self.max_articles}
        return compare_story(self.store, story.id, self.options, **kwargs)

    def stale_message(self) -> str | None:
        """Why the stored stories cannot be served as they are, or None when current.

        ``compare_story`` rebuilds stale stories before comparing; on a read-only store
        that would re-cluster the whole corpus and then fail to write, so the web checks
        first and tells the user the one command that brings the stories up to date.
        """
        from ..engines.local.build import BuildOptions, stories_state

        state = self._state()
        known = self._stale
        if known is not None and known[0] == state:  # checked once per store state
            return known[1]
        with self._store_lock:
            stored = self.store.build_state("stories_state")
            wanted = stories_state(self.store, BuildOptions())
        message = None
        if stored != wanted and stored and stored.split(";", 1)[0] == wanted.split(";", 1)[0]:
            # no ingest since the build (same generation): another storylens version (its
            # rules or options) built them, e.g. one upgraded while this server ran, whose
            # 'storylens stories' would only rebuild them for itself again
            message = (
                f"the stories in {self.db_path.name} were built by another version of storylens"
                f" than this server's: run 'storylens stories --db {self.db_path}' with this version,"
                " or restart 'storylens serve' if storylens was upgraded while it ran"
            )
        elif stored != wanted:
            message = (
                f"the stories in {self.db_path.name} are out of date (articles were ingested,"
                f" or storylens was upgraded, since they were built): run 'storylens stories --db {self.db_path}' once,"
                " then reload"
            )
        self._stale = (state, message)
        return message

    def check_current(self) -> None:
        message = self.stale_message()
        if message is not None:
            raise StaleStories(message)

    def cached_counts(self, story_id: int) -> FindingCounts | None:
        """Finding counts when the story was already compared, else None (never computes)."""
        hit = self._cached((self._state(), story_id))
        return None if hit is None else hit.counts


class StaleStories(StoreError):
    """The store's stories were built before its latest ingest."""


def compare_stored(stored, options: Options) -> Comparison:
    """Compare stored articles the way ``storylens story`` does."""
    from ..pipeline import compare_articles

    if not stored:
        raise StoreError("this story has no articles")
    articles = [to_article(s, f"a{i}") for i, s in enumerate(stored, 1)]
    return compare_articles(articles, options)
