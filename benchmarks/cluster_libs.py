"""Maintained libraries against storylens's own clustering steps, measured in one run.

On the GoogleNews-TS dev split (benchmarks/gold/splits.json; the step's inputs are what
storylens builds), each step is timed and scored both ways:

1. k nearest neighbours: storylens ``graph.knn_graph`` (inverted index over postings,
   numpy) vs scikit-learn ``NearestNeighbors(metric="cosine", algorithm="brute")`` on
   the same sparse vectors, then the same floor. Exact both, so the edges must agree;
   an approximate index (HNSW and the like) only pays off far beyond a window's size.
2. Communities: storylens ``graph.cpm_communities`` (Louvain-style moves on the
   constant Potts model) vs leidenalg ``CPMVertexPartition`` (igraph) at the same
   resolution, each on the same connected components, then B-cubed F1 of the
   communities alone (no later step) against the gold stories.

Measured (2 shared cores): kNN 1.0 s ours vs 5.4 s scikit-learn, edges agree 0.987;
communities alone B-cubed F1 0.837 ours (1.0 s) vs 0.850 Leiden (1.3 s), but end to end
(after the mixture moves, lone articles, splits; the defaults of issue 13) Leiden gave
GoogleNews-TS dev 0.878 vs 0.888 with ours, and the same SemEval corpus dev figures:
storylens keeps its own code and adds no dependency.

Run: ``nice python benchmarks/cluster_libs.py`` (needs scikit-learn, igraph, leidenalg:
the dev extra). Nothing here is used at run time.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from clustering import _gnts_rows, clustering_scores  # noqa: E402

from storylens.corpus.cluster import ClusterOptions, StoryRecord, doc_freq_of, graph_vectors, terms  # noqa: E402
from storylens.corpus.graph import cpm_communities, knn_graph  # noqa: E402


def _components(adj: list[dict[int, float]]) -> list[list[int]]:
    seen = [False] * len(adj)
    out = []
    for s in range(len(adj)):
        if seen[s]:
            continue
        comp, stack = [s], [s]
        seen[s] = True
        while stack:
            for j in adj[stack.pop()]:
                if not seen[j]:
                    seen[j] = True
                    comp.append(j)
                    stack.append(j)
        out.append(sorted(comp))
    return out


def sklearn_knn(vecs: list[dict[str, float]], options: ClusterOptions) -> list[dict[int, float]]:
    from scipy.sparse import csr_matrix
    from sklearn.neighbors import NearestNeighbors

    vocab: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for i, v in enumerate(vecs):
        for t, w in v.items():
            rows.append(i)
            cols.append(vocab.setdefault(t, len(vocab)))
            vals.append(w)
    x = csr_matrix((vals, (rows, cols)), shape=(len(vecs), len(vocab)))
    nn = NearestNeighbors(n_neighbors=options.knn + 1, metric="cosine", algorithm="brute").fit(x)
    dist, idx = nn.kneighbors(x)
    adj: list[dict[int, float]] = [{} for _ in vecs]
    for i in range(len(vecs)):
        if not vecs[i]:
            continue
        for d, j in zip(dist[i], idx[i], strict=True):
            s = round(1.0 - float(d), 9)
            if j != i and s >= options.knn_min_sim and vecs[j]:
                adj[i][int(j)] = max(adj[i].get(int(j), 0.0), s)
                adj[int(j)][i] = max(adj[int(j)].get(i, 0.0), s)
    return adj


def leiden(adj: list[dict[int, float]], resolution: float) -> list[int]:
    import igraph as ig
    import leidenalg

    edges = [(i, j) for i, row in enumerate(adj) for j in row if i < j]
    g = ig.Graph(n=len(adj), edges=edges)
    weights = [adj[i][j] for i, j in edges]
    part = leidenalg.find_partition(g, leidenalg.CPMVertexPartition, weights=weights,
                                    resolution_parameter=resolution, seed=0)
    return list(part.membership)


def communities(adj, comps, fn, resolution) -> list[int]:
    label = [0] * len(adj)
    nxt = 0
    for comp in comps:
        local = {g: k for k, g in enumerate(comp)}
        sub = [{local[j]: w for j, w in adj[g].items()} for g in comp]
        comm = fn(sub, resolution)
        for g, c in zip(comp, comm, strict=True):
            label[g] = nxt + c
        nxt += max(comm) + 1
    return label


def main() -> int:
    rows = _gnts_rows("dev")
    if rows is None:
        print("GoogleNews-TS absent: skipped")
        return 0
    options = ClusterOptions()
    recs = [StoryRecord(str(r["id"]), r["text"]) for r in rows]
    gold = [r["cluster"] for r in rows]
    raw = [terms(r, options) for r in recs]
    gvecs, _ = graph_vectors(raw, doc_freq_of(raw), options)
    ts = [None] * len(recs)
    print(f"GoogleNews-TS dev: {len(recs)} texts, {len(set(gold))} gold stories")

    t = time.perf_counter()
    ours = knn_graph(gvecs, ts, options)
    t_ours = time.perf_counter() - t
    t = time.perf_counter()
    theirs = sklearn_knn(gvecs, options)
    t_sk = time.perf_counter() - t
    e_ours = {(i, j) for i, r in enumerate(ours) for j in r if i < j}
    e_sk = {(i, j) for i, r in enumerate(theirs) for j in r if i < j}
    agree = len(e_ours & e_sk) / max(1, len(e_ours | e_sk))
    print(f"\n1. k-NN graph (k={options.knn}, floor {options.knn_min_sim})")
    print(f"   storylens knn_graph        {t_ours:6.2f} s  {len(e_ours):,} edges")
    print(f"   scikit-learn brute cosine  {t_sk:6.2f} s  {len(e_sk):,} edges")
    print(f"   edge agreement (Jaccard)   {agree:.3f}  (ties at the k-th neighbour may differ)")

    comps = _components(ours)
    print(f"\n2. Communities (CPM, resolution {options.resolution}) on {len(comps)} components")
    for name, fn in (("storylens cpm_communities", cpm_communities), ("leidenalg CPM (igraph)", leiden)):
        t = time.perf_counter()
        label = communities(ours, comps, fn, options.resolution)
        took = time.perf_counter() - t
        s = clustering_scores(label, gold)
        print(f"   {name:26} {took:6.2f} s  B-cubed P/R/F1 {s['bcubed_p']:.3f}/{s['bcubed_r']:.3f}/"
              f"{s['bcubed_f1']:.3f}  clusters {s['clusters']:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
