"""Corpus mode: near-duplicate groups (MinHash/LSH) and story clustering over plain records.

The pure core (shingles, minhash, lsh, dedup, and cluster with its stages vectors,
graph, refine) imports no storage; the store,
ingest and CLI call it. ``synth`` makes an invented corpus for tests and benchmarks.
"""

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
