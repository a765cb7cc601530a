"""Story clustering: articles about the same event, grouped within time windows.

Each article becomes a sparse TF-IDF vector of content terms (stop-words dropped,
title terms and capitalised name-like tokens weighted up). Stories are found by a
batch step over the articles (:func:`refine`, default ``method="graph"``):

1. a k-nearest-neighbour graph over article cosines (:func:`knn_graph`), candidates
   from an inverted index, and an edge only between articles published within
   ``window_days`` of each other, so the cost follows the postings inside a window;
2. its communities under the constant Potts model (Louvain-style local moves, then
   aggregation), each connected component on its own;
3. greedy moves of single articles to the neighbouring story whose word distribution
   (a Dirichlet multinomial mixture, the GSDMM model for short texts) fits them best;
4. articles left alone join their most similar article when the cosine is at least
   ``threshold`` (stories of two articles);
5. a story is cut where its dated articles leave a gap over ``window_days``.

Measured on GoogleNews-TS (benchmarks/clustering.py), B-cubed F1: 0.699 for the older
streaming-centroid method; with the graph, 0.808 after step 2 and 0.837 after step 3
with the vectors' usual min_df 2, 0.858 with ``graph_min_df`` 3.

The streaming pass (:func:`assign`, publication order, a story closes ``window_days``
after its latest article) is kept for incremental use and for ``method="centroid"``,
which refines its stories by merging similar centroids and k-means-style moves.
Articles in the same near-duplicate group are always put in one story (an edge of
weight 1 in the graph, then forced).

No step looks beyond ``window_days`` and a component's result depends only on its
own articles, so a corpus cut where a gap is longer than ``window_days`` gives the same
stories cut or whole (the Spark job relies on it). The streaming state
(:class:`ClusterState`) is plain mergeable data: document frequencies (a counter),
story centroids as term -> weight sums, the index of open stories and the
duplicate-group -> story map (:func:`merge_states`). Story ids are the id of the
story's first article, so they do not depend on where a partition starts.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import chain
from typing import Literal

import numpy as np

from storylens.corpus.dedup import published_timestamp
from storylens.corpus.shingles import tokens
from storylens.rules.words import EVENT_STOPWORDS as STOPWORDS

# A capitalised token not at a sentence start ("... said Varo Dellan in Kesh") is
# likely a name, which identifies an event better than a common noun.
_CAPITALISED = re.compile(r"(?<![.!?\n\"'“])\s([A-Z][\w'’-]+)")


@dataclass(frozen=True)
class ClusterOptions:
    # Cosine between an article and a story centroid needed to join the story (the
    # streaming pass and method="centroid"; the graph step does not use it), and the
    # same-story cut of pair_similarity. Swept 0.06-0.4: on GoogleNews-TS the centroid
    # method's B-cubed F1 is flat at 0.68-0.71 for 0.06-0.2 and falls above; on the
    # SemEval pairs 0.2 gives the best same-story precision (0.96) at recall 0.98.
    threshold: float = 0.2
    window_days: float = 3.0  # a story closes this long after its latest article
    title_weight: float = 2.0  # title terms count as this many body occurrences
    entity_weight: float = 1.5  # boost for capitalised (name-like) tokens
    max_terms: int = 100  # strongest terms kept per article vector
    query_terms: int = 12  # rarest terms of an article looked up in the index
    max_candidates: int = 50  # stories scored per article (by shared rare terms)
    min_token_len: int = 2
    # Terms found in fewer documents than this are dropped from vectors: a word seen once
    # in the batch links nothing and only dilutes the cosine of the article holding it.
    # Applies when document frequencies come from the whole batch (not when learned).
    min_df: int = 2
    # method="centroid" only: passes that move each article to its most similar story
    # once all stories of the batch exist (k-means style, leave-one-out, time windows
    # respected); 0 keeps the streaming pass as it is. One streaming pass over-splits
    # because early articles of a story meet a thin centroid.
    refine_rounds: int = 2
    # method="centroid" only: stories whose centroids are at least this similar (and
    # overlap in time) are merged before refining: fragments of one event.
    # 0.2-0.3 swept on GoogleNews-TS: 0.2 trades 0.07 precision for 0.07 recall.
    merge_threshold: float = 0.2
    # Batch step after the streaming pass: "graph" builds a k-nearest-neighbour graph
    # over article cosines and finds its communities (see :func:`graph_stories`);
    # "centroid" is the older merge + k-means-style refinement.
    method: Literal["graph", "centroid"] = "graph"
    # Neighbours kept per article. Swept 5-30 with resolution 0.001-0.01 on GoogleNews-TS
    # (B-cubed F1 of the communities): 15 and 0.003 gave 0.81-0.82, 10 or 30 <= 0.80.
    knn: int = 15
    knn_min_sim: float = 0.1  # weaker neighbours are not edges
    # min_df of the graph step's vectors: a term two articles share links a pair with no
    # sign of a story around it, and in a k-NN graph such pairs become edges. Swept on
    # GoogleNews-TS (B-cubed F1): 1: 0.833, 2: 0.837, 3: 0.858, 4: 0.848, 5: 0.848.
    # pair_similarity keeps min_df (3 there costs SemEval same-story precision 0.02).
    graph_min_df: int = 3
    # Constant Potts model resolution: a story is kept together while the edge weight
    # inside it exceeds this much per pair of articles. Local (unlike modularity, no
    # total graph weight), so a window's result does not depend on the other windows.
    resolution: float = 0.003
    # Then up to this many passes move each article to the neighbouring story under
    # which a Dirichlet multinomial mixture (GSDMM's model, Yin & Wang 2014) gives its
    # words the highest probability; greedy, so deterministic. +0.025 B-cubed F1 on
    # GoogleNews-TS over the communities alone; later passes move few articles.
    dmm_passes: int = 3
    dmm_alpha: float = 0.1  # prior count of articles per story
    dmm_beta: float = 0.2  # prior count per term per story (swept 0.05-0.4)


@dataclass(frozen=True)
class StoryRecord:
    id: str
    text: str
    title: str | None = None
    published: str | None = None
    dup_group: str | None = None


@dataclass(frozen=True)
class StoryAssignment:
    id: str
    story: str  # id of the story's first article
    similarity: float  # cosine to the story centroid when joined (1.0 for a new story)
    reason: Literal["new", "match", "duplicate"]


@dataclass
class DocFreq:
    """Document frequencies; merge by adding (a mergeable sketch)."""

    n: int = 0
    df: Counter[str] = field(default_factory=Counter)

    def add(self, terms: Iterable[str]) -> None:
        self.n += 1
        self.df.update(set(terms))

    def merge(self, other: DocFreq) -> DocFreq:
        return DocFreq(self.n + other.n, self.df + other.df)

    def idf(self, term: str) -> float:
        return math.log((self.n + 1) / (self.df.get(term, 0) + 1)) + 1.0


@dataclass
class Story:
    id: str
    centroid: dict[str, float]
    norm2: float
    size: int
    first: float | None
    last: float | None
    index_terms: Counter[str] = field(default_factory=Counter)


@dataclass
class ClusterState:
    """Everything :func:`assign` reads and writes; plain data, no globals."""

    options: ClusterOptions
    df: DocFreq
    open: dict[str, Story] = field(default_factory=dict)
    closed: dict[str, Story] = field(default_factory=dict)
    index: dict[str, Counter[str]] = field(default_factory=dict)  # term -> story -> count
    dup_story: dict[str, str] = field(default_factory=dict)
    clock: float | None = None
    expiry: list[tuple[float, str]] = field(default_factory=list)  # heap of (last, story)
    learn_df: bool = False  # streaming use: add each article to ``df`` as it arrives


def terms(record: StoryRecord, options: ClusterOptions = ClusterOptions()) -> Counter[str]:
    """Weighted term counts of a record: body, title (x title_weight), names boosted."""
    ml = options.min_token_len
    counts: Counter[str] = Counter(tokens(record.text))  # counted in C, then filtered
    for tok in [t for t in counts if len(t) < ml or t in STOPWORDS]:
        del counts[tok]
    if record.title:
        for tok in tokens(record.title):
            if len(tok) >= ml and tok not in STOPWORDS:
                counts[tok] += options.title_weight
    if options.entity_weight != 1.0:
        for name in _CAPITALISED.findall(" " + record.text):
            for tok in tokens(name):
                if tok in counts:
                    counts[tok] *= options.entity_weight
    return counts


def doc_freq(records: Iterable[StoryRecord], options: ClusterOptions = ClusterOptions()) -> DocFreq:
    """Document frequencies of the records' terms (the IDF pass)."""
    return doc_freq_of(terms(r, options) for r in records)


