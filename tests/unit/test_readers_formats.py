"""The readers' one table of formats: extension and sniffing pick the reader, uploads
(``read_bytes``) read exactly as files on disk do, Parquet is read by the local path with
the reader Spark uses. Invented text (a bus timetable change in the fictional city of Ostrand)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from storylens.models import RawArticle, Skipped
from storylens.options import Options
from storylens.readers import ARTICLE_EXTENSIONS, FORMATS, iter_path, read_bytes
from storylens.readers.formats import pick

TEXT = ("Ostrand's transit authority will cut night buses on four routes from June, spokesman "
        "Piet Alder said on Wednesday, citing a shortage of drivers.\n\nThe changes affect about "
        "3,000 passengers a night.")
PAGE = f"<!DOCTYPE html><html><head><title>Night buses cut</title></head><body><article><h1>Night buses cut</h1><p>{TEXT}</p></article></body></html>"


def test_every_extension_names_one_format():
    seen: dict[str, str] = {}
    for f in FORMATS:
        for ext in f.extensions:
            assert ext not in seen, (ext, f.name, seen.get(ext))
            seen[ext] = f.name
    assert set(seen) == ARTICLE_EXTENSIONS and ".parquet" in seen


@pytest.mark.parametrize("name,head,fmt", [
    ("a.jsonl", b"{}", "jsonl"), ("a.JSONL.gz", b"{}", "jsonl"), ("a.txt", b"WARC/1.0\r\n", "warc"),
    ("noext", b"PAR1\x15", "parquet"), ("noext", b"<?xml version='1.0'?><rss version='2.0'>", "feed"),
    ("a.txt", b"<rss>", "text"), ("noext", b"Plain words", "document"), ("a.tsv", b"a\tb", "tsv"),
])
def test_pick_by_extension_then_sniff(name, head, fmt):
    assert pick(name, head).name == fmt


@pytest.mark.parametrize("name,data", [
    ("bus.txt", TEXT.encode("cp1252")),
    ("bus.html", PAGE.encode()),
    ("bus.jsonl", (json.dumps({"text": TEXT, "outlet": "Ostrand Post"}) + "\n{bad\n").encode()),
    ("bus.csv", b'title,text\nNight buses,"' + TEXT.encode() + b'"\n'),
    ("bus.jsonl.gz", gzip.compress((json.dumps({"text": TEXT}) + "\n").encode())),
])
def test_an_upload_reads_exactly_as_the_same_file_on_disk(tmp_path: Path, name, data):
    p = tmp_path / name
    p.write_bytes(data)
    disk = list(iter_path(p, Options()))
    upload = read_bytes(data, name, label=str(p))
    assert upload == disk and any(isinstance(i, RawArticle) for i in disk)


def test_parquet_input_on_the_local_path_matches_the_spark_reader(tmp_path: Path):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.parquet as pq

    rows = [{"id": f"r{i}", "title": f"Night buses {i}", "outlet": "Ostrand Post", "text": TEXT + f" ({i})"}
            for i in range(5)]
    rows[2]["text"] = None  # no text: a reason row
    p = tmp_path / "buses.parquet"
    pq.write_table(pa.Table.from_pylist(rows), p, row_group_size=2)
    local = list(iter_path(p, Options()))
    assert [type(i).__name__ for i in local] == ["RawArticle", "RawArticle", "Skipped", "RawArticle", "RawArticle"]
    assert [i.source for i in local] == [f"{p}:{n}" for n in range(1, 6)]
    assert isinstance(local[2], Skipped) and local[2].reason == "no-text"
    from storylens.engines.spark.job import _parquet_items, list_units

    units = list_units([p])
    assert len(units) == 3  # one per row group
    spark = [item for u in units for item in _parquet_items(u, Options())]
    assert spark == local
