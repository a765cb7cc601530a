"""Why the aligner misses gold ``shared`` pairs: each missed pair in one class, counted.

Run: ``.venv/bin/python benchmarks/alignment_misses.py [--split dev] [--on paraphrases] [--list]``

For every gold ``shared`` item (``benchmarks/gold/semeval_findings.jsonl``, split fixed in
``splits.json``) that the aligner does not put in one group (matching as
``benchmarks/findings_gold.py``: :func:`findings_gold.span_in`), the first sentence of each
article that holds its span is scored the way ``storylens.align`` scores a candidate pair
(content stems, IDF over the two articles, the content score ``_para_score``) and the pair is
put in the first class that fits:

1. ``no sentence`` — no sentence of the cleaned article holds the span (cleaning dropped it);
2. ``not a clause`` — either sentence is a heading, label or list line (``align.is_clause``);
3. ``< 2 shared stems`` — the two sentences share at most one content stem;
4. ``score < 0.20``, ``0.20-0.30``, ``0.30-0.40``, ``0.40-0.50`` — the content score band
   (the close tier needs 0.50, the anchored tier 0.30 with 3 rare shared words, the full rule
   of ``--paraphrases`` 0.40);
5. ``score >= 0.50`` — a pair the close tier scores high enough, missed by a guard (shared
   stems, names) or by the grouping (each sentence at most once per article pair).

Tags counted beside the classes: ``clash`` (a polarity or quote clash blocks it,
``align.polarity_clash``), ``one grouped`` (one of the two sentences is already in a group:
a one-to-many pair), ``contained`` (the IDF-weighted share of the lighter sentence's content
found in the other is >= 0.55). Tune on dev only.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from findings_gold import DATA, GOLD, _text, span_in  # noqa: E402
from paraphrase import split_prepared  # noqa: E402

from storylens.align import (  # noqa: E402
    _different_quotes,
    _para_score,
    _quoted_stems,
    _type_stems,
    align,
    is_clause,
    polarity_clash,
)
from storylens.options import Options  # noqa: E402

BANDS = ((0.20, "score < 0.20"), (0.30, "score 0.20-0.30"), (0.40, "score 0.30-0.40"), (0.50, "score 0.40-0.50"))
CONTAINED = 0.55


def classify(prepared, options: Options) -> tuple[Counter, Counter, list[tuple[str, str, str, str]], int]:
    """(classes, tags, listed misses, gold pairs) for the prepared pairs under ``options``."""
    classes: Counter[str] = Counter()
    tags: Counter[str] = Counter()
    listed = []
    n_gold = 0
    for row, A, B, docs in prepared:
        gold = [i for i in row["items"] if i["type"] == "shared"]
        n_gold += len(gold)
        if not docs:
            classes["no sentence"] += len(gold)
            continue
        sents = [s for d in docs for s in d.sentences]
        stems = {s.id: _type_stems(s.text)[0] for s in sents}
        df = Counter(k for s in sents for k in set(stems[s.id]))
        idf = {k: math.log(1.0 + len(sents) / c) for k, c in df.items()}
        als, _ = align(docs, options)
        grouped = {s for al in als for s in al.sentences}
        pairs = {(x, y) for al in als for x in al.sentences for y in al.sentences}
        for i in gold:
            ta, tb = _text(A, i["a"]), _text(B, i["b"])
            xs = [s for s in docs[0].sentences if span_in(ta, s.text)]
            ys = [s for s in docs[1].sentences if span_in(tb, s.text)]
            if any((x.id, y.id) in pairs for x in xs for y in ys):
                continue
            if not xs or not ys:
                classes["no sentence"] += 1
                continue
            x, y = xs[0], ys[0]
            shared = set(stems[x.id]) & set(stems[y.id])
            wa, wb = (sum(idf[k] for k in stems[s.id]) for s in (x, y))
            wi = sum(idf[k] for k in shared)
            score = _para_score(wi, wa, wb)
            if not (is_clause(x.text) and is_clause(y.text)):
                c = "not a clause"
            elif len(shared) < 2:
                c = "< 2 shared stems"
            else:
                c = next((name for top, name in BANDS if score < top), "score >= 0.50")
            classes[c] += 1
            if polarity_clash(x.text, y.text) or _different_quotes(_quoted_stems(x.text), _quoted_stems(y.text)):
                tags["clash"] += 1
            if x.id in grouped or y.id in grouped:
                tags["one grouped"] += 1
            if wi / max(min(wa, wb), 1e-9) >= CONTAINED and len(shared) >= 2:
                tags["contained"] += 1
            listed.append((c, row["pair_id"], x.text, y.text))
    return classes, tags, listed, n_gold


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--on", default="", help="comma-separated Options flags to switch on (e.g. paraphrases)")
    ap.add_argument("--list", action="store_true", help="print every missed pair (for reading, not for reports)")
    args = ap.parse_args(argv)
    if not DATA.is_dir() or not GOLD.is_file():
        print(f"skipped: {DATA} or {GOLD} not found (the evaluation data live beside the checkout)")
        return 0
    options = replace(Options(), **{f: True for f in args.on.split(",") if f})
    prepared = split_prepared(args.split)
    classes, tags, listed, n_gold = classify(prepared, options)
    missed = sum(classes.values())
    print(f"split: {args.split} ({len(prepared)} pairs), options on: {args.on or 'none'}; "
          f"gold shared pairs {n_gold}, missed {missed}")
    print("\n| class | missed | share of misses |\n|---|---:|---:|")
    order = ["no sentence", "not a clause", "< 2 shared stems", *(name for _, name in BANDS), "score >= 0.50"]
    for c in order:
        print(f"| {c} | {classes[c]} | {100 * classes[c] / max(missed, 1):.0f}% |")
    print("\n| tag (any class) | missed |\n|---|---:|")
    for t in ("clash", "one grouped", "contained"):
        print(f"| {t} | {tags[t]} |")
    if args.list:
        for c, pid, x, y in sorted(listed):
            print(f"\n[{c}] {pid}\n  a: {x[:200]}\n  b: {y[:200]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
