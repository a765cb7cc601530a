"""The command line raises the collector's first threshold for its own process
(``cli.main.GC_THRESHOLD``: ~0.15 s of CPU on a 50-article compare went to collections
that found nothing); the library leaves the process's setting alone."""

from __future__ import annotations

import gc
import sys

import pytest

from storylens.cli import main as cli_main
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles


def test_main_sets_the_threshold(monkeypatch):
    before = gc.get_threshold()
    monkeypatch.setattr(sys, "argv", ["storylens", "--version"])
    try:
        with pytest.raises(SystemExit) as e:
            cli_main.main()
        assert e.value.code == 0
        assert gc.get_threshold() == (cli_main.GC_THRESHOLD, *before[1:])
    finally:
        gc.set_threshold(*before)


def test_the_library_leaves_it_alone():
    before = gc.get_threshold()
    body = "Ferry crews in Vella walked out on Monday over unpaid wages, the union said."
    arts = [Article(id=f"a{i}", source="t", outlet=o, text=body)
            for i, o in ((1, "Harbour Post"), (2, "Vella Times"))]
    compare_articles(arts, Options())
    assert gc.get_threshold() == before
