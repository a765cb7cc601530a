"""Story clustering: articles about the same event, grouped within time windows.

The orchestrator; the stages live in :mod:`.vectors` (terms, TF-IDF, pair evidence),
:mod:`.graph` (k-NN graph, communities, mixture moves) and :mod:`.refine` (lone
articles, time gaps, coherence split). docs/stories.md says how it decides and what
each knob of :class:`ClusterOptions` means.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from storylens.corpus.cluster_types import (
    DEFAULT_OPTIONS,
    ClusterOptions,
    StoryAssignment,
    StoryRecord,
)
from storylens.corpus.dedup import published_timestamp
from storylens.corpus.graph import cpm_communities, dmm_moves, knn_graph
from storylens.corpus.refine import (
    attach_singletons,
    detach_weak_undated,
    split_at_bridges,
    split_at_gaps,
    split_incoherent,
    story_similarities,
)
from storylens.corpus.vectors import (
    STOPWORDS,
    DocFreq,
    EventEvidence,
    cosine,
    doc_freq,
    doc_freq_of,
    graph_vectors,
    kept_shares,
    name_units,
    pair_similarity,
    terms,
    vectorize,
    vectorize_at,
)

__all__ = [
    "STOPWORDS",
    "ClusterOptions",
    "DocFreq",
    "StoryAssignment",
    "StoryRecord",
    "cluster_stories",
    "cosine",
    "doc_freq",
    "doc_freq_of",
    "graph_stories",
    "graph_vectors",
    "knn_graph",
    "pair_similarity",
    "publication_order",
    "refine",
    "terms",
    "vectorize",
    "vectorize_at",
]


def publication_order(records: Sequence[StoryRecord]) -> list[int]:
    """Indices in processing order: undated records first, then by date; ties by id.

    Ordering ties by id (not input position) makes the result independent of input order.
    """

    def key(i: int) -> tuple:
        ts = published_timestamp(records[i].published)
        return (ts is not None, ts or 0.0, records[i].id, i)

    return sorted(range(len(records)), key=key)



def cluster_stories(
    records: Sequence[StoryRecord], options: ClusterOptions = DEFAULT_OPTIONS, df: DocFreq | None = None
) -> list[StoryAssignment]:
    """Story of every record, in input order.

    1. :func:`~.vectors.terms` of every record, and document frequencies over all of
       them (the IDF pass), unless ``df`` is given (corpus-wide frequencies when
       ``records`` is one time window of a larger corpus);
    2. :func:`refine`: the k-NN graph's communities, checked and named.
    """
    raw = [terms(r, options) for r in records]
    return refine(records, df if df is not None else doc_freq_of(raw), options, raw=raw)


def graph_stories(
    records: Sequence[StoryRecord],
    raw: Sequence[Counter[str]],
    vecs: tuple[Sequence[dict[str, float]], Sequence[dict[str, float]]],
    options: ClusterOptions = DEFAULT_OPTIONS,
    shares: tuple[Sequence[float], Sequence[float]] | None = None,
) -> list[int]:
    """Story number of every record from the communities of its k-NN graph.

    1. TF-IDF vectors and :func:`knn_graph` (edges only within ``window_days``; a
       pair with an undated end, in a batch with dates, needs ``undated_min_sim``
       and evidence beyond its strongest shared name, ``name_floor``; a pair of long
       articles under ``event_sim`` needs shared phrases, :class:`EventEvidence`);
    2. near-duplicate groups get an edge of weight 1 between consecutive members;
    3. :func:`cpm_communities` on each connected component separately, nodes in
       publication order, at ``resolution`` or ``density_ratio`` times the component's
       own edge density, whichever is higher, so a component's stories depend on
       nothing outside it (a time partition cut where no edge crosses gives the same
       stories);
    4. :func:`dmm_moves`: articles move to the neighbouring story whose word
       distribution explains them best (within the component);
    5. :func:`attach_singletons`: an article left alone joins its most similar
       article by the usual vectors (cosine >= ``threshold``), so stories of two
       articles, whose shared terms ``graph_min_df`` drops, are still found;
    6. a story is cut where its dated articles leave a gap over ``window_days``
       (undated articles bridge any gap in the graph, so the cut is needed), weak
       undated articles leave it, incoherent parts are split, and one long article
       that alone joins two events is cut out (:func:`~.refine.split_at_bridges`).
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
    # Names matter only for pairs with no time evidence: an undated article in a batch
    # that also has dated ones.
    mixed = any(t is None for t in ts) and any(t is not None for t in ts)
    names = [name_units(r) for r in records] if options.name_floor > 0 and mixed else None
    events = EventEvidence([r.text for r in records], options) if options.event_min_phrases > 0 else None
    adj = knn_graph(gvecs, ts, options, names=names, events=events)
    if shares is not None:
        # an edge must rest on a real part of both articles' content (attach_min_whole)
        gs = shares[0]
        for i, row in enumerate(adj):
            for j in [j for j, w in row.items() if w * gs[i] * gs[j] < options.attach_min_whole]:
                del row[j]
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
        res = options.resolution
        if options.density_ratio > 0 and len(comp) > 2:
            weight = sum(sum(row.values()) for row in sub) / 2.0
            res = max(res, options.density_ratio * weight / (len(comp) * (len(comp) - 1) / 2.0))
        comm = cpm_communities(sub, res)
        if options.dmm_passes:
            comm = dmm_moves(comm, [counts[g] for g in comp], sub, options)
        first: dict[int, int] = {}
        for g, c in zip(comp, comm, strict=True):
            story[g] = first.setdefault(c, rank[g])
    attach_singletons(story, usual, ts, order, options, names, events, shares[1] if shares else None)
    by_story: dict[int, list[int]] = {}
    for i in order:
        by_story.setdefault(story[i], []).append(i)
    for members in by_story.values():
        for seg in split_at_gaps(members, ts, rank, options.window_days * 86400.0):
            for kept in detach_weak_undated(seg, usual, ts, options, names, events):
                for part in split_incoherent(kept, usual, options.min_coherence, options.coherence_ratio):
                    for piece in split_at_bridges(part, usual, options, events):
                        sid = min(rank[g] for g in piece)
                        for g in piece:
                            story[g] = sid
    return story



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



def refine(
    records: Sequence[StoryRecord],
    df: DocFreq,
    options: ClusterOptions = DEFAULT_OPTIONS,
    raw: Sequence[Counter[str]] | None = None,
) -> list[StoryAssignment]:
    """Stories of a batch (one time window) from :func:`graph_stories`, then named.

    Near-duplicate groups are put back together in the story of their earliest member
    and every story is named after its earliest article. ``raw``: :func:`terms` of each
    record, when the caller has them.
    """
    n = len(records)
    order = publication_order(records)
    raw = raw if raw is not None else [terms(r, options) for r in records]
    vecs = graph_vectors(raw, df, options)
    shares = None
    if options.attach_min_whole > 0:
        shares = (kept_shares(raw, df, options, options.graph_min_df), kept_shares(raw, df, options, options.min_df))
    story = graph_stories(records, raw, vecs, options, shares)
    label = [str(x) for x in story]
    sims = story_similarities(vecs[1], label)
    dup = _duplicate_flags(records, order)
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
        out.append(StoryAssignment(records[i].id, sid, 1.0 if first else sims[i], reason, sims[i]))  # type: ignore[arg-type]
    return out
