"""The ``storylens.compare/1`` JSON document: a Comparison as plain JSON values.

The shape is fixed by ``schema/compare-1.json`` (documented in ``docs/json-schema.md``);
the HTML report embeds the same document, so the web UI and ``--json`` users read one format.
"""

from __future__ import annotations

import dataclasses
import json
import math
from typing import Any

from ..models import (
    Alignment,
    Comparison,
    Document,
    Finding,
    Link,
    PairDiff,
    Provenance,
    Removed,
    Skipped,
)

SCHEMA_ID = "storylens.compare/1"
SCHEMA_FILE = "compare-1.json"


def to_json(comparison: Comparison, timings: bool = False) -> dict[str, Any]:
    """The comparison as a JSON-ready dict (only dict/list/str/int/float/bool/None inside).

    Stage ``timings`` differ on every run, so they are left out unless asked for: the
    same input then gives byte-identical JSON (diffable, cacheable, testable).
    """
    texts = {d.id: d.article.text for d in comparison.documents}
    doc = {
        "schema": SCHEMA_ID,
        "generated_by": f"storylens {_version()}",
        "articles": [_article(d) for d in comparison.documents],
        "alignments": [_alignment(a) for a in comparison.alignments],
        "unique": list(comparison.unique),
        "provenance": _provenance(comparison.provenance),
        "findings": [_finding(f, texts) for f in comparison.findings],
        "skipped": [_skipped(s) for s in comparison.skipped],
        "coverage": _coverage(comparison),
    }
    if comparison.links:  # optional (Options.secondary_links): absent when there are none
        doc["links"] = [_link(ln) for ln in comparison.links]
    if timings:
        doc["timings"] = {str(k): _number(v) for k, v in comparison.timings.items()}
    return doc


def _coverage(comparison: Comparison) -> dict[str, Any] | None:
    """The per-outlet coverage summary (``findings.summary``; None when there is
    nothing to summarise). Imported here, not at module top, to keep start-up light."""
    from ..findings.summary import coverage_summary

    return _plain(coverage_summary(comparison))


def load_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every :func:`to_json` document satisfies."""
    from importlib import resources  # only here: ~7 ms of every --json run otherwise

    text = resources.files("storylens").joinpath("schema", SCHEMA_FILE).read_text("utf-8")
    return json.loads(text)


def _version() -> str:
    from .. import __version__

    return __version__


def _article(doc: Document) -> dict[str, Any]:
    a = doc.article
    bad = a.published_issue
    return {
        "id": a.id,
        "source": a.source,
        "outlet": a.outlet,
        "title": a.title,
        "published": a.published,
        # an optional key of storylens.compare/1, only where the date given cannot be used
        # as one (``published`` is then null): what was given and why
        **({"published_issue": {"issue": bad.issue, "raw": bad.raw, "message": bad.message}}
           if bad is not None else {}),
        "author": a.author,
        "url": a.url,
        "credits": list(a.credits),
        "text": a.text,
        "removed": [_removed(r) for r in a.removed],
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end} for b in a.blocks],
        "sentences": [
            {"id": s.id, "start": s.start, "end": s.end, "text": s.text, "block": s.block}
            for s in doc.sentences
        ],
    }


def _removed(r: Removed) -> dict[str, Any]:
    """A removed line; ``page`` (only when true) marks a block HTML extraction left out,
    whose ``line`` 0 is no line of the text (the first line is 0 too)."""
    out: dict[str, Any] = {"text": r.text, "reason": r.reason, "line": r.line}
    if r.page:
        out["page"] = True
    return out


def _alignment(al: Alignment) -> dict[str, Any]:
    out: dict[str, Any] = {
        "kind": al.kind,
        "sentences": list(al.sentences),
        "similarity": _number(al.similarity),
        "diff": [_pair_diff(d) for d in al.diffs],
    }
    if al.copies:  # an optional key of storylens.compare/1: a paraphrase group's copied cores
        out["copies"] = [list(core) for core in al.copies]
    return out


def _link(ln: Link) -> dict[str, Any]:
    return {"a": ln.a, "b": ln.b, "kind": ln.kind, "similarity": _number(ln.similarity)}


def _pair_diff(d: PairDiff) -> dict[str, Any]:
    return {
        "a": d.a,
        "b": d.b,
        "ops": [{"tag": op.tag, "a": op.a, "b": op.b} for op in d.ops],
        "kept": d.kept,
        "inserted": d.inserted,
        "deleted": d.deleted,
        "substituted": d.substituted,
    }


def _provenance(p: Provenance) -> dict[str, Any]:
    return {
        "overlap": {
            str(a): {str(b): _number(v) for b, v in row.items()} for a, row in p.overlap.items()
        },
        "source": p.source,
        "scores": {str(k): _number(v) for k, v in p.scores.items()},
        "explanation": p.explanation,
        "warning": p.warning,
        # only where the warning named an article apart from the others: outputs without one
        # are unchanged
        **({"left_out": {"articles": list(p.left_out.articles), "types": list(p.left_out.types),
                         "count": p.left_out.count, "by_type": dict(p.left_out.by_type),
                         "reason": p.left_out.reason,
                         # (s27) the split's groups, only where there is one
                         **({"groups": [list(g) for g in p.left_out.groups]} if p.left_out.groups else {})}}
           if p.left_out is not None else {}),
    }


def _finding(f: Finding, texts: dict[str, str]) -> dict[str, Any]:
    return {
        "type": f.type,
        "sentences": list(f.sentences),
        "summary": f.summary,
        "detail": _plain(dict(f.detail)),
        "confidence": _number(f.confidence),
        "spans": [{"sentence": s.sentence, "start": s.start, "end": s.end} for s in f.spans],
        "evidence": _evidence(f, texts),
    }


def _evidence(f: Finding, texts: dict[str, str]) -> dict[str, Any]:
    """Why the finding fired, in one place: the rule id and score its finder recorded in
    ``detail`` and the exact words of each span, so a reader can check it without
    re-deriving offsets."""
    score = f.detail.get("score")
    return {
        "rule": str(f.detail.get("rule") or f.type),
        "score": _number(score) if isinstance(score, int | float) and not isinstance(score, bool) else None,
        "words": [
            {"sentence": s.sentence, "text": texts.get(s.sentence.partition(":s")[0], "")[s.start:s.end]}
            for s in f.spans
        ],
    }


def _skipped(s: Skipped) -> dict[str, Any]:
    return {"source": s.source, "reason": s.reason, "message": s.message, "line": s.line}


def _number(v: Any) -> float | int:
    """numpy scalars become Python numbers; NaN/inf are not JSON and mean an upstream bug."""
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, int):
        return v
    f = float(v)
    if not math.isfinite(f):
        raise ValueError(f"cannot write {f!r} to storylens.compare/1: not a finite number")
    return f


def _plain(v: Any) -> Any:
    """Finding details are free-form: make them JSON values (tuples → lists, records → dicts)."""
    if v is None or isinstance(v, (str, bool, int)):
        return v
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if isinstance(v, (set, frozenset)):
        return sorted((_plain(x) for x in v), key=repr)
    if dataclasses.is_dataclass(v) and not isinstance(v, type):
        return _plain(dataclasses.asdict(v))
    if hasattr(v, "item"):  # numpy scalar
        return _plain(v.item())
    return str(v)


__all__ = ["SCHEMA_ID", "load_schema", "to_json"]
