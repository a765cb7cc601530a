"""Quality gate: storylens's clean text must not lose to trafilatura alone.

Scores every ``GATE_STEP``-th page of the article-extraction benchmark and fails when
storylens's F1 drops under the floors pinned in ``benchmarks/extraction_baseline.json``
or under plain ``trafilatura.extract`` measured in the same run.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DATA = REPO.parent / "shared" / "data"
PAGES = DATA / "article-extraction" / "pages.jsonl"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not PAGES.exists(), reason=f"benchmark data not found at {PAGES} (needs ../shared/data)"
    ),
]


def _bench():
    spec = importlib.util.spec_from_file_location(
        "storylens_bench_extraction", REPO / "benchmarks" / "extraction.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # worker processes unpickle its functions by module name
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def gate():
    bench = _bench()
    base = json.loads(
        (REPO / "benchmarks" / "extraction_baseline.json").read_text(encoding="utf-8")
    )["gate"]
    res = bench.aggregate(bench.page_counts(step=base["step"]))
    return base, res


@pytest.mark.parametrize("metric", ["tok", "sh4"])
def test_storylens_f1_above_pinned_floor(gate, metric):
    base, res = gate
    assert res["storylens"]["pages"] == base["pages"]
    f1 = res["storylens"][metric]["f1"]
    assert f1 >= base["floor"][metric], (
        f"storylens {metric} F1 {f1:.4f} < floor {base['floor'][metric]}"
    )


@pytest.mark.parametrize("metric", ["tok", "sh4"])
def test_storylens_not_worse_than_trafilatura_alone(gate, metric):
    _, res = gate
    ours, theirs = res["storylens"][metric]["f1"], res["trafilatura"][metric]["f1"]
    assert ours >= theirs, f"storylens {metric} F1 {ours:.4f} < trafilatura alone {theirs:.4f}"
