"""Exact and near-duplicate groups (wire copies) over plain records.

Stages, each a pure function a distributed engine can map or merge:

1. :func:`features` per record: normalised-text key, shingle set, MinHash signature
   and LSH band keys.
2. Exact duplicates: records with equal text keys (case, punctuation, quote marks and
   spacing ignored). Only one record per key goes on to the near-duplicate stages.
3. Candidates: records sharing a band key (:mod:`storylens.corpus.lsh`), giant
   buckets reduced to stars and reported.
4. Verification (:func:`verify`): a candidate pair is a near duplicate when the exact
   Jaccard similarity of the shingle sets is >= ``threshold`` (0.4), or when the
   smaller text is a copy of part of the larger one: containment >= ``containment``
   (0.8) with at least ``min_contained`` (20) shingles. The signature estimate is
   checked first as a cheap filter. Jaccard counts only with at least ``min_shared``
   (8) shingles in common, or when the shorter text is also nearly all in the longer
   (containment >= 0.8): two different title-only headlines of 4-6 shingles reach 0.4
   on one shared name or phrase ("Harbor City council approves new budget" / "...
   new parking fees": 3 shared, 0.5), while a copy of a headline holds all of it.
5. Groups: connected components over verified pairs and exact keys (union-find,
   mergeable); representative = longest, then earliest published, then smallest id.

Threshold: with 3-word shingles a copy with 20 % of its words edited in short runs
keeps Jaccard 0.5-0.6 (synthetic corpus, ``synth.py``); articles of the same story
that are not copies stay below 0.05 there and below 0.2 on the SemEval same-story
pairs, so 0.4 sits in the gap with room on both sides. ``min_shared``: 8 shared 3-word
shingles is a shared run of ten words or several shorter ones, more than a name or a
stock phrase. On GoogleNews-TS dev (titles + snippets, 3-14 words) verified pairs fall
from 1,120 to 523 and the largest group from 79 to 38 texts; 5 and 6 stop short of
that (598, 527 pairs), 10 changes nothing more. Long texts at Jaccard 0.4 share far more
than 8 (synthetic copies: precision and recall unchanged at 1.0). LSH (42 bands x 3 rows) makes
a pair at 0.4 a candidate with probability 0.94 and at 0.5 with 0.996.

Limitation: LSH estimates Jaccard, not containment, so a short copy of a long text is
only a candidate when its Jaccard is high enough: an excerpt of half the text (Jaccard
0.5) is found almost always, one of a third (0.33) about 80 % of the time, one of a
fifth (0.2) rarely. Catching short excerpts reliably needs a containment index (e.g.
LSH Ensemble), left for later.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np

from storylens.corpus.lsh import DEFAULT_MAX_BUCKET, CappedBucket, band_keys_bulk, bucket_candidates
from storylens.corpus.minhash import jaccard_estimate, signatures
from storylens.corpus.shingles import shingle_hash_sets, text_key
from storylens.corpus.text import published_timestamp  # numpy-free: compare's coverage reads it too


@dataclass(frozen=True)
class DedupOptions:
    k: int = 3  # words per shingle
    num_perm: int = 128
    seed: int = 1
    bands: int = 42  # 42 x 3 = 126 of the 128 permutations; see the module docstring
    rows: int = 3
    threshold: float = 0.4  # exact Jaccard of shingle sets for a near duplicate
    containment: float = 0.8  # share of the shorter text's shingles found in the longer
    min_contained: int = 20  # shorter text must have this many shingles to count as a copy
    # Below this many shared shingles Jaccard alone is not evidence (short texts: one
    # shared name makes a large share); the shorter text must also be nearly all in the
    # longer one (``containment``). See the module docstring, step 4.
    min_shared: int = 8
    # The signature estimate may undershoot the true value; 0.15 is over 3.5 standard
    # errors at 128 permutations (sd <= 0.044), so this filter loses almost no pair.
    estimate_slack: float = 0.15
    max_bucket: int = DEFAULT_MAX_BUCKET


@dataclass(frozen=True)
class DedupRecord:
    id: str
    text: str
    published: str | None = None
    length: int | None = None  # defaults to len(text)


@dataclass(frozen=True)
class DuplicateGroup:
    """Records that are copies of one another; ``members`` sorted, representative first kept."""

    members: tuple[str, ...]
    representative: str
    kind: Literal["exact", "near"]
    min_similarity: float  # weakest verified link in the group (1.0 for exact groups)


@dataclass(frozen=True)
class Features:
    """What :func:`features` computes for one record (the per-record map step)."""

    id: str
    key: bytes
    shingles: np.ndarray
    signature: np.ndarray
    band_keys: tuple[int, ...]


@dataclass(frozen=True)
class DedupReport:
    groups: tuple[DuplicateGroup, ...]
    candidates: int
    verified: int
    capped: tuple[CappedBucket, ...]


def features(records: Sequence[DedupRecord], options: DedupOptions = DedupOptions()) -> list[Features]:
    """Per-record features, computed for a batch (the result for a record never
    depends on the other records of the batch)."""
    shingles = shingle_hash_sets([r.text for r in records], options.k)
    sigs = signatures(shingles, options.num_perm, options.seed)
    keys = band_keys_bulk(sigs, options.bands, options.rows)
    return [
        Features(r.id, text_key(r.text), sh, sig, tuple(kk.tolist()))
        for r, sh, sig, kk in zip(records, shingles, sigs, keys, strict=True)
    ]


def verify(a: Features, b: Features, options: DedupOptions = DedupOptions()) -> float | None:
    """Similarity of a candidate pair when it is a near duplicate, else None."""
    if len(a.shingles) == 0 or len(b.shingles) == 0:
        return None
    est = jaccard_estimate(a.signature, b.signature)
    small, large = sorted((len(a.shingles), len(b.shingles)))
    # Upper bound of Jaccard for a contained copy is small/large; skip only pairs that
    # can pass neither test.
    could_contain = small >= options.min_contained
    if est < options.threshold - options.estimate_slack and not (
        could_contain and est >= options.containment * small / large - options.estimate_slack
    ):
        return None
    shared = len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))
    j = shared / (len(a.shingles) + len(b.shingles) - shared)
    c = shared / small
    if j >= options.threshold and (shared >= options.min_shared or c >= options.containment):
        return j
    if could_contain and c >= options.containment:
        return c
    return None


class DisjointSet:
    """Union-find over hashable ids; mergeable with :meth:`merge` (union of partitions)."""

    def __init__(self) -> None:
        self.parent: dict[Hashable, Hashable] = {}

    def find(self, x: Hashable) -> Hashable:
        parent = self.parent
        root = parent.setdefault(x, x)
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: Hashable, b: Hashable) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller id becomes the root so the result does not depend on order.
            if rb < ra:  # type: ignore[operator]
                ra, rb = rb, ra
            self.parent[rb] = ra

    def merge(self, other: DisjointSet) -> DisjointSet:
        for x, p in other.parent.items():
            self.union(x, p)
        return self

    def components(self) -> list[list[Hashable]]:
        comps: dict[Hashable, list[Hashable]] = {}
        for x in self.parent:
            comps.setdefault(self.find(x), []).append(x)
        return [sorted(c) for c in comps.values()]  # type: ignore[type-var]


def representative(records: Iterable[DedupRecord]) -> str:
    """Longest text, then earliest published (undated last), then smallest id."""

    def rank(r: DedupRecord) -> tuple:
        ts = published_timestamp(r.published)
        length = r.length if r.length is not None else len(r.text)
        return (-length, ts is None, ts or 0.0, r.id)

    return min(records, key=rank).id


def duplicate_group(
    members: Sequence[DedupRecord], keys: Iterable[bytes], weakest: float | None
) -> DuplicateGroup:
    """One connected component as a group: the rule both engines apply (step 5).

    ``keys`` are the members' text keys: one key for all is an ``exact`` group
    (similarity 1.0), more is ``near`` with its weakest verified link (``None``: no
    verified link, 1.0), rounded to 6 places so that float noise does not leak out.
    Members are listed by id; the representative is :func:`representative`'s.
    """
    kind: Literal["exact", "near"] = "exact" if len(set(keys)) == 1 else "near"
    similarity = 1.0 if kind == "exact" or weakest is None else round(weakest, 6)
    return DuplicateGroup(
        members=tuple(sorted(r.id for r in members)),
        representative=representative(members),
        kind=kind,
        min_similarity=similarity,
    )


def dedup(records: Sequence[DedupRecord], options: DedupOptions = DedupOptions()) -> DedupReport:
    """Duplicate groups with the counts behind them (see the module docstring)."""
    ids = [r.id for r in records]
    if len(set(ids)) != len(ids):
        raise ValueError("record ids must be unique")
    by_id = {r.id: r for r in records}
    feats = features(records, options)
    # 2. exact groups by key; the smallest id of each key stands for it below.
    by_key: dict[bytes, list[str]] = {}
    for f in feats:
        by_key.setdefault(f.key, []).append(f.id)
    ds = DisjointSet()
    for members in by_key.values():
        for m in members[1:]:
            ds.union(members[0], m)
    heads = {min(m) for m in by_key.values()}
    head_feats = {f.id: f for f in feats if f.id in heads and len(f.shingles)}
    # 3. candidates among the heads.
    cands = bucket_candidates({i: f.band_keys for i, f in head_feats.items()}, options.max_bucket)
    # 4. verify.
    weakest: dict[Hashable, float] = {}
    edges: list[tuple[str, str, float]] = []
    for a, b in sorted(cands.pairs):
        sim = verify(head_feats[a], head_feats[b], options)
        if sim is not None:
            edges.append((a, b, sim))
            ds.union(a, b)
    for a, _b, sim in edges:
        root = ds.find(a)
        weakest[root] = min(weakest.get(root, 1.0), sim)
    # 5. groups.
    groups = []
    key_of = {f.id: f.key for f in feats}
    for comp in ds.components():
        if len(comp) < 2:
            continue
        groups.append(
            duplicate_group(
                [by_id[m] for m in comp],  # type: ignore[index]
                [key_of[m] for m in comp],  # type: ignore[index]
                weakest.get(ds.find(comp[0])),
            )
        )
    groups.sort(key=lambda g: g.members[0])
    return DedupReport(tuple(groups), len(cands.pairs), len(edges), cands.capped)


def find_duplicate_groups(
    records: Sequence[DedupRecord], options: DedupOptions = DedupOptions()
) -> list[DuplicateGroup]:
    """Exact and near-duplicate groups of ``records``, sorted by first member id."""
    return list(dedup(records, options).groups)
