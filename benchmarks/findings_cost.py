"""What the findings cost on a 50-article story (issue 12 target: findings of all kinds add
< 1 s), with the framing and coverage finders before issue 12 measured in the same run.

The story is the 50-article case of ``benchmarks/compare.py`` (deterministic rewrites of
the demo story). Articles are read, cleaned, segmented, analysed and aligned once; then
each step below runs ``--runs`` times and the median is printed:

* ``compare_articles`` with findings off and on (the whole cost of findings, analysis
  included);
* ``find_all`` (every finding kind, as the pipeline runs it);
* framing, omission and addition now, and as they were at ``--before`` (source read with
  ``git show``; skipped when git or that revision is not available);
* the per-outlet coverage summary (``findings.summary.coverage_summary``);
* CPU seconds per step of the findings stage, with the default options and with every
  finder on, in the order ``pipeline._findings`` shares the steps between its two
  processes (:func:`_sides`): the stage's wall time is about half their sum where the
  two sides balance, so this says where a cut would shorten it.

    python benchmarks/findings_cost.py [--runs 5] [--before fb13ed9]
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare import _make_case  # noqa: E402

from storylens.options import Options  # noqa: E402
from storylens.pipeline import clean_all, compare_articles  # noqa: E402
from storylens.readers import read_inputs  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def _median(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _module_at(rev: str, name: str):
    """``storylens.findings.<name>`` as it was at ``rev``, loaded beside the current one."""
    try:
        src = subprocess.run(
            ["git", "-C", str(ROOT), "show", f"{rev}:src/storylens/findings/{name}.py"],
            check=True, capture_output=True, text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    full = f"storylens.findings._before_{name}"
    spec = importlib.util.spec_from_loader(full, loader=None)
    mod = importlib.util.module_from_spec(spec)
    mod.__package__ = "storylens.findings"
    sys.modules[full] = mod
    exec(compile(src, f"{rev}:{name}.py", "exec"), mod.__dict__)  # noqa: S102
    return mod


# The Options flags of every off-by-default finder (benchmarks/compare.py ALL_FINDERS).
ALL_FLAGS = ("fact_conflicts", "story_facts", "quote_changes", "fact_coverage", "framing", "story_framing",
             "descriptors", "shared_quotes", "shared_sources", "additions")


def _fresh(docs) -> None:
    """Drop what a finder kept on the documents (the story's memo, per-sentence memos),
    keeping what the pipeline makes before the finders (the analysis stage's
    ``findings.summary.document_parts``): each run pays what one comparison pays."""
    from storylens.analysis.descriptors import MEMO_PREFIX

    for d in docs:
        for k in [k for k in d.__dict__ if k not in d.__dataclass_fields__ and not k.startswith(MEMO_PREFIX)]:
            del d.__dict__[k]


def _sides(docs, als, prov, opts, runs: int) -> list[tuple[str, str, float]]:
    """Median CPU seconds (``time.process_time``) of each step of the findings stage as
    ``pipeline._findings`` shares them between its two processes, all run here in one
    process on a fresh context: the work both sides read first (``read_by_both``), the
    parent's story-wide parts (``summary.prepare``) and its finders that read them, then
    the shared steps in ``findings.shared_steps`` order (the child takes them from the
    front, the parent from the back once its own work is done). A step's cost here is
    its cost after the steps before it in this order, as in the child."""
    from storylens.findings import _step, find_kinds, shared_steps, split_kinds
    from storylens.findings.common import FindingContext
    from storylens.findings.summary import prepare, read_by_both

    beside, after = split_kinds(opts)
    steps = shared_steps(opts, beside)
    got: dict[tuple[str, str], list[float]] = {}

    def timed(side: str, name: str, fn, *args) -> None:
        t0 = time.process_time()
        fn(*args)
        got.setdefault((side, name), []).append(time.process_time() - t0)

    for _ in range(runs):
        _fresh(docs)
        ctx = FindingContext.build(docs, als, prov, opts)
        timed("before", "read_by_both", read_by_both, ctx)
        timed("parent", "summary.prepare", prepare, ctx)
        # (framing's story-wide part is a shared step; its merge is the parent's, after)
        timed("parent", "kinds " + (",".join(sorted(after - {"framing"})) or "(none)"), find_kinds, ctx,
              after - {"framing"})
        for step in steps:
            timed("shared", step, _step, ctx, step)
    return [(side, name, statistics.median(v)) for (side, name), v in got.items()]


def _both(first, second, ctx):
    return first(ctx), second(ctx)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--before", default="fb13ed9", help="revision of the old finders")
    args = ap.parse_args()
    from storylens.findings import find_all
    from storylens.findings import framing as now_framing
    from storylens.findings.common import FindingContext
    from storylens.findings.coverage import find_additions, find_omissions
    from storylens.findings.summary import coverage_summary

    tmp = Path(tempfile.mkdtemp(prefix="storylens-fcost-"))
    try:
        fifty = _make_case(tmp / "fifty", 50, 300)
        opts = Options()
        raws, _ = read_inputs([fifty], opts)
        arts, _ = clean_all(raws, opts)
        off = dataclasses.replace(opts, findings=False)
        rows = [
            ("compare_articles, findings off", _median(lambda: compare_articles(arts, off), args.runs)),
            ("compare_articles, findings on", _median(lambda: compare_articles(arts, opts), args.runs)),
        ]
        comp = compare_articles(arts, opts)
        docs, als, prov = comp.documents, comp.alignments, comp.provenance
        on = dataclasses.replace(opts, fact_coverage=True, framing=True, story_framing=True)
        # a fresh context per run: omission and addition share one computation per context
        def ctx():
            return FindingContext.build(docs, als, prov, opts)

        def ctx_on():
            return FindingContext.build(docs, als, prov, on)

        rows.append(("find_all (all kinds, default)", _median(lambda: find_all(docs, als, prov, opts), args.runs)))
        rows.append(("find_all (both issue-12 flags on)", _median(lambda: find_all(docs, als, prov, on), args.runs)))
        rows.append(("framing now (default)", _median(lambda: now_framing.find_framing(ctx()), args.runs)))
        rows.append(("framing now (story_framing on)",
                     _median(lambda: now_framing.find_framing(ctx_on()), args.runs)))
        rows.append(("omission+addition now (flag on)",
                     _median(lambda: _both(find_omissions, find_additions, ctx_on()), args.runs)))
        rows.append(("coverage summary now", _median(lambda: coverage_summary(comp), args.runs)))
        old_framing = _module_at(args.before, "framing")
        old_coverage = _module_at(args.before, "coverage")
        if old_framing and old_coverage:
            rows.append((f"framing at {args.before}", _median(lambda: old_framing.find_framing(ctx()), args.runs)))
            rows.append((f"omission+addition at {args.before}",
                         # flag on: revisions after fb13ed9 return nothing without it
                         _median(lambda: _both(old_coverage.find_omissions, old_coverage.find_additions, ctx_on()),
                                 args.runs)))
        else:
            rows.append((f"(revision {args.before} not readable: no before rows)", float("nan")))
        sides = _sides(docs, als, prov, opts, args.runs)
        sides_on = _sides(docs, als, prov, dataclasses.replace(opts, **{f: True for f in ALL_FLAGS}), args.runs)
        n_words = sum(len(a.text.split()) for a in arts)
        print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"story: {len(arts)} articles, {n_words} words; median of {args.runs} runs")
        print(f"{'step':<40} {'median s':>9}")
        for label, med in rows:
            print(f"{label:<40} {med:>9.3f}")
        added = rows[1][1] - rows[0][1]
        print(f"{'findings add (on - off)':<40} {added:>9.3f}   target < 1 s")
        for label, got in (("default options", sides), ("every finder on", sides_on)):
            print(f"CPU s per step, {label}, as the pipeline shares them (parent: prepare and the "
                  "story readers first; child: the steps from the front; the parent takes the rest "
                  "from the back):")
            for side, step, cpu in got:
                print(f"  {side:<7} {step:<32} {cpu:>7.3f}")
            print(f"  {'':<7} {'all steps':<32} {sum(c for _, _, c in got):>7.3f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
