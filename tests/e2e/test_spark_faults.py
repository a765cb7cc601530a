"""Bad input never fails the Spark job; an existing output is replaced atomically or refused.

Also the commands: ``storylens spark run`` and ``storylens import`` end to end, and the
``MissingExtra`` line when pyspark is absent. Shares the session-wide local[2] session.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

pytest.importorskip("pyspark")
pa = pytest.importorskip("pyarrow")
import click  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from spark_support import SPARK_WARNINGS, spark_tables, start_spark  # noqa: E402

from storylens.corpus.synth import synth_corpus  # noqa: E402
from storylens.engines.spark import OutputExists, run_job  # noqa: E402
from storylens.engines.spark.io import read_report, read_table, write_outputs  # noqa: E402
from storylens.errors import MissingExtra  # noqa: E402

pytestmark = [pytest.mark.spark, *SPARK_WARNINGS]  # deselect with -m "not spark" (make quick)


@pytest.fixture(scope="session")
def spark():
    """The session shared with test_spark_parity (the same local[2] JVM)."""
    return start_spark()


def _records(n_stories: int, seed: int) -> list[dict]:
    arts = synth_corpus(n_stories=n_stories, per_story=(2, 3), words=(60, 100), seed=seed,
                        start="2025-01-10T06:00:00")
    return [{"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published, "text": a.text}
            for a in arts]


@pytest.fixture(scope="module")
def messy(tmp_path_factory):
    """Good JSONL and Parquet records beside every kind of broken input."""
    root = tmp_path_factory.mktemp("messy") / "in"
    root.mkdir(parents=True)
    recs = _records(6, seed=21)
    with (root / "a-good.jsonl").open("w", encoding="utf-8") as f:
        for r in recs[: len(recs) // 2]:
            f.write(json.dumps(r) + "\n")
        f.write("{broken json\n")  # a corrupt record inside a good file
        f.write(json.dumps({"id": "no-text", "title": "nothing here"}) + "\n")
    # the second half, plus twins of three JSONL records (same text from another file)
    rows = recs[len(recs) // 2 :] + recs[:3] + [{"id": "p-empty", "title": "empty", "text": "   "}]
    table = pa.Table.from_pylist(rows)
    pq.write_table(table, root / "b-good.parquet", row_group_size=4)
    (root / "c-corrupt.parquet").write_bytes(b"PAR1 this is not parquet at all")
    (root / "d-image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (root / "e-empty.txt").write_text("", encoding="utf-8")
    (root / "f-truncated.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nWARC-Type: response\r\n")[:25])
    (root / "g-latin1.txt").write_bytes("Café owners in Kesh said the new tax hurts.\n\n".encode("latin-1") * 3)
    return root, recs


@pytest.fixture(scope="module")
def messy_run(spark, messy, tmp_path_factory):
    out = tmp_path_factory.mktemp("messy-out") / "out"
    return run_job(spark, [messy[0]], out), out


def test_bad_files_and_records_become_reason_rows(messy, messy_run):
    root, recs = messy
    res, out = messy_run
    rows = list(read_table(out, "articles"))
    reasons = {(Path(r["source"]).name, r["skip_reason"]) for r in rows if r["id"] is None}
    assert {
        ("a-good.jsonl:" + str(len(recs) // 2 + 1), "bad-json"),
        ("a-good.jsonl:" + str(len(recs) // 2 + 2), "no-text"),
        ("c-corrupt.parquet", "bad-parquet"),
        ("d-image.txt", "binary"),
        ("e-empty.txt", "empty"),
        ("f-truncated.warc.gz", "bad-warc"),
    } <= reasons
    assert all(r["skip_message"] for r in rows if r["id"] is None)
    # every good record is an article, Parquet rows included (with their row numbers)
    kept = [r for r in rows if r["id"] is not None]
    assert {r["record_id"] for r in kept} >= {r["id"] for r in recs}
    assert any(r["source"].endswith("b-good.parquet:1") for r in kept)
    assert res.articles == len(kept) and res.skipped == len(rows) - len(kept)
    assert read_report(out)["articles"] == res.articles


def test_parquet_rows_read_like_jsonl_records(messy, messy_run):
    """A Parquet row and the JSONL record it copies are exact duplicates of one another."""
    _, recs = messy
    _, out = messy_run
    group_of = {m: g[0] for g in spark_tables(out)[1] for m, _ in g[4]}
    where: dict[str, dict[str, int]] = {}
    for r in read_table(out, "articles"):
        if r["id"] is not None:
            where.setdefault(r["record_id"], {})[Path(r["source"]).name.split(":")[0]] = r["id"]
    for rec in recs[:3]:
        twin = where[rec["id"]]
        assert set(twin) == {"a-good.jsonl", "b-good.parquet"}
        assert group_of[twin["a-good.jsonl"]] == group_of[twin["b-good.parquet"]]


def test_existing_output_is_refused_without_overwrite(spark, messy, tmp_path):
    root, _ = messy
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputExists) as e:
        run_job(spark, [root], out)
    assert str(e.value) == (
        f"{out} already exists; pass --overwrite to replace it (the old output is kept "
        "until the new one is complete)"
    )
    assert (out / "keep.txt").read_text(encoding="utf-8") == "mine"


def test_overwrite_replaces_the_output_whole(spark, messy, messy_run):
    root, _ = messy
    first, out = messy_run
    (out / "stale.txt").write_text("old run", encoding="utf-8")
    res = run_job(spark, [root / "a-good.jsonl"], out, overwrite=True)
    assert not (out / "stale.txt").exists()
    assert sorted(p.name for p in out.iterdir()) == ["_storylens.json", "articles", "groups", "stories"]
    assert [p.name for p in out.parent.iterdir()] == ["out"]  # no temporary or old folder left
    assert read_report(out)["articles"] == res.articles < first.articles


def test_a_failed_write_leaves_the_old_output_intact(spark, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("previous result", encoding="utf-8")

    def boom(x):
        raise ValueError("disk on fire")

    articles = spark.createDataFrame([(1, "a")], "id long, x string")
    groups = spark.createDataFrame([(1, 0)], "group_id long, position long")
    stories = spark.createDataFrame(spark.sparkContext.parallelize([1]).map(boom), "story_id long, position long")
    with pytest.raises(Exception, match="disk on fire"):
        write_outputs(str(out), articles, groups, stories, {}, True)
    assert (out / "keep.txt").read_text(encoding="utf-8") == "previous result"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


# --- the commands --------------------------------------------------------------------------------


def _app() -> click.Group:
    from storylens.cli.spark import register

    app = click.Group("storylens", help="storylens spark commands (test app).")
    register(app)
    return app


def test_spark_run_then_import_gives_a_ready_store(spark, messy, tmp_path):
    root, _ = messy
    runner = CliRunner()
    app = _app()
    out = tmp_path / "out"
    r = runner.invoke(app, ["spark", "run", "--input", str(root / "*.jsonl"), "--input", str(root / "*.parquet"),
                            "--output", str(out), "--master", "local[2]"], catch_exceptions=False)
    assert r.exit_code == 0, r.output
    assert r.output.startswith(f"wrote {out}: ")
    again = runner.invoke(app, ["spark", "run", "--input", str(root / "*.jsonl"), "--output", str(out)])
    assert again.exit_code == 1
    assert again.output.strip().startswith(f"error: {out} already exists; pass --overwrite")

    db = tmp_path / "news.db"
    imp = runner.invoke(app, ["import", str(out), "--db", str(db)], catch_exceptions=False)
    assert imp.exit_code == 0, imp.output
    from storylens.engines.local.build import BuildOptions, groups_state, stories_state
    from storylens.store import open_store

    arts, groups, stories, _ = spark_tables(out)
    store = open_store(db, create=False)
    try:
        assert [(a.id, a.content_hash) for a in store.iter_articles()] == [(a[0], a[1]) for a in arts]
        assert [g.id for g in store.groups()] == [g[0] for g in groups]
        assert [s.article_ids for s in store.stories()] == [s[2] for s in stories]
        # recorded as up to date: 'storylens stories' will not rebuild them
        assert store.build_state("groups_state") == groups_state(store, BuildOptions())
        assert store.build_state("stories_state") == stories_state(store, BuildOptions())
    finally:
        store.close()
    twice = runner.invoke(app, ["import", str(out), "--db", str(db)], catch_exceptions=False)
    assert f"imported 0 article(s) into {db} ({len(arts)} already stored" in twice.output


def test_missing_pyspark_is_a_missing_extra_line(monkeypatch, tmp_path):
    import sys

    monkeypatch.setitem(sys.modules, "pyspark", None)
    from storylens.engines.spark import require_pyspark

    with pytest.raises(MissingExtra):
        require_pyspark()
    r = CliRunner().invoke(_app(), ["spark", "run", "--input", str(tmp_path), "--output", str(tmp_path / "o")])
    assert r.exit_code == 1
    assert r.output.strip() == (
        "error: The Spark job needs the optional package 'pyspark': pip install 'storylens[spark]'"
    )


def test_help_is_fast_and_does_not_import_pyspark():
    import subprocess
    import sys

    code = ("import sys; from storylens.cli.main import app; app(['--help'], standalone_mode=False); "
            "print('pyspark' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines()[-1] == "False"
