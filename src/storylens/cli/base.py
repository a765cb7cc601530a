"""What every command module shares: the help layout, the path type, the ``--db`` option.

Only click is imported here; ``main``, ``corpus``, ``web`` and ``spark`` import
this module and never one another, so there is no import cycle.
"""

from __future__ import annotations

from pathlib import Path

import click

DEFAULT_DB = "storylens.db"
PATH = click.Path(path_type=Path)


class Group(click.Group):
    """Lists commands in the order they were added (compare first), each with its whole
    first sentence (click cuts it at the terminal width)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, cmd.get_short_help_str(limit=200)) for name, cmd in self.commands.items() if not cmd.hidden]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def db_option(help: str = "The article store (one SQLite file).", default: str | None = DEFAULT_DB):
    """The ``--db`` option of every command that opens a store; ``STORYLENS_DB`` sets it too."""
    return click.option(
        "--db", type=PATH, default=default, show_default=default is not None,
        envvar="STORYLENS_DB", show_envvar=True, help=help,
    )


def emit_comparison(comparison, as_json: bool, html: Path | None, options) -> None:
    """Render one comparison as the user asked: JSON on stdout, an HTML file, or the terminal."""
    from .errors import report_skipped

    report_skipped(comparison.skipped)
    if html is not None:
        from ..report.html import render_html

        html.write_text(render_html(comparison), encoding="utf-8")
        click.echo(f"wrote {html}", err=True)
    if as_json:
        import json
        import sys

        from ..report.jsonout import to_json

        sys.stdout.write(json.dumps(to_json(comparison), ensure_ascii=False, indent=2) + "\n")
    elif html is None:
        from ..report.terminal import SafeConsole, render

        render(comparison, SafeConsole(), options)
