"""Story clustering on small invented corpora: grouping, windows, forced duplicates, merging."""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from storylens.corpus.cluster import (
    ClusterOptions,
    DocFreq,
    StoryRecord,
    cluster_stories,
    cosine,
    doc_freq,
    knn_graph,
    pair_similarity,
    publication_order,
    terms,
    vectorize,
)
from storylens.corpus.dedup import published_timestamp
from storylens.corpus.synth import synth_corpus

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from clustering import clustering_scores  # noqa: E402

# Invented events in invented places; each line is one short article.
BRIDGE = [
    "Harbourview Bridge in Port Elm to reopen Friday after cable repairs",
    "Port Elm's Harbourview Bridge reopens with one lane after repairs to corroded cables",
    "Drivers return to Harbourview Bridge as Port Elm ends three weeks of cable repairs",
]
HARVEST = [
    "Kesh valley growers expect record apple harvest after mild spring",
    "Record apple harvest in Kesh valley pushes market prices down",
    "Kesh apple growers plan cold store as harvest breaks records",
]
ELECTION = [
    "Varo Dellan wins Tarn mayoral election by narrow margin",
    "Tarn mayor-elect Varo Dellan promises audit of city budget",
    "Recount confirms Varo Dellan as Tarn mayor",
]


def _records(texts: list[str], prefix: str, day: int, dup: str | None = None) -> list[StoryRecord]:
    return [
        StoryRecord(f"{prefix}{i}", t, None, f"2024-05-{day + i:02d}T09:00:00", dup) for i, t in enumerate(texts)
    ]


def test_small_corpus_three_stories():
    recs = _records(BRIDGE, "b", 1) + _records(HARVEST, "h", 1) + _records(ELECTION, "e", 2)
    out = cluster_stories(recs)
    assert [a.id for a in out] == [r.id for r in recs]  # input order
    story = {a.id: a.story for a in out}
    assert {story[r] for r in ("b0", "b1", "b2")} == {"b0"}  # named after the first article
    assert {story[r] for r in ("h0", "h1", "h2")} == {"h0"}
    assert {story[r] for r in ("e0", "e1", "e2")} == {"e0"}
    assert {a.reason for a in out if a.id in ("b0", "h0", "e0")} == {"new"}
    assert all(0.0 <= a.similarity <= 1.0 for a in out)


def test_synthetic_stories_recovered():
    arts = synth_corpus(n_stories=10, seed=0)
    recs = [StoryRecord(a.id, a.text, a.title, a.published) for a in arts]
    out = cluster_stories(recs)
    scores = clustering_scores([a.story for a in out], [a.story for a in arts])
    assert scores["bcubed_f1"] >= 0.95


def test_deterministic_under_input_order():
    arts = synth_corpus(n_stories=6, seed=2)
    recs = [StoryRecord(a.id, a.text, a.title, a.published) for a in arts]
    shuffled = recs[:]
    random.Random(1).shuffle(shuffled)
    a = {x.id: x for x in cluster_stories(recs)}
    b = {x.id: x for x in cluster_stories(shuffled)}
    assert a == b


def test_window_closes_story():
    text = "Harbourview Bridge in Port Elm reopens after cable repairs"
    near = [StoryRecord("x1", text, published="2024-05-01"), StoryRecord("x2", text, published="2024-05-03")]
    far = [StoryRecord("x1", text, published="2024-05-01"), StoryRecord("x2", text, published="2024-05-20")]
    other = [StoryRecord(f"o{i}", t, published="2024-05-01") for i, t in enumerate(HARVEST)]
    assert len({a.story for a in cluster_stories(near + other)[:2]}) == 1
    assert len({a.story for a in cluster_stories(far + other)[:2]}) == 2
    wide = ClusterOptions(window_days=30)
    assert len({a.story for a in cluster_stories(far + other, wide)[:2]}) == 1


def test_duplicate_group_forced_together():
    recs = [
        StoryRecord("a", BRIDGE[0], published="2024-05-01", dup_group="g1"),
        StoryRecord("b", ELECTION[0], published="2024-05-01"),
        # No words in common with "a", but the dedup stage said it is a copy of it.
        StoryRecord("c", HARVEST[1], published="2024-05-02", dup_group="g1"),
    ]
    out = {a.id: a for a in cluster_stories(recs)}
    assert out["c"].story == out["a"].story == "a"
    assert out["c"].reason == "duplicate"
    assert out["b"].story == "b"


def test_undated_records_come_first_and_never_expire():
    recs = [StoryRecord("d1", BRIDGE[0], published="2024-05-01"), StoryRecord("u1", BRIDGE[1])]
    assert publication_order(recs) == [1, 0]
    # A story with only undated articles has no end, so a much later article still joins...
    out = cluster_stories([StoryRecord("u1", BRIDGE[1]), StoryRecord("d2", BRIDGE[2], published="2024-09-01")])
    assert [a.story for a in out] == ["u1", "u1"]
    # ...but once a dated article joins, the story closes window_days after it.
    out = cluster_stories(recs + [StoryRecord("d2", BRIDGE[2], published="2024-09-01")])
    assert [a.story for a in out] == ["u1", "u1", "d2"]


