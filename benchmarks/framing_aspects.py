"""Framing recall per gold aspect (attribution / descriptor / loaded), counts only.

Run: ``.venv/bin/python benchmarks/framing_aspects.py [--split dev|test] [--on framing,story_framing]``

The gold framing items of ``benchmarks/gold/semeval_findings.jsonl`` carry an ``aspect``;
this prints, per aspect, how many the findings match (``findings_gold.py``'s matching, the
display cut applied) and how many framing findings are shown, without any article text: the
test split may be scored once at the end without reading its items. Exits 0 with a
message when the shared data are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import findings_gold as fg  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--on", default="", help="comma-separated Options flags (all: every one)")
    args = ap.parse_args(argv)
    if not fg.DATA.is_dir():
        print(f"skipped: {fg.DATA} not found (the evaluation data live beside the checkout)")
        return 0
    fg.ON = tuple(s for s in args.on.split(",") if s)
    if "all" in fg.ON:
        fg.ON = fg.ALL_FLAGS
    articles = {a["id"]: a for a in fg._jsonl(fg.DATA / "articles.jsonl")}
    split = set(json.loads(fg.SPLITS.read_text(encoding="utf-8"))["semeval2022-en"][args.split])
    gold, found, shown = Counter(), Counter(), 0
    options = fg.scored_options()
    for row in fg._jsonl(fg.GOLD):
        if row["pair_id"] not in split:
            continue
        items = [i for i in row["items"] if i["type"] == "framing"]
        A, B = articles[row["a"]], articles[row["b"]]
        comp = fg.compare_pair(A, B)
        fs = [] if comp is None else [f for f in comp.findings
                                      if f.type == "framing" and fg.is_shown(f, options)]
        shown += len(fs)
        for i in items:
            gold[i.get("aspect", "?")] += 1
            if any(fg._two_sided_match(comp, f, i, A, B) for f in fs):
                found[i.get("aspect", "?")] += 1
    print(f"framing recall per aspect, split {args.split}, flags {fg.ON or '()'}: "
          + ", ".join(f"{a} {found[a]}/{gold[a]}" for a in sorted(gold))
          + f"; framing findings shown {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
