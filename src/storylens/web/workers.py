"""Comparisons for the web server, run in worker processes with a time limit.

A comparison is CPU work that holds the GIL (and a long regex match holds it from start
to end), so run in the server process it froze every other request, ``/healthz``
included. Here each comparison goes to one of a few worker processes: the request's
thread waits on a pipe (no GIL held), the event loop keeps answering, and a job that
runs past the limit has its worker killed and replaced, so nothing can hold a worker
for ever.

Errors come back as ``(kind, message, status)`` rather than pickled exceptions, so any
exception (even one whose constructor takes other arguments) crosses the pipe intact.
"""

from __future__ import annotations

import logging
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import StoreError, StorylensError

log = logging.getLogger("storylens.web")
# How much lower than the server a comparison worker runs (os.nice increment).
WORKER_NICENESS = 10
# A new worker imports the pipeline before its first job (~1 s; more on a busy machine).
STARTUP_SECONDS = 120.0


class CompareTimeout(StorylensError):
    """A comparison ran past the server's time limit; its worker was stopped."""


class ServerBusy(StorylensError):
    """Every worker stayed busy for longer than a request may wait."""


class WorkerFailed(StorylensError):
    """A worker died or raised something that is not an input or store problem (a bug)."""


@dataclass(frozen=True)
class _Failure:
    kind: str  # "input", "stale", "store", "error", "bug"
    message: str
    status: int = 422


def _worker_main(conn) -> None:
    """One worker: run each ``(fn, args)`` received, answer ``("ok", value)`` or a
    :class:`_Failure`. Imports the pipeline first so the first job does not pay for it."""
    import os

    # Warm the stages' imports before the first job (the pipeline imports them lazily).
    import storylens.align  # noqa: F401
    import storylens.analysis  # noqa: F401
    import storylens.clean  # noqa: F401
    import storylens.findings  # noqa: F401
    import storylens.pipeline  # noqa: F401
    import storylens.report.jsonout  # noqa: F401

    # Below the server's priority: on a machine whose cores are all comparing, the
    # server process still gets the CPU it needs to answer cached pages and /healthz.
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)
    conn.send(("ready", None))  # the time limit starts with the job, not with the imports

    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        fn, args = job
        try:
            out: Any = ("ok", fn(*args))
        except BaseException as e:  # noqa: BLE001 - every failure goes back as a reason
            out = ("fail", _failure(e))
        try:
            conn.send(out)
        except Exception as e:  # an unpicklable result is a bug, reported as such
            conn.send(("fail", _Failure("bug", f"cannot send the result back: {e}", 500)))


def _failure(e: BaseException) -> _Failure:
    from .inputs import InputProblem
    from .stories import StaleStories

    if isinstance(e, InputProblem):
        return _Failure("input", e.message, e.status)
    if isinstance(e, StaleStories):
        return _Failure("stale", str(e), 409)
    if isinstance(e, StoreError):
        return _Failure("store", str(e), 404)
    if isinstance(e, StorylensError):
        return _Failure("error", str(e), 422)
    return _Failure("bug", f"{type(e).__name__}: {e}", 500)


class _Worker:
    def __init__(self, ctx) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child,), daemon=True, name="storylens-compare")
        self.proc.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float) -> None:
        if not self.ready:
            if not self.conn.poll(timeout):
                raise EOFError("worker did not start")
            self.conn.recv()
            self.ready = True

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.kill()  # our own child, by its handle
        self.proc.join(5)
        self.conn.close()


class WorkerPool:
    """``size`` worker processes, started on first use; :meth:`run` blocks the calling
    thread (never the event loop) for at most ``queue_seconds + time_limit``."""

    def __init__(self, size: int = 2, time_limit: float = 60.0, queue_seconds: float = 30.0):
        self.size = max(1, size)
        self.time_limit = time_limit
        self.queue_seconds = queue_seconds
        self._ctx = multiprocessing.get_context("spawn")  # no fork of a threaded server
        self._idle: queue.LifoQueue[_Worker] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._started = 0
        self._closed = False

    def _take(self) -> _Worker:
        with self._lock:
            if self._closed:
                raise ServerBusy("the server is shutting down")
            if self._idle.empty() and self._started < self.size:
                self._started += 1
                return _Worker(self._ctx)
        try:
            return self._idle.get(timeout=self.queue_seconds)
        except queue.Empty:
            raise ServerBusy(
                f"every comparison worker stayed busy for {self.queue_seconds:g} s; try again"
            ) from None

    def _replace(self, worker: _Worker) -> None:
        worker.stop()
        with self._lock:
            self._started -= 1

    def run(self, fn: Callable[..., Any], *args: Any, time_limit: float | None = None) -> Any:
        """``fn(*args)`` in a worker. Raises what the job raised (as InputProblem,
        StaleStories, StoreError or StorylensError), :class:`CompareTimeout` past the
        limit, :class:`ServerBusy` when no worker frees up in time."""
        limit = self.time_limit if time_limit is None else time_limit
        worker = self._take()
        t0 = time.monotonic()
        try:
            worker.wait_ready(STARTUP_SECONDS)
            worker.conn.send((fn, args))
            if not worker.conn.poll(limit):
                self._replace(worker)
                raise CompareTimeout(
                    f"the comparison took longer than the server's {limit:g} s limit and was"
                    " stopped; compare fewer or shorter articles"
                )
            status, value = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            raise WorkerFailed(f"a comparison worker died after {time.monotonic() - t0:.1f} s") from None
        except CompareTimeout:
            raise
        except BaseException:
            self._replace(worker)
            raise
        if self._closed:
            worker.stop()
        else:
            self._idle.put(worker)
        if status == "ok":
            return value
        raise _raise(value)

    def close(self) -> None:
        """Stop every idle worker (a busy one is stopped when its job returns)."""
        with self._lock:
            self._closed = True
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                return


