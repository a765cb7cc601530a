"""Every ``name_variant`` finding on the real pairs outside the gold set, for reading.

Run: ``.venv/bin/python benchmarks/name_variants.py [--max N]``

The population is ``benchmarks/findings_report.py``'s (every listed pair outside the
gold set, the unlisted same-event pairs, the seeded same-outlet pairs), compared with the
full pipeline and default ``Options``, as ``storylens compare`` does. Unlike the report's
seeded sample this prints *every* name variant with the sentences that carry it, so a
change to the name rules can be read as a whole before and after (issue 11: a wrong
name variant costs more than a missed one). No verdicts are stored: the reader writes them.
Exits 0 with a message when the shared data are absent.
"""

from __future__ import annotations

import argparse
import sys
import time

import findings_report as fr


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--max", type=int, default=0, help="stop after this many pairs (0: all)")
    args = ap.parse_args(argv)
    if not fr.DATA.is_dir():
        print(f"skipped: {fr.DATA} not found (the evaluation data live beside the checkout)")
        return 0
    from storylens.models import RawArticle
    from storylens.options import Options
    from storylens.pipeline import clean_all, compare_articles

    articles = {a["id"]: a for a in fr._jsonl(fr.DATA / "articles.jsonl")}
    pairs = fr.population(articles)
    if args.max:
        pairs = pairs[: args.max]
    options = Options()
    t0 = time.perf_counter()
    n = 0
    for pid, a, b, origin in pairs:
        raws = [RawArticle(source=f"semeval:{x}", text=articles[x]["text"], outlet=articles[x]["outlet"],
                           title=articles[x]["title"], published=articles[x]["published"],
                           url=articles[x]["url"], record_id=x) for x in (a, b)]
        arts, _ = clean_all(raws, options)
        if len(arts) < 2:
            continue
        comp = compare_articles(arts, options)
        for f in comp.findings:
            if f.type != "name_variant":
                continue
            n += 1
            print(f"## {pid} ({origin}) conf {f.confidence:.2f} `{f.detail.get('rule')}` {f.summary}")
            for s in f.sentences:
                print(f"   {s}: {' '.join(comp.sentence(s).text.split())[:220]}")
    print(f"\n{n} name variants on {len(pairs)} pairs, {time.perf_counter() - t0:.1f} s",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
