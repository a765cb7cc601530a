"""A file that is not there is named as not there in the closing error line (new user,
s11: ``clean missing.txt`` ended "error: no article text in missing.txt", as if the file
were empty). Near misses: an empty file still has "no article text in" it, and inputs
skipped for other reasons still read "all N input(s) were skipped". Invented texts.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storylens.cli.main import app

HARBOUR = (
    "Ferry aground off Quillon Point\n\n"
    "The Marrowby ferry Saint Ives Lark ran aground on a sandbar near Quillon Point on Tuesday morning.\n\n"
    "All 84 passengers were taken off by lifeboat crews within two hours, harbour master Odile Fenwick said.\n"
)


def run(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args])


def last_line(r) -> str:
    return r.stderr.splitlines()[-1]


def test_clean_a_missing_file_says_it_does_not_exist(tmp_path: Path):
    gone = tmp_path / "missing.txt"
    r = run("clean", gone)
    assert r.exit_code == 1
    assert last_line(r) == f"error: no article text: {gone} does not exist"
    doc = json.loads(run("clean", gone, "--json").stdout)["error"]
    assert doc["message"] == f"no article text: {gone} does not exist"
    assert [s["reason"] for s in doc["skipped"]] == ["missing"]


def test_near_miss_clean_an_empty_file_has_no_article_text(tmp_path: Path):
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    r = run("clean", empty)
    assert r.exit_code == 1 and last_line(r) == f"error: no article text in {empty}"


def test_compare_a_missing_file_and_one_article_names_the_missing_one(tmp_path: Path):
    good, gone = tmp_path / "harbour.txt", tmp_path / "missing.txt"
    good.write_text(HARBOUR, encoding="utf-8")
    r = run("compare", gone, good)
    assert r.exit_code == 1
    assert last_line(r).startswith(
        f"error: only one readable article ({good}; {gone} does not exist): a comparison needs two or more")


def test_compare_only_missing_files_says_none_exists(tmp_path: Path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    assert last_line(run("compare", a)) == f"error: no usable article: {a} does not exist"
    assert last_line(run("compare", a, b)) == f"error: no usable article: {a}, {b} do not exist"


def test_near_miss_other_skips_still_say_skipped_and_name_the_missing_one(tmp_path: Path):
    empty, blob, gone = tmp_path / "empty.txt", tmp_path / "blob.bin", tmp_path / "missing.txt"
    empty.write_text("", encoding="utf-8")
    blob.write_bytes(b"\x00\x01harbour\x00")
    assert last_line(run("compare", empty, blob)) == "error: no usable article: all 2 input(s) were skipped"
    assert last_line(run("compare", gone, empty)) == \
        f"error: no usable article: all 2 input(s) were skipped ({gone} does not exist)"
