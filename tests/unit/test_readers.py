"""Readers: every format, encodings, outlet naming, and every bad input as a Skipped.

Invented content only: a harbour fire in the fictional town of Port Velling, reported by
fictional outlets (velling-tribune.example, nordholm-post.example).
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from storylens.models import RawArticle, Skipped
from storylens.options import Options
from storylens.readers import decode, fragment_text, iter_files, iter_path, read_inputs

OPT = Options()
STORY = (
    "A fire swept through a grain warehouse at the Port Velling docks on Tuesday, forcing the "
    "evacuation of about 400 workers, the harbour authority said in a statement.\n\n"
    "Crews fought the flames for six hours before bringing them under control, fire chief "
    "Oskar Brandt told reporters at the scene late on Tuesday evening.\n\n"
    "Investigators have not yet said what started the fire, which destroyed about 3,000 tonnes "
    "of grain stored for export to Nordholm."
)


def page(title: str = "Harbour blaze empties Port Velling docks", extra: str = "") -> str:
    paras = "".join(f"<p>{p}</p>" for p in STORY.split("\n\n"))
    return (
        "<!DOCTYPE html><html><head>"
        f"<title>{title}</title>"
        '<meta property="og:site_name" content="Velling Tribune">'
        '<meta name="author" content="Mara Lindqvist">'
        '<meta property="article:published_time" content="2025-03-04T09:30:00Z">'
        "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
        f"<article><h1>{title}</h1>{paras}{extra}</article>"
        "<footer>Contact us</footer></body></html>"
    )


def write(p: Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data if isinstance(data, bytes) else data.encode(encoding))
    return p


def one(path: Path) -> RawArticle | Skipped:
    items = list(iter_path(path, OPT))
    assert len(items) == 1, items
    return items[0]


# --- formats ---------------------------------------------------------------------------------


def test_plain_text_file(tmp_path):
    art = one(write(tmp_path / "tribune-fire.txt", STORY))
    assert isinstance(art, RawArticle)
    assert art.text == STORY and art.html is None
    assert art.source == str(tmp_path / "tribune-fire.txt")
    assert art.outlet == "tribune-fire"  # no metadata, no URL: the file name stem


@pytest.mark.parametrize("name", ["story.md", "story.text", "story"])
def test_text_by_extension_or_unknown(tmp_path, name):
    art = one(write(tmp_path / name, STORY))
    assert isinstance(art, RawArticle) and art.text == STORY


ENCODED = (
    "Caf\u00e9 owners on the quay \u2013 and Zo\u00eb Brandt \u2013 said the fire \u201cspread in minutes\u201d. "
    * 4
)


@pytest.mark.parametrize(
    "encoding", ["cp1252", "utf-16", "utf-16-le", "utf-8-sig", "utf-8", "latin-1"]
)
def test_encodings_detected(tmp_path, encoding):
    text = (
        ENCODED
        if encoding != "latin-1"
        else ENCODED.replace("\u2013", "-").replace("\u201c", '"').replace("\u201d", '"')
    )
    art = one(write(tmp_path / f"{encoding}.txt", text, encoding))
    assert isinstance(art, RawArticle), art
    assert art.text == text


def test_html_file_extracted_with_metadata(tmp_path):
    art = one(write(tmp_path / "tribune.html", page()))
    assert isinstance(art, RawArticle), art
    assert "Crews fought the flames" in art.text
    assert "Contact us" not in art.text
    assert art.title == "Harbour blaze empties Port Velling docks"
    assert art.outlet == "Velling Tribune"
    assert art.author == "Mara Lindqvist"
    assert art.published and art.published.startswith("2025-03-04")


def test_html_input_keeps_raw_html_beside_extracted_text(tmp_path):
    html = page()
    art = one(write(tmp_path / "tribune.html", html))
    assert isinstance(art, RawArticle), art
    assert art.html == html  # the raw input, stored beside the clean text
    assert "Crews fought the flames" in art.text and "<p>" not in art.text
    rec = {"html": html, "url": "https://nordholm-post.example/p/1"}
    art = one(write(tmp_path / "posts.jsonl", json.dumps(rec)))
    assert isinstance(art, RawArticle) and art.html == html and "Crews fought" in art.text


def test_clean_article_uses_the_extracted_text_it_is_given(tmp_path, monkeypatch):
    import storylens.extract
    from storylens.clean import clean_article

    art = one(write(tmp_path / "tribune.html", page()))

    def no_second_extraction(*args, **kwargs):
        raise AssertionError("the page was extracted again")

    monkeypatch.setattr(storylens.extract, "extract_html", no_second_extraction)
    cleaned = clean_article(art, "a1", OPT)
    assert "Crews fought the flames" in cleaned.text


def test_html_sniffed_without_extension(tmp_path):
    art = one(write(tmp_path / "saved_page", page()))
    assert isinstance(art, RawArticle) and "Crews fought the flames" in art.text


def test_jsonl_records(tmp_path):
    recs = [
        {
            "text": STORY,
            "url": "https://www.velling-tribune.example/fire",
            "title": "Fire",
            "id": "vt-1",
            "published": "2025-03-04",
            "authors": ["Mara Lindqvist", "Tomas Reyes"],
        },
        {"html": page(), "url": "https://nordholm-post.example/p/1", "outlet": "Nordholm Post"},
        {"text": STORY, "author": "Ana Cruz"},
    ]
    p = write(tmp_path / "feed.jsonl", "\n".join(json.dumps(r) for r in recs) + "\n")
    a, b, c = list(iter_path(p, OPT))
    assert a.source == f"{p}:1" and a.outlet == "velling-tribune.example" and a.record_id == "vt-1"
    assert a.author == "Mara Lindqvist, Tomas Reyes" and a.published == "2025-03-04"
    assert b.source == f"{p}:2" and b.outlet == "Nordholm Post" and "Crews fought" in b.text
    assert b.url == "https://nordholm-post.example/p/1"
    assert c.outlet == "feed" and c.author == "Ana Cruz"


def test_json_array_file(tmp_path):
    p = write(
        tmp_path / "batch.json",
        json.dumps([{"text": STORY, "outlet": "Velling Tribune"}, {"text": STORY}]),
    )
    a, b = list(iter_path(p, OPT))
    assert (a.source, a.outlet) == (f"{p}#1", "Velling Tribune")
    assert (b.source, b.outlet) == (f"{p}#2", "batch")


def test_json_lines_named_json(tmp_path):
    p = write(
        tmp_path / "dump.json",
        json.dumps({"text": STORY}) + "\n" + json.dumps({"text": STORY}) + "\n",
    )
    assert [i.source for i in iter_path(p, OPT)] == [f"{p}:1", f"{p}:2"]


def test_txt_holding_a_whole_page_is_html(tmp_path):
    art = one(write(tmp_path / "saved.txt", page()))
    assert "Crews fought the flames" in art.text and "<p>" not in art.text


def test_csv_with_large_field(tmp_path):
    big = (STORY + "\n\n") * 600  # ~300 kB, above csv's default 128 KiB field limit
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["id", "url", "title", "text"])
    w.writerow(["n1", "https://nordholm-post.example/a", "Fire", STORY])
    w.writerow(["n2", "", "Long", big])
    w.writerow(["n3", "https://www.velling-tribune.example/b", "", STORY])
    p = write(tmp_path / "rows.csv", buf.getvalue())
    a, b, c = list(iter_path(p, OPT))
    assert (a.source, a.outlet, a.record_id) == (f"{p}:2", "nordholm-post.example", "n1")
    # multi-line fields: each record is named by the line it starts on
    b_line = 2 + STORY.count("\n") + 1
    assert b.source == f"{p}:{b_line}" and b.text == big.strip() and b.outlet == "rows"
    assert (
        c.source == f"{p}:{b_line + big.count(chr(10)) + 1}"
        and c.outlet == "velling-tribune.example"
    )


def _warc(path: Path, records: list[tuple[str, str, str]]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        w = WARCWriter(f, gzip=path.name.endswith(".gz"))
        for uri, ctype, body in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            data = body.encode("utf-8")
            rec = w.create_warc_record(
                uri,
                "response",
                payload=io.BytesIO(data),
                length=len(data),
                http_headers=http,
                warc_headers_dict={"WARC-Date": "2025-03-05T10:00:00Z"},
            )
            w.write_record(rec)
    return path


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses(tmp_path, name):
    bare = page().replace(
        '<meta property="article:published_time" content="2025-03-04T09:30:00Z">', ""
    )
    bare = bare.replace('<meta property="og:site_name" content="Velling Tribune">', "")
    p = _warc(
        tmp_path / name,
        [
            ("https://www.velling-tribune.example/fire", "text/html; charset=utf-8", page()),
            ("https://cdn.example/logo.png", "image/png", "PNG"),
            ("https://nordholm-post.example/fire", "text/html", bare),
        ],
    )
    items = list(iter_path(p, OPT))
    assert [i.source for i in items] == [f"{p}#1", f"{p}#2"]
    a, b = items
    assert a.url == "https://www.velling-tribune.example/fire" and "Crews fought" in a.text
    assert a.published.startswith("2025-03-04")  # the page's own date wins
    assert b.published == "2025-03-05T10:00:00Z"  # WARC-Date as fallback
    assert b.outlet == "nordholm-post.example"


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Nordholm Post</title><link>https://nordholm-post.example/</link>
<item><title>Harbour fire in Port Velling</title><link>https://nordholm-post.example/fire</link>
<pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate><author>desk@nordholm-post.example (Ana Cruz)</author>
<description><![CDATA[<p>A fire swept through a grain warehouse at the docks.</p><p>About 400 workers were evacuated.</p>]]></description></item>
<item><title>Empty entry</title><link>https://nordholm-post.example/empty</link></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Velling Tribune</title>
<entry><title>Docks reopen</title><link href="https://www.velling-tribune.example/reopen"/>
<id>urn:vt:2</id><updated>2025-03-07T08:00:00Z</updated><author><name>Mara Lindqvist</name></author>
<content type="html">&lt;p&gt;The Port Velling docks reopened on Friday.&lt;/p&gt;</content></entry></feed>"""


