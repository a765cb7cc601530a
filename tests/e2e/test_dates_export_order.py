"""Dates normalised at ingest, end to end: typed timestamps in Parquet (read back by
pyarrow and, when installed, DuckDB), and the CLI and web listing stories in one order."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from storylens.cli.main import app

# Invented events, two articles each; the dates come in the forms real feeds use.
EVENTS = [
    ("Kesh ferry strike", ["Wed, 01 Jan 2020 17:29:44 +0530", "2020-01-01T13:00:00Z"],
     "Ferry crews in Kesh walked out over night shifts; the harbour master cancelled crossings to Lorn Island."),
    ("Velmora bridge reopening", ["20191231T14:37:29Z", "20191231"],
     "The Velmora suspension bridge reopened after cable repairs, and engineer Tamsin Oduya inspected the deck."),
    ("Port Elm harvest fair", ["2019-12-29", "1577577600"],  # 29 Dec 2019, epoch seconds
     "Growers at the Port Elm harvest fair judged pumpkins and cider; the mayor Brannoc Hale opened the stalls."),
    ("Draven dam inspection", ["2091-01-01", None],  # a date from the future, and none
     "Inspectors at Draven dam measured seepage in the spillway tunnels and ordered the reservoir lowered."),
]


def _text(e: int, n: int) -> str:
    event, _, body = EVENTS[e]
    return f"{body} {'Witnesses' if n else 'Officials'} described the {event.lower()} to reporters. {body}"


def _run(*args):
    result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dates")
    path = tmp / "feed.jsonl"
    with path.open("w", encoding="utf-8") as f:
        for e, (event, dates, _) in enumerate(EVENTS):
            for n, date in enumerate(dates):
                f.write(json.dumps({"id": f"e{e}n{n}", "title": f"{event} ({n})", "published": date,
                                    "text": _text(e, n)}) + "\n")
    db = tmp / "news.db"
    _run("ingest", path, "--db", db, "--workers", "1")
    return db


def _stories(db) -> list[dict]:
    return json.loads(_run("stories", "--db", db, "--json", "--min-articles", "1").stdout)["stories"]


def test_cli_lists_newest_first_with_undated_last(db):
    stories = _stories(db)
    labels = [s["articles"][0]["title"].split(" (")[0] for s in stories]
    assert labels == ["Kesh ferry strike", "Velmora bridge reopening", "Port Elm harvest fair",
                      "Draven dam inspection"]
    assert stories[0]["last_published"] == "2020-01-01T13:00:00Z"
    assert stories[-1]["last_published"] is None  # the 2091 date is not used


def test_web_lists_stories_in_the_cli_order(db):
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx2", reason="starlette's TestClient needs httpx2 (dev extra)")
    from fastapi.testclient import TestClient

    from storylens.web import create_app

    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        web = [s["id"] for s in client.get("/api/stories", params={"limit": 50}).json()["stories"]]
    assert web == [s["id"] for s in _stories(db)]


def test_parquet_published_is_a_utc_timestamp(db, tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "p"
    _run("export", out, "--db", db, "--format", "parquet")
    arts = pq.read_table(out / "articles.parquet")
    kind = arts.schema.field("published").type  # Parquet keeps seconds as milliseconds
    assert pa.types.is_timestamp(kind) and kind.tz == "UTC"
    assert arts.schema.field("published_raw").type == pa.string()
    rows = {r["record_id"]: r for r in arts.to_pylist()}
    assert rows["e0n0"]["published"].isoformat() == "2020-01-01T11:59:44+00:00"
    assert rows["e0n0"]["published_raw"] == "Wed, 01 Jan 2020 17:29:44 +0530"
    assert rows["e3n0"]["published"] is None and rows["e3n0"]["published_issue"] == "future"
    stories = pq.read_table(out / "stories.parquet")
    assert pa.types.is_timestamp(stories.schema.field("last_published").type)


def test_duckdb_reads_the_exported_dates(db, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "p"
    _run("export", out, "--db", db, "--format", "parquet")
    con = duckdb.connect()
    path = str(out / "articles.parquet")
    got = con.execute(
        "SELECT record_id, CAST(published AS DATE) FROM read_parquet(?) "
        "WHERE published IS NOT NULL ORDER BY published DESC LIMIT 1", [path]
    ).fetchone()
    assert got[0] == "e0n1" and str(got[1]) == "2020-01-01"
    kind = con.execute("SELECT typeof(published) FROM read_parquet(?) LIMIT 1", [path]).fetchone()[0]
    assert kind.startswith("TIMESTAMP")
