"""Findings of every stored story as one flat table (``findings.jsonl``).

Findings are not stored: they come from comparing a story's articles, as ``storylens
story`` does. Exporting them therefore compares every story of two or more articles
(cost grows with the number of stories, about what ``story`` takes for each) and writes
one row per finding, with the sentences it points at, so the table can be read without
the store. Kept apart from :mod:`storylens.corpus.export` (the three stored tables).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .options import Options
from .store.base import Store

FINDING_FIELDS = (
    "story_id", "finding", "type", "summary", "confidence", "sources", "outlets",
    "sentences", "texts", "detail",
)


def finding_rows(store: Store, options: Options | None = None, max_articles: int = 12) -> Iterator[dict[str, Any]]:
    """One dict per finding of every story with two or more articles, in story order."""
    from .engines.local.build import compare_story, ensure_stories
    from .report.jsonout import to_json

    options = options or Options()
    ensure_stories(store)
    for story in store.stories():
        if story.size < 2:
            continue
        doc = to_json(compare_story(store, story.id, options, max_articles=max_articles))
        by_id = {a["id"]: a for a in doc["articles"]}
        texts = {s["id"]: s["text"] for a in doc["articles"] for s in a["sentences"]}
        for n, f in enumerate(doc["findings"]):
            arts = sorted({sid.partition(":s")[0] for sid in f["sentences"]})
            yield {
                "story_id": story.id,
                "finding": n,
                "type": f["type"],
                "summary": f["summary"],
                "confidence": f["confidence"],
                # each article by its source (the a1..aN of one comparison mean nothing outside it)
                "sources": [by_id[a]["source"] for a in arts if a in by_id],
                "outlets": [by_id[a]["outlet"] for a in arts if a in by_id],
                "sentences": list(f["sentences"]),
                "texts": [texts.get(sid, "") for sid in f["sentences"]],
                "detail": f["detail"],
            }


def write_findings(store: Store, path: Path, options: Options | None = None, max_articles: int = 12) -> int:
    """Write every story's findings to ``path`` (a new file in the export's folder, which
    ``export_store`` renames into place with the tables); returns the row count."""
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for row in finding_rows(store, options, max_articles):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def export_findings(store: Store, out_dir: str | Path, options: Options | None = None, max_articles: int = 12) -> tuple[Path, int]:
    """Write ``findings.jsonl`` alone into ``out_dir``; returns the path and the row count.
    (``storylens export --findings`` writes it with the tables, in one atomic write:
    ``export_store(..., findings=True)``.)"""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    path = out / "findings.jsonl"
    tmp = out / ".findings.jsonl.tmp"
    n = write_findings(store, tmp, options, max_articles)
    tmp.replace(path)  # a crash mid-way leaves the old file, never half a new one
    return path, n
