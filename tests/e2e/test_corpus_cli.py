"""End-to-end corpus commands through click's CliRunner on a small invented corpus.

Runs against a bare ``click.Group`` with only :func:`register`'s commands, so these
tests do not depend on the rest of ``cli.main``; one test checks ``cli.main.app`` has them too.
Error text is checked exactly: it is what a user reads.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from support import add_bad_inputs, write_corpus

from storylens.cli.corpus import register

COMMANDS = {"ingest", "duplicates", "stories", "story", "export"}


def _app() -> click.Group:
    app = click.Group("storylens", help="storylens corpus commands (test app).")
    register(app)
    return app


APP = _app()


def invoke(*args: str):
    return CliRunner().invoke(APP, [str(a) for a in args], catch_exceptions=False)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One ingested store shared by the read-only tests (ingest is the slow part)."""
    tmp = tmp_path_factory.mktemp("corpus")
    arts = write_corpus(tmp / "crawl", n_stories=8, jsonl_share=0.7)
    add_bad_inputs(tmp / "crawl")
    db = tmp / "news.db"
    result = invoke("ingest", tmp / "crawl", "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    return tmp, db, arts, result


def test_commands_are_registered_on_the_main_app():
    from storylens.cli.main import app

    names = set(app.commands)
    assert COMMANDS <= names


def test_every_corpus_command_has_help_and_an_example():
    for name in COMMANDS:
        cmd = APP.commands[name]
        assert f"Example: storylens {name} " in (cmd.help or ""), name
        for p in cmd.params:
            if p.param_type_name == "option":
                assert getattr(p, "help", None), f"{name} {p.name}"


def test_db_option_shows_and_reads_its_env_var(built):
    _, db, _, _ = built
    help_text = " ".join(invoke("ingest", "--help").stdout.split())
    assert "STORYLENS_DB" in help_text and "default: storylens.db" in help_text
    for name in COMMANDS:
        assert "STORYLENS_DB" in invoke(name, "--help").stdout, name
    by_env = CliRunner().invoke(APP, ["stories", "--json", "--min-articles", "1"], env={"STORYLENS_DB": str(db)})
    assert by_env.exit_code == 0, by_env.output
    assert by_env.stdout == invoke("stories", "--db", db, "--json", "--min-articles", "1").stdout


def test_ingest_prints_a_summary(built):
    tmp, db, arts, result = built
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"ingested {len(arts)} article(s) into {db} in ")
    assert "articles/s, 1 worker(s))" in lines[0]
    assert lines[1] == "already stored: 0  duplicates by hash: 0  skipped: 3"
    # each skipped input named on its own line under its reason (user report, s11)
    binary = lines.index("  skipped binary: 1")
    assert lines[binary + 1].startswith("    ") and "image.txt: not a text file" in lines[binary + 1]
    bad = lines.index("  skipped bad-json: 1")
    assert lines[bad + 1].startswith("    ") and "feed.jsonl:" in lines[bad + 1]
    assert not any("more" in ln or "storylens export" in ln for ln in lines)  # all shown
    assert result.stderr == ""  # no progress bar when not a terminal


def test_reingest_is_a_no_op_and_quiet_is_quiet(built, tmp_path):
    tmp, db, arts, _ = built
    again = invoke("ingest", tmp / "crawl", "--db", db, "--workers", "1")
    assert again.exit_code == 0
    assert again.stdout.splitlines()[1] == f"already stored: {len(arts)}  duplicates by hash: 0  skipped: 2"
    quiet = invoke("ingest", tmp / "crawl", "--db", db, "--quiet")
    assert quiet.exit_code == 0 and quiet.output == ""