def doc_freq_of(term_counts: Iterable[Counter[str]]) -> DocFreq:
    """Document frequencies from already computed :func:`terms` (one tokenising pass)."""
    out = DocFreq()
    for c in term_counts:
        out.add(c)
    return out


def vectorize(counts: Counter[str], df: DocFreq, options: ClusterOptions = ClusterOptions()) -> dict[str, float]:
    """Unit-length TF-IDF vector (sublinear tf), the ``max_terms`` strongest terms."""
    return vectorize_at(counts, df, options, (options.min_df,))[0]


def vectorize_at(
    counts: Counter[str], df: DocFreq, options: ClusterOptions, min_dfs: Sequence[int]
) -> list[dict[str, float]]:
    """:func:`vectorize` under several ``min_df`` values, weighing each term once.

    The idf is :meth:`DocFreq.idf` written inline (the same expression, so the same
    bits): this runs for every article and term, the hot loop of story clustering.
    """
    floors = [m if df.n >= m else 0 for m in min_dfs]
    low = min(floors)
    dfd, n1, log = df.df, df.n + 1, math.log
    full = {}
    for t, c in counts.items():
        d = dfd.get(t, 0)
        if c > 0 and d >= low:
            full[t] = (1.0 + log(c)) * (log(n1 / (d + 1)) + 1.0)
    done: dict[int, dict[str, float]] = {}
    for floor in floors:
        if floor not in done:
            vec = full if floor == low else {t: w for t, w in full.items() if dfd.get(t, 0) >= floor}
            done[floor] = _unit_top(vec, options.max_terms)
    return [done[f] for f in floors]


