"""The story-window planner: which time window(s) each article is clustered in.

Pure and engine-free: the Spark job runs one ``cluster_stories`` task per window and the
local build clusters the windows one after another (so it holds one window in memory,
not the corpus); both put the windows' stories back together with :func:`stitch`.
Articles are taken in the core's publication order
(:func:`storylens.corpus.rows.publication_key`).
"""

from __future__ import annotations

import bisect
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from .dedup import DisjointSet
from .rows import publication_key

StoryMode = Literal["exact", "windowed", "auto"]
# ``auto``: exact windows unless the largest holds more articles than this; then
# windowed. A window's clustering holds about 60 kB per article (0.6 GB for 10,000 in
# one window, measured with ``benchmarks/spark_scale.py``), so 50,000 is ~3 GB.
DEFAULT_MAX_WINDOW = 50_000


@dataclass(frozen=True)
class WindowOptions:
    """How stories are cut into time windows (see :func:`plan_windows`).

    ``mode``: ``exact`` (the one-pass result; a corpus with news every day is one
    window), ``windowed`` (also cut every ``span_days``, stitched at the edges) or
    ``auto`` (exact unless a window would hold more than ``max_window`` articles).
    """

    mode: StoryMode = "auto"
    span_days: float = 14.0
    max_window: int = DEFAULT_MAX_WINDOW


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
    max_window: int = DEFAULT_MAX_WINDOW,
) -> WindowPlan:
    """Cut ``(id, timestamp, dup group)`` rows into story windows.

    ``exact`` cuts only where no story can cross: a gap longer than ``window_days`` (no
    open story spans it), no duplicate group across the cut, no undated records; so
    clustering the windows apart gives the one-pass result. ``windowed`` also cuts every
    ``span_days`` with ``window_days`` of overlap (owned by the earlier window), for
    corpora too large for one task (close to, not equal to, the one-pass result).
    ``auto`` is ``exact`` unless its largest window holds more than ``max_window``
    records, then ``windowed``.
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
    if mode in ("exact", "auto") or undated == n:
        w = 0
        for p, r in enumerate(order):
            if p and safe[p] and not undated:
                w += 1
            placement[r[0]] = [(w, True)]
        if mode == "exact" or undated == n or _largest(placement) <= max_window:
            return WindowPlan(w + 1, placement)
        placement = {}
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


def _largest(placement: dict[int, list[tuple[int, bool]]]) -> int:
    sizes: dict[int, int] = {}
    for where in placement.values():
        for w, _ in where:
            sizes[w] = sizes.get(w, 0) + 1
    return max(sizes.values(), default=0)


def window_members(plan: WindowPlan) -> list[list[tuple[int, bool]]]:
    """``(id, owned)`` of every window's records, window by window, ids ascending."""
    out: list[list[tuple[int, bool]]] = [[] for _ in range(plan.windows)]
    for aid in sorted(plan.placement):
        for w, owned in plan.placement[aid]:
            out[w].append((aid, owned))
    return out


def stitch(
    owned: Iterable[tuple[int, int, Hashable, float | None, str | None]],
    context: Iterable[tuple[int, int, Hashable]],
) -> list[tuple[int, int]]:
    """``(id, story)`` of every article from the per-window stories, as both engines join them.

    ``owned``: ``(id, window, story in that window, timestamp, duplicate group)`` from
    the window that owns the article; ``context``: ``(id, window, story)`` for an article
    re-read as overlap by a later window. A story an overlap article belongs to in both
    windows is one story (a ``DisjointSet`` over ``(window, story)`` nodes); duplicate
    groups go to the story of their earliest member, and every story is named after its
    earliest article (publication order), as ``cluster.refine`` does within a window.
    With no context (an exact plan) the windows' stories are kept as they are.
    """
    home: dict[int, tuple[int, Hashable]] = {}
    rows = []
    for aid, w, story, ts, group in owned:
        home[aid] = (w, story)
        rows.append((publication_key(aid, ts), aid, group))
    ds = DisjointSet()
    for aid, w, story in context:
        ds.union(home[aid], (w, story))
    rows.sort(key=lambda r: r[0])
    group_node: dict[str, Hashable] = {}
    name: dict[Hashable, int] = {}
    out = []
    for _, aid, group in rows:
        node = home.pop(aid)
        node = ds.find(node) if node in ds.parent else node
        if group is not None:
            node = group_node.setdefault(group, node)
        out.append((aid, name.setdefault(node, aid)))
    return out


__all__ = ["DEFAULT_MAX_WINDOW", "StoryMode", "WindowOptions", "WindowPlan", "plan_windows", "stitch",
           "window_members"]
