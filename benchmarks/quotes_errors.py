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
import re
from collections import Counter, defaultdict
from pathlib import Path

from storylens.rules.attribution import COMPLEMENT_FORMS, CUE_FORMS, NP_FORMS
from storylens.rules.words import TITLE_WORDS

ROOT = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("bench_quotes", ROOT / "quotes.py")
assert _spec and _spec.loader
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

_MARKS = set("\"'“”‘’«»`") | {"``", "''"}
_CUE_WORDS = {k.split()[0] for k in CUE_FORMS} | set(COMPLEMENT_FORMS) | set(NP_FORMS)
qe_marks = _MARKS


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


_BE = re.compile(
    r"^(?:(?:is|are|was|were|be|been|being|has|have|had|could|would|will|may|might|can|"
    r"should|not|n't|also|often|sometimes|widely|never|once|to)\s+)+[a-z]+(?:ed|en|wn|ought)\b"
)
_TITLES = {w.lower() for w in TITLE_WORDS} | {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov."}


def _nearest_cue(u: dict, g: tuple[int, int]) -> dict | None:
    cues = [s for s in u["spans"] if s["role"] == "cue"]
    if not cues:
        return None

    def dist(s: dict) -> int:
        if s["token_end"] <= g[0]:
            return g[0] - s["token_end"]
        if s["token_start"] >= g[1]:
            return s["token_start"] - g[1]
        return 0

    return min(cues, key=dist)


def _sentence_of(u: dict, i: int) -> int:
    """Index of the sentence holding token ``i`` (a stop, "?" or "!" ends one)."""
    return sum(1 for t in u["tokens"][:i] if t in (".", "?", "!"))


def kinds(units: list[dict], role: str) -> Counter:
    """The error kinds the quotes brief asks for, one kind per gold span (and one per
    spurious prediction): exact, boundary (which end, and how), split / merged, missed (a
    span of quote marks only, a passive cue, a cue in another sentence, a cue word the
    rules know, an unknown cue word, no cue) and, for speakers, a title or a pronoun."""
    out: Counter = Counter()
    for u in units:
        pred = set(bench.predict(u).get(role, ()))
        gold = {(s["token_start"], s["token_end"]) for s in u["spans"] if s["role"] == role}
        toks = u["tokens"]
        for g in gold:
            if g in pred:
                out["exact"] += 1
                continue
            over = [p for p in pred if p[0] < g[1] and g[0] < p[1]]
            if len(over) >= 2:
                out["split (2+ predictions over one gold span)"] += 1
                continue
            if over:
                p = over[0]
                if sum(1 for h in gold if h[0] < p[1] and p[0] < h[1]) >= 2:
                    out["merged (one prediction over 2+ gold spans)"] += 1
                    continue
                diff = toks[min(p[0], g[0]) : max(p[0], g[0])] + toks[min(p[1], g[1]) : max(p[1], g[1])]
                low = [t.lower() for t in diff]
                if role == "source" and low and all(t in _TITLES or t[:1].isupper() for t in diff):
                    kind = "title or name part in/out"
                elif all(t in qe_marks or t in ",.;:" for t in diff):
                    kind = "quote marks / punctuation only"
                elif low and low[0] == "that" and len(low) == 1:
                    kind = "a leading 'that'"
                elif any(t in (".", "?", "!") for t in diff):
                    kind = "a sentence more or less"
                elif p[1] > g[1] and any(w in CUE_FORMS or w in _CUE_WORDS for w in low):
                    kind = "a trailing attribution or second cue included"
                else:
                    kind = "a clause or phrase more or less"
                ends = ("start" if p[0] != g[0] else "") + ("+end" if p[1] != g[1] else "")
                out[f"boundary ({ends.strip('+')}): {kind}"] += 1
                continue
            text = " ".join(toks[g[0] : g[1]])
            if all(t in qe_marks or t in ",.;:" for t in toks[g[0] : g[1]]):
                out["missed: gold span is quote marks only"] += 1
                continue
            if role == "source" and len(toks[g[0] : g[1]]) == 1 and text.lower() in (
                "he", "she", "they", "it", "we", "i", "who", "which"
            ):
                out["missed: pronoun or relative speaker"] += 1
                continue
            c = _nearest_cue(u, g)
            if c is None:
                out["missed: no cue in the unit"] += 1
                continue
            cue = " ".join(toks[c["token_start"] : c["token_end"]]).lower()
            if _BE.match(cue):
                out["missed: passive or perfect cue ('is expected', 'was accused of')"] += 1
            elif _sentence_of(u, c["token_start"]) != _sentence_of(u, g[0]):
                out["missed: cue in another sentence"] += 1
            elif cue in CUE_FORMS or any(w in _CUE_WORDS for w in cue.split()):
                out["missed: a cue word the rules know"] += 1
            else:
                out["missed: a cue word the rules do not know"] += 1
        for p in pred - gold:
            if not any(p[0] < g[1] and g[0] < p[1] for g in gold):
                out["spurious"] += 1
    return out


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
    ap.add_argument("--kinds", action="store_true", help="count errors by the brief's kinds")
    args = ap.parse_args(argv)
    units = bench.load(args.split)
    if args.kinds:
        counts = kinds(units, args.role)
        print(f"{args.split} {args.role}: {sum(v for k, v in counts.items() if k != 'spurious')} gold spans")
        for k, v in sorted(counts.items(), key=lambda x: -x[1]):
            print(f"{v:5d}  {k}")
        return 0
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
