"""The one table of input formats, and the dispatch every input goes through.

A format is picked by extension (:data:`FORMATS`, in order); a file whose extension
names no format is sniffed from its first bytes (WARC, Parquet, RSS/Atom), else read as
one text or HTML document. A WARC signature wins over any extension. ``.gz`` files are
unpacked as a stream and named by what they hold (``crawl.jsonl.gz`` is JSON Lines).

:func:`read_input` is the dispatch point: files on disk (:mod:`.files`), uploads
(:func:`read_bytes`) and any other byte source (a fetched URL: it only has to build an
:class:`~.source.Input`) all come through it. It never raises for bad input: every
failure, expected or not, is one :class:`~storylens.models.Skipped` row naming the input,
after every item read before it.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from ..errors import InputError
from ..models import RawArticle, Skipped
from ..options import Options
from .decoding import SNIFF
from .markup import FEED_EXT, HTML_EXT, TEXT_EXT, read_document, read_feed, sniff_feed
from .parquet import read_parquet, sniff_parquet
from .records import read_csv, read_json, read_jsonl
from .source import Input, TooLarge, ext_of, from_bytes, gunzipped
from .warc import read_warc, sniff_warc

Item = RawArticle | Skipped
Reader = Callable[[Input, bytes, Options], Iterator[Item]]


@dataclass(frozen=True)
class Format:
    """One input format: the extensions that name it, how to recognise it without one,
    and the reader (``(input, first bytes, options) -> items``)."""

    name: str
    extensions: frozenset[str]
    read: Reader
    sniff: Callable[[bytes], bool] | None = None


FORMATS: tuple[Format, ...] = (
    Format("warc", frozenset({".warc", ".warc.gz"}), read_warc, sniff_warc),
    Format("parquet", frozenset({".parquet"}), read_parquet, sniff_parquet),
    Format("jsonl", frozenset({".jsonl", ".ndjson"}), read_jsonl),
    Format("json", frozenset({".json"}), read_json),
    Format("csv", frozenset({".csv"}), read_csv),
    Format("tsv", frozenset({".tsv"}), partial(read_csv, delimiter="\t")),
    Format("feed", FEED_EXT, read_feed, sniff_feed),
    Format("html", HTML_EXT, read_document),
    Format("text", TEXT_EXT, read_document),
)
DOCUMENT = Format("document", frozenset(), read_document)  # no extension, nothing sniffed
_BY_EXT = {ext: f for f in FORMATS for ext in f.extensions}

# Extensions a directory walk reads (lower-cased; ``.gz`` files by what they unpack to).
# Markdown is included: clipping tools save scraped articles as ``.md``. Old ``.arc``
# archives are not: the WARC reader refuses ARC records.
ARTICLE_EXTENSIONS = frozenset(_BY_EXT)


def pick(name: str, head: bytes) -> Format:
    """The format of an input called ``name`` whose first bytes are ``head``."""
    if sniff_warc(head):
        return _BY_EXT[".warc"]
    ext = ext_of(name)
    fmt = _BY_EXT.get(ext)
    if fmt is not None:
        return fmt
    if ext not in TEXT_EXT | HTML_EXT:
        for f in FORMATS:
            if f.sniff is not None and f.sniff(head):
                return f
    return DOCUMENT


def read_input(inp: Input, options: Options) -> Iterator[Item]:
    """Every item of one input; one ``Skipped`` for whatever stops it (see module doc)."""
    n = 0
    try:
        if inp.size == 0:
            yield Skipped(inp.label, "empty", "file is empty")
            return
        low = inp.name.lower()
        if low.endswith(".gz") and not low.endswith(".warc.gz"):
            inp = gunzipped(inp, options.max_decompressed_bytes)
        with inp.open() as f:
            head = f.read(SNIFF)
        if not head:
            yield Skipped(inp.label, "empty", "file is empty")
            return
        for item in pick(inp.name, head).read(inp, head, options):
            n += 1
            yield item
    except TooLarge as e:
        yield Skipped(e.source, e.reason, _after(n, e.message), e.line)
    except InputError as e:
        yield Skipped(e.source, e.reason, e.message, e.line)
    except (EOFError, zlib.error) as e:
        yield Skipped(inp.label, "bad-gzip", _after(n, f"compressed data is cut or damaged ({type(e).__name__})"))
    except OSError as e:
        if type(e).__name__ == "BadGzipFile":
            yield Skipped(inp.label, "bad-gzip", _after(n, f"not gzip data ({e})"))
        else:
            yield Skipped(inp.label, "unreadable", _after(n, f"cannot read file ({e.strerror or type(e).__name__})"))
    except Exception as e:  # noqa: BLE001 - one hostile input must not stop the run
        why = str(e).splitlines()[0][:160] if str(e) else ""
        yield Skipped(inp.label, "read-failed", _after(n, f"reader failed ({type(e).__name__}{': ' + why if why else ''})"))


def _after(n: int, message: str) -> str:
    return f"{message} (after {n:,} item(s) read)" if n else message


def read_bytes(data: bytes, name: str, options: Options | None = None, label: str | None = None) -> list[Item]:
    """The items of an in-memory file called ``name`` (an upload): same formats, same
    reasons as a file on disk. ``label`` names it in sources (default ``name``)."""
    return list(read_input(from_bytes(data, name, label), options or Options()))
