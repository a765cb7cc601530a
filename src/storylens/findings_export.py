"""Findings of every stored story as one flat table (``findings.jsonl``).

Findings are not stored: they come from comparing a story's articles, as ``storylens
story`` does. Exporting them therefore compares every story of two or more articles
(cost grows with the number of stories, about what ``story`` takes for each) and writes
one row per finding, with the sentences it points at, so the table can be read without
the store. Kept apart from :mod:`storylens.corpus.export` (the three stored tables).

A story the warning names articles of (``provenance.story_warning``: may be about another
story, or stories run as one) has one row more, before its findings, of type
:data:`WARNING_ROW` (``finding`` null): the warning, and the findings left out for it
(``Provenance.left_out``: how many of each kind, whom they set against whom, why), so
that an analyst who reads only this table sees what is missing and why (s27: it was
dropped with no note).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from .options import Options
from .store.base import Store

# The type of a story's warning row (see the module's docstring); not a finding type.
WARNING_ROW = "story_warning"

FINDING_FIELDS = (
    "story_id", "finding", "type", "summary", "confidence", "sources", "outlets",
    "sentences", "texts", "detail",
)


def finding_rows(store: Store, options: Options | None = None, max_articles: int = 12) -> Iterator[dict[str, Any]]:
    """One dict per finding of every story with two or more articles, in story order, each
    story's warning row (:func:`warning_row`) first where it has one."""
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
        if (note := warning_row(story.id, doc, by_id)) is not None:
            yield note
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


def warning_row(story_id: int, doc: dict[str, Any], by_id: dict[str, dict]) -> dict[str, Any] | None:
    """The story's warning row, or ``None`` without a warning: ``summary`` the warning as the
    comparison words it, ``sources``/``outlets`` the articles it names (the left-out record's,
    else every article), ``detail.left_out`` the left-out record with each article by its
    source (the a1..aN of one comparison mean nothing outside it), and, with
    ``detail.left_out.line``, the line the terminal report prints (articles by source)."""
    from .models import LeftOut
    from .report.terminal import left_out_line

    p = doc["provenance"]
    if not p.get("warning"):
        return None
    lo = p.get("left_out")
    named = list(lo["articles"]) if lo else list(by_id)

    def src(a: str) -> str:
        return by_id[a]["source"] if a in by_id else a

    detail: dict[str, Any] = {}
    if lo:
        record = LeftOut(tuple(src(a) for a in lo["articles"]), tuple(lo["types"]), lo["count"],
                         dict(lo["by_type"]), lo["reason"],
                         tuple(tuple(src(a) for a in g) for g in lo.get("groups", ())))
        detail["left_out"] = {
            "count": lo["count"], "by_type": dict(lo["by_type"]), "types": list(lo["types"]),
            "articles": [src(a) for a in lo["articles"]],
            **({"groups": [[src(a) for a in g] for g in lo["groups"]]} if lo.get("groups") else {}),
            "reason": lo["reason"],
            "line": left_out_line(SimpleNamespace(left_out=record)),
        }
    return {
        "story_id": story_id,
        "finding": None,
        "type": WARNING_ROW,
        "summary": p["warning"],
        "confidence": None,
        "sources": [src(a) for a in named],
        "outlets": [by_id[a]["outlet"] for a in named if a in by_id],
        "sentences": [],
        "texts": [],
        "detail": detail,
    }


def story_warnings(store: Store, story_ids: list[int], options: Options | None = None,
                   max_articles: int = 12) -> dict[int, dict[str, Any] | None]:
    """Per story of ``story_ids``, its warning row (:func:`warning_row`: the warning as the
    comparison words it and the articles it names by source), or ``None`` where the story
    has fewer than two articles or no warning. Each story is compared as ``storylens story``
    compares it (about as long on each): the warning is no stored property of a story
    (s28: ``storylens stories --warnings``, so that a list of stories shows which may hold
    another event)."""
    from .engines.local.build import compare_story
    from .report.jsonout import to_json

    options = options or Options()
    out: dict[int, dict[str, Any] | None] = {}
    for sid in story_ids:
        if store.story(sid).size < 2:
            out[sid] = None
            continue
        doc = to_json(compare_story(store, sid, options, max_articles=max_articles))
        out[sid] = warning_row(sid, doc, {a["id"]: a for a in doc["articles"]})
    return out


def write_findings(store: Store, path: Path, options: Options | None = None, max_articles: int = 12) -> int:
    """Write every story's findings to ``path`` (a new file in the export's folder, which
    ``export_store`` renames into place with the tables); returns the count of findings
    (warning rows, :data:`WARNING_ROW`, not counted)."""
    n = 0
    with path.open("w", encoding="utf-8") as f:
        for row in finding_rows(store, options, max_articles):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += row["type"] != WARNING_ROW
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