def _unit_top(vec: dict[str, float], k: int) -> dict[str, float]:
    """The ``k`` strongest terms (ties by term), scaled to unit length."""
    if len(vec) > k:
        # = dict(sorted(vec.items(), key=(-weight, term))[:k]); the keyed sort (the slow
        # one) only over the terms at or above the k-th weight
        cut = sorted(vec.values(), reverse=True)[k - 1]
        vec = dict(sorted(((t, w) for t, w in vec.items() if w >= cut), key=lambda kv: (-kv[1], kv[0]))[:k])
    norm = math.sqrt(sum(v * v for v in vec.values()))
    return {t: v / norm for t, v in vec.items()} if norm > 0 else {}


def cosine(u: dict[str, float], v: dict[str, float]) -> float:
    if len(u) > len(v):
        u, v = v, u
    dot = sum(w * v.get(t, 0.0) for t, w in u.items())
    nu = math.sqrt(sum(w * w for w in u.values()))
    nv = math.sqrt(sum(w * w for w in v.values()))
    return dot / (nu * nv) if nu and nv else 0.0


def pair_similarity(a: StoryRecord, b: StoryRecord, df: DocFreq, options: ClusterOptions = ClusterOptions()) -> float:
    """Cosine of two records' TF-IDF vectors: the same measure stories are joined by."""
    return cosine(vectorize(terms(a, options), df, options), vectorize(terms(b, options), df, options))


def _learning_options(options: ClusterOptions) -> ClusterOptions:
    return replace(options, min_df=0)


def new_state(df: DocFreq | None = None, options: ClusterOptions = ClusterOptions()) -> ClusterState:
    """An empty state; without ``df`` the state learns document frequencies as it goes."""
    return ClusterState(options=options, df=df or DocFreq(), learn_df=df is None)


def _query_terms(vec: dict[str, float], df: DocFreq, n: int) -> list[str]:
    return sorted(vec, key=lambda t: (df.df.get(t, 0), t))[:n]


def _close_expired(state: ClusterState, now: float) -> None:
    horizon = now - state.options.window_days * 86400.0
    heap = state.expiry
    while heap and heap[0][0] < horizon:
        last, sid = heapq.heappop(heap)
        story = state.open.get(sid)
        if story is None or story.last != last:
            continue  # stale entry: the story was extended or already closed
        _unindex(state, story)
        state.closed[sid] = state.open.pop(sid)


def _unindex(state: ClusterState, story: Story) -> None:
    for t in story.index_terms:
        post = state.index.get(t)
        if post is not None:
            post.pop(story.id, None)
            if not post:
                del state.index[t]


