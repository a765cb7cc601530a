"""Spark commands: ``storylens spark run`` and ``storylens import``.

Thin, like the rest of the CLI: parse, call :func:`storylens.spark.run_job` or
:func:`storylens.spark.import_outputs`, print one summary. pyspark is imported inside
the command only (``storylens --help`` stays fast and works without the extra); a
missing pyspark or pyarrow is a ``MissingExtra`` error naming ``storylens[spark]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from .cli_errors import friendly
from .errors import StorylensError

spark_app = typer.Typer(
    name="spark",
    help="Run the corpus pipeline (clean, duplicates, stories) as a Spark job.\n\n"
    "Example: storylens spark run --input 'crawl/*.jsonl' --output out/",
    no_args_is_help=True,
    add_completion=False,
)


@spark_app.command("run")
@friendly
def run_cmd(
    inputs: Annotated[list[str], typer.Option("--input", "-i", help="A file, folder or glob (quote it); repeat for more. Text, HTML, JSONL, CSV, WARC, feeds, Parquet.")],
    output: Annotated[str, typer.Option("--output", "-o", help="Output folder for the Parquet tables (local path, hdfs:// or s3a://).")],
    master: Annotated[str, typer.Option("--master", help="Spark master URL; local[*] uses every core of this machine.")] = "local[*]",
    overwrite: Annotated[bool, typer.Option("--overwrite", help="Replace an existing output folder (atomically, once the new one is complete).")] = False,
    stories: Annotated[str, typer.Option("--stories", help="exact: the same stories as the local path; windowed: cut time into --window-days windows (faster on long corpora, stitched at the edges).")] = "exact",
    window_days: Annotated[float, typer.Option("--window-days", min=1.0, help="Days per window in --stories windowed.")] = 14.0,
) -> None:
    """Clean, group duplicates and cluster stories of INPUT with Spark; write Parquet.

    The same functions as 'storylens ingest' + 'duplicates' + 'stories', partitioned:
    on the same input the groups and (with --stories exact) the stories are the same.

    Example: storylens spark run --input 'crawl/*.jsonl' --output out/ --master local[4]
    """
    from .spark import SparkOptions, require_pyspark, run_job, session

    if stories not in ("exact", "windowed"):
        raise StorylensError(f"--stories must be exact or windowed, not {stories!r}")
    require_pyspark()
    spark = session(master)
    res = run_job(spark, inputs, output, run=SparkOptions(stories=stories, window_span_days=window_days),  # type: ignore[arg-type]
                  overwrite=overwrite)
    total = sum(res.timings.values())
    typer.echo(
        f"wrote {res.output}: {res.articles:,} article(s), {res.skipped:,} skipped, "
        f"{res.groups:,} duplicate group(s), {res.stories:,} stories in {total:.1f} s"
    )


def import_cmd(
    out: Annotated[Path, typer.Argument(help="Output folder of 'storylens spark run'.")],
    db: Annotated[Path, typer.Option("--db", envvar="STORYLENS_DB", help="The article store (one SQLite file); created if missing.")] = Path("storylens.db"),
) -> None:
    """Load the Parquet output of a Spark run into the local article store.

    Articles and skipped inputs are added (ones already stored are ignored); groups and
    stories are loaded too when the store then holds exactly the job's articles.

    Example: storylens import out/ --db news.db
    """
    from .spark.io import import_outputs
    from .store import open_store

    store = open_store(db, create=True)
    try:
        res = import_outputs(out, store)
    finally:
        store.close()
    typer.echo(
        f"imported {res.articles:,} article(s) into {db} ({res.already:,} already stored, "
        f"{res.skipped:,} skipped row(s)); {res.groups:,} group(s), {res.stories:,} stories"
    )
    if res.note:
        typer.echo(f"note: {res.note}", err=True)


def register(app: typer.Typer) -> None:
    """Add ``spark run`` and ``import`` to ``app``."""
    app.add_typer(spark_app, name="spark")
    app.command("import")(friendly(import_cmd))
