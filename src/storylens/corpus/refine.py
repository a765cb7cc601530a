"""After the communities: lone articles attached, stories cut at time gaps, and
incoherent stories split.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from storylens.corpus.cluster_types import ClusterOptions
from storylens.corpus.graph import cpm_communities, knn_graph
from storylens.corpus.text import within_window  # numpy-free: compare's coverage reads it too
from storylens.corpus.vectors import EventEvidence, name_residual


def attach_singletons(
    story: list[int],
    usual: Sequence[dict[str, float]],
    ts: Sequence[float | None],
    order: list[int],
    options: ClusterOptions,
    names: Sequence[dict[str, str]] | None = None,
    events: EventEvidence | None = None,
    shares: Sequence[float] | None = None,
) -> None:
    """Join each article left alone to its most similar article, by the vectors with the
    usual ``min_df`` (terms only two articles share count here: a story of two
    articles has no other), when the cosine is at least ``threshold``, the cosine times
    both articles' kept ``shares`` of their content is at least ``attach_min_whole``,
    and, between two long articles, the link has event evidence (``events``). In place.
    """
    size = Counter(story)
    lone = [i for i in order if size[story[i]] == 1]
    if not lone or options.graph_min_df <= options.min_df:
        return
    lone_options = replace(
        options,
        knn=1,
        knn_min_sim=options.threshold,
        one_term_backing="all" if options.one_term_backing != "off" else "off",
    )
    near = knn_graph(usual, ts, lone_options, only=lone, names=names, events=events)
    lone_set = set(lone)
    parent: dict[int, int] = {}

    def root(x: int) -> int:
        while x in parent:
            x = parent[x]
        return x

    for i in lone:
        if not near[i]:
            continue
        j = min(near[i], key=lambda j: (-near[i][j], story[j]))
        if shares is not None and near[i][j] * shares[i] * shares[j] < options.attach_min_whole:
            continue
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        if ri in lone_set:
            parent[ri] = rj
        elif rj in lone_set:
            parent[rj] = ri
    for i in lone:
        story[i] = story[root(i)]


def split_at_gaps(members: list[int], ts: Sequence[float | None], rank: list[int], window: float) -> list[list[int]]:
    """Cut a community where its dated articles leave a gap longer than ``window``.

    As in the streaming pass, a story closes ``window`` after its latest article; its
    undated articles (which come first in publication order) stay with the first part.
    """
    undated = [g for g in members if ts[g] is None]
    dated = sorted((g for g in members if ts[g] is not None), key=rank.__getitem__)
    parts: list[list[int]] = [undated]
    for k, g in enumerate(dated):
        if k and not within_window(ts[dated[k - 1]], ts[g], window):
            parts.append([])
        parts[-1].append(g)
    return [p for p in parts if p]



def story_similarities(vecs: Sequence[dict[str, float]], label: list[str]) -> list[float]:
    """Cosine of each article to its story's centroid (the article included)."""
    cent: dict[str, dict[str, float]] = {}
    for v, s_ in zip(vecs, label, strict=True):
        c = cent.setdefault(s_, {})
        for t, w in v.items():
            c[t] = c.get(t, 0.0) + w
    norm = {s_: math.sqrt(sum(w * w for w in c.values())) for s_, c in cent.items()}
    out = []
    for v, s_ in zip(vecs, label, strict=True):
        c = cent[s_]
        dot = sum(w * c.get(t, 0.0) for t, w in v.items())
        out.append(round(dot / norm[s_], 6) if norm[s_] > 0 else 0.0)
    return out


def coherence(members: Sequence[int], vecs: Sequence[dict[str, float]]) -> float:
    """Mean cosine over all pairs of a story's articles (1.0 for one article)."""
    if len(members) < 2:
        return 1.0
    sims = _pair_cosines(members, vecs)
    n = len(members)
    return float((sims.sum() - np.trace(sims)) / (n * (n - 1)))


def _pair_cosines(members: Sequence[int], vecs: Sequence[dict[str, float]]) -> np.ndarray:
    vocab: dict[str, int] = {}
    for i in members:
        for t in vecs[i]:
            vocab.setdefault(t, len(vocab))
    m = np.zeros((len(members), max(1, len(vocab))))
    for r, i in enumerate(members):
        for t, w in vecs[i].items():
            m[r, vocab[t]] = w
    return m @ m.T