def _add_to_story(state: ClusterState, story: Story, vec: dict[str, float], q: list[str], ts: float | None) -> None:
    c = story.centroid
    dot = 0.0
    for t, w in vec.items():
        old = c.get(t, 0.0)
        dot += old * w
        c[t] = old + w
    story.norm2 += 2.0 * dot + sum(w * w for w in vec.values())
    story.size += 1
    for t in q:
        story.index_terms[t] += 1
        state.index.setdefault(t, Counter())[story.id] += 1
    if ts is not None:
        story.first = ts if story.first is None else min(story.first, ts)
        if story.last is None or ts > story.last:
            story.last = ts
            heapq.heappush(state.expiry, (ts, story.id))


def assign(state: ClusterState, record: StoryRecord) -> tuple[ClusterState, StoryAssignment]:
    """Place one record (records must come in publication order); updates ``state``."""
    opts = state.options
    ts = published_timestamp(record.published)
    if ts is not None and (state.clock is None or ts > state.clock):
        state.clock = ts
        _close_expired(state, ts)
    counts = terms(record, opts)
    if state.learn_df:
        state.df.add(counts)
    vec = vectorize(counts, state.df, opts if not state.learn_df else _learning_options(opts))
    q = _query_terms(vec, state.df, opts.query_terms)
    # 1. forced: a near-duplicate of an article already placed joins its story.
    if record.dup_group is not None and record.dup_group in state.dup_story:
        sid = state.dup_story[record.dup_group]
        story = state.open.get(sid)
        if story is None:  # reopen a closed story for its late copy
            story = state.closed.pop(sid)
            state.open[sid] = story
            for t in story.index_terms:
                state.index.setdefault(t, Counter())[sid] += story.index_terms[t]
        sim = _sim(vec, story)
        _add_to_story(state, story, vec, q, ts)
        return state, StoryAssignment(record.id, sid, round(sim, 6), "duplicate")
    # 2. candidates through the inverted index of rare terms, best by shared terms.
    shared: Counter[str] = Counter()
    for t in q:
        post = state.index.get(t)
        if post:
            shared.update(post.keys())
    best_sid, best_sim = None, 0.0
    for sid, _n in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[: opts.max_candidates]:
        sim = _sim(vec, state.open[sid])
        if sim > best_sim or (sim == best_sim and best_sid is not None and sid < best_sid):
            best_sid, best_sim = sid, sim
    if best_sid is not None and best_sim >= opts.threshold:
        story, reason = state.open[best_sid], "match"
    else:
        story = Story(record.id, {}, 0.0, 0, None, None)
        state.open[record.id] = story
        best_sim, reason = 1.0, "new"
    _add_to_story(state, story, vec, q, ts)
    if record.dup_group is not None:
        state.dup_story[record.dup_group] = story.id
    return state, StoryAssignment(record.id, story.id, round(best_sim, 6), reason)  # type: ignore[arg-type]


def _merge_stories(
    label: list[str], vecs: list[dict[str, float]], ts: list[float | None], df: DocFreq, options: ClusterOptions
) -> list[str]:
    """Merge stories with similar centroids, smallest first, into their best match."""
    window = options.window_days * 86400.0
    cent: dict[str, dict[str, float]] = {}
    size: Counter[str] = Counter()
    span: dict[str, tuple[float, float]] = {}
    for i, sid in enumerate(label):
        c = cent.setdefault(sid, {})
        for t, w in vecs[i].items():
            c[t] = c.get(t, 0.0) + w
        size[sid] += 1
        if ts[i] is not None:
            lo, hi = span.get(sid, (ts[i], ts[i]))
            span[sid] = (min(lo, ts[i]), max(hi, ts[i]))
    k = options.query_terms
    top = {s: sorted(c, key=lambda t: (-c[t] * df.idf(t), t))[:k] for s, c in cent.items()}
    index: dict[str, set[str]] = {}
    for s_, ts_ in top.items():
        for t in ts_:
            index.setdefault(t, set()).add(s_)
    norm2 = {s_: sum(w * w for w in c.values()) for s_, c in cent.items()}
    into: dict[str, str] = {}
    for sid in sorted(cent, key=lambda s_: (size[s_], s_)):
        cands: Counter[str] = Counter()
        for t in top[sid]:
            cands.update(index.get(t, ()))
        cands.pop(sid, None)
        best, best_sim = None, options.merge_threshold
        c = cent[sid]
        for oid, _n in sorted(cands.items(), key=lambda kv: (-kv[1], kv[0]))[: options.max_candidates]:
            if (size[oid], oid) < (size[sid], sid):
                continue  # only merge into a larger story (smaller ones went first)
            if sid in span and oid in span:
                (a0, a1), (b0, b1) = span[sid], span[oid]
                if a0 > b1 + window or b0 > a1 + window:
                    continue
            co = cent[oid]
            sim = sum(w * co.get(t, 0.0) for t, w in c.items()) / math.sqrt(norm2[sid] * norm2[oid])
            if sim >= best_sim:
                best, best_sim = oid, sim
        if best is None:
            continue
        into[sid] = best
        co = cent[best]
        for t, w in c.items():
            co[t] = co.get(t, 0.0) + w
        norm2[best] = sum(w * w for w in co.values())
        size[best] += size[sid]
        if sid in span:
            lo, hi = span.get(best, span[sid])
            span[best] = (min(lo, span[sid][0]), max(hi, span[sid][1]))
        for t in top[sid]:
            index[t].discard(sid)
    def root(s_: str) -> str:
        while s_ in into:
            s_ = into[s_]
        return s_
    return [root(s_) for s_ in label]


