"""The public subjectivity lexicon (pattern's, via TextBlob) as story-wide loaded modifiers,
measured against the project's own list (issue 12, item 3).

Run: ``.venv/bin/python benchmarks/subjectivity_lexicon.py [--min-subjectivity 0.9]
[--min-polarity 0.5] [--lo 0.1]``

The lexicon's strongly subjective adjectives (``storylens.rules.subjectivity``) are added,
for this run only, to the modifier table the story-wide rule reads
(``rules.loaded_terms.MODIFIERS``) as a class of their own, ``subjective``; words already
in the project's own list keep their entry. Then, with ``story_framing`` on:

* the **dev** gold pairs (``benchmarks/gold/splits.json``; never the test split) and
* the **non-gold population** of ``framing_guard.py`` (SemEval pairs outside the gold set,
  less every pair that holds a test-split article),

are compared once with the project's list alone and once with the lexicon added; every
finding that only the lexicon gives is printed with its sentences for reading by hand,
with the count of findings per side. Verdicts are not stored here; docs/findings.md gives
them. Exits 0 with a message when the shared data or TextBlob are absent.
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

from findings_report import DATA, GOLD, _jsonl  # noqa: E402
from framing_guard import SPLITS, framing_findings, non_gold_pairs  # noqa: E402


def _pairs(articles: dict[str, dict], lo: float | None) -> list[tuple[str, str, str, str]]:
    """(pair id, a, b, origin): dev gold pairs, then the non-gold population less every
    pair with a test-split article (``framing_guard.non_gold_pairs``)."""
    dev_ids = set(json.loads(SPLITS.read_text())["semeval2022-en"]["dev"])
    dev = [(r["pair_id"], r["a"], r["b"], "dev-gold") for r in _jsonl(GOLD)
           if r["pair_id"] in dev_ids]
    return dev + non_gold_pairs(articles, lo)


def _framing(articles, pairs, options) -> dict[tuple[str, str], list[str]]:
    """(pair id, summary) -> printed lines, for every framing finding."""
    return {(pid, f.summary): [f"## {pid} [{origin}] `{f.detail.get('rule')}` "
                               f"class {f.detail.get('class')}: {f.summary}", *cited]
            for (pid, _, _, origin), f, cited in framing_findings(articles, pairs, options)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--min-subjectivity", type=float, default=None)
    ap.add_argument("--min-polarity", type=float, default=None)
    ap.add_argument("--lo", type=float, default=None,
                    help="lowest TF-IDF cosine of an unlisted pair (findings_report: 0.2)")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the evaluation data live beside the checkout)")
        return 0
    from storylens.options import Options
    from storylens.rules import loaded_terms, subjectivity

    kw = {k: v for k, v in (("min_subjectivity", args.min_subjectivity),
                            ("min_polarity", args.min_polarity)) if v is not None}
    lexicon = subjectivity.subjective_adjectives(**kw)
    if not lexicon:
        print("skipped: TextBlob is not installed (pip install 'storylens[subjectivity]')")
        return 0
    added = {w: ("subjective", f"pattern lexicon: polarity {p:+.2f}, subjectivity {s:.2f}")
             for w, (p, s) in lexicon.items()
             if w not in loaded_terms.MODIFIERS and w not in loaded_terms.INTENSIFIERS}
    articles = {a["id"]: a for a in _jsonl(DATA / "articles.jsonl")}
    pairs = _pairs(articles, args.lo)
    options = replace(Options(), framing=True, story_framing=True)
    t0 = time.perf_counter()
    before = _framing(articles, pairs, options)
    # modifier_uses is memoised per Document; each run cleans and builds new Documents
    loaded_terms.MODIFIERS.update(added)
    try:
        after = _framing(articles, pairs, options)
    finally:
        for w in added:
            del loaded_terms.MODIFIERS[w]
    new = [v for k, v in after.items() if k not in before]
    lost = [v for k, v in before.items() if k not in after]
    print(f"lexicon: {len(lexicon)} strongly subjective adjectives, {len(added)} not in the "
          f"project's list; {len(pairs)} pairs (dev gold + non-gold population), "
          f"{time.perf_counter() - t0:.1f} s")
    print(f"framing findings: own list {len(before)}, with the lexicon {len(after)}; "
          f"only with the lexicon {len(new)}, lost {len(lost)}")
    for lines in new:
        print("\n".join(lines))
    for lines in lost:
        print("LOST " + "\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
