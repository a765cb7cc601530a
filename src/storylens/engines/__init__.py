"""Engines: the corpus pipeline mapped onto a runtime, each only calling the pure core
in :mod:`storylens.corpus` (and the cleaner) and never another engine's private names.

* :mod:`.local` — one machine: ingest into the store (process pool), build groups and
  stories, export.
* :mod:`.spark` — Apache Spark (``storylens[spark]``): the same core functions,
  partitioned; writes Parquet that :func:`~storylens.engines.spark.import_outputs` loads.
"""
