"""Renderers of a :class:`~storylens.models.Comparison`.

* :mod:`.jsonout` — the ``storylens.compare/1`` JSON document (``to_json``, ``load_schema``);
* :mod:`.terminal` — a rich console summary (``render``); imports rich only when used;
* :mod:`.html` — one self-contained HTML file (``render_html``) from the Jinja2 templates.

Each is imported on its own so that a command pays only for the renderer it uses.
"""

from __future__ import annotations

# Findings, most important first: a contradiction matters more than a changed word, which
# matters more than tone; shared_source is context rather than a problem. Both renderers
# (and the web UI) list findings in this order under these titles.
FINDING_ORDER: tuple[str, ...] = (
    "fact_conflict",
    "quote_changed",
    "framing",
    "name_variant",
    "omission",
    "addition",
    "shared_source",
)
FINDING_TITLES: dict[str, str] = {
    "fact_conflict": "Conflicting facts",
    "quote_changed": "Changed quotes",
    "framing": "Framing and word choice",
    "name_variant": "Names spelled differently",
    "omission": "Omissions",
    "addition": "Additions",
    "shared_source": "Shared source text",
}

__all__ = ["FINDING_ORDER", "FINDING_TITLES"]
