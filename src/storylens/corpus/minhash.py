"""MinHash signatures by one-permutation hashing with optimal densification.

Scheme (Shrivastava 2017, "Optimal Densification for Fast and Accurate Minwise
Hashing"), O(n) per set instead of O(n x num_perm):

* each 64-bit shingle hash (already xxh3- and splitmix-mixed, see ``shingles``) goes
  through one seeded bijection ``g = (h ^ s) * a mod 2**64`` (``a`` odd; ``s``, ``a`` from
  xxh3 of the seed, so the same on every machine and numpy version);
* the high bits of ``g`` pick one of ``num_perm`` bins, the low 32 bits are its value,
  and each bin keeps the minimum value that fell into it (the *sketch*: one pass with
  ``np.minimum.at`` over one flat array for the whole batch);
* a bin that received nothing borrows the value of another bin, chosen by a fixed,
  seeded probe sequence per bin index that skips empty bins (the *densification*).
  Every document uses the same probe sequence, so two sets agree on a borrowed position
  with probability J, like any other: the estimate stays unbiased.

Sketches are mergeable: ``np.minimum`` of the sketches of two sets is the sketch of
their union (:func:`merge_signatures`, :func:`sketches`); densify after merging
(:func:`densify`). The empty set's sketch and signature are all ``EMPTY``.

Bins partition the set, so the estimate samples without replacement and its error is
at or below classic MinHash's (about sqrt(J(1-J)/128) at 128 bins; measured side by
side with datasketch and rensa in benchmarks/minhash.py).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import xxhash

from .shingles import mix64

EMPTY = np.uint32(0xFFFFFFFF)
# Shingles per block of the sketch pass: 64k x 8 bytes stays in L2; swept 16k-4M,
# 64k was fastest on the benchmark machine (whole-batch arrays spill to memory).
_BLOCK = 1 << 16
# Probe rounds of the densification before the deterministic fallback (borrow from the
# next non-empty bin): with one non-empty bin of 128 the chance a bin is still empty
# after 4096 rounds is (127/128)**4096 < 1e-13.
_MAX_PROBES = 4096
_S32 = np.uint64(32)


def _seed_words(seed: int) -> tuple[np.uint64, np.uint64, int]:
    """``(s, a, probe_seed)`` of the bijection ``(h ^ s) * a`` for ``seed``."""
    s = xxhash.xxh3_64_intdigest(b"storylens-oph-xor", seed=seed)
    a = xxhash.xxh3_64_intdigest(b"storylens-oph-mul", seed=seed) | 1
    p = xxhash.xxh3_64_intdigest(b"storylens-oph-probe", seed=seed)
    return np.uint64(s), np.uint64(a), p


def sketches(shingle_sets: Sequence[np.ndarray], num_perm: int = 128, seed: int = 1) -> np.ndarray:
    """Raw one-permutation sketches, ``[len(shingle_sets), num_perm]`` uint32, ``EMPTY``
    where a bin got no shingle. Mergeable with ``np.minimum``; :func:`densify` them."""
    if num_perm < 1:
        raise ValueError(f"num_perm must be >= 1, got {num_perm}")
    n = len(shingle_sets)
    out = np.full(n * num_perm, EMPTY, dtype=np.uint32)
    if n == 0:
        return out.reshape(0, num_perm)
    lengths = np.fromiter((len(s) for s in shingle_sets), dtype=np.int64, count=n)
    total = int(lengths.sum())
    if total == 0:
        return out.reshape(n, num_perm)
    flat = np.concatenate([np.asarray(s, dtype=np.uint64) for s in shingle_sets])
    base = np.repeat(np.arange(n, dtype=np.intp) * num_perm, lengths)
    s, a, _ = _seed_words(seed)
    pow2 = num_perm & (num_perm - 1) == 0
    shift = np.uint64(64 - (num_perm.bit_length() - 1)) if pow2 else _S32
    for st in range(0, total, _BLOCK):
        g = flat[st : st + _BLOCK] ^ s
        g *= a
        if pow2:
            # num_perm == 1 shifts by 64, which numpy leaves undefined: bin 0 for all.
            key = (g >> shift).astype(np.intp) if num_perm > 1 else np.zeros(len(g), dtype=np.intp)
        else:
            key = (((g >> _S32) * np.uint64(num_perm)) >> _S32).astype(np.intp)
        key += base[st : st + _BLOCK]
        np.minimum.at(out, key, g.astype(np.uint32))
    return out.reshape(n, num_perm)


def _probe(bins: np.ndarray, rnd: int, num_perm: int, probe_seed: int) -> np.ndarray:
    """Bin that bin ``bins`` borrows from in round ``rnd`` (same for every document)."""
    h = (bins.astype(np.uint64) << _S32) | np.uint64(rnd)
    h ^= np.uint64(probe_seed)
    return (((mix64(h) >> _S32) * np.uint64(num_perm)) >> _S32).astype(np.intp)


def densify(sk: np.ndarray, seed: int = 1) -> np.ndarray:
    """Signatures from raw sketches: every empty bin borrows a non-empty bin's value.

    Pure and row-wise (a row's result depends only on that row); rows that are all
    ``EMPTY`` (the empty set) stay so. Returns a new array.
    """
    sig = np.array(sk, dtype=np.uint32, copy=True)
    one = sig.ndim == 1
    sig = np.atleast_2d(sig)
    num_perm = sig.shape[1]
    empty = sig == EMPTY
    todo = np.flatnonzero(empty.any(axis=1) & ~empty.all(axis=1))
    if len(todo) == 0:
        return sig[0] if one else sig
    _, _, probe_seed = _seed_words(seed)
    rows, bins = np.nonzero(empty[todo])
    rows = todo[rows]
    src = sig.copy()  # borrow from the raw sketch only, never from a borrowed value
    for rnd in range(_MAX_PROBES):
        j = _probe(bins, rnd, num_perm, probe_seed)
        val = src[rows, j]
        hit = val != EMPTY
        sig[rows[hit], bins[hit]] = val[hit]
        rows, bins = rows[~hit], bins[~hit]
        if len(rows) == 0:
            break
    for r, b in zip(rows.tolist(), bins.tolist(), strict=True):  # practically never
        k = next(k for k in range(1, num_perm) if src[r, (b + k) % num_perm] != EMPTY)
        sig[r, b] = src[r, (b + k) % num_perm]
    return sig[0] if one else sig


def signatures(shingle_sets: Sequence[np.ndarray], num_perm: int = 128, seed: int = 1) -> np.ndarray:
    """MinHash signatures, shape ``[len(shingle_sets), num_perm]``, dtype uint32.

    A document's signature depends only on its own set, never on the rest of the batch.
    """
    return densify(sketches(shingle_sets, num_perm, seed), seed)


def signature(shingles: np.ndarray, num_perm: int = 128, seed: int = 1) -> np.ndarray:
    """The signature of one shingle set (a row of :func:`signatures`)."""
    return signatures([shingles], num_perm, seed)[0]


def merge_signatures(sketch_a: np.ndarray, sketch_b: np.ndarray) -> np.ndarray:
    """Sketch of the union of two sets, from their raw :func:`sketches`.

    Densified signatures are not mergeable (a borrowed value may not be the union's);
    merge the sketches, then :func:`densify` the result.
    """
    return np.minimum(sketch_a, sketch_b)


def jaccard_estimate(sig_a: np.ndarray, sig_b: np.ndarray) -> float | np.ndarray:
    """Share of equal positions: an unbiased estimate of the sets' Jaccard similarity.

    Works row-wise on 2-D arrays (returns one estimate per row). Two empty sets estimate
    1.0; callers that care check for empty sets first.
    """
    a, b = np.asarray(sig_a), np.asarray(sig_b)
    if a.shape != b.shape:
        raise ValueError(f"signature shapes differ: {a.shape} vs {b.shape}")
    eq = np.mean(a == b, axis=-1)
    return float(eq) if eq.ndim == 0 else eq


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard similarity of two sorted unique hash arrays."""
    if len(a) == 0 and len(b) == 0:
        return 1.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def containment(a: np.ndarray, b: np.ndarray) -> float:
    """Share of the smaller set found in the larger (0.0 when either is empty)."""
    if len(a) == 0 or len(b) == 0:
        return 0.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / min(len(a), len(b))