def split_incoherent(
    members: list[int], vecs: Sequence[dict[str, float]], floor: float, relative: float
) -> list[list[int]]:
    """A story split into coherent parts (members in publication order; parts keep it).

    1. Coherence ``c`` = :func:`coherence`. The story is cut into fragments: the
       constant Potts model communities of its complete similarity graph at resolution
       ``max(floor, 2c)`` (a fragment's articles are, on average, twice as close to each
       other as the story's articles are).
    2. Fragments are merged back, closest pair first (average linkage), while their
       mean cross cosine is at least ``max(floor, relative * c)``.
    A story of one event merges back whole (its fragments are about as close to each
    other as to themselves); two events held together by a bridge article stay apart,
    because what joins them is far weaker than what holds each one. ``floor`` is
    absolute (a story's parts must be at least that close), ``relative`` scale-free (so
    short texts, whose cosines are all low, are judged like long ones).
    """
    if len(members) < 4 or (floor <= 0 and relative <= 0):
        return [members]
    sims = _pair_cosines(members, vecs)
    n = len(members)
    c = float((sims.sum() - np.trace(sims)) / (n * (n - 1)))
    stop = max(floor, relative * c)
    if stop <= 0:
        return [members]
    adj = [{j: float(x) for j, x in enumerate(row) if j != r and x > 0.0} for r, row in enumerate(sims)]
    comm = cpm_communities(adj, max(floor, 2.0 * c))
    frags: dict[int, list[int]] = {}
    for r, k in enumerate(comm):
        frags.setdefault(k, []).append(r)
    parts = list(frags.values())
    total = {(a, b): float(sims[np.ix_(parts[a], parts[b])].sum()) for a in range(len(parts)) for b in range(a + 1, len(parts))}
    alive = set(range(len(parts)))
    while len(alive) > 1:
        best, pair = -1.0, None
        for (a, b), w in total.items():
            m = w / (len(parts[a]) * len(parts[b]))
            if m > best:
                best, pair = m, (a, b)
        if pair is None or best < stop:
            break
        a, b = pair
        for k in alive - {a, b}:
            ka, kb = (min(a, k), max(a, k)), (min(b, k), max(b, k))
            total[ka] = total[ka] + total.pop(kb)
        total.pop(pair)
        parts[a] = parts[a] + parts[b]
        alive.discard(b)
    out = [sorted(members[r] for r in parts[k]) for k in alive]
    first = {g: i for i, g in enumerate(members)}
    return sorted((sorted(p, key=first.__getitem__) for p in out), key=lambda p: first[p[0]])


