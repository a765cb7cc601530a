"""Files, folders, uploads and records -> :class:`RawArticle` or :class:`Skipped`.

One table of formats (:data:`~.formats.FORMATS`: plain text in any encoding, HTML, JSON
Lines, JSON, CSV/TSV, WARC, RSS/Atom feeds, Parquet; ``.gz`` of any of them), one
dispatch (:func:`~.formats.read_input`) for files on disk (:func:`iter_path`) and bytes
in memory (:func:`read_bytes`, used by web uploads), and one record parser
(:func:`~.records.record_items`, the article and a ``repaired`` row for a date field with
no date; :func:`parse_record` its article alone) that both engines use. Nothing here raises for bad input: one bad
file, line, row or record becomes a :class:`Skipped` with a reason code and the rest
go on. Limits (``Options.max_record_bytes``, ``max_decompressed_bytes``) are per record
and per unpacked stream; record files are streamed with no whole-file cap
(docs/limits.md).

Reason codes: ``missing``, ``unreadable`` (I/O error, dangling symlink, FIFO, device),
``empty`` (an empty file, or a folder with no file in it), ``too-large``, ``binary``, ``undecodable``, ``no-article`` (HTML with no
article text), ``bad-json``, ``bad-field`` (a field of the wrong type: ``"text": [..]``),
``bad-record``, ``no-text`` (a record with neither ``text`` nor ``html``), ``bad-csv``,
``bad-warc``, ``bad-feed``, ``bad-parquet``, ``bad-gzip``, ``read-failed`` (anything
else a reader raised), ``unsupported`` (a file met in a folder whose extension is not an
article format), ``outside-folder`` (a symlink in a folder leading out of it),
``symlink-folder``. ``repaired`` is not a loss: the article was read, and the row names
the lines whose bytes were not valid UTF-8 and how they were read, or a record's date
field that held no date (the article was read without one).
"""

from __future__ import annotations

from .decoding import decode, label
from .files import empty_folder, iter_files, iter_path, read_inputs, unsupported
from .formats import ARTICLE_EXTENSIONS, FORMATS, Format, read_bytes, read_input
from .markup import fragment_text
from .records import parse_record
from .source import Input

__all__ = [
    "ARTICLE_EXTENSIONS",
    "FORMATS",
    "Format",
    "Input",
    "decode",
    "empty_folder",
    "fragment_text",
    "iter_files",
    "iter_path",
    "label",
    "parse_record",
    "read_bytes",
    "read_input",
    "read_inputs",
    "unsupported",
]
