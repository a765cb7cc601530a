"""Entry point for ``spark-submit``: the job with the cluster's own session.

    spark-submit --master yarn --deploy-mode cluster \\
        --py-files storylens.zip src/storylens/engines/spark/submit.py \\
        --input hdfs:///crawl/2026-11/ --output hdfs:///storylens/2026-11 --overwrite

Executors need storylens and its dependencies importable (install the wheel on every
node, or ship a packed virtual environment with ``--archives``; see docs/spark.md).
Prints the job result as one JSON object on stdout; exit status 1 with an ``error:``
line for a storylens error (an existing output without --overwrite, no input).
"""

from __future__ import annotations

import argparse
import json
import sys


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="storylens-spark", description=__doc__.splitlines()[0])
    p.add_argument("--input", "-i", action="append", required=True, help="file, folder or glob; repeatable")
    p.add_argument("--output", "-o", required=True, help="output folder (Parquet tables)")
    p.add_argument("--overwrite", action="store_true", help="replace an existing output atomically")
    p.add_argument("--stories", choices=("auto", "exact", "windowed"), default="auto")
    p.add_argument("--window-days", type=float, default=14.0)
    p.add_argument("--partitions", type=int, default=0, help="input partitions (0 = 4 per core)")
    args = p.parse_args(argv)

    from pyspark.sql import SparkSession

    from storylens.engines.spark.job import SparkOptions, run_job
    from storylens.errors import StorylensError

    spark = SparkSession.builder.appName("storylens").getOrCreate()
    try:
        res = run_job(
            spark, args.input, args.output,
            run=SparkOptions(stories=args.stories, window_span_days=args.window_days, partitions=args.partitions),
            overwrite=args.overwrite,
        )
    except StorylensError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    finally:
        spark.stop()
    print(json.dumps(res.as_dict(), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
