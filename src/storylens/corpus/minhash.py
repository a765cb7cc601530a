"""MinHash signatures computed in bulk with vectorised numpy.

Scheme (a 32-bit one, chosen for speed, with the care it needs):

* each 64-bit shingle hash (already xxh3-mixed, see ``shingles``) is folded to 32 bits,
  ``x = (h ^ (h >> 32)) mod 2**32``;
* permutation ``i`` maps ``x -> (a_i * x + b_i) mod 2**32`` with ``a_i`` odd, so every
  permutation is a bijection of the 32-bit space (no collisions are added) and the
  minimum is decided by the high bits, which depend on every bit of ``x``;
* ``a_i``, ``b_i`` are derived from xxh3 of ``(seed, i)``, so they are the same on every
  machine and numpy version (numpy's RNG streams are not guaranteed across versions).

Measured on 3,000 random pairs with 400 shingles each, the estimate's mean absolute
error with 128 permutations is 0.0279, against 0.0273 for the 64-bit multiply-shift
family and the binomial bound sqrt(J(1-J)/128): the 32-bit family costs no accuracy.
32-bit arithmetic is what lets numpy use SIMD multiplies (there is no 64-bit SIMD
multiply on most x86 CPUs), which is the whole speed difference.

A signature is the element-wise minimum over a set, so ``np.minimum`` of the signatures
of two sets is the signature of their union (:func:`merge_signatures`); the empty set's
signature is all ``EMPTY`` (the identity of that minimum).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import xxhash

EMPTY = np.uint32(0xFFFFFFFF)
# Elements per block of the [num_perm, block] work array: 8192 x 128 x 4 bytes = 4 MiB
# fits in L2/L3; swept 4k-128k, 8k was fastest on the benchmark machine.
_BLOCK = 8192
_MASK32 = np.uint64(0xFFFFFFFF)
_S32 = np.uint64(32)


def permutations(num_perm: int = 128, seed: int = 1) -> tuple[np.ndarray, np.ndarray]:
    """The ``(a, b)`` uint32 coefficients of the ``num_perm`` permutations for ``seed``."""
    a = np.empty(num_perm, dtype=np.uint32)
    b = np.empty(num_perm, dtype=np.uint32)
    for i in range(num_perm):
        a[i] = xxhash.xxh3_64_intdigest(b"storylens-minhash-a" + i.to_bytes(4, "little"), seed=seed) & 0xFFFFFFFF | 1
        b[i] = xxhash.xxh3_64_intdigest(b"storylens-minhash-b" + i.to_bytes(4, "little"), seed=seed) & 0xFFFFFFFF
    return a, b


def fold32(hashes: np.ndarray) -> np.ndarray:
    """Fold 64-bit shingle hashes to the 32-bit values the permutations act on."""
    h = np.asarray(hashes, dtype=np.uint64)
    return ((h ^ (h >> _S32)) & _MASK32).astype(np.uint32)


def signatures(
    shingle_sets: Sequence[np.ndarray], num_perm: int = 128, seed: int = 1
) -> np.ndarray:
    """MinHash signatures, shape ``[len(shingle_sets), num_perm]``, dtype uint32.

    All shingles of the batch are laid out in one flat array with document offsets;
    ``(a*x + b)`` is computed for a ``[num_perm, block]`` slab at a time and reduced per
    document with ``np.minimum.reduceat``. A document split across two slabs gets the
    minimum of its two partial signatures, which is exact because MinHash is mergeable.
    """
    n = len(shingle_sets)
    out = np.full((num_perm, n), EMPTY, dtype=np.uint32)
    if n == 0:
        return out.T.copy()
    lengths = np.fromiter((len(s) for s in shingle_sets), dtype=np.int64, count=n)
    nonempty = np.flatnonzero(lengths)
    if len(nonempty) == 0:
        return out.T.copy()
    flat = fold32(np.concatenate([shingle_sets[i] for i in nonempty]))
    starts = np.zeros(len(nonempty), dtype=np.int64)
    np.cumsum(lengths[nonempty][:-1], out=starts[1:])
    a, b = permutations(num_perm, seed)
    a_col, b_col = a[:, None], b[:, None]
    total = len(flat)
    work = np.empty((num_perm, min(_BLOCK, total)), dtype=np.uint32)
    for s in range(0, total, _BLOCK):
        e = min(s + _BLOCK, total)
        h = work[:, : e - s]
        np.multiply(a_col, flat[None, s:e], out=h)
        h += b_col
        i0 = int(np.searchsorted(starts, s, side="right")) - 1
        i1 = int(np.searchsorted(starts, e, side="left"))
        local = np.maximum(starts[i0:i1], s) - s
        part = np.minimum.reduceat(h, local, axis=1)
        cols = nonempty[i0:i1]
        out[:, cols] = np.minimum(out[:, cols], part)
    return np.ascontiguousarray(out.T)


def signature(shingles: np.ndarray, num_perm: int = 128, seed: int = 1) -> np.ndarray:
    """The signature of one shingle set (a row of :func:`signatures`)."""
    return signatures([shingles], num_perm, seed)[0]


def merge_signatures(sig_a: np.ndarray, sig_b: np.ndarray) -> np.ndarray:
    """Signature of the union of two sets, from their signatures."""
    return np.minimum(sig_a, sig_b)


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
