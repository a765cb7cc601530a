"""``storylens clean``: one input's clean text, metadata and removed lines, as trafilatura's
CLI shows a page. Reads and cleans exactly as ``compare`` does (same readers, same cleaner),
so what you see here is what gets compared.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .errors import NothingToCompare

SCHEMA_ID = "storylens.clean/1"


def clean_source(source: str | Path) -> dict[str, Any]:
    """Read and clean ``source`` (a file or URL): ``{"schema", "articles", "skipped"}``.

    Raises :class:`NothingToCompare` (with the skipped inputs) when no article is left
    ("no article text: a.txt does not exist" when ``source`` is not there).
    """
    from .options import Options
    from .pipeline import clean_all, not_there
    from .readers import read_inputs

    options = Options()
    raws, skipped = read_inputs([source], options)
    articles, more = clean_all(raws, options)
    skipped = [*skipped, *more]
    if not articles:
        if [s.reason for s in skipped] == ["missing"]:  # not "no article text in" a file that is not there
            raise NothingToCompare(f"no article text: {not_there(skipped)}", tuple(skipped))
        raise NothingToCompare(f"no article text in {source}", tuple(skipped))
    return {
        "schema": SCHEMA_ID,
        "articles": [
            {
                "source": a.source,
                "outlet": a.outlet,
                "title": a.title,
                "published": a.published,
                "author": a.author,
                "url": a.url,
                "credits": list(a.credits),
                "text": a.text,
                # 1-based, as the terminal and editors count; null for a block of the page
                # that extraction left out: it is on no line of the text (docs/cli.md).
                "removed": [
                    {"line": None if r.page else r.line + 1, "reason": r.reason, "text": r.text}
                    for r in a.removed
                ],
            }
            for a in articles
        ],
        "skipped": [
            {"source": s.source, "reason": s.reason, "message": s.message, "line": s.line} for s in skipped
        ],
    }


def render_text(result: dict[str, Any]) -> str:
    """Metadata lines, the clean text, then the removed lines (``line N [reason] text``)."""
    out: list[str] = []
    for i, a in enumerate(result["articles"]):
        if i:
            out.append("\n" + "=" * 72 + "\n")
        for key in ("source", "outlet", "title", "published", "author", "url"):
            if a[key]:
                out.append(f"{key + ':':<11}{a[key]}\n")
        if a["credits"]:
            out.append(f"{'credits:':<11}{', '.join(a['credits'])}\n")
        out.append("\n" + a["text"].rstrip("\n") + "\n")
        if a["removed"]:
            out.append(f"\nremoved {len(a['removed'])} line(s):\n")
            for r in a["removed"]:
                # Extraction's records are not lines of the text: they are shown as "page".
                where = "page" if r["line"] is None else f"line {r['line']}"
                out.append(f"  {where:<9} [{r['reason']}] {r['text']}\n")
    return "".join(out)
