"""The store contract: both backends must behave the same (run against each)."""

from __future__ import annotations

import sqlite3

import pytest

from storylens.errors import StoreError
from storylens.store import (
    GroupMember,
    MemoryStore,
    SkippedRow,
    SQLiteStore,
    StoredArticle,
    StoredGroup,
    StoredStory,
    content_hash,
    open_store,
    raw_key,
)
from storylens.store.migrations import LATEST


@pytest.fixture(params=["sqlite", "memory"])
def store(request, tmp_path):
    s = SQLiteStore(tmp_path / "t.db") if request.param == "sqlite" else MemoryStore()
    yield s
    s.close()


def art(n: int, text: str | None = None, **kw) -> StoredArticle:
    """An invented article; the same ``n`` and text give the same content hash."""
    text = text or f"The Velmora harbour council voted {n} times on the invented ferry plan."
    source = kw.pop("source", f"/crawl/{n}.txt")
    url = kw.pop("url", None)
    return StoredArticle(
        content_hash=content_hash(text, source, url, None),
        raw_key=raw_key(source, None, url, None, text, None),
        source=source,
        outlet=kw.pop("outlet", f"Outlet {n % 3}"),
        clean_text=text,
        url=url,
        raw_text=text,
        **kw,
    )


def test_write_assigns_ids_in_order_and_ignores_repeats(store):
    assert store.write_batch([art(1), art(2)]) == (2, 0)
    assert store.write_batch([art(2), art(3)]) == (1, 0)
    assert [a.id for a in store.iter_articles(batch=2)] == [1, 2, 3]
    assert store.article(3).clean_text == art(3).clean_text
    assert store.counts().articles == 3


def test_round_trip_keeps_every_field(store):
    a = art(
        7, title="Ferry vote", published="2026-11-02", author="A. Writer", raw_html="<p>x</p>",
        record_id="r7", removed_json='[["Share this", "share", 0]]',
        blocks_json='[["paragraph", 0, 10]]', credits=("AP",),
    )
    store.write_batch([a])
    got = store.article(1)
    assert got == StoredArticle(**{**a.__dict__, "id": 1})


def test_same_text_from_two_sources_is_two_articles(store):
    text = "A wire story carried word for word by two invented outlets."
    a = art(1, text, source="/crawl/a.txt")
    b = art(2, text, source="/crawl/b.txt")
    c = art(3, "  A wire story carried word for word\nby two invented outlets. ", source="/crawl/a.txt")
    assert store.write_batch([a, b, c]) == (2, 0)  # c is a reflowed copy of a: same key


def test_url_is_the_identity_when_present():
    text = "Same page, crawled twice."
    assert content_hash(text, "/w1.warc:3", "https://x.example/p", None) == content_hash(
        text, "/w2.warc:9", "https://x.example/p", None
    )
    assert content_hash(text, "/f.jsonl:3", None, "id-1") == content_hash(text, "/f.jsonl:8", None, "id-1")
    assert content_hash(text, "/f.jsonl:3", None, None) != content_hash(text, "/f.jsonl:8", None, None)


def test_skipped_rows_keep_reason_and_are_not_repeated(store):
    rows = [
        SkippedRow("/crawl/bad.jsonl", "bad-json", "line 3 is not JSON", line=3, raw_key="k1"),
        SkippedRow("/crawl/empty.txt", "empty", "no article text left after cleaning"),
    ]
    assert store.write_batch([], rows) == (0, 2)
    assert store.write_batch([], rows) == (0, 0)
    assert list(store.iter_skipped()) == rows
    assert store.counts().skipped == 2


def test_known_raw_keys_covers_articles_and_skipped(store):
    a = art(1)
    store.write_batch([a], [SkippedRow("/x", "empty", "empty", raw_key="skipkey")])
    assert store.known_raw_keys([a.raw_key, "skipkey", "other"]) == {a.raw_key, "skipkey"}
    many = [f"k{i}" for i in range(1200)]  # more than one IN (...) chunk
    assert store.known_raw_keys(many + [a.raw_key]) == {a.raw_key}


def test_generation_moves_only_when_articles_are_added(store):
    g0 = store.counts().generation
    store.write_batch([art(1)])
    g1 = store.counts().generation
    store.write_batch([art(1)], [SkippedRow("/x", "empty", "empty")])
    assert g1 == g0 + 1 and store.counts().generation == g1


