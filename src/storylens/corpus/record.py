"""One raw record in, one cleaned record (or the reason it was skipped) out.

Both engines clean through :func:`clean_record`: the local ingest in its process pool and
the Spark job in its partitions, so an article is cleaned the same way wherever it runs.
The result is a small frozen dataclass of plain values (cheap to pickle back from a worker)
holding what the store keeps besides the raw input: the identity, the clean text and what
the cleaner removed (as the JSON columns the store writes).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from ..errors import InputError, StorylensError
from ..models import RawArticle, Removed, Skipped
from ..options import Options


@dataclass(frozen=True, slots=True)
class CleanedRecord:
    """A record the cleaner kept: the stored article's cleaned columns."""

    content_hash: str
    outlet: str
    clean_text: str
    title: str | None
    published: str | None
    author: str | None
    url: str | None
    record_id: str | None
    credits: tuple[str, ...]
    removed_json: str  # [[text, reason, line], ...] of the removed lines
    blocks_json: str  # [[kind, start, end], ...] of the kept blocks


def clean_record(raw: RawArticle, options: Options) -> CleanedRecord | Skipped:
    """Clean one raw record; never raises for a bad record (one odd page must not stop a
    million-article run): a record the cleaner refuses or empties is a :class:`Skipped`
    naming its source and the reason."""
    from ..budget import OverBudget, time_budget
    from ..clean import clean_article, is_blank
    from ..store.base import content_hash

    try:
        with time_budget(options.article_seconds):
            art = clean_article(raw, "a1", options)
    except OverBudget as e:  # one slow article costs one skip row, never the worker
        return Skipped(raw.source, "too-slow", f"cleaning {e} (the per-article budget); skipped", raw.line)
    except InputError as e:
        return Skipped(raw.source, e.reason, e.message, raw.line if e.line is None else e.line)
    except StorylensError as e:
        return Skipped(raw.source, "unusable", str(e), raw.line)
    except Exception as e:  # noqa: BLE001 - a cleaner bug on one page skips that page only
        return Skipped(raw.source, "clean-failed", f"cleaner failed: {type(e).__name__}: {e}", raw.line)
    if is_blank(art.text):
        return Skipped(raw.source, "empty", "no article text left after cleaning", raw.line)
    return CleanedRecord(
        content_hash=content_hash(art.text, raw.source, art.url, art.record_id),
        outlet=art.outlet,
        clean_text=art.text,
        title=art.title,
        published=art.published,
        author=art.author,
        url=art.url,
        record_id=art.record_id,
        credits=tuple(art.credits),
        removed_json=removed_to_json(art.removed),
        blocks_json=json.dumps([[b.kind, b.start, b.end] for b in art.blocks]),
    )


def removed_to_json(removed: Iterable[Removed]) -> str:
    """The store's ``removed_json``: ``[text, reason, line]`` per removed line, with a
    fourth item ``"page"`` for a block HTML extraction left out (:attr:`Removed.page`)."""
    return json.dumps(
        [[r.text, r.reason, r.line, "page"] if r.page else [r.text, r.reason, r.line] for r in removed],
        ensure_ascii=False,
    )


def removed_from_json(data: str) -> tuple[Removed, ...]:
    """:func:`removed_to_json` read back (rows stored before ``"page"`` have three items)."""
    return tuple(Removed(t, r, n, page="page" in rest) for t, r, n, *rest in json.loads(data))


def clean_records(raws: list[RawArticle], options: Options) -> list[CleanedRecord | Skipped]:
    """:func:`clean_record` over a chunk (what one worker task or one Spark batch cleans)."""
    return [clean_record(raw, options) for raw in raws]


__all__ = ["CleanedRecord", "clean_record", "clean_records"]
