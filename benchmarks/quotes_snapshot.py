"""Every quote storylens extracts from the real SemEval articles, saved and compared.

Run before a change to the quote rules, then after, and read every quote that changed:

    .venv/bin/python benchmarks/quotes_snapshot.py --save /tmp/before.jsonl
    (change the rules)
    .venv/bin/python benchmarks/quotes_snapshot.py --diff /tmp/before.jsonl

PolNeAR scores one annotation scheme; the SemEval articles are plain news English from
many outlets, so a rule that only fits PolNeAR's conventions shows up here as quotes
added or removed on text nobody tuned on. The diff prints, per article, the quotes only
in the old run (``-``) and only in the new one (``+``) with their speaker and cue, and
counts them; judge each by reading it. The snapshot stays outside the repository (it
holds third-party text).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "semeval2022-en"


def snapshot() -> list[dict]:
    out = []
    with open(DATA / "articles.jsonl", encoding="utf-8") as f:
        for a in map(json.loads, f):
            doc = segment(Article(id=a["id"], source=a["url"], outlet=a["outlet"], text=a["text"]))
            for q in extract_quotes(doc):
                out.append(
                    {
                        "article": a["id"],
                        "start": q.start,
                        "end": q.end,
                        "direct": q.direct,
                        "speaker": q.speaker,
                        "speaker_span": q.speaker_span,
                        "cue": q.cue,
                        "text": q.text,
                    }
                )
    return out


def _key(q: dict) -> tuple:
    sp = tuple(q["speaker_span"]) if q["speaker_span"] else None
    return (q["article"], q["start"], q["end"], q["direct"], q["speaker"], sp, q["cue"])


def _line(q: dict) -> str:
    kind = "direct" if q["direct"] else "reported"
    return f"{kind} [{q['speaker']} | {q['cue']}] {q['text'][:300]!r}"


def diff(old: list[dict], new: list[dict]) -> int:
    ko = {_key(q): q for q in old}
    kn = {_key(q): q for q in new}
    gone = [ko[k] for k in ko.keys() - kn.keys()]
    added = [kn[k] for k in kn.keys() - ko.keys()]
    rows = sorted(
        [("-", q) for q in gone] + [("+", q) for q in added],
        key=lambda r: (r[1]["article"], r[1]["start"], r[0]),
    )
    for sign, q in rows:
        print(f"{sign} {q['article']}@{q['start']}: {_line(q)}")
    print(f"\n{len(old)} quotes before, {len(new)} after: {len(gone)} removed, {len(added)} added")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--save", help="write this run's quotes to a JSONL file")
    g.add_argument("--diff", help="compare this run with a file written by --save")
    args = ap.parse_args(argv)
    if not DATA.exists():
        print(f"SemEval data not found at {DATA}", file=sys.stderr)
        return 2
    cur = snapshot()
    if args.save:
        with open(args.save, "w", encoding="utf-8") as f:
            for q in cur:
                f.write(json.dumps(q) + "\n")
        print(f"{len(cur)} quotes written to {args.save}")
        return 0
    with open(args.diff, encoding="utf-8") as f:
        old = [json.loads(line) for line in f]
    return diff(old, cur)


if __name__ == "__main__":
    raise SystemExit(main())
