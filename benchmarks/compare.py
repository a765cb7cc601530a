"""Whole-process time of `storylens compare` (issue target: < 0.5 s for two ~800-word
articles, < 2 s for a 50-article story on a 2-core machine).

The inputs are generated from the built-in demo story by deterministic edits (word
substitutions, dropped and reordered sentences), so they read like rewrites of one wire
story. Each case runs the real console script in a fresh process, several times, and the
median is reported beside the target.

    python benchmarks/compare.py [--runs 5] [--embed]

With ``--embed`` each case also runs ``compare --embed`` (the optional embedding layer with
``Options.embed_model``, benchmarks/paraphrase.py) in the same run, beside the default.
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


def _time(cmd: list[str], runs: int) -> tuple[float, float]:
    """Median wall seconds and median CPU seconds (user + system) of the child process:
    on a shared machine the CPU figure says what the command itself costs."""
    import resource

    times, cpus = [], []
    for _ in range(runs):
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return statistics.median(times), statistics.median(cpus)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--embed", action="store_true", help="also time compare --embed")
    args = ap.parse_args()
    exe = shutil.which("storylens", path=str(Path(sys.executable).parent)) or "storylens"
    tmp = Path(tempfile.mkdtemp(prefix="storylens-bench-"))
    try:
        two = _make_case(tmp / "two", 2, 800)
        fifty = _make_case(tmp / "fifty", 50, 300)
        words2 = sum(len(p.read_text().split()) for p in two.iterdir())
        rows = []
        for label, d, target in (("2 articles", two, 0.5), ("50 articles", fifty, 2.0)):
            modes = [("terminal", []), ("--json", ["--json"])]
            if args.embed:
                modes.append(("--embed", ["--embed"]))
            for mode, extra in modes:
                med, cpu = _time([exe, "compare", str(d), *extra], args.runs)
                rows.append((label, mode, med, cpu, target))
        print(f"machine: {platform.machine()} {os.cpu_count()} cores, Python {platform.python_version()}")
        print(f"two-article case: {words2} words in all; median of {args.runs} runs, whole process")
        print(f"{'case':<12} {'output':<9} {'median s':>9} {'cpu s':>7} {'target s':>9} {'ratio':>6}")
        for label, mode, med, cpu, target in rows:
            print(f"{label:<12} {mode:<9} {med:>9.3f} {cpu:>7.3f} {target:>9.1f} {med / target:>6.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