def _sim(vec: dict[str, float], story: Story) -> float:
    if story.norm2 <= 0 or not vec:
        return 0.0
    c = story.centroid
    return sum(w * c.get(t, 0.0) for t, w in vec.items()) / math.sqrt(story.norm2)


def publication_order(records: Sequence[StoryRecord]) -> list[int]:
    """Indices in processing order: undated records first, then by date; ties by id.

    Ordering ties by id (not input position) makes the result independent of input order.
    """

    def key(i: int) -> tuple:
        ts = published_timestamp(records[i].published)
        return (ts is not None, ts or 0.0, records[i].id, i)

    return sorted(range(len(records)), key=key)


def cluster_stories(
    records: Sequence[StoryRecord], options: ClusterOptions = ClusterOptions(), df: DocFreq | None = None
) -> list[StoryAssignment]:
    """Story of every record, in input order.

    1. document frequencies over all records (the IDF pass), unless ``df`` is given
       (corpus-wide frequencies when ``records`` is one time window of a larger corpus);
    2. records in publication order through :func:`assign` (the streaming pass; only
       with ``method="centroid"``, whose refinement starts from it: the graph step
       does not read it, so it is skipped);
    3. :func:`refine`: the batch step (k-NN graph communities, or centroid merge +
       k-means-style moves).
    """
    if options.method == "graph":
        raw = [terms(r, options) for r in records]
        return refine(records, None, df if df is not None else doc_freq_of(raw), options, raw=raw)
    df = df if df is not None else doc_freq(records, options)
    state = new_state(df, options)
    out: list[StoryAssignment | None] = [None] * len(records)
    for i in publication_order(records):
        state, a = assign(state, records[i])
        out[i] = a
    if options.refine_rounds:
        return refine(records, out, df, options)  # type: ignore[arg-type]
    return out  # type: ignore[return-value]


def knn_graph(
    vecs: Sequence[dict[str, float]],
    ts: Sequence[float | None],
    options: ClusterOptions = ClusterOptions(),
    only: Iterable[int] | None = None,
) -> list[dict[int, float]]:
    """Symmetric k-nearest-neighbour graph over article cosines, ``adj[i][j] = cosine``.

    Neighbours come from an inverted index (term -> articles, undated first, then in
    publication order), so an article is only compared with articles sharing a term
    with it and, when both are dated, published within ``window_days`` of it: the cost
    grows with the postings inside a window, not with the corpus. An edge is kept when
    either end has the other among its ``knn`` best with cosine >= ``knn_min_sim``.
    With ``only``, neighbours are looked up for those articles alone.

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
        keep = (cand != i) & (sim >= floor)
        cand, sim = cand[keep], sim[keep]
        if len(cand) > k:
            top = np.lexsort((cand, -sim))[:k]
            cand, sim = cand[top], sim[top]
        for j, x in zip(cand.tolist(), sim.tolist(), strict=True):
            x = round(x, 9)  # the two directions may differ in the last bits
            adj[i][j] = max(adj[i].get(j, 0.0), x)
            adj[j][i] = max(adj[j].get(i, 0.0), x)
    return adj


def _cpm_communities(adj: list[dict[int, float]], resolution: float) -> list[int]:
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


def _dmm_moves(
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


def graph_vectors(
    raw: Sequence[Counter[str]], df: DocFreq, options: ClusterOptions
) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """The graph step's vectors (``graph_min_df``) and the usual ones (``min_df``)."""
    pairs = [vectorize_at(c, df, options, (options.graph_min_df, options.min_df)) for c in raw]
    return [p[0] for p in pairs], [p[1] for p in pairs]


