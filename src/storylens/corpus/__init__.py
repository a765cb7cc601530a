"""Corpus mode: near-duplicate groups (MinHash/LSH) and story clustering over plain records.

The pure core (shingles, minhash, lsh, dedup, and cluster with its stages vectors,
graph, refine) imports no storage; the store,
ingest and CLI call it. ``synth`` makes an invented corpus for tests and benchmarks.

The names below load on first use (PEP 562, as ``storylens`` itself does): importing one
module of the package, such as the numpy-free ``corpus.text`` that ``compare`` reads,
does not import the whole core with numpy (~0.1 s).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lazy import lazy_exports

if TYPE_CHECKING:
    from storylens.corpus.cluster import (
        ClusterOptions,
        StoryAssignment,
        StoryRecord,
        cluster_stories,
    )
    from storylens.corpus.dedup import (
        DedupOptions,
        DedupRecord,
        DuplicateGroup,
        find_duplicate_groups,
    )
    from storylens.corpus.lsh import band_keys, candidate_pairs
    from storylens.corpus.minhash import jaccard_estimate, signatures
    from storylens.corpus.shingles import shingle_hashes
    from storylens.corpus.synth import synth_corpus

# Where each public name is defined: the one module imported on its first use.
_HOME = {
    "ClusterOptions": "cluster",
    "StoryAssignment": "cluster",
    "StoryRecord": "cluster",
    "cluster_stories": "cluster",
    "DedupOptions": "dedup",
    "DedupRecord": "dedup",
    "DuplicateGroup": "dedup",
    "find_duplicate_groups": "dedup",
    "band_keys": "lsh",
    "candidate_pairs": "lsh",
    "jaccard_estimate": "minhash",
    "signatures": "minhash",
    "shingle_hashes": "shingles",
    "synth_corpus": "synth",
}

__all__ = [
    "ClusterOptions",
    "DedupOptions",
    "DedupRecord",
    "DuplicateGroup",
    "StoryAssignment",
    "StoryRecord",
    "band_keys",
    "candidate_pairs",
    "cluster_stories",
    "find_duplicate_groups",
    "jaccard_estimate",
    "shingle_hashes",
    "signatures",
    "synth_corpus",
]


__getattr__, __dir__ = lazy_exports(globals(), _HOME)
