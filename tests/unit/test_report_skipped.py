"""``report_skipped``: a file's many records skipped for one reason are counted in one line
after the first few (a folder holding a stray JSONL of other records printed a line per
record); other rows, other reasons and other files keep their own lines. Invented rows."""

from __future__ import annotations

from storylens.cli.errors import SKIPPED_ROWS_PER_FILE, _spans, report_skipped
from storylens.models import Skipped

WHY = "record has neither 'text' nor 'html' (its fields: kind, files)"


def _rows(n: int, src: str = "notes/key.jsonl", reason: str = "no-text") -> list[Skipped]:
    return [Skipped(f"{src}:{i}", reason, WHY, i) for i in range(1, n + 1)]


def _err(capsys, rows) -> list[str]:
    report_skipped(rows)
    return capsys.readouterr().err.splitlines()


def test_many_records_of_one_file_fold_into_one_line(capsys):
    lines = _err(capsys, _rows(26))
    assert len(lines) == SKIPPED_ROWS_PER_FILE + 1
    assert lines[0] == f"skipped: notes/key.jsonl:1: {WHY}"
    assert lines[-1] == "skipped: notes/key.jsonl: 23 more records for the same reason (no-text), lines 4-26"


def test_near_misses_keep_a_line_each(capsys):
    few = _rows(SKIPPED_ROWS_PER_FILE)  # no more than the limit: every row shown
    other_file = _rows(2, "b.jsonl")
    other_reason = [Skipped("notes/key.jsonl:9", "bad-json", "line is not JSON", 9)]
    files = [Skipped("a.txt", "empty", "file is empty"), Skipped("c.txt", "empty", "file is empty")]
    repaired = [Skipped(f"d.jsonl:{i}", "repaired", "field 'date' is not a date ('n/a')", i) for i in range(1, 6)]
    lines = _err(capsys, few + other_file + other_reason + files + repaired)
    assert len(lines) == len(few) + 2 + 1 + 2 + 5
    assert sum(ln.startswith("repaired: d.jsonl:") for ln in lines) == 5


def test_json_array_items_and_scattered_lines(capsys):
    rows = [Skipped(f"arr.json#{i}", "no-text", WHY, i) for i in (1, 2, 3, 5, 6, 9)]
    lines = _err(capsys, rows)
    assert lines[-1] == "skipped: arr.json: 3 more records for the same reason (no-text), lines 5-6, 9"


def test_spans():
    assert _spans([4]) == "4"
    assert _spans([4, 5, 6, 9, 11, 12]) == "4-6, 9, 11-12"


def test_every_other_record_skipped_keeps_one_short_line(capsys):
    """A file whose records alternate (an article, then a record of another kind) is not
    a line with a number per skipped record; six runs, then an ellipsis. Near miss: six
    runs are all shown."""
    rows = [Skipped(f"mixed.jsonl:{i}", "no-text", WHY, i) for i in range(1, 4001, 2)]
    lines = _err(capsys, rows)
    assert lines[-1] == ("skipped: mixed.jsonl: 1997 more records for the same reason (no-text), "
                         "lines 7, 9, 11, 13, 15, 17, …")
    assert _spans([1, 3, 5, 7, 9, 11]) == "1, 3, 5, 7, 9, 11"


def test_a_long_stray_file_is_reported_in_one_pass(capsys, monkeypatch):
    """Each row's place in its group is counted, not looked up among the earlier rows: a
    stray JSONL of 8,000 records took 4 s more to report when every row was compared with
    every earlier one (list.index). No row is compared with another at all."""
    compared = []
    monkeypatch.setattr(Skipped, "__eq__", lambda a, b: compared.append(1) or a is b)
    rows = _rows(2000) + _rows(5, reason="bad-json")
    lines = _err(capsys, rows)
    assert not compared
    assert lines[SKIPPED_ROWS_PER_FILE] == \
        "skipped: notes/key.jsonl: 1997 more records for the same reason (no-text), lines 4-2000"
    assert lines[-1] == "skipped: notes/key.jsonl: 2 more records for the same reason (bad-json), lines 4-5"
    assert len(lines) == 2 * (SKIPPED_ROWS_PER_FILE + 1)


def test_one_row_past_the_limit_keeps_its_line(capsys):
    """Two reasons interleaved in one file, four rows each: every row keeps its own line
    (a count line for one record, "1 more records ..., line 7", said less than the row).
    Near miss: five rows of a reason fold the last two."""
    rows = [Skipped(f"mix.jsonl:{i}", "no-text" if i % 2 else "bad-json", WHY, i) for i in range(1, 9)]
    lines = _err(capsys, rows)
    assert lines == [f"skipped: mix.jsonl:{i}: {WHY}" for i in range(1, 9)]
    lines = _err(capsys, _rows(SKIPPED_ROWS_PER_FILE + 2))
    assert lines[-1] == "skipped: notes/key.jsonl: 2 more records for the same reason (no-text), lines 4-5"