def graph_stories(
    records: Sequence[StoryRecord],
    raw: Sequence[Counter[str]],
    vecs: tuple[Sequence[dict[str, float]], Sequence[dict[str, float]]],
    options: ClusterOptions = ClusterOptions(),
) -> list[int]:
    """Story number of every record from the communities of its k-NN graph.

    1. TF-IDF vectors and :func:`knn_graph` (edges only within ``window_days``);
    2. near-duplicate groups get an edge of weight 1 between consecutive members;
    3. :func:`_cpm_communities` on each connected component separately, nodes in
       publication order, so a component's stories depend on nothing outside it (a
       time partition cut where no edge crosses gives the same stories);
    4. :func:`_dmm_moves`: articles move to the neighbouring story whose word
       distribution explains them best (within the component);
    5. :func:`_attach_singletons`: an article left alone joins its most similar
       article by the usual vectors (cosine >= ``threshold``), so stories of two
       articles, whose shared terms ``graph_min_df`` drops, are still found;
    6. a story is cut where its dated articles leave a gap over ``window_days``
       (undated articles bridge any gap in the graph, so the cut is needed).
    Returns, per record, the publication rank of the first article of its story.
    ``raw``: :func:`terms` of each record; ``vecs``: :func:`graph_vectors` of them.
    """
    n = len(records)
    order = publication_order(records)
    rank = [0] * n
    for r, i in enumerate(order):
        rank[i] = r
    gvecs, usual = vecs
    # The mixture model sees the counts of the terms the vector kept.
    counts = [{t: float(c[t]) for t in v} for c, v in zip(raw, gvecs, strict=True)]
    ts = [published_timestamp(r.published) for r in records]
    adj = knn_graph(gvecs, ts, options)
    last_of: dict[str, int] = {}
    for i in order:
        g = records[i].dup_group
        if g is not None:
            if g in last_of:
                j = last_of[g]
                adj[i][j] = adj[j][i] = 1.0
            last_of[g] = i
    story = [-1] * n
    for start in order:
        if story[start] >= 0:
            continue
        comp, stack = [start], [start]
        story[start] = rank[start]
        while stack:
            for j in adj[stack.pop()]:
                if story[j] < 0:
                    story[j] = rank[start]
                    comp.append(j)
                    stack.append(j)
        comp.sort(key=rank.__getitem__)
        local = {g: k for k, g in enumerate(comp)}
        sub = [{local[j]: w for j, w in adj[g].items()} for g in comp]
        comm = _cpm_communities(sub, options.resolution)
        if options.dmm_passes:
            comm = _dmm_moves(comm, [counts[g] for g in comp], sub, options)
        first: dict[int, int] = {}
        for g, c in zip(comp, comm, strict=True):
            story[g] = first.setdefault(c, rank[g])
    _attach_singletons(story, usual, ts, order, options)
    by_story: dict[int, list[int]] = {}
    for i in order:
        by_story.setdefault(story[i], []).append(i)
    for members in by_story.values():
        for seg in _split_at_gaps(members, ts, rank, options.window_days * 86400.0):
            sid = min(rank[g] for g in seg)
            for g in seg:
                story[g] = sid
    return story


def _attach_singletons(
    story: list[int],
    usual: Sequence[dict[str, float]],
    ts: Sequence[float | None],
    order: list[int],
    options: ClusterOptions,
) -> None:
    """Join each article left alone to its most similar article, by the vectors with the
    usual ``min_df`` (terms only two articles share count here: a story of two
    articles has no other), when the cosine is at least ``threshold``. In place.
    """
    size = Counter(story)
    lone = [i for i in order if size[story[i]] == 1]
    if not lone or options.graph_min_df <= options.min_df:
        return
    near = knn_graph(usual, ts, replace(options, knn=1, knn_min_sim=options.threshold), only=lone)
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
        ri, rj = root(i), root(j)
        if ri == rj:
            continue
        if ri in lone_set:
            parent[ri] = rj
        elif rj in lone_set:
            parent[rj] = ri
    for i in lone:
        story[i] = story[root(i)]


