"""Article vectors for story clustering: weighted content terms, document frequencies,
unit TF-IDF vectors, and the pair evidence stories are joined by.

Each article becomes a sparse TF-IDF vector of content terms: stop-words dropped, title
terms and capitalised name-like tokens weighted up, sublinear tf, the ``max_terms``
strongest terms kept. Pure functions of a record and the frequencies they are given.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from storylens.corpus.cluster_types import DEFAULT_OPTIONS, ClusterOptions, StoryRecord
from storylens.corpus.shingles import token_hashes, tokens
from storylens.corpus.text import terms  # numpy-free: compare's coverage reads it too
from storylens.rules.words import EVENT_STOPWORDS as STOPWORDS

# A run of capitalised words ("Guru Gobind Singh", "Lee Ju-yeol"): one name, whose
# words are one piece of evidence, not several.
_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)*")


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


def name_units(record: StoryRecord) -> dict[str, str]:
    """Each word of the body's multi-word names -> the name it belongs to (the name it
    is most often part of). Words of one name count as one piece of pair evidence
    (:func:`name_residual`). Title case is no sign of a name, so titles are not read.
    """
    seen: Counter[tuple[str, str]] = Counter()
    for run in _NAME_RUN.findall(record.text):
        toks = tokens(run)
        if len(toks) > 1:
            key = " ".join(toks)
            for t in toks:
                seen[t, key] += 1
    best: dict[str, tuple[int, str]] = {}
    for (t, key), c in seen.items():
        if t not in best or (c, key) > best[t]:
            best[t] = (c, key)
    return {t: key for t, (_, key) in best.items()}


def name_residual(
    u: dict[str, float], v: dict[str, float], names_u: dict[str, str], names_v: dict[str, str]
) -> float:
    """The cosine of two unit vectors less the share of their strongest shared name.

    The evidence left if that one name were a coincidence (two articles about a saint,
    or an author, are not one event because they share the name). Shared words are one
    name when both articles write them in the same name (by each one's
    :func:`name_units`); any other word is its own piece. Symmetric.
    """
    if len(u) > len(v):
        u, v, names_u, names_v = v, u, names_v, names_u
    unit: dict[tuple[str, str], float] = {}
    total = 0.0
    for t, w in u.items():
        if t in v:
            x = w * v[t]
            total += x
            k = (names_u.get(t, t), names_v.get(t, t))
            unit[k] = unit.get(k, 0.0) + x
    return total - max(unit.values(), default=0.0)


def doc_freq(records: Iterable[StoryRecord], options: ClusterOptions = DEFAULT_OPTIONS) -> DocFreq:
    """Document frequencies of the records' terms (the IDF pass)."""
    return doc_freq_of(terms(r, options) for r in records)


def doc_freq_of(term_counts: Iterable[Counter[str]]) -> DocFreq:
    """Document frequencies from already computed :func:`terms` (one tokenising pass)."""
    out = DocFreq()
    for c in term_counts:
        out.add(c)
    return out


def vectorize(counts: Counter[str], df: DocFreq, options: ClusterOptions = DEFAULT_OPTIONS) -> dict[str, float]:
    """Unit-length TF-IDF vector (sublinear tf), the ``max_terms`` strongest terms."""
    return vectorize_at(counts, df, options, (options.min_df,))[0]


def vectorize_at(
    counts: Counter[str], df: DocFreq, options: ClusterOptions, min_dfs: Sequence[int]
) -> list[dict[str, float]]:
    """:func:`vectorize` under several ``min_df`` values, weighing each term once
    (:func:`_weights`)."""
    floors = [m if df.n >= m else 0 for m in min_dfs]
    low = 0 if options.whole_norm else min(floors)
    dfd = df.df
    full = _weights(counts, df, low)
    # whole_norm: scale by the length of the article's whole content (its max_terms
    # strongest terms, rare ones included), so terms no other article has still count
    # against a match: an article whose words are mostly its own is close to nothing.
    whole = _norm(_top(full, options.max_terms)) if options.whole_norm else None
    done: dict[int, dict[str, float]] = {}
    for floor in floors:
        if floor not in done:
            vec = full if floor == low else {t: w for t, w in full.items() if dfd.get(t, 0) >= floor}
            done[floor] = _unit_top(vec, options.max_terms, whole)
    return [done[f] for f in floors]


