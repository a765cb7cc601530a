"""``storylens export`` (new user, s11): ``export -`` made a folder named "-"; it is a usage
error naming why (the export is a folder of several files, nothing for stdout). And
``--findings`` wrote findings.jsonl after the tables' folder was renamed into place, outside
the atomic write: a failure while comparing the stories left new tables and no findings. It
is written into the hidden folder before the rename now. Invented demo store.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from storylens.cli.main import app
from storylens.demo import demo_paths


def run(*args: object):
    return CliRunner().invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("store") / "demo.db"
    r = run("ingest", *demo_paths(), "--db", db, "-w", "1", "-q")
    assert r.exit_code == 0, r.output
    return db


def test_export_to_dash_is_a_usage_error_and_makes_no_folder(demo_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run("export", "-", "--db", demo_db, "--format", "jsonl")
    assert r.exit_code == 2
    assert "cannot be '-' (stdout); give a folder name" in r.stderr
    assert os.listdir(tmp_path) == []


def test_near_miss_a_folder_name_with_a_dash_is_written(demo_db, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    r = run("export", "out-", "--db", demo_db, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    assert (tmp_path / "out-" / "articles.jsonl").is_file()


def test_findings_are_written_inside_the_atomic_export(demo_db, tmp_path):
    out = tmp_path / "out"
    r = run("export", out, "--db", demo_db, "--format", "jsonl", "--findings")
    assert r.exit_code == 0, r.output
    assert sorted(os.listdir(out)) == ["articles.jsonl", "findings.jsonl", "groups.jsonl", "skipped.jsonl",
                                       "stories.jsonl"]
    assert f"wrote {out / 'findings.jsonl'}" in r.stdout.splitlines()
    assert r.stdout.splitlines()[-1].endswith("finding(s) as jsonl")
    assert all(json.loads(x)["summary"] for x in (out / "findings.jsonl").read_text().splitlines())
    assert [p for p in os.listdir(tmp_path) if p.startswith(".")] == []


def test_a_failure_while_comparing_leaves_the_old_export_whole(demo_db, tmp_path, monkeypatch):
    out = tmp_path / "out"
    assert run("export", out, "--db", demo_db, "--format", "jsonl", "--findings").exit_code == 0
    before = {p: (out / p).read_bytes() for p in os.listdir(out)}

    def broken(*_a, **_k):
        yield {"story_id": 1}
        raise RuntimeError("comparison failed")

    monkeypatch.setattr("storylens.findings_export.finding_rows", broken)
    r = run("export", out, "--db", demo_db, "--format", "jsonl", "--findings", "--overwrite")
    assert r.exit_code != 0
    assert {p: (out / p).read_bytes() for p in os.listdir(out)} == before  # old tables and findings
    assert [p for p in os.listdir(tmp_path) if p.startswith(".")] == []  # no hidden folder left


def test_near_miss_without_findings_no_findings_file(demo_db, tmp_path):
    out = tmp_path / "out"
    r = run("export", out, "--db", demo_db, "--format", "jsonl")
    assert r.exit_code == 0, r.output
    assert "findings.jsonl" not in os.listdir(out) and "finding(s)" not in r.stdout
