"""``storylens stories --warnings`` (s28): the list of stored stories shows each story's
warning (articles that may be about another event), in the terminal, the JSON and (s29) the CSV.

Invented: three reports of the Quarry Lane market hall collapse in Dunmere and the market
traders' claim that dates the collapse weeks back (``tests/unit/test_story_strays_s28``),
plain undated text files ingested into one store: one story, its fourth article named.
Without the flag the list is as before (no comparison, no warning field).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_story_strays_later import LEFT, RIGHT, WIRE  # noqa: E402
from test_story_strays_s28 import _market  # noqa: E402

from storylens.cli.main import app  # noqa: E402

PIECES = {"wire.txt": WIRE, "left.txt": LEFT, "right.txt": RIGHT,
          "traders.txt": _market("since the start of the month, when the roof of the Quarry Lane "
                                 "market hall collapsed")}


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("warned")
    (tmp / "crawl").mkdir()
    for name, (title, paras) in PIECES.items():
        (tmp / "crawl" / name).write_text(title + "\n\n" + "\n\n".join(paras) + "\n", encoding="utf-8")
    path = tmp / "news.db"
    result = invoke("ingest", tmp / "crawl", "--db", path, "--workers", "1")
    assert result.exit_code == 0, result.output
    return path


def test_stories_json_with_warnings_names_the_off_story_piece(db):
    result = invoke("stories", "--db", db, "--json", "--warnings")
    assert result.exit_code == 0, result.output
    stories = json.loads(result.stdout)["stories"]
    assert len(stories) == 1 and len(stories[0]["articles"]) == 4
    s = stories[0]
    assert "may be about another event" in s["warning"]
    assert [Path(p).name for p in s["warning_sources"]] == ["traders.txt"]


def test_stories_table_with_warnings_prints_the_warning_below(db):
    out = CliRunner().invoke(app, ["stories", "--db", str(db), "--warnings"], env={"COLUMNS": "200"},
                             catch_exceptions=False).stdout
    assert "story warnings: 1 of 1 compared story" in out
    assert "story 1: warning: this article shares no quote" in out
    assert "traders.txt" in out.split("story 1: warning:")[1]


def test_stories_csv_with_warnings_adds_the_warning_columns(db):
    # s29: --csv dropped the warnings; each story's row now ends with them
    import csv
    import io

    rows = list(csv.DictReader(io.StringIO(invoke("stories", "--db", db, "--csv", "--warnings").stdout)))
    assert len(rows) == 1
    assert rows[0]["warning"].startswith("this article shares no quote")
    assert [Path(p).name for p in rows[0]["warning_sources"].split(" | ")] == ["traders.txt"]
    plain = invoke("stories", "--db", db, "--csv").stdout.splitlines()[0]
    assert "warning" not in plain  # without the flag, the columns as before


def test_stories_without_the_flag_compares_nothing(db):
    s = json.loads(invoke("stories", "--db", db, "--json").stdout)["stories"][0]
    assert "warning" not in s
    assert "story warnings" not in invoke("stories", "--db", db).stdout