def test_groups_replace_and_read_back(store):
    store.write_batch([art(i) for i in range(1, 6)])
    g = StoredGroup(1, "near", 2, (GroupMember(2, 1.0), GroupMember(4, 0.9)), 0.9)
    store.replace_groups([g], "s1")
    assert store.groups() == [g] and store.build_state("groups_state") == "s1"
    store.replace_groups([], "s2")
    assert store.groups() == [] and store.build_state("groups_state") == "s2"
    assert store.build_state("stories_state") is None


def test_groups_refuse_unknown_articles(store):
    store.write_batch([art(1)])
    with pytest.raises(StoreError, match="cannot write to"):
        store.replace_groups([StoredGroup(1, "exact", 1, (GroupMember(1), GroupMember(99)), 1.0)], "x")
    assert store.groups() == []


def test_stories_since_and_lookup(store):
    store.write_batch([art(i) for i in range(1, 5)])
    s1 = StoredStory(1, "Ferry vote", (1, 2), "2026-10-01", "2026-10-03")
    s2 = StoredStory(2, "Harbour strike", (4, 3), "2026-11-01", "2026-11-05")
    s3 = StoredStory(3, "Undated", (1,), None, None)
    store.replace_stories([s1, s2, s3], "st")
    assert store.stories() == [s1, s2, s3]
    assert store.stories(since="2026-11-01") == [s2]
    assert store.story(2).article_ids == (4, 3)
    with pytest.raises(StoreError) as e:
        store.story(9)
    assert str(e.value) == f"no story 9 in {store.location} (stories are numbered 1 to 3)"


def test_missing_article_is_a_store_error(store):
    with pytest.raises(StoreError, match="no article 5 in"):
        store.article(5)
    store.write_batch([art(1)])
    with pytest.raises(StoreError, match="no article 2 in"):
        store.articles([1, 2])


def test_search_title_and_text(store):
    store.write_batch([art(1, "Lanterns over the invented river.", title="Festival"), art(2)])
    assert store.search("lanterns") == [1]
    assert store.search("festival") == [1]
    assert store.search("ferry") == [2]


# --- SQLite only: file format, versions, concurrency -------------------------------------


def test_sqlite_pragmas_and_version(tmp_path):
    path = tmp_path / "v.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("SELECT version FROM schema_version").fetchall() == [(LATEST,)]
    conn.close()
    s = SQLiteStore(path)  # reopening does not re-run migrations
    assert s._conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    s.close()


def test_sqlite_refuses_a_newer_schema(tmp_path):
    path = tmp_path / "new.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST + 1}")
    conn.close()
    with pytest.raises(StoreError) as e:
        SQLiteStore(path)
    assert str(e.value) == (
        f"{path} has schema version {LATEST + 1}, newer than this storylens understands "
        f"({LATEST}); upgrade storylens to open it"
    )


def test_missing_store_is_refused_when_not_creating(tmp_path):
    path = tmp_path / "none.db"
    with pytest.raises(StoreError) as e:
        open_store(path, create=False)
    assert str(e.value) == f"no article store at {path} (run 'storylens ingest PATH --db {path}' first)"
    assert not path.exists()


def test_not_a_database(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="is not a storylens article store"):
        SQLiteStore(path)


def test_two_connections_cooperate(tmp_path):
    path = tmp_path / "c.db"
    a, b = SQLiteStore(path), SQLiteStore(path)
    a.write_batch([art(1), art(2)])
    b.write_batch([art(2), art(3)])
    assert a.counts().articles == b.counts().articles == 3
    a.close()
    b.close()


def test_open_store_memory():
    assert isinstance(open_store(":memory:"), MemoryStore)


def test_refs_and_iter_clean(store):
    store.write_batch([art(1, title="One", published="2026-11-01"), art(2)])
    refs = store.refs([2, 1])
    assert [r.id for r in refs] == [2, 1]
    assert refs[1].title == "One" and refs[1].published == "2026-11-01"
    assert refs[0].source == "/crawl/2.txt"
    pairs = list(store.iter_clean(batch=1))
    assert [(r.id, t) for r, t in pairs] == [(1, art(1).clean_text), (2, art(2).clean_text)]
    with pytest.raises(StoreError, match="no article 3 in"):
        store.refs([3])
    by_id = store.clean_of([2, 1])  # one window's articles, in the order asked
    assert [(r.id, r.title, t) for r, t in by_id] == [(2, None, art(2).clean_text), (1, "One", art(1).clean_text)]
    with pytest.raises(StoreError, match="no article 3 in"):
        store.clean_of([1, 3])


