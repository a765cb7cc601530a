"""Whole-process time of `storylens compare` (issue targets: < 0.5 s for two ~800-word
articles, < 2 s for a 50-article story on a 2-core machine, and findings of all kinds
adding < 1 s to the 50-article story).

The inputs are generated from the built-in demo story by deterministic edits (word
substitutions, dropped and reordered sentences), so they read like rewrites of one wire
story. Each case runs the real console script in a fresh process, several times, and the
median is reported beside the target.

    python benchmarks/compare.py [--runs 5] [--embed] [--baseline OTHER/src]

Each case also runs ``compare --no-findings`` and ``compare`` with every finder on
(``--fact-conflicts --story-facts --quote-changes --fact-coverage --framing --story-framing``;
each off-by-default finder named, and those on by default too for older baselines;
``--framing`` since session 18: framing went off by default in session 17, so until then
this row ran without it): what the findings add is the difference of the medians, printed
under the table.

With ``--embed`` each case also runs ``compare --embed`` (the optional embedding layer with
``Options.embed_model``, benchmarks/paraphrase.py) in the same run, beside the default.
With ``--baseline`` each command also runs on another checkout's ``src`` (say a worktree of
main), interleaved run by run with this one, and its medians are printed beside.

Byte code is compiled first (``compileall``) in each source tree timed, as ``pip install``
does: with ``PYTHONDONTWRITEBYTECODE`` set (some sandboxes and CI images set it) every run
would otherwise compile ~70 modules from source, ~0.1 s that no installed copy pays.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from storylens.demo import demo_paths
from storylens.options import Options
from storylens.pipeline import clean_all
from storylens.readers import read_inputs

# Every finder switched on, those on by default too (the alignment flags --paraphrases and
# --secondary-links are not findings): "findings of all kinds".
ALL_FINDERS = ["--fact-conflicts", "--story-facts", "--quote-changes", "--fact-coverage", "--framing", "--story-framing",
               "--descriptors", "--shared-quotes", "--shared-sources", "--additions"]

FILLER = (
    "Officials said the figures would be reviewed again next week. "
    "Residents gathered near the harbour wall as the afternoon wore on. "
    "The regional council has not yet published its own assessment. "
    "Several shops along the quay stayed closed for a second day. "
)


def _demo_texts() -> list[str]:
    raws, _ = read_inputs(demo_paths(), Options())
    arts, _ = clean_all(raws, Options())
    return [a.text for a in arts]


def _rewrite(text: str, rng: random.Random) -> str:
    """A plausible rewrite: swap some words, drop a few sentences, add a local paragraph."""
    paras = [p for p in text.split("\n\n") if p.strip()]
    out = []
    for p in paras:
        sents = re.split(r"(?<=[.!?])\s+", p)
        kept = [s for s in sents if rng.random() > 0.12]
        words = " ".join(kept).split(" ")
        for i in range(len(words)):
            if rng.random() < 0.04 and words[i].isalpha():
                words[i] = rng.choice(["reportedly", "officials", "local", "recent", "major"])
        out.append(" ".join(words))
    if rng.random() < 0.5:
        out.insert(rng.randrange(len(out) + 1), FILLER)
    return "\n\n".join(x for x in out if x.strip())


def _make_case(dirpath: Path, n: int, min_words: int, seed: int = 7) -> Path:
    rng = random.Random(seed)
    texts = _demo_texts()
    dirpath.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        base = texts[i % len(texts)]
        body = _rewrite(base, rng)
        while len(body.split()) < min_words:
            body += "\n\n" + _rewrite(texts[(i + 1) % len(texts)], rng)
        (dirpath / f"outlet{i:02d}.txt").write_text(body, encoding="utf-8")
    return dirpath


def _run_once(cmd: list[str], src: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one child process running ``cmd``
    with ``src`` first on its path: on a shared machine the CPU figure says what the
    command itself costs."""
    import resource

    env = {**os.environ, "PYTHONPATH": str(src)}
    r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - t0
    r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime


_HELP: dict[Path, str] = {}


