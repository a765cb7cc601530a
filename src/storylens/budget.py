"""A wall-clock budget for one piece of work, so one hostile article cannot hold a worker.

Every regex and pairwise loop in storylens is meant to be linear (issue 15); the budget
is the backstop for what is not yet, or for an input far larger than any article. It is
a ``SIGALRM`` timer: the work is interrupted between two Python bytecodes, so a single C
call (one ``re`` match) finishes before it stops. Off the main thread, or where there is
no ``setitimer`` (Windows), the budget is not enforced and the work simply runs.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager


class OverBudget(Exception):
    """The work ran past its time budget and was stopped."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`OverBudget` inside the block once ``seconds`` have passed (0: none)."""
    if (
        seconds <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def on_alarm(_signum, _frame):
        raise OverBudget(f"took longer than {seconds:g} s")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
