"""Ingest: stream files into the store, cleaning on every core, the parent the only writer.

Stages of :func:`ingest`:

1. **read**   — ``readers.iter_path`` streams ``RawArticle`` / ``Skipped`` items from each
   path (made absolute, so the same file has the same identity from any directory).
2. **chunk**  — items are cut into chunks; each raw input gets its ``raw_key`` and the
   store is asked which keys it already has: those are counted, not cleaned again
   (this is what makes a resumed ingest cheap).
3. **clean**  — new raw inputs are cleaned in worker processes, a bounded number of
   chunks in flight (memory stays flat however large the input). Workers compute the
   content hash too. No sentence alignment here: ingest is the fast path.
4. **write**  — results are consumed in input order (ids follow the input) and written
   ``batch_size`` articles per transaction with ``INSERT OR IGNORE``; a crash loses at
   most the uncommitted batch, and a re-run fills it in.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, StorylensError
from ..models import RawArticle, Skipped
from ..options import Options
from ..store.base import SkippedRow, Store, StoredArticle, content_hash, raw_key


@dataclass(frozen=True)
class IngestOptions:
    """How ingest runs (what it keeps is decided by :class:`~storylens.options.Options`)."""

    workers: int = 0  # cleaning processes; 0 = one per core, 1 = clean in this process
    # 200 small articles are ~5-20 ms of cleaning: long enough to amortise the pickling
    # round trip, short enough that the progress bar moves smoothly.
    chunk_size: int = 200
    # 500 articles per transaction: fewer commits stop paying off beyond a few hundred
    # rows, and a kill -9 re-cleans at most this many on the re-run.
    batch_size: int = 500
    in_flight_per_worker: int = 2  # chunks queued per worker: enough to never starve one


@dataclass(frozen=True)
class IngestProgress:
    read: int  # inputs read so far (articles and skipped)
    ingested: int
    elapsed: float


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest did. ``skipped_examples`` keeps a few rows per reason."""

    read: int = 0
    ingested: int = 0
    already_stored: int = 0  # raw input seen by an earlier run (resume / re-ingest)
    duplicates: int = 0  # cleaned, but an article with the same content hash exists
    skipped: dict[str, int] = field(default_factory=dict)
    skipped_examples: tuple[SkippedRow, ...] = ()
    seconds: float = 0.0
    workers: int = 1

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @property
    def rate(self) -> float:
        """Inputs handled per second (articles stored, recognised or skipped)."""
        return self.read / self.seconds if self.seconds > 0 else 0.0


ProgressFn = Callable[[IngestProgress], None]


def ingest(
    paths: Sequence[str | Path],
    store: Store,
    options: Options | None = None,
    run: IngestOptions | None = None,
    progress: ProgressFn | None = None,
) -> IngestSummary:
    """Read, clean and store every article under ``paths`` (see the module docstring)."""
    options = options or Options()
    run = run or IngestOptions()
    roots = [Path(os.path.abspath(os.path.expanduser(p))) for p in paths]
    for root in roots:
        if not root.exists():
            raise InputError(str(root), "missing", "no such file or directory")
    workers = run.workers or os.cpu_count() or 1
    t0 = time.perf_counter()
    tally = _Tally()

    pool: Executor | None = None
    if workers > 1:
        pool = ProcessPoolExecutor(
            workers,
            mp_context=_mp_context(),
            initializer=_worker_init,
            initargs=(os.getpid(),),
        )
    pending: deque[tuple[list[RawArticle], list[str], Future[list[tuple]] | list[tuple]]] = deque()
    batch = _Batch(store, run.batch_size, tally)
    max_in_flight = max(1, workers * run.in_flight_per_worker)
    try:
        for items in _chunks(_read(roots, options), run.chunk_size):
            raws, keys = _new_raws(items, store, tally, batch)
            if raws:
                if pool is None:
                    pending.append((raws, keys, _clean_chunk(raws, options)))
                else:
                    pending.append((raws, keys, pool.submit(_clean_chunk, raws, options)))
            while len(pending) >= max_in_flight or (pool is None and pending):
                _merge(pending.popleft(), batch, tally)
                _report(progress, tally, t0)
            _report(progress, tally, t0)
        while pending:
            _merge(pending.popleft(), batch, tally)
            _report(progress, tally, t0)
        batch.flush()
        _report(progress, tally, t0)
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
    return IngestSummary(
        read=tally.read,
        ingested=tally.ingested,
        already_stored=tally.already,
        duplicates=tally.duplicates,
        skipped=dict(tally.skipped),
        skipped_examples=tuple(tally.examples),
        seconds=time.perf_counter() - t0,
        workers=workers,
    )


# --- parent side -----------------------------------------------------------------------


class _Tally:
    def __init__(self) -> None:
        self.read = 0
        self.ingested = 0
        self.already = 0
        self.duplicates = 0
        self.skipped: Counter[str] = Counter()
        self.examples: list[SkippedRow] = []

    def skip(self, row: SkippedRow) -> None:
        self.skipped[row.reason] += 1
        if self.skipped[row.reason] <= 3:  # a few examples per reason, memory stays flat
            self.examples.append(row)