def _raise(f: _Failure) -> Exception:
    from .inputs import InputProblem
    from .stories import StaleStories

    if f.kind == "input":
        return InputProblem(f.message, f.status)
    if f.kind == "stale":
        return StaleStories(f.message)
    if f.kind == "store":
        return StoreError(f.message)
    if f.kind == "error":
        return StorylensError(f.message)
    log.error("comparison worker failed: %s", f.message)
    return WorkerFailed(f.message)


# --- jobs (top-level functions: a spawned worker imports them by name) ------------------


def compare_raws(raws: list, options, read_skips: tuple = ()) -> Any:
    """Clean and compare pasted, uploaded or API articles (the compare page's job);
    ``read_skips`` are the inputs that could not be read, reported with the comparison."""
    from ..errors import NothingToCompare
    from ..pipeline import clean_all, compare_articles
    from .inputs import InputProblem

    articles, skipped = clean_all(raws, options)
    skipped = [*read_skips, *skipped]
    try:
        return compare_articles(articles, options, skipped)
    except NothingToCompare as e:  # every input was skipped: name the first few and why
        reasons = "; ".join(f"{s.source}: {s.message}" for s in e.skipped[:5])
        raise InputProblem(f"no usable article: {reasons}" if reasons else "no usable article") from None


def compare_raws_json(raws: list, options, read_skips: tuple = ()) -> bytes:
    """:func:`compare_raws` as the API's JSON body, made here so that the server process
    only forwards bytes (serialising a large comparison would hold its GIL)."""
    return json_body(compare_raws(raws, options, read_skips))


def json_body(comparison, doc: dict | None = None) -> bytes:
    """The ``storylens.compare/1`` document (``doc``, when made already), encoded exactly
    as ``JSONResponse`` does."""
    import json

    from ..report.jsonout import to_json

    return json.dumps(
        to_json(comparison) if doc is None else doc,
        ensure_ascii=False,
        allow_nan=False,
        indent=None,
        separators=(",", ":"),
    ).encode("utf-8")


def compare_story(db_path: str, story_id: int, options, max_articles: int | None) -> Any:
    """A stored story's comparison, exactly as ``storylens story ID --json`` makes it."""
    from ..engines.local.build import compare_story as build_compare
    from .stories import open_read_only_store

    store = open_read_only_store(Path(db_path))
    try:
        kwargs = {} if max_articles is None else {"max_articles": max_articles}
        return build_compare(store, story_id, options, **kwargs)
    finally:
        store.close()


def story_products(db_path: str, story_id: int, options, max_articles: int | None) -> Any:
    """A stored story's page, JSON document and finding counts, made from its comparison
    (:func:`compare_story`) where the comparison ran: the server process then holds only
    bytes. Unpickling a large Comparison there, rendering it or encoding it held the
    server's GIL for seconds on a large story, and ``/healthz`` waited."""
    from .stories import open_read_only_store, products

    comp = compare_story(db_path, story_id, options, max_articles)
    store = open_read_only_store(Path(db_path))
    try:
        story = store.story(story_id)
    finally:
        store.close()
    return products(_environment(), story, comp)


def compare_raws_page(raws: list, options, read_skips: tuple, context: dict, path: str) -> tuple[str, frozenset[str]]:
    """:func:`compare_raws` rendered as the compare page (``context``: the form's fields),
    so that the server process only sends the HTML."""
    from . import views

    comp = compare_raws(raws, options, read_skips)
    return views.render(
        _environment(), "web/compare.html", {**views.comparison_context(comp), **context}, path
    )


_ENV: list = []  # this process's Jinja2 environment, made on first use


def _environment():
    if not _ENV:
        from . import views

        _ENV.append(views.environment())
    return _ENV[0]
