"""The local build streams, and gives the one-pass result wherever the windows allow it.

``build_groups`` reads the store in batches and keeps a digest and band keys per
article; its groups must be exactly the core's ``find_duplicate_groups`` over every
article at once. ``build_stories`` clusters one time window at a time (the core's
``plan_windows``, joined by ``windows.stitch``); where the windows are exact (cut only at
gaps no story can cross) its stories must be exactly the one-pass stories of the whole
corpus (the local path before it streamed), and the core must never be handed more than
one window. Invented corpora (``corpus.synth``) in a memory store.
"""

from __future__ import annotations

import itertools
from collections import defaultdict

import pytest

from storylens.corpus.cluster import StoryRecord, cluster_stories
from storylens.corpus.dedup import DedupRecord, find_duplicate_groups
from storylens.corpus.lsh import bucket_candidates, bucket_candidates_array
from storylens.corpus.options import BuildOptions
from storylens.corpus.rows import core_id, draft_story
from storylens.corpus.synth import synth_corpus
from storylens.corpus.windows import WindowOptions, plan_windows, stitch
from storylens.engines.local import build as build_mod
from storylens.engines.local.build import build_groups, build_stories, duplicate_groups
from storylens.store import MemoryStore
from storylens.store.base import StoredArticle

DAY = 86400.0


def _store(*corpora) -> MemoryStore:
    store = MemoryStore()
    arts = [a for c in corpora for a in c]
    store.write_batch([
        StoredArticle(id=0, content_hash=f"h{n}", raw_key=f"k{n}", source=f"/crawl/{n // 100}.jsonl",
                      record_id=a.id, url=None, outlet=a.outlet, title=a.title, published=a.published,
                      author=None, raw_text=a.text, raw_html=None, clean_text=a.text, removed_json="[]",
                      blocks_json="[]", credits=())
        for n, a in enumerate(arts)
    ])
    return store


@pytest.fixture(scope="module")
def two_seasons() -> MemoryStore:
    """Spring and autumn of invented news, five months apart: exact windows exist."""
    spring = synth_corpus(n_stories=45, words=(70, 140), seed=21, start="2024-03-01T06:00:00")
    autumn = synth_corpus(n_stories=25, words=(70, 140), seed=22, start="2024-08-01T06:00:00")
    return _store(spring, autumn)


def _one_pass_stories(store: MemoryStore) -> list[tuple]:
    """The stories of the local path before it streamed: the whole corpus in one call."""
    group_of = {m.article_id: str(g.id) for g in store.groups() for m in g.members}
    refs, records = {}, []
    for ref, text in store.iter_clean():
        refs[ref.id] = ref
        records.append(StoryRecord(core_id(ref.id), text, ref.title, ref.published, group_of.get(ref.id)))
    members = defaultdict(list)
    for a in cluster_stories(records):
        members[a.story].append((int(a.id), a.centrality))
    drafts = sorted((draft_story((i, refs[i].title, refs[i].published, refs[i].source, None, c) for i, c in ids)
                     for ids in members.values()), key=lambda d: d.when)
    return [(n, d.label, d.article_ids, d.first_published, d.last_published) for n, d in enumerate(drafts, 1)]


def _stories(store: MemoryStore) -> list[tuple]:
    return [(s.id, s.label, s.article_ids, s.first_published, s.last_published) for s in store.stories()]


def test_streamed_groups_are_the_core_groups(two_seasons):
    records = [DedupRecord(core_id(r.id), t, r.published) for r, t in two_seasons.iter_clean()]
    expected = find_duplicate_groups(records)
    assert len(expected) > 40 and any(g.kind == "near" for g in expected) and any(g.kind == "exact" for g in expected)
    assert duplicate_groups(two_seasons) == expected


def test_streamed_groups_verify_in_batches(two_seasons, monkeypatch):
    """Pairs verified a few at a time (features recomputed per batch): the same groups."""
    expected = duplicate_groups(two_seasons)
    monkeypatch.setattr(build_mod, "_PAIR_BATCH", 7)
    monkeypatch.setattr(build_mod, "_BATCH", 50)
    assert duplicate_groups(two_seasons) == expected


def test_candidates_from_the_key_matrix_equal_the_bucket_dict():
    import numpy as np

    rng = np.random.default_rng(3)
    ids = np.sort(rng.choice(10**6, 2000, replace=False))
    keys = rng.integers(0, 300, size=(2000, 6))
    keys[7, 2] = keys[7, 0]  # a key twice for one document counts once
    expected = bucket_candidates({int(i): k.tolist() for i, k in zip(ids, keys, strict=True)}, max_bucket=30)
    got = bucket_candidates_array(ids, keys, max_bucket=30)
    assert expected.capped and got == expected
    assert bucket_candidates_array(ids[:0], keys[:0]).pairs == frozenset()