def test_duplicates_finds_the_injected_copies(built):
    tmp, db, arts, _ = built
    result = invoke("duplicates", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["total"] == len(report["groups"]) > 0
    ident = {}  # stored article id -> synth id (record id, or the .txt file's stem)
    for g in report["groups"]:
        assert g["kind"] in ("exact", "near") and len(g["articles"]) >= 2
        assert g["articles"][0]["id"] == g["canonical"]
        for a in g["articles"]:
            ident[a["id"]] = a["record_id"] or Path(a["source"]).stem
    grouped = {frozenset(ident[a["id"]] for a in g["articles"]) for g in report["groups"]}
    pairs = [(a.copy_of, a.id) for a in arts if a.copy_of]
    found = [p for p in pairs if any(set(p) <= g for g in grouped)]
    assert len(found) >= 0.8 * len(pairs)
    table = invoke("duplicates", "--db", db)
    assert f"{report['total']} duplicate group(s) in {db}" in table.stdout


def test_stories_json_lists_articles_by_source_identity(built):
    tmp, db, arts, _ = built
    result = invoke("stories", "--db", db, "--json", "--min-articles", "1")
    assert result.exit_code == 0, result.output
    stories = json.loads(result.stdout)["stories"]
    listed = [a for s in stories for a in s["articles"]]
    assert len(listed) == len(arts)  # every article is in exactly one story
    newest_first = sorted(stories, key=lambda s: (s["last_published"] is not None, s["last_published"] or "", s["id"]))
    assert stories == newest_first[::-1]  # the web list's order
    for a in listed:
        assert set(a) == {"id", "source", "record_id", "url", "outlet", "title", "published"}
        assert Path(a["source"].rsplit(":", 1)[0] if a["record_id"] else a["source"]).exists()
    from_jsonl = [a for a in listed if a["record_id"]]
    assert from_jsonl and all(a["source"].split(":")[-1].isdigit() for a in from_jsonl)


def test_stories_since_filters_by_date(built):
    tmp, db, arts, _ = built
    all_ = json.loads(invoke("stories", "--db", db, "--json", "--min-articles", "1").stdout)["stories"]
    dated = sorted(s["last_published"] for s in all_ if s["last_published"])
    cut = dated[len(dated) // 2][:10]
    since = json.loads(invoke("stories", "--db", db, "--json", "--min-articles", "1", "--since", cut).stdout)
    assert since["since"] == cut
    assert [s["id"] for s in since["stories"]] == [
        s["id"] for s in all_ if s["last_published"] and s["last_published"] >= cut
    ]
    table = invoke("stories", "--db", db, "--since", cut, "--min-articles", "1")
    assert table.exit_code == 0 and f" since {cut}" in table.stdout


def test_stories_table_is_one_line_a_story_at_80_columns(built):
    _tmp, db, _arts, _ = built
    stories = json.loads(invoke("stories", "--db", db, "--json", "--min-articles", "1").stdout)["stories"]
    out = CliRunner().invoke(APP, ["stories", "--db", str(db), "--min-articles", "1", "--limit", "0"],
                             env={"COLUMNS": "80"}, catch_exceptions=False).stdout
    rows = [line for line in out.splitlines() if line.startswith("│")]
    assert len(rows) == len(stories)  # no headline wraps onto a second line
    assert all(len(line) <= 80 for line in out.splitlines())
    for row, s in zip(rows, stories, strict=True):
        if s["first_published"]:
            assert f"│ {s['first_published'][:10]} │" in row  # the day, not a cut timestamp
        assert "T" not in row.split("│")[4]


def test_story_compares_its_stored_articles(built, tmp_path):
    tmp, db, arts, _ = built
    stories = json.loads(invoke("stories", "--db", db, "--json").stdout)["stories"]
    assert stories, "no multi-article story in the test corpus"
    sid = stories[0]["id"]
    out = tmp_path / "story.html"
    result = invoke("story", sid, "--db", db, "--html", out)
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    as_json = invoke("story", sid, "--db", db, "--json", "--no-findings")
    doc = json.loads(as_json.stdout)
    titles = {a["title"] for a in stories[0]["articles"]}
    assert len(json.dumps(doc)) > 100 and any(t and t in as_json.stdout for t in titles)
    terminal = invoke("story", sid, "--db", db, "--no-findings")
    assert terminal.exit_code == 0 and "storylens" in terminal.stdout


def test_export_jsonl_and_parquet(built, tmp_path):
    tmp, db, arts, _ = built
    result = invoke("export", tmp_path / "j", "--db", db, "--format", "jsonl")
    assert result.exit_code == 0, result.output
    rows = [json.loads(ln) for ln in (tmp_path / "j" / "articles.jsonl").read_text().splitlines()]
    assert len(rows) == len(arts) and {"id", "source", "clean_text", "raw_text"} <= set(rows[0])
    groups = [json.loads(ln) for ln in (tmp_path / "j" / "groups.jsonl").read_text().splitlines()]
    stories = [json.loads(ln) for ln in (tmp_path / "j" / "stories.jsonl").read_text().splitlines()]
    assert groups and len(stories) == len(arts)  # one row per story member
    pq = pytest.importorskip("pyarrow.parquet")
    result = invoke("export", tmp_path / "p", "--db", db, "--format", "parquet")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"wrote {tmp_path / 'p' / 'articles.parquet'}"
    table = pq.read_table(tmp_path / "p" / "articles.parquet")
    assert table.num_rows == len(arts)
    assert pq.read_table(tmp_path / "p" / "groups.parquet").num_rows == len(groups)
    assert pq.read_table(tmp_path / "p" / "stories.parquet").num_rows == len(stories)
    # every skipped input with its reason: the ingest summary names only a few per reason
    skipped = [json.loads(ln) for ln in (tmp_path / "j" / "skipped.jsonl").read_text().splitlines()]
    assert len(skipped) == 3 and {"binary", "bad-json"} <= {r["reason"] for r in skipped}
    assert set(skipped[0]) == {"source", "reason", "message", "line"}
    assert pq.read_table(tmp_path / "p" / "skipped.parquet").num_rows == 3
    assert result.stdout.splitlines()[-1].endswith(", 3 skipped input(s) as parquet")


def test_many_skips_name_a_few_and_point_at_the_export(tmp_path):
    crawl = tmp_path / "crawl"
    crawl.mkdir()
    for i in range(5):
        (crawl / f"blank-{i}.txt").write_text("")
    (crawl / "quay.txt").write_text(
        "Velling quay to close\n\nThe Velling quay will close for a month after Monday's storm, the harbour office said.\n"
    )
    db = tmp_path / "news.db"
    lines = invoke("ingest", crawl, "--db", db, "--workers", "1").stdout.splitlines()
    at = lines.index("  skipped empty: 5")
    assert all(ln.startswith("    ") and ln.endswith(": file is empty") for ln in lines[at + 1 : at + 4])
    assert lines[at + 4] == "    … and 2 more"
    assert lines[-1] == f"every skipped input with its reason: storylens export --db {db} OUT/ (skipped table)"


# --- exact error text ------------------------------------------------------------------


@pytest.mark.parametrize("cmd", [["duplicates"], ["stories"], ["story", "1"], ["export", "out"]])
def test_missing_db_error(cmd, tmp_path):
    db = tmp_path / "missing.db"
    result = invoke(*cmd, "--db", db)
    assert result.exit_code == 1
    assert result.stderr == f"error: no article store at {db} (run 'storylens ingest PATH --db {db}' first)\n"
    assert not db.exists()


def test_bad_story_id_error(built):
    tmp, db, arts, _ = built
    n = len(json.loads(invoke("stories", "--db", db, "--json", "--min-articles", "1").stdout)["stories"])
    result = invoke("story", "999", "--db", db)
    assert result.exit_code == 1
    assert result.stderr == f"error: no story 999 in {db} (stories are numbered 1 to {n})\n"


def test_story_in_an_empty_store(tmp_path):
    (tmp_path / "in").mkdir()
    db = tmp_path / "empty.db"
    assert invoke("ingest", tmp_path / "in", "--db", db, "--quiet").exit_code == 0
    result = invoke("story", "1", "--db", db)
    assert result.stderr == f"error: no story 1 in {db}: it has no stories (ingest some articles first)\n"


def test_ingest_missing_input_error(tmp_path):
    result = invoke("ingest", tmp_path / "nope", "--db", tmp_path / "x.db")
    assert result.exit_code == 1
    assert result.stderr == f"error: {tmp_path / 'nope'}: no such file or directory\n"


def test_bad_since_error(built):
    tmp, db, arts, _ = built
    result = invoke("stories", "--db", db, "--since", "last tuesday")
    assert result.exit_code == 1
    assert result.stderr == "error: --since: 'last tuesday' is not an ISO date (use YYYY-MM-DD)\n"


def test_newer_schema_error(tmp_path):
    import sqlite3

    db = tmp_path / "future.db"
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    result = invoke("stories", "--db", db)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {db} has schema version 99, newer than this storylens")


def test_parquet_without_pyarrow_error(built, tmp_path, monkeypatch):
    import sys

    tmp, db, arts, _ = built
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow -> ImportError
    result = invoke("export", tmp_path / "x", "--db", db, "--format", "parquet")
    assert result.exit_code == 1
    assert result.stderr == (
        "error: Parquet export needs the optional package 'pyarrow': pip install 'storylens[parquet]'\n"
    )
    auto = invoke("export", tmp_path / "y", "--db", db)  # auto falls back to JSON Lines
    assert auto.exit_code == 0 and (tmp_path / "y" / "articles.jsonl").exists()


def test_story_takes_compares_options_from_one_shared_set(built, monkeypatch):
    # s6 reader report item 11: story said "as 'storylens compare' would" but lacked the flags
    from storylens.cli.main import app
    from storylens.engines.local import build

    def names(cmd):
        return {p.name for p in cmd.params if p.param_type_name == "option"}

    comparing = {"no_findings", "embed", "embed_model", "story_framing", "fact_coverage",
                 "paraphrases", "secondary_links", "fact_conflicts", "story_facts",
                 "quote_changes"}
    assert comparing <= names(APP.commands["story"]) and comparing <= names(app.commands["compare"])
    seen = {}
    real = build.compare_story

    def spy(store, story_id, options, **kw):
        seen["options"] = options
        return real(store, story_id, options, **kw)

    monkeypatch.setattr(build, "compare_story", spy)
    _, db, _, _ = built
    sid = json.loads(invoke("stories", "--db", db, "--json").stdout)["stories"][0]["id"]
    result = invoke("story", sid, "--db", db, "--json", "--quote-changes", "--no-story-framing",
                    "--fact-coverage", "--no-fact-conflicts")
    assert result.exit_code == 0, result.output
    o = seen["options"]
    assert o.quote_changes and not (o.story_framing or o.fact_conflicts)
    assert o.fact_coverage and o.findings
    # near miss: without the flags the defaults stand (story framing on since session 13;
    # shared quotes on again and fact conflicts off since session 21's; shared sources on
    # since session 22's; additions off again since session 24's; quote changes off again
    # since session 27's; framing on again since session 28's, off again with shared quotes
    # since session 30's; shared quotes, quote changes and additions on again since session
    # 31's; quote changes and additions off again since session 33's; framing on again and
    # shared quotes off again since session 34's; shared quotes on again since session 35's;
    # quote changes on again since session 37's; quote changes off again and additions on
    # again since session 38's; quote changes and fact conflicts on again, additions off again
    # since session 39's; quote changes and fact conflicts off again, additions on again since
    # session 40's; the others off)
    invoke("story", sid, "--db", db, "--json")
    o = seen["options"]
    assert o.story_framing and o.shared_sources and o.framing and o.shared_quotes
    assert o.additions and not o.quote_changes and not o.fact_conflicts
    assert not (o.fact_coverage or o.paraphrases or o.descriptors)
    # and the flags turn them on and off
    invoke("story", sid, "--db", db, "--json", "--fact-conflicts", "--no-framing",
           "--quote-changes", "--no-additions", "--no-shared-sources", "--no-shared-quotes")
    o = seen["options"]
    assert o.fact_conflicts and not o.additions and not o.shared_sources
    assert o.quote_changes and not o.framing and not o.shared_quotes
    # the old switches still run (a user's scripts): they ask for the default
    result = invoke("story", sid, "--db", db, "--json", "--no-fact-conflicts", "--no-quote-changes",
                    "--additions")
    assert result.exit_code == 0, result.output
    o = seen["options"]
    assert not o.fact_conflicts and not o.quote_changes and o.additions


def test_the_stories_table_title_says_its_size_cut(built):
    # the web list counts every story, single articles too: the table says its cut so the
    # two counts do not read as two different stores
    _, db, _, _ = built
    cut = " ".join(invoke("stories", "--db", db).stdout.split())
    every = " ".join(invoke("stories", "--db", db, "--min-articles", "1").stdout.split())
    assert "stories of 2+ articles in" in cut or "story of 2+ articles in" in cut
    assert "+ articles in" not in every


def test_an_export_ingests_into_another_store_as_the_same_articles(built, tmp_path):
    """Merging stores (user report, s11): an export's articles.jsonl rows hold raw_text /
    raw_html / clean_text, not text / html, and were all skipped as 'no-text'. Now each is
    the same article (same content hash, source, clean text); a stories row is still no
    article, and its skip names the fields it has."""
    import sqlite3

    _tmp, db, arts, _ = built
    out = tmp_path / "out"
    assert invoke("export", out, "--db", db, "--format", "jsonl").exit_code == 0
    db2 = tmp_path / "copy.db"
    r = invoke("ingest", out / "articles.jsonl", out / "stories.jsonl", "--db", db2, "--workers", "1")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"ingested {len(arts)} article(s)")
    assert "stories.jsonl:1: record has neither 'text' nor 'html' (its fields: story_id, label," in r.stdout

    def rows(path):
        with sqlite3.connect(path) as c:
            return sorted(c.execute("SELECT content_hash, source, record_id, outlet, title, clean_text FROM articles"))

    assert rows(db2) == rows(db)
