"""Records as published data sets and spreadsheets write them (user report, session 11):
other names for the fields (rules/record_fields.py) and a ';'-separated CSV (Excel where
the decimal mark is a comma). Before, every row of such a file was skipped as no-text.
Invented records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from storylens.models import RawArticle, Skipped
from storylens.options import Options
from storylens.readers import iter_path

QUAY = "The Velling quay will close for a month after Monday's storm, the harbour office said."
SUMMARY = "Quay shut after storm."


def items(path: Path, data: str | bytes) -> list:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return list(iter_path(path, Options()))


def art(got: list) -> RawArticle:
    (a,) = got
    assert isinstance(a, RawArticle), a
    return a


@pytest.mark.parametrize(
    ("name", "data", "want"),
    [
        # a news-archive CSV: content, publication, date
        ("archive.csv", f'id,title,publication,author,date,url,content\n7,Quay to close,Marrowby Tribune,Ann Quill,2026-11-18,https://tribune.example/q,"{QUAY}"\n',
         {"text": QUAY, "outlet": "Marrowby Tribune", "published": "2026-11-18", "title": "Quay to close", "url": "https://tribune.example/q"}),
        # a scraper's JSON lines: maintext, date_publish, source_domain
        ("crawl.jsonl", json.dumps({"maintext": QUAY, "date_publish": "2026-11-18 09:30:00", "source_domain": "tribune.example", "title": "Quay to close"}) + "\n",
         {"text": QUAY, "outlet": "tribune.example", "published": "2026-11-18 09:30:00"}),
        # an API's camel case: publishedAt, headline
        ("api.json", json.dumps([{"headline": "Quay to close", "body": QUAY, "publishedAt": "2026-11-18T09:30:00Z", "link": "https://courier.example/q"}]),
         {"text": QUAY, "title": "Quay to close", "published": "2026-11-18T09:30:00Z", "url": "https://courier.example/q"}),
        # near miss: a record with text keeps it; 'content' (a summary here) is not read
        ("both.jsonl", json.dumps({"text": QUAY, "content": SUMMARY, "outlet": "Sable Courier", "date": "2026-11-01", "published": "2026-11-18"}) + "\n",
         {"text": QUAY, "outlet": "Sable Courier", "published": "2026-11-18"}),
    ],
)
def test_aliases(tmp_path, name, data, want):
    a = art(items(tmp_path / name, data))
    assert {k: getattr(a, k) for k in want} == want


def test_html_record_is_not_given_an_alias_text(tmp_path):
    """Near miss: a record with html is a page; its 'content' summary does not replace it."""
    html = f"<html><head><title>Quay to close</title></head><body><article><p>{QUAY}</p><p>{QUAY}</p></article></body></html>"
    a = art(items(tmp_path / "pages.jsonl", json.dumps({"html": html, "content": SUMMARY}) + "\n"))
    assert QUAY in a.text and SUMMARY not in a.text


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("excel.csv", "\ufefftitle;text;outlet\r\nQuay to close;\"" + QUAY.replace(",", ";") + "\";Marrowby Tribune\r\n"),
        ("excel-cp1252.csv", ("title;text;outlet\r\nQuay to close – update;\"" + QUAY + "\";Marrowby Tribune\r\n").encode("cp1252")),
        ("pipes.csv", f"title|text|outlet\nQuay to close|{QUAY}|Marrowby Tribune\n"),
    ],
)
def test_a_csv_separated_otherwise_is_read(tmp_path, name, data):
    a = art(items(tmp_path / name, data))
    assert a.outlet == "Marrowby Tribune" and a.title.startswith("Quay to close") and "Velling quay" in a.text


_SHEET = "title{0}text{0}outlet\r\nQuay to close{0}\"" + QUAY + "\"{0}Marrowby Tribune\r\n"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        # "Unicode text" as spreadsheet programs save it: UTF-16 with a BOM. A ';' file
        # had been read as one column named 'title;text;outlet' (every row skipped): the
        # separator was sniffed only on UTF-8 bytes
        ("sheet-utf16.csv", ("\ufeff" + _SHEET.format(";")).encode("utf-16-le")),
        ("sheet-utf16be.csv", ("\ufeff" + _SHEET.format(";")).encode("utf-16-be")),
        ("sheet-utf16-pipes.csv", ("\ufeff" + _SHEET.format("|")).encode("utf-16-le")),
        ("sheet-utf16-nobom.csv", _SHEET.format(";").encode("utf-16-le")),
        # Excel's "Unicode Text" (UTF-16, tab-separated) saved as .csv: also skipped before
        ("sheet-utf16-tabs.csv", ("\ufeff" + _SHEET.format("\t")).encode("utf-16-le")),
        # near misses read before and still: a UTF-16 .tsv, UTF-16 with commas, UTF-8 with ';'
        ("sheet-utf16-tabs.tsv", ("\ufeff" + _SHEET.format("\t")).encode("utf-16-le")),
        ("sheet-utf16-commas.csv", ("\ufeff" + _SHEET.format(",")).encode("utf-16-le")),
        ("sheet-utf8.csv", _SHEET.format(";").encode("utf-8")),
    ],
)
def test_a_utf16_spreadsheet_csv_is_read_by_its_separator(tmp_path, name, data):
    a = art(items(tmp_path / name, data))
    assert (a.title, a.outlet, a.text) == ("Quay to close", "Marrowby Tribune", QUAY)


def test_a_comma_csv_whose_text_holds_semicolons_stays_comma_separated(tmp_path):
    """Near miss: the header decides; ';' inside the rows does not."""
    a = art(items(tmp_path / "wire.csv", f'title,text\nQuay; update,"{QUAY}; more later."\n'))
    assert a.title == "Quay; update" and a.text.endswith("; more later.")


def test_a_csv_without_a_text_column_names_its_columns(tmp_path):
    (s,) = items(tmp_path / "links.csv", "Titel;Quelle;Datum\nQuay;Tribune;2026-11-18\n")
    assert isinstance(s, Skipped) and s.reason == "no-text"
    assert s.message == "CSV header has neither a 'text' nor an 'html' column (its columns: titel;quelle;datum)"


def test_a_typed_timestamp_column_is_read_as_its_iso_date(tmp_path):
    """A Parquet file from pandas, Spark or 'storylens export' types its dates; every row
    had been skipped ("field 'published' is datetime, not a string"). A typed value that
    is no date (a list) is still refused: the near miss."""
    from datetime import UTC, date, datetime

    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    table = pa.table({
        "text": [QUAY, QUAY + " More.", QUAY + " Again."],
        "published": pa.array([datetime(2026, 11, 18, 9, 30, tzinfo=UTC), None, None], pa.timestamp("s", tz="UTC")),
        "date": pa.array([None, date(2026, 11, 19), None], pa.date32()),
        "title": pa.array([None, None, None], pa.string()),
        "outlet": pa.array(["Marrowby Tribune", "Sable Courier", None], pa.string()),
        "id": pa.array([None, None, None], pa.string()),
    })
    path = tmp_path / "typed.parquet"
    pq.write_table(table, path)
    a, b, c = iter_path(path, Options())
    assert isinstance(a, RawArticle) and a.published == "2026-11-18T09:30:00Z"
    assert isinstance(b, RawArticle) and b.published == "2026-11-19"
    assert isinstance(c, RawArticle) and c.published is None
    bad = tmp_path / "listy.parquet"
    pq.write_table(pa.table({"text": [QUAY], "published": [["2026-11-18"]]}), bad)
    (s,) = iter_path(bad, Options())
    assert isinstance(s, Skipped) and s.message == "field 'published' is list, not a string"


def test_a_blank_cell_of_a_canonical_column_reads_the_alias(tmp_path):
    """A spreadsheet with both 'text' and 'body' (or 'published' and 'date') columns has
    every cell in every row: a blank 'text' cell is no text, and the row's 'body' is read
    (review2: it was skipped as no-text, listing 'published' among its fields, a field the
    file does not have). Near miss: a row whose 'text' is filled keeps it."""
    got = items(tmp_path / "cms.csv", f'title,text,body,published,date\n'
                f'Quay to close,,"{QUAY}",,2026-11-18\n'
                f'Quay to close,"{QUAY}","{SUMMARY}",2026-11-19,2026-11-18\n')
    a, b = (art([g]) for g in got)
    assert (a.text, a.published) == (QUAY, "2026-11-18")
    assert (b.text, b.published) == (QUAY, "2026-11-19")


def test_a_skipped_record_names_only_its_own_fields(tmp_path):
    (s,) = items(tmp_path / "notes.jsonl", json.dumps({"headline": "Quay to close", "date": "2026-11-18"}) + "\n")
    assert isinstance(s, Skipped) and s.reason == "no-text"
    assert s.message == "record has neither 'text' nor 'html' (its fields: headline, date)"
