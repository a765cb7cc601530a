"""End to end (session 33): ``storylens compare`` says when a publication date cannot be one.

Invented text (fictional outlets and places); the dates are set against the clock, since
the CLI reads its one reference time when it starts.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from storylens.cli.main import app
from storylens.report.jsonout import load_schema

runner = CliRunner()

_A = ("The Tessaly water board said on Monday that the Korrin reservoir had fallen to 31 per cent.\n\n"
      "Board engineer Idris Palomo said rationing would start in the Upper Marl district. "
      "\"Every household will feel it,\" Palomo said.")
_B = ("Tessaly's water board said on Monday the Korrin reservoir had fallen to 31 per cent.\n\n"
      "Board engineer Idris Palomo said rationing would start in the Upper Marl district. "
      "\"Every household will feel it,\" he said.")


def _files(tmp_path: Path, first: str, second: str) -> list[str]:
    paths = []
    for name, text, outlet, date in (("a.json", _A, "Tessaly Ledger", first), ("b.json", _B, "Marl Evening Post", second)):
        p = tmp_path / name
        p.write_text(json.dumps({"text": text, "outlet": outlet, "published": date, "title": f"{outlet} on Korrin"}),
                     encoding="utf-8")
        paths.append(str(p))
    return paths


def test_a_date_years_ahead_is_flagged_in_every_output(tmp_path: Path):
    now = datetime.now(UTC)
    ahead = (now + timedelta(days=5 * 365)).date().isoformat()
    before = (now - timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%SZ")
    paths = _files(tmp_path, ahead, before)
    why = f"{ahead!r} is more than a day in the future (after the time it was read)"

    text = runner.invoke(app, ["compare", *paths])
    assert text.exit_code == 0, text.stderr
    assert f"{ahead} !" in text.stdout and f"{before[:10]} !" not in text.stdout
    assert f"a1: date not used: {why}" in " ".join(text.stdout.split())

    out = runner.invoke(app, ["compare", "--json", *paths])
    assert out.exit_code == 0, out.stderr
    doc = json.loads(out.stdout)
    import jsonschema

    jsonschema.validate(doc, load_schema())
    a1, a2 = doc["articles"]
    assert a1["published"] is None
    assert a1["published_issue"] == {"issue": "future", "raw": ahead, "message": why}
    assert a2["published"] == before and "published_issue" not in a2
    assert "published first" not in doc["provenance"]["explanation"]  # the 2031 page is no date

    report = tmp_path / "r.html"
    html = runner.invoke(app, ["compare", "--html", str(report), *paths])
    assert html.exit_code == 0, html.stderr
    page = report.read_text(encoding="utf-8")
    assert f'<span class="date-issue">{ahead} !</span>' in page
    assert f"date not used: {why.replace(chr(39), '&#39;')}" in page


def test_a_date_within_a_day_ahead_is_no_flag(tmp_path: Path):
    """A page in a zone east of the reader's is "tomorrow" by its own clock: no flag."""
    now = datetime.now(UTC)
    soon = (now + timedelta(hours=10)).strftime("%Y-%m-%dT%H:%M:%SZ")
    out = runner.invoke(app, ["compare", "--json", *_files(tmp_path, soon, "2025-11-02")])
    assert out.exit_code == 0, out.stderr
    a1, a2 = json.loads(out.stdout)["articles"]
    assert (a1["published"], a2["published"]) == (soon, "2025-11-02")
    assert "published_issue" not in a1 and "published_issue" not in a2
