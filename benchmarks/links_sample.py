"""Secondary links (``Comparison.links``) on real pairs outside the gold set, for reading.

Run: ``.venv/bin/python benchmarks/links_sample.py [--limit N]``

The population is ``benchmarks/findings_report.py``'s pairs (listed B/C pairs outside the
gold set, unlisted same-event pairs, same-outlet pairs), each compared with the full
pipeline and default ``Options`` with ``secondary_links`` on. Every secondary link is printed with both sentences whole
and the group each sentence sits in, in a fixed order (a seeded hash of the two texts), so
the first N read are a random draw that stays put. Verdicts read by hand are in
``docs/findings.md`` (secondary links). Exits 0 with a message when the data are absent.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import findings_report as fr  # noqa: E402  (the same population, never edited here)

# Verdicts read by hand (key: the first 10 hex digits of the item's hash), as a sceptical
# editor: right when the two sentences make the same main claim (benchmarks/gold/GUIDE.md,
# G2), wrong when they only share a clause, a setting or a speaker. Six more, read with
# every leftover edge kept, were all wrong and made the crossed-pair rule (align step 7):
# 0b08b70df1 1cb5d51b1d 3661437aa3 8931f1058f db55ab29c2 e62272f9c9, "If you're (not)
# honorable, I'm (just) going to win by a lot / a little", each crossed with the other.
VERDICTS: dict[str, tuple[bool, str]] = {
    "0286fd263e": (True, "earnings depend on watch time, length, demographics"),
    "0780b0eb1c": (True, "the governor granted 11,017 / more than 11,000 pardons"),
    "08e984a9ff": (False, "strikes on the group's bases vs unrest that erupted after them"),
    "08fb2d3651": (True, "the leader warned of a new strategic weapon (quoted in B)"),
    "2dd77229da": (True, "more than 11,000 / 11,017 pardons on Tuesday"),
    "31de90521d": (False, "a caption of a customer's purchase vs the state legalising"),
    "56f35492f9": (True, "750 troops to the Middle East (prepared to deploy / deployed)"),
    "5d31a74aca": (True, "more than 11,000 / 11,017 pardons"),
    "73fc3f859a": (True, "states' constitutional duty to implement laws (quoted in B)"),
    "7942b79df5": (False, "no longer bound by the moratorium, but opposite on resuming tests"),
    "99b5bb51b7": (True, "the secretary said about 750 troops would deploy"),
    "a32644d2a9": (False, "walking and greeting pilgrims vs a woman grabbing his hand"),
    "c332fe3559": (True, "strikes in retaliation for the rocket attack that killed a contractor"),
    "e9944328bf": (False, "two different statements of the secretary"),
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=40)
    args = ap.parse_args(argv)
    if not fr.DATA.is_dir():
        print(f"skipped: {fr.DATA} not found (the evaluation data live beside the checkout)")
        return 0
    from dataclasses import replace

    from storylens.options import Options

    options = replace(Options(), secondary_links=True)
    articles = {a["id"]: a for a in fr._jsonl(fr.DATA / "articles.jsonl")}
    items = []
    npairs = 0
    for pid, a, b, origin in fr.population(articles):
        comp = fr.compare_ids(articles, (a, b), options)
        if comp is None:
            continue
        npairs += 1
        group = {s: i for i, al in enumerate(comp.alignments) for s in al.sentences}
        for ln in comp.links:
            sa, sb = comp.sentence(ln.a), comp.sentence(ln.b)
            if "headline" in (sa.block, sb.block):
                continue
            key = hashlib.sha1(f"{sa.text}\x00{sb.text}".encode()).hexdigest()
            items.append((key, pid, origin, ln, sa.text, sb.text,
                          [comp.sentence(s).text for s in comp.alignments[group[ln.a]].sentences
                           if s != ln.a] if ln.a in group else [],
                          [comp.sentence(s).text for s in comp.alignments[group[ln.b]].sentences
                           if s != ln.b] if ln.b in group else []))
    items.sort()
    read = [VERDICTS[k[:10]][0] for k, *_ in items if k[:10] in VERDICTS]
    print(f"{len(items)} secondary links on {npairs} pairs outside the gold set; "
          f"read {len(read)}: {sum(read)} right\n")
    for n, (key, pid, origin, ln, ta, tb, pa, pb) in enumerate(items[: args.limit], 1):
        v = VERDICTS.get(key[:10])
        mark = "?" if v is None else ("right" if v[0] else "WRONG") + f": {v[1]}"
        print(f"[{n}] {pid} ({origin}) {ln.kind} {ln.similarity:.2f} key={key[:10]}  {mark}")
        print(f"  A: {ta}")
        print(f"     (its group: {pa[0][:160] if pa else '-'})")
        print(f"  B: {tb}")
        print(f"     (its group: {pb[0][:160] if pb else '-'})\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
