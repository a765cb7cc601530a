"""The per-article time budget: a slow article costs one skip row, the run goes on."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest

import storylens.clean as clean_mod
from storylens.budget import OverBudget, time_budget
from storylens.engines.local.ingest import IngestOptions, ingest
from storylens.options import Options
from storylens.store import MemoryStore


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:  # pure Python: the alarm can interrupt it
        pass


def test_time_budget_stops_the_work_and_restores_the_handler():
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with pytest.raises(OverBudget, match="longer than 0.05 s"), time_budget(0.05):
        _spin(5)
    assert signal.getsignal(signal.SIGALRM) is before
    with time_budget(5):  # finished in time: no alarm left behind
        pass
    _spin(0.1)


def test_ingest_skips_an_article_over_its_budget_and_keeps_the_rest(tmp_path, monkeypatch):
    root = tmp_path / "crawl"
    root.mkdir()
    body = "Harbour barriers failed on Tuesday night, the regional council said in a statement."
    (root / "a.txt").write_text(f"Flood at the quay\n\n{body}\n", encoding="utf-8")
    (root / "b.txt").write_text(f"Stalled page\n\nSTALL {body}\n", encoding="utf-8")
    (root / "c.txt").write_text(f"Sea wall plans\n\n{body} Repairs start in March.\n", encoding="utf-8")
    real = clean_mod.clean_article

    def slow_on_stall(raw, article_id, options):
        if "STALL" in (raw.text or ""):
            _spin(10)
        return real(raw, article_id, options)

    monkeypatch.setattr(clean_mod, "clean_article", slow_on_stall)
    store = MemoryStore()
    options = replace(Options(), article_seconds=0.2)
    summary = ingest([root], store, options, IngestOptions(workers=1))
    assert summary.ingested == 2
    assert summary.skipped == {"too-slow": 1}
    rows = list(store.iter_skipped())
    assert [(r.reason, r.source.endswith("b.txt")) for r in rows] == [("too-slow", True)]
    assert "per-article budget" in rows[0].message