def _for_tree(cmd: list[str], src: Path) -> list[str]:
    """``cmd`` without the ``--`` options the tree's ``compare --help`` does not know: a
    baseline older than a flag (``--fact-conflicts``, session 13) runs without it, where
    that finder was either on by default or absent."""
    if src not in _HELP:
        env = {**os.environ, "PYTHONPATH": str(src)}
        _HELP[src] = subprocess.run([cmd[0], "compare", "--help"], capture_output=True, text=True,
                                    env=env).stdout
    return [c for c in cmd if not c.startswith("--") or c in _HELP[src]]


def _time(cmd: list[str], runs: int, srcs: list[Path]) -> list[tuple[float, float]]:
    """Median wall and median CPU seconds of ``cmd`` on each source tree, the trees taking
    turns run by run so that a change in the machine's load hits them alike."""
    got: list[list[tuple[float, float]]] = [[] for _ in srcs]
    for _ in range(runs):
        for i, src in enumerate(srcs):
            got[i].append(_run_once(_for_tree(cmd, src), src))
    return [(statistics.median(w for w, _ in g), statistics.median(c for _, c in g)) for g in got]


def _compile_bytecode(src: Path) -> None:
    import compileall

    compileall.compile_dir(str(src / "storylens"), quiet=1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--embed", action="store_true", help="also time compare --embed")
    ap.add_argument("--baseline", type=Path, help="another checkout's src directory, timed beside this one")
    args = ap.parse_args()
    exe = shutil.which("storylens", path=str(Path(sys.executable).parent)) or "storylens"
    import storylens

    srcs = [Path(storylens.__file__).resolve().parents[1]]
    if args.baseline:
        srcs.append(args.baseline.resolve())
    for src in srcs:
        _compile_bytecode(src)
    tmp = Path(tempfile.mkdtemp(prefix="storylens-bench-"))
    load0 = os.getloadavg()[0]
    try:
        two = _make_case(tmp / "two", 2, 800)
        fifty = _make_case(tmp / "fifty", 50, 300)
        words2 = sum(len(p.read_text().split()) for p in two.iterdir())
        rows = []
        for label, d, target in (("2 articles", two, 0.5), ("50 articles", fifty, 2.0)):
            modes = [("terminal", []), ("--json", ["--json"]), ("no-find", ["--no-findings"]),
                     ("all-find", ALL_FINDERS)]
            if args.embed:
                modes.append(("--embed", ["--embed"]))
            for mode, extra in modes:
                got = _time([exe, "compare", str(d), *extra], args.runs, srcs)
                rows.append((label, mode, got, target))
        print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}, "
              f"load average {load0:.1f} at the start, {os.getloadavg()[0]:.1f} at the end (1 min)")
        print(f"two-article case: {words2} words in all; median of {args.runs} runs, whole process")
        print(f"this tree: {srcs[0]}" + (f"; baseline: {srcs[1]}" if len(srcs) > 1 else ""))
        head = f"{'case':<12} {'output':<9} {'median s':>9} {'cpu s':>7}"
        if len(srcs) > 1:
            head += f" {'base s':>7} {'base cpu':>8}"
        print(head + f" {'target s':>9} {'ratio':>6}")
        for label, mode, got, target in rows:
            (med, cpu), rest = got[0], got[1:]
            line = f"{label:<12} {mode:<9} {med:>9.3f} {cpu:>7.3f}"
            for bmed, bcpu in rest:
                line += f" {bmed:>7.3f} {bcpu:>8.3f}"
            print(line + f" {target:>9.1f} {med / target:>6.2f}")
        got = {(label, mode): g for label, mode, g, _ in rows}
        for label in ("2 articles", "50 articles"):
            for mode, what in (("terminal", "default findings"), ("all-find", "findings of all kinds")):
                parts = []
                for i, tree in enumerate(("this tree", "baseline")[: len(srcs)]):
                    (w1, c1), (w0, c0) = got[label, mode][i], got[label, "no-find"][i]
                    parts.append(f"{tree} {w1 - w0:.3f} s wall, {c1 - c0:.3f} s cpu")
                print(f"{label}: {what} add " + "; ".join(parts) + " (target < 1 s at 50 articles)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