def test_rss_feed(tmp_path):
    p = write(tmp_path / "post.rss", RSS)
    a, b = list(iter_path(p, OPT))
    assert a.source == f"{p}#1" and a.outlet == "Nordholm Post"
    assert (
        a.text
        == "A fire swept through a grain warehouse at the docks.\n\nAbout 400 workers were evacuated."
    )
    assert (
        a.url == "https://nordholm-post.example/fire" and a.title == "Harbour fire in Port Velling"
    )
    assert a.published == "2025-03-04T09:30:00Z"
    assert isinstance(b, Skipped) and b.reason == "no-text"


def test_atom_feed_sniffed_as_xml(tmp_path):
    a = one(write(tmp_path / "tribune.xml", ATOM))
    assert a.text == "The Port Velling docks reopened on Friday."
    assert (
        a.author == "Mara Lindqvist"
        and a.record_id == "urn:vt:2"
        and a.published.startswith("2025-03-07")
    )


def test_warc_without_html_responses(tmp_path):
    p = _warc(tmp_path / "images.warc", [("https://cdn.example/logo.png", "image/png", "PNG")])
    assert [(i.source, i.reason) for i in iter_path(p, OPT)] == [(str(p), "no-article")]


def test_fragment_text_keeps_paragraphs_and_headings():
    html = "<h2>What we know</h2><p>One.<br>Two.</p><ul><li>Three</li></ul><img src=x>"
    assert fragment_text(html) == "## What we know\n\nOne.\nTwo.\n\nThree"


