"""Corpus-mode commands: ``ingest``, ``duplicates``, ``stories``, ``story``, ``export``.

Each command parses, calls one library function and renders with rich. Library errors
become ``error: ...`` lines through :func:`storylens.cli.errors.friendly`. Nothing heavy
is imported at module level: ``cli.main`` imports this module on every start.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from .base import INPUT, OUT_FILE, PATH, compare_options, db_option, emit_comparison
from .errors import friendly

if TYPE_CHECKING:
    from ..engines.local.ingest import IngestSummary
    from ..store.base import Store

_db = db_option()
_json = click.option("--json", "json_out", is_flag=True, help="Print the storylens.compare/1 JSON document.")


def _open(db: Path, create: bool = False) -> Store:
    from ..store import open_store

    return open_store(db, create=create)


def _stdout():
    from ..report.terminal import SafeConsole  # article data never reaches the terminal raw

    return SafeConsole(highlight=False, soft_wrap=False)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=INPUT)
@_db
@click.option("--workers", "-w", type=click.IntRange(min=0), default=0, show_default=True, help="Cleaning processes (0 = one per core).")
@click.option("--batch-size", type=click.IntRange(min=1), default=500, show_default=True, help="Articles per write transaction (a kill loses at most one batch).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--max-record-mb", type=click.FloatRange(min=0.001), default=20, show_default=True, help="Largest single record (a text/HTML/JSON file, a JSONL line, a CSV row, a WARC payload); larger ones are skipped as too-large. JSONL, CSV and WARC files have no whole-file limit.")
@friendly
def ingest_cmd(paths: tuple[Path, ...], db: Path, workers: int, batch_size: int, quiet: bool, max_record_mb: float) -> None:
    """Read, clean and store articles; re-running is a no-op and resumes a killed run.

    PATHS are files or directories (text, HTML, JSONL, CSV, WARC, RSS/Atom, Parquet, and
    .gz of any of them) or http(s) URLs of pages and feeds. One bad file or record is one
    skipped row with its reason, and the rest is stored; a PATH that does not exist is
    named on stderr ('skipped: PATH: no such file or directory') and counted in the
    summary. Exit status 0 when the run finished, whatever it skipped; 1 when it could
    not run (every PATH missing, the store unusable). A run that fails before storing
    anything leaves no new database file behind.

    Files already stored whole are not read again; two ingests may share one --db (they
    take turns writing, and no article is stored twice).

    Example: storylens ingest ~/crawl/ --db news.db
    """
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from ..engines.local.ingest import IngestOptions, ingest
    from ..options import Options
    from ..report.terminal import SafeConsole

    err = SafeConsole(stderr=True, highlight=False)
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

    existed = db.exists()
    try:
        with _open(db, create=True) as store, progress:
            options = Options(max_record_bytes=int(max_record_mb * 1_000_000))
            summary = ingest(paths, store, options, IngestOptions(workers=workers, batch_size=batch_size), progress=tick)
    except BaseException:
        if not existed:
            _drop_if_empty(db)
        raise
    if summary.missing:  # a typo the user must see even with --quiet (as compare does)
        from ..models import Skipped
        from .errors import report_skipped

        report_skipped(Skipped(m, "missing", "no such file or directory") for m in summary.missing)
    if not quiet:
        _print_summary(summary, db)


def _drop_if_empty(db: Path) -> None:
    """Remove a database file this run created if it holds no article and no skip row
    (a failed first ingest must not leave an empty store that later commands trust)."""
    try:
        with _open(db) as store:
            c = store.counts()
            empty = c.articles == 0 and not any(True for _ in store.iter_skipped())
    except Exception:  # unreadable half-made file: nothing in it to keep either
        empty = True
    if empty:
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{db}{suffix}").unlink(missing_ok=True)


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
    unshown = 0
    for reason, n in sorted(s.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
        # each input named, up to the few the ingest kept per reason (one line each: a
        # path is long, and a user reads down the list to fix the files)
        examples = [e for e in s.skipped_examples if e.reason == reason]
        what = "repaired (stored; each says what)" if reason == "repaired" else f"skipped {reason}"
        out.print(f"  {what}: {n:,}", markup=False)
        for e in examples:
            line = f":{e.line}" if e.line is not None and ":" not in e.source else ""
            out.print(f"    {e.source}{line}: {e.message}", markup=False)
        if n > len(examples):
            out.print(f"    … and {n - len(examples):,} more", markup=False)
            unshown += n - len(examples)
    if unshown:
        out.print(
            f"every skipped input with its reason: storylens export --db {db} OUT/ (skipped table)",
            markup=False,
        )


@click.command("duplicates")
@_db
@click.option("--json", "json_out", is_flag=True, help="Print the groups as JSON with each copy's source.")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="Show at most this many groups (0 = all).")
@friendly
def duplicates_cmd(db: Path, json_out: bool, limit: int) -> None:
    """List exact and near-duplicate groups (wire copies), largest first.

    Example: storylens duplicates --db news.db
    """
    from ..engines.local.build import duplicate_report

    with _open(db) as store:
        report = duplicate_report(store, limit=limit or None)
    if json_out:
        _print_json(report)
        return
    rows = []
    for g in report["groups"]:
        outlets = sorted({a["outlet"] for a in g["articles"]})
        rows.append([
            str(g["id"]), g["kind"], str(len(g["articles"])), f"{g['similarity']:.2f}",
            _short(", ".join(outlets), 40), _short(g["articles"][0]["title"] or "", 60),
        ])
    out = _stdout()
    out.print(_fit_table(
        f"{report['total']:,} duplicate group(s) in {db}",
        ("group", "kind", "copies", "similarity", "outlets", "title"), rows, out.width,
        numbers=("group", "copies", "similarity"), texts=("outlets", "title"),
    ))


@click.command("stories")
@_db
@click.option("--since", help="Only stories with an article published on or after this ISO date.")
@click.option("--json", "json_out", is_flag=True, help="Print the stories as JSON, each article by its source identity.")
@click.option("--csv", "csv_out", is_flag=True, help="Print the stories as CSV, one row per story (all of them, not only --limit).")
@click.option("--min-articles", type=click.IntRange(min=1), default=2, show_default=True, help="Only stories with at least this many articles (1 = every article's story).")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True, help="Show at most this many stories in the table (0 = all).")
@click.option("--warnings", "with_warnings", is_flag=True, help="Also compare each story of two or more articles (the table's, or with --json or --csv every one; about as long as 'story' on each) and show its story warning: articles that may be about another event, or stories run as one (with --csv, in the columns warning and warning_sources).")
@friendly
def stories_cmd(db: Path, since: str | None, json_out: bool, csv_out: bool, min_articles: int, limit: int,
                with_warnings: bool) -> None:
    """List stories: articles about the same event, across outlets.

    Example: storylens stories --db news.db --since 2026-11-01 --csv > stories.csv
    """
    from ..engines.local.build import story_report

    with _open(db) as store:
        report = story_report(store, since=since, min_articles=min_articles)
        warned: dict[int, dict[str, Any] | None] = {}
        if with_warnings:
            from ..findings_export import story_warnings

            # --json and --csv print every story, the table --limit of them
            wanted = report["stories"] if json_out or csv_out else report["stories"][: limit or None]
            warned = story_warnings(store, [s["id"] for s in wanted])
    if json_out:
        if with_warnings:
            # each story's warning (null: none, or not compared) and the articles it names
            for s in report["stories"]:
                row = warned.get(s["id"])
                s["warning"] = row["summary"] if row else None
                s["warning_sources"] = row["sources"] if row else []
        _print_json(report)
        return
    if csv_out:
        _print_csv(report["stories"], warned if with_warnings else None)
        return
    from rich.table import Table

    shown = report["stories"][: limit or None]
    n = len(report["stories"])
    # Say the cut: the web list counts every story, single articles too, and "91 stories"
    # here beside "290 stories" there read as two stores.
    size = f" of {min_articles}+ articles" if min_articles > 1 else ""
    title = f"{n:,} stor{'y' if n == 1 else 'ies'}{size} in {db}"
    table = Table(title=title + (f" since {since}" if since else ""))
    for col in ("story", "articles", "outlets", "first", "last", "headline"):
        table.add_column(col, justify="right" if col in ("story", "articles", "outlets") else "left", no_wrap=True)
    out = _stdout()
    # One line per story: the headline gets what the other columns leave of the
    # terminal's width (each column adds 3 characters of border and padding).
    ids = max((len(str(s["id"])) for s in shown), default=0)
    rest = max(ids, len("story")) + len("articles") + len("outlets") + 2 * 10 + 6 * 3 + 1
    width = max(20, min(70, out.width - rest))
    for s in shown:
        table.add_row(
            str(s["id"]), str(len(s["articles"])), str(len({a["outlet"] for a in s["articles"]})),
            _day(s["first_published"]), _day(s["last_published"]), _short(s["label"], width),
        )
    out.print(table)
    if len(shown) < len(report["stories"]):
        out.print(f"({len(report['stories']) - len(shown):,} more; use --limit 0 or --json)")
    if with_warnings:
        # below the table, one story a line: the warning is a sentence, no column's width
        rows = [(sid, row) for sid, row in warned.items() if row]
        out.print(f"story warnings: {len(rows)} of {len(warned)} compared stor{'y' if len(warned) == 1 else 'ies'}")
        for sid, row in rows:
            out.print(f"story {sid}: warning: {row['summary']}", style="bold red", markup=False)
            out.print(f"  named: {', '.join(row['sources'])}", markup=False)


@click.command("story")
@click.argument("story_id", type=int)
@_db
@click.option("--html", **OUT_FILE, help="Write a self-contained HTML report to this file.")
@_json
@click.option("--max-articles", type=click.IntRange(min=2), default=12, show_default=True, help="Compare at most this many articles (one per duplicate group first).")
@compare_options
@click.option("--timings", is_flag=True, help="Add seconds per stage to --json.")
@friendly
def story_cmd(story_id: int, db: Path, html: Path | None, json_out: bool, max_articles: int, options,
              timings: bool) -> None:
    """Compare the articles of one stored story, as 'storylens compare' would.

    STORY_ID is the story number, as listed by 'storylens stories'.

    Example: storylens story 42 --db news.db --html story42.html
    """
    from ..engines.local.build import compare_story

    with _open(db) as store:
        comparison = compare_story(store, story_id, options, max_articles=max_articles)
        label = store.story(story_id).label  # the title 'stories' and the web list give it
    emit_comparison(comparison, json_out, html, options, timings, label)


@click.command("export")
@click.argument("out", type=PATH)
@_db
@click.option("--format", "-f", "fmt", default="auto", show_default=True, help="parquet (needs pyarrow), jsonl, or auto (parquet when pyarrow is installed).")
@click.option("--overwrite", is_flag=True, help="Replace an existing OUT (the old export stays until the new one is complete).")
@click.option("--findings", "with_findings", is_flag=True, help="Also compare every story and write findings.jsonl (one row per finding, and a 'story_warning' row for each story the warning names articles of, with the findings it left out; takes about as long as 'story' on each).")
@friendly
def export_cmd(out: Path, db: Path, fmt: str, overwrite: bool, with_findings: bool) -> None:
    """Export the store as flat tables: articles, duplicate groups, stories, skipped inputs.

    OUT is the directory to write articles, groups, stories and skipped (every input not
    stored, with its reason) into; it is written beside and renamed into place, and an
    existing OUT is refused without --overwrite.
    With --findings, also the findings of every story of two or more articles.

    Example: storylens export --db news.db --format parquet out/
    """
    from ..engines.local.build import export_built

    if str(out) == "-":  # not stdout: several files, so a folder that would be named "-"
        raise click.UsageError("OUT is a folder of several files (articles, groups, stories, "
                               "skipped), so it cannot be '-' (stdout); give a folder name")
    with _open(db) as store:
        result = export_built(store, out, fmt, overwrite=overwrite, findings=with_findings)  # type: ignore[arg-type]
    for f in result.files:
        click.echo(f"wrote {f}")
    click.echo(
        f"{result.articles:,} article(s), {result.groups:,} group(s), "
        f"{result.stories:,} stor{'y' if result.stories == 1 else 'ies'}, "
        f"{result.skipped:,} skipped input(s) as {result.format}"
    )
    if result.findings is not None:
        click.echo(f"{result.findings:,} finding(s) as jsonl")


STORY_CSV_FIELDS = ("story", "articles", "outlets", "first_published", "last_published", "headline", "outlet_names", "urls")


# With --warnings (s29), two columns more: the story warning ("" where none) and the sources
# of the articles it names, joined as the list columns are.
STORY_CSV_WARNING_FIELDS = ("warning", "warning_sources")


def _print_csv(stories: list[dict[str, Any]], warned: dict[int, dict[str, Any] | None] | None = None) -> None:
    """One row per story; list columns are joined with " | " (RFC 4180 quoting). ``warned``
    (``--warnings``: :func:`..findings_export.story_warnings` of every story) adds
    :data:`STORY_CSV_WARNING_FIELDS`."""
    import csv

    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(STORY_CSV_FIELDS + (STORY_CSV_WARNING_FIELDS if warned is not None else ()))
    for s in stories:
        outlets = sorted({a["outlet"] for a in s["articles"] if a["outlet"]})
        row = [
            s["id"], len(s["articles"]), len(outlets), s["first_published"] or "",
            s["last_published"] or "", s["label"],
            " | ".join(outlets), " | ".join(a["url"] for a in s["articles"] if a["url"]),
        ]
        if warned is not None:
            found = warned.get(s["id"])
            row += [found["summary"] if found else "", " | ".join(found["sources"]) if found else ""]
        w.writerow(row)


def _print_json(obj: Any) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=2) + "\n")


def _fit_table(
    title: str, columns: tuple[str, ...], rows: list[list[str]], width: int,
    numbers: tuple[str, ...], texts: tuple[str, ...],
):
    """A table of one line per row at ``width`` columns (the duplicates list, as the
    stories table is): numbers keep their full width, the text columns share what is left
    (the shortest need first) and lose their end ("…") instead of wrapping over lines."""
    from rich.cells import cell_len
    from rich.table import Table

    need = {c: max([cell_len(c)] + [cell_len(r[i]) for r in rows]) for i, c in enumerate(columns)}
    fixed = sum(n for c, n in need.items() if c not in texts)
    left = max(width - (3 * len(columns) + 1) - fixed, 12 * len(texts))  # borders and padding
    give: dict[str, int] = {}
    for c in sorted(texts, key=lambda c: need[c]):
        give[c] = min(need[c], left // (len(texts) - len(give)))
        left -= give[c]
    table = Table(title=title)
    for c in columns:
        table.add_column(
            c, width=give.get(c, need[c]), no_wrap=True, overflow="ellipsis",
            justify="right" if c in numbers else "left",
        )
    for r in rows:
        table.add_row(*r)
    return table


def _day(published: str | None) -> str:
    """The day of a stored UTC timestamp (``2020-01-02T07:30:00Z`` -> ``2020-01-02``):
    the table's date columns stay ten characters wide; --json and --csv keep the time."""
    return (published or "")[:10]


def _short(s: str, n: int) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def register(app: click.Group) -> None:
    """Add the corpus commands to ``app`` (called by ``storylens.cli.main``)."""
    for cmd in (ingest_cmd, duplicates_cmd, stories_cmd, story_cmd, export_cmd):
        app.add_command(cmd)
