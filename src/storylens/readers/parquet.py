"""Parquet files of records (the columns :func:`~.records.parse_record` reads), through
pyarrow (the optional ``parquet`` extra). One reader for both engines: the local path
reads a file batch by batch; Spark gives each task one row group (:func:`row_groups`,
:func:`iter_row_group`), and an item's ``:ROW`` source is the same either way.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..errors import InputError, MissingExtra
from ..models import RawArticle, Skipped
from ..options import Options
from .records import record_items, too_large
from .source import Input

Item = RawArticle | Skipped
_BATCH = 1024  # rows decoded at once: memory stays flat on a large row group


def sniff_parquet(head: bytes) -> bool:
    return head.startswith(b"PAR1")


def _pq():
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise MissingExtra("parquet", "pyarrow", "Reading Parquet input") from None
    return pq


def row_groups(path: str) -> list[int]:
    """Rows in each row group of ``path``; ``[]`` when its footer cannot be read."""
    try:
        md = _pq().ParquetFile(path).metadata
        return [md.row_group(i).num_rows for i in range(md.num_row_groups)]
    except MissingExtra:
        raise
    except Exception:  # noqa: BLE001 - reported per item by iter_row_group
        return []


def iter_row_group(
    source: Any, label: str, stem: str, group: int | None, first_row: int, options: Options
) -> Iterator[Item]:
    """Records of one row group (``group`` None: every group); ``source`` is a path or a
    seekable binary file. Never raises for bad input."""
    pq = _pq()
    if group is not None and group < 0:
        yield Skipped(label, "bad-parquet", "not a readable Parquet file (bad footer)")
        return
    try:
        pf = pq.ParquetFile(source)
    except Exception as e:  # noqa: BLE001
        yield Skipped(label, "bad-parquet", f"not a readable Parquet file ({type(e).__name__})")
        return
    line = first_row
    try:
        batches = pf.iter_batches(batch_size=_BATCH, row_groups=None if group is None else [group])
        for batch in batches:
            for rec in batch.to_pylist():
                line += 1
                src = f"{label}:{line}"
                big = _oversize(rec, options.max_record_bytes)
                if big:
                    yield too_large(src, options.max_record_bytes, line, f"field '{big}'")
                    continue
                yield from record_items(rec, src, stem, line)
    except Exception as e:  # noqa: BLE001 - a damaged page ends this group with a reason
        where = f"row group {group}" if group is not None else f"rows after {line - first_row:,}"
        yield Skipped(label, "bad-parquet", f"{where} unreadable ({type(e).__name__})")


def _oversize(rec: Any, cap: int) -> str | None:
    if isinstance(rec, dict):
        for key in ("text", "html"):
            v = rec.get(key)
            if isinstance(v, str) and len(v) > cap:
                return key
    return None


def read_parquet(inp: Input, head: bytes, options: Options) -> Iterator[Item]:
    if inp.compressed:
        raise InputError(inp.label, "unsupported", "a compressed Parquet file cannot be read")
    with inp.open() as f:
        yield from iter_row_group(f, inp.label, inp.stem, None, 0, options)
