"""Files, directories and records -> :class:`RawArticle` or :class:`Skipped`.

Formats are chosen by extension, then by sniffing the first bytes: plain text (any
encoding), HTML, JSONL, JSON arrays, CSV, WARC and RSS/Atom feeds. One bad file or
record becomes a :class:`Skipped` with a reason code and the rest go on; nothing here
raises for bad input. Record files are streamed; every file's size is checked with
``stat`` before it is opened.

Reason codes: ``missing``, ``unreadable``, ``empty``, ``too-large``, ``binary``,
``undecodable``, ``no-article`` (HTML with no article text), ``bad-json``,
``no-text`` (a record with neither ``text`` nor ``html``), ``bad-csv``, ``bad-warc``,
``bad-feed``, ``unsupported`` (a file met in a directory whose extension is not an article
format: ``.py``, ``.png``, ``.pdf`` ...).

A directory is walked for article files only (:data:`ARTICLE_EXTENSIONS`, plus files with
no extension); every other file is recorded as skipped with reason ``unsupported`` rather
than passed over silently, so a user sees why it was not read. A file named explicitly is
always tried, whatever its extension (sniffing decides its format).
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from .errors import InputError
from .models import RawArticle, Skipped
from .options import Options

Item = RawArticle | Skipped

_TEXT_EXT = {".txt", ".text", ".md", ".markdown"}
_HTML_EXT = {".html", ".htm", ".xhtml"}
_JSONL_EXT = {".jsonl", ".ndjson"}
_FEED_EXT = {".xml", ".rss", ".atom"}
# Extensions a directory walk reads (lower-cased; ``.warc.gz`` as one suffix). Markdown is
# included: clipping tools save scraped articles as ``.md``. Old ``.arc`` archives are not:
# the WARC reader refuses ARC records, so reading one would only yield a ``bad-warc``.
ARTICLE_EXTENSIONS = frozenset(
    _TEXT_EXT | _HTML_EXT | _JSONL_EXT | _FEED_EXT | {".json", ".csv", ".tsv", ".warc", ".warc.gz"}
)
_SNIFF = 8192  # bytes read to tell binary/HTML/feed from text
# Magic numbers of common non-text files that carry no NUL in their first bytes.
_MAGIC = (
    b"%PDF",
    b"\x89PNG",
    b"GIF8",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh",
    b"\xfd7zXZ",
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def read_inputs(
    paths: Sequence[str | Path], options: Options
) -> tuple[list[RawArticle], list[Skipped]]:
    """Read every path (files or directories) into articles and skipped inputs, in order."""
    raws: list[RawArticle] = []
    skipped: list[Skipped] = []
    for p in paths:
        for item in iter_path(p, options):
            (skipped if isinstance(item, Skipped) else raws).append(item)
    return raws, skipped


def iter_path(path: str | Path, options: Options) -> Iterator[Item]:
    """Stream one file, or a directory recursively (sorted, hidden entries skipped).

    An ``http(s)://`` URL is fetched (:mod:`storylens.fetch`); a feed URL yields its entries.
    """
    if isinstance(path, str) and path[:8].lower().startswith(("http://", "https://")):
        from .fetch import iter_url

        yield from iter_url(path, options)
        return
    p = Path(path)
    if p.is_dir():
        for child in iter_files(p):
            skip = unsupported(child)
            if skip is not None:
                yield skip
                continue
            yield from _iter_file(child, options)
    elif not p.exists():
        yield Skipped(str(p), "missing", "no such file or directory")
    else:
        yield from _iter_file(p, options)


def unsupported(path: Path) -> Skipped | None:
    """The skip record for a file met in a directory walk that is no article format."""
    ext = _ext(path)
    if ext and ext not in ARTICLE_EXTENSIONS:
        return Skipped(
            str(path),
            "unsupported",
            f"not an article file type ({ext}); name the file itself to read it anyway",
        )
    return None


def iter_files(path: str | Path, articles_only: bool = False) -> Iterator[Path]:
    """The files a walk of ``path`` visits, in :func:`iter_path`'s order; a file is itself.

    The order is ``sorted(Path(path).rglob("*"))`` (paths compare part by part), made
    without listing the whole tree first: depth first, each folder's names sorted.
    Hidden names are skipped and symlinked folders are not entered (no loops).
    ``articles_only`` leaves out files whose extension is not an article format
    (:data:`ARTICLE_EXTENSIONS`); :func:`iter_path` records those as ``unsupported``.
    """
    p = Path(path)
    if not p.is_dir():
        yield p
        return
    for child in _walk_folder(p):
        if articles_only:
            ext = _ext(child)
            if ext and ext not in ARTICLE_EXTENSIONS:
                continue
        yield child


def _walk_folder(folder: Path) -> Iterator[Path]:
    try:
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        try:
            if e.is_dir(follow_symlinks=False):
                yield from _walk_folder(Path(e.path))
            elif e.is_file():
                yield Path(e.path)
        except OSError:
            continue


# --- one file -----------------------------------------------------------------------------


def _iter_file(p: Path, options: Options) -> Iterator[Item]:
    src = str(p)
    try:
        size = p.stat().st_size
        if not p.is_file():
            yield Skipped(src, "unreadable", "not a regular file")
            return
        if size == 0:
            yield Skipped(src, "empty", "file is empty")
            return
        if size > options.max_file_bytes:
            yield Skipped(
                src,
                "too-large",
                f"file is {size:,} bytes, over the {options.max_file_bytes:,}-byte limit",
            )
            return
        with p.open("rb") as f:
            head = f.read(_SNIFF)
    except OSError as e:
        yield Skipped(src, "unreadable", f"cannot read file ({e.strerror or type(e).__name__})")
        return
    ext = _ext(p)
    try:
        if ext in (".warc", ".warc.gz") or head.startswith(b"WARC/"):
            yield from _read_warc(p)
        elif ext in _JSONL_EXT:
            yield from _read_jsonl(p)
        elif ext == ".json":
            yield from _read_json(p)
        elif ext in (".csv", ".tsv"):
            yield from _read_csv(p, head, "\t" if ext == ".tsv" else ",")
        elif ext in _FEED_EXT or (ext not in _TEXT_EXT | _HTML_EXT and _sniff_feed(head)):
            yield from _read_feed(p)
        else:
            yield _read_document(p, head, ext)
    except InputError as e:
        yield Skipped(e.source, e.reason, e.message, e.line)
    except OSError as e:
        yield Skipped(src, "unreadable", f"cannot read file ({e.strerror or type(e).__name__})")


def _ext(p: Path) -> str:
    """Lower-cased extension; ``.warc.gz`` counts as one."""
    name = p.name.lower()
    if name.endswith(".warc.gz"):
        return "".join(p.suffixes[-2:]).lower()
    return p.suffix.lower()


def _read_document(p: Path, head: bytes, ext: str) -> RawArticle:
    """A text or HTML file: one article."""
    src = str(p)
    data = p.read_bytes()
    text = decode(data, src)
    if not text.strip():
        raise InputError(src, "empty", "file holds only whitespace")
    if ext in _HTML_EXT or _sniff_html(text, strict=ext in _TEXT_EXT):
        return _from_html(text, src, None, _stem(p))
    return RawArticle(source=src, text=text, outlet=_stem(p))


# --- decoding -----------------------------------------------------------------------------


def decode(data: bytes, source: str) -> str:
    """Bytes -> str: BOM, then UTF-8, then charset-normalizer; binary data is refused."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc)
            except UnicodeDecodeError as e:
                raise InputError(source, "undecodable", f"invalid {enc} text") from e
    head = data[:_SNIFF]
    if head.startswith(_MAGIC):
        raise InputError(source, "binary", "not a text file (binary format signature)")
    if b"\x00" in head:
        text = _utf16_without_bom(data)
        if text is None:
            raise InputError(source, "binary", "not a text file (contains NUL bytes)")
        return text
    # Text has almost no C0 control bytes; 5% is far above any real text (0 in practice)
    # and far below random/compressed data (~12%).
    if _control_share(head.decode("latin-1")) > 0.05:
        raise InputError(source, "binary", "not a text file (control characters)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # charset-normalizer may fall back to "ascii" for bytes it cannot place at all.
    if best is None or (best.encoding == "ascii" and max(data) >= 0x80):
        raise InputError(source, "undecodable", "bytes do not decode in any known text encoding")
    return str(best)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: NULs at every other byte of ASCII characters."""
    head = data[:_SNIFF]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    half = len(head) // 2 or 1
    for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros > 0.4 * half:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _control_share(text) < 0.01:
                return text
    return None


def _control_share(text: str) -> float:
    sample = text[:_SNIFF]
    if not sample:
        return 0.0
    # C0 controls other than whitespace, counted by what str.translate drops (C speed).
    return (len(sample) - len(sample.translate(_DROP_CONTROLS))) / len(sample)


_DROP_CONTROLS = dict.fromkeys(c for c in range(32) if chr(c) not in "\t\n\r\f\v")


def _sniff_html(text: str, strict: bool = False) -> bool:
    """A page saved without its extension; ``strict`` (a .txt file) needs it at the start."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return not strict and ("<html" in head[:1024] or "<body" in head[:1024])


def _sniff_feed(head: bytes) -> bool:
    h = head[:1024].lower()
    return b"<rss" in h or (b"<feed" in h and b"atom" in h)


# --- HTML ---------------------------------------------------------------------------------


def _from_html(
    html: str,
    source: str,
    meta: dict[str, Any] | None,
    fallback_outlet: str,
    line: int | None = None,
) -> RawArticle:
    """Extract an HTML page; record metadata wins over what the page says about itself."""
    from .extract import extract_html

    meta = meta or {}
    url = meta.get("url")
    try:
        ext = extract_html(html, source, url)
    except InputError as e:
        raise InputError(source, e.reason, e.message, line) from None
    return RawArticle(
        source=source,
        text=ext.text,
        html=html,  # the raw page is stored beside the extracted text
        outlet=meta.get("outlet") or ext.outlet or fallback_outlet,
        title=meta.get("title") or ext.title,
        published=meta.get("published") or ext.published,
        author=meta.get("author") or ext.author,
        url=url or ext.url,
        record_id=meta.get("id"),
        standfirst=ext.standfirst,
    )


# --- records: JSONL, JSON, CSV ------------------------------------------------------------


def _record(rec: Any, source: str, fallback_outlet: str, line: int | None) -> RawArticle:
    """One record (dict) -> article. Fields: text|html, url, outlet, title, published,
    author|authors, id."""
    if not isinstance(rec, dict):
        raise InputError(source, "bad-json", "record is not a JSON object", line)
    meta = {
        "url": _str(rec.get("url")),
        "outlet": _str(rec.get("outlet")),
        "title": _str(rec.get("title")),
        "published": _str(rec.get("published")),
        "author": _author(rec.get("author"), rec.get("authors")),
        "id": _str(rec.get("id")),
    }
    text, html = _str(rec.get("text")), _str(rec.get("html"))
    if text and text.strip():
        from .extract import url_domain

        return RawArticle(
            source=source,
            text=text,
            outlet=meta["outlet"] or url_domain(meta["url"]) or fallback_outlet,
            title=meta["title"],
            published=meta["published"],
            author=meta["author"],
            url=meta["url"],
            record_id=meta["id"],
        )
    if html and html.strip():
        from .extract import url_domain

        meta["outlet"] = meta["outlet"] or url_domain(meta["url"])
        return _from_html(html, source, meta, fallback_outlet, line)
    raise InputError(source, "no-text", "record has neither 'text' nor 'html'", line)


def _read_jsonl(p: Path) -> Iterator[Item]:
    stem = _stem(p)
    with p.open("rb") as f:
        for no, raw in enumerate(f, 1):
            src = f"{p}:{no}"
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw.decode("utf-8-sig" if no == 1 else "utf-8"))
            except UnicodeDecodeError:
                yield Skipped(src, "undecodable", "line is not valid UTF-8", no)
                continue
            except json.JSONDecodeError as e:
                yield Skipped(src, "bad-json", f"line is not JSON ({e.msg})", no)
                continue
            yield _guard(rec, src, stem, no)


