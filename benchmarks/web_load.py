"""A bounded load test of ``storylens serve`` on 127.0.0.1, hostile inputs mixed in.

Issue 15's targets: no 5xx answer under load (2,000 requests, 20 at a time, hostile
inputs included); story pages p99 < 500 ms; ``/healthz`` < 100 ms while the server
compares a hostile article.

The script builds an invented store (the demo story and ``--stories`` small invented
stories), starts the real ``storylens serve`` in a child process on a free loopback
port, sends ``--requests`` requests from ``--concurrency`` threads (story pages, story
JSON, the stories page and API with searches and hostile cursors, compare API and form
posts with ordinary and hostile articles, ids past 2^63, health checks), then stops the
server with SIGTERM and checks that it removed its temporary folder. It sends nothing
anywhere but 127.0.0.1 and stops by itself.

    python benchmarks/web_load.py [--requests 2000] [--concurrency 20] [--stories 40]

``tests/e2e/test_web_load.py`` runs the same load, smaller, and asserts no 5xx.
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import http.client
import json
import os
import random
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

HOST = "127.0.0.1"
BODY = (
    "The {topic} council approved a new ferry timetable on Monday.\n\n"
    "Officials said the {topic} ferry would run every {n} minutes from June.\n\n"
    '"We listened to the islanders," said harbour master Eli Moss.\n\n'
    "Residents welcomed the change at a public meeting."
)


def build_store(path: Path, n_stories: int) -> list[int]:
    """The demo story plus ``n_stories`` small invented two-article stories."""
    from storylens.models import RawArticle
    from storylens.web.sample import build_store as build
    from storylens.web.sample import demo_raws

    stories = [("Draven Viaduct collapse", demo_raws())]
    for n in range(n_stories):
        topic = f"harbour{n:02d}"
        text = BODY.format(topic=topic, n=n + 10)
        other = text.replace("welcomed", "cautiously welcomed") + "\n\nA shop owner was not convinced."
        day = f"2026-10-{(n % 28) + 1:02d}"
        stories.append((f"Ferry timetable in {topic}", [
            RawArticle(source=f"s{n}a.txt", text=text, outlet="Harbour Gazette", title=f"{topic} ferry", published=day),
            RawArticle(source=f"s{n}b.txt", text=other, outlet=f"Coast Radio {n % 3}", title=f"{topic} timetable", published=day),
        ]))
    return build(path, stories)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


@dataclass
class Server:
    proc: subprocess.Popen
    port: int
    tmp: Path  # the TMPDIR given to the server: its temporary folder goes here
    stderr: str = ""  # what the server wrote to stderr, once stopped

    def stop(self, timeout: float = 30.0) -> int:
        """SIGTERM, then wait; returns the exit code (kills it past ``timeout``)."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        if self.proc.stderr is not None and not self.proc.stderr.closed:
            self.stderr = self.proc.stderr.read().decode("utf-8", "replace")
            self.proc.stderr.close()
        return self.proc.returncode

    def leftovers(self) -> list[str]:
        return sorted(p.name for p in self.tmp.glob("storylens-*"))


def start_server(args: list[str], tmp: Path, timeout: float = 60.0) -> Server:
    """``storylens serve ARGS`` on a free loopback port, once it answers /healthz."""
    port = _free_port()
    env = {**os.environ, "TMPDIR": str(tmp)}
    src = str(Path(__file__).resolve().parents[1] / "src")
    env["PYTHONPATH"] = src + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [sys.executable, "-c", "from storylens.cli.main import main; main()", "serve",
           "--host", HOST, "--port", str(port), *args]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    server = Server(proc, port, tmp)
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if proc.poll() is not None:
            server.stop()
            raise RuntimeError(f"serve exited with {proc.returncode}: {server.stderr[-2000:]}")
        with contextlib.suppress(OSError):
            if request(port, "GET", "/healthz")[0] == 200:
                return server
        time.sleep(0.2)
    server.stop()
    raise RuntimeError("serve did not answer /healthz in time")


def request(port: int, method: str, path: str, body: bytes | None = None,
            headers: dict[str, str] | None = None, timeout: float = 300.0) -> tuple[int, float]:
    """One request on a fresh connection: (status, seconds)."""
    conn = http.client.HTTPConnection(HOST, port, timeout=timeout)
    t0 = time.perf_counter()
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        resp.read()
        return resp.status, time.perf_counter() - t0
    finally:
        conn.close()


