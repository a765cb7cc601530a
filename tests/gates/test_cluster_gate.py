"""Quality gates: recompute the clustering and near-duplicate scores and fail below the
floors pinned in benchmarks/clustering_baseline.json (measured minus a margin).

The real-data gates skip when ../shared/data is absent; the synthetic near-duplicate
gate always runs. Nothing here is timed.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"
BASELINE = json.loads((ROOT / "benchmarks" / "clustering_baseline.json").read_text(encoding="utf-8"))


def _bench():
    spec = importlib.util.spec_from_file_location("storylens_bench_clustering", ROOT / "benchmarks" / "clustering.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _check(section: str, measured: dict[str, float]) -> None:
    floors = BASELINE[section]
    low = {k: (round(measured[k], 4), v) for k, v in floors.items() if measured[k] < v}
    assert not low, f"{section} below its floors (measured, floor): {low}"


def test_near_duplicate_gate_synthetic():
    _check("near_duplicates", _bench().near_duplicates())


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "googlenews-ts" / "data.jsonl").exists(), reason="../shared/data/googlenews-ts absent")
def test_googlenews_gate():
    _check("googlenews_test", _bench().googlenews(split="test"))


@pytest.mark.slow
@pytest.mark.skipif(not (DATA / "semeval2022-en" / "pairs.jsonl").exists(), reason="../shared/data/semeval2022-en absent")
def test_semeval_gate():
    _check("semeval_test", _bench().semeval(split="test"))


def test_baseline_floors_are_sane():
    for section in ("near_duplicates", "googlenews_test", "semeval_test"):
        assert all(0.0 <= v <= 1.0 for v in BASELINE[section].values()), section
    # The GoogleNews floor must stay above the TF-IDF + KMeans anchor (0.621).
    assert BASELINE["googlenews_test"]["bcubed_f1"] > 0.621
