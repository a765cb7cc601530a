"""Ingest and readers on inputs a user names by mistake: a missing path among good ones,
every path missing, an empty folder; skip rows made by the cleaner carry their line.

Reader report, session 5, items 4 and 14. Invented texts only.
"""

from __future__ import annotations

import json

import pytest

from storylens.corpus.record import clean_record
from storylens.engines.local.ingest import IngestOptions, ingest
from storylens.errors import InputError, NothingToCompare
from storylens.models import Skipped
from storylens.options import Options
from storylens.readers import iter_path
from storylens.store import MemoryStore

INLINE = IngestOptions(workers=1, chunk_size=16, batch_size=10)

FERRY = (
    "Ferry crossings to Sable Reach resume\n\n"
    "The Marrowby ferry resumed crossings to Sable Reach on Thursday after a two-day strike by deck crews.\n\n"
    "Operator Fenwick Lines said all sailings would run to the winter timetable from Friday."
)
CHOIR = (
    "Brightwater choir wins regional prize\n\n"
    "The Brightwater Youth Choir won the regional singing prize in Tallow on Saturday evening.\n\n"
    "Conductor Pia Ramsden said the singers had rehearsed four nights a week since September."
)


@pytest.fixture
def two_files(tmp_path):
    a, b = tmp_path / "ferry.txt", tmp_path / "choir.txt"
    a.write_text(FERRY, encoding="utf-8")
    b.write_text(CHOIR, encoding="utf-8")
    return a, b


def test_a_missing_path_among_good_ones_is_a_row_and_the_rest_is_stored(two_files, tmp_path):
    a, b = two_files
    gone = tmp_path / "typo.txt"
    store = MemoryStore()
    summary = ingest([a, gone, b], store, run=INLINE)
    assert summary.ingested == 2 == store.counts().articles
    assert summary.skipped == {"missing": 1}
    assert summary.missing == (str(gone),)
    rows = list(store.iter_skipped())
    assert [(r.source, r.reason, r.message) for r in rows] == [
        (str(gone), "missing", "no such file or directory")
    ]


def test_every_path_missing_fails_before_anything_and_names_each(tmp_path):
    one, two = tmp_path / "nope1.txt", tmp_path / "nope2.txt"
    with pytest.raises(NothingToCompare) as e:
        ingest([one, two], MemoryStore(), run=INLINE)
    assert str(e.value) == "none of the 2 inputs exists: nothing to ingest"
    assert [(s.source, s.reason) for s in e.value.skipped] == [(str(one), "missing"), (str(two), "missing")]
    with pytest.raises(InputError) as single:  # one path: the one-line error, as before
        ingest([one], MemoryStore(), run=INLINE)
    assert str(single.value) == f"{one}: no such file or directory"


def test_a_dangling_symlink_named_is_unreadable_not_missing(two_files, tmp_path):
    link = tmp_path / "gone-link.txt"
    link.symlink_to(tmp_path / "never-there.txt")
    store = MemoryStore()
    summary = ingest([two_files[0], link], store, run=INLINE)
    assert summary.skipped == {"unreadable": 1} and summary.missing == ()


def test_an_empty_folder_is_a_row_in_ingest_and_in_compare_reading(two_files, tmp_path):
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    (empty / ".hidden").write_text("not read", encoding="utf-8")  # hidden names are not read
    store = MemoryStore()
    summary = ingest([two_files[0], empty], store, run=INLINE)
    assert summary.ingested == 1 and summary.skipped == {"empty": 1}
    row = next(iter(store.iter_skipped()))
    assert (row.source, row.reason) == (str(empty), "empty")
    assert "empty folder" in row.message
    items = list(iter_path(empty, Options()))
    assert items == [Skipped(str(empty), "empty", row.message)]


def test_a_folder_with_files_has_no_empty_row(two_files, tmp_path):
    items = list(iter_path(tmp_path, Options()))
    assert not any(isinstance(i, Skipped) for i in items) and len(items) == 2


def test_a_record_skipped_by_the_cleaner_carries_its_line(tmp_path):
    p = tmp_path / "wire.jsonl"
    rows = [
        {"title": "Harbour fees rise", "text": FERRY},
        {"title": "Quiet night", "text": "Advertisement\n\nShare this article"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    raws = list(iter_path(p, Options()))
    assert [r.line for r in raws] == [1, 2]
    out = clean_record(raws[1], Options())
    assert isinstance(out, Skipped)
    assert (out.source, out.line, out.reason) == (f"{p}:2", 2, "empty")


def test_compare_reading_gives_a_cleaner_skip_its_line_too(tmp_path):
    from storylens.pipeline import clean_all

    p = tmp_path / "wire.jsonl"
    p.write_text(json.dumps({"title": "Quiet night", "text": "Advertisement"}) + "\n", encoding="utf-8")
    _, skipped = clean_all(list(iter_path(p, Options())), Options())
    assert [(s.source, s.line) for s in skipped] == [(f"{p}:1", 1)]
