"""Ingest: idempotent re-runs, skipped rows with reasons, identity, worker parity.

Every article here is invented (``storylens.corpus.synth``); nothing real is copied in.
:func:`support.write_corpus` is shared with ``test_ingest_crash.py`` and ``test_corpus_cli.py``.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from support import add_bad_inputs, write_corpus

from storylens.engines.local.ingest import IngestOptions, ingest
from storylens.errors import InputError
from storylens.store import MemoryStore, SQLiteStore

INLINE = IngestOptions(workers=1, chunk_size=16, batch_size=10)


@pytest.fixture
def corpus(tmp_path):
    root = tmp_path / "crawl"
    arts = write_corpus(root)
    return root, arts


def test_ingest_stores_every_article_with_its_identity(corpus):
    root, arts = corpus
    store = MemoryStore()
    summary = ingest([root], store, run=INLINE)
    assert summary.ingested == len(arts) == store.counts().articles
    assert summary.skipped == {} and summary.duplicates == 0 and summary.already_stored == 0
    stored = list(store.iter_articles())
    from_jsonl = [a for a in stored if a.record_id]
    assert from_jsonl and all(a.source.startswith(str(root / "feed.jsonl") + ":") for a in from_jsonl)
    first = from_jsonl[0]
    assert (first.record_id, first.outlet, first.published_raw) == (arts[0].id, arts[0].outlet, arts[0].published)
    assert first.published == arts[0].published + "Z" and first.published_issue is None  # naive = UTC
    assert first.raw_text == arts[0].text  # raw input kept beside the clean text
    assert first.clean_text.strip()
    txt = [a for a in stored if a.source.endswith(".txt")]
    assert txt and all(Path(a.source).is_absolute() for a in txt)


def test_relative_and_absolute_paths_are_the_same_input(corpus, monkeypatch):
    root, arts = corpus
    store = MemoryStore()
    ingest([root], store, run=INLINE)
    monkeypatch.chdir(root.parent)
    again = ingest([Path(root.name)], store, run=INLINE)
    assert again.ingested == 0 and again.already_stored == len(arts)


def test_reingest_is_a_no_op(corpus, tmp_path):
    root, arts = corpus
    store = SQLiteStore(tmp_path / "news.db")
    ingest([root], store, run=INLINE)
    before = store.counts()
    rows = [(a.id, a.content_hash) for a in store.iter_articles()]
    again = ingest([root], store, run=INLINE)
    assert again.ingested == 0 and again.already_stored == len(arts) and again.duplicates == 0
    assert store.counts() == before  # generation unchanged too: builds stay up to date
    assert [(a.id, a.content_hash) for a in store.iter_articles()] == rows
    store.close()


def test_skipped_inputs_are_stored_with_reasons(corpus):
    root, arts = corpus
    add_bad_inputs(root)
    store = MemoryStore()
    summary = ingest([root], store, run=INLINE)
    assert summary.ingested == len(arts)
    assert summary.skipped == {"empty": 1, "binary": 1, "bad-json": 1}
    rows = {r.reason: r for r in store.iter_skipped()}
    assert set(rows) == {"empty", "binary", "bad-json"}
    assert rows["bad-json"].source.startswith(str(root / "feed.jsonl"))
    assert rows["bad-json"].line == len([a for a in arts]) // 2 + 1
    assert rows["binary"].message.startswith("not a text file")
    again = ingest([root], store, run=INLINE)
    assert store.counts().skipped == 3  # stored once
    # Files of skips only are read (and reported) again; feed.jsonl is finished, so its
    # bad line is not re-read: its row is already in the store.
    assert again.skipped == {"empty": 1, "binary": 1}


def test_article_that_cleans_to_nothing_is_skipped_once(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / "junk.txt").write_text("Advertisement\n\nAdvertisement\n", encoding="utf-8")
    store = MemoryStore()
    first = ingest([root], store, run=INLINE)
    assert first.ingested == 0 and first.skipped_total == 1
    (row,) = list(store.iter_skipped())
    assert row.raw_key  # a cleaner skip remembers its raw input...
    again = ingest([root], store, run=INLINE)
    assert again.already_stored == 1 and again.skipped_total == 0  # ...so it is not re-cleaned


def test_same_record_twice_is_a_duplicate_by_hash(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    rec = {"id": "r1", "outlet": "Invented Post", "title": "Harbour vote",
           "text": "The invented harbour council of Velmora voted on Tuesday to close the old ferry pier."}
    # Another raw input (a widget line the cleaner drops), the same clean article.
    other = dict(rec, text=rec["text"] + "\n\nAdvertisement\n")
    (root / "a.jsonl").write_text(json.dumps(rec) + "\n" + json.dumps(other) + "\n", encoding="utf-8")
    store = MemoryStore()
    summary = ingest([root], store, run=INLINE)
    assert (summary.ingested, summary.duplicates) == (1, 1)


def test_worker_pool_gives_the_same_store_as_inline(corpus, tmp_path):
    root, arts = corpus
    add_bad_inputs(root)
    a = SQLiteStore(tmp_path / "a.db")
    b = SQLiteStore(tmp_path / "b.db")
    sa = ingest([root], a, run=INLINE)
    sb = ingest([root], b, run=IngestOptions(workers=2, chunk_size=7, batch_size=9))
    assert (sa.ingested, sa.skipped) == (sb.ingested, sb.skipped)
    assert sb.workers == 2
    assert list(a.iter_articles()) == list(b.iter_articles())  # same ids, same order
    assert list(a.iter_skipped()) == list(b.iter_skipped())
    a.close()
    b.close()


def test_progress_is_reported(corpus):
    root, arts = corpus
    seen = []
    ingest([root], MemoryStore(), run=INLINE, progress=seen.append)
    assert seen and seen[-1].read == len(arts) and seen[-1].ingested == len(arts)
    assert [p.read for p in seen] == sorted(p.read for p in seen)


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError) as e:
        ingest([tmp_path / "nope"], MemoryStore(), run=INLINE)
    assert str(e.value) == f"{tmp_path / 'nope'}: no such file or directory"


def test_fts_finds_ingested_articles(corpus, tmp_path):
    root, arts = corpus
    store = SQLiteStore(tmp_path / "news.db")
    ingest([root], store, run=INLINE)
    word = arts[0].title.split()[0].lower()
    hits = store.search(word, limit=100)
    assert hits and any(store.article(h).record_id == arts[0].id for h in hits)
    store.close()


def test_streamed_files_give_the_same_store(corpus, tmp_path):
    """Files over ``small_file`` are streamed by this process instead of a worker."""
    root, arts = corpus
    add_bad_inputs(root)
    a = SQLiteStore(tmp_path / "a.db")
    b = SQLiteStore(tmp_path / "b.db")
    ingest([root], a, run=INLINE)
    streamed = IngestOptions(workers=2, chunk_size=5, batch_size=7, small_file=0)
    sb = ingest([root], b, run=streamed)
    assert list(a.iter_articles()) == list(b.iter_articles())
    assert sorted(a.iter_skipped(), key=repr) == sorted(b.iter_skipped(), key=repr)
    again = ingest([root], b, run=streamed)  # finished streamed files are not re-read
    assert again.already_stored == sb.ingested and again.ingested == 0
    a.close()
    b.close()


def test_touched_and_edited_files(corpus):
    root, arts = corpus
    store = MemoryStore()
    ingest([root], store, run=INLINE)
    page = sorted((root / "pages").iterdir())[0]
    st = page.stat()
    os.utime(page, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # touched, same bytes
    touched = ingest([root], store, run=INLINE)
    assert (touched.ingested, touched.duplicates, touched.already_stored) == (0, 0, len(arts))
    page.write_text(page.read_text(encoding="utf-8") + "\nA late paragraph the invented desk added.\n",
                    encoding="utf-8")
    edited = ingest([root], store, run=INLINE)
    assert (edited.ingested, edited.already_stored) == (1, len(arts) - 1)  # a second version
    assert store.counts().articles == len(arts) + 1


def test_walk_matches_the_readers_order(tmp_path):
    from storylens.engines.local.ingest import _walk

    for rel in ["b.txt", "a.txt", "a/z.txt", "a/b/c.txt", "a-b.txt", "A.txt", ".hidden/x.txt",
                "a/.h.txt", "c/d.jsonl", "ab/x.txt"]:
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("x", encoding="utf-8")
    expected = [
        c for c in sorted(tmp_path.rglob("*"))
        if c.is_file() and not any(part.startswith(".") for part in c.relative_to(tmp_path).parts)
    ]
    assert list(_walk(tmp_path)) == expected
    assert list(_walk(tmp_path / "b.txt")) == [tmp_path / "b.txt"]


def test_a_worker_that_dies_on_every_file_costs_one_row_per_file(corpus, monkeypatch):
    # tests/contract/test_ingest_worker_death.py covers one bad input among good ones
    from storylens.engines.local import ingest as ingest_mod

    root, _arts = corpus
    files = sorted(p for p in root.rglob("*") if p.is_file())[:3]  # each costs 2 new workers
    monkeypatch.setattr(ingest_mod, "_read_and_clean", _die)
    store = MemoryStore()
    summary = ingest(files, store, run=IngestOptions(workers=2, chunk_size=2))
    assert summary.ingested == 0
    assert summary.skipped == {"worker-died": len(files)}
    assert sorted(r.source for r in store.iter_skipped()) == [str(p) for p in files]


def _die(marks, options):
    os._exit(9)


def test_files_of_other_types_in_a_folder_are_skipped_as_unsupported(corpus):
    """As `compare DIR/` does: a script or image beside the articles is not an article."""
    root, arts = corpus
    (root / "notes.py").write_text("print('not news')\n", encoding="utf-8")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    store = MemoryStore()
    summary = ingest([root], store, run=INLINE)
    assert summary.ingested == len(arts)
    assert summary.skipped == {"unsupported": 2}
    rows = sorted(store.iter_skipped(), key=lambda r: r.source)
    assert [Path(r.source).name for r in rows] == ["notes.py", "photo.png"]
    assert rows[0].message == "not an article file type (.py); name the file itself to read it anyway"
    named = ingest([root / "notes.py"], MemoryStore(), run=INLINE)  # named: read as text
    assert named.ingested == 1
