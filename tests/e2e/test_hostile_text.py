"""Hostile text shapes (issue 15) cost work in proportion to their size, and finish.

Each shape of ``benchmarks/hostile.py`` (long whitespace and tab/no-break-space runs,
``#`` runs, ``Word.`` with no spaces, ``"word"`` runs, runs of percentages, dates, numbers
and distinct close figures in one sentence, ``"w w," said X Y`` runs, thousands of
speakers) goes through ``compare``'s stages in a forked child. No test here times
anything (house rule: timings flake on a loaded machine); the speed ratios to a plain
article are the benchmark's to print (``python benchmarks/hostile.py``). Instead:

1. **Work grows linearly** (the deterministic check): the calls ``compare`` makes
   (``sys.setprofile``'s count, Python and C) on the shape at 20,000 and at 80,000
   characters. A linear pipeline makes at most ~4x the calls on 4x the text (the shapes
   measure 0.5x-3x); a quadratic loop ~16x. The bound is 8x. This caught the "ids" shape
   (a fact's 5% value window walked value by value: 11.8x before the fix, 3x after).
2. **A hang guard** for what a call count cannot see, a regular expression that
   backtracks (one call however long it runs): each shape at 500,000 characters must
   finish before ``HANG_GUARD_S``. That is a guard, not a measure: an honest run takes
   a few seconds (2-6 s on the 2-core development box, idle), 50x below it, so load never
   trips it, while catastrophic backtracking (exponential) never finishes and a quadratic
   pattern over a 500,000-character run takes some 10^11 steps, far beyond it.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SMALL, LARGE = 20_000, 80_000
MAX_GROWTH = 8.0  # calls at LARGE / calls at SMALL; linear: <= 4 (LARGE = 4 x SMALL)
GUARD_SIZE = 500_000
HANG_GUARD_S = 300.0  # a hang guard, not a measure (see the module docstring)


def _bench():
    spec = importlib.util.spec_from_file_location("storylens_bench_hostile", ROOT / "benchmarks" / "hostile.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


BENCH = _bench()


@pytest.mark.parametrize("shape", list(BENCH.SHAPES))
def test_hostile_shape_work_grows_linearly(shape):
    counts = BENCH.calls(shape, (SMALL, LARGE), HANG_GUARD_S)
    assert counts is not None, f"{shape}: compare did not finish within the hang guard"
    small, large = counts
    assert large <= MAX_GROWTH * small, (
        f"{shape}: {large:,} calls on {LARGE:,} chars, {small:,} on {SMALL:,}:"
        f" {large / small:.1f}x the work for 4x the text (linear: <= 4x)"
    )


@pytest.mark.parametrize("shape", [s for s in BENCH.SHAPES if s != "plain"])
def test_hostile_shape_finishes(shape):
    took = BENCH.timed(shape, GUARD_SIZE, HANG_GUARD_S)
    assert took is not None, (
        f"{shape}: compare on a {GUARD_SIZE:,}-char article was still running after"
        f" {HANG_GUARD_S:g} s (the hang guard) and was stopped"
    )


def test_each_shape_holds_its_hostile_payload():
    """The cases are what they claim: the payload is in the article, sized as asked."""
    for shape in BENCH.SHAPES:
        text = BENCH.article(shape, 100_000)
        assert 95_000 <= len(text) <= 101_000, shape
    assert "\t\u00a0\t\u00a0" in BENCH.article("tabs_nbsp", 10_000)
    assert "#" * 1000 in BENCH.article("hashes", 10_000)
    assert "Word.Word." in BENCH.article("word_dot", 10_000)
    assert '"w w," said X Y "w w,"' in BENCH.article("said", 10_000)
    assert "100000 100001 100002" in BENCH.article("ids", 10_000)
