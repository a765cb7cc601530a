"""What every command module shares: the help layout, the path type, the ``--db`` option.

Only click is imported here; ``main``, ``corpus``, ``web`` and ``spark`` import
this module and never one another, so there is no import cycle.
"""

from __future__ import annotations

from pathlib import Path

import click

DEFAULT_DB = "storylens.db"
PATH = click.Path(path_type=Path)


def _check_out_file(ctx: click.Context, param: click.Parameter, value: Path | None) -> Path | None:
    """An output file's place, checked before any work: its folder exists and is writable
    and the name is not a folder."""
    if value is None:
        return None
    import os

    folder = value.parent if str(value.parent) else Path(".")
    if value.is_dir():
        raise click.BadParameter(f"{value} is a folder; give a file name", ctx, param)
    if not folder.is_dir():
        raise click.BadParameter(f"no folder {folder} to write {value.name} into", ctx, param)
    if not os.access(folder, os.W_OK | os.X_OK) or (value.exists() and not os.access(value, os.W_OK)):
        raise click.BadParameter(f"cannot write {value} (permission denied or read-only)", ctx, param)
    return value


OUT_FILE = {"type": PATH, "callback": _check_out_file}


def write_file_atomic(path: Path, text: str) -> None:
    """Write ``text`` beside ``path`` and rename it into place: a full disk or a kill
    leaves the old file (or none), never a cut one."""
    import os
    import tempfile

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
    try:
        # mkstemp makes the file 0600; a report is a file like any other (to share, to
        # serve): the mode a plain open() gives, or the mode of the file it replaces.
        os.fchmod(fd, _mode_for(path))
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _mode_for(path: Path) -> int:
    """The permission bits a new ``path`` gets from ``open()`` (0666 less the umask), or
    those of the file already there."""
    import os
    import stat

    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        pass
    mask = os.umask(0)  # the only portable way to read the umask: set it and put it back
    os.umask(mask)
    return 0o666 & ~mask


class InputType(click.ParamType):
    """An input: a file or folder (a ``Path``), or an ``http(s)://`` URL kept as a string
    (``Path`` would fold ``https://a/b`` into ``https:/a/b``)."""

    name = "path|url"

    def convert(self, value, param, ctx):
        if isinstance(value, str) and value[:8].lower().startswith(("http://", "https://")):
            return value
        return PATH.convert(value, param, ctx)


INPUT = InputType()


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


def emit_comparison(comparison, as_json: bool, html: Path | None, options, timings: bool = False) -> None:
    """Render one comparison as the user asked: JSON on stdout, an HTML file, or the terminal.

    One readable article is an error (exit 1), not a report: a "comparison" of one
    article has no shared text, no findings and no source, and a full report would hide
    that the other inputs failed. ``storylens clean`` shows one article.
    """
    from .errors import report_skipped

    if len(comparison.documents) < 2:
        from ..errors import TooFewArticles

        only = comparison.documents[0].article.source if comparison.documents else "none"
        raise TooFewArticles(
            f"only one readable article ({only}): a comparison needs two or more"
            f" (to see one article's clean text: storylens clean {only})",
            tuple(comparison.skipped),
        )
    report_skipped(comparison.skipped)
    if html is not None:
        from ..report.html import render_html

        write_file_atomic(html, render_html(comparison))
        click.echo(f"wrote {html}", err=True)
    if as_json:
        import json
        import sys

        from ..report.jsonout import to_json

        doc = to_json(comparison, timings=timings)
        sys.stdout.write(json.dumps(doc, ensure_ascii=False, indent=2) + "\n")
    elif html is None:
        from ..report.terminal import SafeConsole, render

        render(comparison, SafeConsole(), options)