# --- directories -------------------------------------------------------------------------------


def test_directory_recursive_sorted_hidden_skipped(tmp_path):
    write(tmp_path / "b.txt", STORY)
    write(tmp_path / "a" / "z.txt", STORY)
    write(tmp_path / ".hidden.txt", STORY)
    write(tmp_path / ".cache" / "x.txt", STORY)
    raws, skipped = read_inputs([tmp_path], OPT)
    assert [Path(r.source).relative_to(tmp_path).as_posix() for r in raws] == ["a/z.txt", "b.txt"]
    assert skipped == []


def test_directory_reads_article_files_and_skips_others_with_reason(tmp_path):
    for name in ("a.txt", "b.md", "c.HTML", "d", "e.jsonl"):
        data = {"e.jsonl": json.dumps({"text": STORY}), "c.HTML": page()}.get(name, STORY)
        write(tmp_path / name, data)
    write(tmp_path / "notes.py", "print('Port Velling')\n")
    write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\nrest-of-image")
    write(tmp_path / "scan.pdf", b"%PDF-1.7 harbour report")
    raws, skipped = read_inputs([tmp_path], OPT)
    names = [Path(r.source.split(":")[0]).name for r in raws]
    assert names == ["a.txt", "b.md", "c.HTML", "d", "e.jsonl"]
    assert [(Path(s.source).name, s.reason) for s in skipped] == [
        ("notes.py", "unsupported"),
        ("photo.png", "unsupported"),
        ("scan.pdf", "unsupported"),
    ]
    assert "(.py)" in skipped[0].message and "\n" not in skipped[0].message


