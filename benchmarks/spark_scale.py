"""Spark job throughput against the local path, by corpus size and worker count.

    python benchmarks/spark_scale.py                         # 10k, 30k, 100k articles
    python benchmarks/spark_scale.py --sizes 2000 5000 --workers 1 2
    python benchmarks/spark_scale.py --sizes 100000 1000000 --workers 2 --only local local-exact \
        --data /tmp/scale   # the local path's streaming stories beside its one-window baseline

For each size it writes that many invented articles (``storylens.corpus.synth``, with
injected copies and known stories) as JSONL files of 5,000 records, then runs, each in
its own process so memory and JIT warm-up do not leak between rows:

* **local** (the baseline, same data, same run): ``ingest`` into a fresh SQLite file
  with ``--workers`` cleaning processes, then ``build_groups`` and ``build_stories``:
  exactly what ``storylens ingest`` + ``duplicates`` + ``stories`` do (story windows
  ``auto``: one window while it holds at most 50,000 articles, else 14-day windows);
* **local-exact**: the same with ``--stories exact`` windows (the local path before it
  streamed: a corpus with news every day is one window, held whole);
* **spark**: ``run_job`` on ``local[W]`` for each W in ``--workers``, ``--stories``
  exact (and windowed with ``--windowed``). Session start-up (5-15 s) is shown apart.

Printed: seconds and articles/s per row, peak resident memory of the local rows (the
build process's own peak, and the sampled peak of it plus its ingest workers), the Spark job's stage times, and how time
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
    """``n`` invented articles in JSONL files, one synth corpus per month from 2000 on.

    A million articles start 200 months, the last in 2016: every date is in the past.
    (Starting in 2020 put 60 % of a million after today, in 2027-2037; ingest flags
    dates more than a day ahead and they count as undated. Copyright lines carry the
    year, so texts differ slightly from the 2020-start corpora the 10k and 100k
    figures in docs/stories.md were measured on; those were all dated in the past.)"""
    from storylens.corpus.synth import synth_corpus

    root.mkdir(parents=True, exist_ok=True)
    written = piece = 0
    f = None
    while written < n:
        arts = synth_corpus(n_stories=625, seed=seed * 100_003 + piece,
                            start=f"{2000 + piece // 12}-{(piece % 12) + 1:02d}-01T06:00:00")
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


def _peak_mb(who: int) -> float:
    # ru_maxrss is in KiB on Linux and in bytes on macOS; this is MiB on both.
    return resource.getrusage(who).ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _child_local(data: str, workers: int, mode: str = "auto") -> dict:
    from storylens.corpus.options import BuildOptions
    from storylens.corpus.windows import WindowOptions
    from storylens.engines.local.build import build_groups, build_stories
    from storylens.engines.local.ingest import IngestOptions, ingest
    from storylens.store import open_store

    build = BuildOptions(windows=WindowOptions(mode=mode))  # type: ignore[arg-type]
    peaks = {}
    tree = _TreePeak()
    with tempfile.TemporaryDirectory(dir=os.environ.get("STORYLENS_SCALE_TMP")) as tmp:
        store = open_store(Path(tmp) / "news.db")
        t0 = time.perf_counter()
        s = ingest([data], store, run=IngestOptions(workers=workers))
        t1 = time.perf_counter()
        c1 = tree.cpu_seconds()
        peaks["ingest"] = round(_peak_mb(resource.RUSAGE_SELF))
        _progress(f"ingested {s.ingested:,} in {t1 - t0:.0f} s, peak {peaks['ingest']} MB")
        g = build_groups(store, build)
        t2 = time.perf_counter()
        c2 = tree.cpu_seconds()
        peaks["groups"] = round(_peak_mb(resource.RUSAGE_SELF))
        _progress(f"{g.count:,} groups in {t2 - t1:.0f} s, peak so far {peaks['groups']} MB")
        st = build_stories(store, build)
        t3 = time.perf_counter()
        c3 = tree.cpu_seconds()
        store.close()
    peak = _peak_mb(resource.RUSAGE_SELF)
    tree_peak = tree.stop()
    _progress(f"{st.count:,} stories in {t3 - t2:.0f} s, peak {peak:.0f} MB (with ingest workers {tree_peak} MB)")
    return {"seconds": t3 - t0, "peak_mb": round(peak), "tree_peak_mb": tree_peak,
            "articles": s.ingested, "groups": g.count, "stories": st.count, "peak_after_mb": peaks,
            "stages": {"ingest": round(t1 - t0, 1), "groups": round(t2 - t1, 1), "stories": round(t3 - t2, 1)},
            "cpu": None if c3 is None else {"total": c3, "ingest": c1, "groups": round(c2 - c1, 1),
                                            "stories": round(c3 - c2, 1)}}


class _TreePeak:
    """Peak of the summed resident memory of this process and all its descendants
    (ingest workers run under a forkserver, so ``RUSAGE_CHILDREN`` does not see them),
    sampled every half second from ``/proc`` (Linux; ``None`` elsewhere); and the CPU
    seconds of that tree (user + system, each process's last sample), which the load of
    other jobs on a shared machine changes far less than wall time."""

    def __init__(self) -> None:
        import threading

        self.peak_kb = 0
        self._ticks: dict[int, int] = {}  # pid -> utime + stime at its last sample
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        if Path("/proc/self/stat").exists():
            self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.peak_kb = max(self.peak_kb, self.sample())

    def cpu_seconds(self) -> float | None:
        """CPU seconds used so far by this process and its descendants."""
        if not Path("/proc/self/stat").exists():
            return None
        self.sample()
        with self._lock:
            return round(sum(self._ticks.values()) / os.sysconf("SC_CLK_TCK"), 1)

    def sample(self) -> int:
        parent: dict[int, int] = {}
        rss: dict[int, int] = {}
        ticks: dict[int, int] = {}
        page_kb = os.sysconf("SC_PAGE_SIZE") // 1024
        for d in Path("/proc").iterdir():
            if d.name.isdigit():
                try:
                    stat = (d / "stat").read_text()
                    fields = stat[stat.rindex(")") + 2:].split()
                    parent[int(d.name)] = int(fields[1])
                    rss[int(d.name)] = int(fields[21]) * page_kb
                    ticks[int(d.name)] = int(fields[11]) + int(fields[12])
                except (OSError, ValueError, IndexError):
                    continue
        me, total = os.getpid(), 0
        for pid in rss:
            p, seen = pid, 0
            while p and p != me and seen < 64:
                p, seen = parent.get(p, 0), seen + 1
            if p == me:
                total += rss[pid]
                with self._lock:
                    self._ticks[pid] = max(self._ticks.get(pid, 0), ticks[pid])
        return total

    def stop(self) -> float | None:
        self._stop.set()
        return round(self.peak_kb / 1024) if self._thread.is_alive() or self.peak_kb else None


def _progress(line: str) -> None:
    """A child's progress on stderr (a long row can be followed in a log)."""
    print(f"  [{time.strftime('%H:%M:%S')}] {line}", file=sys.stderr, flush=True)


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
        # stderr (progress, errors) passes through; stdout carries the JSON result
        out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=None if args[0] == "local" else subprocess.PIPE,
                             text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"error": f"over the {timeout:.0f} s limit"}
    if out.returncode != 0:
        # a Java stack trace ends in "at ..." frames: show the last exception line, and
        # keep the whole stderr where it can be read
        log = Path(tempfile.gettempdir()) / f"spark-scale-{'-'.join(args[:1] + args[2:])}.log"
        log.write_text(out.stderr or "", encoding="utf-8")
        lines = (out.stderr or "").strip().splitlines() or [f"failed with exit code {out.returncode}"]
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
    ap.add_argument("--only", nargs="+", choices=["local", "local-exact", "exact", "windowed"], metavar="ROW",
                    default=None, help="run only these rows: local, local-exact, exact, windowed (Spark) (e.g. "
                                       "--only local at 1M, where the one-window local-exact does not fit in memory)")
    ap.add_argument("--data", type=Path, default=None,
                    help="keep the generated corpora in this folder (and reuse one already there)")
    ap.add_argument("--timeout", type=float, default=600.0, help="seconds per row before it is cut")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        kind, data, workers, *rest = args.child
        res = _child_local(data, int(workers), rest[0]) if kind == "local" else _child_spark(data, int(workers), rest[0])
        print(json.dumps(res))
        return

    print(f"machine: {machine()}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.sizes:
            data = (args.data or Path(tmp)) / f"n{n}"
            plan = [("local", w, "auto") for w in args.workers]
            plan += [("local", w, "exact") for w in args.workers]
            plan += [("spark", w, "exact") for w in args.workers]
            if args.windowed or (args.only and "windowed" in args.only):
                plan += [("spark", w, "windowed") for w in args.workers]
            row_name = {("local", "auto"): "local", ("local", "exact"): "local-exact"}
            plan = [p for p in plan if row_name.get((p[0], p[2]), p[2]) in (args.only or ["local", "exact", "windowed"])]
            t = time.perf_counter()
            done = data.with_name(f"n{n}.complete")  # beside the corpus: ingest reads every file in it
            if done.exists():
                print(f"{n:>8,} reused from {data}")
            else:
                generate(data, n)
                done.write_text(f"{n}\n", encoding="utf-8")
                print(f"{n:>8,} generated in {time.perf_counter() - t:.0f} s")
            sys.stdout.flush()
            for engine, w, mode in plan:
                child = [engine, str(data), str(w), mode]
                r = _run_child(child, args.timeout)
                rows.append((n, engine, w, mode, r))
                _print_row(n, engine, w, mode, r)
                sys.stdout.flush()
    print()
    print("growth (time ratio / size ratio against the previous size; 1.0 = linear):")
    series: dict[tuple, list] = {}
    for n, engine, w, mode, r in rows:
        if "seconds" in r:
            series.setdefault((engine, w, mode, "wall"), []).append((n, r["seconds"]))
        if r.get("cpu"):  # CPU seconds: far less moved by other jobs' load than wall time
            series.setdefault((engine, w, mode, "cpu"), []).append((n, r["cpu"]["total"]))
    for key, pts in series.items():
        g = [f"{n1:,}->{n2:,}: {(t2 / t1) / (n2 / n1):.2f}" for (n1, t1), (n2, t2) in zip(pts, pts[1:], strict=False)]
        print(f"  {key[0]:5} w={key[1]} {key[2]:8} {key[3]:4} " + ("; ".join(g) or "(one size)"))
    print(f"machine after: {machine()}")


def _print_row(n: int, engine: str, w: int, mode: str, r: dict) -> None:
    if "error" in r:
        print(f"{n:>8,} {engine:5} w={w} {mode:8} ERROR {r['error']}")
        return
    rate = r["articles"] / r["seconds"] if r["seconds"] else 0.0
    extra = (f" startup {r['startup']:.1f}s windows {r['windows']}" if engine == "spark"
             else f" peak {r['peak_mb']} MB (with ingest workers, sampled: {r['tree_peak_mb']} MB)")
    print(f"{n:>8,} {engine:5} w={w} {mode:8} {r['seconds']:8.1f} s {rate:8.1f} articles/s "
          f"groups {r['groups']:,} stories {r['stories']:,}{extra} | {r['stages']}"
          + (f" | CPU s {r['cpu']}" if r.get("cpu") else ""))


if __name__ == "__main__":
    main()
