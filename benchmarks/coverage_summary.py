"""Every item the default coverage summary lists, on real SemEval pairs, for reading by hand.

Run: ``.venv/bin/python benchmarks/coverage_summary.py [--split dev|test] [--a N] [--b N]``.

The coverage summary (``findings/summary.py``) is shown by default in every output, so each
fact it names must be true and readable by an editor. This script runs ``compare`` with
default options on the first ``--a`` stratum-A and ``--b`` stratum-B pairs of a split
(``benchmarks/gold/splits.json``, in its fixed order) and prints, per outlet, each fact the
summary shows ("only here", as the terminal labels it) and each fact behind its "leaves
out" count, with the sentence it comes from, so that a reader can mark each right or
wrong against the texts. It prints counts, not verdicts: the verdicts are a person's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
_CANDIDATES = (HERE.parents[1] / "shared" / "data" / "semeval2022-en",
               HERE.parents[2] / "shared" / "data" / "semeval2022-en")
DATA = next((p for p in _CANDIDATES if p.is_dir()), _CANDIDATES[0])
SPLITS = HERE / "gold" / "splits.json"


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def pairs(split: str, n_a: int, n_b: int) -> list[dict]:
    """The first ``n_a`` A and ``n_b`` B pairs of ``split``, in the split's fixed order."""
    order = json.loads(SPLITS.read_text(encoding="utf-8"))["semeval2022-en"][split]
    by_id = {p["pair_id"]: p for p in _jsonl(DATA / "pairs.jsonl")}
    out, want = [], {"A": n_a, "B": n_b}
    for pid in order:
        p = by_id.get(pid)
        if p and want.get(p["stratum"], 0) > 0:
            want[p["stratum"]] -= 1
            out.append(p)
    return out


def compare(A: dict, B: dict):
    from storylens.models import RawArticle
    from storylens.options import Options
    from storylens.pipeline import clean_all, compare_articles

    options = Options()
    raws = [RawArticle(source=f"semeval:{x['id']}", text=x["text"], outlet=x["outlet"],
                       title=x["title"], published=x["published"], url=x["url"],
                       record_id=x["id"]) for x in (A, B)]
    arts, _ = clean_all(raws, options)
    return compare_articles(arts, options) if len(arts) >= 2 else None


def items(comp) -> list[tuple[str, str, str, str]]:
    """(where, outlet, fact as shown, sentence text) of each item the summary lists: its
    "only here" facts and the facts behind each "leaves out" count."""
    from storylens.findings.summary import coverage_summary

    cov = coverage_summary(comp)
    if not cov:
        return []
    text = {s.id: s.text for d in comp.documents for s in d.sentences}
    out = []
    for o in cov["outlets"]:
        name = o.get("label") or o["outlet"]
        for t in o["only_here_top"]:
            out.append(("only here", name, t.get("label") or t["text"], text.get(t["sentence"], "")))
        for t in o.get("omits_top", []):
            out.append(("leaves out", name, t.get("label") or t["text"], text.get(t["sentence"], "")))
        if o["omits"] and "omits_top" not in o:
            # an older summary gives only the count: list the facts behind it
            for f in _omitted(comp, o["article"]):
                out.append(("leaves out", name, f.text, text.get(f.sentence, "")))
    return out


def _omitted(comp, article: str):
    """The facts behind an older summary's "leaves out" count (as ``outlet_profiles``
    counted them): facts other outlets carry that ``article`` does not."""
    from storylens.findings.common import FindingContext
    from storylens.findings.coverage import _classify

    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    _, oms = _classify(ctx, gate=False)
    return [c.fact for c in oms if article in c.missing]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--a", type=int, default=15, help="stratum-A pairs (same story)")
    ap.add_argument("--b", type=int, default=5, help="stratum-B pairs (related)")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the evaluation data live beside the checkout)")
        return 0
    articles = {a["id"]: a for a in _jsonl(DATA / "articles.jsonl")}
    total, t0 = 0, time.perf_counter()
    for p in pairs(args.split, args.a, args.b):
        A, B = articles.get(p["a"]), articles.get(p["b"])
        if A is None or B is None:
            continue
        comp = compare(A, B)
        listed = items(comp) if comp is not None else []
        print(f"## {p['pair_id']} ({p['stratum']}) {A['outlet']} | {B['outlet']}")
        for where, outlet, fact, sentence in listed:
            print(f"- [{where}] {outlet}: {fact}\n    « {sentence} »")
        total += len(listed)
    print(f"\n{total} items listed ({args.split}), {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
