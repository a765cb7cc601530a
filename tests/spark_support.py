"""Spark test helpers shared by tests/contract/test_spark_parity.py and
tests/e2e/test_spark_faults.py (import only after ``pytest.importorskip("pyspark")``)."""

from __future__ import annotations

import os
import sys

import pytest

from storylens.engines.spark.io import _members, read_table

# pyspark's own warnings (py4j sockets it leaves to the GC, its pandas/Arrow shims).
SPARK_WARNINGS = [
    pytest.mark.filterwarnings("ignore::ResourceWarning"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:pyspark.*"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:py4j.*"),
    pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
]


def start_spark():
    """The local[2] session every Spark test shares (``getOrCreate``: started once)."""
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from storylens.engines.spark import session

    s = session("local[2]", app="storylens-tests", conf={"spark.sql.shuffle.partitions": "4"})
    s.sparkContext.setLogLevel("ERROR")
    return s


def spark_tables(out) -> tuple[list, list, list]:
    rows = list(read_table(out, "articles"))
    arts = sorted((r["id"], r["content_hash"], r["source"]) for r in rows if r["id"] is not None)
    skipped = sorted((r["source"], r["skip_reason"]) for r in rows if r["id"] is None)
    # member rows per group/story, each by position: the reader `storylens import` uses
    groups = [(gid, ms[0]["kind"], ms[0]["canonical"], ms[0]["group_similarity"],
               tuple((m["article_id"], m["similarity"]) for m in ms))
              for gid, ms in _members(read_table(out, "groups"), "group_id")]
    stories = [(sid, ms[0]["label"], tuple(m["article_id"] for m in ms),
                ms[0]["first_published"], ms[0]["last_published"])
               for sid, ms in _members(read_table(out, "stories"), "story_id")]
    return arts, groups, stories, skipped
