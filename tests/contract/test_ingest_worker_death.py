"""A cleaning worker that dies (SIGKILL, the OOM killer) costs one skip row, not the run.

The workers are forked from the test process with ``clean_record`` replaced by one that
SIGKILLs its own worker on a marked input (``POISON``: every time; ``FLAKY``: the first
time only). The run must go on with a new pool, store every other input in order, give
the input that killed a worker twice when cleaned alone a ``worker-died`` row, and a re-run must move past
it instead of dying on it again.

Invented corpus: ferry crossings to the fictional island of Vella.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import signal

import pytest

from storylens.corpus import record
from storylens.engines.local import ingest as ingest_mod
from storylens.engines.local.ingest import IngestOptions, ingest
from storylens.store import open_store

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork to patch the workers"
)

TEXT = (
    "The ferry to Vella Island made {n} crossings on Sunday after the storm passed, the "
    "harbour office said, and the morning boat left on time for the first day in a week.\n\n"
    "Harbour master Ilse Marrow said the quay lights were repaired overnight ({n})."
)


@pytest.fixture
def killing_workers(monkeypatch, tmp_path):
    """Workers forked from here, whose cleaning SIGKILLs them on POISON (always) and on
    FLAKY (while the flag file exists: once). Returns the flag file."""
    flag = tmp_path / "flaky-flag"
    flag.touch()
    real = record.clean_record

    def clean(raw, options):
        text = raw.text or ""
        if "POISON" in text:
            os.kill(os.getpid(), signal.SIGKILL)
        if "FLAKY" in text and flag.exists():
            flag.unlink()
            os.kill(os.getpid(), signal.SIGKILL)
        return real(raw, options)

    monkeypatch.setattr(ingest_mod, "_mp_context", lambda: multiprocessing.get_context("fork"))
    monkeypatch.setattr(ingest_mod, "clean_record", clean)  # whole small files
    monkeypatch.setattr(record, "clean_record", clean)  # records of streamed files
    return flag


def _texts(n: int) -> list[str]:
    out = [TEXT.format(n=i + 10) for i in range(n)]
    out[5] += " POISON"
    out[9] += " FLAKY"
    return out


def test_a_file_that_kills_its_worker_is_skipped_and_the_run_goes_on(tmp_path, killing_workers):
    folder = tmp_path / "in"
    folder.mkdir()
    for i, text in enumerate(_texts(16)):
        (folder / f"a{i:02d}.txt").write_text(text)
    db = tmp_path / "news.db"
    run = IngestOptions(workers=2, chunk_size=3)
    with open_store(db) as store:
        first = ingest([folder], store, run=run)
        rows = list(store.iter_skipped())
        sources = [a.source for a in store.iter_articles()]
    assert first.skipped == {"worker-died": 1}
    assert first.ingested == 15  # the FLAKY file was stored when cleaned again, alone
    assert [(r.source, r.reason) for r in rows] == [(str(folder / "a05.txt"), "worker-died")]
    assert "twice" in rows[0].message
    # every other file, in input order (ids follow the input)
    assert sources == [str(folder / f"a{i:02d}.txt") for i in range(16) if i != 5]
    assert not killing_workers.exists()  # FLAKY did kill one worker

    killing_workers.touch()  # FLAKY would kill again: it must not be cleaned again
    with open_store(db) as store:
        again = ingest([folder], store, run=run)
        counts = store.counts()
    assert again.ingested == 0 and again.skipped == {}
    assert again.already_stored == 16
    assert counts.articles == 15 and counts.skipped == 1


def test_a_record_that_kills_its_worker_is_skipped_and_a_rerun_moves_past(tmp_path, killing_workers):
    path = tmp_path / "crawl.jsonl"
    lines = [json.dumps({"id": f"r{i}", "text": t, "outlet": "Vella Post"}) for i, t in enumerate(_texts(30))]
    path.write_text("\n".join(lines) + "\n")
    db = tmp_path / "news.db"
    run = IngestOptions(workers=2, chunk_size=4, small_file=0)  # streamed: record tasks
    with open_store(db) as store:
        first = ingest([path], store, run=run)
        assert first.skipped == {"worker-died": 1}
        assert first.ingested == 29
        rows = list(store.iter_skipped())
        ids = [a.record_id for a in store.iter_articles()]
    assert [(r.source, r.reason) for r in rows] == [(f"{path}:6", "worker-died")]
    assert rows[0].raw_key  # keyed: a re-run recognises it
    assert ids == [f"r{i}" for i in range(30) if i != 5]

    killing_workers.touch()
    os.utime(path, (1, 1))  # the file looks changed: every record is looked up again
    with open_store(db) as store:
        again = ingest([path], store, run=run)
        counts = store.counts()
    assert again.ingested == 0 and again.skipped == {}
    assert again.already_stored == 30
    assert counts.articles == 29 and counts.skipped == 1
