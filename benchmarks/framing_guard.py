"""Every framing finding on real pairs outside the gold set, for reading by hand (issue 12).

Run: ``.venv/bin/python benchmarks/framing_guard.py [--on framing,story_framing] [--out FILE]``

The population is ``findings_report.population`` (SemEval pairs outside the gold set: the
listed B/C pairs, unlisted pairs of one event, same-outlet pairs of different stories),
less every pair that holds an article of a **test-split** gold pair (those texts are not
read while rules are designed). Each finding is marked ``dev-event`` when its pair holds
an article of a dev gold pair (an event the rules were designed on) and ``new-event``
otherwise, and the header counts both: precision on dev events says little about how the
rules carry over to unseen coverage (docs/findings.md, "Carry-over to unseen coverage"). Each pair is compared with the full pipeline and the
given flags; every framing finding is printed with its rule, summary and sentences, so a
before/after run can be diffed and each new or lost finding read against the texts.
Verdicts are not stored here: the report of the change that ran it gives them.

Exits 0 with a message when the shared data are absent.
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

import findings_report  # noqa: E402
from findings_report import DATA, GOLD, _jsonl, population  # noqa: E402

SPLITS = HERE / "gold" / "splits.json"


def _test_articles() -> set[str]:
    test = set(json.loads(SPLITS.read_text())["semeval2022-en"]["test"])
    return {x for r in _jsonl(GOLD) if r["pair_id"] in test for x in (r["a"], r["b"])}


def _dev_articles() -> set[str]:
    """Articles of dev gold pairs: a finding on a pair holding one is on an event the
    rules were designed on, and says little about unseen coverage."""
    dev = set(json.loads(SPLITS.read_text())["semeval2022-en"]["dev"])
    return {x for r in _jsonl(GOLD) if r["pair_id"] in dev for x in (r["a"], r["b"])}


def non_gold_pairs(articles: dict[str, dict], lo: float | None = None
                   ) -> list[tuple[str, str, str, str]]:
    """``findings_report.population`` less every pair holding a test-split article;
    ``lo`` widens it (pairs of one topic, not only one event)."""
    held_out = _test_articles()
    if lo is not None:
        findings_report.LO = lo
    return [p for p in population(articles) if not ({p[1], p[2]} & held_out)]


def framing_findings(articles, pairs, options):
    """Each framing finding of ``pairs`` compared with ``options``, as (pair, finding,
    one printed line per sentence it cites): the one loop this script and
    ``subjectivity_lexicon.py`` print from."""
    for pair in pairs:
        pid, a, b, origin = pair
        comp = findings_report.compare_ids(articles, (a, b), options)
        if comp is None:
            continue
        for f in comp.findings:
            if f.type == "framing":
                yield pair, f, [f"   {sid}: {' '.join(comp.sentence(sid).text.split())[:300]}"
                                for sid in f.sentences]


def run(flags: tuple[str, ...], lo: float | None = None) -> tuple[list[str], int, float]:
    from storylens.options import Options

    articles = {a["id"]: a for a in _jsonl(DATA / "articles.jsonl")}
    pairs = non_gold_pairs(articles, lo)
    dev = _dev_articles()
    options = replace(Options(), **{f: True for f in flags})
    lines: list[str] = []
    t0 = time.perf_counter()
    for (pid, a, b, origin), f, cited in framing_findings(articles, pairs, options):
        seen = "dev-event" if {a, b} & dev else "new-event"
        lines.append(f"## {pid} [{origin}, {seen}] conf {f.confidence:.2f} "
                     f"`{f.detail.get('rule')}` {f.summary}")
        lines.extend(cited)
    return lines, len(pairs), time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--on", default="framing,story_framing", help="comma-separated Options flags")
    ap.add_argument("--out", default="", help="write the findings here (default: stdout)")
    ap.add_argument("--lo", type=float, default=None,
                    help="lowest TF-IDF cosine of an unlisted pair (findings_report: 0.2)")
    args = ap.parse_args(argv)
    if not DATA.is_dir():
        print(f"skipped: {DATA} not found (the evaluation data live beside the checkout)")
        return 0
    flags = tuple(f for f in args.on.split(",") if f)
    lines, npairs, secs = run(flags, args.lo)
    heads = [x for x in lines if x.startswith("##")]
    new = sum(1 for x in heads if ", new-event]" in x)
    head = (f"{len(heads)} framing findings on {npairs} non-gold pairs (test-split articles "
            f"left out), {len(heads) - new} on a pair holding an article of a dev gold pair, "
            f"{new} on other pairs; flags {flags}, {secs:.1f} s")
    text = "\n".join([head, *lines]) + "\n"
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(head)
    else:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
