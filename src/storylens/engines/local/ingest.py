"""Ingest: stream files into the store, reading and cleaning on every core, the parent
the only writer.

Stages of :func:`ingest`:

1. **plan**   — walk each path (made absolute, so a file has one identity from any
   directory) in ``readers.iter_path``'s order. A named path that does not exist is a
   ``missing`` row like any bad input (the rest is ingested); only when *none* exists
   does ingest stop with an error before opening the store. Files up to ``small_file`` bytes become
   *file tasks*: a whole file is read **and** cleaned by a worker, so reading, decoding
   and HTML extraction run in parallel too. Larger files (big JSONL, WARC) are streamed
   by ``readers.iter_path`` in this process and their records cut into *record tasks*.
2. **skip what is stored** — a file whose size and mtime match a finished-file mark is
   not even opened; a record whose ``raw_key`` is stored is not cleaned again. This is
   what makes a resumed or repeated ingest cheap.
3. **clean**  — workers run ``clean.clean_article`` and compute the content hash; a
   bounded number of tasks is in flight, so memory stays flat however large the input.
   No sentence alignment here: ingest is the fast path.
4. **write**  — results are consumed in input order (ids follow the input) and written
   ``batch_size`` articles per transaction with ``INSERT OR IGNORE``; a file's mark goes
   into the transaction of its last row. A crash loses at most the open batch, and a
   re-run fills it in without duplicates.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ...corpus.record import CleanedRecord, clean_record, clean_records
from ...dates import parse_published, utc_now
from ...errors import InputError, NothingToCompare
from ...models import RawArticle, Skipped
from ...options import Options
from ...readers import empty_folder, unsupported
from ...readers import iter_files as _walk  # readers.iter_path's walk, streamed
from ...store.base import FileMark, SkippedRow, Store, StoredArticle, raw_key


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
    in_flight_per_worker: int = 2  # tasks queued per worker: enough to never starve one
    # Files up to 4 MB are read whole by a worker (a JSONL of a few thousand records, an
    # HTML page); larger ones are streamed here so no worker holds a huge file's rows.
    small_file: int = 4_000_000
    task_bytes: int = 4_000_000  # a file task stops growing at this many bytes of input


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
    # Named inputs that do not exist, in the order given: each is also a ``missing`` skip
    # row; the CLI names every one of them (``skipped_examples`` keeps only a few).
    missing: tuple[str, ...] = ()
    seconds: float = 0.0
    workers: int = 1

    @property
    def skipped_total(self) -> int:
        """Inputs not stored; ``repaired`` rows name articles that were stored."""
        return sum(n for reason, n in self.skipped.items() if reason != "repaired")

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
    from ...fetch import is_url

    roots: list[Path | str] = [p if is_url(p) else Path(os.path.abspath(os.path.expanduser(p))) for p in paths]
    missing = _missing(roots)
    if missing and len(missing) == len(roots):  # a typo, not a batch with one bad input
        if len(missing) == 1:
            raise InputError(missing[0].source, "missing", missing[0].message)
        raise NothingToCompare(f"none of the {len(missing)} inputs exists: nothing to ingest", tuple(missing))
    workers = run.workers or os.cpu_count() or 1
    t0 = time.perf_counter()
    tally = _Tally()

    pool = _Pools(workers) if workers > 1 else None
    pending: deque[_Task] = deque()
    batch = _Batch(store, run.batch_size, tally)
    max_in_flight = max(1, workers * run.in_flight_per_worker)

    def merge(task: _Task) -> None:
        try:
            _merge(task, store, batch, tally)
        except BrokenProcessPool:  # a worker died (kill -9, out of memory): find which item
            assert pool is not None
            _isolate(task, pool, options, store, batch, tally)
        _report(progress, tally, t0)

    def submit(kind: str, payload: list, raws_keys: tuple = ()) -> None:
        fn = _read_and_clean if kind == "files" else clean_records
        result = fn(payload, options) if pool is None else pool.submit(fn, payload, options)
        pending.append(_Task(kind, payload, raws_keys, result))
        while len(pending) >= max_in_flight or (pool is None and pending):
            merge(pending.popleft())

    try:
        for kind, payload in _tasks(roots, options, run, store, tally, batch):
            if kind == "files":
                submit("files", payload)
            elif kind == "records":
                raws, keys = payload
                submit("records", raws, (keys,))
            else:  # "mark": a streamed file is finished once every task before it is merged
                pending.append(_Task("mark", payload, (), None))
            _report(progress, tally, t0)
        while pending:
            merge(pending.popleft())
        batch.flush()
        _report(progress, tally, t0)
    finally:
        if pool is not None:
            pool.shutdown()
    return IngestSummary(
        read=tally.read,
        ingested=tally.ingested,
        already_stored=tally.already,
        duplicates=tally.duplicates,
        skipped=dict(tally.skipped),
        skipped_examples=tuple(tally.examples),
        missing=tuple(m.source for m in missing),
        seconds=time.perf_counter() - t0,
        workers=workers,
    )


def _missing(roots: Sequence[Path | str]) -> list[Skipped]:
    """The named paths that do not exist. Each one is read like any bad input (a
    ``missing`` row, the rest ingested, as ``compare`` does); only when *every* path is
    missing does :func:`ingest` fail before opening anything."""
    from ...readers.decoding import label

    return [
        Skipped(label(str(r)), "missing", "no such file or directory")
        for r in roots
        if isinstance(r, Path) and not os.path.lexists(r)
    ]


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
        self.now = utc_now()  # the reference of relative and implausible dates
        self.articles: list[StoredArticle] = []
        self.skipped: list[SkippedRow] = []
        self.files: list[FileMark] = []

    def add_file(self, mark: FileMark) -> None:
        self.files.append(mark)
        if len(self.files) >= self.size:
            self.flush()

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
        if not self.articles and not self.skipped and not self.files:
            return
        added, _ = self.store.write_batch(self.articles, self.skipped, self.files)
        self.tally.ingested += added
        self.tally.duplicates += len(self.articles) - added
        self.articles, self.skipped, self.files = [], [], []


@dataclass
class _Task:
    kind: str  # "files", "records" or "mark"
    payload: Any
    extra: tuple
    result: Any  # a Future, the inline result, or None for a mark


def _tasks(
    roots: Iterable[Path | str], options: Options, run: IngestOptions, store: Store, tally: _Tally,
    batch: _Batch,
) -> Iterator[tuple[str, Any]]:
    """Yield ``("files", [FileMark])``, ``("records", (raws, keys))`` and ``("mark", FileMark)``
    in input order, leaving out what the store already has."""
    marks: list[FileMark] = []
    size = 0

    def flush_files() -> Iterator[tuple[str, Any]]:
        nonlocal marks, size
        if marks:
            done = store.finished_files(marks)
            tally.read += sum(done.values())
            tally.already += sum(done.values())
            todo = [m for m in marks if m.path not in done]
            if todo:
                yield "files", todo
        marks, size = [], 0

    for root in roots:
        if isinstance(root, str):  # an http(s) URL: a page, or a feed's entries
            from ...fetch import iter_url

            yield from flush_files()
            for items in _chunks(iter_url(root, options), run.chunk_size):
                raws, keys = _new_raws(items, store, tally, batch)
                if raws:
                    yield "records", (raws, keys)
            continue
        in_folder = Path(root).is_dir()
        walked = False
        for path in _walk(root):
            walked = True
            skip = unsupported(path, root) if in_folder else None
            if skip is not None:  # as compare does: recorded with its reason, not read
                _new_raws([skip], store, tally, batch)
                continue
            try:
                st = path.stat()
            except OSError:
                st = None
            if st is not None and st.st_size <= run.small_file:
                marks.append(FileMark(str(path), st.st_size, st.st_mtime_ns))
                size += st.st_size
                if len(marks) >= run.chunk_size or size >= run.task_bytes:
                    yield from flush_files()
                continue
            yield from flush_files()
            if st is not None:
                done = store.finished_files([FileMark(str(path), st.st_size, st.st_mtime_ns)])
                if done:
                    tally.read += done[str(path)]
                    tally.already += done[str(path)]
                    continue
            from ...readers import iter_path

            n_raw = 0
            for items in _chunks(iter_path(path, options), run.chunk_size):
                raws, keys = _new_raws(items, store, tally, batch)
                n_raw += sum(1 for i in items if isinstance(i, RawArticle))
                if raws:
                    yield "records", (raws, keys)
            if st is not None and n_raw:
                yield "mark", FileMark(str(path), st.st_size, st.st_mtime_ns, n_raw)
        if in_folder and not walked:  # as compare does: an empty folder is a row too
            _new_raws([empty_folder(root)], store, tally, batch)
    yield from flush_files()


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
            keys.append(_raw_key(item))
    if not raws:
        return [], []
    known = store.known_raw_keys(keys)
    if known:
        keep = [i for i, k in enumerate(keys) if k not in known]
        tally.already += len(raws) - len(keep)
        raws = [raws[i] for i in keep]
        keys = [keys[i] for i in keep]
    return raws, keys


def _raw_key(raw: RawArticle) -> str:
    return raw_key(raw.source, raw.record_id, raw.url, raw.title, raw.text, raw.html)


def _merge(task: _Task, store: Store, batch: _Batch, tally: _Tally) -> None:
    if task.kind == "mark":
        batch.add_file(task.payload)
        return
    result = task.result.result() if isinstance(task.result, Future) else task.result
    if task.kind == "records":
        for raw, key, cleaned in zip(task.payload, task.extra[0], result, strict=True):
            _add(raw, key, cleaned, batch)
        return
    # "files": every item of every file came back from the worker, raw input included.
    keys = [key for _, rows in result for _, key, _ in rows if key is not None]
    known = store.known_raw_keys(keys) if keys else set()  # a touched but unchanged file
    for mark, rows in result:
        tally.read += len(rows)
        n_raw = 0
        for item, key, cleaned in rows:
            if isinstance(item, Skipped):
                batch.add_skipped(SkippedRow(item.source, item.reason, item.message, item.line))
                continue
            n_raw += 1
            if key in known:
                tally.already += 1
            else:
                _add(item, key, cleaned, batch)
        if n_raw:  # a file of reader skips only is read again next time (options may change)
            batch.add_file(replace(mark, items=n_raw))


def _add(raw: RawArticle, key: str, out: CleanedRecord | Skipped, batch: _Batch) -> None:
    if isinstance(out, Skipped):
        batch.add_skipped(SkippedRow(out.source, out.reason, out.message, out.line, key))
        return
    date = parse_published(out.published, batch.now)
    batch.add_article(
        StoredArticle(
            content_hash=out.content_hash,
            raw_key=key,
            source=raw.source,
            outlet=out.outlet,
            clean_text=out.clean_text,
            record_id=out.record_id,
            url=out.url,
            title=out.title,
            published=date.utc,
            published_raw=date.raw,
            published_issue=date.issue,
            author=out.author,
            raw_text=raw.text,
            raw_html=raw.html,
            removed_json=out.removed_json,
            blocks_json=out.blocks_json,
            credits=out.credits,
        )
    )


# --- a worker that dies -----------------------------------------------------------------
#
# When a cleaning worker dies (SIGKILL, the kernel's OOM killer, a crash in C code), the
# pool is broken and every task still in flight fails with it; which item killed it is
# not known. The pool is replaced and each failed task is cleaned again one item at a
# time, alone, in a one-worker pool: an item that kills that worker twice gets a
# ``worker-died`` skip row (a file also gets its finished-file mark), so a re-run moves
# past it; the others are stored as usual, in input order.

WORKER_DIED = "worker-died"


class _Pools:
    """The cleaning pool, replaced when a worker dies, and a one-worker pool that cleans
    the items of a failed task one at a time."""

    def __init__(self, workers: int):
        self.workers = workers
        self.main = self._new(workers)
        self.alone: ProcessPoolExecutor | None = None

    @staticmethod
    def _new(workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, mp_context=_mp_context(), initializer=_worker_init, initargs=(os.getpid(),)
        )

    def submit(self, fn, *args) -> Future:
        try:
            return self.main.submit(fn, *args)
        except BrokenProcessPool:  # it broke since the last task: its failures are isolated
            self.main.shutdown(wait=True, cancel_futures=True)
            self.main = self._new(self.workers)
            return self.main.submit(fn, *args)

    def run_alone(self, fn, *args) -> Any:
        """``fn(*args)`` alone in a one-worker pool; BrokenProcessPool when it dies."""
        if self.alone is None:
            self.alone = self._new(1)
        try:
            return self.alone.submit(fn, *args).result()
        except BrokenProcessPool:
            self.alone.shutdown(wait=True, cancel_futures=True)
            self.alone = None
            raise

    def shutdown(self) -> None:
        self.main.shutdown(wait=True, cancel_futures=True)
        if self.alone is not None:
            self.alone.shutdown(wait=True, cancel_futures=True)


def _isolate(task: _Task, pool: _Pools, options: Options, store: Store, batch: _Batch, tally: _Tally) -> None:
    """Clean a task whose worker died item by item, alone; skip an item that kills the
    worker twice that way (once may be the machine: another process's memory)."""
    message = (
        "a cleaning worker died on this input twice, cleaning it alone (killed, or out of"
        " memory); skipped"
    )

    def alone(fn, item) -> Any:
        try:
            return pool.run_alone(fn, [item], options)
        except BrokenProcessPool:  # once may be the machine; twice is this input
            return pool.run_alone(fn, [item], options)

    if task.kind == "files":
        for mark in task.payload:
            try:
                result = alone(_read_and_clean, mark)
            except BrokenProcessPool:
                tally.read += 1
                batch.add_skipped(SkippedRow(mark.path, WORKER_DIED, message))
                batch.add_file(replace(mark, items=1))  # a re-run moves past it
                continue
            _merge(_Task("files", [mark], (), result), store, batch, tally)
        return
    for raw, key in zip(task.payload, task.extra[0], strict=True):
        try:
            result = alone(clean_records, raw)
        except BrokenProcessPool:
            batch.add_skipped(SkippedRow(raw.source, WORKER_DIED, message, None, key))
            continue
        _merge(_Task("records", [raw], ((key,),), result), store, batch, tally)


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


def _read_and_clean(marks: list[FileMark], options: Options) -> list[tuple[FileMark, list[tuple]]]:
    """Read whole small files and clean what they hold: ``(item, raw_key, cleaned)`` rows."""
    from ...readers import iter_path

    out: list[tuple[FileMark, list[tuple]]] = []
    for mark in marks:
        rows: list[tuple] = []
        for item in iter_path(mark.path, options):
            if isinstance(item, Skipped):
                rows.append((item, None, None))
            else:
                rows.append((item, _raw_key(item), clean_record(item, options)))
        out.append((mark, rows))
    return out
