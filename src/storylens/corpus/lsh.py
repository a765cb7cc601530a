"""LSH banding over MinHash signatures, with a guard against giant buckets.

A signature of ``bands * rows`` values is cut into ``bands`` bands; two documents
become candidates when all ``rows`` values of some band agree. The chance of that for
a pair with Jaccard ``s`` is the S-curve ``1 - (1 - s**rows)**bands``, whose steepest
point sits near ``(1/bands)**(1/rows)``.

Default choice for near-duplicate detection (``DEFAULT_BANDS, DEFAULT_ROWS = 32, 4``
over 128 permutations): the S-curve crosses 0.5 at s = 0.39; a pair at the
verification threshold s = 0.5 is a candidate with probability 0.87, at s = 0.6 with
0.99 and at 0.7 with 1.0, while a pair at s = 0.2 is one with 0.05. :func:`optimal_params`
computes (b, r) for any other threshold by minimising the weighted false positive and
false negative areas under the S-curve (the method of ``datasketch.lsh``); for 0.5 with
fn_weight 0.7 (missed pairs are worse than extra candidates, which get verified) it
returns (32, 4).

Band keys are 63-bit ints (they fit SQLite's INTEGER): a splitmix64 mix of the band
number and the band's values, computed with numpy for a whole batch, stable everywhere.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np

from .shingles import mix64

DEFAULT_BANDS = 32
DEFAULT_ROWS = 4
# Buckets with more members than this are "giant" (typically shared boilerplate, or a
# story syndicated hundreds of times): instead of all n*(n-1)/2 pairs they yield a star
# of n-1 pairs to their smallest member, and are reported. 200 members = 19,900 pairs,
# the most one bucket may cost; real near-duplicate clusters above that are rare and
# still connected through the star.
DEFAULT_MAX_BUCKET = 200

_GOLDEN = np.uint64(0x9E3779B97F4A7C15)
_KEY_MASK = np.uint64((1 << 63) - 1)


def s_curve(s: float | np.ndarray, bands: int, rows: int) -> float | np.ndarray:
    """Probability that a pair with Jaccard ``s`` shares at least one band."""
    return 1.0 - (1.0 - np.asarray(s, dtype=float) ** rows) ** bands


def optimal_params(
    threshold: float, num_perm: int = 128, fp_weight: float = 0.3, fn_weight: float = 0.7
) -> tuple[int, int]:
    """(bands, rows) with ``bands * rows <= num_perm`` minimising weighted FP + FN areas."""
    lo = np.linspace(0.0, threshold, 201)
    hi = np.linspace(threshold, 1.0, 201)
    best: tuple[float, int, int] | None = None
    for b in range(1, num_perm + 1):
        for r in range(1, num_perm // b + 1):
            fp = np.trapezoid(s_curve(lo, b, r), lo)
            fn = np.trapezoid(1.0 - s_curve(hi, b, r), hi)
            err = fp_weight * fp + fn_weight * fn
            if best is None or err < best[0] - 1e-12:
                best = (err, b, r)
    assert best is not None
    return best[1], best[2]


def band_keys_bulk(sigs: np.ndarray, bands: int = DEFAULT_BANDS, rows: int = DEFAULT_ROWS) -> np.ndarray:
    """Band keys for a ``[n, num_perm]`` signature matrix: int64 array ``[n, bands]``."""
    sigs = np.atleast_2d(np.asarray(sigs))
    n, num_perm = sigs.shape
    if bands * rows > num_perm:
        raise ValueError(f"bands*rows = {bands * rows} exceeds num_perm = {num_perm}")
    block = sigs[:, : bands * rows].astype(np.uint64).reshape(n, bands, rows)
    h = np.broadcast_to(np.arange(1, bands + 1, dtype=np.uint64) * _GOLDEN, (n, bands)).copy()
    for j in range(rows):
        h = mix64(h ^ block[:, :, j])
        h += _GOLDEN
    return (mix64(h) & _KEY_MASK).astype(np.int64)


def band_keys(sig: np.ndarray, bands: int = DEFAULT_BANDS, rows: int = DEFAULT_ROWS) -> list[int]:
    """Band keys of one signature (a row of :func:`band_keys_bulk`), as Python ints."""
    return band_keys_bulk(np.asarray(sig)[None, :], bands, rows)[0].tolist()


@dataclass(frozen=True)
class CappedBucket:
    """A bucket that exceeded ``max_bucket``: its key, size and smallest member."""

    key: int
    size: int
    hub: Hashable


@dataclass(frozen=True)
class Candidates:
    """Candidate pairs ``(a, b)`` with ``a < b``, and the buckets that were capped."""

    pairs: frozenset[tuple]
    capped: tuple[CappedBucket, ...]


def buckets(keys_by_doc: Mapping[Hashable, Iterable[int]]) -> dict[int, list]:
    """Inverse map key -> sorted member ids. Mergeable: concatenate lists per key."""
    out: dict[int, list] = defaultdict(list)
    for doc, keys in keys_by_doc.items():
        for key in set(keys):
            out[int(key)].append(doc)
    return {k: sorted(v) for k, v in out.items()}


def bucket_candidates(
    keys_by_doc: Mapping[Hashable, Iterable[int]], max_bucket: int = DEFAULT_MAX_BUCKET
) -> Candidates:
    """Candidate pairs from shared band keys, with giant buckets reduced to stars."""
    pairs: set[tuple] = set()
    capped: list[CappedBucket] = []
    for key, members in sorted(buckets(keys_by_doc).items()):
        _bucket_pairs(key, members, max_bucket, pairs, capped)
    return Candidates(pairs=frozenset(pairs), capped=tuple(capped))


def _bucket_pairs(key: int, members: list, max_bucket: int, pairs: set[tuple], capped: list[CappedBucket]) -> None:
    """The pairs of one bucket (``members`` sorted): all of them, or a star to the
    smallest member when the bucket is giant (then reported in ``capped``)."""
    n = len(members)
    if n < 2:
        return
    if n > max_bucket:
        hub = members[0]
        capped.append(CappedBucket(key=key, size=n, hub=hub))
        pairs.update((hub, m) for m in members[1:])
        return
    for i in range(n - 1):
        a = members[i]
        pairs.update((a, b) for b in members[i + 1 :])


def bucket_candidates_array(
    ids: np.ndarray, keys: np.ndarray, max_bucket: int = DEFAULT_MAX_BUCKET
) -> Candidates:
    """:func:`bucket_candidates` of int ids and their ``[n, bands]`` band-key matrix
    (:func:`band_keys_bulk` rows), without a dict of every key.

    The same pairs and capped buckets (ids as Python ints): the buckets are runs of a
    sort of ``(key, id)``, so a million documents cost two sorted int64 arrays of
    ``n * bands`` values (about 0.7 GB for 42 bands) instead of a dict of 42 million keys.
    """
    ids = np.asarray(ids, dtype=np.int64)
    if len(ids) == 0:
        return Candidates(pairs=frozenset(), capped=())
    keys = np.asarray(keys, dtype=np.int64).reshape(len(ids), -1)
    flat_keys = keys.ravel()
    flat_ids = np.repeat(ids, keys.shape[1])
    order = np.lexsort((flat_ids, flat_keys))
    k, d = flat_keys[order], flat_ids[order]
    del order, flat_keys, flat_ids
    if len(k):  # a key met twice for one document counts once (``set(keys)``)
        keep = np.ones(len(k), dtype=bool)
        keep[1:] = (k[1:] != k[:-1]) | (d[1:] != d[:-1])
        k, d = k[keep], d[keep]
    starts = np.flatnonzero(np.r_[True, k[1:] != k[:-1]]) if len(k) else np.zeros(0, dtype=np.int64)
    ends = np.r_[starts[1:], len(k)].astype(np.int64)
    pairs: set[tuple] = set()
    capped: list[CappedBucket] = []
    for s in np.flatnonzero(ends - starts >= 2).tolist():
        lo, hi = int(starts[s]), int(ends[s])
        _bucket_pairs(int(k[lo]), d[lo:hi].tolist(), max_bucket, pairs, capped)
    return Candidates(pairs=frozenset(pairs), capped=tuple(capped))


def candidate_pairs(
    keys_by_doc: Mapping[Hashable, Iterable[int]], max_bucket: int = DEFAULT_MAX_BUCKET
) -> set[tuple]:
    """Candidate pairs ``(a, b)``, ``a < b`` (see :func:`bucket_candidates` for what was capped)."""
    return set(bucket_candidates(keys_by_doc, max_bucket).pairs)
