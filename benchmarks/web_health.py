"""``/healthz`` latency while ``storylens serve`` does its heaviest work (issue 15: under
100 ms while the server compares a hostile article).

One server on 127.0.0.1, a store holding the demo story and one large invented story
(``--size`` characters, ``benchmarks/hostile.py``'s plain prose, with a short companion).
``/healthz`` is polled every 20 ms

1. on the idle server (the baseline, same run);
2. from the server's start while it precomputes the stored stories and a client asks for
   the large story's page and JSON (the comparison, the page and the JSON are made in a
   worker; the server caches and sends bytes);
3. during ``POST /api/compare`` of a hostile article (a long whitespace run, then prose);
4. during the same articles posted to the compare page (answered as a rendered page).

Phases 2-4 are polled twice at once: by a thread of this process (which also reads the
megabyte responses, so it can wait for this process's own GIL) and by a separate poller
process (the server's latency alone).

    python benchmarks/web_health.py [--size 600000]

Prints p50 / p99 / max per phase with the machine's load average.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote_plus

sys.path.insert(0, str(Path(__file__).resolve().parent))
import hostile  # noqa: E402
import web_load as load  # noqa: E402


def _poll(port: int, busy: threading.Event | None, seconds: float = 3.0) -> list[float]:
    """Health latencies until ``busy`` clears (or for ``seconds`` when idle)."""
    lat: list[float] = []
    end = time.monotonic() + seconds
    while (busy.is_set() if busy is not None else time.monotonic() < end):
        status, secs = load.request(port, "GET", "/healthz")
        if status == 200 and (busy is None or busy.is_set()):
            lat.append(secs)
        time.sleep(0.02)
    return lat


# A poller in its own process: this process also reads the large responses (a story's
# page and JSON are megabytes), and a thread of it waiting for this process's GIL would
# be counted as the server's latency.
_POLLER = """
import http.client, json, select, sys, time
port, lat = int(sys.argv[1]), []
while not select.select([sys.stdin], [], [], 0.02)[0]:  # until the parent closes stdin
    t0 = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        conn.request("GET", "/healthz")
        resp = conn.getresponse()
        resp.read()
        if resp.status == 200:
            lat.append(time.perf_counter() - t0)
    except OSError:
        pass
    finally:
        conn.close()
print(json.dumps(lat))
"""


def _during(port: int, work) -> tuple[list[float], list[float], float, list[int]]:
    """Health latencies while ``work`` runs, from a thread of this process and from a
    separate poller process; the work's seconds and statuses."""
    busy = threading.Event()
    busy.set()
    out: list = []
    poller = subprocess.Popen([sys.executable, "-c", _POLLER, str(port)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)

    def run() -> None:
        t0 = time.perf_counter()
        try:
            out.append(work())
        finally:
            out.append(time.perf_counter() - t0)
            busy.clear()

    t = threading.Thread(target=run)
    t.start()
    lat = _poll(port, busy)
    t.join()
    separate = json.loads(poller.communicate("stop")[0])
    return lat, separate, out[-1], out[0] if len(out) > 1 else []


def _line(label: str, lat: list[float], took: float | None, statuses) -> str:
    s = sorted(lat)
    if not s:
        return f"{label:34s} no answers sampled"

    def q(p: float) -> float:
        return s[min(len(s) - 1, int(p * len(s)))] * 1000

    work = "" if took is None else f"  work {took:5.1f} s, statuses {statuses}"
    return (f"{label:34s} n={len(s):4d}  p50 {q(0.5):4.0f} ms  p99 {q(0.99):4.0f} ms"
            f"  max {s[-1] * 1000:4.0f} ms  load {os.getloadavg()[0]:4.1f}{work}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=600_000, help="characters of the large article")
    args = ap.parse_args(argv)
    from storylens.models import RawArticle
    from storylens.web.sample import build_store, demo_raws

    big = hostile.article("plain", args.size)
    day = "2026-10-02"
    stories = [
        ("Draven Viaduct collapse", demo_raws()),
        ("Port Velling flood", [
            RawArticle(source="big.txt", text=big, outlet="Velling Herald", title="Flood", published=day),
            RawArticle(source="wire.txt", text=hostile.COMPANION, outlet="Coast Wire", title="Flood", published=day),
        ]),
    ]
    print(f"# /healthz during heavy work; large article {args.size:,} chars; {os.cpu_count()} CPUs")
    with tempfile.TemporaryDirectory(prefix="web-health-") as d:
        tmp = Path(d)
        (tmp / "server-tmp").mkdir()
        ids = build_store(tmp / "news.db", stories)
        server = load.start_server(["--db", str(tmp / "news.db")], tmp / "server-tmp")
        port = server.port
        try:
            big_id = ids[-1]

            def story() -> list[int]:  # waits for the precompute in flight, or runs it
                return [load.request(port, "GET", f"/stories/{big_id}")[0],
                        load.request(port, "GET", f"/api/stories/{big_id}")[0]]

            lat, sep, took, st = _during(port, story)
            print(_line("precompute + large story page/json", lat, took, st))
            print(_line("  the same, separate poller process", sep, None, None))
            print(_line("idle (baseline, same run)", _poll(port, None), None, None))
            text = "The council met" + " " * (args.size // 4) + "on Tuesday. " + hostile.article("plain", args.size // 2)
            body = json.dumps({"articles": [{"text": text}, {"text": hostile.COMPANION}]}).encode()
            api = lambda: [load.request(port, "POST", "/api/compare", body, {"content-type": "application/json"})[0]]  # noqa: E731
            lat, sep, took, st = _during(port, api)
            print(_line("POST /api/compare (hostile)", lat, took, st))
            print(_line("  the same, separate poller process", sep, None, None))
            form = ("articles=" + quote_plus(text + "\n---\n" + hostile.COMPANION)).encode()
            page = lambda: [load.request(port, "POST", "/compare", form, {"content-type": "application/x-www-form-urlencoded"})[0]]  # noqa: E731
            lat, sep, took, st = _during(port, page)
            print(_line("POST /compare page (hostile)", lat, took, st))
            print(_line("  the same, separate poller process", sep, None, None))
        finally:
            code = server.stop()
    print(f"serve exit code after SIGTERM: {code}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
