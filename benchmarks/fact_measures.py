"""What a count measures: the rules of ``findings/facts.py`` beside the optional spaCy parse.

Run: ``.venv/bin/python benchmarks/fact_measures.py [--split dev] [--show]``.

Input: the articles of the semeval2022-en pairs of one split (``benchmarks/gold/splits.json``;
dev by default: tune on dev only). For every count in a sentence of at most
``MAX_MENTIONS_PER_SENTENCE`` numbers it prints how often the rules and the parse give a
counted noun ("500 fur capes" -> cape), how often they agree on it and on the exclusive
head (dead / injured / missing ...), and the time each takes, measured in this run. With
``--show``, every disagreement with its context. Without spaCy and a model (the ``parse``
extra, see docs/findings.md) it reports the rules alone; without the data it exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "semeval2022-en"


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--show", action="store_true", help="print every disagreement")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found")
        return 0
    from storylens.analysis.names import _spacy
    from storylens.analysis.numbers import extract_quantities
    from storylens.findings import facts as F
    from storylens.models import RawArticle
    from storylens.options import Options
    from storylens.pipeline import clean_all
    from storylens.rules import numbers as R
    from storylens.segment import segment

    split = set(json.loads((ROOT / "benchmarks" / "gold" / "splits.json").read_text())
                ["semeval2022-en"][args.split])
    arts = {a["id"]: a for a in _jsonl(DATA / "articles.jsonl")}
    ids = sorted({x for p in _jsonl(DATA / "pairs.jsonl") if p["pair_id"] in split
                  for x in (p["a"], p["b"])})
    raws = [RawArticle(source=f"semeval:{x}", text=arts[x]["text"], outlet=arts[x]["outlet"],
                       title=arts[x]["title"], published=arts[x]["published"],
                       url=arts[x]["url"], record_id=x) for x in ids]
    articles, _ = clean_all(raws, Options())
    t0 = time.perf_counter()
    nlp = _spacy()
    load = time.perf_counter() - t0
    print(f"{args.split}: {len(articles)} articles; spaCy pipeline: "
          + (f"loaded in {load:.1f} s" if nlp is not None else "not installed (rules only)"))
    n = rule_noun = parse_noun = noun_differ = head_agree = 0
    t_rules = t_parse = 0.0
    shown = []
    for a in articles:
        doc = segment(a)
        by_sid: dict[str, list] = {}
        for q in extract_quantities(doc):
            by_sid.setdefault(q.sentence, []).append(q)
        sents = {s.id: s for s in doc.sentences}
        t0 = time.perf_counter()
        parsed = F._parsed_measures(sents, by_sid)
        t_parse += time.perf_counter() - t0
        for sid, sq in by_sid.items():
            if len(sq) > F.MAX_MENTIONS_PER_SENTENCE:
                continue
            sq = sorted(sq, key=lambda q: q.start)
            s = sents[sid]
            for i, q in enumerate(sq):
                if q.kind != "cardinal":
                    continue
                t0 = time.perf_counter()
                (before, after), _ = F._window(s, q, sq[i - 1] if i else None,
                                               sq[i + 1] if i + 1 < len(sq) else None)
                rn = F._counted_noun(after)
                rh = next((h for h in F._heads(before, after) if h in R.EXCLUSIVE_HEADS), None)
                t_rules += time.perf_counter() - t0
                pn, ph = parsed.get((q.start, q.end), (None, None))
                n += 1
                rule_noun += rn is not None
                parse_noun += pn is not None
                noun_differ += rn is not None and pn is not None and rn != pn
                head_agree += rh == ph
                if nlp is not None and (rn != pn or rh != ph):
                    lo = max(0, q.start - s.start - 50)
                    shown.append(f"  {q.text!r}: noun {rn} / {pn}, head {rh} / {ph} :: "
                                 f"{' '.join(s.text[lo:q.end - s.start + 50].split())}")
    print(f"counts: {n}; rules give a counted noun for {rule_noun}, rules time "
          f"{1000 * t_rules:.0f} ms")
    if nlp is not None:
        print(f"parse gives a counted noun for {parse_noun}; both give one and differ on "
              f"{noun_differ}; exclusive head agrees on {head_agree} "
              f"({100 * head_agree / max(1, n):.0f}%); parse time {1000 * t_parse:.0f} ms")
        if args.show:
            print("\n".join(shown))
    return 0


if __name__ == "__main__":
    sys.exit(main())