def test_doc_freq_is_mergeable():
    recs = _records(BRIDGE, "b", 1) + _records(HARVEST, "h", 1)
    whole = doc_freq(recs)
    parts = doc_freq(recs[:2]).merge(doc_freq(recs[2:]))
    assert (parts.n, parts.df) == (whole.n, whole.df)
    assert DocFreq().merge(whole).df == whole.df


def test_terms_and_similarity():
    r = StoryRecord("x", "The council said the Bridge vote in Kesh was close. Kesh voters", title="Kesh vote")
    t = terms(r)
    assert "the" not in t and "said" not in t
    assert t["kesh"] > t["council"]  # title weight and name boost
    df = doc_freq([StoryRecord(str(i), s) for i, s in enumerate(BRIDGE + HARVEST)])
    same = pair_similarity(StoryRecord("1", BRIDGE[0]), StoryRecord("2", BRIDGE[1]), df)
    diff = pair_similarity(StoryRecord("1", BRIDGE[0]), StoryRecord("2", HARVEST[1]), df)
    assert 0.0 <= diff < 0.2 <= same <= 1.0
    assert cosine({}, {"a": 1.0}) == 0.0
    assert cosine({"a": 1.0, "b": 1.0}, {"a": 2.0, "b": 2.0}) == pytest.approx(1.0)


def test_graph_recovers_synthetic_stories():
    arts = synth_corpus(n_stories=8, seed=4)
    recs = [StoryRecord(a.id, a.text, a.title, a.published) for a in arts]
    out = cluster_stories(recs)
    assert all(a.reason in ("new", "match", "duplicate") for a in out)
    assert clustering_scores([a.story for a in out], [a.story for a in arts])["bcubed_f1"] >= 0.9


def test_knn_edges_stay_within_the_window():
    text = "Harbourview Bridge in Port Elm reopens after cable repairs"
    recs = [StoryRecord("x1", text, published="2024-05-01"), StoryRecord("x2", text, published="2024-05-20"),
            StoryRecord("x3", text, published="2024-05-02"), StoryRecord("u", text)]
    df = doc_freq(recs)
    vecs = [vectorize(terms(r), df) for r in recs]
    adj = knn_graph(vecs, [published_timestamp(r.published) for r in recs])
    assert 1 not in adj[0] and 2 in adj[0]  # 19 days apart: no edge; 1 day: an edge
    assert set(adj[3]) == {0, 1, 2}  # undated articles may link to any date
    assert all(adj[i][j] == adj[j][i] for i in range(4) for j in adj[i])


def test_time_partitions_cut_at_a_gap_give_the_same_stories():
    # Two batches more than window_days apart: clustering them together or apart (with
    # the same document frequencies) gives the same stories, as the Spark job assumes.
    early = synth_corpus(n_stories=5, seed=5, start="2024-01-01T06:00:00")
    late = synth_corpus(n_stories=5, seed=6, start="2024-06-01T06:00:00")
    recs = [StoryRecord("e" + a.id, a.text, a.title, a.published) for a in early]
    recs += [StoryRecord("l" + a.id, a.text, a.title, a.published) for a in late]
    df = doc_freq(recs)
    together = {a.id: a for a in cluster_stories(recs, df=df)}
    apart = {a.id: a for part in (recs[: len(early)], recs[len(early) :]) for a in cluster_stories(part, df=df)}
    assert together == apart


def test_vectorize_weighs_terms_by_docfreq_idf():
    """vectorize writes DocFreq.idf inline (its hot loop): the weights must stay the same."""
    import math

    recs = _records(BRIDGE, "b", 1) + _records(HARVEST, "h", 1) + _records(ELECTION, "e", 2)
    df = doc_freq(recs)
    counts = terms(recs[1])
    vec = vectorize(counts, df, ClusterOptions(min_df=1, max_terms=1000))
    raw = {t: (1.0 + math.log(c)) * df.idf(t) for t, c in counts.items()}
    norm = math.sqrt(sum(w * w for w in raw.values()))
    assert vec == {t: w / norm for t, w in raw.items()}
    assert "harbourview" in vec and "the" not in vec


def test_vectorize_keeps_the_strongest_terms_ties_by_term():
    """max_terms keeps the heaviest terms, ties broken by the term, in that order."""
    df = DocFreq(n=4)
    for t in ("cable", "bridge", "port", "elm"):
        df.df[t] = 2  # one idf for all: weights differ by count only
    counts = Counter({"port": 2.0, "cable": 1.0, "bridge": 1.0, "elm": 1.0})
    vec = vectorize(counts, df, ClusterOptions(min_df=1, max_terms=2))
    assert list(vec) == ["port", "bridge"]