class _Batch:
    """Rows waiting for the next transaction."""

    def __init__(self, store: Store, size: int, tally: _Tally):
        self.store, self.size, self.tally = store, size, tally
        self.articles: list[StoredArticle] = []
        self.skipped: list[SkippedRow] = []

    def add_skipped(self, row: SkippedRow) -> None:
        self.tally.skip(row)
        self.skipped.append(row)
        if len(self.skipped) >= self.size:
            self.flush()

    def add_article(self, article: StoredArticle) -> None:
        self.articles.append(article)
        if len(self.articles) >= self.size:
            self.flush()

    def flush(self) -> None:
        if not self.articles and not self.skipped:
            return
        added, _ = self.store.write_batch(self.articles, self.skipped)
        self.tally.ingested += added
        self.tally.duplicates += len(self.articles) - added
        self.articles, self.skipped = [], []


def _read(roots: Iterable[Path], options: Options) -> Iterator[RawArticle | Skipped]:
    from ..readers import iter_path

    for root in roots:
        yield from iter_path(root, options)


def _chunks(items: Iterator[RawArticle | Skipped], size: int) -> Iterator[list[RawArticle | Skipped]]:
    chunk: list[RawArticle | Skipped] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _new_raws(
    items: list[RawArticle | Skipped], store: Store, tally: _Tally, batch: _Batch
) -> tuple[list[RawArticle], list[str]]:
    """Record reader skips; drop raw inputs the store already has; return the rest."""
    tally.read += len(items)
    raws: list[RawArticle] = []
    keys: list[str] = []
    for item in items:
        if isinstance(item, Skipped):
            batch.add_skipped(SkippedRow(item.source, item.reason, item.message, item.line))
        else:
            raws.append(item)
            keys.append(raw_key(item.source, item.record_id, item.url, item.title, item.text, item.html))
    if not raws:
        return [], []
    known = store.known_raw_keys(keys)
    if known:
        keep = [i for i, k in enumerate(keys) if k not in known]
        tally.already += len(raws) - len(keep)
        raws = [raws[i] for i in keep]
        keys = [keys[i] for i in keep]
    return raws, keys


def _merge(entry, batch: _Batch, tally: _Tally) -> None:
    raws, keys, result = entry
    cleaned = result.result() if isinstance(result, Future) else result
    for raw, key, out in zip(raws, keys, cleaned, strict=True):
        if out[0] == "s":
            _, reason, message, line = out
            batch.add_skipped(SkippedRow(raw.source, reason, message, line, key))
            continue
        _, chash, outlet, text, title, published, author, url, record_id, credits, removed, blocks = out
        batch.add_article(
            StoredArticle(
                content_hash=chash,
                raw_key=key,
                source=raw.source,
                outlet=outlet,
                clean_text=text,
                record_id=record_id,
                url=url,
                title=title,
                published=published,
                author=author,
                raw_text=raw.text,
                raw_html=raw.html,
                removed_json=removed,
                blocks_json=blocks,
                credits=credits,
            )
        )


def _report(progress: ProgressFn | None, tally: _Tally, t0: float) -> None:
    if progress is not None:
        progress(IngestProgress(tally.read, tally.ingested, time.perf_counter() - t0))


def _mp_context():
    """forkserver where there is one: safe with threads in the parent (rich's refresh
    thread), and the preloaded cleaner makes each worker start without re-importing it."""
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["storylens.clean"])
        return ctx
    return multiprocessing.get_context("spawn")


# --- worker side -----------------------------------------------------------------------


def _worker_init(parent_pid: int) -> None:
    """Exit when the ingest process is gone (kill -9 leaves no orphaned workers behind)."""

    def watch() -> None:
        while True:
            time.sleep(0.5)
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # pid reused by another user's process: parent gone
                os._exit(1)

    threading.Thread(target=watch, daemon=True, name="storylens-parent-watch").start()


def _clean_chunk(raws: list[RawArticle], options: Options) -> list[tuple]:
    """Clean one chunk. Plain tuples travel back: cheaper to pickle than dataclasses."""
    from ..clean import clean_article

    out: list[tuple] = []
    for raw in raws:
        try:
            art = clean_article(raw, "a1", options)
        except InputError as e:
            out.append(("s", e.reason, e.message, e.line))
            continue
        except StorylensError as e:
            out.append(("s", "unusable", str(e), None))
            continue
        except Exception as e:  # one odd page must not stop a million-article ingest
            out.append(("s", "clean-failed", f"cleaner failed: {type(e).__name__}: {e}", None))
            continue
        if not art.text.strip():
            out.append(("s", "empty", "no article text left after cleaning", None))
            continue
        out.append(
            (
                "a",
                content_hash(art.text, raw.source, art.url, art.record_id),
                art.outlet,
                art.text,
                art.title,
                art.published,
                art.author,
                art.url,
                art.record_id,
                tuple(art.credits),
                json.dumps([[r.text, r.reason, r.line] for r in art.removed], ensure_ascii=False),
                json.dumps([[b.kind, b.start, b.end] for b in art.blocks]),
            )
        )
    return out
