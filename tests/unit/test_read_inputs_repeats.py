"""A path named twice is read once (user report, session 11): 'storylens compare a.txt
a.txt' compared an article with itself (100% shared, a near-duplicate finding). Invented
texts."""

from __future__ import annotations

import os

from click.testing import CliRunner

from storylens.cli.main import app
from storylens.options import Options
from storylens.readers import read_inputs

QUAY = "Velling quay to close\n\nThe Velling quay will close for a month after Monday's storm, the harbour office said.\n"


def test_the_same_file_by_two_spellings_is_read_once(tmp_path, monkeypatch):
    (tmp_path / "quay.txt").write_text(QUAY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    raws, skipped = read_inputs(["quay.txt", "sub/../quay.txt", "./quay.txt"], Options())
    assert len(raws) == 1
    assert [(s.source, s.reason, s.message) for s in skipped] == [
        ("sub/../quay.txt", "repeated", "named twice; read once"),
        ("./quay.txt", "repeated", "named twice; read once"),
    ]


def test_a_copy_under_another_name_and_a_missing_path_twice_are_not_repeats(tmp_path):
    """Near misses: a second file with the same words is another input (two outlets may
    carry one wire text word for word), and a missing path named twice is missing twice."""
    a, b = tmp_path / "tribune.txt", tmp_path / "courier.txt"
    a.write_text(QUAY, encoding="utf-8")
    b.write_text(QUAY, encoding="utf-8")
    gone = tmp_path / "gone.txt"
    raws, skipped = read_inputs([a, b, gone, gone], Options())
    assert len(raws) == 2
    assert [s.reason for s in skipped] == ["missing", "missing"]


def test_compare_names_the_repeat_and_needs_two_articles(tmp_path):
    p = tmp_path / "quay.txt"
    p.write_text(QUAY, encoding="utf-8")
    link = tmp_path / "link.txt"
    os.symlink(p, link)
    r = CliRunner().invoke(app, ["compare", str(p), str(link)])
    assert r.exit_code == 1
    assert f"skipped: {link}: named twice; read once" in r.stderr
    assert "only one readable article" in r.stderr
