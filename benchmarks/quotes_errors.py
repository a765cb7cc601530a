"""Where quote attribution goes wrong on PolNeAR: every error of one role, in buckets.

Run: ``.venv/bin/python benchmarks/quotes_errors.py [--split valid] [--role content]
[--show BUCKET] [--limit N]``.

Tune on the valid split only: this script prints the unit text of the errors it shows.

Each gold span of the role is matched to the predicted spans of the same unit:

* **exact** — a prediction with the same token span;
* **boundary** — a prediction that overlaps it; the bucket names how the ends differ
  (``start-`` / ``start+``: the prediction starts earlier / later; ``end-`` / ``end+``) and
  what the differing tokens are (a trailing attribution clause, a leading "that", quote
  marks, a second sentence, ...);
* **missed** — no prediction overlaps it; the bucket says whether the unit has quote marks,
  and whether a gold cue of the unit is a word the rules know as a cue;

and each prediction that overlaps no gold span is **spurious**. Counts are per bucket, with
the F1 figures of ``benchmarks/quotes.py`` beside them (same predictions).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
from collections import Counter, defaultdict
from pathlib import Path

from storylens.rules.attribution import CUE_FORMS

ROOT = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("bench_quotes", ROOT / "quotes.py")
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

_MARKS = set("\"'“”‘’«»`") | {"``", "''"}
_CUE_WORDS = {k.split()[0] for k in CUE_FORMS}


def _toks(unit: dict, a: int, b: int) -> list[str]:
    return unit["tokens"][a:b]


def _diff_kind(words: list[str], side: str) -> str:
    """Name a run of tokens that one span has and the other has not."""
    low = [w.lower() for w in words]
    if not words:
        return "?"
    if all(w in _MARKS or w in ",.;:" for w in words):
        return "marks/punct"
    if side == "start" and low[0] == "that":
        return "that"
    if side == "start" and low[0] in ("to",) and len(low) == 1:
        return "to"
    if "." in words[:-1] or "?" in words[:-1] or "!" in words[:-1]:
        return "sentence"
    cueish = any(w in CUE_FORMS or w in _CUE_WORDS for w in low)
    if cueish and len(words) <= 10:
        return "attribution-clause" if side == "end" else "attribution-lead"
    if any(w in ("according",) for w in low):
        return "according-to"
    if len(words) == 1:
        return "one-word"
    if len(words) <= 3:
        return "short"
    return "long"


def classify(units: list[dict], role: str):
    out: list[tuple[str, dict, tuple | None, tuple | None]] = []
    n = Counter()
    for u in units:
        pred = set(bench.predict(u).get(role, ()))
        gold = {(s["token_start"], s["token_end"]) for s in u["spans"] if s["role"] == role}
        n["gold"] += len(gold)
        n["pred"] += len(pred)
        n["tp"] += len(pred & gold)
        for g in sorted(gold - pred):
            over = [p for p in pred if p[0] < g[1] and g[0] < p[1] and p not in gold]
            if over:
                p = max(over, key=lambda x: min(x[1], g[1]) - max(x[0], g[0]))
                parts = []
                if p[0] < g[0]:
                    parts.append("start- " + _diff_kind(_toks(u, p[0], g[0]), "start"))
                elif p[0] > g[0]:
                    parts.append("start+ " + _diff_kind(_toks(u, g[0], p[0]), "start"))
                if p[1] > g[1]:
                    parts.append("end+ " + _diff_kind(_toks(u, g[1], p[1]), "end"))
                elif p[1] < g[1]:
                    parts.append("end- " + _diff_kind(_toks(u, p[1], g[1]), "end"))
                out.append(("boundary: " + ", ".join(parts), u, g, p))
            else:
                marks = any(t in _MARKS for t in _toks(u, g[0], g[1]))
                cues = [
                    " ".join(u["tokens"][s["token_start"] : s["token_end"]]).lower()
                    for s in u["spans"]
                    if s["role"] == "cue"
                ]
                known = any(c in CUE_FORMS or c.split()[0] in _CUE_WORDS for c in cues)
                kind = "quoted" if marks else "unquoted"
                cue = "known cue" if known else ("no cue" if not cues else "unknown cue")
                out.append((f"missed: {kind}, {cue}", u, g, None))
        for p in sorted(pred - gold):
            if not any(p[0] < g[1] and g[0] < p[1] for g in gold):
                marks = any(t in _MARKS for t in _toks(u, p[0], p[1]))
                out.append((f"spurious: {'quoted' if marks else 'unquoted'}", u, None, p))
    return out, n


def _show(u: dict, g, p) -> str:
    toks = u["tokens"]

    def mark(i: int) -> str:
        s = ""
        if g and i == g[0]:
            s += "[["
        if p and i == p[0]:
            s += "{{"
        return s

    def close(i: int) -> str:
        s = ""
        if p and i == p[1] - 1:
            s += "}}"
        if g and i == g[1] - 1:
            s += "]]"
        return s

    return " ".join(mark(i) + t + close(i) for i, t in enumerate(toks))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", default="valid", choices=("valid", "test"))
    ap.add_argument("--role", default="content", choices=bench.ROLES)
    ap.add_argument(
        "--show", action="append", default=[], help="print errors of buckets starting so"
    )
    ap.add_argument("--limit", type=int, default=15)
    ap.add_argument("--coarse", action="store_true", help="bucket by the first part only")
    args = ap.parse_args(argv)
    units = bench.load(args.split)
    errs, n = classify(units, args.role)
    p = n["tp"] / n["pred"] if n["pred"] else 0
    r = n["tp"] / n["gold"] if n["gold"] else 0
    f = 2 * p * r / (p + r) if p + r else 0
    print(
        f"{args.split} {args.role}: gold {n['gold']}, predicted {n['pred']}, exact {n['tp']}"
        f"  P/R/F1 {100 * p:.1f} / {100 * r:.1f} / {100 * f:.1f}"
    )
    counts = Counter(e[0] for e in errs)
    groups: dict[str, int] = defaultdict(int)
    for k, v in counts.items():
        groups[k.split(":")[0]] += v
    for k, v in sorted(groups.items(), key=lambda x: -x[1]):
        print(f"{v:5d}  {k}")
    print()
    for k, v in counts.most_common():
        print(f"{v:5d}  {k}")
    rng = random.Random(0)
    for prefix in args.show:
        sel = [e for e in errs if e[0].startswith(prefix)]
        rng.shuffle(sel)
        print(f"\n== {prefix}: {len(sel)}")
        for kind, u, g, pp in sel[: args.limit]:
            print(f"- {u['id']} [{kind}]  gold [[ ]], predicted {{{{ }}}}")
            print("  " + _show(u, g, pp))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
