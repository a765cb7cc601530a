"""One step of a comparison run in a forked child while the parent runs another.

A comparison is one process's work, and the issue's machine has two cores. Two of its
stages do not read each other's results: the per-document analysis (quotes, names,
numbers) and the alignment read only the segmented documents; the finders and what the
story warning and the coverage summary read (``coverage.carried_facts``, the story-wide
framing) read only the analysed documents and the alignment. :func:`forked` runs the
first of each pair in a child made by ``os.fork`` (a copy of the parent, memos and all:
nothing is imported or built again) while the parent runs the second, and hands the
child's result back pickled through a pipe (the 50 articles' analyses are 0.19 MB,
~0.02 s to pickle and unpickle; their findings ~0.1 MB).

The child's result is what the parent would have computed: the same function on the same
objects (the child is a fork, so even the hash seed is the same). Anything unusual makes
the parent compute the step itself, in its own process, after its own work: no ``fork``
(Windows), a platform where forking a process that may have loaded system frameworks is
unsafe (macOS: CPython's ``multiprocessing`` does not fork there either), one core, a
thread alive beside the caller (a fork copies no thread, and a lock one of them holds
would stay held in the child), ``Options.parallel`` off or ``STORYLENS_PARALLEL=0`` in the
environment, an input below :data:`MIN_CHARS`, a child that fails (its exception is
raised again by the parent's own run, with the parent's traceback) or dies.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Generic, TypeVar

_T = TypeVar("_T")

# Environment switch: "0" keeps every step in the calling process (the option
# ``Options.parallel`` does the same for one call).
ENV = "STORYLENS_PARALLEL"

# Characters of article text below which a step is not forked: a fork, the pickling and
# the child's first touches of the parent's pages cost ~5-10 ms, more than a small story's
# analysis saves (benchmarks/compare.py, 2 articles of ~800 words: ~11,000 characters,
# analysis ~0.02 s). Measured: see docs/limits.md, session 9.
MIN_CHARS = 30_000


def can_fork(chars: int, enabled: bool = True) -> bool:
    """Whether a step over ``chars`` characters of text may run in a forked child."""
    if not enabled or chars < MIN_CHARS or os.environ.get(ENV, "1").strip() == "0":
        return False
    if not hasattr(os, "fork") or not sys.platform.startswith("linux"):
        return False
    try:
        if len(os.sched_getaffinity(0)) < 2:
            return False
    except (AttributeError, OSError):  # pragma: no cover - Linux has it
        return False
    import threading

    return threading.active_count() == 1


class Forked(Generic[_T]):
    """``fn(*args)`` running in a forked child; :meth:`result` waits for it. Use as a
    context manager: leaving the block without the result ends the child."""

    def __init__(self, fn: Callable[..., _T], *args: object) -> None:
        self._fn, self._args = fn, args
        self._pid: int | None = None
        self._fd: int | None = None
        r, w = os.pipe()
        me = os.getpid()
        try:
            pid = os.fork()
        except OSError:  # no process left to make: the parent computes it
            os.close(r)
            os.close(w)
            return
        if pid == 0:  # pragma: no cover - the child (coverage does not follow a fork)
            _child(r, w, fn, args, me)
        os.close(w)
        self._pid, self._fd = pid, r

    def result(self) -> _T:
        """The child's result, or the parent's own run of the step when the child gave
        none (it failed, or was never made)."""
        data = b""
        if self._fd is not None:
            with os.fdopen(self._fd, "rb") as pipe:
                self._fd = None
                data = pipe.read()
            self._reap()
        if data:
            import pickle  # here: a story too small to fork never needs it (~3 ms of import)

            try:
                return pickle.loads(data)
            except Exception:  # noqa: BLE001, S110 - a torn result: compute it here
                pass
        return self._fn(*self._args)

    def close(self) -> None:
        """End the child if its result was not read (the parent's own step failed)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
            if self._pid is not None:
                import signal

                try:
                    os.kill(self._pid, signal.SIGKILL)
                except OSError:  # pragma: no cover - already gone
                    pass
            self._reap()

    def _reap(self) -> None:
        if self._pid is not None:
            try:
                os.waitpid(self._pid, 0)
            except ChildProcessError:  # pragma: no cover - reaped elsewhere
                pass
            self._pid = None

    def __enter__(self) -> Forked[_T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Ends:
    """The indexes ``0 .. n-1`` of a list of independent steps taken from both ends: a
    forked child takes them from the front (:meth:`front`), the parent from the back
    (:meth:`back`), so that the two finish together however long the parent's own step
    before took. Two counters in memory the fork shares, each written by one side only
    (the child's next index, the parent's lowest taken): a side reads the other's after
    writing its own, so of two that race for the last index both may take it (computed
    twice: the same result), never neither. The parent still computes any index the
    child's result lacks (a child that failed)."""

    def __init__(self, n: int) -> None:
        import mmap

        self._mem = mmap.mmap(-1, 16)  # shared with a child forked after this
        self._put(0, 0)
        self._put(8, n)

    def _get(self, at: int) -> int:
        return int.from_bytes(self._mem[at : at + 8], "little", signed=True)

    def _put(self, at: int, value: int) -> None:
        self._mem[at : at + 8] = value.to_bytes(8, "little", signed=True)

    def front(self) -> int | None:
        """The child's next index, or None when the parent has taken it."""
        i = self._get(0)
        if i >= self._get(8):
            return None
        self._put(0, i + 1)
        return i

    def back(self) -> int | None:
        """The parent's next index (from the last one down), or None when the child has
        taken it."""
        j = self._get(8) - 1
        if j < 0:
            return None
        self._put(8, j)
        return None if self._get(0) > j else j


def _child(r: int, w: int, fn: Callable[..., object], args: tuple, parent: int) -> None:  # pragma: no cover
    """The child's whole life: compute, write the pickled result, exit without the
    parent's exit handlers or buffered output (``os._exit``). A failure writes nothing."""
    try:
        os.close(r)
        _die_with_parent(parent)
        try:
            import pickle

            data = pickle.dumps(fn(*args), protocol=pickle.HIGHEST_PROTOCOL)
        except BaseException:  # noqa: BLE001 - the parent runs it again and reports it
            data = b""
        with os.fdopen(w, "wb") as pipe:
            pipe.write(data)
    finally:
        os._exit(0)


def _die_with_parent(parent: int) -> None:  # pragma: no cover - the child
    """Ask Linux to end this child when its parent ends (``PR_SET_PDEATHSIG``): a web
    worker killed past its time limit leaves no child computing on. Where that cannot be
    asked the child still ends when its step does (writing to a closed pipe fails)."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent ended before the request: end now
        os._exit(0)
