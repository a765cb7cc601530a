"""Spark commands: ``storylens spark run`` and ``storylens import``.

Thin, like the rest of the CLI: parse, call :func:`storylens.engines.spark.run_job` or
:func:`storylens.engines.spark.import_outputs`, print one summary. pyspark is imported inside
the command only (``storylens --help`` stays fast and works without the extra); a
missing pyspark or pyarrow is a ``MissingExtra`` error naming ``storylens[spark]``.
"""

from __future__ import annotations

from pathlib import Path

import click

from .base import PATH, Group, db_option
from .errors import friendly


@click.group("spark", cls=Group)
def spark_app() -> None:
    """Run the corpus pipeline (clean, duplicates, stories) as a Spark job.

    Example: storylens spark run --input 'crawl/*.jsonl' --output out/
    """


@spark_app.command("run")
@click.option("--input", "-i", "inputs", multiple=True, required=True, help="A file, folder or glob (quote it); repeat for more. Text, HTML, JSONL, CSV, WARC, feeds, Parquet.")
@click.option("--output", "-o", required=True, help="Output folder for the Parquet tables (local path, hdfs:// or s3a://).")
@click.option("--master", default="local[*]", show_default=True, help="Spark master URL; local[*] uses every core of this machine.")
@click.option("--overwrite", is_flag=True, help="Replace an existing output folder (atomically, once the new one is complete).")
@click.option("--stories", type=click.Choice(["auto", "exact", "windowed"]), default="auto", show_default=True, help="auto: as 'storylens stories' (exact unless a window would hold more than 50,000 articles); exact: the one-pass stories, whatever a window holds; windowed: cut time into --window-days windows (bounded memory per task, stitched at the edges).")
@click.option("--window-days", type=click.FloatRange(min=1.0), default=14.0, show_default=True, help="Days per window when windowed (--stories windowed, or auto on a large corpus).")
@friendly
def run_cmd(inputs: tuple[str, ...], output: str, master: str, overwrite: bool, stories: str, window_days: float) -> None:
    """Clean, group duplicates and cluster stories of INPUT with Spark; write Parquet.

    The same functions as 'storylens ingest' + 'duplicates' + 'stories', partitioned:
    on the same input the groups and (with the default --stories auto, or exact) the
    stories are the same.

    Example: storylens spark run --input 'crawl/*.jsonl' --output out/ --master local[4]
    """
    from ..engines.spark import SparkOptions, require_pyspark, run_job, session

    require_pyspark()
    spark = session(master)
    res = run_job(spark, list(inputs), output, run=SparkOptions(stories=stories, window_span_days=window_days),  # type: ignore[arg-type]
                  overwrite=overwrite)
    total = sum(res.timings.values())
    click.echo(
        f"wrote {res.output}: {res.articles:,} article(s), {res.skipped:,} skipped, "
        f"{res.groups:,} duplicate group(s), {res.stories:,} stories in {total:.1f} s"
    )


@click.command("import")
@click.argument("out", type=PATH)
@db_option("The article store (one SQLite file); created if missing.")
@friendly
def import_cmd(out: Path, db: Path) -> None:
    """Load the Parquet output of a Spark run into the local article store.

    OUT is the output folder of 'storylens spark run'.

    Articles and skipped inputs are added (ones already stored are ignored); groups and
    stories are loaded too when the store then holds exactly the job's articles. The
    whole output is checked first and written in one transaction: a malformed output is
    refused with its problems, before any store is opened or created.

    Example: storylens import out/ --db news.db
    """
    from ..engines.spark.io import import_outputs, validate_outputs
    from ..store import open_store

    report = validate_outputs(out)
    store = open_store(db, create=True)
    try:
        res = import_outputs(out, store, report=report)
    finally:
        store.close()
    click.echo(
        f"imported {res.articles:,} article(s) into {db} ({res.already:,} already stored, "
        f"{res.skipped:,} skipped row(s)); {res.groups:,} group(s), {res.stories:,} stories"
    )
    if res.note:
        click.echo(f"note: {res.note}", err=True)


def register(app: click.Group) -> None:
    """Add ``spark run`` and ``import`` to ``app``."""
    app.add_command(spark_app)
    app.add_command(import_cmd)
