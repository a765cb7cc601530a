"""Hostile input: one bad file, line or record costs one skip row naming it, never the run.

Every case is rebuilt from the shapes of the issue-15 attack campaign with INVENTED text
(a ferry strike in the fictional port town of Skelvik, reported by fictional outlets).
Each test reads a folder in which one hostile file sits between good ones, and checks:
no exception, the good articles all read, the hostile one a row with its file name and
reason; ``ingest`` stores the same and a re-run moves past it.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from storylens.engines.local.ingest import IngestOptions, ingest
from storylens.models import RawArticle, Skipped
from storylens.options import Options
from storylens.readers import iter_path, label, read_bytes, read_inputs
from storylens.store import open_store

OPT = Options()
STORY = (
    "Ferry crews in Skelvik walked off the job on Monday, stranding about 2,000 island "
    "commuters, the Skelvik Seafarers Union said.\n\n"
    "Union secretary Hedda Brun told reporters that talks with the operator had broken down "
    "over night-shift pay and would not resume before Thursday.\n\n"
    "The operator, Fjordline Skelvik, said it was hiring replacement crews."
)


def story(n: int) -> str:
    return STORY.replace("Monday", f"day {n} of the strike")


def page(n: int) -> str:
    paras = "".join(f"<p>{p}</p>" for p in story(n).split("\n\n"))
    return (
        f"<!DOCTYPE html><html><head><title>Skelvik ferry strike, day {n}</title></head>"
        f"<body><article><h1>Skelvik ferry strike, day {n}</h1>{paras}</article></body></html>"
    )


def warc_bytes(n: int = 3, gz: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for i in range(n):
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        body = page(i).encode()
        w.write_record(w.create_warc_record(
            f"https://skelvik-herald.example/strike/{i}", "response",
            payload=io.BytesIO(body), length=len(body), http_headers=hh,
        ))
    return buf.getvalue()


def corpus(tmp_path: Path, name: str | bytes, data: bytes) -> tuple[Path, Path]:
    """A folder: a good text file, the hostile one, a good HTML file. Returns (folder, bad)."""
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a_good.txt").write_text(story(1), encoding="utf-8")
    bad = Path(os.fsdecode(os.path.join(os.fsencode(root), name if isinstance(name, bytes) else name.encode())))
    bad.write_bytes(data)
    (root / "z_good.html").write_text(page(2), encoding="utf-8")
    return root, bad


def check_folder(root: Path, bad: Path, reasons: set[str], articles_from_bad: int = 0) -> list[Skipped]:
    """Both good files read; the bad one gives ``articles_from_bad`` articles and rows with
    one of ``reasons`` naming it; then ingest stores the same, twice without error."""
    raws, skipped = read_inputs([root], OPT)
    sources = [r.source for r in raws]
    assert str(root / "a_good.txt") in sources and str(root / "z_good.html") in sources
    assert sum(1 for s in sources if s.startswith(label(str(bad)))) == articles_from_bad, sources
    mine = [s for s in skipped if s.source.startswith(label(str(bad)))]
    assert mine and {s.reason for s in mine} <= reasons, skipped
    assert all(s.message and "\n" not in s.message for s in mine)
    db = root.parent / "store.db"
    for run in (1, 2):
        with open_store(db) as store:
            summary = ingest([root], store, OPT, IngestOptions(workers=1))
            stored = {a.source for a in store.iter_articles()}
            rows = list(store.iter_skipped())
        assert str(root / "a_good.txt") in stored and str(root / "z_good.html") in stored
        assert any(r.source.startswith(label(str(bad))) for r in rows)
        if run == 2:
            assert summary.ingested == 0
    return mine


def test_a_number_over_4300_digits(tmp_path):
    line = json.dumps({"text": story(3)})[:-1] + ', "reads": ' + "7" * 5000 + "}"
    root, bad = corpus(tmp_path, "numbers.jsonl", (line + "\n" + json.dumps({"text": story(4)}) + "\n").encode())
    rows = check_folder(root, bad, {"bad-json"}, articles_from_bad=1)
    assert rows[0].line == 1 and "number" in rows[0].message


def test_json_nested_100k_deep(tmp_path):
    root, bad = corpus(tmp_path, "deep.json", b"[" * 100_000)
    rows = check_folder(root, bad, {"bad-json"})
    assert "nested too deeply" in rows[0].message or "not JSON" in rows[0].message


def test_jsonl_line_nested_100k_deep(tmp_path):
    data = b"[" * 100_000 + b"\n" + json.dumps({"text": story(5)}).encode() + b"\n"
    root, bad = corpus(tmp_path, "deep.jsonl", data)
    check_folder(root, bad, {"bad-json"}, articles_from_bad=1)


def test_url_that_is_no_url_keeps_the_record(tmp_path):
    data = json.dumps({"url": "http://[::1", "text": story(6), "outlet": "Skelvik Herald"}).encode()
    root, bad = corpus(tmp_path, "badurl.jsonl", data + b"\n")
    raws, skipped = read_inputs([bad], OPT)
    assert [r.url for r in raws] == ["http://[::1"] and not skipped
    no_outlet = json.dumps({"url": "http://[::1", "text": story(6)}).encode()
    items = read_bytes(no_outlet, "feed.jsonl")
    assert isinstance(items[0], RawArticle) and items[0].outlet == "feed"


def test_lone_surrogate_text_is_stored_and_printed(tmp_path):
    data = (json.dumps({"text": story(7)})[:-2] + ' \\ud800 end.", "title": "Strike \\udfff"}').encode()
    root, bad = corpus(tmp_path, "surrogate.jsonl", data + b"\n")
    raws, skipped = read_inputs([bad], OPT)
    assert len(raws) == 1 and "\ufffd end." in raws[0].text and raws[0].title == "Strike \ufffd"
    raws[0].text.encode("utf-8")  # writable
    db = tmp_path / "s.db"
    with open_store(db) as store:
        summary = ingest([root], store, OPT, IngestOptions(workers=1))
        assert summary.ingested == 3


def test_store_write_survives_a_lone_surrogate(tmp_path):
    from storylens.store.base import SkippedRow, StoredArticle

    with open_store(tmp_path / "w.db") as store:
        art = StoredArticle("h1", "k1", "src\ud800", "Skelvik Herald", "Text \udc80 here.")
        added, n = store.write_batch([art], [SkippedRow("bad\udcff.txt", "binary", "not text")])
        assert (added, n) == (1, 1)
        got = store.article(1)
        assert got.clean_text == "Text \ufffd here." and got.source == "src\ufffd"


def test_file_name_with_byte_ff(tmp_path):
    root, bad = corpus(tmp_path, b"caf\xff.txt", story(8).encode())
    assert "\\xff" in label(str(bad))
    raws, _ = read_inputs([root], OPT)
    assert label(str(bad)) in [r.source for r in raws]
    db = tmp_path / "ff.db"
    for run in (1, 2):
        with open_store(db) as store:
            summary = ingest([root], store, OPT, IngestOptions(workers=1))
        assert summary.ingested == (3 if run == 1 else 0)
        assert summary.already_stored == (0 if run == 1 else 3)  # the file mark matched


def test_warc_content_length_no_file_holds(tmp_path):
    data = warc_bytes(3)
    first = data.index(b"Content-Length: ")
    end = data.index(b"\r\n", first)
    data = data[:first] + b"Content-Length: 99999999999999" + data[end:]
    root, bad = corpus(tmp_path, "huge.warc", data)
    rows = check_folder(root, bad, {"bad-warc", "too-large"})
    assert rows[0].source == label(str(bad)) or rows[0].source.startswith(label(str(bad)) + "#")


@pytest.mark.parametrize("gz", [False, True])
def test_truncated_warc_reads_what_is_whole_and_says_the_rest_is_cut(tmp_path, gz):
    data = warc_bytes(3, gz)
    cut = data[: int(len(data) * 0.6)]
    root, bad = corpus(tmp_path, "cut.warc.gz" if gz else "cut.warc", cut)
    rows = check_folder(root, bad, {"bad-warc", "bad-gzip"}, articles_from_bad=1)
    assert any("cut" in r.message or "truncated" in r.message or "unreadable" in r.message for r in rows)


def test_dangling_symlink_and_fifo_get_rows_and_are_never_opened(tmp_path):
    root, bad = corpus(tmp_path, "gone.txt", b"x")
    bad.unlink()
    bad.symlink_to(tmp_path / "nowhere.txt")
    fifo = root / "pipe.txt"
    os.mkfifo(fifo)  # opening it would block the run forever
    rows = check_folder(root, bad, {"unreadable"})
    assert "dangling symlink" in rows[0].message
    _, skipped = read_inputs([root], OPT)
    assert [s.message for s in skipped if s.source == str(fifo)] == ["a FIFO, not a regular file (not opened)"]


def test_symlink_leading_out_of_the_folder_is_refused(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:Skelvik harbour master account, not an article.\n" * 5)
    root, bad = corpus(tmp_path, "link.txt", b"x")
    bad.unlink()
    bad.symlink_to(secret)
    rows = check_folder(root, bad, {"outside-folder"})
    assert str(secret) in rows[0].message
    # named explicitly, the user asked for it: it is read
    assert isinstance(next(iter_path(bad, OPT)), RawArticle)


def test_symlinked_folder_is_not_entered(tmp_path):
    root, bad = corpus(tmp_path, "loop", b"")
    bad.unlink()
    bad.symlink_to(root)  # a loop
    check_folder(root, bad, {"symlink-folder"})


@pytest.mark.parametrize("value", ['["a", "b"]', "true", "NaN", "12.5", '{"p": 1}'])
def test_text_that_is_not_a_string(tmp_path, value):
    data = ('{"text": ' + value + ', "title": "Skelvik strike"}\n').encode()
    data += json.dumps({"text": story(9)}).encode() + b"\n"
    root, bad = corpus(tmp_path, "typed.jsonl", data)
    rows = check_folder(root, bad, {"bad-field"}, articles_from_bad=1)
    assert rows[0].line == 1 and "'text'" in rows[0].message


def test_a_record_over_the_cap_costs_that_record(tmp_path):
    big = json.dumps({"text": "Skelvik " * 200}).encode()
    data = big + b"\n" + json.dumps({"text": story(10)}).encode() + b"\n"
    items = list(iter_path(write(tmp_path / "big.jsonl", data), Options(max_record_bytes=1000)))
    assert [type(i).__name__ for i in items] == ["Skipped", "RawArticle"]
    assert items[0].reason == "too-large" and items[0].line == 1


def test_record_files_have_no_whole_file_cap(tmp_path):
    line = json.dumps({"text": story(11)}).encode() + b"\n"
    p = write(tmp_path / "many.jsonl", line * 40)
    opt = Options(max_record_bytes=len(line) + 10)  # the file is 40x the cap
    assert sum(isinstance(i, RawArticle) for i in iter_path(p, opt)) == 40


def test_gzip_bomb_stops_at_the_decompressed_cap(tmp_path):
    import gzip

    line = json.dumps({"text": story(12)}).encode() + b"\n"
    p = write(tmp_path / "bomb.jsonl.gz", gzip.compress(line * 2 + b" " * 5_000_000))
    items = list(iter_path(p, Options(max_decompressed_bytes=1_000_000)))
    assert sum(isinstance(i, RawArticle) for i in items) == 2
    assert items[-1].reason == "too-large" and "max_decompressed_bytes" in items[-1].message


def test_warc_gz_payload_over_the_cap(tmp_path):
    p = write(tmp_path / "a.warc.gz", warc_bytes(2, gz=True))
    items = list(iter_path(p, Options(max_record_bytes=200)))
    assert [i.reason for i in items] == ["too-large", "too-large"]


def write(p: Path, data: bytes) -> Path:
    p.write_bytes(data)
    return p
