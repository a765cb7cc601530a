"""Ingest throughput and memory, end to end, on invented articles.

    python benchmarks/ingest.py                     # 10k and 100k articles, 2 workers
    python benchmarks/ingest.py --sizes 10000 --workers 2 4

For each size it writes that many invented articles (``storylens.corpus.synth``, one
``.txt`` file each, 1,000 per folder) into a temporary directory, then runs a full
``ingest`` into a fresh SQLite file in a *separate process*, so each row's peak memory
is its own. Printed per row: articles/s, seconds, peak RSS of the ingest process and
the peak of the whole process tree (ingest + workers), sampled from /proc.

Baseline, measured in the same run: the same files read and cleaned in one process
with no store (``readers.iter_path`` + ``clean.clean_article``), which is what ingest
costs at the least on one core. Goal: >= 1,000 articles/s with 2 workers on 2 cores
and the same peak memory at 10k and 100k (streaming, bounded chunks in flight).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PER_FOLDER = 1000


def generate(root: Path, n: int, seed: int = 0) -> int:
    """``n`` invented articles as text files, written piece by piece (memory stays flat)."""
    from storylens.corpus.synth import synth_corpus

    written = 0
    piece = 0
    while written < n:
        # ~8 articles per story on average with the synth defaults: 625 stories ~ 5k articles.
        arts = synth_corpus(n_stories=625, seed=seed * 100_003 + piece,
                            start=f"2026-{(piece % 12) + 1:02d}-01T06:00:00")
        for a in arts:
            if written >= n:
                break
            folder = root / f"{written // PER_FOLDER:04d}"
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{a.id}-{piece}.txt").write_text(f"{a.title}\n\n{a.text}\n", encoding="utf-8")
            written += 1
        piece += 1
    return written


def _tree_rss(pid: int, cpu: dict[int, float] | None = None) -> tuple[int, int]:
    """(RSS of pid, RSS of pid and all its descendants) in bytes, from /proc; records
    each descendant's CPU seconds so far in ``cpu``."""
    kids: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    ticks: dict[int, float] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        kids.setdefault(int(fields[1]), []).append(int(entry.name))
        rss[int(entry.name)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE")
        ticks[int(entry.name)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        total += rss.get(p, 0)
        if cpu is not None and p != pid and p in ticks:
            cpu[p] = max(cpu.get(p, 0.0), ticks[p])
        todo.extend(kids.get(p, []))
    return rss.get(pid, 0), total


def run_one(src: str, db: str, workers: int, mode: str) -> dict:
    """Runs in a child process: one ingest (or the baseline), with a memory sampler."""
    peak = {"self": 0, "tree": 0}
    child_cpu: dict[int, float] = {}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            if os.path.exists("/proc/self/stat"):
                s, t = _tree_rss(os.getpid(), child_cpu)
                peak["self"] = max(peak["self"], s)
                peak["tree"] = max(peak["tree"], t)
            stop.wait(0.05)

    threading.Thread(target=sample, daemon=True).start()
    t0 = time.perf_counter()
    c0 = time.process_time()
    if mode == "baseline":
        from storylens.clean import clean_article
        from storylens.models import RawArticle
        from storylens.options import Options
        from storylens.readers import iter_path

        opts = Options()
        n = 0
        for item in iter_path(src, opts):
            if isinstance(item, RawArticle):
                clean_article(item, "a1", opts)
                n += 1
    else:
        from storylens.engines.local.ingest import IngestOptions, ingest
        from storylens.store import SQLiteStore

        with SQLiteStore(db) as store:
            summary = ingest([src], store, run=IngestOptions(workers=workers))
        n = summary.ingested
    seconds = time.perf_counter() - t0
    cpu = time.process_time() - c0 + sum(child_cpu.values())  # workers: last sample
    stop.set()
    if not os.path.exists("/proc/self/stat"):  # no /proc: the kernel's own peak figure
        import resource

        peak["self"] = peak["tree"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"articles": n, "seconds": seconds, "cpu": cpu, "rss": peak["self"], "tree_rss": peak["tree"]}


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{platform.system()} {platform.release()}, {cpu}, {usable} usable core(s) "
            f"of {os.cpu_count()}, Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--workers", type=int, nargs="+", default=[2])
    ap.add_argument("--no-baseline", action="store_true", help="skip the one-process read+clean row")
    ap.add_argument("--tmp", default=None, help="where to write the articles and databases")
    ap.add_argument("--_run", nargs=4, metavar=("SRC", "DB", "WORKERS", "MODE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args._run:
        src, db, workers, mode = args._run
        print(json.dumps(run_one(src, db, int(workers), mode)))
        return

    print(f"machine: {machine()}")
    print("articles/s is wall clock; CPU ms/article adds up every process (ingest + workers)"
          " and does not depend on what else the machine runs; 2-core bound = 2000 / that.")
    print(f"{'size':>8} {'what':<30} {'articles/s':>11} {'seconds':>8} {'CPU ms/art':>10} "
          f"{'2-core bound':>12} {'peak RSS':>9} {'tree RSS':>9}")
    with tempfile.TemporaryDirectory(dir=args.tmp, prefix="storylens-bench-") as tmp:
        for size in args.sizes:
            src = Path(tmp) / f"articles-{size}"
            t = time.perf_counter()
            generate(src, size)
            print(f"{size:>8} {'(generated)':<30} {'':>11} {time.perf_counter() - t:8.1f}", flush=True)
            rows = [] if args.no_baseline else [("baseline: read+clean, 1 process", 1, "baseline")]
            rows += [(f"ingest, {w} worker(s)", w, "ingest") for w in args.workers]
            for label, workers, mode in rows:
                db = Path(tmp) / f"bench-{size}-{workers}-{mode}.db"
                out = subprocess.run(
                    [sys.executable, __file__, "--_run", str(src), str(db), str(workers), mode],
                    capture_output=True, text=True, check=True,
                )
                r = json.loads(out.stdout.strip().splitlines()[-1])
                rate = r["articles"] / r["seconds"]
                cpu_ms = 1000 * r["cpu"] / max(1, r["articles"])
                print(f"{size:>8} {label:<30} {rate:11,.0f} {r['seconds']:8.1f} {cpu_ms:10.2f} "
                      f"{2000 / cpu_ms:12,.0f} {r['rss'] / 2**20:7.0f}MB {r['tree_rss'] / 2**20:7.0f}MB",
                      flush=True)
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{db}{suffix}").unlink(missing_ok=True)


if __name__ == "__main__":
    main()
