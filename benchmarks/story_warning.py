"""The "may not be about the same story" warning on the SemEval pairs, by stratum.

Run: ``.venv/bin/python benchmarks/story_warning.py [--split dev|test] [--sets]``.

Every pair of ``shared/data/semeval2022-en/pairs.jsonl`` in the split
(``benchmarks/gold/splits.json``) is compared as ``storylens compare`` does (default
``Options``); a pair is *warned* when ``provenance.warning`` is set. Same-story (A) pairs
should not warn, unrelated (C) pairs should; related (B) pairs are either. ``--sets`` adds
the hand-made dev sets of three and four outlets on one event (the s7 reader report's),
each with the articles the warning names. Tune on dev only; test is the result.

Exits 0 with a message when the shared data are absent.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parents[1] / "shared" / "data" / "semeval2022-en"
SPLITS = HERE / "gold" / "splits.json"

# Dev articles only (no article of a test pair): one event told by 3-4 outlets, except
# monsey3 (wgntv is a reaction piece) and trump3 (one outlet on another event).
SETS = {
    "pope3_rt_guardian_wptv": ("1483805174", "1484008387", "1484012619"),
    "pope3_mediaite_yahoo_bdnews": ("1484164543", "1485042131", "1483805823"),
    "pope4_guardian_yahoo_rt_mediaite": ("1484008387", "1485042131", "1483805174", "1484164543"),
    "iraq3_theprint_dailypost_sputnik": ("1538841592", "1484040205", "1483852510"),
    "iraq4_theprint_dailypost_newsdoctors_ewn": ("1538841592", "1484040205", "1484036024",
                                                 "1483806234"),
    "iran4_swiss_ifp_theprint_dailypost": ("1484038236", "1483956394", "1538841592",
                                           "1484040205"),
    "monsey3_wgntv_axios_jj": ("1484189104", "1484144539", "1484113136"),
    "trump3_palmbeach": ("1484459085", "1483934248", "1484051122"),
}


def _jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def compare(records: list[dict]):
    from storylens.models import RawArticle
    from storylens.options import Options
    from storylens.pipeline import clean_all, compare_articles

    options = Options()
    raws = [RawArticle(source=f"semeval:{x['id']}", text=x["text"], outlet=x["outlet"],
                       title=x["title"], published=x["published"], url=x["url"],
                       record_id=x["id"]) for x in records]
    arts, _ = clean_all(raws, options)
    return compare_articles(arts, options) if len(arts) >= 2 else None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test"), default="dev")
    ap.add_argument("--sets", action="store_true", help="also the hand-made dev sets")
    args = ap.parse_args(argv)
    if not (DATA / "pairs.jsonl").exists():
        print(f"no data at {DATA}: nothing to measure")
        return 0
    split = set(json.loads(SPLITS.read_text())["semeval2022-en"][args.split])
    articles = {a["id"]: a for a in _jsonl(DATA / "articles.jsonl")}
    t0 = time.perf_counter()
    total, warned = Counter(), Counter()
    for p in _jsonl(DATA / "pairs.jsonl"):
        if p["pair_id"] not in split or p["a"] not in articles or p["b"] not in articles:
            continue
        comp = compare([articles[p["a"]], articles[p["b"]]])
        if comp is None:
            continue
        s = p["stratum"]
        total[s] += 1
        w = bool(comp.provenance.warning)
        warned[s] += w
        if w != (s == "C"):
            print(f"  {s} {p['pair_id']} {'warned' if w else 'not warned'}")
    print(f"{args.split}: warned " + ", ".join(f"{s} {warned[s]}/{total[s]}" for s in sorted(total)))
    if args.sets and args.split == "dev":
        for name, ids in SETS.items():
            comp = compare([articles[i] for i in ids])
            print(f"  {name}: {comp.provenance.warning or '-'}")
    print(f"{time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
