"""CLI faults a new user met (reader report, session 5, items 4, 11, 13, 14, 16): a
missing path in an ingest, a non-database file given as --db to a read command, a
closed stdout pipe, report file permissions, the ``repaired`` note, ``python -m``.

Exact error text is checked: it is what a user reads. Invented texts only.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from storylens.cli.base import write_file_atomic
from storylens.cli.main import app

FERRY = (
    "Ferry crossings to Sable Reach resume\n\n"
    "The Marrowby ferry resumed crossings to Sable Reach on Thursday after a two-day strike by deck crews.\n\n"
    "Operator Fenwick Lines said all sailings would run to the winter timetable from Friday."
)
CHOIR = (
    "Brightwater choir wins regional prize\n\n"
    "The Brightwater Youth Choir won the regional singing prize in Tallow on Saturday evening.\n\n"
    "Conductor Pia Ramsden said the singers had rehearsed four nights a week since September."
)
SRC = str(Path(__file__).resolve().parents[2] / "src")


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture
def two_files(tmp_path):
    a, b = tmp_path / "ferry.txt", tmp_path / "choir.txt"
    a.write_text(FERRY, encoding="utf-8")
    b.write_text(CHOIR, encoding="utf-8")
    return a, b


# --- a missing path ----------------------------------------------------------------------


def test_ingest_stores_the_rest_and_names_the_missing_path(two_files, tmp_path):
    a, b = two_files
    gone, db = tmp_path / "typo.txt", tmp_path / "news.db"
    r = invoke("ingest", a, gone, b, "--db", db, "--workers", "1")
    assert r.exit_code == 0
    assert r.stderr == f"skipped: {gone}: no such file or directory\n"
    assert r.stdout.startswith(f"ingested 2 article(s) into {db}")
    assert f"  skipped missing: 1\n    {gone}: no such file or directory\n" in r.stdout


def test_quiet_ingest_still_names_the_missing_path(two_files, tmp_path):
    gone = tmp_path / "typo.txt"
    r = invoke("ingest", two_files[0], gone, "--db", tmp_path / "news.db", "--workers", "1", "--quiet")
    assert r.exit_code == 0 and r.stdout == ""
    assert r.stderr == f"skipped: {gone}: no such file or directory\n"


def test_ingest_with_every_path_missing_fails_and_leaves_no_database(tmp_path):
    one, two, db = tmp_path / "nope1.txt", tmp_path / "nope2.txt", tmp_path / "news.db"
    r = invoke("ingest", one, two, "--db", db)
    assert r.exit_code == 1
    assert r.stderr == (
        f"skipped: {one}: no such file or directory\n"
        f"skipped: {two}: no such file or directory\n"
        "error: none of the 2 inputs exists: nothing to ingest\n"
    )
    assert not list(tmp_path.glob("news.db*"))


def test_an_empty_folder_is_named_by_compare(two_files, tmp_path):
    empty = tmp_path / "drafts"
    empty.mkdir()
    r = invoke("clean", empty)  # clean reads like compare, and is fast
    assert f"skipped: {empty}: an empty folder: no files in it (hidden names are not read)" in r.stderr


# --- --db that is not a store ------------------------------------------------------------


@pytest.mark.parametrize("cmd", ["stories", "duplicates"])
@pytest.mark.parametrize("content", [b"x", b"not a database at all, just some notes\n"])
def test_a_read_command_never_overwrites_a_file_that_is_not_a_store(cmd, content, tmp_path):
    db = tmp_path / "notes.db"
    db.write_bytes(content)
    r = invoke(cmd, "--db", db)
    assert r.exit_code == 1
    assert r.stderr == (
        f"error: {db} is not a storylens article store (not an SQLite database);"
        " storylens leaves it untouched. Pass another --db\n"
    )
    assert db.read_bytes() == content and not list(tmp_path.glob("notes.db-*"))


@pytest.mark.parametrize("cmd", ["stories", "duplicates"])
def test_a_read_command_does_not_make_a_store_in_an_empty_file(cmd, tmp_path):
    db = tmp_path / "touched.db"
    db.touch()
    r = invoke(cmd, "--db", db)
    assert r.exit_code == 1
    assert r.stderr == (
        f"error: {db} holds no article store yet (an empty database);"
        f" run 'storylens ingest PATH --db {db}' first\n"
    )
    assert db.stat().st_size == 0


def test_ingest_refuses_a_one_byte_file_too(two_files, tmp_path):
    db = tmp_path / "tiny.db"
    db.write_bytes(b"x")
    r = invoke("ingest", two_files[0], "--db", db)
    assert r.exit_code == 1 and "is not a storylens article store (not an SQLite database)" in r.stderr
    assert db.read_bytes() == b"x"


def test_ingest_may_fill_an_empty_file(two_files, tmp_path):
    db = tmp_path / "touched.db"
    db.touch()
    assert invoke("ingest", two_files[0], "--db", db, "--workers", "1", "--quiet").exit_code == 0
    assert invoke("stories", "--db", db, "--min-articles", "1", "--csv").stdout.count("\n") == 2


# --- a closed pipe -----------------------------------------------------------------------


def test_a_closed_stdout_pipe_is_quiet(two_files, tmp_path):
    db = tmp_path / "news.db"
    assert invoke("ingest", *two_files, "--db", db, "--workers", "1", "--quiet").exit_code == 0
    env = {**os.environ, "PYTHONPATH": SRC}
    with subprocess.Popen(
        [sys.executable, "-m", "storylens", "stories", "--db", str(db), "--csv", "--min-articles", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
    ) as p:
        p.stdout.close()  # the reader is gone before the first line: `| head -0`
        err = p.stderr.read().decode()
        assert p.wait(timeout=120) == 1
    assert err == ""  # no "error: Broken pipe", no "Exception ignored" at exit


def test_python_dash_m_runs_the_cli():
    env = {**os.environ, "PYTHONPATH": SRC}
    r = subprocess.run([sys.executable, "-m", "storylens", "version"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and r.stdout.strip()


# --- report files and notes --------------------------------------------------------------


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_written_report_gets_the_mode_a_plain_open_gives(umask, mode, tmp_path):
    old = os.umask(umask)
    try:
        write_file_atomic(tmp_path / "report.html", "<html></html>")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "report.html").stat().st_mode) == mode


def test_a_replaced_report_keeps_its_mode(tmp_path):
    out = tmp_path / "report.html"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o640)
    write_file_atomic(out, "<html></html>")
    assert out.read_text(encoding="utf-8") == "<html></html>"
    assert stat.S_IMODE(out.stat().st_mode) == 0o640


def test_a_repaired_file_is_reported_as_kept_not_skipped(tmp_path):
    p = tmp_path / "ferry.txt"
    p.write_bytes(FERRY.replace("strike", "strike\u2014a long one\u2014").encode() + b"\n\nThe operator\x92s office agreed.\n")
    r = invoke("clean", p)
    assert r.exit_code == 0
    lines = r.stderr.splitlines()
    assert lines == [
        f"repaired: {p}: kept; 1 line(s) not valid UTF-8 (line 7); their stray bytes were read as"
        " cp1252: check those characters"
    ]


# --- the stories table --------------------------------------------------------------------


def test_the_stories_table_is_one_line_per_story_at_80_columns(tmp_path):
    import json

    long_title = "Tallow council votes to close the Westbury library branch after a long public consultation"
    body = "The branch on Mill Lane will shut in March, the council said after a 7-2 vote on Tuesday night."
    p = tmp_path / "wire.jsonl"
    p.write_text(
        "\n".join(
            json.dumps({"title": long_title, "text": f"{long_title}\n\n{body} Outlet {i} reports.",
                        "outlet": f"Courier {i}", "published": f"2026-11-0{i + 1}T07:3{i}:00Z"})
            for i in range(3)
        ) + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "news.db"
    assert invoke("ingest", p, "--db", db, "--workers", "1", "--quiet").exit_code == 0
    r = CliRunner().invoke(app, ["stories", "--db", str(db)], env={"COLUMNS": "80"})
    lines = r.stdout.splitlines()
    assert all(len(line) <= 80 for line in lines)
    (row,) = [line for line in lines if "2026-11-01" in line]
    assert "2026-11-03" in row and "T07" not in row  # days, not timestamps
    assert "Tallow council" in row and row.rstrip().endswith("│") and "…" in row  # cut, not wrapped
    csv_out = invoke("stories", "--db", db, "--csv").stdout
    assert "2026-11-01T07:30:00" in csv_out and long_title in csv_out  # --csv keeps everything
