"""Figures for docs/limits.md: what the input limits cost, each beside a baseline
measured in the same run, each row in its own process (its peak RSS is its own).

    python benchmarks/limits.py            # ~1-2 minutes on 2 cores
    python benchmarks/limits.py --mb 120   # a bigger JSONL/CSV

Rows (invented articles from ``storylens.corpus.synth``):

* ``jsonl``: a JSONL file of ``--mb`` MB (3x the old 20 MB whole-file cap) streamed by
  ``readers.iter_path``; baseline: ``json.loads`` of each line, nothing else.
* ``csv``: the same records as CSV; baseline: ``csv.reader`` over the decoded file.
* ``bomb``: a ``.warc.gz`` of ~1 MB whose one record unpacks to 1 GB; the reader stops at
  ``max_record_bytes`` and passes over the rest; baseline: ``zlib`` inflating it all.
* ``decode``: a ~5 MB UTF-8 text with one Latin-1 line, ``decode_report`` (per-line);
  baseline: ``bytes.decode("utf-8")`` of the same file without the stray line.
* ``quick_check``: ``PRAGMA quick_check`` on a store of ``--store`` articles (storylens
  runs it once per process before writing); baseline: writing one 500-article batch.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path


def _records(mb: float):
    from storylens.corpus.synth import synth_corpus

    size, piece = 0, 0
    while size < mb * 1e6:
        for a in synth_corpus(n_stories=200, seed=piece):
            rec = {"id": f"{a.id}-{piece}", "title": a.title, "outlet": a.outlet, "text": a.text}
            size += len(a.text) + 80
            yield rec
            if size >= mb * 1e6:
                return
        piece += 1


def make(tmp: Path, mb: float, store_n: int) -> None:
    records = list(_records(mb))
    with (tmp / "big.jsonl").open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (tmp / "big.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "title", "outlet", "text"])
        for r in records:
            w.writerow([r["id"], r["title"], r["outlet"], r["text"]])
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    class Spaces(io.RawIOBase):  # 1 GB of filler, never held in memory
        left = 1_000_000_000

        def readable(self) -> bool:
            return True

        def readinto(self, b) -> int:
            n = min(len(b), self.left)
            b[:n] = b" " * n
            self.left -= n
            return n

    with (tmp / "bomb.warc.gz").open("wb") as f:
        w = WARCWriter(f, gzip=True)
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record("https://bomb.example/", "response", payload=io.BufferedReader(Spaces()),
                                            length=1_000_000_000, http_headers=hh))
    text = "".join(f"{r['title']} \u2013 {r['outlet']}\n{r['text']}\n" for r in records[:1500])
    (tmp / "clean.txt").write_text(text, encoding="utf-8")
    lines = text.encode("utf-8").split(b"\n")
    lines[len(lines) // 2] = "Caf\u00e9 owners said the fair was busy.".encode("latin-1")
    (tmp / "stray.txt").write_bytes(b"\n".join(lines))
    from storylens.store import open_store
    from storylens.store.base import StoredArticle

    with open_store(tmp / "store.db") as s:
        batch = []
        for i in range(store_n):
            r = records[i % len(records)]
            batch.append(StoredArticle(f"h{i}", f"k{i}", f"/c/{i}.txt", r["outlet"], r["text"], title=r["title"]))
            if len(batch) == 500:
                s.write_batch(batch)
                batch = []
        s.write_batch(batch)


def row(name: str, tmp: Path) -> dict:
    """Run one measurement (in this process) and return its figures."""
    from storylens.options import Options
    from storylens.readers import iter_path

    t0 = time.perf_counter()
    out: dict = {}
    if name in ("jsonl", "csv"):
        p = tmp / f"big.{name}"
        out["items"] = sum(1 for _ in iter_path(p, Options()))
        out["mb"] = round(p.stat().st_size / 1e6, 1)
    elif name == "jsonl-base":
        with (tmp / "big.jsonl").open("rb") as f:
            out["items"] = sum(1 for line in f if json.loads(line))
    elif name == "csv-base":
        with (tmp / "big.csv").open(encoding="utf-8", newline="") as f:
            csv.field_size_limit(2**31 - 1)
            out["items"] = sum(1 for _ in csv.reader(f)) - 1
    elif name == "bomb":
        items = list(iter_path(tmp / "bomb.warc.gz", Options()))
        out["items"] = [getattr(i, "reason", "article") for i in items]
    elif name == "bomb-base":
        z = zlib.decompressobj(31)
        n = 0
        with (tmp / "bomb.warc.gz").open("rb") as f:
            while chunk := f.read(1 << 20):
                n += len(z.decompress(chunk, 1 << 24))
                while z.unconsumed_tail:
                    n += len(z.decompress(z.unconsumed_tail, 1 << 24))
        out["unpacked_mb"] = round(n / 1e6)
    elif name == "decode":
        from storylens.readers.decoding import decode_report

        d = decode_report((tmp / "stray.txt").read_bytes(), "stray.txt")
        out["note"] = d.note
    elif name == "decode-base":
        (tmp / "clean.txt").read_bytes().decode("utf-8")
    elif name == "quick_check":
        from storylens.store import open_store

        with open_store(tmp / "store.db") as s:
            t0 = time.perf_counter()
            s.check_integrity()
            out["articles"] = s.counts().articles
    elif name == "quick_check-base":
        from storylens.store import open_store
        from storylens.store.base import StoredArticle

        with open_store(tmp / "store.db") as s:
            s.check_integrity()
            t0 = time.perf_counter()
            s.write_batch([StoredArticle(f"x{i}-{time.time()}", "kx", f"/x/{i}", "o", "text " * 500) for i in range(500)])
    out["seconds"] = round(time.perf_counter() - t0, 3)
    # VmHWM, not ru_maxrss: the latter keeps the forking parent's peak across exec.
    with open("/proc/self/status") as f:
        hwm = next(int(ln.split()[1]) for ln in f if ln.startswith("VmHWM:"))
    out["peak_rss_mb"] = round(hwm / 1024)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=60)
    ap.add_argument("--store", type=int, default=20_000)
    ap.add_argument("--row")
    ap.add_argument("--tmp")
    args = ap.parse_args()
    if args.row:
        print(json.dumps(row(args.row, Path(args.tmp))))
        return
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        t0 = time.perf_counter()
        make(tmp, args.mb, args.store)
        print(f"# machine: {platform.platform()}, {os.cpu_count()} cores, python {platform.python_version()};"
              f" inputs made in {time.perf_counter() - t0:.1f} s")
        print(f"{'row':<18}{'seconds':>9}{'peak RSS MB':>13}  details")
        for name in ("jsonl", "jsonl-base", "csv", "csv-base", "bomb", "bomb-base", "decode", "decode-base",
                     "quick_check", "quick_check-base"):
            r = subprocess.run([sys.executable, __file__, "--row", name, "--tmp", d],
                               capture_output=True, text=True, check=True)
            got = json.loads(r.stdout)
            sec, rss = got.pop("seconds"), got.pop("peak_rss_mb")
            print(f"{name:<18}{sec:>9.3f}{rss:>13}  {json.dumps(got)[:100]}")


if __name__ == "__main__":
    main()
