"""A record's date field that holds no date ("n/a", "TBD", markup) is checked with the
project's own date parser (``dates.parse_published``) at read time: the article is read
without a publication date, and a ``repaired`` row names the file, the record and the
field. Before, the value was the article's ``published`` word for word: the report's date
column said "n/a" and ``--json`` gave it as the date. Near misses keep their value: a
date in any form the parser reads, a relative one ("3 hours ago", read against the
ingest time), an implausible but real one (judged where it is used). Invented records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storylens.models import RawArticle, Skipped
from storylens.options import Options
from storylens.readers import iter_path

QUAY = "The Velling quay will close for a month after Monday's storm, the harbour office said."


def items(path: Path, data: str) -> list:
    path.write_text(data, encoding="utf-8")
    return list(iter_path(path, Options()))


@pytest.mark.parametrize("value", ["n/a", "TBD", "yesterday-ish", "<span>", "Published:"])
def test_a_date_field_with_no_date_is_dropped_with_a_row(tmp_path, value):
    path = tmp_path / "tribune.jsonl"
    recs = [{"text": QUAY, "outlet": "Marrowby Tribune", "title": "Quay to close", "date": value},
            {"text": QUAY + " More later.", "outlet": "Sable Courier", "date": "2026-11-18"}]
    got = items(path, "".join(json.dumps(r) + "\n" for r in recs))
    arts = [g for g in got if isinstance(g, RawArticle)]
    rows = [g for g in got if isinstance(g, Skipped)]
    assert [a.outlet for a in arts] == ["Marrowby Tribune", "Sable Courier"]
    first, second = arts
    assert first.published is None and (first.title, first.text) == ("Quay to close", QUAY)
    assert second.published == "2026-11-18"
    (row,) = rows
    assert (row.source, row.reason, row.line) == (f"{path}:1", "repaired", 1)
    assert row.message == f"field 'date' is not a date ({value!r}): read without a publication date"


@pytest.mark.parametrize("value", ["March", "2026", "Dec 2026", "12/03", "2026-12"])
def test_a_date_with_no_day_is_dropped_with_a_row_that_says_so(tmp_path, value):
    """A year or a month alone is a date too coarse to place the article, not "no date"
    (s12 review: the row had said "'Dec 2026' is not a date")."""
    got = items(tmp_path / "feed.jsonl", json.dumps({"text": QUAY, "outlet": "Sable Courier", "date": value}) + "\n")
    assert isinstance(got[0], RawArticle) and got[0].published is None
    assert got[1].message == (f"field 'date' names no full date (year, month and day) ({value!r}): "
                              "read without a publication date")


def test_the_row_names_the_field_the_record_used(tmp_path):
    """A CSV's 'published' column, and a JSON array's record (no line: its place, from 1)."""
    got = items(tmp_path / "sheet.csv", f'title,text,published\nQuay to close,"{QUAY}",TBD\n')
    assert isinstance(got[0], RawArticle) and got[0].published is None
    assert (got[1].source.endswith("sheet.csv:2"), got[1].line) == (True, 2)
    assert "field 'published' is not a date ('TBD')" in got[1].message
    got = items(tmp_path / "api.json", json.dumps([{"body": QUAY, "publishedAt": "-"}]))
    assert got[0].published is None
    assert got[1].source.endswith("api.json#1") and "field 'publishedAt' is not a date ('-')" in got[1].message


@pytest.mark.parametrize("value", [
    "2026-11-18", "2026-11-18T09:30:00Z", "18 November 2026", "Wed, 18 Nov 2026 09:30:00 +0100",
    "1763458200", "3 hours ago", "2031-01-01", "1985-06-01",
])
def test_a_date_the_parser_reads_is_kept_as_given(tmp_path, value):
    """Near misses: every form the parser reads, relative and implausible ones included
    (ingest resolves and flags those against its own time)."""
    got = items(tmp_path / "feed.jsonl", json.dumps({"text": QUAY, "published": value}) + "\n")
    assert len(got) == 1 and got[0].published == value


def test_compare_shows_no_garbage_date(tmp_path):
    """End to end: compare --json gives no date for that article and says why on stderr."""
    from click.testing import CliRunner

    from storylens.cli.main import app

    path = tmp_path / "two.jsonl"
    path.write_text(
        json.dumps({"text": QUAY, "outlet": "Marrowby Tribune", "date": "n/a"}) + "\n"
        + json.dumps({"text": QUAY + " Repairs start in March.", "outlet": "Sable Courier",
                      "date": "2026-11-18"}) + "\n", encoding="utf-8")
    res = CliRunner().invoke(app, ["compare", str(path), "--json"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.stdout)
    assert sorted((a["outlet"], a["published"]) for a in doc["articles"]) == [
        ("Marrowby Tribune", None), ("Sable Courier", "2026-11-18")]
    assert f"repaired: {path}:1: kept; field 'date' is not a date ('n/a')" in res.stderr


def test_the_row_names_the_field_that_gave_the_date_not_one_holding_the_same_object():
    """The field is the alias the record's date was read from (review12: it was found by
    object identity, so another field holding the same string object was named)."""
    from storylens.readers.records import _record

    na = "n/a"  # one object in two fields, as a program building records in memory may do
    notes: list[Skipped] = []
    art = _record({"text": QUAY, "modified": na, "date": na}, "mem#1", "Sable Courier", 1, notes)
    assert art.published is None
    (row,) = notes
    assert row.message.startswith("field 'date' is not a date"), row.message
