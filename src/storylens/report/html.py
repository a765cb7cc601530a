"""One self-contained HTML report: inline CSS and JS, no external loads, opens offline.

The templates in ``storylens/templates`` (a base layout and ``_*.html`` partials) are
shared with the web UI, which renders the same :func:`context` from the same
``storylens.compare/1`` document. Autoescape is on for every template; the only
unescaped values are our own CSS/JS files and the embedded JSON, which is made safe
for a ``<script>`` element by :func:`script_json`.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from ..dates import published_day
from ..models import Comparison
from . import FINDING_TITLES, TOO_LITTLE
from .jsonout import to_json

# Only these schemes become clickable links; anything else (javascript:, data:, ...) is
# shown as plain text.
LINK_SCHEMES = frozenset({"http", "https"})
# Escapes that keep JSON valid while making "</script>", "<!--" and "&" inert inside a
# <script> element (the same set Django's json_script uses).
_SCRIPT_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}


def render_html(comparison: Comparison, label: str | None = None) -> str:
    """The whole report as one HTML document (a string); ``label``: the stored story's
    label, when the comparison is a stored story's (:func:`story_headline`)."""
    return environment().get_template("report.html").render(**context(to_json(comparison), label))


@lru_cache(maxsize=1)
def environment() -> Environment:
    """The Jinja2 environment over the packaged templates (autoescape always on)."""
    env = Environment(
        loader=PackageLoader("storylens", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["pct"] = lambda v: "" if v is None else f"{v:.0%}"
    env.filters["day"] = published_day
    env.filters["credit_labels"] = _credit_labels
    env.globals["too_little"] = TOO_LITTLE  # shared with the terminal report
    return env


def _credit_labels(a: dict[str, Any]) -> list[str]:
    """An article's credits as the terminal lists them ("(photo)" after one read only on
    a picture line), from its JSON form (``storylens.compare/1``'s ``articles[]``)."""
    from ..findings.source import credit_labels
    from ..models import Article, Removed

    article = Article(a["id"], a.get("source") or "", a["outlet"], a.get("text") or "",
                      credits=tuple(a.get("credits") or ()),
                      removed=tuple(Removed(r["text"], r["reason"], r.get("line", 0))
                                    for r in a.get("removed") or ()))
    return credit_labels(article)


def script_json(value: Any) -> Markup:
    """JSON for a ``<script type="application/json">`` element: ``<``, ``>``, ``&`` escaped."""
    text = json.dumps(value, ensure_ascii=False, allow_nan=False).translate(_SCRIPT_ESCAPES)
    return Markup(text)


def safe_url(url: str | None) -> str | None:
    """The URL if it is an http(s) link, else None (the template then prints it as text)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in LINK_SCHEMES or not parts.netloc:
        return None
    return url.strip()


def context(doc: dict[str, Any], label: str | None = None) -> dict[str, Any]:
    """Template variables for a ``storylens.compare/1`` document."""
    groups, kind_of = _groups(doc)
    from ..findings.confidence import describe  # lazily: the finders' package is heavy

    findings = [dict(f, id=f"f{i}") for i, f in enumerate(doc["findings"])]
    for f in findings:  # the rule's measured precision, said as such (with a tooltip)
        rule = (f.get("evidence") or {}).get("rule")
        f["conf_label"], f["conf_title"] = describe(f["confidence"], rule)
    marks = _marks(findings)
    outlets = {a["id"]: a["outlet"] for a in doc["articles"]}
    source = doc["provenance"]["source"]
    articles = []
    for a in doc["articles"]:
        articles.append(
            {
                "a": a,
                "link": safe_url(a["url"]),
                "is_source": a["id"] == source,
                "blocks": _blocks(a, kind_of, marks),
                "counts": _counts(a, kind_of),
                "unique_posts": _unique_posts(a, kind_of),
            }
        )
    by_type: dict[str, list[dict[str, Any]]] = {}
    for f in findings:
        by_type.setdefault(f["type"], []).append(f)
    from ..findings.kinds import section_order

    order = section_order((f["type"], f["confidence"]) for f in findings)
    finding_groups = [(t, FINDING_TITLES.get(t, t), by_type[t]) for t in order]
    texts = {s["id"]: s["text"] for a in doc["articles"] for s in a["sentences"]}
    for g in groups:
        g["members"] = [
            {
                "id": sid,
                "outlet": outlets.get(sid.partition(":s")[0], "?"),
                "text": texts.get(sid, ""),
            }
            for sid in g["sentences"]
        ]
    title, title_whose = story_headline(doc, label)
    return {
        "doc": doc,
        "page_title": title,
        "title_whose": title_whose,
        "articles": articles,
        "outlets": outlets,
        "groups": groups,
        "finding_groups": finding_groups,
        "provenance": _provenance(doc),
        "skipped": doc["skipped"],
        "css": Markup(_asset("report.css")),
        "js": Markup(_asset("report.js")),
        "data_json": script_json(_client_data(doc, groups, findings)),
    }


def story_title(doc: dict[str, Any]) -> str:
    """The report's title: one article's headline (:func:`story_headline`)."""
    return story_headline(doc)[0]


def story_headline(doc: dict[str, Any], label: str | None = None) -> tuple[str, str | None]:
    """``(title, whose)``: the story's title and whose headline it is ("rt.com's
    headline"), the same in the terminal, the HTML report and the web page. The plainest
    headline most like the others (:func:`storylens.headlines.choose`), site suffix off;
    ``("comparison", None)`` when no article has a title."""
    from ..headlines import story_title as headline

    arts = doc["articles"]
    got = headline([(a["id"], a["outlet"], a["title"], a["url"]) for a in arts], doc["provenance"]["source"], label)
    return ("comparison", None) if got is None else got


def _asset(name: str) -> str:
    text = resources.files("storylens").joinpath("templates", name).read_text("utf-8")
    if "</" in text and ("</style" in text.lower() or "</script" in text.lower()):
        raise ValueError(f"{name} must not contain a closing </style> or </script> tag")
    return text


def _groups(doc: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, tuple[str, str | None]]]:
    """Number the alignment groups and map each sentence id to (kind, group id)."""
    groups: list[dict[str, Any]] = []
    kind_of: dict[str, tuple[str, str | None]] = {}
    for i, al in enumerate(doc["alignments"]):
        gid = f"g{i}"
        groups.append(dict(al, id=gid))
        for sid in al["sentences"]:
            kind_of[sid] = (al["kind"], gid)
    for sid in doc["unique"]:
        kind_of.setdefault(sid, ("unique", None))
    return groups, kind_of


def _marks(findings: list[dict[str, Any]]) -> dict[str, list[tuple[int, int, str]]]:
    """Finding spans per sentence, as (start, end, finding id) in article offsets."""
    marks: dict[str, list[tuple[int, int, str]]] = {}
    for f in findings:
        for sp in f["spans"]:
            marks.setdefault(sp["sentence"], []).append((sp["start"], sp["end"], f["id"]))
    return marks


def _pieces(s: dict[str, Any], marks: list[tuple[int, int, str]]) -> list[dict[str, Any]]:
    """Split a sentence into plain and marked pieces; overlapping marks are merged away."""
    text, base = s["text"], s["start"]
    pieces: list[dict[str, Any]] = []
    pos = 0
    for start, end, fid in sorted(marks):
        a, b = max(start - base, 0), min(end - base, len(text))
        if a < pos or a >= b:
            continue  # outside the sentence or overlapping an earlier mark
        if a > pos:
            pieces.append({"text": text[pos:a], "finding": None})
        pieces.append({"text": text[a:b], "finding": fid})
        pos = b
    if pos < len(text):
        pieces.append({"text": text[pos:], "finding": None})
    return pieces


def _blocks(a: dict[str, Any], kind_of, marks) -> list[dict[str, Any]]:
    """Sentences grouped by the article block they fall in (one paragraph if no blocks)."""
    blocks = sorted(a["blocks"], key=lambda b: b["start"])
    out: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for s in a["sentences"]:
        bi = next((i for i, b in enumerate(blocks) if b["start"] <= s["start"] < b["end"]), None)
        kind = blocks[bi]["kind"] if bi is not None else s["block"]
        if current is None or current["index"] != bi or bi is None and current["kind"] != kind:
            current = {"index": bi, "kind": kind, "sentences": []}
            out.append(current)
        k, gid = kind_of.get(s["id"], ("none", None))
        current["sentences"].append(
            {
                "id": s["id"],
                "kind": k,
                "group": gid,
                "pieces": _pieces(s, marks.get(s["id"], [])),
            }
        )
    return out


def _counts(a: dict[str, Any], kind_of) -> dict[str, int]:
    counts = {"verbatim": 0, "edited": 0, "paraphrase": 0, "unique": 0}
    for s in a["sentences"]:
        k = kind_of.get(s["id"], ("none", None))[0]
        if k in counts:
            counts[k] += 1
    return counts


def _unique_posts(a: dict[str, Any], kind_of) -> int:
    """How many of the article's unique sentences are an embedded post's words (block
    ``embed``): material only this outlet shows, not its own writing."""
    return sum(1 for s in a["sentences"] if s["block"] == "embed" and kind_of.get(s["id"], ("",))[0] == "unique")


def _provenance(doc: dict[str, Any]) -> dict[str, Any]:
    p = doc["provenance"]
    ids = [a["id"] for a in doc["articles"]]
    rows = []
    for row in ids:
        cells = []
        for col in ids:
            v = None if row == col else p["overlap"].get(row, {}).get(col)
            cells.append(
                {
                    "col": col,
                    "value": v,
                    "self": row == col,
                    "alpha": "" if v is None else f"{0.08 + 0.8 * max(0.0, min(v, 1.0)):.2f}",
                }
            )
        rows.append(
            {
                "id": row,
                "cells": cells,
                "score": p["scores"].get(row),
                "is_source": row == p["source"],
            }
        )
    return {"ids": ids, "rows": rows, "source": p["source"], "explanation": p["explanation"]}


def _client_data(doc, groups, findings) -> dict[str, Any]:
    """What the page script needs: the compare document plus group and finding ids."""
    return {
        "document": doc,
        "groups": {g["id"]: g["sentences"] for g in groups},
        "findings": {f["id"]: f["sentences"] for f in findings},
    }


__all__ = ["context", "environment", "render_html", "safe_url", "script_json", "story_headline", "story_title"]