def _weights(counts: Counter[str], df: DocFreq, low: int) -> dict[str, float]:
    """TF-IDF weight of each term of ``counts`` found in at least ``low`` documents: the
    :meth:`DocFreq.idf` expression written inline (the same bits), the hot loop of story
    clustering."""
    dfd, n1, log = df.df, df.n + 1, math.log
    full = {}
    for t, c in counts.items():
        d = dfd.get(t, 0)
        if c > 0 and d >= low:
            full[t] = (1.0 + log(c)) * (log(n1 / (d + 1)) + 1.0)
    return full


def _top(vec: dict[str, float], k: int) -> dict[str, float]:
    """The ``k`` strongest terms (ties by term)."""
    if len(vec) > k:
        # = dict(sorted(vec.items(), key=(-weight, term))[:k]); the keyed sort (the slow
        # one) only over the terms at or above the k-th weight
        cut = sorted(vec.values(), reverse=True)[k - 1]
        vec = dict(sorted(((t, w) for t, w in vec.items() if w >= cut), key=lambda kv: (-kv[1], kv[0]))[:k])
    return vec


def _norm(vec: dict[str, float]) -> float:
    return math.sqrt(sum(v * v for v in vec.values()))


def _unit_top(vec: dict[str, float], k: int, norm: float | None = None) -> dict[str, float]:
    """The ``k`` strongest terms (ties by term), scaled by ``norm`` (default: to unit length)."""
    vec = _top(vec, k)
    norm = _norm(vec) if norm is None else norm
    return {t: v / norm for t, v in vec.items()} if norm > 0 else {}


def cosine(u: dict[str, float], v: dict[str, float]) -> float:
    if len(u) > len(v):
        u, v = v, u
    dot = sum(w * v.get(t, 0.0) for t, w in u.items())
    nu = math.sqrt(sum(w * w for w in u.values()))
    nv = math.sqrt(sum(w * w for w in v.values()))
    return dot / (nu * nv) if nu and nv else 0.0


def pair_similarity(a: StoryRecord, b: StoryRecord, df: DocFreq, options: ClusterOptions = DEFAULT_OPTIONS) -> float:
    """The measure stories are joined by: the dot product of two records' vectors (their
    cosine; with ``whole_norm``, shared content over each article's whole content)."""
    u, v = vectorize(terms(a, options), df, options), vectorize(terms(b, options), df, options)
    if len(u) > len(v):
        u, v = v, u
    return sum(w * v.get(t, 0.0) for t, w in u.items())



def kept_shares(
    raw: Sequence[Counter[str]], df: DocFreq, options: ClusterOptions, min_df: int
) -> list[float]:
    """Per article, the share of its whole content weight (its ``max_terms`` strongest
    terms, rare ones included) that its ``min_df`` vector keeps: 1 when every word is one
    other articles use, near 0 when only a couple of common words are left."""
    floor = min_df if df.n >= min_df else 0
    dfd = df.df
    out = []
    for counts in raw:
        full = _weights(counts, df, 0)
        whole = _norm(_top(full, options.max_terms))
        kept = _norm(_top({t: w for t, w in full.items() if dfd.get(t, 0) >= floor}, options.max_terms))
        out.append(kept / whole if whole > 0 else 0.0)
    return out


def graph_vectors(
    raw: Sequence[Counter[str]], df: DocFreq, options: ClusterOptions
) -> tuple[list[dict[str, float]], list[dict[str, float]]]:
    """The graph step's vectors (``graph_min_df``) and the usual ones (``min_df``)."""
    pairs = [vectorize_at(c, df, options, (options.graph_min_df, options.min_df)) for c in raw]
    return [p[0] for p in pairs], [p[1] for p in pairs]