def _json(obj) -> tuple[bytes, dict[str, str]]:
    return json.dumps(obj).encode(), {"content-type": "application/json"}


def _article(text: str, **meta) -> dict:
    return {"text": text, **meta}


def _cursor(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def plan(n: int, ids: list[int], seed: int = 15) -> list[tuple[str, str, str, bytes | None, dict]]:
    """``n`` requests ``(kind, method, path, body, headers)``, deterministic for ``seed``.
    About a quarter are hostile (ids past 2^63, forged cursors, bad URLs, lone
    surrogates, long whitespace and ``#`` runs, Markdown and quote runs)."""
    rng = random.Random(seed)
    a = BODY.format(topic="quay", n=12)
    b = a.replace("Monday", "Tuesday") + "\n\nThe mayor did not comment."
    hostile_texts = [
        "The council met" + " " * 60_000 + "on Tuesday.",
        "The council met" + "\t\u00a0" * 30_000 + "on Tuesday.",
        "###### " + "#" * 60_000 + " Harbour",
        "Mayor\x1b]0;pwned\x07 Lund\x1b[2J said the wall would hold. " * 200,
    ]
    out = []
    for i in range(n):
        r = rng.random()
        sid = rng.choice(ids)
        if r < 0.30:
            out.append(("story page", "GET", f"/stories/{sid}", None, {}))
        elif r < 0.40:
            out.append(("story json", "GET", f"/api/stories/{sid}", None, {}))
        elif r < 0.50:
            out.append(("stories page", "GET", rng.choice(["/", "/?q=ferry", "/?outlet=Harbour+Gazette", "/?from=2026-10-05"]), None, {}))
        elif r < 0.57:
            out.append(("stories api", "GET", f"/api/stories?limit={rng.randrange(1, 40)}", None, {}))
        elif r < 0.62:
            out.append(("healthz", "GET", "/healthz", None, {}))
        elif r < 0.72:
            body, h = _json({"articles": [_article(a, outlet="Gazette"), _article(b, outlet="Radio")]})
            out.append(("compare api", "POST", "/api/compare", body, h))
        elif r < 0.75:
            form = "articles=" + (a + "\n---\n" + b).replace(" ", "+").replace("\n", "%0A")
            out.append(("compare form", "POST", "/compare", form.encode(), {"content-type": "application/x-www-form-urlencoded"}))
        else:  # hostile
            k = i % 8
            if k == 0:
                out.append(("hostile id", "GET", rng.choice(["/stories/9223372036854775808", "/api/stories/99999999999999999999999", "/api/stories/18446744073709551616/summary"]), None, {}))
            elif k == 1:
                bad = rng.choice([_cursor(b"x\x1f99999999999999999999999"), _cursor(b"\xff\xfe"), "%25%00", "A" * 300, _cursor(b"2026\x1f-5")])
                out.append(("hostile cursor", "GET", f"/api/stories?after={bad}", None, {}))
            elif k == 2:
                body, h = _json({"articles": [_article(a, url="http://[::1"), _article(b)]})
                out.append(("hostile url", "POST", "/api/compare", body, h))
            elif k == 3:
                body = json.dumps({"articles": [_article(a + " \ud800"), _article(b, title="\udfff")]}, ensure_ascii=True).encode()
                out.append(("hostile surrogate", "POST", "/api/compare", body, {"content-type": "application/json"}))
            elif k in (4, 5):
                body, h = _json({"articles": [_article(rng.choice(hostile_texts)), _article(b)]})
                out.append(("hostile text", "POST", "/api/compare", body, h))
            elif k == 6:
                out.append(("hostile query", "GET", "/?q=" + rng.choice(["%22%22%22", "NEAR(", "a*+OR+", "%00", "x" * 500]), None, {}))
            else:
                body, h = _json({"articles": [{"text": None}, {"html": "<p>" * 5000}]})
                out.append(("hostile body", "POST", "/api/compare", body, h))
    return out


@dataclass
class Result:
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statuses: Counter = field(default_factory=Counter)
    five_xx: list[tuple[str, str, int]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def run_load(port: int, reqs: list, concurrency: int) -> Result:
    res = Result()
    lock = threading.Lock()

    def one(item) -> None:
        kind, method, path, body, headers = item
        try:
            status, secs = request(port, method, path, body, headers)
        except OSError as e:
            with lock:
                res.errors.append(f"{kind} {path[:60]}: {e}")
            return
        with lock:
            res.times[kind].append(secs)
            res.statuses[status] += 1
            if status >= 500:
                res.five_xx.append((kind, path[:80], status))

    with ThreadPoolExecutor(concurrency) as ex:
        list(ex.map(one, reqs))
    return res


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def healthz_during_compare(port: int, size: int = 300_000, page: bool = False) -> tuple[list[float], float, int]:
    """/healthz latencies sampled while one hostile compare runs (through the API, or the
    compare page's form with ``page``: that one comes back as a rendered HTML page);
    returns (latencies, compare seconds, how many health answers came back before the
    compare ended)."""
    from urllib.parse import quote_plus

    text = "The council met" + " " * (size // 2) + "on Tuesday. " + "Word. " * (size // 12)
    other = BODY.format(topic="quay", n=12)
    if page:
        body = ("articles=" + quote_plus(text + "\n---\n" + other)).encode()
        h = {"content-type": "application/x-www-form-urlencoded"}
        path = "/compare"
    else:
        body, h = _json({"articles": [_article(text), _article(other)]})
        path = "/api/compare"
    done = threading.Event()
    took: list[float] = []

    def compare() -> None:
        took.append(request(port, "POST", path, body, h)[1])
        done.set()

    t = threading.Thread(target=compare)
    t.start()
    lat: list[float] = []
    before_end = 0
    time.sleep(0.3)
    while not done.is_set():
        status, secs = request(port, "GET", "/healthz")
        if not done.is_set():
            before_end += 1
            lat.append(secs)
        time.sleep(0.05)
    t.join()
    return lat, took[0], before_end


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=20)
    ap.add_argument("--stories", type=int, default=40)
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="weblord-") as d:
        tmp = Path(d)
        (tmp / "server-tmp").mkdir()
        db = tmp / "news.db"
        ids = build_store(db, args.stories)
        server = start_server(["--db", str(db)], tmp / "server-tmp")
        try:
            for page in (False, True):
                lat, took, n = healthz_during_compare(server.port, page=page)
                how = "the compare page" if page else "the API"
                print(f"/healthz while a hostile compare ran through {how} ({took:.2f} s):"
                      f" {n} answers, p50 {pct(lat, 0.5) * 1000:.0f} ms,"
                      f" p99 {pct(lat, 0.99) * 1000:.0f} ms,"
                      f" max {max(lat) * 1000 if lat else float('nan'):.0f} ms (target < 100 ms);"
                      f" load average {os.getloadavg()[0]:.1f}")
            reqs = plan(args.requests, ids)
            t0 = time.perf_counter()
            res = run_load(server.port, reqs, args.concurrency)
            wall = time.perf_counter() - t0
        finally:
            code = server.stop()
        left = server.leftovers()
    every = [x for v in res.times.values() for x in v]
    print(f"# {len(reqs)} requests, {args.concurrency} concurrent, {wall:.1f} s, {os.cpu_count()} CPUs")
    print(f"{'kind':18s} {'n':>5s} {'p50 ms':>8s} {'p99 ms':>8s}")
    for kind in sorted(res.times):
        v = res.times[kind]
        print(f"{kind:18s} {len(v):5d} {pct(v, 0.5) * 1000:8.0f} {pct(v, 0.99) * 1000:8.0f}")
    print(f"{'all':18s} {len(every):5d} {pct(every, 0.5) * 1000:8.0f} {pct(every, 0.99) * 1000:8.0f}")
    print(f"statuses: {dict(sorted(res.statuses.items()))}; 5xx: {len(res.five_xx)}; connection errors: {len(res.errors)}")
    for k, p, s in res.five_xx[:10]:
        print(f"  5xx: {s} {k} {p}")
    print(f"serve exit code after SIGTERM: {code}; temporary folders left: {left or 'none'}")
    return 1 if res.five_xx or res.errors or left else 0


if __name__ == "__main__":
    sys.exit(main())
