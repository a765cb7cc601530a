"""Corpus-mode commands: ``ingest``, ``duplicates``, ``stories``, ``story``, ``export``.

Each command parses, calls one library function and renders with rich. Library errors
become ``error: ...`` lines through :func:`storylens.cli_errors.friendly`. Nothing heavy is imported at module level: ``cli.py`` imports this
module on every start.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from .cli_errors import friendly

if TYPE_CHECKING:
    from .corpus.ingest import IngestSummary
    from .store.base import Store

DEFAULT_DB = "storylens.db"
_DB_HELP = "The article store (one SQLite file)."


def _open(db: Path, create: bool = False) -> Store:
    from .store import open_store

    return open_store(db, create=create)


def _stdout():
    from rich.console import Console

    return Console(highlight=False, soft_wrap=False)


def ingest_cmd(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories: text, HTML, JSONL, CSV, WARC, RSS/Atom.")],
    db: Annotated[Path, typer.Option("--db", envvar="STORYLENS_DB", help=_DB_HELP)] = DEFAULT_DB,
    workers: Annotated[int, typer.Option("--workers", "-w", min=0, help="Cleaning processes (0 = one per core).")] = 0,
    batch_size: Annotated[int, typer.Option("--batch-size", min=1, help="Articles per write transaction (a kill loses at most one batch).")] = 500,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary.")] = False,
) -> None:
    """Read, clean and store articles; re-running is a no-op and resumes a killed run.

    Files already stored whole are not read again; two ingests may share one --db (they
    take turns writing, and no article is stored twice).

    Example: storylens ingest ~/crawl/ --db news.db
    """
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from .corpus.ingest import IngestOptions, ingest
    from .options import Options

    err = Console(stderr=True, highlight=False)
    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.fields[read]:>10,} read"),
        TextColumn("{task.fields[ingested]:>10,} stored"),
        TextColumn("[bold]{task.fields[rate]:>8,.0f} articles/s"),
        TimeElapsedColumn(),
        console=err,
        disable=quiet or not err.is_terminal,
        transient=True,
    )
    task = progress.add_task("ingest", total=None, read=0, ingested=0, rate=0.0)

    def tick(p) -> None:
        rate = p.read / p.elapsed if p.elapsed > 0 else 0.0
        progress.update(task, read=p.read, ingested=p.ingested, rate=rate)

    with _open(db, create=True) as store, progress:
        summary = ingest(paths, store, Options(), IngestOptions(workers=workers, batch_size=batch_size), progress=tick)
    if not quiet:
        _print_summary(summary, db)


def _print_summary(s: IngestSummary, db: Path) -> None:
    out = _stdout()
    out.soft_wrap = True  # one line per fact, whatever the terminal width
    out.print(
        f"ingested {s.ingested:,} article(s) into {db} in {s.seconds:.1f} s "
        f"({s.rate:,.0f} articles/s, {s.workers} worker(s))"
    )
    out.print(
        f"already stored: {s.already_stored:,}  duplicates by hash: {s.duplicates:,}  "
        f"skipped: {s.skipped_total:,}"
    )
    for reason, n in sorted(s.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
        example = next((e for e in s.skipped_examples if e.reason == reason), None)
        where = ""
        if example is not None:
            line = f":{example.line}" if example.line is not None and ":" not in example.source else ""
            where = f" (e.g. {example.source}{line}: {example.message})"
        out.print(f"  skipped {reason}: {n:,}{where}", markup=False)


def duplicates_cmd(
    db: Annotated[Path, typer.Option("--db", envvar="STORYLENS_DB", help=_DB_HELP)] = DEFAULT_DB,
    json_out: Annotated[bool, typer.Option("--json", help="Print the groups as JSON with each copy's source.")] = False,
    limit: Annotated[int, typer.Option("--limit", min=0, help="Show at most this many groups (0 = all).")] = 50,
) -> None:
    """List exact and near-duplicate groups (wire copies), largest first.

    Example: storylens duplicates --db news.db
    """
    from .corpus.build import duplicate_report

    with _open(db) as store:
        report = duplicate_report(store, limit=limit or None)
    if json_out:
        _print_json(report)
        return
    from rich.table import Table

    table = Table(title=f"{report['total']:,} duplicate group(s) in {db}")
    for col in ("group", "kind", "copies", "similarity", "outlets", "title"):
        table.add_column(col, justify="right" if col in ("group", "copies", "similarity") else "left")
    for g in report["groups"]:
        outlets = sorted({a["outlet"] for a in g["articles"]})
        table.add_row(
            str(g["id"]), g["kind"], str(len(g["articles"])), f"{g['similarity']:.2f}",
            _short(", ".join(outlets), 40), _short(g["articles"][0]["title"] or "", 60),
        )
    _stdout().print(table)


def stories_cmd(
    db: Annotated[Path, typer.Option("--db", envvar="STORYLENS_DB", help=_DB_HELP)] = DEFAULT_DB,
    since: Annotated[str | None, typer.Option("--since", help="Only stories with an article published on or after this ISO date.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the stories as JSON, each article by its source identity.")] = False,
    min_articles: Annotated[int, typer.Option("--min-articles", min=1, help="Only stories with at least this many articles (1 = every article's story).")] = 2,
    limit: Annotated[int, typer.Option("--limit", min=0, help="Show at most this many stories in the table (0 = all).")] = 50,
) -> None:
    """List stories: articles about the same event, across outlets.

    Example: storylens stories --db news.db --since 2026-11-01
    """
    from .corpus.build import story_report

    with _open(db) as store:
        report = story_report(store, since=since, min_articles=min_articles)
    if json_out:
        _print_json(report)
        return
    from rich.table import Table

    shown = report["stories"][: limit or None]
    title = f"{len(report['stories']):,} stor{'y' if len(report['stories']) == 1 else 'ies'} in {db}"
    table = Table(title=title + (f" since {since}" if since else ""))
    for col in ("story", "articles", "outlets", "first", "last", "headline"):
        table.add_column(col, justify="right" if col in ("story", "articles", "outlets") else "left")
    for s in shown:
        table.add_row(
            str(s["id"]), str(len(s["articles"])), str(len({a["outlet"] for a in s["articles"]})),
            s["first_published"] or "", s["last_published"] or "", _short(s["label"], 70),
        )
    out = _stdout()
    out.print(table)
    if len(shown) < len(report["stories"]):
        out.print(f"({len(report['stories']) - len(shown):,} more; use --limit 0 or --json)")


def story_cmd(
    story_id: Annotated[int, typer.Argument(help="The story number, as listed by 'storylens stories'.")],
    db: Annotated[Path, typer.Option("--db", envvar="STORYLENS_DB", help=_DB_HELP)] = DEFAULT_DB,
    html: Annotated[Path | None, typer.Option("--html", help="Write a self-contained HTML report to this file.")] = None,
    json_out: Annotated[bool, typer.Option("--json", help="Print the storylens.compare/1 JSON document.")] = False,
    max_articles: Annotated[int, typer.Option("--max-articles", min=2, help="Compare at most this many articles (one per duplicate group first).")] = 12,
    no_findings: Annotated[bool, typer.Option("--no-findings", help="Align only; skip the findings stage.")] = False,
) -> None:
    """Compare the articles of one stored story, as 'storylens compare' would.

    Example: storylens story 42 --db news.db --html story42.html
    """
    from dataclasses import replace

    from .corpus.build import compare_story
    from .options import Options

    options = replace(Options(), findings=not no_findings)
    with _open(db) as store:
        comparison = compare_story(store, story_id, options, max_articles=max_articles)
    if html is not None:
        from .report.html import render_html

        html.write_text(render_html(comparison), encoding="utf-8")
        typer.echo(f"wrote {html}", err=True)
    if json_out:
        from .report.jsonout import to_json

        _print_json(to_json(comparison))
    elif html is None:
        from rich.console import Console

        from .report.terminal import render

        render(comparison, Console(), options)


def export_cmd(
    out: Annotated[Path, typer.Argument(help="Directory to write articles, groups and stories into.")],
    db: Annotated[Path, typer.Option("--db", envvar="STORYLENS_DB", help=_DB_HELP)] = DEFAULT_DB,
    fmt: Annotated[str, typer.Option("--format", "-f", help="parquet (needs pyarrow), jsonl, or auto (parquet when pyarrow is installed).")] = "auto",
) -> None:
    """Export the store as three flat tables: articles, duplicate groups, stories.

    Example: storylens export --db news.db --format parquet out/
    """
    from .corpus.build import export_built

    with _open(db) as store:
        result = export_built(store, out, fmt)  # type: ignore[arg-type]
    for f in result.files:
        typer.echo(f"wrote {f}")
    typer.echo(
        f"{result.articles:,} article(s), {result.groups:,} group(s), "
        f"{result.stories:,} stor{'y' if result.stories == 1 else 'ies'} as {result.format}"
    )


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _short(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def register(app: typer.Typer) -> None:
    """Add the corpus commands to ``app`` (called by ``storylens.cli``)."""
    for name, fn in (
        ("ingest", ingest_cmd),
        ("duplicates", duplicates_cmd),
        ("stories", stories_cmd),
        ("story", story_cmd),
        ("export", export_cmd),
    ):
        app.command(name)(friendly(fn))
