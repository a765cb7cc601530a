"""Every ``fact_conflict`` on real pairs outside the gold set, for reading by hand.

Run: ``.venv/bin/python benchmarks/fact_population.py [--on story_facts] [--context]
[--mode pairs|stories|one-story|polnear|extraction|dev] [--links] [--date-links]``.

Population (``--mode``), never an article of a test-split gold pair
(``benchmarks/gold/splits.json``): rules are designed on what this prints, and test texts
are not read for that.

* ``pairs`` (default): the pairs of ``benchmarks/findings_report.py`` (``population``:
  listed non-gold pairs, unlisted pairs of one event, same-outlet pairs);
* ``stories``: those pairs (less the same-outlet ones) and the dev gold pairs joined into
  connected components, each component of 3+ articles compared as one story: article
  pairs no annotator listed meet there;
* ``one-story``: every such article in one comparison, a stress test: different events
  meet, so every finding across two events is wrong;
* ``polnear``: the PolNeAR *valid* documents (``shared/data/polnear``, one copy of each
  article: the corpus holds some several times under annotator suffixes) as one story, a
  stress test of another kind: 2016 campaign news from seven outlets, so names (Trump,
  Clinton) and figures (polls, taxes, ages) meet everywhere across different events;
* ``extraction``: the expected bodies of the *dev* pages of ``shared/data/article-extraction``
  as one story: unrelated pages from many sites, so every finding is wrong;
* ``dev``: the dev-split gold pairs, each on its own (what ``findings_gold.py`` scores).

``--links`` also prints every link the story-wide rules make between two mentions
(``fact.unaligned.*``, ``fact.event-year``), whether the values agree or not: each link
claims "one fact", so reading the agreeing ones too measures that claim on many more items
than the conflicts alone (a link between two facts that happen to agree is a conflict
waiting for another value). ``--date-links`` prints every link between two dates, the
aligned rules' too (``fact.aligned.event`` dates one event of two aligned sentences: each
such link claims "one event", agreeing or not).

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
    ap.add_argument("--on", default="", help="comma-separated Options flags to switch on (all: every flag, as"
                    " findings_gold.py reads it)")
    ap.add_argument("--context", action="store_true", help="print whole sentences")
    ap.add_argument("--mode", choices=("pairs", "stories", "one-story", "polnear", "extraction", "dev"),
                    default="pairs")
    ap.add_argument("--links", action="store_true", help="print every story-wide link too")
    ap.add_argument("--date-links", action="store_true",
                    help="print every link between two dates, aligned ones too")
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
    if args.mode == "dev":
        dev = set(json.loads((HERE / "gold" / "splits.json").read_text(encoding="utf-8"))
                  ["semeval2022-en"]["dev"])
        groups = [(r["pair_id"], (r["a"], r["b"]), "dev gold") for r in FR._jsonl(FR.GOLD)
                  if r["pair_id"] in dev]
    elif args.mode in ("polnear", "extraction"):
        articles = _stress_articles(args.mode)
        groups = [("story1", tuple(sorted(articles)), f"{len(articles)} articles")]
    elif args.mode != "pairs":
        edges = [(a, b) for _, a, b, origin in pairs if origin != "same-outlet"]
        edges += [(r["a"], r["b"]) for r in FR._jsonl(FR.GOLD) if r["pair_id"] not in test]
        members = _components(edges) if args.mode == "stories" else [
            sorted({x for e in edges for x in e})]
        groups = [(f"story{i}", tuple(m), f"{len(m)} articles") for i, m in enumerate(
            (m for m in members if len(m) >= 3 or args.mode == "one-story"), 1)]
    on = tuple(name for name in args.on.split(",") if name)
    if "all" in on:
        from findings_gold import ALL_FLAGS

        on = ALL_FLAGS
    flags = dict.fromkeys(on, True)
    options = replace(Options(), min_finding_confidence=0.0, **flags)
    rules: Counter[str] = Counter()
    links: Counter[str] = Counter()
    t0 = time.perf_counter()
    n = 0
    edges_of = _capture_edges() if args.links or args.date_links else None
    for pid, ids, origin in groups:
        comp = FR.compare_ids(articles, ids, options)
        if comp is None:
            continue
        if edges_of:
            _print_links(pid, edges_of.pop(), links, args.links, args.date_links)
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
    if args.links or args.date_links:
        print(f"links printed: {sum(links.values())} "
              f"({', '.join(f'{k} {v}' for k, v in sorted(links.items())) or 'none'})")
    return 0


def _capture_edges() -> list:
    """Wrap ``facts._findings`` so that each comparison's mention links are kept (the
    finder's own input, nothing recomputed)."""
    from storylens.findings import facts as F

    kept: list = []
    inner = F._findings

    def spy(ctx, edges):
        kept.append((ctx, list(edges)))
        return inner(ctx, edges)

    F._findings = spy
    return kept


def _print_links(pid: str, captured, links: Counter, story_wide: bool = True,
                 dates: bool = False) -> None:
    from storylens.findings import facts as F

    ctx, edges = captured
    seen = set()
    for x, y, rule, _score in edges:
        key = (x.article, x.q.start, y.article, y.q.start)
        wanted = (story_wide and not rule.startswith("fact.aligned")) or (
            dates and x.family == "when")
        if not wanted or key in seen:
            continue
        seen.add(key)
        agree = F._agree(x, y)
        links[f"{rule} {'agree' if agree else 'differ'}"] += 1
        print(f"  link {pid} `{rule}` {'agree' if agree else 'DIFFER'} {x.family} "
              f"heads {sorted(x.heads)}/{sorted(y.heads)} time {x.time}/{y.time}")
        for m in (x, y):
            text = " ".join(ctx.sentence(m.q.sentence).text.split())
            print(f"    {m.q.sentence} [{m.q.text}] {text}")


def _stress_articles(mode: str) -> dict[str, dict]:
    """The records of a stress population, shaped as SemEval's (id, text, outlet, ...)."""
    shared = FR.DATA.parent
    out: dict[str, dict] = {}
    if mode == "polnear":
        docs: dict[str, list[str]] = {}
        for r in FR._jsonl(shared / "polnear" / "valid.jsonl"):
            docs.setdefault(r["doc_id"], []).append(r["text"])
        seen: set[str] = set()
        for doc_id in sorted(docs):
            outlet, day, slug, _ = doc_id.split("_")  # "politico_2016-10-17_slug_6b86"
            if slug in seen:  # one article annotated several times
                continue
            seen.add(slug)
            out[doc_id] = {"id": doc_id, "text": "\n\n".join(docs[doc_id]), "outlet": outlet,
                           "title": slug.replace("-", " "), "published": day, "url": None}
        return out
    split = set(json.loads((HERE / "gold" / "splits.json").read_text(encoding="utf-8"))
                ["article-extraction"]["dev"])
    for r in FR._jsonl(shared / "article-extraction" / "pages.jsonl"):
        if r["id"] in split:
            host = r["url"].split("/")[2]
            out[r["id"]] = {"id": r["id"], "text": r["expected_body"], "outlet": host,
                            "title": None, "published": None, "url": r["url"]}
    return out


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
