"""Error rows of record files say where and what (reader report, session 5, item 14):
a JSON error keeps its position, a CSV quote that never closes is a ``bad-csv`` row
instead of an article that swallowed the rest of the file. Invented records.
"""

from __future__ import annotations

import json
from pathlib import Path

from storylens.models import RawArticle, Skipped
from storylens.options import Options
from storylens.readers import iter_path

FERRY = "The Marrowby ferry resumed crossings to Sable Reach on Thursday after a two-day strike."
CHOIR = "The Brightwater Youth Choir won the regional singing prize in Tallow on Saturday evening."


def _items(p: Path) -> list:
    return list(iter_path(p, Options()))


def test_a_json_error_names_its_column(tmp_path):
    p = tmp_path / "wire.jsonl"
    p.write_bytes(json.dumps({"text": FERRY}).encode() + b'\n{"text": "tab\tinside"}\n')
    ok, bad = _items(p)
    assert isinstance(ok, RawArticle)
    assert bad == Skipped(f"{p}:2", "bad-json", "line is not JSON (Invalid control character at column 14)", 2)


def test_a_line_cut_short_says_so(tmp_path):
    """A JSONL line that stops mid-record (a crawl written when the disk filled) is named
    as cut short, not as an 'Invalid control character' (its own line end); a line whose
    error lies inside it is the near miss and says no such thing."""
    p = tmp_path / "wire.jsonl"
    good = json.dumps({"text": FERRY})
    p.write_bytes(f'{good}\n{{"title": "Choir", "text": "The Brightwater\n{{"text": "a" "b": 1}}\n{good}\n'.encode())
    ok, cut, inner, ok2 = _items(p)
    assert isinstance(ok, RawArticle) and isinstance(ok2, RawArticle)
    assert cut == Skipped(
        f"{p}:2", "bad-json",
        "line is not JSON (Unterminated string starting at column 28): the line ends before the record does (cut short?)", 2,
    )
    assert inner.message == "line is not JSON (Expecting ',' delimiter at column 14)"


def test_a_json_file_error_names_line_and_column(tmp_path):
    p = tmp_path / "wire.json"
    p.write_text('[\n  {"text": "ok"},\n  {"text": }\n]\n', encoding="utf-8")
    (bad,) = _items(p)
    assert bad.reason == "bad-json"
    assert bad.message == "file is not JSON (Expecting value at line 3 column 12)"


def test_a_csv_quote_that_never_closes_is_a_row_not_an_article(tmp_path):
    p = tmp_path / "wire.csv"
    p.write_text(f'id,text\n1,"{FERRY}"\n2,"{CHOIR}\n', encoding="utf-8")
    ok, bad = _items(p)
    assert isinstance(ok, RawArticle) and ok.text == FERRY
    assert bad == Skipped(
        f"{p}:3", "bad-csv", "a quoted field is never closed (its quotes do not pair up); check the quoting", 3
    )


def test_an_unpaired_quote_that_swallows_the_next_rows_names_them(tmp_path):
    p = tmp_path / "wire.csv"
    p.write_text(f'id,text\n1,"{FERRY}\n2,"{CHOIR}"\n3,"{FERRY} Again."\n', encoding="utf-8")
    bad, ok = _items(p)
    assert bad.reason == "bad-csv" and bad.line == 2 and "lines 2-3 would be one field" in bad.message
    assert isinstance(ok, RawArticle) and ok.line == 4 and ok.text == f"{FERRY} Again."


def test_a_stray_quote_inside_one_field_is_text(tmp_path):
    """Near miss: a quote in the middle of an unquoted field is a character, not a field."""
    p = tmp_path / "wire.tsv"
    p.write_text(f'id\ttext\n1\tThe mayor said "we will rebuild and left\n2\t{CHOIR}\n', encoding="utf-8")
    a, b = _items(p)
    assert isinstance(a, RawArticle) and a.text == 'The mayor said "we will rebuild and left'
    assert isinstance(b, RawArticle) and b.text == CHOIR


def test_quoted_fields_over_several_lines_stay_one_article(tmp_path):
    """Near miss: a properly quoted multi-line body is the normal CSV case."""
    p = tmp_path / "wire.csv"
    p.write_text(f'id,text\n1,"{FERRY}\n\n{CHOIR}"\n2,"{CHOIR}"\n', encoding="utf-8")
    a, b = _items(p)
    assert isinstance(a, RawArticle) and a.text == f"{FERRY}\n\n{CHOIR}"
    assert isinstance(b, RawArticle) and b.line == 5
