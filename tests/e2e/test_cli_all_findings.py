"""`storylens compare --all-findings`: one switch for every finder that is off by default (what
the benchmarks call `--on all`), an explicit `--no-X` beside it still wins, and the CLI's list
is the benchmarks' list (a finder added to one and not the other would make the read figures
describe a run no user can ask for)."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

from click.testing import CliRunner

from storylens.cli.main import app
from storylens.options import EVERY_FINDER, Options

runner = CliRunner()

# Two invented reports of one ferry fire: the wire gives 14 injured, the Courier 19 (a
# conflict), the Courier alone gives the cost of repairs (an addition), and the minister's
# quote loses 'so far' in the Courier (a changed quote).
WIRE = """Fire broke out on the ferry Marisol Dawn off Kettle Point on Tuesday, injuring 14 passengers, the coastguard said.

Transport Minister Oda Brenn said: "There is no sign of sabotage so far, and every passenger is accounted for."

The ferry, operated by Vellan Lines, was carrying 212 passengers from Kettle Point to Ormsby when the fire started in its engine room.

Crews from two tugboats helped put out the blaze within an hour, the coastguard said.
"""
COURIER = """Fire broke out on the ferry Marisol Dawn off Kettle Point on Tuesday, injuring 19 passengers, the coastguard said.

Transport Minister Oda Brenn said: "There is no sign of sabotage, and every passenger is accounted for."

The ferry, operated by Vellan Lines, was carrying 212 passengers from Kettle Point to Ormsby when the fire started in its engine room.

Vellan Lines said repairs would cost about 3 million euros and keep the ferry out of service for six weeks.
"""


def _types(tmp_path: Path, *flags: str) -> set[str]:
    (tmp_path / "wire.txt").write_text(WIRE, encoding="utf-8")
    (tmp_path / "courier.txt").write_text(COURIER, encoding="utf-8")
    result = runner.invoke(app, ["compare", "--json", *flags,
                                 str(tmp_path / "wire.txt"), str(tmp_path / "courier.txt")])
    assert result.exit_code == 0, result.output
    return {f["type"] for f in json.loads(result.output)["findings"]}


def test_all_findings_shows_the_finders_that_are_off_by_default(tmp_path: Path):
    default = _types(tmp_path)
    every = _types(tmp_path, "--all-findings")
    # session 40's defaults: fact conflicts and quote changes off again, additions on again
    assert "addition" in default and not default & {"fact_conflict", "quote_changed"}
    assert {"fact_conflict", "quote_changed", "addition"} <= every


def test_an_explicit_no_flag_beside_all_findings_stays_off(tmp_path: Path):
    every = _types(tmp_path, "--all-findings", "--no-fact-conflicts", "--no-quote-changes")
    assert "fact_conflict" not in every and "quote_changed" not in every
    assert "addition" in every
    # the old switches still run: --fact-conflicts and --quote-changes (off by default again
    # since session 40) turn them back on alone, --no-additions turns additions off
    alone = _types(tmp_path, "--fact-conflicts", "--quote-changes", "--no-additions")
    assert {"fact_conflict", "quote_changed"} <= alone and "addition" not in alone


def test_every_finder_names_boolean_options_and_matches_the_benchmarks():
    fields = {f.name: f for f in dataclasses.fields(Options)}
    assert all(name in fields and isinstance(getattr(Options(), name), bool) for name in EVERY_FINDER)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        from findings_gold import ALL_FLAGS
    finally:
        sys.path.pop(0)
    assert set(ALL_FLAGS) == set(EVERY_FINDER)