def _split_at_gaps(members: list[int], ts: Sequence[float | None], rank: list[int], window: float) -> list[list[int]]:
    """Cut a community where its dated articles leave a gap longer than ``window``.

    As in the streaming pass, a story closes ``window`` after its latest article; its
    undated articles (which come first in publication order) stay with the first part.
    """
    undated = [g for g in members if ts[g] is None]
    dated = sorted((g for g in members if ts[g] is not None), key=rank.__getitem__)
    parts: list[list[int]] = [undated]
    for k, g in enumerate(dated):
        if k and ts[g] - ts[dated[k - 1]] > window:  # type: ignore[operator]
            parts.append([])
        parts[-1].append(g)
    return [p for p in parts if p]


def _centroid_refine(
    records: Sequence[StoryRecord],
    assignments: Sequence[StoryAssignment],
    df: DocFreq,
    options: ClusterOptions,
) -> tuple[list[str], list[float]]:
    """The "centroid" batch step: merge similar stories, then k-means-style moves."""
    n = len(records)
    vecs = [vectorize(terms(r, options), df, options) for r in records]
    ts = [published_timestamp(r.published) for r in records]
    qs = [_query_terms(v, df, options.query_terms) for v in vecs]
    label = [a.story for a in assignments]
    sims = [a.similarity for a in assignments]
    window = options.window_days * 86400.0
    label = _merge_stories(label, vecs, ts, df, options)
    for _ in range(options.refine_rounds):
        cent: dict[str, dict[str, float]] = {}
        size: Counter[str] = Counter()
        span: dict[str, tuple[float, float]] = {}
        index: dict[str, set[str]] = {}
        for i in range(n):
            c = cent.setdefault(label[i], {})
            for t, w in vecs[i].items():
                c[t] = c.get(t, 0.0) + w
            size[label[i]] += 1
            if ts[i] is not None:
                lo, hi = span.get(label[i], (ts[i], ts[i]))
                span[label[i]] = (min(lo, ts[i]), max(hi, ts[i]))
            for t in qs[i]:
                index.setdefault(t, set()).add(label[i])
        norm2 = {s: sum(w * w for w in c.values()) for s, c in cent.items()}
        new_label = list(label)
        moved = 0
        for i in range(n):
            v, own = vecs[i], label[i]
            if not v:
                continue
            c = cent[own]
            dot = sum(w * c.get(t, 0.0) for t, w in v.items())
            rest = norm2[own] - 2.0 * dot + 1.0  # |c - v|^2 with |v| = 1
            best_sim = (dot - 1.0) / math.sqrt(rest) if size[own] > 1 and rest > 1e-9 else 0.0
            best = own
            cands: Counter[str] = Counter()
            for t in qs[i]:
                cands.update(index.get(t, ()))
            cands.pop(own, None)
            for sid, _k in sorted(cands.items(), key=lambda kv: (-kv[1], kv[0]))[: options.max_candidates]:
                if ts[i] is not None and sid in span:
                    lo, hi = span[sid]
                    if ts[i] < lo - window or ts[i] > hi + window:
                        continue
                cs = cent[sid]
                sim = sum(w * cs.get(t, 0.0) for t, w in v.items()) / math.sqrt(norm2[sid])
                if sim > best_sim + 1e-12 and (best != own or size[own] > 1 or sim >= options.threshold):
                    best, best_sim = sid, sim
            if best != own and (size[own] > 1 or best_sim >= options.threshold):
                new_label[i] = best
                sims[i] = round(best_sim, 6)
                moved += 1
        label = new_label
        if not moved:
            break
    return label, sims


def _duplicate_flags(records: Sequence[StoryRecord], order: list[int]) -> list[bool]:
    """True for a record whose near-duplicate group has an earlier member."""
    seen: set[str] = set()
    out = [False] * len(records)
    for i in order:
        g = records[i].dup_group
        if g is not None:
            out[i] = g in seen
            seen.add(g)
    return out


def _story_similarities(vecs: Sequence[dict[str, float]], label: list[str]) -> list[float]:
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


