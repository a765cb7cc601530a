"""Spark job throughput against the local path, by corpus size and worker count.

    python benchmarks/spark_scale.py                         # 10k, 30k, 100k articles
    python benchmarks/spark_scale.py --sizes 2000 5000 --workers 1 2

For each size it writes that many invented articles (``storylens.corpus.synth``, with
injected copies and known stories) as JSONL files of 5,000 records, then runs, each in
its own process so memory and JIT warm-up do not leak between rows:

* **local** (the baseline, same data, same run): ``ingest`` into a fresh SQLite file
  with ``--workers`` cleaning processes, then ``build_groups`` and ``build_stories``:
  exactly what ``storylens ingest`` + ``duplicates`` + ``stories`` do;
* **spark**: ``run_job`` on ``local[W]`` for each W in ``--workers``, ``--stories``
  exact (and windowed with ``--windowed``). Session start-up (5-15 s) is shown apart.

Printed: seconds and articles/s per row, the Spark job's stage times, and how time
grows with size (``growth`` = time ratio / size ratio to the previous size: 1.0 is
linear). Machine info and the load average are printed with the table: on a shared
machine the load average says how far to trust the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PER_FILE = 5000


def generate(root: Path, n: int, seed: int = 0) -> int:
    """``n`` invented articles in JSONL files, one synth corpus per month of a year."""
    from storylens.corpus.synth import synth_corpus

    root.mkdir(parents=True, exist_ok=True)
    written = piece = 0
    f = None
    while written < n:
        arts = synth_corpus(n_stories=625, seed=seed * 100_003 + piece,
                            start=f"{2020 + piece // 12}-{(piece % 12) + 1:02d}-01T06:00:00")
        for a in arts:
            if written >= n:
                break
            if written % PER_FILE == 0:
                if f:
                    f.close()
                f = (root / f"part-{written // PER_FILE:05d}.jsonl").open("w", encoding="utf-8")
            f.write(json.dumps({"id": f"{a.id}-{piece}", "outlet": a.outlet, "title": a.title,
                                "published": a.published, "text": a.text}) + "\n")
            written += 1
        piece += 1
    if f:
        f.close()
    return written


# --- one measured row, run in a child process ---------------------------------------------------


def _child_local(data: str, workers: int) -> dict:
    from storylens.engines.local.build import build_groups, build_stories
    from storylens.engines.local.ingest import IngestOptions, ingest
    from storylens.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "news.db")
        t0 = time.perf_counter()
        s = ingest([data], store, run=IngestOptions(workers=workers))
        t1 = time.perf_counter()
        g = build_groups(store)
        t2 = time.perf_counter()
        st = build_stories(store)
        t3 = time.perf_counter()
        store.close()
    # ru_maxrss is in KiB on Linux and in bytes on macOS; peak is in MiB on both.
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return {"seconds": t3 - t0, "peak_mb": round(peak), "articles": s.ingested, "groups": g.count, "stories": st.count,
            "stages": {"ingest": round(t1 - t0, 1), "groups": round(t2 - t1, 1), "stories": round(t3 - t2, 1)}}


def _child_spark(data: str, workers: int, mode: str) -> dict:
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    from storylens.engines.spark import SparkOptions, run_job, session

    t0 = time.perf_counter()
    spark = session(f"local[{workers}]", conf={"spark.driver.memory": "10g"})
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        t1 = time.perf_counter()
        res = run_job(spark, [data], Path(tmp) / "out", run=SparkOptions(stories=mode))
        secs = time.perf_counter() - t1
    spark.stop()
    return {"seconds": secs, "startup": started, "articles": res.articles, "groups": res.groups,
            "stories": res.stories, "windows": res.windows,
            "stages": {k: round(v, 1) for k, v in res.timings.items()}}


def _run_child(args: list[str], timeout: float) -> dict:
    cmd = [sys.executable, __file__, "--child", *args]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"over the {timeout:.0f} s limit"}
    if out.returncode != 0:
        # a Java stack trace ends in "at ..." frames: show the last exception line, and
        # keep the whole stderr where it can be read
        log = Path(tempfile.gettempdir()) / f"spark-scale-{'-'.join(args[:1] + args[2:])}.log"
        log.write_text(out.stderr, encoding="utf-8")
        lines = out.stderr.strip().splitlines() or ["failed"]
        named = [x for x in lines if re.search(r"(Error|Exception)\b", x) and not x.strip().startswith("at ")]
        return {"error": f"{(named or lines)[-1].strip()[:300]} (stderr: {log})"}
    return json.loads(out.stdout.strip().splitlines()[-1])


def machine() -> str:
    load = os.getloadavg()
    return (f"{platform.node()} | {platform.processor() or platform.machine()} | {os.cpu_count()} cores | "
            f"Python {platform.python_version()} | load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 30_000, 100_000])
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--windowed", action="store_true", help="also run --stories windowed")
    ap.add_argument("--only", nargs="+", choices=["local", "exact", "windowed"], metavar="ROW", default=None,
                    help="run only these rows: local, exact, windowed (e.g. --only windowed at 1M, "
                         "where the local path's one-window stories do not fit in memory)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per row before it is cut")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, data, workers, *rest = args.child
        res = _child_local(data, int(workers)) if kind == "local" else _child_spark(data, int(workers), rest[0])
        print(json.dumps(res))
        return

    print(f"machine: {machine()}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            data = Path(tmp) / f"n{n}"
            plan = [("local", w, "-") for w in args.workers]
            plan += [("spark", w, "exact") for w in args.workers]
            if args.windowed or (args.only and "windowed" in args.only):
                plan += [("spark", w, "windowed") for w in args.workers]
            if args.only:
                plan = [p for p in plan if (p[0] if p[0] == "local" else p[2]) in args.only]
            t = time.perf_counter()
            generate(data, n)
            print(f"{n:>8,} generated in {time.perf_counter() - t:.0f} s")
            for engine, w, mode in plan:
                child = [engine, str(data), str(w)] + ([mode] if engine == "spark" else [])
                r = _run_child(child, args.timeout)
                rows.append((n, engine, w, mode, r))
                _print_row(n, engine, w, mode, r)
                sys.stdout.flush()
    print()
    print("growth (time ratio / size ratio against the previous size; 1.0 = linear):")
    series: dict[tuple, list] = {}
    for n, engine, w, mode, r in rows:
        if "seconds" in r:
            series.setdefault((engine, w, mode), []).append((n, r["seconds"]))
    for key, pts in series.items():
        g = [f"{n1:,}->{n2:,}: {(t2 / t1) / (n2 / n1):.2f}" for (n1, t1), (n2, t2) in zip(pts, pts[1:], strict=False)]
        print(f"  {key[0]:5} w={key[1]} {key[2]:8} " + ("; ".join(g) or "(one size)"))
    print(f"machine after: {machine()}")


def _print_row(n: int, engine: str, w: int, mode: str, r: dict) -> None:
    if "error" in r:
        print(f"{n:>8,} {engine:5} w={w} {mode:8} ERROR {r['error']}")
        return
    rate = r["articles"] / r["seconds"] if r["seconds"] else 0.0
    extra = f" startup {r['startup']:.1f}s windows {r['windows']}" if engine == "spark" else f" peak {r['peak_mb']} MB"
    print(f"{n:>8,} {engine:5} w={w} {mode:8} {r['seconds']:8.1f} s {rate:8.1f} articles/s "
          f"groups {r['groups']:,} stories {r['stories']:,}{extra} | {r['stages']}")


if __name__ == "__main__":
    main()
