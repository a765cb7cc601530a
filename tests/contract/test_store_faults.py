"""Faults around the store and the files storylens writes: foreign, damaged and
future-schema databases, a full disk (a small file-size limit, which SQLite reports as
SQLITE_FULL), exports over old exports and symlinks, and malformed Spark outputs for
``import``. Each ends in one ``error:`` line (no traceback) and loses or doubles nothing.

Invented corpus: a bridge repair in the fictional river town of Marrowby.
"""

from __future__ import annotations

import json
import resource
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from storylens.cli.corpus import register
from storylens.corpus.fingerprint import rules_fingerprint
from storylens.corpus.options import BuildOptions
from storylens.errors import StoreError
from storylens.store import open_store
from storylens.store.base import StoredArticle
from storylens.store.memory import MemoryStore

TEXT = (
    "Marrowby council closed the old stone bridge on Friday after engineers found cracks in "
    "two of its arches, diverting about 9,000 drivers a day through the ring road.\n\n"
    "Works director Sefton Hale said repairs would take at least eleven weeks."
)


def _app() -> click.Group:
    app = click.Group("storylens")
    register(app)
    from storylens.cli.spark import register as reg_spark

    reg_spark(app)
    return app


APP = _app()


def invoke(*args):
    return CliRunner().invoke(APP, [str(a) for a in args])


def corpus(folder: Path, n: int = 12) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"a{i:02d}.txt").write_text(TEXT.replace("Friday", f"day {i}") + f" Report {i}.")
    return folder


def _one_error_line(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith("error: "), result.stderr
    return lines[-1]


# --- databases that are not storylens's --------------------------------------------------


@pytest.mark.parametrize("cmd", [["stories"], ["duplicates"], ["ingest", "CORPUS"], ["export", "OUT"]])
def test_a_foreign_sqlite_file_is_refused_and_left_untouched(tmp_path, cmd):
    db = tmp_path / "accounts.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO customers (name) VALUES ('Marrowby Ferries Ltd')")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    args = [str(corpus(tmp_path / "c")) if a == "CORPUS" else str(tmp_path / "out") if a == "OUT" else a for a in cmd]
    line = _one_error_line(invoke(*args, "--db", db))
    assert line == (f"error: {db} is not a storylens article store (it holds other tables: customers);"
                    " storylens leaves it untouched. Pass another --db")
    assert db.read_bytes() == before and not Path(f"{db}-wal").exists()


