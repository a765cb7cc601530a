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


# Invented Chinese and Japanese reports of four events (a bridge opening and a record tea
# harvest in Chinese; a museum fire and a mayoral election in Japanese), three each,
# reworded, not copied. No spaces: before character bigrams each clause was one token,
# and every article was a story of its own.
CJK_STORIES = {
 "zb": [
  "星河市周二宣布，横跨青澜江的新大桥将于下周五正式通车。市交通局局长林晓梅表示，大桥全长一千二百米，共有六条车道，建设耗时三年。她说，通车后从东区到西区的车程将缩短二十分钟。",
  "星河市交通局周二表示，青澜江新大桥下周五通车。局长林晓梅说，这座全长一千二百米的大桥有六条车道，历时三年建成，将使东区至西区的行车时间减少二十分钟。",
  "青澜江新大桥将在下周五通车，星河市市民期待已久。林晓梅局长介绍，大桥有六条车道，东区到西区的车程将缩短二十分钟。",
 ],
 "zt": [
  "南岭县今年的茶叶产量创下新纪录。县农业局称，春季雨水充足，气温适宜，茶农收入比去年增加了一成。合作社计划在县城附近新建一座冷库。",
  "南岭县茶农迎来丰收年，县农业局说今年茶叶产量为历史最高，茶农收入增加一成，合作社将新建冷库储存茶叶。",
  "南岭县合作社宣布新建茶叶冷库。今年南岭茶叶丰收，茶农收入明显增加。",
 ],
 "jb": [
  "星川市の美術館で火曜日の夜に火災が発生し、展示中の絵画十二点が焼失した。消防によると、けが人はいなかった。館長の森田健一氏は、再開まで少なくとも二か月かかるとの見通しを示した。",
  "星川市立美術館の火災で、絵画十二点が失われた。森田健一館長は水曜日、再開には二か月以上かかると述べた。消防によると、出火原因は調査中だ。",
  "美術館火災から一夜明け、星川市の森田健一館長は焼失した絵画十二点の修復は難しいと語った。",
 ],
 "je": [
  "北浜市長選挙は日曜日に投開票され、新人の高橋由美氏が現職を破って初当選した。投票率は四十二パーセントだった。",
  "北浜市長選で初当選した高橋由美氏は月曜日、市役所で記者会見し、子育て支援を最優先に取り組むと述べた。",
  "高橋由美・北浜市長の初登庁は来週の予定。選挙では現職に約三千票の差をつけた。",
 ],
}

def test_chinese_and_japanese_reports_form_stories():
    recs = [
        StoryRecord(f"{s}{i}", t, None, f"2024-05-{1 + i:02d}T09:00:00")
        for s, texts in CJK_STORIES.items()
        for i, t in enumerate(texts)
    ]
    story = {a.id: a.story for a in cluster_stories(recs)}
    assert story == {f"{s}{i}": f"{s}0" for s in CJK_STORIES for i in range(3)}


@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        # Japanese grammar in hiragana ("によると", "した") is no term; kanji/katakana words are
        ("消防によると、美術館で火災が発生した。", {"消防", "美術", "術館", "火災", "発生"}, {"によ", "よる", "ると", "した"}),
        # Chinese particles join words: "江的", "的新" are no terms
        ("青澜江的新大桥在东区", {"青澜", "澜江", "大桥", "东区"}, {"江的", "的新", "桥在", "在东"}),
        # near misses: content words holding a common character that is not listed
        ("地震后和平谈判在首都举行", {"地震", "和平", "首都", "谈判"}, {"判在", "在首"}),
    ],
)
def test_cjk_grammar_bigrams_are_not_terms(text, kept, dropped):
    t = terms(StoryRecord("x", text))
    assert kept <= set(t)
    assert not dropped & set(t)