def _read_json(p: Path) -> Iterator[Item]:
    src, stem = str(p), _stem(p)
    text = decode(p.read_bytes(), src)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as e:
        if e.msg == "Extra data" and text.lstrip().startswith("{"):  # JSON Lines named .json
            yield from _read_jsonl(p)
            return
        raise InputError(
            src, "bad-json", f"file is not JSON ({e.msg} at line {e.lineno})"
        ) from None
    if isinstance(data, dict):
        yield _guard(data, src, stem, None)
        return
    if not isinstance(data, list):
        raise InputError(src, "bad-json", "expected a JSON array of records or one record object")
    for i, rec in enumerate(data, 1):
        yield _guard(rec, f"{p}#{i}", stem, None)


def _read_csv(p: Path, head: bytes, delimiter: str) -> Iterator[Item]:
    src, stem = str(p), _stem(p)
    enc = _stream_encoding(head, src)
    # Article bodies exceed csv's default 128 KiB field limit; the file is size-checked.
    csv.field_size_limit(max(csv.field_size_limit(), min(sys.maxsize, 2**31 - 1)))
    with p.open("r", encoding=enc, newline="") as f:
        reader = csv.reader(f, delimiter=delimiter)
        try:
            header = next(reader, None)
        except (csv.Error, UnicodeDecodeError) as e:
            raise InputError(src, "bad-csv", f"cannot read the CSV header ({e})") from None
        if not header:
            raise InputError(src, "empty", "CSV file has no header row")
        cols = [h.strip().lower() for h in header]
        if "text" not in cols and "html" not in cols:
            raise InputError(
                src, "no-text", "CSV header has neither a 'text' nor an 'html' column", 1
            )
        start = reader.line_num + 1
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except (csv.Error, UnicodeDecodeError) as e:
                yield Skipped(f"{p}:{start}", "bad-csv", f"cannot parse the row ({e})", start)
                return
            line, start = start, reader.line_num + 1
            if not any(c.strip() for c in row):
                continue
            yield _guard(dict(zip(cols, row, strict=False)), f"{p}:{line}", stem, line)