def test_a_future_schema_is_named_without_a_command_that_does_not_exist(tmp_path):
    db = tmp_path / "news.db"
    open_store(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 7")
    conn.close()
    for ro in (False, True):
        with pytest.raises(StoreError) as e:
            open_store(db, create=False, read_only=ro)
        assert "newer than this storylens understands" in str(e.value) and "build" not in str(e.value)


def _damage(db: Path) -> None:
    """Overwrite a page in the middle of the file (not the header) with junk."""
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    size = db.stat().st_size
    with db.open("r+b") as f:
        f.seek(max(page * 2, (size // page // 2) * page))
        f.write(b"\xa5Marrowby junk\x00" * (page // 15))


def test_a_damaged_store_is_not_written_into(tmp_path):
    db = tmp_path / "news.db"
    assert invoke("ingest", corpus(tmp_path / "c", 60), "--db", db, "-w", "1", "-q").exit_code == 0
    _damage(db)
    line = _one_error_line(invoke("ingest", corpus(tmp_path / "more", 3), "--db", db, "-w", "1", "-q"))
    assert "is damaged" in line and "nothing was written" in line
    for cmd in (["stories"], ["duplicates"], ["story", "1"]):
        _one_error_line(invoke(*cmd, "--db", db))  # a line, never a traceback or article text


def test_atomic_writes_all_or_nothing_on_both_backends(tmp_path):
    for store in (MemoryStore(), open_store(tmp_path / "a.db")):
        with pytest.raises(RuntimeError):
            with store.atomic():
                store.write_batch([StoredArticle("h1", "k1", "s1", "Marrowby Mail", TEXT)])
                raise RuntimeError("crash mid-import")
        assert store.counts().articles == 0
        with store.atomic():
            store.write_batch([StoredArticle("h1", "k1", "s1", "Marrowby Mail", TEXT)])
        assert store.counts().articles == 1
        store.close() if hasattr(store, "close") else None


# --- a full disk: RLIMIT_FSIZE makes every write past the limit fail with EFBIG -------------


def _run_limited(limit: int, *args: str) -> subprocess.CompletedProcess:
    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [sys.executable, "-c", "from storylens.cli.main import main; main()", *args],
        capture_output=True, text=True, timeout=300, preexec_fn=limit_files,
    )


def _db_articles(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT source FROM articles ORDER BY id")]
    finally:
        conn.close()


def test_full_disk_during_ingest_is_one_line_and_a_rerun_completes(tmp_path):
    folder = tmp_path / "c"
    for i in range(40):  # ~40 KB each: the store outgrows 2.5 MB mid-run
        (folder / f"a{i:02d}.txt").parent.mkdir(exist_ok=True)
        (folder / f"a{i:02d}.txt").write_text((TEXT + f" Report {i}.\n\n") * 150)
    db = tmp_path / "news.db"
    r = _run_limited(2_500_000, "ingest", str(folder), "--db", str(db), "-w", "1", "--batch-size", "5", "-q")
    assert r.returncode == 1 and "Traceback" not in r.stderr, r.stderr
    # EFBIG from the size limit is an I/O error to SQLite (a real ENOSPC is SQLITE_FULL)
    assert r.stderr.startswith("error: cannot write to ") and "I/O error" in r.stderr, r.stderr
    stored = _db_articles(db)
    assert 0 < len(stored) < 40
    again = _run_limited(10**9, "ingest", str(folder), "--db", str(db), "-w", "1", "-q")
    assert again.returncode == 0, again.stderr
    after = _db_articles(db)
    assert len(after) == 40 == len(set(after)) and after[: len(stored)] == stored


def test_full_disk_during_export_keeps_the_old_export_and_leaves_no_cut_file(tmp_path):
    db = tmp_path / "news.db"
    assert invoke("ingest", corpus(tmp_path / "c", 30), "--db", db, "-w", "1", "-q").exit_code == 0
    out = tmp_path / "out"
    assert invoke("export", out, "--db", db, "-f", "jsonl").exit_code == 0
    old = {p.name: p.read_bytes() for p in out.iterdir()}
    r = _run_limited(20_000, "export", str(out), "--db", str(db), "-f", "jsonl", "--overwrite")
    assert r.returncode == 1 and r.stderr.startswith("error: ") and "Traceback" not in r.stderr, r.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == old
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c", "news.db", "news.db-shm", "news.db-wal", "out"] or \
        not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]


def test_sqlite_full_is_reported_as_a_full_disk_and_loses_no_batch(tmp_path):
    from storylens.engines.local.ingest import IngestOptions, ingest

    folder = tmp_path / "c"
    for i in range(30):
        (folder / f"a{i:02d}.txt").parent.mkdir(exist_ok=True)
        (folder / f"a{i:02d}.txt").write_text((TEXT + f" Report {i}.\n\n") * 60)
    db = tmp_path / "news.db"
    with open_store(db) as store:
        store._conn.execute("PRAGMA max_page_count = 60")  # SQLite answers SQLITE_FULL past it
        with pytest.raises(StoreError, match="the disk is full"):
            ingest([folder], store, None, IngestOptions(workers=1, batch_size=4))
        partial = store.counts().articles
    assert 0 < partial < 30 and partial % 4 == 0  # whole batches only
    with open_store(db) as store:
        ingest([folder], store, None, IngestOptions(workers=1))
        assert store.counts().articles == 30


# --- export ------------------------------------------------------------------------------


def test_export_refuses_an_existing_target_without_overwrite_and_never_follows_links(tmp_path):
    db = tmp_path / "news.db"
    assert invoke("ingest", corpus(tmp_path / "c", 5), "--db", db, "-w", "1", "-q").exit_code == 0
    out = tmp_path / "out"
    assert invoke("export", out, "--db", db, "-f", "jsonl").exit_code == 0
    first = (out / "articles.jsonl").read_bytes()
    line = _one_error_line(invoke("export", out, "--db", db, "-f", "jsonl"))
    assert line.startswith(f"error: {out} already exists; pass --overwrite")
    assert invoke("export", out, "--db", db, "-f", "jsonl", "--overwrite").exit_code == 0
    assert (out / "articles.jsonl").read_bytes() == first
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".out.")]
    victim = tmp_path / "victim.txt"
    victim.write_text("Marrowby council minutes, not to be overwritten.")
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "elsewhere")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "articles.jsonl").symlink_to(victim)
    for flags in ([], ["--overwrite"]):
        line = _one_error_line(invoke("export", link, "--db", db, "-f", "jsonl", *flags))
        assert "is a symlink" in line
    assert victim.read_text() == "Marrowby council minutes, not to be overwritten."


def test_html_report_to_a_missing_folder_fails_before_the_work(tmp_path):
    from storylens.cli.main import app

    r = CliRunner().invoke(app, ["demo", "--html", str(tmp_path / "no" / "such" / "r.html")])
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert "no folder" in r.stderr and "storylens" not in r.stdout


# --- import of malformed Spark output ----------------------------------------------------


def _spark_output(out: Path, mutate=None) -> Path:
    """A valid Spark output of 3 articles, 1 group, 1 story, 1 skip, built with pyarrow."""
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    from storylens.engines.spark.io import ARTICLE_COLUMNS
    from storylens.store.base import content_hash

    arts = []
    for i in (1, 2, 3):
        text = TEXT + f" Update {i}."
        arts.append({
            "id": i, "content_hash": content_hash(text, f"/m/{i}.txt", None, None), "raw_key": f"rk{i}",
            "source": f"/m/{i}.txt", "record_id": None, "url": None, "outlet": "Marrowby Mail",
            "title": f"Bridge closed {i}", "published": f"2025-04-0{i}", "author": None,
            "clean_text": text, "raw_text": text, "raw_html": None, "removed_json": "[]",
            "blocks_json": "[]", "credits": [], "skip_reason": None, "skip_message": None, "skip_line": None,
        })
    arts.append({c: None for c in ARTICLE_COLUMNS} | {"source": "/m/x.bin", "skip_reason": "binary",
                                                       "skip_message": "not a text file", "raw_key": "rkx"})
    groups = [{"group_id": 1, "kind": "near", "canonical": 1, "group_similarity": 0.9, "article_id": a,
               "similarity": 1.0 if a == 1 else 0.9, "position": p} for p, a in enumerate((1, 2))]
    stories = [{"story_id": 1, "label": "bridge closed", "first_published": "2025-04-01",
                "last_published": "2025-04-03", "article_id": a, "position": p} for p, a in enumerate((1, 2, 3))]
    tables = {"articles": arts, "groups": groups, "stories": stories}
    if mutate:
        mutate(tables)
    for name, rows in tables.items():
        (out / name).mkdir(parents=True)
        pq.write_table(pa.Table.from_pylist(rows), out / name / "part-0.parquet")
    (out / "_storylens.json").write_text(json.dumps({"options": {}}))
    return out


def _set(table, row, col, value):
    def m(t):
        t[table][row][col] = value
    return m


def _drop(table, col):
    def m(t):
        for r in t[table]:
            r.pop(col)
    return m


BAD_OUTPUTS = {
    "null clean_text": (_set("articles", 1, "clean_text", None), "articles row 2: clean_text is NULL"),
    "null content_hash": (_set("articles", 0, "content_hash", None), "articles row 1: content_hash is NULL"),
    "null outlet": (_set("articles", 2, "outlet", None), "articles row 3: outlet is NULL"),
    "id as text": (lambda t: [r.update(id=str(r["id"])) for r in t["articles"]], "articles row 1: id is str"),
    "duplicate id": (_set("articles", 1, "id", 1), "id 1 appears twice"),
    "kind unknown": (_set("groups", 0, "kind", "fuzzy"), "groups row 1: kind 'fuzzy'"),
    "member unknown": (_set("stories", 2, "article_id", 99), "stories row 3: article_id 99 is no article"),
    "no column": (_drop("stories", "label"), "stories/ has no column label"),
}


@pytest.mark.parametrize("case", sorted(BAD_OUTPUTS))
def test_import_refuses_a_malformed_output_and_writes_nothing(tmp_path, case):
    mutate, expect = BAD_OUTPUTS[case]
    out = _spark_output(tmp_path / "out", mutate)
    db = tmp_path / "news.db"
    line = _one_error_line(invoke("import", out, "--db", db))
    assert line.startswith(f"error: cannot import {out}: ") and expect in line, line
    assert line.endswith("nothing was written")
    assert not db.exists()  # refused before any store was opened
    from storylens.engines.spark.io import BadOutput, import_outputs

    with open_store(db) as s:  # the library call refuses the same, writing nothing
        with pytest.raises(BadOutput):
            import_outputs(out, s)
        c = s.counts()
    assert (c.articles, c.skipped, c.groups, c.stories) == (0, 0, 0, 0)


def test_import_of_a_valid_output_and_of_junk_files(tmp_path):
    out = _spark_output(tmp_path / "out")
    db = tmp_path / "news.db"
    r = invoke("import", out, "--db", db)
    assert r.exit_code == 0, r.output
    with open_store(db) as s:
        assert (s.counts().articles, s.counts().skipped) == (3, 1)
    junk = _spark_output(tmp_path / "junk")
    (junk / "groups" / "part-0.parquet").write_bytes(b"PAR1 Marrowby not parquet PAR1")
    line = _one_error_line(invoke("import", junk, "--db", tmp_path / "j.db"))
    assert "groups/ is not readable Parquet" in line
    (out / "_storylens.json").write_text("{not json")
    assert "not a readable job report" in _one_error_line(invoke("import", out, "--db", tmp_path / "k.db"))


def test_an_unopenable_location_is_named_as_such(tmp_path):
    line = _one_error_line(invoke("ingest", corpus(tmp_path / "c", 2), "--db", tmp_path / "no" / "such" / "x.db"))
    assert "cannot open the file (missing folder or no permission)" in line
    assert "not a storylens article store" not in line
    with pytest.raises(StoreError, match="cannot open"):
        open_store("/proc/storylens-h1-test.db")  # a place no file can be made


def test_a_failure_late_in_import_leaves_nothing_half_written(tmp_path, monkeypatch):
    from storylens.engines.spark import io as spark_io

    out = _spark_output(tmp_path / "out")
    db = tmp_path / "news.db"

    def boom(*a, **k):
        raise StoreError("disk gave out while writing stories")

    with open_store(db) as s:
        monkeypatch.setattr(spark_io, "_members", boom)  # fails after articles were written
        defaults = BuildOptions()  # default options: groups and stories are loaded too
        report = {"options": {"dedup": repr(defaults.dedup), "cluster": repr(defaults.cluster),
                              "rules": rules_fingerprint()}}
        with pytest.raises(StoreError):
            spark_io.import_outputs(out, s, report=report)
        c = s.counts()
    assert (c.articles, c.skipped, c.groups, c.stories) == (0, 0, 0, 0)
