"""Hostile text shapes (issue 15) finish within 5x a plain article of the same size.

Each shape of ``benchmarks/hostile.py`` (long whitespace and tab/no-break-space runs,
``#`` runs, ``Word.`` with no spaces, ``"word"`` runs, runs of percentages, dates and
numbers in one sentence, ``"w w," said X Y`` runs) goes through ``compare``'s stages in a
forked child that is killed at 5x the plain article's time, measured in this same run
(a ratio, never a fixed number of seconds). The benchmark runs the same cases at 1 MB;
here they are 500 KB, so the module stays near a minute on two cores.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SIZE = 500_000
LIMIT = 5.0


def _bench():
    spec = importlib.util.spec_from_file_location("storylens_bench_hostile", ROOT / "benchmarks" / "hostile.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


BENCH = _bench()


@cache
def _plain() -> float:
    t = BENCH.timed("plain", SIZE, 600)
    assert t is not None
    return t


@pytest.mark.parametrize("shape", [s for s in BENCH.SHAPES if s != "plain"])
def test_hostile_shape_within_5x_of_a_plain_article(shape):
    plain = _plain()
    took = BENCH.timed(shape, SIZE, LIMIT * plain)
    assert took is not None, (
        f"{shape}: compare on a {SIZE:,}-char article ran past {LIMIT:g}x the plain"
        f" article ({plain:.2f} s in this run) and was stopped"
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
