"""Export a store as flat tables: articles, duplicate groups, stories, skipped inputs.

Parquet through pyarrow (the optional ``parquet`` extra, imported only here and only when
asked) or JSON Lines with no dependency. Articles stream out in row groups, so memory
stays flat for a store of millions of articles. Groups and stories are written one row
per member (``group_id, article_id, ...``): flat tables that load straight into pandas,
DuckDB or Spark and join on ``article_id``. ``skipped`` lists every input the store did
not keep (``source, reason, message, line``): the one place a user sees them all, since
the ingest summary names only a few per reason.

Writing is atomic: the tables (and ``findings.jsonl`` when asked for) go into a new hidden
sibling folder, which is renamed into place when all are complete. A full disk or a kill leaves the old export (or none)
and no cut file. An existing ``OUT`` is refused unless ``overwrite`` (as the Spark job
does), a symlink ``OUT`` always (the export never writes through a link), and an existing
``OUT`` that is not a folder always.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ...errors import MissingExtra, StoreError
from ...store.base import Store

Format = Literal["parquet", "jsonl", "auto"]

# 10,000 articles of a few KB each: a row group of tens of MB, the size Parquet readers
# like, and the most this export holds in memory at once.
ROW_GROUP = 10_000

ARTICLE_FIELDS = (
    "id", "content_hash", "source", "record_id", "url", "outlet", "title", "published",
    "author", "clean_text", "raw_text", "raw_html", "removed_json", "blocks_json", "credits",
    "published_raw", "published_issue",
)
# Typed timestamps (UTC, seconds) in Parquet, so DuckDB/Spark/pandas read dates, not text;
# JSON Lines keeps the same values as ISO 8601 strings.
TIMESTAMPS = frozenset({"published", "first_published", "last_published"})
GROUP_FIELDS = ("group_id", "kind", "canonical", "group_similarity", "article_id", "similarity", "position")
STORY_FIELDS = ("story_id", "label", "first_published", "last_published", "article_id", "position")
SKIPPED_FIELDS = ("source", "reason", "message", "line")


@dataclass(frozen=True)
class ExportResult:
    format: str
    files: tuple[Path, ...]
    articles: int
    groups: int
    stories: int
    skipped: int = 0
    findings: int | None = None  # rows of findings.jsonl, None when not asked for


class ExportExists(StoreError):
    """The export folder exists and ``overwrite`` was not given (or it cannot be replaced)."""


def check_target(out_dir: str | Path, overwrite: bool = False) -> Path:
    """The export folder, refused before any work when it may not be written (module doc)."""
    out = Path(out_dir)
    if out.is_symlink():
        raise ExportExists(f"{out} is a symlink; storylens does not write through links (give a real folder)")
    if out.exists():
        if not out.is_dir():
            raise ExportExists(f"{out} exists and is not a folder")
        if not overwrite and any(out.iterdir()):
            raise ExportExists(f"{out} already exists; pass --overwrite to replace it (the old export is kept until the new one is complete)")
    return out


def export_store(
    store: Store, out_dir: str | Path, fmt: Format = "auto", overwrite: bool = False,
    findings: bool = False,
) -> ExportResult:
    """Write ``articles``, ``groups``, ``stories`` and ``skipped`` files into ``out_dir``,
    atomically; with ``findings``, ``findings.jsonl`` too, inside the same atomic write
    (every story compared: :mod:`storylens.findings_export`), so a kill while comparing
    leaves the old export whole, never new tables beside old or no findings.

    ``auto`` picks Parquet when pyarrow is installed and JSON Lines otherwise; asking for
    ``parquet`` without pyarrow is a :class:`~storylens.errors.MissingExtra` error.
    """
    if fmt not in ("parquet", "jsonl", "auto"):
        raise StoreError(f"unknown export format {fmt!r} (use parquet or jsonl)")
    pa = None
    if fmt in ("parquet", "auto"):
        try:
            import pyarrow as pa  # noqa: F811
        except ImportError:
            if fmt == "parquet":
                raise MissingExtra("parquet", "pyarrow", "Parquet export") from None
    fmt = "parquet" if pa is not None else "jsonl"
    out = check_target(out_dir, overwrite)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}.tmp-", dir=out.parent))
    write = _write_parquet if fmt == "parquet" else _write_jsonl
    names = []
    try:
        for name, fields, rows in (
            ("articles", ARTICLE_FIELDS, _article_rows(store)),
            ("groups", GROUP_FIELDS, _group_rows(store)),
            ("stories", STORY_FIELDS, _story_rows(store)),
            ("skipped", SKIPPED_FIELDS, _skipped_rows(store)),
        ):
            write(tmp / f"{name}.{fmt}", fields, rows)
            names.append(f"{name}.{fmt}")
        n_findings = None
        if findings:
            from ...findings_export import write_findings

            n_findings = write_findings(store, tmp / "findings.jsonl")
            names.append("findings.jsonl")
        os.chmod(tmp, 0o777 & ~_umask())  # mkdtemp makes it 0700; a plain folder is wanted
        _move_into_place(tmp, check_target(out, overwrite))
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    c = store.counts()
    return ExportResult(fmt, tuple(out / n for n in names), c.articles, c.groups, c.stories, c.skipped,
                        n_findings)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _move_into_place(tmp: Path, out: Path) -> None:
    """Rename ``tmp`` to ``out``; an old ``out`` is moved aside first and deleted after."""
    if not out.exists():
        os.rename(tmp, out)
        return
    old = out.parent / f".{out.name}.old-{tmp.name.rsplit('-', 1)[-1]}"
    os.rename(out, old)
    try:
        os.rename(tmp, out)
    except BaseException:
        os.rename(old, out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _article_rows(store: Store) -> Iterator[tuple]:
    for a in store.iter_articles():
        yield (
            a.id, a.content_hash, a.source, a.record_id, a.url, a.outlet, a.title, a.published,
            a.author, a.clean_text, a.raw_text, a.raw_html, a.removed_json, a.blocks_json,
            list(a.credits), a.published_raw, a.published_issue,
        )


def _group_rows(store: Store) -> Iterator[tuple]:
    for g in store.groups():
        for i, m in enumerate(g.members):
            yield (g.id, g.kind, g.canonical, g.similarity, m.article_id, m.similarity, i)


def _story_rows(store: Store) -> Iterator[tuple]:
    for s in store.stories():
        for i, a in enumerate(s.article_ids):
            yield (s.id, s.label, s.first_published, s.last_published, a, i)


def _skipped_rows(store: Store) -> Iterator[tuple]:
    for r in store.iter_skipped():
        yield (r.source, r.reason, r.message, r.line)


def _write_jsonl(path: Path, fields: tuple[str, ...], rows: Iterator[tuple]) -> int:
    n = 0
    with path.open("x", encoding="utf-8") as f:  # "x": a new file, never through a link
        for row in rows:
            f.write(json.dumps(dict(zip(fields, row, strict=True)), ensure_ascii=False) + "\n")
            n += 1
    return n


def _schema(fields: tuple[str, ...]):
    import pyarrow as pa

    ints = {"id", "group_id", "canonical", "article_id", "position", "story_id", "line"}
    floats = {"group_similarity", "similarity"}
    cols = []
    for f in fields:
        if f in ints:
            cols.append(pa.field(f, pa.int64()))
        elif f in floats:
            cols.append(pa.field(f, pa.float64()))
        elif f in TIMESTAMPS:
            cols.append(pa.field(f, pa.timestamp("s", tz="UTC")))
        elif f == "credits":
            cols.append(pa.field(f, pa.list_(pa.string())))
        else:
            cols.append(pa.field(f, pa.string()))
    return pa.schema(cols)


def _write_parquet(path: Path, fields: tuple[str, ...], rows: Iterator[tuple]) -> int:
    import pyarrow.parquet as pq

    schema = _schema(fields)
    n = 0
    with pq.ParquetWriter(str(path), schema, compression="zstd") as writer:
        buf: list[tuple] = []
        for row in rows:
            buf.append(row)
            n += 1
            if len(buf) >= ROW_GROUP:
                writer.write_table(_table(buf, schema))
                buf = []
        if buf or n == 0:
            writer.write_table(_table(buf, schema))
    return n


def _table(rows: list[tuple], schema):
    import pyarrow as pa

    cols = list(zip(*rows, strict=True)) if rows else [[] for _ in schema]
    arrays = [
        pa.array([_instant(v) for v in c] if f.name in TIMESTAMPS else list(c), type=f.type)
        for c, f in zip(cols, schema, strict=True)
    ]
    return pa.Table.from_arrays(arrays, schema=schema)


def _instant(value: str | None):
    """A stored date as an aware datetime; None when absent or not a date (a store written
    before dates were normalised may still hold raw text)."""
    from datetime import datetime

    from ...dates import parse_published

    utc = parse_published(value).utc
    return datetime.fromisoformat(utc.replace("Z", "+00:00")) if utc else None
