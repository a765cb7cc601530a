"""Every ``shared_quote`` and ``quote_changed`` finding on the real pairs outside the gold
set, printed for reading (the precision guard of issue 11 items 3 and 4).

Run: ``.venv/bin/python benchmarks/quote_findings.py [--types shared_quote,quote_changed]``

The population is ``benchmarks/findings_report.py``'s (listed B/C pairs outside the gold,
unlisted same-event pairs, same-outlet pairs), each compared with default ``Options`` plus
``quote_changes`` (on by default since session 13; named so that they are read whatever the
default). Each finding
is printed with its rule, confidence, summary and, from its ``detail``, the two quote texts
it compares, so a reader can judge it right or wrong against the article texts.
Exits 0 with a message when the shared data are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--types", default="shared_quote,quote_changed")
    ap.add_argument("--json", default="", help="also write the findings to this JSONL file")
    args = ap.parse_args(argv)
    import findings_report as fr

    if not fr.DATA.is_dir():
        print(f"skipped: {fr.DATA} not found (the evaluation data live beside the checkout)")
        return 0
    from storylens.options import Options

    types = set(args.types.split(","))
    articles = {a["id"]: a for a in fr._jsonl(fr.DATA / "articles.jsonl")}
    pairs = fr.population(articles)
    options = replace(Options(), quote_changes=True)
    out = []
    t0 = time.perf_counter()
    for pid, a, b, origin in pairs:
        comp = fr.compare_ids(articles, (a, b), options)
        if comp is None:
            continue
        for f in comp.findings:
            if f.type not in types:
                continue
            d = f.detail
            rec = {"pair": pid, "origin": origin, "type": f.type, "rule": d.get("rule"),
                   "confidence": round(f.confidence, 2), "summary": f.summary,
                   "change": d.get("change"), "explanation": d.get("explanation"),
                   "quotes": d.get("quotes")
                   or [{"a": (d.get("a") or {}).get("quote"), "b": (d.get("b") or {}).get("quote")}]}
            out.append(rec)
            print(f"== {pid} [{origin}] {f.type} conf={f.confidence:.2f} {d.get('rule')}")
            print(f"   {f.summary}")
            if d.get("explanation"):
                print(f"   kind: {d['explanation']}")
            for q in rec["quotes"]:
                if q.get("a") or q.get("b"):
                    print(f"   a: {q.get('a')!r}\n   b: {q.get('b')!r}")
    print(f"\n{len(pairs)} pairs, {len(out)} findings, {time.perf_counter() - t0:.0f} s")
    if args.json:
        Path(args.json).write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
