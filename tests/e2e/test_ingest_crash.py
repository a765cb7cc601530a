"""kill -9 in the middle of an ingest, for real, then a re-run; and two ingests at once.

The ingest runs as a subprocess through the real CLI with worker processes. The test
watches the database from outside (WAL lets it read while the ingest writes), sends
SIGKILL once a few batches are committed, and then checks that a re-run finishes the
job with every input stored exactly once.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storylens.corpus.synth import synth_corpus

pytestmark = [pytest.mark.slow, pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")]

N_FILES = 3000  # a few seconds of ingest on 2 cores: a wide window to kill it in
BATCH = 100


def _write_files(root: Path, n: int) -> list[Path]:
    """``n`` small invented articles, one ``.txt`` file each."""
    arts = synth_corpus(n_stories=n // 3 + 1, per_story=(3, 3), copy_share=0.0,
                        words=(25, 45), seed=11)[:n]
    root.mkdir(parents=True)
    paths = []
    for a in arts:
        p = root / f"{a.id}.txt"
        p.write_text(f"{a.title}\n\n{a.text}\n", encoding="utf-8")
        paths.append(p)
    assert len(paths) == n
    return paths


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from storylens.cli.main import main; main()", *args]


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # tables not created yet
        return 0
    finally:
        conn.close()


def _descendants(pid: int) -> set[int]:
    """Every live process below ``pid`` (workers and the forkserver), from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    out: set[int] = set()
    todo = [pid]
    while todo:
        for c in children.get(todo.pop(), []):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _check_complete(db: Path, files: list[Path]) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        sources = [r[0] for r in conn.execute("SELECT source FROM articles")]
        assert len(sources) == len(set(sources)), "an input was stored twice"
        assert set(sources) == {str(p) for p in files}
        n_hash = conn.execute("SELECT count(DISTINCT content_hash) FROM articles").fetchone()[0]
        assert n_hash == len(files)
        fts = conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0]
        assert fts == len(files)  # the search index kept pace with every committed row
    finally:
        conn.close()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
def test_kill_9_mid_ingest_then_rerun_loses_nothing(tmp_path):
    files = _write_files(tmp_path / "crawl", N_FILES)
    db = tmp_path / "news.db"
    proc = subprocess.Popen(
        _cli("ingest", str(tmp_path / "crawl"), "--db", str(db), "--workers", "2",
             "--batch-size", str(BATCH), "--quiet"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
    )
    family: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while _count(db) < 3 * BATCH:
            assert proc.poll() is None, f"ingest ended before it could be killed: {proc.communicate()}"
            assert time.monotonic() < deadline, "ingest made no progress"
            family |= _descendants(proc.pid)
            time.sleep(0.01)
        family |= _descendants(proc.pid)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait()
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL
    at_kill = _count(db)
    assert 3 * BATCH <= at_kill < N_FILES, "the kill did not land mid-ingest"

    # Worker processes notice their parent is gone and exit on their own.
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in family) and time.monotonic() < deadline:
        time.sleep(0.1)
    left = [p for p in family if _alive(p)]
    for p in left:  # ours to clean up; fail below
        os.kill(p, signal.SIGKILL)
    assert not left, f"orphaned workers after kill -9: {left}"

    rerun = subprocess.run(
        _cli("ingest", str(tmp_path / "crawl"), "--db", str(db), "--workers", "2"),
        capture_output=True, text=True, timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    assert f"ingested {N_FILES - at_kill:,} article(s)" in rerun.stdout
    assert f"already stored: {at_kill:,}  duplicates by hash: 0  skipped: 0" in rerun.stdout
    _check_complete(db, files)


def test_two_ingests_on_one_db_cooperate(tmp_path):
    files = _write_files(tmp_path / "crawl", 600)
    db = tmp_path / "news.db"
    cmd = _cli("ingest", str(tmp_path / "crawl"), "--db", str(db), "--workers", "1",
               "--batch-size", "50")
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
    _check_complete(db, files)
    stored = 0
    for out, _ in outs:  # between them they stored each article once
        line = next(ln for ln in out.splitlines() if ln.startswith("ingested "))
        stored += int(line.split()[1].replace(",", ""))
    assert stored == len(files)
