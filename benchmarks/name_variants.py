"""Every ``name_variant`` finding on the real pairs outside the gold set, for reading.

Run: ``.venv/bin/python benchmarks/name_variants.py [--max N] [--wide]``

The population is ``benchmarks/findings_report.py``'s (every listed pair outside the
gold set, the unlisted same-event pairs, the seeded same-outlet pairs), compared with the
full pipeline and default ``Options``, as ``storylens compare`` does. Unlike the report's
seeded sample this prints *every* name variant with the sentences that carry it, so a
change to the name rules can be read as a whole before and after (issue 11: a wrong
name variant costs more than a missed one). No verdicts are stored: the reader writes them.

``--wide`` reads a larger population for the same purpose: every pair of articles whose
TF-IDF cosine is at least ``--min`` (``WIDE_MIN``; 0 for every pair) (same story, related or merely on a shared topic),
leaving out every article of a test-split gold pair (test texts are never read to design
a rule). The name finder reads only the articles' entities, not the alignment, so there
it runs alone on the analysed documents, which makes thousands of pairs cheap.
``--wide --aligned`` compares each of those pairs with the full pipeline instead, so the
links that read the alignment (``name.aligned``: a name in the same slot of two aligned
sentences) are read too (slower: a comparison per pair).
Exits 0 with a message when the shared data are absent.
"""

from __future__ import annotations

import argparse
import sys
import time

import findings_report as fr

WIDE_MIN = 0.1


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max", type=int, default=0, help="stop after this many pairs (0: all)")
    ap.add_argument("--wide", action="store_true", help="every non-test pair at cosine >= --min")
    ap.add_argument("--aligned", action="store_true",
                    help="with --wide: compare each pair with the full pipeline (alignment-based links)")
    ap.add_argument("--min", type=float, default=WIDE_MIN, help=f"cosine floor of --wide ({WIDE_MIN})")
    args = ap.parse_args(argv)
    if not fr.DATA.is_dir():
        print(f"skipped: {fr.DATA} not found (the evaluation data live beside the checkout)")
        return 0
    if args.wide:
        return wide(args.min, args.aligned)
    from storylens.options import Options

    articles = {a["id"]: a for a in fr._jsonl(fr.DATA / "articles.jsonl")}
    pairs = fr.population(articles)
    if args.max:
        pairs = pairs[: args.max]
    options = Options()
    t0 = time.perf_counter()
    n = 0
    for pid, a, b, origin in pairs:
        comp = fr.compare_ids(articles, (a, b), options)
        if comp is not None:
            n += _print_variants(comp, f"{pid} ({origin})")
    print(f"\n{n} name variants on {len(pairs)} pairs, {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    return 0


def wide(floor: float, aligned: bool = False) -> int:
    from storylens.analysis.names import extract_entities
    from storylens.findings.common import FindingContext
    from storylens.findings.names import find_name_variants
    from storylens.options import Options
    from storylens.pipeline import clean_all
    from storylens.segment import segment

    test = {x for r in fr._jsonl(fr.GOLD) if r["split"] == "test" for x in (r["a"], r["b"])}
    articles = {a["id"]: a for a in fr._jsonl(fr.DATA / "articles.jsonl") if a["id"] not in test}
    t0 = time.perf_counter()
    raws = [fr.raw_article(a) for a in articles.values()]
    docs = {}
    for art in clean_all(raws, Options())[0]:
        doc = segment(art)
        docs[art.record_id] = (doc, extract_entities(doc))
    ids = sorted(docs)
    vec = fr._tfidf({i: articles[i]["text"] for i in ids})
    n = pairs = 0
    for x, a in enumerate(ids):
        for b in ids[x + 1:]:
            if fr._cos(vec[a], vec[b]) < floor:
                continue
            pairs += 1
            if aligned:
                n += _print_compared(articles, a, b)
                continue
            da, db = _relabel(docs[a], "a1"), _relabel(docs[b], "a2")
            for f in find_name_variants(FindingContext.build([da, db], [])):
                n += 1
                print(f"## {a}_{b} conf {f.confidence:.2f} `{f.detail.get('rule')}` {f.summary}")
                for sid in f.sentences:
                    doc = da if sid.startswith("a1:") else db
                    text = next(s.text for s in doc.sentences if s.id == sid)
                    print(f"   {sid}: {' '.join(text.split())[:220]}")
    print(f"\n{n} name variants on {pairs} pairs of {len(ids)} articles (cosine >= {floor}), "
          f"{time.perf_counter() - t0:.1f} s", file=sys.stderr)
    return 0


def _print_compared(articles: dict, a: str, b: str) -> int:
    """Print the name variants of the full comparison of one pair; how many."""
    from storylens.options import Options

    comp = fr.compare_ids(articles, (a, b), Options())
    return 0 if comp is None else _print_variants(comp, f"{a}_{b}")


def _print_variants(comp, label: str) -> int:
    """Print the name variants of a comparison, each under ``label`` with its cited
    sentences; how many."""
    n = 0
    for f in comp.findings:
        if f.type != "name_variant":
            continue
        n += 1
        print(f"## {label} conf {f.confidence:.2f} `{f.detail.get('rule')}` {f.summary}")
        for sid in f.sentences:
            print(f"   {sid}: {' '.join(comp.sentence(sid).text.split())[:220]}")
    return n


def _relabel(doc_ents, art_id: str):
    """The document under the comparison's article id ("a1", "a2"), entities attached."""
    from dataclasses import replace

    doc, ents = doc_ents
    sents = tuple(replace(s, id=f"{art_id}:{s.id.partition(':')[2]}", article=art_id)
                  for s in doc.sentences)
    ents = tuple(replace(e, sentence=f"{art_id}:{e.sentence.partition(':')[2]}") for e in ents)
    from storylens.models import Analysis

    return replace(doc, article=replace(doc.article, id=art_id), sentences=sents,
                   analysis=Analysis(entities=ents))


if __name__ == "__main__":
    sys.exit(main())
