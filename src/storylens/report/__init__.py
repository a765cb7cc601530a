"""Renderers of a :class:`~storylens.models.Comparison`.

* :mod:`.jsonout` — the ``storylens.compare/1`` JSON document (``to_json``, ``load_schema``);
* :mod:`.terminal` — a rich console summary (``render``); imports rich only when used;
* :mod:`.html` — one self-contained HTML file (``render_html``) from the Jinja2 templates.

Each is imported on its own so that a command pays only for the renderer it uses.
Findings are listed in the order and under the titles of the finding-kind registry
(:mod:`storylens.findings.kinds`); both renderers and the web UI use these two names.
"""

from __future__ import annotations

from ..findings.kinds import FINDING_ORDER, FINDING_TITLES

__all__ = ["FINDING_ORDER", "FINDING_TITLES"]