def test_file_marks_match_on_size_and_mtime(store):
    from storylens.store import FileMark

    a = art(1)
    store.write_batch([a], [], [FileMark("/crawl/1.txt", 120, 1000, 1)])
    asked = [FileMark("/crawl/1.txt", 120, 1000), FileMark("/crawl/2.txt", 5, 5)]
    assert store.finished_files(asked) == {"/crawl/1.txt": 1}
    assert store.finished_files([FileMark("/crawl/1.txt", 121, 1000)]) == {}  # changed since
    store.write_batch([], [], [FileMark("/crawl/1.txt", 121, 2000, 3)])  # re-read: replaced
    assert store.finished_files([FileMark("/crawl/1.txt", 121, 2000)]) == {"/crawl/1.txt": 3}


def test_read_only_store_reads_and_refuses_writes(tmp_path):
    path = tmp_path / "ro.db"
    with SQLiteStore(path) as s:
        s.write_batch([art(1)])
    ro = open_store(path, read_only=True)
    assert ro.article(1).clean_text == art(1).clean_text
    with pytest.raises(StoreError, match=f"cannot write to {path}: the file or its folder is read-only \\(attempt to write a readonly database\\)"):
        ro.write_batch([art(2)])
    ro.close()
    with pytest.raises(StoreError, match="no article store at"):
        open_store(tmp_path / "none.db", read_only=True)


def test_read_only_refuses_an_older_schema(tmp_path):
    path = tmp_path / "old.db"
    SQLiteStore(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST - 1}")
    conn.close()
    if LATEST == 1:
        with pytest.raises(StoreError, match="not a storylens article store"):
            SQLiteStore(path, read_only=True)
    else:
        with pytest.raises(StoreError, match="older than this storylens reads"):
            SQLiteStore(path, read_only=True)


def test_search_index_holds_each_stored_article_once(tmp_path):
    s = SQLiteStore(tmp_path / "t.db")
    s.write_batch([art(1), art(2, "A quiet lighthouse keeper counted gulls.")])
    s.write_batch([art(2, "A quiet lighthouse keeper counted gulls."), art(3, "Gulls again, louder.")])
    s.close()
    conn = sqlite3.connect(tmp_path / "t.db")
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 3
    assert conn.execute(
        "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"
    ).fetchall() == []
    conn.close()
    with SQLiteStore(tmp_path / "t.db") as s:
        assert sorted(s.search("gulls")) == [2, 3]


