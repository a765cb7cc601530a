"""The story-window planner: which time window(s) each article is clustered in.

Pure and engine-free: the Spark job runs one ``cluster_stories`` task per window; a local
engine may do the same. Articles are taken in the core's publication order
(:func:`storylens.corpus.rows.publication_key`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .rows import publication_key

StoryMode = Literal["exact", "windowed"]


@dataclass(frozen=True)
class WindowPlan:
    """Which window(s) each article is clustered in, and which one owns its result."""

    windows: int
    # article id -> list of (window, owned); an article is owned by exactly one window
    placement: dict[int, list[tuple[int, bool]]]


def plan_windows(
    rows: Sequence[tuple[int, float | None, str | None]],
    window_days: float,
    mode: StoryMode,
    span_days: float,
) -> WindowPlan:
    """Cut ``(id, timestamp, dup group)`` rows into story windows.

    ``exact`` cuts only where no story can cross: a gap longer than ``window_days`` (no
    open story spans it), no duplicate group across the cut, no undated records; so
    clustering the windows apart gives the one-pass result. ``windowed`` also cuts every
    ``span_days`` with ``window_days`` of overlap (owned by the earlier window), for
    corpora too large for one task (close to, not equal to, the one-pass result).
    """
    order = sorted(rows, key=lambda r: publication_key(r[0], r[1]))
    n = len(order)
    horizon = window_days * 86400.0
    if n == 0:
        return WindowPlan(0, {})
    undated = sum(1 for r in order if r[1] is None)
    # Safe cuts: a gap longer than the story horizon closes every open story (the core
    # closes a story once ``now - last > window_days``) and no duplicate group spans it.
    # Undated stories never close, so with undated records no cut is safe.
    delta = [0] * (n + 1)
    first: dict[str, int] = {}
    last: dict[str, int] = {}
    for p, r in enumerate(order):
        if r[2] is not None:
            first.setdefault(r[2], p)
            last[r[2]] = p
    for g, p0 in first.items():
        delta[p0 + 1] += 1
        delta[last[g] + 1] -= 1
    crossing = 0
    safe = [False] * n  # safe[p]: a window may start at position p
    for p in range(1, n):
        crossing += delta[p]
        if p > undated and crossing == 0:
            safe[p] = order[p][1] - order[p - 1][1] > horizon  # type: ignore[operator]
    placement: dict[int, list[tuple[int, bool]]] = {}
    if mode == "exact" or undated == n:
        w = 0
        for p, r in enumerate(order):
            if p and safe[p] and not undated:
                w += 1
            placement[r[0]] = [(w, True)]
        return WindowPlan(w + 1, placement)
    # Windowed: undated records go with the first window; a new window starts at every
    # safe cut and every ``span_days``; a window that does not start at a safe cut also
    # re-reads the ``window_days`` before its start (overlap, owned by earlier windows).
    width = span_days * 86400.0
    starts: list[float] = []
    at_safe: set[int] = set()
    for p, r in enumerate(order):
        ts = r[1]
        if ts is not None:
            if not starts or safe[p]:
                starts.append(ts)
                at_safe.add(len(starts) - 1)
            elif ts >= starts[-1] + width:
                starts.append(starts[-1] + width * ((ts - starts[-1]) // width))
        placement[r[0]] = [(max(0, len(starts) - 1), True)]
    times = [r[1] for r in order[undated:]]
    for wi, t0 in enumerate(starts):
        if wi in at_safe:
            continue
        lo = bisect.bisect_left(times, t0 - horizon)
        hi = bisect.bisect_left(times, t0)
        for p in range(lo, hi):
            placement[order[undated + p][0]].append((wi, False))
    return WindowPlan(max(1, len(starts)), placement)


__all__ = ["StoryMode", "WindowPlan", "plan_windows"]
