"""Jinja2 for the web pages: the report's own environment and context, so the story and
compare pages include the very partials the standalone ``--html`` report is built from.

Autoescape is on for every template (the report's environment sets it). Links pass the
report's ``safe_url`` (http/https only), because escaping alone does not stop a
``javascript:`` URL from running when clicked.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import Request
from fastapi.responses import HTMLResponse

from ..models import Comparison
from .security import style_hashes
from .svg import TimelineItem, overlap_heatmap, timeline


def environment() -> jinja2.Environment:
    """An overlay of the report's environment (same loader, autoescape, filters, strict
    undefined) with the web pages' few extra helpers."""
    from ..report import FINDING_ORDER, FINDING_TITLES
    from ..report import html as report_html

    env = report_html.environment().overlay()
    env.filters = {**env.filters, "safe_url": report_html.safe_url}
    env.globals = {
        **env.globals,
        "urlencode": urlencode,
        "finding_titles": FINDING_TITLES,
        "finding_order": FINDING_ORDER,
    }
    return env


def page(
    env: jinja2.Environment,
    request: Request,
    name: str,
    context: dict[str, Any],
    status: int = 200,
) -> HTMLResponse:
    html, hashes = render(env, name, context, request.url.path)
    return rendered(request, html, hashes, status)


def render(env: jinja2.Environment, name: str, context: dict[str, Any], path: str) -> tuple[str, frozenset[str]]:
    """A page's HTML and the hashes of its ``style`` attributes (for the CSP header): what
    a comparison worker makes, so that the server process only sends the result."""
    html = env.get_template(name).render({**context, "request_path": path})
    return html, frozenset(style_hashes(html))


def rendered(request: Request, html: str | bytes, hashes: frozenset[str], status: int = 200) -> HTMLResponse:
    """The response for a page :func:`render` made."""
    request.state.csp_style_hashes = hashes
    return HTMLResponse(html, status_code=status)


def plot_labels(articles: list[dict[str, Any]]) -> dict[str, str]:
    """Each article's name on the heatmap and timeline: its outlet, with its id when the
    outlet has two articles here ("Marrowby Tribune (a3)", as the findings name them);
    two rows both called "Marrowby Tribune" could not be told apart."""
    from collections import Counter

    count = Counter(a["outlet"] for a in articles if a["outlet"])
    return {
        a["id"]: (f"{a['outlet']} ({a['id']})" if count[a["outlet"]] > 1 else a["outlet"]) if a["outlet"] else a["id"]
        for a in articles
    }


def comparison_context(
    comp: Comparison, doc: dict[str, Any] | None = None, label: str | None = None
) -> dict[str, Any]:
    """What the story and compare pages render: the report's context for its partials
    (built from the same ``storylens.compare/1`` document the API returns, ``doc`` when
    the caller has it already) plus the server-side SVG plots."""
    from ..report import html as report_html
    from ..report.jsonout import to_json

    doc = to_json(comp) if doc is None else doc
    ctx = report_html.context(doc, label)  # label: a stored story's, its title
    ctx.pop("css", None)  # served as /static/report/report.css, not inlined
    ctx.pop("js", None)
    ids = [a["id"] for a in doc["articles"]]
    labels = plot_labels(doc["articles"])
    prov = doc["provenance"]
    ctx["heatmap_svg"] = overlap_heatmap(ids, labels, prov["overlap"], prov["source"])
    ctx["timeline_svg"] = timeline(
        [TimelineItem(a["id"], labels[a["id"]], a["published"]) for a in doc["articles"]]
    )
    ctx["removed_total"] = sum(len(a["removed"]) for a in doc["articles"])
    return ctx