def test_iter_files_walks_in_the_readers_order(tmp_path):
    for rel in [
        "b.txt",
        "a.txt",
        "a/z.txt",
        "a/b/c.txt",
        "a-b.txt",
        "A.txt",
        ".hidden/x.txt",
        "a/.h.txt",
        "c/d.jsonl",
        "ab/x.txt",
        "notes.py",
    ]:
        write(tmp_path / rel, "x")
    expected = [
        c
        for c in sorted(tmp_path.rglob("*"))
        if c.is_file() and not any(part.startswith(".") for part in c.relative_to(tmp_path).parts)
    ]
    assert list(iter_files(tmp_path)) == expected
    assert list(iter_files(tmp_path, articles_only=True)) == [
        c for c in expected if c.name != "notes.py"
    ]
    assert list(iter_files(tmp_path / "notes.py", articles_only=True)) == [tmp_path / "notes.py"]


def test_file_named_explicitly_is_tried_whatever_its_extension(tmp_path):
    story = write(tmp_path / "story.py", STORY)
    raws, skipped = read_inputs([story], OPT)
    assert [r.source for r in raws] == [str(story)] and skipped == []


# --- bad input: one Skipped each, the good files still come through ------------------------------

C1_JUNK = bytes(range(0x80, 0x100)) * 20  # high bytes no encoding explains