def refine(
    records: Sequence[StoryRecord],
    assignments: Sequence[StoryAssignment] | None,
    df: DocFreq,
    options: ClusterOptions = ClusterOptions(),
    raw: Sequence[Counter[str]] | None = None,
) -> list[StoryAssignment]:
    """The batch step over all stories of a window, after the streaming pass.

    ``method="graph"`` (default): stories are the communities of the articles' k-NN
    graph (:func:`graph_stories`); ``assignments`` are not read (pass the streaming
    pass's, or None). ``method="centroid"``: stories with similar centroids that overlap
    in time are merged, then ``refine_rounds`` rounds move each article to its most
    similar story (leave-one-out, moves applied together, time windows respected).
    Either way near-duplicate groups are then put back together in the story of their
    earliest member, and every story is named after its earliest article. ``raw``:
    :func:`terms` of each record, when the caller has them.
    """
    n = len(records)
    order = publication_order(records)
    if options.method == "graph":
        raw = raw if raw is not None else [terms(r, options) for r in records]
        vecs = graph_vectors(raw, df, options)
        story = graph_stories(records, raw, vecs, options)
        label = [str(x) for x in story]
        sims = _story_similarities(vecs[1], label)
        dup = _duplicate_flags(records, order)
    else:
        if assignments is None:
            raise ValueError('method="centroid" refines the streaming pass: pass its assignments')
        label, sims = _centroid_refine(records, assignments, df, options)
        dup = [a.reason == "duplicate" for a in assignments]
    # Near-duplicate groups stay together, in the story of their earliest member.
    group_story: dict[str, str] = {}
    for i in order:
        g = records[i].dup_group
        if g is not None:
            label[i] = group_story.setdefault(g, label[i])
    # Name every story after its earliest article.
    name: dict[str, str] = {}
    for i in order:
        name.setdefault(label[i], records[i].id)
    out = []
    for i in range(n):
        sid = name[label[i]]
        first = sid == records[i].id
        reason = "new" if first else ("duplicate" if dup[i] else "match")
        out.append(StoryAssignment(records[i].id, sid, 1.0 if first else sims[i], reason))  # type: ignore[arg-type]
    return out


def merge_states(left: ClusterState, right: ClusterState) -> tuple[ClusterState, dict[str, str]]:
    """Stitch the state of a later time partition (``right``) onto an earlier one.

    A story of ``right`` whose first article falls within ``window_days`` of a story of
    ``left`` still open at the boundary, and whose centroid is at least ``threshold``
    similar to it, is merged into it. Returns the merged state and a map from merged-away
    story ids of ``right`` to the ``left`` story ids they joined.
    """
    opts = left.options
    window = opts.window_days * 86400.0
    df = left.df.merge(right.df) if (left.learn_df or right.learn_df) else left.df
    out = ClusterState(options=opts, df=df, learn_df=left.learn_df)
    out.closed = {**left.closed, **right.closed}
    stories = dict(left.open)
    mapping: dict[str, str] = {}
    for sid in sorted(right.open, key=lambda s: (right.open[s].first or 0.0, s)):
        rs = right.open[sid]
        best, best_sim = None, opts.threshold
        for lid, ls in left.open.items():
            if ls.last is not None and rs.first is not None and rs.first - ls.last > window:
                continue
            sim = _centroid_cosine(ls, rs)
            if sim >= best_sim:
                best, best_sim = lid, sim
        if best is None:
            stories[sid] = rs
            continue
        mapping[sid] = best
        ls = stories[best]
        merged = Story(best, dict(ls.centroid), 0.0, ls.size + rs.size, ls.first, ls.last, ls.index_terms + rs.index_terms)
        for t, w in rs.centroid.items():
            merged.centroid[t] = merged.centroid.get(t, 0.0) + w
        merged.norm2 = sum(w * w for w in merged.centroid.values())
        if rs.first is not None:
            merged.first = rs.first if merged.first is None else min(merged.first, rs.first)
        if rs.last is not None:
            merged.last = rs.last if merged.last is None else max(merged.last, rs.last)
        stories[best] = merged
    out.open = stories
    for s in stories.values():
        for t, n in s.index_terms.items():
            out.index.setdefault(t, Counter())[s.id] += n
        if s.last is not None:
            out.expiry.append((s.last, s.id))
    heapq.heapify(out.expiry)
    out.dup_story = {**left.dup_story, **{g: mapping.get(s, s) for g, s in right.dup_story.items()}}
    clocks = [c for c in (left.clock, right.clock) if c is not None]
    out.clock = max(clocks) if clocks else None
    return out, mapping


def _centroid_cosine(a: Story, b: Story) -> float:
    if a.norm2 <= 0 or b.norm2 <= 0:
        return 0.0
    small, large = (a.centroid, b.centroid) if len(a.centroid) <= len(b.centroid) else (b.centroid, a.centroid)
    dot = sum(w * large.get(t, 0.0) for t, w in small.items())
    return dot / math.sqrt(a.norm2 * b.norm2)
