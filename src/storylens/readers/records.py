"""Record files (JSON Lines, JSON, CSV/TSV) and the one record parser every engine shares.

JSONL and CSV are streamed: one line (or row) at a time, each capped at
``max_record_bytes``, each decoded on its own (:class:`~.decoding.LineDecoder`), so one
bad line costs that line. A JSON array file is one document and is read whole, under the
same cap (JSON Lines is the format for large corpora).
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import Any, BinaryIO

from ..errors import InputError
from ..models import RawArticle, Skipped
from ..options import Options
from .decoding import (
    SNIFF,
    STREAM_SAMPLE,
    LineDecoder,
    decode_report,
    sample_encoding,
    scrub,
    stream_encoding,
)
from .markup import from_html
from .pagemeta import clean_record_author
from .source import Input

Item = RawArticle | Skipped

# Fields of a record, as strings. ``text``/``html`` must be strings; the metadata fields
# may also be whole numbers (an ``id`` of 17). Anything else (a list, true, NaN, an
# object) is refused with reason ``bad-field``: turned into text it would be junk.
_META = ("url", "outlet", "title", "published", "id")
# The text fields of a 'storylens export' articles row, read when ``text``/``html`` are absent.
EXPORT_TEXT = ("raw_html", "raw_text", "clean_text")


def parse_record(rec: Any, source: str, fallback_outlet: str, line: int | None = None) -> Item:
    """One record (a dict from JSON, CSV or Parquet) -> article, or a skip with its reason.

    Fields: ``text`` | ``html``, ``url``, ``outlet``, ``title``, ``published``,
    ``author`` | ``authors``, ``id``, each also under the names published data sets give
    it (``rules/record_fields.py``), and a ``storylens export`` articles row. Never
    raises for bad input. The readers call :func:`record_items`, which also yields the
    ``repaired`` row of a record whose date is no date.
    """
    return next(iter(record_items(rec, source, fallback_outlet, line)))


def record_items(rec: Any, source: str, fallback_outlet: str, line: int | None = None) -> Iterator[Item]:
    """:func:`parse_record`'s article or skip, then a ``repaired`` row when the record's
    date field holds no date ("n/a", "TBD", markup): the article is read without a
    publication date, and the row names the record, the field and the value, so the
    value is kept nowhere it would be taken for a date (a report's date column, the
    ``published`` of ``--json``, a story's time window)."""
    notes: list[Skipped] = []
    try:
        yield _record(rec, source, fallback_outlet, line, notes)
    except InputError as e:
        yield Skipped(e.source, e.reason, e.message, e.line)
    except Exception as e:  # noqa: BLE001 - one odd record must not stop the file
        yield Skipped(source, "bad-record", f"record unusable ({type(e).__name__}: {e})"[:300], line)
    else:
        yield from notes


# What parse_published says of a value that gives no day at all: such a value is dropped
# (with a row). A real date that is implausible ("future", "before-1990") or relative
# ("3 hours ago", read against the ingest time) is kept and judged where it is used.
_NOT_A_DATE = frozenset({"unparseable", "incomplete"})


def _checked_date(given: dict, value: str | None, source: str, line: int | None,
                  notes: list[Skipped]) -> str | None:
    """``value`` when the project's date parser reads a day in it, else None and a note
    naming the record's own field ('date', 'publishedAt', ...)."""
    if value is None:
        return None
    field = "published" if not _blank(given.get("published")) else str(
        _alias_field(given, "published") or "published")
    kept, note = checked_date(value, field, source, line)
    if note is not None:
        notes.append(note)
    return kept


def checked_date(value: str, field: str, source: str, line: int | None) -> tuple[str | None, Skipped | None]:
    """``(value, None)`` when the project's date parser reads a day in ``value``, else
    ``(None, the 'repaired' row naming the field and the value)``: a record's date field
    and a feed entry's unparsed ``pubDate``/``updated`` are judged alike."""
    from ..dates import parse_published

    got = parse_published(value)
    if got.issue not in _NOT_A_DATE:
        return value, None
    shown = value if len(value) <= 60 else value[:59] + "…"
    # a year or a month with no day ("2026", "Dec 2026", "12/03") is a date too coarse to
    # place an article, not "no date": the row says which (s12 review)
    what = "names no full date (year, month and day)" if got.issue == "incomplete" else "is not a date"
    return None, Skipped(source, "repaired",
                         f"field '{field}' {what} ({shown!r}): read without a publication date", line)


def _record(rec: Any, source: str, fallback_outlet: str, line: int | None,
            notes: list[Skipped]) -> RawArticle:
    if not isinstance(rec, dict):
        raise InputError(source, "bad-json", "record is not a JSON object", line)
    given, rec = rec, _aliased(rec)
    meta = {k: _field(rec, k, source, line) for k in _META}
    meta["published"] = _checked_date(given, meta["published"], source, line, notes)
    # a scraper's author field as the names it gives (form placeholders, dates, bios out)
    meta["author"] = clean_record_author(_author(rec.get("author"), rec.get("authors")),
                                         [meta["outlet"] or ""])
    where = source  # the input's own place, for a skip row
    text = _field(rec, "text", source, line, numbers=False)
    html = _field(rec, "html", source, line, numbers=False)
    if not text and not html and any(k in rec for k in EXPORT_TEXT):
        # a row of 'storylens export' (articles table): its raw input, cleaned again as
        # when it was first ingested, so one store's export can be ingested into another
        html = _field(rec, "raw_html", source, line, numbers=False)
        text = None if html else (_field(rec, "raw_text", source, line, numbers=False)
                                  or _field(rec, "clean_text", source, line, numbers=False))
        # and the article keeps its identity (its first source and record id), so an
        # article both stores hold is one article, not two
        meta["id"] = _field(rec, "record_id", source, line)
        source = _field(rec, "source", source, line) or source
    from ..extract import url_domain

    if text:
        return RawArticle(
            source=source,
            text=text,
            outlet=meta["outlet"] or url_domain(meta["url"]) or fallback_outlet,
            title=meta["title"],
            published=meta["published"],
            author=meta["author"],
            url=meta["url"],
            record_id=meta["id"],
            line=line,
        )
    if html:
        meta["outlet"] = meta["outlet"] or url_domain(meta["url"])
        return from_html(html, source, meta, fallback_outlet, line)
    blank = [k for k in ("text", "html") if isinstance(rec.get(k), str)]
    if blank:
        # the field is there and holds only blanks: say so, not that it is missing
        # ('{"text": ""}' read "neither 'text' nor 'html' (its fields: text)", crash17)
        what = " and ".join(f"'{k}'" for k in blank)
        raise InputError(where, "no-text", f"record's {what} {'is' if len(blank) == 1 else 'are'} empty", line)
    keys = [str(k) for k in given][:8]  # its own fields, not the aliases' copies
    has = f" (its fields: {', '.join(keys)}{', …' if len(given) > 8 else ''})" if keys else " (it is empty)"
    raise InputError(where, "no-text", f"record has neither 'text' nor 'html'{has}", line)


def _aliased(rec: dict) -> dict:
    """``rec`` with each absent canonical field read from its first present alias
    (``rules/record_fields.py``); ``rec`` itself when nothing is absent or aliased. A
    blank string is absent: a CSV row has every column, its empty cells ``""``."""
    from ..rules.record_fields import FIELD_ALIASES

    absent = [k for k in FIELD_ALIASES if _blank(rec.get(k))]
    if "text" in absent and not _blank(rec.get("html")):
        absent.remove("text")
    if not absent:
        return rec
    out = None
    for key in absent:
        k = _alias_field(rec, key)
        if k is not None:
            out = out if out is not None else dict(rec)
            out[key] = rec[k]
    return out if out is not None else rec


def _alias_field(rec: dict, key: str):
    """The field of ``rec`` that gives the absent canonical ``key``: its first alias
    (``rules/record_fields.py``, any case) that is present and not blank; None if none."""
    from ..rules.record_fields import FIELD_ALIASES

    names = {str(k).lower(): k for k in rec}
    for alias, _why in FIELD_ALIASES[key]:
        k = names.get(alias)
        if k is not None and not _blank(rec[k]):
            return k
    return None


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, str) and not v.strip())


