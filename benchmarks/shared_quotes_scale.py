"""CPU time of the shared-quote finder on stories where every outlet quotes the same two
statements (the shape that made it quadratic: every pair of articles shares a quote).

The stories are invented (fictional Port Vella, fictional outlets): each article has its
own narration, written from word pools by a seeded generator so no two read alike, and
quotes the same two statements. Alignment and provenance run first and are not timed;
the figure is ``find_shared_quotes`` alone on a fresh context (its memo empty), the
median of ``--runs`` runs, with the pairs handed to ``shared_quotes`` and those it
compared word by word.

    python benchmarks/shared_quotes_scale.py [--sizes 50 100 200] [--runs 3]
        [--baseline OTHER/src]

With ``--baseline`` (say a worktree of main) the same stories are timed with that
checkout's finder in a child process, and its figures are printed beside.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

STATEMENTS = (
    '"The Draven Viaduct will stay closed until every cable has been tested by '
    'independent engineers," the ministry said in a statement on Tuesday.',
    '"Ferries will run every half hour from Port Vella to the north shore until the '
    'tests are complete," the harbour master told reporters.',
)
SUBJECTS = ("Residents", "Traders", "Commuters", "Fishermen", "Councillors", "Teachers",
            "Nurses", "Drivers", "Students", "Shopkeepers", "Pilots", "Farmers")
VERBS = ("gathered", "waited", "complained", "argued", "queued", "protested", "met",
         "walked", "spoke", "watched", "lingered", "assembled")
PLACES = ("near the quay", "by the old mill", "outside the town hall", "on the ferry ramp",
          "along the canal", "at the fish market", "beside the lighthouse",
          "in the station square", "under the east arch", "at the bus depot")
TIMES = ("on Monday", "late on Tuesday", "before dawn", "after the briefing",
         "through the night", "at noon", "in the rain", "for hours")
EXTRAS = ("as the tide turned", "while officials conferred", "despite the cold",
          "with little news", "amid rising anger", "as lorries backed up",
          "while divers inspected the piers", "as prices climbed")


def story(n: int, seed: int = 7) -> list[tuple[str, str]]:
    """``n`` invented articles (outlet, text): own narration, the same two quotes."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        lines = []
        for _ in range(6):
            lines.append(" ".join((rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(PLACES),
                                   rng.choice(TIMES), rng.choice(EXTRAS))) + ".")
        lines.insert(2, STATEMENTS[0])
        lines.insert(5, STATEMENTS[1])
        out.append((f"Vella Outlet {i:03d}", "\n\n".join(lines)))
    return out


def measure(n: int, runs: int) -> dict:
    from unittest import mock

    from storylens import pipeline
    from storylens.findings import source
    from storylens.findings.common import FindingContext
    from storylens.models import RawArticle
    from storylens.options import Options
    from storylens.pipeline import clean_all, compare_articles

    raws = [RawArticle(source=f"s{i}", text=t, outlet=o, title="Viaduct", record_id=f"r{i}")
            for i, (o, t) in enumerate(story(n))]
    arts, _ = clean_all(raws, Options())
    # analysed (quotes and speakers) as for findings, but no finder run here
    # (pipeline._findings returns the findings and the provenance since a93af04)
    with mock.patch.object(pipeline, "_findings", lambda docs, al, prov, opts: ([], prov)):
        comp = compare_articles(arts, Options())
    calls = [0]
    name = "shared_between" if hasattr(source, "shared_between") else "shared_quotes"
    real = getattr(source, name)

    def counted(*a, **k):
        calls[0] += 1
        return real(*a, **k)

    times, found, full = [], None, 0
    setattr(source, name, counted)
    try:
        for _ in range(runs):
            calls[0] = 0
            ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance,
                                       Options())
            t = time.process_time()
            found = source.find_shared_quotes(ctx)
            times.append(time.process_time() - t)
            seen = getattr(source._memo(ctx), "seen", None)  # None before signatures
            full = seen.compared if seen is not None else calls[0]
    finally:
        setattr(source, name, real)
    return {"articles": n, "seconds": statistics.median(times), "calls": calls[0], "compared": full,
            "findings": len(found or [])}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baseline", help="another checkout's src, timed in a child process")
    ap.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    here = [measure(n, args.runs) for n in args.sizes]
    if args.json:
        print(json.dumps(here))
        return
    base = None
    if args.baseline:
        cmd = [sys.executable, str(Path(__file__).resolve()), "--json", "--runs", str(args.runs),
               "--sizes", *map(str, args.sizes)]
        res = subprocess.run(cmd, env={"PYTHONPATH": str(Path(args.baseline).resolve()),
                                       "PATH": "/usr/bin:/bin"},
                             capture_output=True, text=True, check=True)
        base = json.loads(res.stdout.strip().splitlines()[-1])
    print("calls: pairs handed to shared_quotes (shared_between); compared: pairs compared word by word")
    print(f"{'articles':>8} {'cpu s':>8} {'calls':>7} {'compared':>8} {'findings':>8}"
          + ("   baseline: cpu s   calls compared findings" if base else ""))
    for k, r in enumerate(here):
        line = (f"{r['articles']:>8} {r['seconds']:>8.3f} {r['calls']:>7} {r['compared']:>8} "
                f"{r['findings']:>8}")
        if base:
            b = base[k]
            line += (f"   {b['seconds']:>15.3f} {b['calls']:>7} {b['compared']:>8} "
                     f"{b['findings']:>8}")
        print(line)


if __name__ == "__main__":
    main()