@pytest.mark.parametrize(
    "name,data,reason",
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n \t\n", "empty"),
        ("nul.txt", b"Port Velling\x00\x00\x01\x02 fire" * 50, "binary"),
        ("photo.txt", b"\x89PNG\r\n\x1a\nrest-of-image", "binary"),
        ("controls.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 65]) * 100, "binary"),
        ("junk.txt", C1_JUNK, "undecodable"),
        ("broken.html", b"<html><body><div></div><p></p></body></html>", "no-article"),
        ("bad.json", b'[{"text": ', "bad-json"),
        ("bad.rss", b"<rss><channel><title>x</title></channel></rss>", "bad-feed"),
        ("bad.warc", b"WARC/1.0\r\nthis is not a record\r\n\r\n", "bad-warc"),
        ("junk.warc", b"not a web archive at all\n", "bad-warc"),
        ("cut.warc.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "bad-warc"),
        ("notext.csv", b"id,title\n1,Fire\n", "no-text"),
    ],
)
def test_bad_file_skipped_with_reason(tmp_path, name, data, reason):
    good = write(tmp_path / "good.txt", STORY)
    bad = write(tmp_path / name, data)
    raws, skipped = read_inputs([bad, good], OPT)
    assert [r.source for r in raws] == [str(good)]
    assert len(skipped) == 1, skipped
    s = skipped[0]
    assert (s.source, s.reason) == (str(bad), reason)
    assert s.message and "\n" not in s.message


def test_too_large_checked_before_reading(tmp_path):
    good = write(tmp_path / "good.txt", STORY)
    big = write(tmp_path / "big.txt", "x" * 2000)
    raws, skipped = read_inputs([big, good], replace(OPT, max_record_bytes=1000))
    assert [r.source for r in raws] == [str(good)]
    assert [(s.source, s.reason) for s in skipped] == [(str(big), "too-large")]
    assert "2,000 bytes" in skipped[0].message


def test_missing_path(tmp_path):
    good = write(tmp_path / "good.txt", STORY)
    raws, skipped = read_inputs([tmp_path / "nope.txt", good], OPT)
    assert len(raws) == 1
    assert [(s.source, s.reason) for s in skipped] == [(str(tmp_path / "nope.txt"), "missing")]


def test_jsonl_bad_lines_skipped_with_line_numbers(tmp_path):
    lines = [
        json.dumps({"text": STORY}),
        "{not json",
        json.dumps({"title": "No body"}),
        "",
        json.dumps({"html": "<html><body></body></html>"}),
        json.dumps(["a", "list"]),
        json.dumps({"text": STORY, "outlet": "Nordholm Post"}),
    ]
    p = write(tmp_path / "mixed.jsonl", "\n".join(lines).encode() + b"\n\xff\xfe{}\n")
    items = list(iter_path(p, OPT))
    got = [
        (i.source, i.reason if isinstance(i, Skipped) else "ok", getattr(i, "line", None))
        for i in items
    ]
    assert got == [
        (f"{p}:1", "ok", 1),  # an article carries its line too (for a later skip)
        (f"{p}:2", "bad-json", 2),
        (f"{p}:3", "no-text", 3),
        (f"{p}:5", "no-article", 5),
        (f"{p}:6", "bad-json", 6),
        (f"{p}:7", "ok", 7),
        (f"{p}:8", "bad-json", 8),  # not UTF-8: read as cp1252 ("\xff\xfe{}"), not JSON
    ]


def test_csv_row_without_text_skipped(tmp_path):
    p = write(tmp_path / "rows.csv", f'id,text\n1,"{STORY}"\n2,\n3,Short but real text.\n')
    items = list(iter_path(p, OPT))
    assert [(i.source, type(i).__name__) for i in items] == [
        (f"{p}:2", "RawArticle"),
        (f"{p}:7", "Skipped"),
        (f"{p}:8", "RawArticle"),
    ]
    assert items[1].reason == "no-text" and items[1].line == 7


def test_decode_refuses_binary_and_reports_source():
    from storylens.errors import InputError

    with pytest.raises(InputError) as e:
        decode(b"\x1f\x8b\x08\x00gzipped", "x.txt")
    assert (e.value.source, e.value.reason) == ("x.txt", "binary")


def _feed_with_date(date: str) -> str:
    return ("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>Nordholm Post</title>"
            "<item><title>Harbour fire in Port Velling</title><link>https://nordholm-post.example/fire</link>"
            f"<pubDate>{date}</pubDate>"
            "<description><![CDATA[<p>A fire swept through a grain warehouse at the docks.</p>]]></description>"
            "</item></channel></rss>")


@pytest.mark.parametrize("date", ["Mon, 31 Feb 2026 10:00:00 GMT", "n/a", "0"])
def test_feed_entry_date_that_is_no_date_is_dropped_with_a_row(tmp_path, date):
    """A pubDate feedparser cannot read and the project's date parser reads no day in is
    not kept as the article's date (it would reach --json and a story's time window):
    the entry is read undated and a 'repaired' row names the field and the value, as a
    JSONL record's unreadable date is (crash16's find)."""
    p = write(tmp_path / "post.rss", _feed_with_date(date))
    items = list(iter_path(p, OPT))
    assert len(items) == 2, items
    art, note = items
    assert isinstance(art, RawArticle) and art.published is None
    assert isinstance(note, Skipped) and note.reason == "repaired" and note.source == f"{p}#1"
    assert "field 'published'" in note.message and repr(date) in note.message


def test_feed_entry_readable_date_is_kept_without_a_row(tmp_path):
    """Near miss: a date feedparser reads is the article's ISO date, and no row is added."""
    p = write(tmp_path / "post.rss", _feed_with_date("Tue, 04 Mar 2025 09:30:00 GMT"))
    (art,) = list(iter_path(p, OPT))
    assert art.published == "2025-03-04T09:30:00Z"
