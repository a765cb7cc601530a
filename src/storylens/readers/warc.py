"""WARC archives (``.warc``, ``.warc.gz``): HTML response records, streamed.

A record is read up to ``max_record_bytes`` of payload (the rest is passed over, never
held); the archive as a whole has no size cap, only ``max_decompressed_bytes`` on what
its records declare. A record whose header cannot be read (a cut file, junk, a
``Content-Length`` no file can hold) ends the archive with one ``bad-warc`` row naming
the record, after every record before it; a record shorter than its ``Content-Length``
(a truncated file) is one ``bad-warc`` row too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from ..errors import InputError
from ..models import RawArticle, Skipped
from ..options import Options
from .decoding import decode
from .markup import from_html
from .source import Input

Item = RawArticle | Skipped


def sniff_warc(head: bytes) -> bool:
    return head.startswith(b"WARC/")


def read_warc(inp: Input, head: bytes, options: Options) -> Iterator[Item]:
    from warcio.archiveiterator import ArchiveIterator

    label, stem, cap = inp.label, inp.stem, options.max_record_bytes
    n = total = declared = 0
    with inp.open() as f:
        records = iter(ArchiveIterator(f))
        while True:
            try:
                rec = next(records)
            except StopIteration:
                break
            except Exception as e:  # noqa: BLE001 - warcio raises many kinds on junk
                yield _broken(label, total, e)
                return
            total += 1
            try:
                if rec.rec_type is None or not str(rec.format).startswith("warc"):
                    # warcio reads junk leniently as ARC or untyped records
                    raise InputError(label, "bad-warc", "malformed record header")
                declared += rec.length or 0
                if declared > options.max_decompressed_bytes:
                    yield Skipped(
                        label, "too-large",
                        f"records past #{total - 1} declare more than the "
                        f"{options.max_decompressed_bytes:,}-byte limit (max_decompressed_bytes);"
                        " the rest of the file was not read",
                    )
                    return
                if rec.rec_type != "response":
                    continue
                ctype = (
                    (rec.http_headers.get_header("Content-Type") or "") if rec.http_headers else ""
                )
                if "html" not in ctype.lower():
                    continue
                n += 1
                src = f"{label}#{n}"
                payload = rec.content_stream().read(cap + 1)
                if len(payload) > cap:
                    yield Skipped(src, "too-large",
                                  f"response body is over the {cap:,}-byte limit (max_record_bytes)")
                    continue
                if getattr(rec.raw_stream, "limit", 0) > 0:
                    yield Skipped(
                        src, "bad-warc",
                        f"record #{total} is cut short ({rec.raw_stream.limit:,} bytes missing):"
                        " the file is truncated",
                    )
                    return
                uri = rec.rec_headers.get_header("WARC-Target-URI")
                date = rec.rec_headers.get_header("WARC-Date")
                try:
                    art = from_html(_decode_payload(payload, ctype, src), src, {"url": uri}, stem)
                except InputError as e:
                    yield Skipped(e.source, e.reason, e.message, e.line)
                    continue
                if not art.published and date:
                    art = replace(art, published=date)
                yield art
            except InputError as e:
                if total == 1:
                    raise InputError(label, "bad-warc", f"not a readable WARC file ({e.message})") from None
                yield Skipped(label, "bad-warc", f"record #{total}: {e.message}; the rest was not read")
                return
            except Exception as e:  # noqa: BLE001
                yield _broken(label, total - 1, e)
                return
    if total == 0:
        yield Skipped(label, "bad-warc", "no WARC records found (empty or truncated archive)")
    elif n == 0:
        yield Skipped(label, "no-article", "no HTML response records in the WARC file")


def _broken(label: str, good: int, e: BaseException) -> Skipped:
    why = f"{type(e).__name__}: {str(e).splitlines()[0][:100]}" if str(e) else type(e).__name__
    if good == 0:
        return Skipped(label, "bad-warc", f"not a readable WARC file ({why})")
    return Skipped(
        label, "bad-warc",
        f"record #{good + 1} unreadable ({why}); the {good:,} record(s) before it were read,"
        " the rest of the file was not",
    )


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
