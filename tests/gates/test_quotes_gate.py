"""Quality gate: quote attribution on PolNeAR (test split) must not drop below the pinned
floors in ``benchmarks/quotes_baseline.json`` (measured figures minus a small margin).

Skipped when the shared data folder is absent (a fresh checkout without ../shared/data).
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
POLNEAR = DATA / "polnear" / "test.jsonl"

pytestmark = pytest.mark.slow


def _bench():
    spec = importlib.util.spec_from_file_location("bench_quotes", ROOT / "benchmarks" / "quotes.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def scores():
    if not POLNEAR.exists():
        pytest.skip(f"PolNeAR data not found at {POLNEAR} (needs ../shared/data)")
    bench = _bench()
    return bench.evaluate(bench.load("test"))


@pytest.fixture(scope="module")
def floors():
    return json.loads((ROOT / "benchmarks" / "quotes_baseline.json").read_text())["floors"]


@pytest.mark.parametrize("metric", ["exact", "overlap"])
@pytest.mark.parametrize("role", ["source", "cue", "content"])
def test_f1_floor(scores, floors, metric, role):
    p, r, f1 = scores[metric][role]
    floor = floors[metric][role]
    assert f1 >= floor["f1"], f"{metric} {role} F1 {f1} fell below {floor['f1']}"
    assert p >= floor["p"], f"{metric} {role} precision {p} fell below {floor['p']}"


def test_beats_corenlp_content(scores):
    # the published CoreNLP anchor (content exact F1 17.5) is the minimum bar
    assert scores["exact"]["content"][2] > 17.5
