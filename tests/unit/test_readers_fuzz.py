"""Property tests: any bytes, encodings, HTML, JSON, CSV, WARC or feed given to the readers
(and any pair of texts given to ``compare``) ends as articles and reason rows, never an
exception; every string that comes out can be written as UTF-8. Example counts are
bounded so the suite stays fast on 2 cores."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from storylens.models import RawArticle, Skipped
from storylens.options import Options
from storylens.readers import FORMATS, read_bytes
from storylens.readers.decoding import decode_report

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = sorted({f"in{ext}" for f in FORMATS for ext in f.extensions} | {"noext", "x.jsonl.gz", "x.bin"})
OPT = Options(max_record_bytes=200_000)

# Words of an invented story (a lighthouse restoration on the fictional isle of Corran).
WORDS = st.sampled_from(
    "Corran lighthouse keepers restored lamp island council said Tuesday £40,000 "
    "“grant” – works año café 1,200 visitors Ms Ailsa Reid told the Corran Courier".split()
)
PROSE = st.lists(WORDS, min_size=3, max_size=60).map(" ".join)
JUNK_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=300)


def _check(items: list) -> None:
    for i in items:
        assert isinstance(i, (RawArticle, Skipped))
        if isinstance(i, Skipped):
            assert i.reason and i.message and "\n" not in i.message
        for v in vars(i).values():
            if isinstance(v, str):
                v.encode("utf-8")  # no lone surrogate reaches output or the store


@FAST
@given(data=st.binary(max_size=3000), name=st.sampled_from(NAMES))
def test_any_bytes_under_any_name(data, name):
    _check(read_bytes(data, name, OPT))


@FAST
@example(text="\ufeff", enc="utf-8")  # a lone BOM: decodes to no text, as it should
@given(text=st.lists(st.one_of(PROSE, JUNK_TEXT), min_size=1, max_size=6).map("\n".join),
       enc=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]))
def test_text_in_any_encoding(text, enc):
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        data = text.encode(enc, "replace")
        text = data.decode(enc)
    try:
        d = decode_report(data, "t.txt")
    except Exception as e:  # only a reasoned refusal (binary, undecodable) may stop it
        assert type(e).__name__ == "InputError", e
        return
    if enc.startswith("utf"):
        # a leading U+FEFF is a byte-order mark, not text: the decoder may drop it (and the
        # one utf-8-sig adds); everything after it must come back unchanged
        assert d.text.lstrip("\ufeff") == text.lstrip("\ufeff")
    _check(read_bytes(data, "t.txt", OPT))


TAGS = st.sampled_from(["p", "div", "h1", "article", "script", "style", "br", "table", "td", "a", "meta", "!--"])


@st.composite
def html(draw):
    parts = ["<!DOCTYPE html><html><head><title>", draw(PROSE), "</title></head><body>"]
    for _ in range(draw(st.integers(0, 25))):
        tag = draw(TAGS)
        parts.append(draw(st.sampled_from([f"<{tag}>", f"</{tag}>", f"<{tag} x='{draw(JUNK_TEXT)[:20]}'>"])))
        parts.append(draw(st.one_of(PROSE, JUNK_TEXT)))
    if draw(st.booleans()):
        parts.append("</body></html>")
    return "".join(parts)


@SLOW
@given(page=html())
def test_any_html(page):
    _check(read_bytes(page.encode("utf-8", "replace"), "page.html", OPT))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | JUNK_TEXT | PROSE,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.sampled_from(
        ["text", "html", "title", "url", "outlet", "published", "id", "author", "authors"]), kids, max_size=5),
    max_leaves=12,
)


@FAST
@given(recs=st.lists(JSON, max_size=6))
@example(recs=[{"text": "0", "html": False}])
def test_any_json_lines_and_arrays(recs):
    lines = "\n".join(json.dumps(r, allow_nan=True) for r in recs).encode()
    items = read_bytes(lines, "r.jsonl", OPT)
    _check(items)
    # the reader refuses a record whose 'html' is not a string even beside a good 'text'
    # (records.py: text/html must be strings), so such a record is not good
    good = sum(1 for r in recs if isinstance(r, dict) and isinstance(r.get("text"), str) and r["text"].strip()
               and isinstance(r.get("html"), (str, type(None)))
               and all(isinstance(r.get(k), (str, type(None))) or (isinstance(r.get(k), int) and not isinstance(r.get(k), bool))
                       for k in ("url", "outlet", "title", "published", "id")))
    assert sum(isinstance(i, RawArticle) for i in items) == good
    _check(read_bytes(json.dumps(recs).encode(), "r.json", OPT))


@FAST
@given(rows=st.lists(st.lists(st.one_of(PROSE, JUNK_TEXT), min_size=3, max_size=3), max_size=8),
       enc=st.sampled_from(["utf-8", "cp1252"]))
def test_any_csv(rows, enc):
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["title", "text", "outlet"])
    w.writerows(rows)
    data = buf.getvalue().encode(enc, "replace")
    items = read_bytes(data, "rows.csv", OPT)
    _check(items)
    assert sum(isinstance(i, RawArticle) for i in items) <= len(rows)


def _warc(bodies: list[str], gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    for i, body in enumerate(bodies):
        data = body.encode("utf-8", "replace")
        hh = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(w.create_warc_record(f"https://corran-courier.example/{i}", "response",
                                            payload=io.BytesIO(data), length=len(data), http_headers=hh))
    return buf.getvalue()


@SLOW
@given(bodies=st.lists(html(), min_size=1, max_size=3), gz=st.booleans(),
       cut=st.floats(0.05, 1.0), flip=st.integers(0, 10_000))
def test_any_warc_whole_cut_or_damaged(bodies, gz, cut, flip):
    data = bytearray(_warc(bodies, gz))
    data = data[: max(1, int(len(data) * cut))]
    if flip < len(data) and cut < 0.5:
        data[flip] ^= 0x5A
    items = read_bytes(bytes(data), "c.warc.gz" if gz else "c.warc", OPT)
    _check(items)
    assert sum(isinstance(i, RawArticle) for i in items) <= len(bodies)


@SLOW
@given(entries=st.lists(st.tuples(PROSE, st.one_of(PROSE, JUNK_TEXT, html())), max_size=4),
       atom=st.booleans())
def test_any_feed(entries, atom):
    from xml.sax.saxutils import escape

    if atom:
        body = "".join(f"<entry><title>{escape(t)}</title><content type='html'>{escape(c)}</content></entry>"
                       for t, c in entries)
        doc = f"<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>Corran</title>{body}</feed>"
    else:
        body = "".join(f"<item><title>{escape(t)}</title><description>{c}</description></item>" for t, c in entries)
        doc = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Corran</title>{body}</channel></rss>"
    _check(read_bytes(doc.encode("utf-8", "replace"), "feed.xml", OPT))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(a=st.lists(st.one_of(PROSE, JUNK_TEXT), min_size=1, max_size=8).map(". ".join),
       b=st.lists(st.one_of(PROSE, JUNK_TEXT), min_size=1, max_size=8).map(". ".join))
def test_compare_any_two_texts(a, b):
    from storylens.errors import NothingToCompare
    from storylens.pipeline import clean_all, compare_articles
    from storylens.report.jsonout import to_json

    items = read_bytes(a.encode(), "a.txt") + read_bytes(
        json.dumps({"text": b + " \ud800", "outlet": "Isles Post"}).encode(), "b.jsonl")
    raws = [i for i in items if isinstance(i, RawArticle)]
    articles, skipped = clean_all(raws, Options())
    _check(skipped)
    try:
        comp = compare_articles(articles, Options(), skipped)
    except NothingToCompare:
        return
    json.dumps(to_json(comp), ensure_ascii=False).encode("utf-8")
