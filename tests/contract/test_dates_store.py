"""Both stores keep the normalised date beside the raw one, and the reason when it is unusable."""

from __future__ import annotations

import json

import pytest

from storylens.engines.local.ingest import IngestOptions, ingest
from storylens.store import MemoryStore, SQLiteStore, StoredArticle, content_hash, raw_key


@pytest.fixture(params=["sqlite", "memory"])
def store(request, tmp_path):
    s = SQLiteStore(tmp_path / "t.db") if request.param == "sqlite" else MemoryStore()
    yield s
    s.close()


def test_store_round_trips_the_date_columns(store):
    text = "The Velmora harbour council voted on the invented ferry plan."
    a = StoredArticle(
        content_hash=content_hash(text, "/x.txt", None, None), raw_key=raw_key("/x.txt", None, None, None, text, None),
        source="/x.txt", outlet="Velmora Post", clean_text=text, published="2020-01-01T11:59:44Z",
        published_raw="Wed, 01 Jan 2020 17:29:44 +0530", published_issue=None,
    )
    store.write_batch([a], [], [])
    (got,) = list(store.iter_articles())
    assert (got.published, got.published_raw, got.published_issue) == (
        "2020-01-01T11:59:44Z", "Wed, 01 Jan 2020 17:29:44 +0530", None)


def test_ingest_normalises_flags_and_never_crashes_on_dates(store, tmp_path):
    rows = [
        ("Wed, 01 Jan 2020 17:29:44 +0530", "2020-01-01T11:59:44Z", None),
        ("20191231T14:37:29Z", "2019-12-31T14:37:29Z", None),
        ("20200101", "2020-01-01T00:00:00Z", None),
        ("2091-01-01", None, "future"),
        ("1985-06-01", None, "before-1990"),
        # no day in it: the reader drops it with a 'repaired' row (tests/unit/test_record_dates.py)
        ("the day after the storm", None, None),
        (None, None, None),
    ]
    path = tmp_path / "feed.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for n, (raw, _, _) in enumerate(rows):
            rec = {"id": f"r{n}", "title": f"Kesh ferry vote {n}", "published": raw,
                   "text": f"Council members in Kesh voted {n} times on the invented ferry plan, officials said."}
            f.write(json.dumps(rec) + "\n")
    summary = ingest([path], store, run=IngestOptions(workers=1))
    assert summary.ingested == len(rows)
    got = {a.record_id: a for a in store.iter_articles()}
    for n, (raw, utc, issue) in enumerate(rows):
        a = got[f"r{n}"]
        kept = None if raw == "the day after the storm" else raw
        assert (a.published_raw, a.published, a.published_issue) == (kept, utc, issue), n
    assert summary.skipped == {"repaired": 1}
