"""Renderers of a :class:`~storylens.models.Comparison`.

* :mod:`.jsonout` — the ``storylens.compare/1`` JSON document (``to_json``, ``load_schema``);
* :mod:`.terminal` — a rich console summary (``render``); imports rich only when used;
* :mod:`.html` — one self-contained HTML file (``render_html``) from the Jinja2 templates.

Each is imported on its own so that a command pays only for the renderer it uses.
Findings are listed in the order and under the titles of the finding-kind registry
(:mod:`storylens.findings.kinds`); both renderers and the web UI use these two names.
They are read from the registry on first use: the registry imports every finder (~60 ms
with their word tables), and the CLI imports :mod:`.controls` from this package for
every command, ``--help`` and ``clean`` included.
"""

from __future__ import annotations

from typing import Any

__all__ = ["FINDING_ORDER", "FINDING_TITLES"]

# What a count of 0 says for an article that shares too little with the others to tell
# (coverage ``too_little_shared``): "0" read as "adds nothing" (s7 reader report item 3).
# One wording for every renderer: the terminal table and the HTML/web coverage table
# (a template global, ``too_little``).
TOO_LITTLE = "n/a (shares too little to tell)"


def __getattr__(name: str) -> Any:
    if name in __all__:
        from ..findings import kinds

        return getattr(kinds, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
