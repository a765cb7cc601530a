"""Word shingles hashed with a stable, seeded hash.

Texts are reduced to lowercase word tokens (letters and digits; punctuation, quote
style and spacing are ignored; Chinese and Japanese runs as character bigrams), then every run of ``k`` consecutive tokens becomes one
64-bit shingle hash. Token hashes come from xxh3 with a fixed seed, never Python's
salted ``hash()``, and the k token hashes of a shingle are combined with vectorised
numpy, so the same text gives the same hashes in every process and on every machine.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import numpy as np
import xxhash

from storylens.corpus.text import tokens  # numpy-free: compare's coverage reads it too

# Fixed seed for token hashing. Changing it changes every stored signature and band key.
TOKEN_SEED = 0x5EED_1E45
# Odd 64-bit constants (from splitmix64 / xxh64) used to mix token hashes into a shingle.
_MUL = np.array([0x9E3779B97F4A7C15], dtype=np.uint64)
_MIX1 = np.array([0xBF58476D1CE4E5B9], dtype=np.uint64)
_MIX2 = np.array([0x94D049BB133111EB], dtype=np.uint64)
_S30, _S27, _S31 = np.uint64(30), np.uint64(27), np.uint64(31)

def text_key(text: str) -> bytes:
    """16-byte key of the normalised text: equal keys mean exact duplicates.

    Differences in case, punctuation, quote marks and whitespace do not change the key.
    """
    return xxhash.xxh3_128_digest(" ".join(tokens(text)).encode("utf-8"), seed=TOKEN_SEED)


def token_hashes(toks: list[str]) -> np.ndarray:
    """Stable 64-bit hash of each token, in order."""
    h = xxhash.xxh3_64_intdigest
    return np.frombuffer(array("Q", [h(t.encode("utf-8"), TOKEN_SEED) for t in toks]), dtype=np.uint64)


def mix64(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser, in place on a uint64 array (wrapping arithmetic).

    The one copy: shingle hashes, MinHash bin choice and LSH band keys all use it.
    """
    h ^= h >> _S30
    h *= _MIX1
    h ^= h >> _S27
    h *= _MIX2
    h ^= h >> _S31
    return h


def shingle_hashes(text: str, k: int = 3) -> np.ndarray:
    """Sorted unique uint64 hashes of the k-word shingles of ``text``.

    A text with fewer than ``k`` tokens (but at least one) yields one shingle of all of
    its tokens, so short texts still have a set; an empty text yields an empty array.
    """
    return hash_token_shingles(token_hashes(tokens(text)), k)


def shingle_hash_sets(texts: Sequence[str], k: int = 3) -> list[np.ndarray]:
    """:func:`shingle_hashes` of each text (the batch form :mod:`dedup` uses).

    Per text, not one flat batch: measured, one flat token list of the whole batch was
    slower (a 4M-element Python list) than small per-text arrays.
    """
    if k < 1:
        raise ValueError(f"shingle size k must be >= 1, got {k}")
    return [hash_token_shingles(token_hashes(tokens(t)), k) for t in texts]


def _sorted_unique(x: np.ndarray) -> np.ndarray:
    s = np.sort(x)
    if len(s) > 1:
        keep = np.empty(len(s), dtype=bool)
        keep[0] = True
        np.not_equal(s[1:], s[:-1], out=keep[1:])
        s = s[keep]
    return s


def hash_token_shingles(th: np.ndarray, k: int = 3) -> np.ndarray:
    """Shingle hashes from per-token hashes (see :func:`shingle_hashes`)."""
    if k < 1:
        raise ValueError(f"shingle size k must be >= 1, got {k}")
    n = len(th)
    if n == 0:
        return np.empty(0, dtype=np.uint64)
    k = min(k, n)
    m = n - k + 1
    h = th[:m].copy()
    for j in range(1, k):
        h *= _MUL
        h += th[j : j + m]
    return _sorted_unique(mix64(h))
