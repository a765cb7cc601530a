"""Every ``fact_conflict`` on real pairs outside the gold set, for reading by hand.

Run: ``.venv/bin/python benchmarks/fact_population.py [--on story_facts] [--context]
[--mode pairs|stories|one-story]``.

Population (``--mode``), never an article of a test-split gold pair
(``benchmarks/gold/splits.json``): rules are designed on what this prints, and test texts
are not read for that.

* ``pairs`` (default): the pairs of ``benchmarks/findings_report.py`` (``population``:
  listed non-gold pairs, unlisted pairs of one event, same-outlet pairs);
* ``stories``: those pairs (less the same-outlet ones) and the dev gold pairs joined into
  connected components, each component of 3+ articles compared as one story: article
  pairs no annotator listed meet there;
* ``one-story``: every such article in one comparison, a stress test: different events
  meet, so every finding across two events is wrong.

Each comparison runs the full pipeline with default ``Options`` plus the ``--on`` flags. Prints the number of pairs,
findings per rule, and each finding with its sentences (``--context``: the whole
sentences, else the first 220 characters), so a reader can mark each right or wrong.
Exits 0 with a message when the shared data are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import findings_report as FR  # noqa: E402  (a sibling script, not a package)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--on", default="", help="comma-separated Options flags to switch on")
    ap.add_argument("--context", action="store_true", help="print whole sentences")
    ap.add_argument("--mode", choices=("pairs", "stories", "one-story"), default="pairs")
    args = ap.parse_args(argv)
    if not FR.DATA.is_dir():
        print(f"skipped: {FR.DATA} not found (the evaluation data live beside the checkout)")
        return 0
    from storylens.options import Options

    articles = {a["id"]: a for a in FR._jsonl(FR.DATA / "articles.jsonl")}
    test = set(json.loads((HERE / "gold" / "splits.json").read_text(encoding="utf-8"))
               ["semeval2022-en"]["test"])
    test_articles = {x for r in FR._jsonl(FR.GOLD) if r["pair_id"] in test
                     for x in (r["a"], r["b"])}
    pairs = [p for p in FR.population(articles)
             if p[1] not in test_articles and p[2] not in test_articles]
    groups = [(pid, (a, b), origin) for pid, a, b, origin in pairs]
    if args.mode != "pairs":
        edges = [(a, b) for _, a, b, origin in pairs if origin != "same-outlet"]
        edges += [(r["a"], r["b"]) for r in FR._jsonl(FR.GOLD) if r["pair_id"] not in test]
        members = _components(edges) if args.mode == "stories" else [
            sorted({x for e in edges for x in e})]
        groups = [(f"story{i}", tuple(m), f"{len(m)} articles") for i, m in enumerate(
            (m for m in members if len(m) >= 3 or args.mode == "one-story"), 1)]
    flags = {name: True for name in args.on.split(",") if name}
    options = replace(Options(), min_finding_confidence=0.0, **flags)
    rules: Counter[str] = Counter()
    t0 = time.perf_counter()
    n = 0
    for pid, ids, origin in groups:
        comp = FR.compare_ids(articles, ids, options)
        if comp is None:
            continue
        for f in comp.findings:
            if f.type != "fact_conflict":
                continue
            n += 1
            rules[str(f.detail.get("rule"))] += 1
            print(f"[{n}] {pid} ({origin}) conf {f.confidence:.2f} `{f.detail.get('rule')}` "
                  f"score {f.detail.get('score')}: {f.summary}")
            for sid in f.sentences:
                text = " ".join(comp.sentence(sid).text.split())
                print(f"    {sid}: {text if args.context else text[:220]}")
    print(f"\n{len(groups)} comparisons, mode {args.mode} (test-split articles left out), {n} fact_conflict findings "
          f"({', '.join(f'{r} {k}' for r, k in sorted(rules.items())) or 'none'}), "
          f"{time.perf_counter() - t0:.1f} s")
    return 0


def _components(edges: list[tuple[str, str]]) -> list[list[str]]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        parent[find(a)] = find(b)
    out: dict[str, list[str]] = {}
    for x in sorted(parent):
        out.setdefault(find(x), []).append(x)
    return sorted(out.values(), key=lambda m: (-len(m), m))


if __name__ == "__main__":
    sys.exit(main())