def detach_weak_undated(
    members: list[int],
    vecs: Sequence[dict[str, float]],
    ts: Sequence[float | None],
    options: ClusterOptions,
    names: Sequence[dict[str, str]] | None = None,
    events: EventEvidence | None = None,
) -> list[list[int]]:
    """Undated articles leave a dated story unless one of its dated articles is at least
    ``undated_min_sim`` similar to them.

    An undated article has no time evidence, so it stays only on strong text evidence
    with the story's dated articles directly, not through another undated article (two
    undated articles may chain a loose one in). Articles that leave are grouped among
    themselves on the same strong evidence (``undated_min_sim``, ``name_floor``, and
    ``events``: between long articles, event evidence). Parts keep member order.
    """
    dated = [g for g in members if ts[g] is not None]
    undated = [g for g in members if ts[g] is None]
    if not dated or not undated or options.undated_min_sim <= 0:
        return [members]
    sims = _pair_cosines(members, vecs)
    pos = {g: r for r, g in enumerate(members)}
    drows = [pos[g] for g in dated]
    out = [g for g in undated if float(sims[pos[g], drows].max()) < options.undated_min_sim]
    if not out:
        return [members]
    gone = set(out)
    parts = [[g for g in members if g not in gone]]
    parent = {g: g for g in out}

    def root(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a_, g in enumerate(out):
        for h in out[a_ + 1 :]:
            if sims[pos[g], pos[h]] >= options.undated_min_sim and (
                names is None
                or options.name_floor <= 0
                or name_residual(vecs[g], vecs[h], names[g], names[h]) >= options.name_floor
            ) and (events is None or events.backs(g, h, float(sims[pos[g], pos[h]]))):
                parent[root(h)] = root(g)
    groups: dict[int, list[int]] = {}
    for g in out:
        groups.setdefault(root(g), []).append(g)
    return parts + list(groups.values())


def split_at_bridges(
    members: list[int],
    vecs: Sequence[dict[str, float]],
    options: ClusterOptions,
    events: EventEvidence | None,
) -> list[list[int]]:
    """A story cut where one long article is all that joins two events.

    A long piece that touches several events (a day's round-up, a profile of a
    politician's week) shares real passages with the reports of each, so the
    communities can hold two events joined through it alone. Inside the story, two
    articles are linked when their cosine is at least ``knn_min_sim`` and the link
    has event evidence (:class:`~.vectors.EventEvidence`: between long articles, a
    cosine of ``event_sim`` or shared passages). Removing one long article (an
    articulation point of these links) may leave parts of at least
    ``bridge_min_part`` articles with no link between them. A part the bridge is
    tied to by overall similarity (cosine of at least ``event_sim`` to one of its
    articles: by the event rule, a report of that part's event) stays with it; a part
    tied to it by shared passages alone (the bridge quotes or sums up its event) is a
    separate story, cut off when at least two parts remain. So a follow-up that reports
    both an event and its sequel in full (an apology after the act, cosine 0.48-0.52
    to both sides) keeps them one story, and a piece on a politician's week that
    repeats passages of an embassy storming (cosine 0.29) does not hold it. With no
    part tied by similarity, every part is its own story and the bridge joins the part
    it is closest to (highest mean cosine), or stays alone when that mean is under
    ``threshold``. Articles linked to the story only through the bridge go with it;
    articles linked to no part join the part they are closest to. Each part is
    checked again. Short articles (snippets) are never a bridge: their links carry no
    phrase evidence. Parts keep member order and are ordered by their first member.

    Session 15: articles hanging on the bridge alone, each tied to it by similarity,
    make its side together when they are ``bridge_min_part`` or more (the Mar-a-Lago
    party report and the Kim Jong-un remark made there, each linked only to the Palm
    Beach round-up). And a story of long articles whose links fall apart, with no
    bridge, into parts of ``bridge_min_part`` articles or more is cut into them (an
    article linked to none joins the closest part): the graph's vectors (terms of
    ``graph_min_df``) had joined what the story's own vectors do not (SemEval dev: the
    embassy storming, Iran summoning the Swiss envoy and the party, one story of 9,
    the round-up's cosine to the embassy report 0.30, a hair under the floor).
    """
    k = options.bridge_min_part
    if events is None or not events.active or k <= 0 or len(members) < 2 * k + 1:
        return [members]
    m = len(members)
    sims = _pair_cosines(members, vecs)
    # Links at event_sim need no phrase check; more links never add an articulation
    # point, so when these alone are connected with none, the story stands as it is.
    strong = sims >= max(options.event_sim, options.knn_min_sim)
    np.fill_diagonal(strong, False)
    adj = [set(np.flatnonzero(row).tolist()) for row in strong]
    if len(_components(adj)) == 1 and not _articulation_points(adj):
        return [members]
    for a in range(m):
        for b in range(a + 1, m):
            s = float(sims[a, b])
            if b not in adj[a] and s >= options.knn_min_sim and events.backs(members[a], members[b], s):
                adj[a].add(b)
                adj[b].add(a)
    comps = _components(adj)
    parts = [c for c in comps if len(c) >= k]
    if len(parts) >= 2 and all(events.phrases(g) is not None for g in members):
        # the story's own links fall apart into events of k articles or more: nothing but
        # the graph's other vectors held them (its terms of graph_min_df); each is a story,
        # an article linked to none joins the closest
        groups = [list(c) for c in parts]
        for c in comps:
            if len(c) < k:
                means = [float(sims[np.ix_(c, g)].mean()) for g in groups]
                groups[max(range(len(groups)), key=lambda j: (means[j], -j))].extend(c)
        pos = {g: r for r, g in enumerate(members)}
        out = [p for g in groups for p in split_at_bridges([members[r] for r in sorted(g)], vecs, options, events)]
        return sorted(out, key=lambda part: pos[part[0]])
    best: tuple[tuple[int, int], int, list[list[int]], list[list[int]], int] | None = None
    for v in _articulation_points(adj):
        if events.phrases(members[v]) is None:
            continue
        comps = _components(adj, skip=v)
        big = [c for c in comps if len(c) >= k and adj[v].intersection(c)]
        weak = [c for c in big if float(sims[v, c].max()) < options.event_sim]
        # articles hanging on the bridge alone, each a report of its event (cosine
        # event_sim), make one part together when they are k or more: the party report and
        # the remark made there, beside the embassy storming the Palm Beach piece sums up
        side = sum(len(c) for c in comps if len(c) < k and adj[v].intersection(c)
                   and float(sims[v, c].max()) >= options.event_sim)
        side = side if side >= k else 0
        if len(big) + bool(side) < 2 or not weak:
            continue
        sizes = sorted([len(c) for c in big] + ([side] if side else []), reverse=True)
        key = (sizes[1], -v)  # the most even cut, then the earliest bridge
        if best is None or key > best[0]:
            best = (key, v, comps, big, side)
    if best is None:
        return [members]
    _, v, comps, big, side = best
    tied = [u for c in big if float(sims[v, c].max()) >= options.event_sim for u in c]
    bridge = [v] + tied + [u for c in comps if c not in big and adj[v].intersection(c) for u in c]
    groups = [list(c) for c in big if float(sims[v, c].max()) < options.event_sim]

    def closest(rows: list[int]) -> tuple[int, float]:
        means = [float(sims[np.ix_(rows, g)].mean()) for g in groups]
        j = max(range(len(groups)), key=lambda j: (means[j], -j))
        return j, means[j]

    if not tied and not side:
        j, mean = closest([v])
        if mean >= options.threshold:
            groups[j].extend(bridge)
            bridge = []
    if bridge:
        groups.append(bridge)
    for c in comps:
        if not adj[v].intersection(c):
            groups[closest(list(c))[0]].extend(c)
    out: list[list[int]] = []
    for g in groups:
        part = [members[r] for r in sorted(g)]
        out.extend(split_at_bridges(part, vecs, options, events))
    pos = {g: r for r, g in enumerate(members)}
    return sorted(out, key=lambda part: pos[part[0]])


def _components(adj: Sequence[set[int]], skip: int = -1) -> list[list[int]]:
    """Connected components of ``adj`` without node ``skip``, each sorted."""
    seen = {skip}
    comps = []
    for s in range(len(adj)):
        if s in seen:
            continue
        seen.add(s)
        comp, stack = [s], [s]
        while stack:
            for u in adj[stack.pop()]:
                if u not in seen:
                    seen.add(u)
                    comp.append(u)
                    stack.append(u)
        comps.append(sorted(comp))
    return comps


def _articulation_points(adj: Sequence[set[int]]) -> list[int]:
    """Nodes whose removal disconnects their component (Tarjan, iterative), sorted."""
    n = len(adj)
    disc = [-1] * n
    low = [0] * n
    cuts: set[int] = set()
    t = 0
    for root in range(n):
        if disc[root] >= 0:
            continue
        disc[root] = low[root] = t
        t += 1
        children = 0
        stack = [(root, -1, iter(sorted(adj[root])))]
        while stack:
            node, parent, it = stack[-1]
            for u in it:
                if disc[u] < 0:
                    disc[u] = low[u] = t
                    t += 1
                    if node == root:
                        children += 1
                    stack.append((u, node, iter(sorted(adj[u]))))
                    break
                if u != parent:
                    low[node] = min(low[node], disc[u])
            else:
                stack.pop()
                if parent >= 0:
                    low[parent] = min(low[parent], low[node])
                    if parent != root and low[node] >= disc[parent]:
                        cuts.add(parent)
        if children > 1:
            cuts.add(root)
    return sorted(cuts)
