"""The thin command line: each command parses, calls one library function, renders.

Library errors become one-line messages in :mod:`storylens.cli_errors` and nowhere else. Heavy modules
(trafilatura, numpy, the report renderers) are imported inside the commands so that
``storylens --help`` stays fast.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from pathlib import Path

import typer

from . import __version__
from .cli_errors import friendly

app = typer.Typer(
    name="storylens",
    help="Show one news story from every side: clean, align and compare how outlets cover it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _options(no_findings: bool, embed: bool):
    from .options import Options

    return replace(Options(), findings=not no_findings, use_embeddings=embed)


def _report_skipped(comparison) -> None:
    for s in comparison.skipped:
        where = f"{s.source}:{s.line}" if s.line is not None and ":" not in s.source else s.source
        typer.echo(f"skipped: {where}: {s.message}", err=True)


def _emit(comparison, as_json: bool, html: Path | None, options) -> None:
    """Render one comparison as the user asked: JSON on stdout, an HTML file, or the terminal."""
    _report_skipped(comparison)
    if html is not None:
        from .report.html import render_html

        html.write_text(render_html(comparison), encoding="utf-8")
        typer.echo(f"wrote {html}", err=True)
    if as_json:
        import json

        from .report.jsonout import to_json

        sys.stdout.write(json.dumps(to_json(comparison), ensure_ascii=False, indent=2) + "\n")
    elif html is None:
        from rich.console import Console

        from .report.terminal import render

        render(comparison, Console(), options)


@app.command()
@friendly
def compare(
    paths: list[Path] = typer.Argument(..., help="Article files (.txt, .html, .jsonl, .csv) or directories."),
    json_out: bool = typer.Option(False, "--json", help="Print the storylens.compare/1 JSON document."),
    html: Path | None = typer.Option(None, "--html", help="Write a self-contained HTML report to this file."),
    no_findings: bool = typer.Option(False, "--no-findings", help="Align only; skip the findings stage."),
    embed: bool = typer.Option(False, "--embed", help="Use the optional sentence-embedding model (extra 'embed')."),
) -> None:
    """Compare articles about one story, sentence by sentence.

    Example: storylens compare a.txt b.html c.jsonl --html report.html
    """
    from .pipeline import compare as run_compare

    options = _options(no_findings, embed)
    _emit(run_compare(paths, options), json_out, html, options)


@app.command()
@friendly
def demo(
    json_out: bool = typer.Option(False, "--json", help="Print the JSON document instead of the summary."),
    html: Path | None = typer.Option(None, "--html", help="Also write the HTML report to this file."),
) -> None:
    """Compare the built-in demo story (an invented event covered by invented outlets).

    Example: storylens demo --html demo.html
    """
    from .demo import demo_paths
    from .pipeline import compare as run_compare

    options = _options(False, False)
    _emit(run_compare(demo_paths(), options), json_out, html, options)


@app.command()
def version() -> None:
    """Print the storylens version.

    Example: storylens version
    """
    typer.echo(__version__)


def _register_optional() -> None:
    """Corpus and web commands live in their own modules; each registers itself."""
    import importlib

    for name in ("cli_corpus", "cli_web", "cli_spark"):
        try:
            module = importlib.import_module(f"{__package__}.{name}")
        except ModuleNotFoundError as e:  # a build without that mode
            if e.name != f"{__package__}.{name}":
                raise
            continue
        module.register(app)


_register_optional()


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
