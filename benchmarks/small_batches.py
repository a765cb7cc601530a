"""Stories of tiny stores: each SemEval pair clustered alone (a 2-article batch), and each
same-story (A) pair with one unrelated article (a 3-article batch), per split of
benchmarks/gold/splits.json, with the whole-content floor (``attach_min_whole``) on and
off in the same run. A user's store often holds two or three outlets' reports of one
event; there ``min_df`` drops every word only one article has, and two unrelated
articles sharing a couple of common words looked identical.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

from storylens.corpus.cluster import cluster_stories
from storylens.corpus.cluster_types import DEFAULT_OPTIONS, StoryRecord

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "semeval2022-en"
SPLITS = json.loads((Path(__file__).with_name("gold") / "splits.json").read_text(encoding="utf-8"))


def main() -> int:
    if not (DATA / "articles.jsonl").exists():
        print(f"skipped: {DATA} is absent (a fresh clone has no ../shared)")
        return 0
    arts = {r["id"]: r for r in map(json.loads, (DATA / "articles.jsonl").open(encoding="utf-8"))}
    pairs = [p for p in map(json.loads, (DATA / "pairs.jsonl").open(encoding="utf-8")) if p["a"] in arts and p["b"] in arts]
    split = {pid: k for k, ids in SPLITS["semeval2022-en"].items() for pid in ids}

    def rec(i: str) -> StoryRecord:
        a = arts[i]
        return StoryRecord(id=i, text=a.get("text", ""), title=a.get("title"), published=a.get("published"))

    configs = {"floor off": replace(DEFAULT_OPTIONS, attach_min_whole=0.0), "storylens": DEFAULT_OPTIONS}
    print(f"attach_min_whole = {DEFAULT_OPTIONS.attach_min_whole}; python {sys.version.split()[0]}")
    print(f"{'batch':44} {'floor off':>10} {'storylens':>10}")
    for part in ("dev", "test"):
        for stratum, what in (("A", "same story together"), ("B", "related together"), ("C", "unrelated together")):
            ps = [p for p in pairs if p["stratum"] == stratum and split.get(p["pair_id"]) == part]
            row = []
            for opts in configs.values():
                n = sum(len({a.story for a in cluster_stories([rec(p["a"]), rec(p["b"])], opts)}) == 1 for p in ps)
                row.append(f"{n}/{len(ps)}")
            print(f"2 articles, {part} {stratum}: {what:24} {row[0]:>10} {row[1]:>10}")
        a_pairs = [p for p in pairs if p["stratum"] == "A" and split.get(p["pair_id"]) == part]
        c_arts = [p["a"] for p in pairs if p["stratum"] == "C" and split.get(p["pair_id"]) == part]
        row = []
        for opts in configs.values():
            apart = 0
            for k, p in enumerate(a_pairs):
                out = cluster_stories([rec(p["a"]), rec(p["b"]), rec(c_arts[k % len(c_arts)])], opts)
                apart += out[2].story not in (out[0].story, out[1].story)
            row.append(f"{apart}/{len(a_pairs)}")
        print(f"3 articles, {part}: A pair + unrelated, unrelated apart {row[0]:>10} {row[1]:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
