"""Site furniture the cleaner keeps, on the 225 real SemEval articles: a scan for hand reading.

A line that one outlet prints under several of its articles (a newsletter box, a
syndication note, a "you might be interested in" label) is site furniture, and compare
shows it as text shared by unrelated stories. Printed, beside the same count on the raw
text (the baseline, measured in the same run):

* lines removed by the cleaner, per reason code;
* distinct lines (10+ characters) that stand in at least ``--min`` articles of one outlet,
  in the raw text and in the clean text, and the clean ones listed (read them: a repeat is
  evidence of furniture, not proof; the same story scraped twice repeats every line).

``--save FILE`` writes every article's removed lines (JSON); ``--against FILE`` then lists
the lines this revision removes that FILE's did not, and those it no longer removes: the
list to read by hand after changing a rule.

    python benchmarks/clean_scan.py [--min 2] [--save now.json] [--against before.json]

Needs ``shared/data/semeval2022-en`` beside the repo; exits with a message without it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "semeval2022-en" / "articles.jsonl"


def _repeats(docs: dict[str, tuple[str, str]], least: int) -> dict[tuple[str, str], int]:
    """(outlet, line) -> number of that outlet's articles holding the line, when >= least."""
    seen: dict[tuple[str, str], set[str]] = defaultdict(set)
    for aid, (outlet, text) in docs.items():
        for line in text.split("\n"):
            line = line.strip()
            if len(line) >= 10:
                seen[(outlet, line)].add(aid)
    return {k: len(v) for k, v in seen.items() if len(v) >= least}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--min", type=int, default=2, help="articles of one outlet a line must stand in")
    ap.add_argument("--save", help="write each article's removed lines to this JSON file")
    ap.add_argument("--against", help="list removed lines that differ from this saved JSON file")
    args = ap.parse_args()
    if not DATA.exists():
        sys.exit(f"data not found: {DATA}")
    from storylens.clean import clean_text

    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    raw: dict[str, tuple[str, str]] = {}
    clean: dict[str, tuple[str, str]] = {}
    removed: dict[str, list[list]] = {}
    reasons: Counter[str] = Counter()
    t0 = time.process_time()
    for r in rows:
        res = clean_text(r["text"], r.get("title"))
        raw[r["id"]] = (r["outlet"], r["text"])
        clean[r["id"]] = (r["outlet"], res.text)
        removed[r["id"]] = [[x.line, x.reason, x.text] for x in res.removed]
        reasons.update(x.reason for x in res.removed)
    secs = time.process_time() - t0
    print(f"semeval articles: {len(rows)}, cleaned in {secs:.2f} s CPU")
    print(f"removed lines: {sum(reasons.values())}  " + ", ".join(f"{k} {v}" for k, v in reasons.most_common()))
    rep_raw, rep_clean = _repeats(raw, args.min), _repeats(clean, args.min)
    print(f"lines in >= {args.min} articles of one outlet: raw text {len(rep_raw)}, clean text {len(rep_clean)}")
    for (outlet, line), n in sorted(rep_clean.items()):
        print(f"  {outlet}\t{n}\t{line[:160]}")
    if args.save:
        Path(args.save).write_text(json.dumps(removed, ensure_ascii=False), encoding="utf-8")
    if args.against:
        before = json.loads(Path(args.against).read_text(encoding="utf-8"))
        new = gone = 0
        for aid, lines in removed.items():
            old = {tuple(x) for x in before.get(aid, [])}
            now = {tuple(x) for x in lines}
            for x in sorted(now - old):
                new += 1
                print(f"+ {aid} {clean[aid][0]} [{x[1]}] {x[2][:200]}")
            for x in sorted(old - now):
                gone += 1
                print(f"- {aid} {clean[aid][0]} [{x[1]}] {x[2][:200]}")
        print(f"against {args.against}: {new} newly removed, {gone} no longer removed")


if __name__ == "__main__":
    main()