def text_columns() -> frozenset[str]:
    """Column names that give a record its text: ``text``, ``html`` and the text aliases."""
    from ..rules.record_fields import FIELD_ALIASES

    return frozenset({"text", "html", *(a for a, _ in FIELD_ALIASES["text"])})


def _field(rec: dict, key: str, source: str, line: int | None, numbers: bool = True) -> str | None:
    v = rec.get(key)
    if v is None:
        return None
    if isinstance(v, str):
        s = scrub(v).strip()
        return s or None
    if numbers and isinstance(v, int) and not isinstance(v, bool):
        return str(v)
    if numbers and isinstance(v, datetime | date):
        # a typed timestamp (a Parquet column from pandas, Spark or 'storylens export'):
        # ISO 8601, UTC written as Z, as a text field would give it
        return v.isoformat().replace("+00:00", "Z")
    what = "NaN" if isinstance(v, float) and math.isnan(v) else type(v).__name__
    if isinstance(v, bool):
        what = "true" if v else "false"
    raise InputError(source, "bad-field", f"field '{key}' is {what}, not a string", line)


def _author(author: Any, authors: Any) -> str | None:
    if isinstance(author, str):
        return scrub(author).strip() or None
    names = authors if authors is not None else author
    if isinstance(names, str):
        return scrub(names).strip() or None
    if isinstance(names, list):
        out = []
        for a in names:
            n = a.get("name") if isinstance(a, dict) else a
            if isinstance(n, str) and n.strip():
                out.append(scrub(n).strip())
        return ", ".join(out) or None
    return None