def _sizes(monkeypatch) -> list[int]:
    """Record how many records each call of the core's clustering is handed."""
    seen: list[int] = []
    real = build_mod.cluster_stories

    def spy(records, *args, **kwargs):
        seen.append(len(records))
        return real(records, *args, **kwargs)

    monkeypatch.setattr(build_mod, "cluster_stories", spy)
    return seen


def test_exact_windows_give_the_one_pass_stories(two_seasons, monkeypatch):
    build_groups(two_seasons)
    expected = _one_pass_stories(two_seasons)
    n = two_seasons.counts().articles
    seen = _sizes(monkeypatch)
    build_stories(two_seasons, BuildOptions(windows=WindowOptions(mode="exact")))
    assert _stories(two_seasons) == expected
    assert len(seen) >= 2 and max(seen) < n and sum(seen) == n  # one window at a time, each once


def test_auto_keeps_one_window_while_it_is_small(two_seasons, monkeypatch):
    build_groups(two_seasons)
    expected = _one_pass_stories(two_seasons)
    seen = _sizes(monkeypatch)
    build_stories(two_seasons)  # default: auto, 50,000 articles a window at most
    assert _stories(two_seasons) == expected and len(seen) >= 2


def test_windowed_holds_one_window_and_agrees_with_one_pass(two_seasons, monkeypatch):
    """News every few days: windows of 7 days, each handed to the core on its own."""
    build_groups(two_seasons)
    one = _one_pass_stories(two_seasons)
    n = two_seasons.counts().articles
    seen = _sizes(monkeypatch)
    build_stories(two_seasons, BuildOptions(windows=WindowOptions(mode="windowed", span_days=7)))
    win = _stories(two_seasons)
    assert len(seen) > 4 and max(seen) < n / 3
    assert sorted(a for s in win for a in s[2]) == list(range(1, n + 1))  # every article once
    pairs = [{p for s in st for p in itertools.combinations(sorted(s[2]), 2)} for st in (one, win)]
    both = len(pairs[0] & pairs[1])
    f1 = 2 * both / (len(pairs[0]) + len(pairs[1]))
    assert f1 >= 0.9, f1
    story_of = {a: s[0] for s in win for a in s[2]}
    for g in two_seasons.groups():  # duplicate groups stay in one story across window edges
        assert len({story_of[m.article_id] for m in g.members}) == 1, g


def test_auto_switches_to_windowed_over_the_window_limit():
    rows = [(i, i * 0.5 * DAY, None) for i in range(40)]  # news every 12 hours: one exact window
    assert plan_windows(rows, 3.0, "auto", 7.0, max_window=40).windows == 1
    auto = plan_windows(rows, 3.0, "auto", 7.0, max_window=39)
    assert auto == plan_windows(rows, 3.0, "windowed", 7.0) and auto.windows == 3


def test_stitch_joins_windows_through_overlap_articles():
    # window 0 owns 1, 2, 3 (stories 1 and 3); window 1 owns 4, 5 and re-reads 3 as overlap
    owned = [(1, 0, 1, 0.0, None), (2, 0, 1, DAY, None), (3, 0, 3, 2 * DAY, None),
             (4, 1, 3, 3 * DAY, None), (5, 1, 5, 4 * DAY, "g"), (6, 1, 6, 5 * DAY, "g")]
    context = [(3, 1, 3)]  # 3 is in story 3 of window 1 too: 3 and 4 are one story
    got = dict(stitch(owned, context))
    assert got == {1: 1, 2: 1, 3: 3, 4: 3, 5: 5, 6: 5}  # the group 5, 6 follows its earliest member
    # no overlap: each window's stories kept, named after their earliest article
    assert dict(stitch(owned, [])) == {1: 1, 2: 1, 3: 3, 4: 4, 5: 5, 6: 5}


def test_imported_spark_stories_are_current_only_for_the_same_windows():
    """``import`` keeps a Spark job's stories as built only when the local build (auto
    windows) would cut the same windows; otherwise ``stories`` rebuilds them."""
    from storylens.engines.spark.io import _stories_options

    store = _store(synth_corpus(n_stories=6, words=(60, 90), seed=5))
    defaults = BuildOptions()
    assert _stories_options(store, {"spark": {"stories": "exact", "window_span_days": 14.0}}, []) == defaults
    # the job's default: auto windows, planned as the local build plans them
    assert _stories_options(store, {"spark": {"stories": "auto", "window_span_days": 14.0}}, []) == defaults
    assert _stories_options(store, {"spark": {"stories": "auto", "window_span_days": 7.0}}, []) == defaults
    windowed = _stories_options(store, {"spark": {"stories": "windowed", "window_span_days": 14.0}}, [])
    assert windowed == BuildOptions(windows=WindowOptions(mode="windowed", span_days=14.0)) != defaults