def _stream_encoding(head: bytes, source: str) -> str:
    """Encoding for a file read as a text stream, judged from its first bytes."""
    for bom, enc in _BOMS:
        if head.startswith(bom):
            return enc
    if b"\x00" in head:
        raise InputError(source, "binary", "not a text file (contains NUL bytes)")
    try:
        head.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as e:
        if e.start >= len(head) - 3:  # a character cut by the sniff window
            return "utf-8"
    from charset_normalizer import from_bytes

    best = from_bytes(head).best()
    if best is None:
        raise InputError(source, "undecodable", "bytes do not decode in any known text encoding")
    return best.encoding


def _guard(rec: Any, src: str, stem: str, line: int | None) -> Item:
    try:
        return _record(rec, src, stem, line)
    except InputError as e:
        return Skipped(e.source, e.reason, e.message, e.line)


# --- WARC and feeds -----------------------------------------------------------------------


def _read_warc(p: Path) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    stem = _stem(p)
    n = total = 0
    with p.open("rb") as f:
        try:
            for rec in ArchiveIterator(f):
                total += 1
                if rec.rec_type is None or not str(rec.format).startswith("warc"):
                    # warcio reads junk leniently as ARC or untyped records
                    raise InputError(
                        str(p), "bad-warc", "not a readable WARC file (malformed record header)"
                    )
                if rec.rec_type != "response":
                    continue
                ctype = (
                    (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
                )
                if "html" not in ctype.lower():
                    continue
                n += 1
                src = f"{p}#{n}"
                uri = rec.rec_headers.get_header("WARC-Target-URI")
                date = rec.rec_headers.get_header("WARC-Date")
                payload = rec.content_stream().read()
                try:
                    html = _decode_payload(payload, ctype, src)
                    art = _from_html(html, src, {"url": uri}, stem)
                except InputError as e:
                    yield Skipped(e.source, e.reason, e.message, e.line)
                    continue
                if not art.published and date:
                    art = _replace(art, published=date)
                yield art
        except (ArchiveLoadFailed, ValueError, EOFError) as e:  # EOFError/ValueError: cut gzip
            raise InputError(
                str(p), "bad-warc", f"not a readable WARC file ({type(e).__name__})"
            ) from None
    if total == 0:
        yield Skipped(str(p), "bad-warc", "no WARC records found (empty or truncated archive)")
    elif n == 0:
        yield Skipped(str(p), "no-article", "no HTML response records in the WARC file")


def _decode_payload(payload: bytes, ctype: str, source: str) -> str:
    if not payload.strip():
        raise InputError(source, "empty", "empty HTTP response body")
    charset = None
    for part in ctype.split(";")[1:]:
        k, _, v = part.partition("=")
        if k.strip().lower() == "charset":
            charset = v.strip().strip("\"'")
    if charset:
        try:
            return payload.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode(payload, source)


def _read_feed(p: Path) -> Iterator[Item]:
    import feedparser

    src, stem = str(p), _stem(p)
    parsed = feedparser.parse(p.read_bytes())  # bytes, so feedparser never fetches a URL
    if not parsed.entries:
        why = parsed.get("bozo_exception")
        raise InputError(src, "bad-feed", f"no feed entries found{f' ({why})' if why else ''}")
    from .extract import url_domain

    feed_title = _str(parsed.feed.get("title"))
    for i, entry in enumerate(parsed.entries, 1):
        esrc = f"{p}#{i}"
        html = ""
        if entry.get("content"):
            html = entry.content[0].get("value", "")
        html = html or entry.get("summary", "")
        text = fragment_text(html) if html else ""
        if not text.strip():
            yield Skipped(esrc, "no-text", "feed entry has no content or summary", None)
            continue
        link = _str(entry.get("link"))
        yield RawArticle(
            source=esrc,
            text=text,
            html=html if "<" in html else None,  # the entry's markup, kept as raw input
            outlet=feed_title or url_domain(link) or stem,
            title=_str(entry.get("title")),
            published=_feed_date(entry),
            author=_str(entry.get("author")),
            url=link,
            record_id=_str(entry.get("id")),
        )


def fragment_text(html: str) -> str:
    """An HTML fragment (a feed entry) as blank-line separated paragraphs.

    Feed entries are too short for trafilatura's main-content heuristics, so the markup
    is flattened directly: block tags start new paragraphs, ``<br>`` a new line.
    """
    import lxml.html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises ParserError/ValueError on junk markup
        return ""
    for bad in root.xpath(".//script|.//style|.//figure|.//figcaption|.//img"):
        bad.drop_tree()
    blocks = {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "ul",
        "ol",
        "table",
        "tr",
    }
    for el in root.iter():
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in blocks:
            prefix = "## " if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") else ""
            el.text = "\n\n" + prefix + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    paras = [" ".join(ln.split()) for ln in text.split("\n")]
    out, blank = [], False
    for ln in paras:
        if ln:
            if blank and out:
                out.append("")
            out.append(ln)
            blank = False
        else:
            blank = True
    return "\n".join(out)


def _feed_date(entry: Any) -> str | None:
    for key in ("published_parsed", "updated_parsed"):
        t = entry.get(key)
        if t:
            return f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}T{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d}Z"
    return _str(entry.get("published") or entry.get("updated"))


# --- small helpers -------------------------------------------------------------------------


def _str(v: Any) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s or None


def _author(author: Any, authors: Any) -> str | None:
    if author:
        return _str(author)
    if isinstance(authors, str):
        return _str(authors)
    if isinstance(authors, Iterable):
        names = [_str(a.get("name") if isinstance(a, dict) else a) for a in authors]
        names = [n for n in names if n]
        return ", ".join(names) or None
    return None


def _stem(p: Path) -> str:
    name = p.name
    for ext in (".warc.gz",):
        if name.lower().endswith(ext):
            return name[: -len(ext)]
    return p.stem


def _replace(art: RawArticle, **changes: Any) -> RawArticle:
    from dataclasses import replace

    return replace(art, **changes)


__all__ = ["read_inputs", "iter_path", "iter_files", "unsupported", "decode", "fragment_text"]
