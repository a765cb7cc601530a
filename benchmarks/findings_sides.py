"""Which side of the forked findings step bounds the wall time: the CPU seconds of each
named step in the parent and in each forked child of one comparison, on the 50-article
story of ``benchmarks/compare.py`` (default options unless flags are given).

The pipeline runs two steps in a forked child beside the parent (storylens/forking.py):
the analysis beside the alignment, and the finders beside the story-wide parts the
coverage summary reads (``findings.summary.prepare``). On two cores each step's wall time
is its longer side, so CPU taken off the shorter side gains nothing until the other
side shrinks too. CPU seconds, not wall: on a shared machine they stay put under load.

    python benchmarks/findings_sides.py [--runs 3] [-- compare options, e.g. --fact-coverage]

Each step's median over the runs is printed per side: ``parent`` and ``child`` (the
forked processes, whichever of the two forks made them: the analysis child's steps are
``analyse``, the finders child's are its ``step:`` lines).
"""

from __future__ import annotations

import argparse
import functools
import importlib
import os
import platform
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare import _make_case  # noqa: E402

# (module, attribute, label): the steps timed. ``_step`` is labelled by its step name; a
# label's ``{1}`` by the call's second argument; an attribute ``Class.method`` is a method.
STEPS = (
    ("storylens.pipeline", "_analyses", "analyse (child's share)"),
    ("storylens.pipeline", "_analysed", "analyse (parent's share)"),
    ("storylens.align", "align_links", "align"),
    ("storylens.provenance", "provenance", "provenance"),
    ("storylens.findings.summary", "read_by_both", "read_by_both (before the fork)"),
    ("storylens.findings.summary", "prepare", "prepare (coverage summary parts)"),
    # prepare's chain, each part after the one before: the carried facts (the index, then
    # each fact against the other articles), the omission and addition lists without and
    # with the gate, and the outlet profiles
    ("storylens.findings.coverage", "_carried_once", "  carried facts (index and loop)"),
    ("storylens.findings.coverage", "_Index.__init__", "    of which the index"),
    ("storylens.findings.coverage", "_classify_uncached", "  classify, gate={1}"),
    ("storylens.findings.coverage", "_outlet_profiles", "  outlet profiles"),
    ("storylens.findings", "_step", "step"),
    ("storylens.findings", "find_kinds", "find_kinds (parent's own kinds)"),
    ("storylens.findings.framing", "find_framing", "find_framing (merge)"),
    ("storylens.findings.coverage", "story_parts", "story_parts"),
    ("storylens.findings.summary", "coverage_summary", "coverage_summary (render)"),
)


def _wrap(log: list[tuple[int, str, float]], module: str, attr: str, label: str) -> None:
    owner = importlib.import_module(module)
    *path, attr = attr.split(".")
    for name in path:
        owner = getattr(owner, name)
    fn: Callable = getattr(owner, attr)

    @functools.wraps(fn)
    def timed(*args, **kwargs):
        c0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            name = f"step: {args[1]}" if attr == "_step" else label.format(*args) if "{1}" in label else label
            spent = time.process_time() - c0
            if os.getpid() == _PARENT[0]:
                log.append((0, name, spent))
            else:  # a forked child: its list is a copy, so it writes to the shared file
                with open(_CHILD_LOG[0], "a", encoding="utf-8") as f:
                    f.write(f"{name}\t{spent}\n")

    setattr(owner, attr, timed)


_PARENT = [0]
_CHILD_LOG = [""]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("flags", nargs="*", help="compare options after --, e.g. -- --fact-coverage")
    args = ap.parse_args()
    from storylens.options import Options

    opts: dict[str, bool] = {}
    for flag in args.flags:
        name = flag.lstrip("-").replace("-", "_")
        on = not name.startswith("no_")
        opts[name.removeprefix("no_")] = on
    options = Options(**opts)
    log: list[tuple[int, str, float]] = []
    for module, attr, label in STEPS:
        _wrap(log, module, attr, label)
    from storylens.findings.summary import coverage_summary
    from storylens.pipeline import compare

    tmp = Path(tempfile.mkdtemp(prefix="storylens-sides-"))
    try:
        story = _make_case(tmp / "fifty", 50, 300)
        _CHILD_LOG[0] = str(tmp / "child.log")
        _PARENT[0] = os.getpid()
        compare([story], options)  # warm: imports and memos of the rules
        per: dict[tuple[str, str], list[float]] = {}
        totals: dict[str, list[float]] = {"parent": [], "child": []}
        for _ in range(args.runs):
            log.clear()
            Path(_CHILD_LOG[0]).write_text("", encoding="utf-8")
            c0 = time.process_time()
            coverage_summary(compare([story], options))
            totals["parent"].append(time.process_time() - c0)
            got: dict[tuple[str, str], float] = {}
            for _, name, spent in log:
                got["parent", name] = got.get(("parent", name), 0.0) + spent
            child = 0.0
            for line in Path(_CHILD_LOG[0]).read_text(encoding="utf-8").splitlines():
                name, spent = line.split("\t")
                got["child", name] = got.get(("child", name), 0.0) + float(spent)
                child += float(spent)
            totals["child"].append(child)
            for k, v in got.items():
                per.setdefault(k, []).append(v)
        print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"load average {os.getloadavg()[0]:.1f}; options: {opts or 'default'}; median of {args.runs} runs")
        print(f"{'side':<7} {'step':<36} {'cpu s':>7}")
        def order(item):  # by side, then in STEPS' order (prepare's chain under it)
            (side, name), _ = item
            at = next((i for i, (_, attr, label) in enumerate(STEPS)
                       if name.startswith("step: " if attr == "_step" else label.split("{")[0])), len(STEPS))
            return side, at, name

        for (side, name), vs in sorted(per.items(), key=order):
            print(f"{side:<7} {name:<36} {statistics.median(vs):>7.3f}")
        print(f"parent, whole comparison and summary: {statistics.median(totals['parent']):.3f} cpu s; "
              f"children's timed steps: {statistics.median(totals['child']):.3f} cpu s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