def test_version_1_store_upgrades_and_stays_searchable(tmp_path):
    """A store written before batch indexing (version 1, per-row trigger) keeps its
    indexed rows, loses the trigger, and indexes new rows exactly once."""
    from storylens.store.migrations import MIGRATIONS, _statements

    path = tmp_path / "v1.db"
    conn = sqlite3.connect(path, isolation_level=None)
    for statement in _statements(MIGRATIONS[0]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    a = art(1, "The harbour ferry sailed at dawn.")
    conn.execute(
        "INSERT INTO articles (content_hash, raw_key, source, outlet, clean_text)"
        " VALUES (?,?,?,?,?)",
        (a.content_hash, a.raw_key, a.source, a.outlet, a.clean_text),
    )
    conn.close()
    with SQLiteStore(path) as s:
        assert s.write_batch([art(2, "A second ferry sailed at noon.")]) == (1, 0)
        assert sorted(s.search("ferry")) == [1, 2]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 2
    assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall() == []
    conn.close()


# --- the stories listing (the web UI's stories page) ----------------------------------------


def _listing(store) -> None:
    """Five invented stories: dated, undated, one per outlet mix, one ferry story."""
    texts = [
        ("The Velmora ferry council met on the harbour plan.", "Harbour Post", "2026-11-01T09:00"),
        ("Ferry crews in Velmora walked out at dawn.", "Coast Wire", "2026-11-03T10:00"),
        ("A new bridge toll was set by the Orland assembly.", "Harbour Post", "2026-11-03T10:00"),
        ("The Orland library reopened after the flood.", "Valley News", None),
        ("Velmora schools close early for the festival.", "Coast Wire", "2026-11-05T08:00"),
        ("Festival crowds filled Velmora's old square.", "Valley News", "2026-11-05T12:00"),
    ]
    store.write_batch([art(i, t, outlet=o, published=p) for i, (t, o, p) in enumerate(texts, 1)])
    store.replace_stories(
        [
            StoredStory(1, "ferry council", (1,), "2026-11-01T09:00", "2026-11-01T09:00"),
            StoredStory(2, "ferry strike", (2,), "2026-11-03T10:00", "2026-11-03T10:00"),
            StoredStory(3, "bridge toll", (3,), "2026-11-03T10:00", "2026-11-03T10:00"),
            StoredStory(4, "library", (4,), None, None),
            StoredStory(5, "festival", (5, 6), "2026-11-05T08:00", "2026-11-05T12:00"),
        ],
        "s1",
    )


def _ids(page) -> list[int]:
    return [s.id for s in page.stories]


def test_story_page_newest_first_with_counts_and_keyset_pages(store):
    from storylens.store import StoryQuery

    _listing(store)
    first = store.story_page(StoryQuery(limit=2))
    assert _ids(first) == [5, 3] and first.total_stories == 5 and first.next_cursor
    festival = first.stories[0]
    assert (festival.articles, festival.outlets) == (2, ("Coast Wire", "Valley News"))
    second = store.story_page(StoryQuery(limit=2, after=first.next_cursor))
    third = store.story_page(StoryQuery(limit=2, after=second.next_cursor))
    assert _ids(second) == [2, 1] and _ids(third) == [4] and third.next_cursor is None
    assert _ids(store.story_page(StoryQuery(after="not a cursor"))) == [5, 3, 2, 1, 4]


def test_story_page_filters(store):
    from storylens.store import StoryQuery

    _listing(store)
    assert _ids(store.story_page(StoryQuery(q="ferry"))) == [2, 1]
    assert _ids(store.story_page(StoryQuery(q="velmora fest"))) == [5]  # last word: a prefix
    assert _ids(store.story_page(StoryQuery(q='"NEAR" -*'))) == []  # no syntax, no error
    assert _ids(store.story_page(StoryQuery(outlet="Harbour Post"))) == [3, 1]
    assert _ids(store.story_page(StoryQuery(date_from="2026-11-03"))) == [5, 3, 2]
    assert _ids(store.story_page(StoryQuery(date_to="2026-11-03"))) == [3, 2, 1]


def test_story_page_min_articles(store):
    """Stories of 2+ articles, as 'storylens stories' lists them (the web page's default):
    the size filter, its count and its pages agree between both stores."""
    from storylens.store import StoryQuery

    _listing(store)
    two = store.story_page(StoryQuery(min_articles=2))
    assert _ids(two) == [5] and two.total_stories == 1 and two.next_cursor is None
    assert _ids(store.story_page(StoryQuery(min_articles=2, q="ferry"))) == []  # 1-article stories
    assert _ids(store.story_page(StoryQuery(min_articles=3))) == []
    every = store.story_page(StoryQuery(min_articles=1))
    assert _ids(every) == [5, 3, 2, 1, 4] and every.total_stories == 5


def test_story_outlets_and_listing_state(store):
    _listing(store)
    assert store.story_outlets() == ("Coast Wire", "Harbour Post", "Valley News")
    before = store.listing_state()
    store.replace_stories([StoredStory(1, "ferry council", (1,), None, None)], "s2")
    assert store.listing_state() != before
    assert store.story_outlets() == ("Harbour Post",)


# --- cached groups and stories follow the grouping rules, not only the articles -------------

_WIRE = (
    "The Velmora harbour council voted on Tuesday to close the old ferry pier for eighteen months"
    " while engineers replace the timber piles that divers found rotten in September. Commuters"
    " will board at a temporary pontoon near the fish market, the council said, and the crossing"
    " to Ostrel Island will take about ten minutes longer during the works."
)
_WIRE_COPY = _WIRE.replace("on Tuesday", "late on Tuesday") + " Tickets keep their prices."
_OTHER = (
    "Rain flooded three streets in the old quarter of Branwick overnight, and the fire service"
    " pumped water out of twelve cellars before dawn. The town's drains were last widened in 1962,"
    " a town engineer said, and a study of new storm channels is due in the spring."
)


def _grouping_store(store):
    store.write_batch([
        art(1, _WIRE, title="Velmora closes ferry pier for repairs", published="2026-11-03"),
        art(2, _WIRE_COPY, title="Velmora ferry pier to close", published="2026-11-03"),
        art(3, _OTHER, title="Floods in Branwick old quarter", published="2026-11-04"),
    ])


@pytest.fixture
def counted(monkeypatch):
    """How often the build ran the duplicate finder and the story clustering."""
    from storylens.engines.local import build

    calls = {"groups": 0, "stories": 0}
    groups, stories = build.duplicate_groups, build.cluster_stories

    def count_groups(*a, **k):
        calls["groups"] += 1
        return groups(*a, **k)

    def count_stories(*a, **k):
        calls["stories"] += 1
        return stories(*a, **k)

    monkeypatch.setattr(build, "duplicate_groups", count_groups)
    monkeypatch.setattr(build, "cluster_stories", count_stories)
    return calls


def test_same_rules_reuse_the_stored_groups_and_stories(store, counted):
    from storylens.engines.local.build import ensure_groups, ensure_stories

    _grouping_store(store)
    assert ensure_stories(store).built and counted == {"groups": 1, "stories": 1}
    listing = store.listing_state()
    # near miss of the test below: nothing changed, so nothing is recomputed
    assert not ensure_groups(store).built and not ensure_stories(store).built
    assert counted == {"groups": 1, "stories": 1} and store.listing_state() == listing


def test_other_grouping_rules_recompute_groups_and_stories(store, counted, monkeypatch):
    from storylens.engines.local import build

    _grouping_store(store)
    build.ensure_stories(store)
    groups, stories, listing = store.groups(), store.stories(), store.listing_state()
    assert [sorted(m.article_id for m in g.members) for g in groups] == [[1, 2]]
    assert sorted(a for s in stories for a in s.article_ids) == [1, 2, 3]
    # an upgraded storylens: same articles, same options, other rules
    monkeypatch.setattr(build, "rules_fingerprint", lambda: "0.1.1+0123456789ab")
    assert build.ensure_groups(store).built and build.ensure_stories(store).built
    assert counted == {"groups": 2, "stories": 2}
    assert "rules=0.1.1+0123456789ab" in store.build_state("groups_state")
    assert "rules=0.1.1+0123456789ab" in store.build_state("stories_state")
    assert store.listing_state() != listing  # the web's listing cache lets go of the old one
    assert store.groups() == groups and store.stories() == stories  # same code, same result
    assert not build.ensure_stories(store).built and counted == {"groups": 2, "stories": 2}


def test_a_store_built_before_the_fingerprint_is_regrouped_by_a_read(tmp_path):
    """A store whose groups an older storylens wrote (its state had no rules part) gets
    the current groups from ``duplicates`` / ``stories``, without any new article."""
    from storylens.corpus.options import BuildOptions
    from storylens.engines.local.build import duplicate_report, story_report

    db = tmp_path / "old.db"
    with SQLiteStore(db) as s:
        _grouping_store(s)
        old = f"gen={s.counts().generation};{BuildOptions().dedup!r}"  # the old format
        s.replace_groups([], old)  # the old rules found no copy
        s.replace_stories([StoredStory(1, "everything", (1, 2, 3), None, None)], f"{old};old")
    with open_store(db, create=False) as s:
        assert [sorted(a["id"] for a in g["articles"]) for g in duplicate_report(s)["groups"]] == [[1, 2]]
        got = [(st["label"], [a["id"] for a in st["articles"]]) for st in story_report(s)["stories"]]
    with MemoryStore() as fresh:  # what this storylens builds from the same articles
        _grouping_store(fresh)
        assert got == [(st["label"], [a["id"] for a in st["articles"]]) for st in story_report(fresh)["stories"]]
    assert "everything" not in [label for label, _ in got]  # not the old build's story
