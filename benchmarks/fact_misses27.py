"""Why the finder misses the invented dev set's keyed fact conflicts: each keyed
``fact_conflict`` no finding credits (``invented_stories.py --on all``), put in one class
by what became of the two sentences the key quotes: no figure read on a side, never a
candidate pair, paired but every pair of figures of one family with two values
incompatible (``mentions_compatible``), paired with no rule (aligned: no measure word or
word in common; unaligned: the story-wide rules' checks), or linked and lost later (the
groups' votes, the pipeline). Prints the counts per class and, with ``--show CLASS``, the
items of that class. Dev only (the held-out set is never read).

    PYTHONPATH=src python benchmarks/fact_misses27.py [--show CLASS] [--story PREFIX]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import invented_stories as IS  # noqa: E402

DEV = Path(__file__).resolve().parent / "invented" / "dev"


def _classify(story: Path, options, verdicts: dict) -> list[tuple[str, dict, str]]:
    from storylens.findings import facts

    calls: dict[tuple[str, str], list] = {}
    cands: set[tuple[str, str]] = set()
    same_facts, candidate_pairs = facts._same_facts, facts._candidate_pairs

    def spy_same(ma, mb, how, *a, **k):
        got = list(same_facts(ma, mb, how, *a, **k))
        calls[ma[0].q.sentence, mb[0].q.sentence] = [how, got]
        return iter(got)

    def spy_pairs(ctx, by_sentence):
        got = candidate_pairs(ctx, by_sentence)
        cands.update(got)
        return got

    facts._same_facts, facts._candidate_pairs = spy_same, spy_pairs
    try:
        comp, items, groups, ids = IS.compare_story(story, options)
    finally:
        facts._same_facts, facts._candidate_pairs = same_facts, candidate_pairs
    key = IS._jsonl(story / "key.jsonl")
    expect = [r for r in key if r["kind"] == "expect" and r["type"] != "aligned"]
    ok = [it for it in items if (verdicts.get((story.name, it.key)) or {}).get("right") is not False]
    found = {id(expect[i]) for i in IS.credited(expect, ok, groups)}
    file_doc = {Path(d.article.source).name: d for d in comp.documents}
    mentions = {}
    for d in comp.documents:
        for sid, ms in facts.doc_mentions(d):
            mentions[sid] = ms
    out = []
    for row in expect:
        if row["type"] != "fact_conflict" or id(row) in found:
            continue
        fa, fb = row["files"][:2]
        ta, tb = row["texts"][:2]
        if fa not in file_doc or fb not in file_doc:
            out.append(("no article", row, ""))
            continue
        sa = [s.id for s in file_doc[fa].sentences if IS._has(ta, [s.text])]
        sb = [s.id for s in file_doc[fb].sentences if IS._has(tb, [s.text])]
        ma = [m for s in sa for m in mentions.get(s, [])]
        mb = [m for s in sb for m in mentions.get(s, [])]
        if not ma or not mb:
            out.append(("no figure read", row, ""))
            continue
        fams = {(x.family, y.family) for x in ma for y in mb if x.family == y.family}
        if not fams:
            out.append(("no family in common", row,
                        f"{sorted({m.family for m in ma})} / {sorted({m.family for m in mb})}"))
            continue
        pairs = [(a, b) for a in sa for b in sb if (a, b) in cands or (b, a) in cands]
        if not pairs:
            out.append(("never paired", row, ""))
            continue
        how, got = None, []
        for a, b in pairs:
            c = calls.get((a, b)) or calls.get((b, a))
            if c:
                how = c[0]
                got += c[1]
        two = [(x, y) for x in ma for y in mb if x.family == y.family
               and not facts._equal(x.q, y.q)]
        if got:
            out.append((f"linked, lost later ({how})", row, ", ".join(r for *_, r in got)))
        elif how is None:
            out.append(("paired, not asked (cached)", row, ""))
        elif two and not any(facts.mentions_compatible(x, y) for x, y in two):
            out.append((f"incompatible ({how})", row,
                        "; ".join(f"{x.q.text}/{y.q.text}" for x, y in two[:3])))
        elif how == "aligned":
            measured = any(x.heads or y.heads or x.noun or y.noun for x, y in two)
            out.append((f"aligned, no rule ({'measure word' if measured else 'no measure word'})",
                        row, "; ".join(f"{x.q.text}/{y.q.text}" for x, y in two[:3])))
        else:
            out.append((f"unaligned, no rule ({how})", row,
                        "; ".join(f"{x.q.text}/{y.q.text}" for x, y in two[:3])))
    return out


def main(argv: list[str]) -> int:
    from storylens.options import Options

    show = argv[argv.index("--show") + 1] if "--show" in argv else None
    prefix = argv[argv.index("--story") + 1] if "--story" in argv else ""
    options = replace(Options(), **{n: True for n in IS.ALL_FLAGS})
    verdicts = {}
    path = DEV / "verdicts.jsonl"
    if path.exists():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                verdicts[r["story"], r["key"]] = r
    counts: Counter = Counter()
    shown: dict[str, list] = defaultdict(list)
    for story in sorted(p for p in DEV.iterdir() if p.is_dir() and p.name.startswith(prefix)):
        for cls, row, note in _classify(story, options, verdicts):
            counts[cls] += 1
            shown[cls].append((story.name, row, note))
    for cls, n in counts.most_common():
        print(f"{n:4d}  {cls}")
    if show is not None:
        for cls, rows in shown.items():
            if cls.startswith(show):
                for story, row, note in rows:
                    print(f"\n{story} [{cls}] {note}\n  A: {row['texts'][0]}\n  B: {row['texts'][1]}"
                          f"\n  why: {row.get('why', '')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