class EventEvidence:
    """Whether a link between two articles rests on one event, not only one topic.

    Topic words (a league, an agency, a product line, a politician) recur across
    different events, so two reports of different NHL games or of two NASA programmes
    clear the cosine floor on them. Two reports of one event also repeat the same
    facts in the same words somewhere: a quote, a copied or lightly edited clause, a
    name with its role ("associate administrator for exploration"). A link between two
    articles of at least ``event_min_tokens`` words is kept when their cosine is at
    least ``event_sim`` (high overall similarity is evidence by itself) or they share
    at least ``event_min_phrases`` phrases: runs of ``event_phrase_words`` words, two of
    them content words (not :data:`STOPWORDS`), so "one of the most" is no phrase.
    Shorter texts (headlines, snippets) keep the plain floors: they rarely share a
    phrase even when they are one event. Phrases are hashed per article on first use;
    a pure function of the batch.
    """

    def __init__(self, texts: Sequence[str], options: ClusterOptions = DEFAULT_OPTIONS) -> None:
        self.texts = texts
        self.options = options
        self._phrases: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray] | None] = {}

    @property
    def active(self) -> bool:
        return self.options.event_min_phrases > 0

    def phrases(self, i: int) -> tuple[np.ndarray, np.ndarray, np.ndarray] | None:
        """Article ``i``'s phrases: (hashes in text order, their window positions, the
        sorted unique hashes); None when it is too short to judge."""
        if i not in self._phrases:
            toks = tokens(self.texts[i])
            k, opt = self.options.event_phrase_words, self.options
            if len(toks) < opt.event_min_tokens or len(toks) < k:
                self._phrases[i] = None
            else:
                th = token_hashes(toks)
                content = ~np.isin(th, _STOP_HASHES) & (np.fromiter(map(len, toks), np.int64, len(toks)) >= opt.min_token_len)
                run = np.convolve(content.astype(np.int64), np.ones(k, dtype=np.int64), mode="valid")  # per window
                pos = np.flatnonzero(run >= 2)
                hashes = _window_hashes(th, k)[pos]
                self._phrases[i] = (hashes, pos, np.unique(hashes))
        return self._phrases[i]

    def shared(self, i: int, j: int) -> int | None:
        """Shared passages of articles ``i`` and ``j``: runs of overlapping shared
        phrases in ``i`` count once (a seven-word stock line, "press secretary Jane Doe
        said", is one piece of evidence, not three); None when either is too short."""
        a, b = self.phrases(i), self.phrases(j)
        if a is None or b is None:
            return None
        hit = a[1][np.isin(a[0], b[2], assume_unique=False)]
        if len(hit) == 0:
            return 0
        hit = np.unique(hit)
        # a new passage starts where a shared window does not overlap the previous one
        return int(1 + np.count_nonzero(np.diff(hit) >= self.options.event_phrase_words))

    def backs(self, i: int, j: int, sim: float) -> bool:
        """True when the link ``i``-``j`` (cosine ``sim``) has event evidence."""
        if not self.active or sim >= self.options.event_sim:
            return True
        n = self.shared(i, j)
        return n is None or n >= self.options.event_min_phrases


# Token hashes of STOPWORDS, sorted: the content-word test of a phrase, in numpy.
_STOP_HASHES = np.sort(token_hashes(sorted(STOPWORDS)))


def _window_hashes(th: np.ndarray, k: int) -> np.ndarray:
    """64-bit hash of every window of ``k`` token hashes, in order (unsorted)."""
    m = len(th) - k + 1
    h = th[:m].copy()
    mul = np.uint64(0x9E3779B97F4A7C15)
    for j in range(1, k):
        h *= mul
        h += th[j : j + m]
    return h
