"""Server time of the web UI (issue target: story page for a 50-article story < 1 s).

Cases, each the median of several requests through the app in this process (no network):

* story page, 50 articles, cold: the comparison is computed, then rendered;
* story page, 50 articles, render only: the comparison is cached, the page is rendered;
* story page, 50 articles, warm: the rendered page is served from the server's cache;
* the standalone report (``render_html``) of the same comparison, as the baseline for
  rendering the same templates;
* ``/api/stories/{id}`` warm; the stories page on a store of ``--articles`` articles
  (first page, a deep keyset page, a search, an outlet filter).

The 50 articles are deterministic rewrites of the demo story (words swapped, sentences
dropped, a local paragraph added), so they read like 50 outlets editing one wire story.

    python benchmarks/web_story.py [--runs 5] [--articles 100000]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import statistics
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient

from storylens.models import RawArticle
from storylens.options import Options
from storylens.pipeline import clean_all
from storylens.web import create_app
from storylens.web.sample import build_store, demo_raws

FILLER = (
    "Officials said the figures would be reviewed again next week. "
    "Residents gathered near the harbour wall as the afternoon wore on. "
    "The regional council has not yet published its own assessment."
)


def _rewrite(text: str, rng: random.Random) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    out = []
    for p in paras:
        sents = re.split(r"(?<=[.!?])\s+", p)
        words = " ".join(s for s in sents if rng.random() > 0.12).split(" ")
        for i, w in enumerate(words):
            if rng.random() < 0.04 and w.isalpha():
                words[i] = rng.choice(["reportedly", "officials", "local", "recent", "major"])
        out.append(" ".join(words))
    if rng.random() < 0.5:
        out.insert(rng.randrange(len(out) + 1), FILLER)
    return "\n\n".join(x for x in out if x.strip())


def fifty_articles(n: int = 50, seed: int = 11) -> list[RawArticle]:
    rng = random.Random(seed)
    arts, _ = clean_all(demo_raws(), Options())
    texts = [a.text for a in arts]
    return [
        RawArticle(
            source=f"outlet{i:02d}.txt",
            text=_rewrite(texts[i % len(texts)], rng),
            outlet=f"Outlet {i:02d}",
            title=f"Viaduct collapse, desk {i:02d}",
            published=f"2026-11-{18 + i // 24:02d}T{i % 24:02d}:00:00",
        )
        for i in range(n)
    ]


def big_store(path: Path, n_articles: int) -> None:
    """``n_articles`` short stored articles in stories of 2-6, written straight through the
    Store protocol (no cleaning: this measures listing, not ingest)."""
    from storylens.engines.local.build import BuildOptions, groups_state, stories_state
    from storylens.store import StoredArticle, StoredStory, content_hash, open_store

    rng = random.Random(3)
    outlets = [f"Outlet {i:03d}" for i in range(200)]
    with open_store(path) as store:
        batch, sizes = [], []
        left = n_articles
        while left > 0:
            k = min(left, rng.randint(2, 6))
            sizes.append(k)
            left -= k
        sid_of: list[int] = []
        for s, k in enumerate(sizes):
            day = f"2025-{1 + s % 12:02d}-{1 + s % 28:02d}T{s % 24:02d}:00:00"
            for j in range(k):
                text = f"Story {s} topic{s} word{j} and the harbour council met again. " * 4
                src = f"gen/{s}/{j}.txt"
                batch.append(
                    StoredArticle(
                        content_hash=content_hash(text, src, None, None), raw_key=f"{s}:{j}", source=src,
                        outlet=rng.choice(outlets), clean_text=text, title=f"Story {s} headline {j}",
                        published=day,
                    )
                )
                sid_of.append(s)
            if len(batch) >= 5000:
                store.write_batch(batch)
                batch = []
        store.write_batch(batch)
        members: dict[int, list[int]] = {}
        for a in store.iter_articles(batch=5000):
            members.setdefault(sid_of[a.id - 1], []).append(a.id)
        stories = [
            StoredStory(s + 1, f"Story {s} headline", tuple(ids),
                        f"2025-{1 + s % 12:02d}-{1 + s % 28:02d}", f"2025-{1 + s % 12:02d}-{1 + s % 28:02d}T{s % 24:02d}:00:00")
            for s, ids in sorted(members.items())
        ]
        store.replace_groups([], groups_state(store, BuildOptions()))
        store.replace_stories(stories, stories_state(store, BuildOptions()))


def _median(fn, runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds (CPU of the whole process: the app runs in a worker
    thread of the TestClient, so this counts the server's work and not the waiting)."""
    wall, cpu = [], []
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        fn()
        wall.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    return statistics.median(wall), statistics.median(cpu)


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--articles", type=int, default=100_000, help="size of the store for the stories page")
    args = ap.parse_args()
    rows: list[tuple[str, tuple[float, float], str]] = []
    with tempfile.TemporaryDirectory(prefix="storylens-web-bench-") as tmp:
        db = Path(tmp) / "story.db"
        build_store(db, [("Viaduct collapse, fifty desks", fifty_articles())])
        app = create_app(db, Options(), max_articles=50)
        with TestClient(app, base_url="http://127.0.0.1") as c:
            t0, c0 = time.perf_counter(), time.process_time()
            r = c.get("/stories/1")
            cold = (time.perf_counter() - t0, time.process_time() - c0)
            assert r.status_code == 200, r.text[:300]
            n_cols = r.text.count('<article class="column')
            size_kb = len(r.content) / 1024
            rows.append((f"story page, {n_cols} articles, cold (compare + render)", cold, "-"))
            service = app.state.web.stories

            def render_only():
                service._pages.clear()  # keep the comparison, drop the rendered page
                c.get("/stories/1")

            rows.append((f"story page, {n_cols} articles, render only (comparison cached)", _median(render_only, args.runs), "< 1 s"))
            warm = _median(lambda: c.get("/stories/1"), args.runs)
            rows.append((f"story page, {n_cols} articles, warm (page cached)", warm, "< 1 s"))
            _, comp = app.state.web.stories.comparison(1)
            from storylens.report.html import render_html

            base = _median(lambda: render_html(comp), args.runs)
            rows.append(("  baseline: standalone report render_html, same comparison", base, "-"))
            api = _median(lambda: c.get("/api/stories/1"), args.runs)
            rows.append(("/api/stories/1 warm (JSON)", api, "-"))
            timings = ", ".join(f"{k} {v:.2f}" for k, v in comp.timings.items())

        big = Path(tmp) / "big.db"
        t0 = time.perf_counter()
        big_store(big, args.articles)
        built = time.perf_counter() - t0
        app = create_app(big, Options())
        with TestClient(app, base_url="http://127.0.0.1") as c:
            first = c.get("/api/stories", params={"limit": 25}).json()
            n_stories = first["total_stories"]
            cursor = first["next"]
            for _ in range(200):  # walk 200 pages deep to get a deep cursor
                cursor = c.get("/api/stories", params={"limit": 25, "after": cursor}).json()["next"]
            cases = [
                ("stories page 1", lambda: c.get("/")),
                ("stories page 201 (keyset cursor)", lambda: c.get("/", params={"after": cursor})),
                ("search 'topic123'", lambda: c.get("/", params={"q": "topic123"})),
                ("outlet filter", lambda: c.get("/", params={"outlet": "Outlet 007"})),
                ("date filter, one day", lambda: c.get("/", params={"from": "2025-03-03", "to": "2025-03-03"})),
            ]
            for label, fn in cases:
                assert fn().status_code == 200
                rows.append((f"{label} ({args.articles:,} articles, {n_stories:,} stories)", _median(fn, args.runs), "-"))

    print(f"machine: {platform.machine()} {os.cpu_count()} cores, {_cpu()}, Python {platform.python_version()}")
    print(f"story page: {size_kb:,.0f} KiB of HTML; pipeline stages (s): {timings}")
    print(f"stories store built in {built:.1f} s (not part of any timing below)")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"median of {args.runs} requests, in-process (TestClient); load average {load:.1f} at the end")
    print("wall s is what a user waits on this machine now; cpu s is the work, which a busy")
    print("machine does not inflate")
    width = max(len(r[0]) for r in rows)
    print(f"{'case':<{width}} {'wall s':>8} {'cpu s':>8} {'target':>7}")
    for label, (wall, cpu), target in rows:
        print(f"{label:<{width}} {wall:>8.3f} {cpu:>8.3f} {target:>7}")


if __name__ == "__main__":
    main()