# --- JSON and JSON Lines ---------------------------------------------------------------------


def loads(text: str, source: str, line: int | None, what: str = "line") -> Any:
    """``json.loads`` with every way it fails as a ``bad-json`` reason."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        # e.msg alone can end mid-phrase ("Invalid control character at"): add the place.
        where = f"line {e.lineno} column {e.colno}" if what == "file" else f"column {e.colno}"
        msg = e.msg.removesuffix(" at")
        # A record that stops before its closing quote or brace (a download or a write cut
        # short) says so: json's own words for it name only a column.
        cut = e.msg.startswith("Unterminated string") or e.pos >= len(text.rstrip())
        tail = f": the {what} ends before the record does (cut short?)" if cut else ""
        raise InputError(source, "bad-json", f"{what} is not JSON ({msg} at {where}){tail}", line) from None
    except ValueError as e:  # a number over Python's 4,300-digit int limit
        raise InputError(
            source, "bad-json", f"{what} holds a number JSON cannot take here ({str(e)[:60]})", line
        ) from None
    except RecursionError:
        raise InputError(source, "bad-json", f"{what} is nested too deeply to parse", line) from None


def capped_lines(f: BinaryIO, cap: int) -> Iterator[tuple[int, bytes | None]]:
    """``(line number, bytes)``; ``None`` for a line over ``cap`` bytes (read past, never
    held whole)."""
    no = 0
    while True:
        raw = f.readline(cap + 1)
        if not raw:
            return
        no += 1
        if len(raw) > cap and not raw.endswith(b"\n"):
            while True:  # skip the rest of the long line
                more = f.readline(1 << 20)
                if not more or more.endswith(b"\n"):
                    break
            yield no, None
            continue
        yield no, raw


def too_large(source: str, cap: int, line: int | None, what: str) -> Skipped:
    return Skipped(
        source, "too-large", f"{what} is over the {cap:,}-byte limit (max_record_bytes)", line
    )


def read_jsonl(inp: Input, head: bytes, options: Options) -> Iterator[Item]:
    stem, cap = inp.stem, options.max_record_bytes
    enc = stream_encoding(head, inp.label)
    dec = _line_decoder(inp, head, enc)
    with inp.open() as f:
        if enc and not enc.startswith("utf-8"):  # UTF-16/32 with a BOM: decoded as a stream
            lines: Iterable[tuple[int, str | None]] = _text_lines(f, enc, cap)
        else:
            lines = ((no, None if raw is None else dec.line(raw, no))
                     for no, raw in capped_lines(f, cap))
        for no, text in lines:
            src = f"{inp.label}:{no}"
            if text is None:
                yield too_large(src, cap, no, "line")
                continue
            if no == 1:
                text = text.removeprefix("\ufeff")
            text = text.rstrip("\r\n")  # the line's own end is no part of its JSON
            if not text.strip():
                continue
            try:
                rec = loads(text, src, no)
            except InputError as e:
                yield Skipped(e.source, e.reason, e.message, e.line)
                continue
            yield from record_items(rec, src, stem, no)
    note = dec.note()
    if note:
        yield Skipped(inp.label, "repaired", note)


def _line_decoder(inp: Input, head: bytes, enc: str | None) -> LineDecoder:
    """A decoder whose legacy encoding is decided on the file's first bytes as a whole
    (:func:`~.decoding.sample_encoding`), not on its first short non-UTF-8 line."""
    if enc or head.isascii() and len(head) < SNIFF:  # a stream codec, or all ASCII
        return LineDecoder(inp.label)
    if len(head) < SNIFF:
        sample, complete = head, True
    else:
        sample, complete = _sample(inp)
    return LineDecoder.for_stream(inp.label, sample_encoding(sample, inp.label, complete))


def _sample(inp: Input) -> tuple[bytes, bool]:
    """The first :data:`STREAM_SAMPLE` bytes and whether they are the whole input. A read
    that fails part way (a gzip past ``max_decompressed_bytes``, cut or damaged data)
    keeps what came before: the reading proper meets the same error after the records
    before it, and reports it there."""
    import zlib

    chunks: list[bytes] = []
    size = 0
    try:
        with inp.open() as f:
            while size <= STREAM_SAMPLE:
                chunk = f.read(1 << 16)
                if not chunk:
                    return b"".join(chunks), True
                chunks.append(chunk)
                size += len(chunk)
    except (InputError, EOFError, zlib.error, OSError):
        pass
    return b"".join(chunks)[:STREAM_SAMPLE], False


def _text_lines(f: BinaryIO, enc: str, cap: int) -> Iterator[tuple[int, str | None]]:
    t = io.TextIOWrapper(f, encoding=enc, errors="replace", newline="")  # type: ignore[arg-type]
    try:
        for no, line in enumerate(t, 1):
            yield no, None if len(line) > cap else line
    finally:
        if not f.closed:  # ``f`` is closed by its owner; a dropped wrapper warned "unclosed file"
            t.detach()


def read_json(inp: Input, head: bytes, options: Options) -> Iterator[Item]:
    src, stem, cap = inp.label, inp.stem, options.max_record_bytes
    data = read_capped(inp, cap, "JSON file (read whole; use JSON Lines to stream)")
    dec = decode_report(data, src)
    text = dec.text
    try:
        parsed = loads(text, src, None, "file")
    except InputError as e:
        if "Extra data" in e.message and text.lstrip().startswith("{"):  # JSONL named .json
            yield from read_jsonl(inp, head, options)
            return
        raise
    if dec.note:
        yield Skipped(src, "repaired", dec.note)
    if isinstance(parsed, dict):
        yield from record_items(parsed, src, stem, None)
        return
    if not isinstance(parsed, list):
        raise InputError(src, "bad-json", "expected a JSON array of records or one record object")
    for i, rec in enumerate(parsed, 1):
        yield from record_items(rec, f"{src}#{i}", stem, None)


def read_capped(inp: Input, cap: int, what: str) -> bytes:
    """The whole input, refused with ``too-large`` past ``cap`` (never read further)."""
    if inp.size is not None and inp.size > cap:
        raise InputError(
            inp.label, "too-large",
            f"{what} is {inp.size:,} bytes, over the {cap:,}-byte limit (max_record_bytes)",
        )
    with inp.open() as f:
        data = f.read(cap + 1)
    if len(data) > cap:
        raise InputError(
            inp.label, "too-large", f"{what} is over the {cap:,}-byte limit (max_record_bytes)"
        )
    return data


# --- CSV -------------------------------------------------------------------------------------


def read_csv(inp: Input, head: bytes, options: Options, delimiter: str = ",") -> Iterator[Item]:
    src, stem, cap = inp.label, inp.stem, options.max_record_bytes
    enc = stream_encoding(head, src)
    delimiter = _delimiter(head.decode(enc or "utf-8", "replace"), delimiter)
    dec = _line_decoder(inp, head, enc)
    too_long: list[int] = []
    # Article bodies exceed csv's default 128 KiB field limit; a row is capped instead.
    csv.field_size_limit(min(cap, 2**31 - 1))
    with inp.open() as f:
        if enc and not enc.startswith("utf-8"):
            lines: Iterator[str] = (ln or "\n" for _, ln in _text_lines(f, enc, cap))
        else:
            lines = _decoded(capped_lines(f, cap), dec, too_long)
        seen = _Seen(lines)  # the text of the row being read, to tell an unclosed quote
        reader = csv.reader(seen, delimiter=delimiter)
        try:
            header = next(reader, None)
        except csv.Error as e:
            raise InputError(src, "bad-csv", f"cannot read the CSV header ({e})") from None
        if not header:
            raise InputError(src, "empty", "CSV file has no header row")
        cols = [h.strip().lower().removeprefix("\ufeff") for h in header]
        if text_columns().isdisjoint(cols):
            shown = ", ".join(c[:40] for c in cols[:8]) + (", …" if len(cols) > 8 else "")
            raise InputError(
                src, "no-text",
                f"CSV header has neither a 'text' nor an 'html' column (its columns: {shown})", 1,
            )
        start = reader.line_num + 1
        seen.text = []
        while True:
            try:
                row = next(reader)
            except StopIteration:
                break
            except csv.Error as e:  # the reader resets and goes on with the next line
                yield Skipped(f"{src}:{start}", "bad-csv", f"cannot parse the row ({e})", start)
                start = reader.line_num + 1
                seen.text = []
                continue
            line, start = start, reader.line_num + 1
            for n in too_long:
                yield too_large(f"{src}:{n}", cap, n, "line")
            too_long.clear()
            text, seen.text = seen.text, []
            if not any(c.strip() for c in row):
                continue
            if _unclosed(text, delimiter):
                yield Skipped(
                    f"{src}:{line}", "bad-csv",
                    "a quoted field is never closed (its quotes do not pair up)"
                    + (f": lines {line}-{line + len(text) - 1} would be one field" if len(text) > 1 else "")
                    + "; check the quoting", line,
                )
                continue
            yield from record_items(dict(zip(cols, row, strict=False)), f"{src}:{line}", stem, line)
    for n in too_long:
        yield too_large(f"{src}:{n}", cap, n, "line")
    note = dec.note()
    if note:
        yield Skipped(src, "repaired", note)


# Separators a spreadsheet writes besides the one its extension implies: ';' where the
# decimal mark is a comma (Excel in most of Europe saves "CSV" so), tab, '|'.
_SEPARATORS = (",", ";", "\t", "|")


def _delimiter(head: str, default: str) -> str:
    """The separator of a CSV/TSV file, read off its header line (``head``: the file's
    first bytes decoded in its encoding, UTF-16 included, as spreadsheet programs save
    "Unicode text"): ``default`` when it splits off a text column, else the first other
    separator that does (a ';'-separated ``.csv`` had been one column named
    'title;text;outlet', every row skipped)."""
    first = head.split("\n", 1)[0].removeprefix("\ufeff")
    cols = text_columns()

    def splits(sep: str) -> bool:
        return not cols.isdisjoint(c.strip().strip('"').strip().lower() for c in first.split(sep))

    if splits(default):
        return default
    return next((sep for sep in _SEPARATORS if sep != default and splits(sep)), default)


class _Seen:
    """Lines passed on to ``csv.reader``, the current row's kept in ``text``."""

    def __init__(self, lines: Iterator[str]):
        self.lines = lines
        self.text: list[str] = []

    def __iter__(self) -> _Seen:
        return self

    def __next__(self) -> str:
        line = next(self.lines)
        self.text.append(line)
        return line


def _unclosed(text: list[str], delimiter: str) -> bool:
    """Whether a row's quotes do not pair up in a way that swallowed text: it ran into
    the end of the file inside a quoted field, or spread over several lines that strict
    parsing refuses. csv's lenient mode takes everything after an unclosed quote as one
    field, silently (the rows after it are lost in it). Paired quotes are an even count,
    so strict parsing runs only on the rare row with an odd one; a stray quote inside one
    line (``He said "hello``) is plain text to both modes and stays."""
    raw = "".join(text)
    if raw.count('"') % 2 == 0:
        return False
    try:
        list(csv.reader(io.StringIO(raw), delimiter=delimiter, strict=True))
    except csv.Error as e:
        return len(text) > 1 or "unexpected end of data" in str(e)
    return False


def _decoded(
    lines: Iterator[tuple[int, bytes | None]], dec: LineDecoder, too_long: list[int]
) -> Iterator[str]:
    for no, raw in lines:
        if raw is None:
            too_long.append(no)
            yield "\n"  # keeps csv's line count; the row is reported as too-large
            continue
        yield dec.line(raw, no)


__all__ = ["parse_record", "read_jsonl", "read_json", "read_csv", "loads", "SNIFF"]
