"""The article graph and its communities: k-nearest-neighbour edges with an absolute
evidence floor, constant-Potts-model communities, and mixture-model moves.

Pure functions over vectors and adjacency dicts (``adj[i][j] = weight``); nothing here
knows about records, dates beyond the timestamps it is given, or storage.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import chain

import numpy as np

from storylens.corpus.cluster_types import DEFAULT_OPTIONS, ClusterOptions
from storylens.corpus.vectors import EventEvidence, name_residual


def knn_graph(
    vecs: Sequence[dict[str, float]],
    ts: Sequence[float | None],
    options: ClusterOptions = DEFAULT_OPTIONS,
    only: Iterable[int] | None = None,
    names: Sequence[dict[str, str]] | None = None,
    events: EventEvidence | None = None,
) -> list[dict[int, float]]:
    """Symmetric k-nearest-neighbour graph over article cosines, ``adj[i][j] = cosine``.

    Neighbours come from an inverted index (term -> articles, undated first, then in
    publication order), so an article is only compared with articles sharing a term
    with it and, when both are dated, published within ``window_days`` of it: the cost
    grows with the postings inside a window, not with the corpus. An edge is kept when
    either end has the other among its ``knn`` best with cosine >= ``knn_min_sim``
    (``undated_min_sim`` when either end is undated) and they share at least
    ``min_shared_terms`` vector terms: rank picks the candidates, absolute evidence
    decides the edge.
    With ``names`` (:func:`~.vectors.name_units` per article) and ``name_floor`` set, a
    candidate is also dropped when its evidence without its strongest shared name (or
    word) falls below ``name_floor`` (:func:`~.vectors.name_residual`): one name is not
    an event. With ``one_term_backing`` "all", a candidate resting on one shared term
    needs :class:`OneTermEvidence` (other articles tying its ends together). With
    ``only``, neighbours are looked up for those articles alone. With ``events``, a
    candidate under ``event_sim`` between two long articles needs shared phrases
    (:class:`~.vectors.EventEvidence`): one topic is not one event.

    All postings live in one array; each entry knows the posting ranges its article
    reads for that term (the undated articles, then the dated ones in the window:
    one binary search per term for all its entries), so the per-article work is a
    handful of numpy calls, however many terms the article has.
    """
    n = len(vecs)
    counts = [len(v) for v in vecs]
    size = sum(counts)
    if size == 0:
        return [{} for _ in range(n)]
    window = options.window_days * 86400.0
    order = sorted(range(n), key=lambda i: (ts[i] is not None, ts[i] or 0.0, i))
    rank = np.empty(n, dtype=np.int64)
    rank[order] = np.arange(n)
    # one (article, term, weight) triple per vector entry, articles in input order
    vocab = {t: j for j, t in enumerate(dict.fromkeys(chain.from_iterable(vecs)))}
    art = np.repeat(np.arange(n, dtype=np.int64), counts)
    tid = np.fromiter(map(vocab.__getitem__, chain.from_iterable(vecs)), dtype=np.int64, count=size)
    wt = np.fromiter(chain.from_iterable(v.values() for v in vecs), dtype=np.float64, count=size)
    # postings: triples sorted by term, then publication order (undated first)
    perm = np.lexsort((rank[art], tid))
    ids, ws, tids = art[perm], wt[perm], tid[perm]
    entry = np.empty(size, dtype=np.int64)  # triple -> its place in the postings
    entry[perm] = np.arange(size, dtype=np.int64)
    first = np.concatenate(([0], np.cumsum(counts)))
    tsa = np.array([math.nan if x is None else x for x in ts], dtype=np.float64)
    tsp = tsa[ids]
    undated = np.isnan(tsp)
    cut = np.flatnonzero(np.diff(tids)) + 1
    starts, ends = np.concatenate(([0], cut)), np.concatenate((cut, [size]))
    nus = np.add.reduceat(undated, starts)
    span = ends - starts
    # entry e's article reads [a1, b1) then [a2, b2): an undated article the whole
    # posting; a dated one the undated articles, then the dated ones in its window.
    a1 = np.repeat(starts, span)
    b1 = np.where(undated, np.repeat(ends, span), np.repeat(starts + nus, span))
    a2 = np.zeros(size, dtype=np.int64)
    b2 = np.zeros(size, dtype=np.int64)
    for s0, e0, nu in zip(starts.tolist(), ends.tolist(), nus.tolist(), strict=True):
        d0 = s0 + nu
        if d0 < e0:
            dated = tsp[d0:e0]
            a2[d0:e0] = d0 + np.searchsorted(dated, dated - window, side="left")
            b2[d0:e0] = d0 + np.searchsorted(dated, dated + window, side="right")
    del vocab, art, tid, wt, perm, tids, tsa, tsp, undated  # the loop reads the rest
    adj: list[dict[int, float]] = [{} for _ in range(n)]
    k, floor = options.knn, options.knn_min_sim
    min_shared, undated_floor = options.min_shared_terms, options.undated_min_sim
    name_floor = options.name_floor
    one_term = OneTermEvidence(vecs) if options.one_term_backing == "all" else None
    dated = np.array([x is not None for x in ts], dtype=bool)
    any_dated = bool(dated.any())
    for i in range(n) if only is None else only:
        if not vecs[i]:
            continue
        e = entry[first[i] : first[i + 1]]
        # ranges interleaved per term (undated part, window part): the same summation
        # order as reading the postings term by term.
        lo = np.stack([a1[e], a2[e]], axis=1).ravel()
        lens = np.stack([b1[e] - a1[e], b2[e] - a2[e]], axis=1).ravel()
        out_at = np.cumsum(lens) - lens
        gather = np.arange(int(lens.sum()), dtype=np.int64) + np.repeat(lo - out_at, lens)
        weight = np.repeat(np.repeat(ws[e], 2), lens)
        cand, inv = np.unique(ids[gather], return_inverse=True)
        sim = np.bincount(inv, weights=ws[gather] * weight)
        shared = np.bincount(inv)  # terms the pair shares (the ranges are disjoint)
        keep = (cand != i) & (sim >= floor) & (shared >= min_shared)
        # weak: no time evidence for the pair (an undated end, in a batch with dates)
        weak = ~(dated[cand] & dated[i]) if any_dated else np.zeros(len(cand), dtype=bool)
        if undated_floor > floor:  # an undated end needs strong evidence
            keep &= (sim >= undated_floor) | ~weak
        if one_term:  # one shared term is a coincidence unless other articles back it
            for r in np.flatnonzero(keep & (shared == 1)).tolist():
                keep[r] = one_term.backs(i, int(cand[r]))
        if names is not None and name_floor > 0:
            for r in np.flatnonzero(keep & weak).tolist():
                j = int(cand[r])
                keep[r] = name_residual(vecs[i], vecs[j], names[i], names[j]) >= name_floor
        if events is not None and events.active:
            for r in np.flatnonzero(keep & (sim < options.event_sim)).tolist():
                keep[r] = events.backs(i, int(cand[r]), float(sim[r]))
        cand, sim = cand[keep], sim[keep]
        if len(cand) > k:
            top = np.lexsort((cand, -sim))[:k]
            cand, sim = cand[top], sim[top]
        for j, x in zip(cand.tolist(), sim.tolist(), strict=True):
            x = round(x, 9)  # the two directions may differ in the last bits
            adj[i][j] = max(adj[i].get(j, 0.0), x)
            adj[j][i] = max(adj[j].get(i, 0.0), x)
    return adj



class OneTermEvidence:
    """Whether a link resting on ONE shared term is backed by more than that word.

    One shared word ("commercial" in a bribery case and in a space programme) is as
    likely a coincidence as a story: on GoogleNews-TS dev, graph edges resting on one
    term are half across gold stories, those on two 7% (docs/stories.md). The word is
    the story's when other articles holding it tie the two together by other words:
    the articles holding the term, linked where they share another term, put both ends
    in one connected part ("nokia lumia 1020" between "lumia launch" and "1020
    review"). Two unrelated pairs that each repeat a word ("special report" twice,
    "black sunday special" twice) stay two parts. Linear in the term's postings; a pure
    function of the batch (like document frequencies).
    """

    def __init__(self, vecs: Sequence[dict[str, float]]) -> None:
        self.vecs = vecs
        self.postings: dict[str, list[int]] | None = None  # built on first use
        self._part: dict[str, dict[int, int]] = {}

    def parts(self, t: str) -> dict[int, int]:
        """Article -> its connected part among the articles holding ``t``."""
        if self.postings is None:
            self.postings = {}
            for a, v in enumerate(self.vecs):
                for x in v:
                    self.postings.setdefault(x, []).append(a)
        if t not in self._part:
            docs = self.postings.get(t, [])
            parent = {k: k for k in docs}

            def root(x: int) -> int:
                while parent[x] != x:
                    parent[x] = parent[parent[x]]
                    x = parent[x]
                return x

            first: dict[str, int] = {}
            for k in docs:
                for x in self.vecs[k]:
                    if x != t:
                        if x in first:
                            parent[root(k)] = root(first[x])
                        else:
                            first[x] = k
            self._part[t] = {k: root(k) for k in docs}
        return self._part[t]

    def backs(self, i: int, j: int) -> bool:
        u, v = self.vecs[i], self.vecs[j]
        if len(u) > len(v):
            u, v = v, u
        t = next((x for x in u if x in v), None)
        if t is None:
            return False
        part = self.parts(t)
        return part.get(i, -1) == part.get(j, -2)



def cpm_communities(adj: list[dict[int, float]], resolution: float) -> list[int]:
    """Communities of a graph by Louvain-style local moves on the constant Potts model.

    Quality = sum over communities of (internal edge weight - resolution * pairs); nodes
    move to the neighbouring community with the best gain, in index order, until no
    move helps; communities then become nodes and the moves repeat (as in Louvain).
    Deterministic: fixed visiting order, ties to the smaller community id.
    """
    n0 = len(adj)
    member = list(range(n0))
    size = [1] * n0
    cur = adj
    for _level in range(32):
        n = len(cur)
        comm = list(range(n))
        csize = list(size)
        moved_any = False
        for _pass in range(64):
            moved = False
            for i in range(n):
                ci, si = comm[i], size[i]
                w2c: dict[int, float] = {}
                for j, w in cur[i].items():
                    if j != i:
                        cj = comm[j]
                        w2c[cj] = w2c.get(cj, 0.0) + w
                csize[ci] -= si
                best, best_gain = ci, w2c.get(ci, 0.0) - resolution * csize[ci] * si
                for c in sorted(w2c):
                    g = w2c[c] - resolution * csize[c] * si
                    if g > best_gain + 1e-12:
                        best, best_gain = c, g
                csize[best] += si
                if best != ci:
                    comm[i] = best
                    moved = True
            if not moved:
                break
            moved_any = True
        if not moved_any:
            break
        ids = {c: k for k, c in enumerate(sorted(set(comm)))}
        nxt: list[dict[int, float]] = [{} for _ in ids]
        nsize = [0] * len(ids)
        for i in range(n):
            ci = ids[comm[i]]
            nsize[ci] += size[i]
            row = nxt[ci]
            for j, w in cur[i].items():
                cj = ids[comm[j]]
                row[cj] = row.get(cj, 0.0) + w
        member = [ids[comm[m]] for m in member]
        cur, size = nxt, nsize
    return member



def dmm_moves(
    comm: list[int], counts: list[dict[str, float]], adj: list[dict[int, float]], options: ClusterOptions
) -> list[int]:
    """Greedy Dirichlet-multinomial-mixture moves between neighbouring communities.

    Article ``i`` (term counts ``counts[i]``) goes to the community ``k`` among its own
    and its graph neighbours' that maximises the GSDMM conditional
    ``log(m_k + a) + sum_w lgamma(n_kw + b + c_w) - lgamma(n_kw + b)
    - lgamma(n_k + V b + L) + lgamma(n_k + V b)``, computed with the article removed.
    Nodes in index order, ties to the smaller community id: deterministic.
    """
    a, b = options.dmm_alpha, options.dmm_beta
    comm = list(comm)
    m: Counter[int] = Counter()
    nk: Counter[int] = Counter()
    nkw: dict[int, dict[str, float]] = {}
    vocab: set[str] = set()
    length = [sum(c.values()) for c in counts]
    for i, c in enumerate(counts):
        k = comm[i]
        m[k] += 1
        nk[k] += length[i]
        row = nkw.setdefault(k, {})
        for t, x in c.items():
            row[t] = row.get(t, 0.0) + x
        vocab.update(c)
    vb = len(vocab) * b
    lg = math.lgamma
    for _ in range(options.dmm_passes):
        moved = False
        for i, c in enumerate(counts):
            if not c:
                continue
            own, li = comm[i], length[i]
            m[own] -= 1
            nk[own] -= li
            row = nkw[own]
            for t, x in c.items():
                row[t] -= x
            best, best_lp = own, -math.inf
            for k in sorted({own, *(comm[j] for j in adj[i])}):
                rk = nkw[k]
                lp = math.log(m[k] + a) - lg(nk[k] + vb + li) + lg(nk[k] + vb)
                for t, x in c.items():
                    n = rk.get(t, 0.0)
                    lp += lg(n + b + x) - lg(n + b)
                if lp > best_lp + 1e-9:
                    best, best_lp = k, lp
            comm[i] = best
            m[best] += 1
            nk[best] += li
            row = nkw[best]
            for t, x in c.items():
                row[t] = row.get(t, 0.0) + x
            moved = moved or best != own
        if not moved:
            break
    return comm
