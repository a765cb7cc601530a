"""`storylens compare` with an article the story warning names (session 26): its fact conflict
with the others is left out, and the JSON (``provenance.left_out``, valid against the schema)
and the terminal say which findings were left out and why; the article stays in the output.

Invented: the Velmark vote-buying raid (three outlets) and the town council's ice-rink
closure 12 days later (``tests/unit/test_story_set_apart.py``), as a JSON Lines file with
each record's publication date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
from click.testing import CliRunner

from storylens.cli.main import app
from storylens.report.jsonout import load_schema

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from test_story_set_apart import story  # noqa: E402

runner = CliRunner()


def _records(tmp_path: Path, published=None) -> Path:
    path = tmp_path / "story.jsonl"
    path.write_text("".join(json.dumps({"id": a.id, "outlet": a.outlet, "title": a.title,
                                        "published": a.published, "text": a.text}) + "\n"
                            for a in story(published=published)), encoding="utf-8")
    return path


def test_the_json_says_what_was_left_out_for_the_named_article(tmp_path: Path):
    result = runner.invoke(app, ["compare", "--json", "--fact-conflicts", str(_records(tmp_path))])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    jsonschema.Draft202012Validator(load_schema()).validate(doc)
    lo = doc["provenance"]["left_out"]
    named = lo["articles"]
    assert len(named) == 1 and named[0] in doc["provenance"]["warning"]
    assert lo["count"] == 1 and lo["by_type"] == {"fact_conflict": 1}
    assert "fact_conflict" in lo["types"] and "name_variant" not in lo["types"]
    assert "one event" in lo["reason"]
    assert named[0] in [a["id"] for a in doc["articles"]]  # the article stays
    conflicts = [f for f in doc["findings"] if f["type"] == "fact_conflict"]
    assert conflicts and not any(s.startswith(named[0] + ":") for f in conflicts for s in f["sentences"])


def test_the_terminal_says_it_under_the_warning(tmp_path: Path):
    result = runner.invoke(app, ["compare", "--fact-conflicts", str(_records(tmp_path))])
    assert result.exit_code == 0, result.output
    out = " ".join(result.output.split())
    assert "left out: 1 finding (fact_conflict 1) that set" in out
    assert out.index("warning:") < out.index("left out:")


def test_near_miss_no_left_out_without_a_named_article(tmp_path: Path):
    path = _records(tmp_path, published=["2026-03-15", "2026-03-15", "2026-03-16", "2026-03-16"])
    result = runner.invoke(app, ["compare", "--json", "--fact-conflicts", str(path)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert "left_out" not in doc["provenance"]
    jsonschema.Draft202012Validator(load_schema()).validate(doc)
