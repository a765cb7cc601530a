"""End-to-end CLI tests: real files in, exact messages out."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from storylens.cli.main import app
from storylens.demo import demo_dir, demo_paths
from storylens.report.jsonout import load_schema

runner = CliRunner()


@pytest.fixture()
def bad_inputs(tmp_path: Path) -> Path:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blob.bin").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    (tmp_path / "bad.jsonl").write_text('not json\n', encoding="utf-8")
    (tmp_path / "broken.html").write_text("<html><body><div>", encoding="utf-8")
    return tmp_path


def test_bad_inputs_are_named_and_good_articles_still_compared(bad_inputs: Path, tmp_path: Path):
    for p in demo_paths()[:2]:
        shutil.copy(p, tmp_path / p.name)
    names = ["empty.txt", "blob.bin", "bad.jsonl", "broken.html", "missing.txt"]
    args = ["compare", "--json", *[str(bad_inputs / n) for n in names]]
    args += [str(tmp_path / p.name) for p in demo_paths()[:2]]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    assert f"skipped: {bad_inputs / 'empty.txt'}: file is empty" in lines
    assert f"skipped: {bad_inputs / 'blob.bin'}: not a text file (contains NUL bytes)" in lines
    assert f"skipped: {bad_inputs / 'bad.jsonl'}:1: line is not JSON (Expecting value at column 1)" in lines
    assert f"skipped: {bad_inputs / 'broken.html'}: no article text found in the HTML page" in lines
    assert f"skipped: {bad_inputs / 'missing.txt'}: no such file or directory" in lines
    doc = json.loads(result.stdout)
    assert len(doc["articles"]) == 2
    assert {s["reason"] for s in doc["skipped"]} >= {"empty", "binary", "bad-json", "missing"}


def test_nothing_to_compare_exits_non_zero_with_one_line(bad_inputs: Path):
    result = runner.invoke(app, ["compare", str(bad_inputs / "empty.txt"), str(bad_inputs / "blob.bin")])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[-1] == "error: no usable article: all 2 input(s) were skipped"
    assert f"skipped: {bad_inputs / 'blob.bin'}: not a text file (contains NUL bytes)" in lines
    assert len(lines) == 3  # one line per failed input, then the error
    assert result.stdout == ""


def test_friendly_names_the_skipped_inputs_of_any_error_before_it():
    import click

    from storylens.cli.errors import friendly
    from storylens.errors import NothingToCompare, StoreError
    from storylens.models import Skipped

    @click.command()
    @click.option("--store", is_flag=True)
    @friendly
    def cmd(store: bool) -> None:
        if store:
            raise StoreError("the store is locked")
        raise NothingToCompare("nothing", (Skipped("a.txt", "empty", "no text"), Skipped("b.jsonl", "bad-json", "bad", 3)))

    result = runner.invoke(cmd, [])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["skipped: a.txt: no text", "skipped: b.jsonl:3: bad", "error: nothing"]
    result = runner.invoke(cmd, ["--store"])
    assert result.exit_code == 1 and result.stderr == "error: the store is locked\n"


def test_help_lists_each_command_with_its_whole_first_sentence():
    def words(*args: str) -> str:
        result = runner.invoke(app, [*args, "--help"], env={"COLUMNS": "80"})
        assert result.exit_code == 0, result.output
        return " ".join(result.stdout.split())

    assert "demo Compare the built-in demo story (an invented event covered by invented outlets)." in words()
    if "spark" in app.commands:  # a build with the spark commands
        assert "run Clean, group duplicates and cluster stories of INPUT with Spark; write Parquet." in words("spark")


def test_every_db_option_shows_its_env_var():
    for name in ("ingest", "duplicates", "stories", "story", "export", "serve", "import"):
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert "STORYLENS_DB" in result.stdout, name


def test_compare_json_validates_against_the_shipped_schema():
    jsonschema = pytest.importorskip("jsonschema")
    result = runner.invoke(app, ["compare", "--json", str(demo_dir())])
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    jsonschema.validate(doc, load_schema())
    assert doc["schema"] == "storylens.compare/1"
    assert len(doc["articles"]) == 5
    kinds = {a["kind"] for a in doc["alignments"]}
    assert {"verbatim", "edited"} <= kinds
    # every sentence is either aligned or unique, exactly once
    aligned = [s for a in doc["alignments"] for s in a["sentences"]]
    assert len(aligned) == len(set(aligned))
    assert not set(aligned) & set(doc["unique"])


def test_html_report_is_written_and_self_contained(tmp_path: Path):
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["compare", *map(str, demo_paths()), "--html", str(out)])
    assert result.exit_code == 0, result.stderr
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") or html.lower().startswith("<!doctype html>")
    assert 'src="http' not in html and "<link" not in html.replace('<link rel="icon"', "")


def test_demo_summary_mentions_every_outlet():
    result = runner.invoke(app, ["demo"], env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.stderr
    for outlet in ("Velmarra Free Voice", "National Courier"):
        assert outlet in result.stdout


def test_help_starts_fast_without_heavy_imports():
    """`storylens --help` must not import the pipeline, trafilatura, numpy, rich, jinja2,
    fastapi or pydantic."""
    code = (
        "import sys; from storylens.cli.main import app; "
        "app(['--help'], prog_name='storylens', standalone_mode=False); "
        "heavy = ('storylens.pipeline', 'trafilatura', 'numpy', 'rich', 'jinja2', 'fastapi', "
        "'pyspark', 'pyarrow', 'pydantic', 'typer'); "
        "print(','.join(m for m in heavy if m in sys.modules), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.startswith("Usage: storylens ")
    assert out.stderr.strip() == ""


def test_compare_json_of_two_articles_imports_no_numpy_rich_or_pydantic():
    """The common case stays light: numpy is for large stories, rich for the terminal view."""
    paths = [str(p) for p in demo_paths()[:2]]
    code = (
        "import sys; from storylens.cli.main import app; "
        f"app(['compare', '--json', *{paths!r}], standalone_mode=False); "
        "heavy = ('numpy', 'rich', 'pydantic', 'typer', 'trafilatura', 'jinja2'); "
        "print(','.join(m for m in heavy if m in sys.modules), file=sys.stderr)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert len(json.loads(out.stdout)["articles"]) == 2
    assert out.stderr.strip() == ""


def test_a_50_mb_file_is_refused_by_size_and_the_rest_compared(tmp_path: Path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:  # sparse: the size check must come before any read
        f.truncate(50_000_000)
    good = [str(p) for p in demo_paths()[:2]]
    result = runner.invoke(app, ["compare", "--json", str(big), *good])
    assert result.exit_code == 0, result.stderr
    assert (
        f"skipped: {big}: file is 50,000,000 bytes, over the 20,000,000-byte limit"
        " (max_record_bytes)" in result.stderr.splitlines()
    )
    assert len(json.loads(result.stdout)["articles"]) == 2


def test_compare_secondary_links_only_with_the_flag(tmp_path: Path):
    import jsonschema

    # a lede that sums up two later sentences of the other outlet (invented text)
    (tmp_path / "herald.txt").write_text(
        "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks in two of its pillars. "
        "Traffic was diverted through the old town. Ferries will run every hour until repairs are done.\n",
        encoding="utf-8")
    (tmp_path / "ledger.txt").write_text(
        "Mayor Ilse Varga closed the Harbourview Bridge to all traffic on Monday. "
        "Commuters queued for hours at the ferry terminal. Engineers had found cracks in two of the bridge "
        "pillars on Sunday, Varga told the council of Harbourview.\n", encoding="utf-8")
    paths = [str(tmp_path / "herald.txt"), str(tmp_path / "ledger.txt")]
    plain = runner.invoke(app, ["compare", "--json", *paths])
    assert plain.exit_code == 0, plain.stderr
    assert "links" not in json.loads(plain.stdout)
    linked = runner.invoke(app, ["compare", "--json", "--secondary-links", *paths])
    assert linked.exit_code == 0, linked.stderr
    doc = json.loads(linked.stdout)
    jsonschema.Draft202012Validator(load_schema()).validate(doc)
    # the lede's group is the rewrite of its main clause (a2:s0), the link the later sentence
    assert [(ln["a"], ln["b"], ln["kind"]) for ln in doc["links"]] == [("a1:s0", "a2:s2", "paraphrase")]
    assert doc["alignments"] == json.loads(plain.stdout)["alignments"]
    assert doc["findings"] == json.loads(plain.stdout)["findings"]


def test_compare_context_paraphrases_flag(tmp_path: Path) -> None:
    # a rewritten sentence between two copied ones (invented text): aligned only with the flag
    lede = "Fire crews from Port Elm battled a blaze at the Marlowe paper mill for six hours on Sunday."
    owner = "The mill's owner, Dara Quinlan, said production would resume within a month."
    (tmp_path / "herald.txt").write_text(
        f"{lede} Smoke from the burning warehouse drifted over the harbour, and residents were told "
        f"to keep their windows shut. {owner}\n", encoding="utf-8")
    (tmp_path / "ledger.txt").write_text(
        f"{lede} Officials urged people living near the harbour to close their windows as thick smoke spread. "
        f"{owner}\n", encoding="utf-8")
    paths = [str(tmp_path / "herald.txt"), str(tmp_path / "ledger.txt")]
    plain = runner.invoke(app, ["compare", "--json", *paths])
    assert plain.exit_code == 0, plain.stderr
    flagged = runner.invoke(app, ["compare", "--json", "--context-paraphrases", *paths])
    assert flagged.exit_code == 0, flagged.stderr
    kinds = [(tuple(a["sentences"]), a["kind"]) for a in json.loads(flagged.stdout)["alignments"]]
    assert (("a1:s1", "a2:s1"), "paraphrase") in kinds
    assert "a1:s1" not in {s for a in json.loads(plain.stdout)["alignments"] for s in a["sentences"]}


def test_html_dash_writes_the_report_to_stdout(tmp_path, monkeypatch):
    """'--html -' had written a file named '-' (user report, s11); with --json, which also
    writes to stdout, it is refused before anything is written. A file name is the near
    miss: still written, and named on stderr."""
    monkeypatch.chdir(tmp_path)
    a, b = (str(p) for p in demo_paths()[:2])
    r = CliRunner().invoke(app, ["compare", a, b, "--html", "-", "--no-findings"])
    assert r.exit_code == 0, r.output
    assert r.stdout.lstrip().lower().startswith("<!doctype html") and r.stdout.rstrip().endswith("</html>")
    assert "wrote" not in r.stderr and not (tmp_path / "-").exists()
    both = CliRunner().invoke(app, ["compare", a, b, "--html", "-", "--json", "--no-findings"])
    assert both.exit_code == 2 and "--json and --html - both write to stdout" in both.stderr
    assert both.stdout == "" and not (tmp_path / "-").exists()
    named = CliRunner().invoke(app, ["compare", a, b, "--html", "r.html", "--no-findings"])
    assert named.exit_code == 0 and (tmp_path / "r.html").exists() and "wrote r.html" in named.stderr
