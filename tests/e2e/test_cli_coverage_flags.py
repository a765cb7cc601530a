"""`storylens compare --framing --story-framing --fact-coverage` (issue 12): framing runs
only with `--framing` (off by default again since session 30's held-out read), story-wide with
it by default (session 13), and `--no-story-framing` keeps it to aligned sentences; fact
coverage runs only when asked; the coverage summary is in the JSON either way."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storylens.cli.main import app

runner = CliRunner()

A = """Ferry workers in Vella walked out on Monday over unpaid wages, halting crossings to Tarn.

The strike began a week after the death of ferry captain Ilse Marrow at the Tarn dock.

Union leader Dara Quill said the company owed each crew member three months of pay.
"""
B = """Crossings from Vella to Tarn stopped on Monday as ferry crews struck over wages they say were never paid.

Crews walked out a week after the suspicious death of captain Ilse Marrow at the Tarn dock, colleagues said.

The company owes every crew member three months of pay and has ignored 40 letters, Quill said.
"""


def _run(tmp_path: Path, *flags: str) -> dict:
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text(B, encoding="utf-8")
    result = runner.invoke(app, ["compare", "--json", *flags, str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_framing_on_and_fact_coverage_off_by_default(tmp_path: Path):
    # framing on by default again since session 34's held-out read (off in sessions 30-33, on
    # in sessions 28-29, off in session 27, on in sessions 24-26, off in session 23);
    # --no-framing turns it off
    doc = _run(tmp_path)
    rules = {f["detail"].get("rule", "") for f in doc["findings"]}
    assert "framing.story.modifier" in rules
    assert not any(f["detail"].get("rule", "").startswith("framing.")
                   for f in _run(tmp_path, "--no-framing")["findings"])
    assert not any(r.startswith(("omission.fact.", "addition.fact.")) for r in rules)
    assert [o["outlet"] for o in doc["coverage"]["outlets"]] == ["a", "b"]
    b = doc["coverage"]["outlets"][1]
    assert any(w["word"] == "suspicious" for w in b["loaded_top"])


def test_no_story_framing_turns_it_off(tmp_path: Path):
    doc = _run(tmp_path, "--framing", "--no-story-framing")
    rules = {f["detail"].get("rule", "") for f in doc["findings"]}
    assert not any(r.startswith(("framing.story.", "omission.fact.", "addition.fact.")) for r in rules)
    # the coverage summary does not depend on the finder flags
    b = doc["coverage"]["outlets"][1]
    assert any(w["word"] == "suspicious" for w in b["loaded_top"])


def test_flags_turn_the_finders_on(tmp_path: Path):
    # the two texts are rewrites: they align (and coverage compares them) only with paraphrase
    # links on, which are off by default since issue 11
    doc = _run(tmp_path, "--framing", "--story-framing", "--fact-coverage", "--paraphrases")
    rules = {f["detail"].get("rule", "") for f in doc["findings"]}
    assert "framing.story.modifier" in rules
    assert any(r.startswith(("omission.fact.", "addition.fact.")) for r in rules)
