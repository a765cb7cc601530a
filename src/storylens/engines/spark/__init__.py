"""The corpus pipeline on Spark: the same core functions, partitioned (``storylens[spark]``).

``run_job`` is the job; ``import_outputs`` loads its Parquet tables into a local store.
Importing this package does not import pyspark; :func:`session` and :func:`run_job` do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...errors import MissingExtra
from .io import ARTICLE_COLUMNS, ImportResult, OutputExists, import_outputs
from .job import JobResult, SparkOptions, plan_windows, run_job

if TYPE_CHECKING:
    from pyspark.sql import SparkSession


def require_pyspark() -> None:
    """Raise :class:`MissingExtra` with the install line when pyspark is absent."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise MissingExtra("spark", "pyspark", "The Spark job") from None


def session(master: str = "local[*]", app: str = "storylens", conf: dict[str, str] | None = None) -> SparkSession:
    """A SparkSession for the job (``getOrCreate``: spark-submit's own settings win)."""
    require_pyspark()
    import os
    import sys

    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app).master(master)
    cores = master[6:-1] if master.startswith("local[") else ""
    # Two shuffle partitions per core: the default 200 makes hundreds of tiny tasks on
    # a laptop; on a cluster spark-submit's own spark.sql.shuffle.partitions wins.
    shuffle = str(2 * (os.cpu_count() or 2) if cores in ("*", "") else 2 * int(cores))
    settings = {
        # The job's Python steps need the rows, not Arrow batches; keep the UI off in
        # local runs (a port per session); small shuffles need few partitions.
        "spark.ui.enabled": "false",
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.shuffle.partitions": shuffle,
        "spark.sql.adaptive.enabled": "true",
        **(conf or {}),
    }
    for k, v in settings.items():
        builder = builder.config(k, v)
    return builder.getOrCreate()


__all__ = [
    "ARTICLE_COLUMNS",
    "ImportResult",
    "JobResult",
    "OutputExists",
    "SparkOptions",
    "import_outputs",
    "plan_windows",
    "require_pyspark",
    "run_job",
    "session",
]
