"""The corpus pipeline as one PySpark job: the same core, partitioned.

Nothing here decides what a duplicate or a story is. Every decision is a call into the
pure core (``storylens.readers``, ``storylens.clean`` through ``corpus.record``,
``storylens.corpus.dedup`` / ``lsh`` / ``minhash`` / ``cluster``); this module only says
which records meet on which machine. Steps of :func:`run_job`:

1. **units**    — the driver lists input files (directories walked in the order
   ``readers.iter_path`` walks them; Parquet files split by row group). A unit's rank
   and an item's index in it give every input its place in the local path's order.
2. **read+clean** — each unit is read with ``readers.iter_path`` (Parquet rows through
   the reader's own record parser), each raw article cleaned with the core's
   ``corpus.record.clean_records``. Anything that fails becomes a skipped row with a
   reason; a unit that blows up mid-file keeps what it read and adds one ``read-failed`` row.
3. **ids**      — articles with the same content hash keep the first (as the store's
   ``INSERT OR IGNORE`` does); ids ``1..N`` follow input order, as the store numbers.
4. **features** — ``dedup.features`` per batch of records (key, shingles, signature,
   band keys); the result for a record never depends on its batch.
5. **exact + LSH** — exact groups by text key; the smallest id per key goes on. Band
   keys are exploded, grouped by key, and each bucket goes through
   ``lsh.bucket_candidates`` on its own (the giant-bucket star guard included: the
   function's result is the union of its per-bucket results).
6. **verify**   — candidate pairs meet their two feature rows; ``dedup.verify`` decides.
7. **components** — min-label propagation with pointer jumping over the exact and
   verified edges, at most ``max_cc_iterations`` rounds; if that is not enough, the
   still-unsettled label graph is finished with the core's mergeable ``DisjointSet``.
8. **groups**   — ``dedup.duplicate_group`` per component (kind, weakest link and
   representative, as ``dedup.dedup`` decides them); numbered, listed and scored against
   the canonical copy by ``corpus.rows``, the functions ``build_groups`` uses.
9. **stories**  — document frequencies are a mergeable ``DocFreq`` (summed per
   partition, merged). Records are cut into time windows (``corpus.windows``, the plan
   the local build uses); each window is one partition and runs the core's
   ``cluster_stories`` with the corpus-wide frequencies on its own task. ``exact``
   windows are cut only where no story can cross: a gap longer than ``window_days``
   (no k-NN edge and no open story spans it), no duplicate group across the cut, no
   undated records; so the result equals the local path's. ``windowed`` also cuts
   every ``window_span_days`` with ``window_days`` of overlap and stitches windows
   through the overlap records with the core's ``windows.stitch`` (close to, not equal
   to, the one-window result; equal to the local build's in the same mode). Each story
   is drafted (order, label, dates) and numbered by ``rows.draft_story``, as in
   ``build_stories``.
10. **write**   — Parquet tables through :mod:`storylens.engines.spark.io` (atomic replace).
"""

from __future__ import annotations

import glob as _glob
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...corpus.options import BuildOptions
from ...corpus.windows import StoryMode, WindowPlan, plan_windows
from ...corpus.windows import stitch as core_stitch
from ...errors import InputError
from ...options import Options

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession


# Items of one unit share the unit's rank in the high bits of their order key; 2**32
# items (4.3 billion records) per file is beyond any crawl file, now that record files
# are streamed with no whole-file cap.
_ITEM_BITS = 32


@dataclass(frozen=True)
class SparkOptions:
    """How the job is cut up (what it finds is decided by ``Options``/``BuildOptions``)."""

    # auto (as the local build): exact windows unless one would hold more than
    # corpus.windows.DEFAULT_MAX_WINDOW articles, then windowed.
    stories: StoryMode = "auto"
    # Windowed mode: a window owns this many days of articles and also re-reads the
    # previous ``window_days`` (the cluster's story horizon) as overlap for stitching.
    # Two weeks: long enough that most stories (a few days) sit inside one window.
    window_span_days: float = 14.0
    # Min-label propagation with pointer jumping settles a component in about
    # log2(diameter) rounds; 12 covers chains of thousands of copies. Past it the rest
    # is finished on the driver (exact, never a silent cut).
    max_cc_iterations: int = 12
    # Records per call into the core (features, cleaning): amortises numpy set-up.
    batch: int = 256
    # Input partitions; 0 = 4 per core, so a slow file does not hold up a whole core.
    partitions: int = 0


@dataclass(frozen=True)
class JobResult:
    output: str
    articles: int
    skipped: int
    groups: int
    stories: int
    candidates: int
    verified: int
    capped_buckets: int
    cc_iterations: int
    windows: int
    timings: dict[str, float] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --- 1. units ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """One piece of input read by one task: a file, or one row group of a Parquet file."""

    rank: int
    path: str
    row_group: int | None = None
    first_row: int = 0  # 0-based row number of the row group's first row
    skipped: Any = None  # a Skipped decided on the driver (readers.unsupported)


_GLOB_CHARS = set("*?[")


def _expand(inputs: Sequence[str | Path]) -> list[tuple[Path, Path | None]]:
    """Paths, folders and globs -> ``(file, the folder whose walk met it, or None)``, in the order ingest
    reads them (``readers.iter_files``, the walk of ``readers.iter_path``)."""
    from ...readers import iter_files

    files: list[tuple[Path, Path | None]] = []
    for given in inputs:
        text = os.path.expanduser(str(given))
        if _GLOB_CHARS & set(text):
            matches = sorted(_glob.glob(text, recursive=True))
            if not matches:
                raise InputError(str(given), "missing", "no file matches this pattern")
            roots = [Path(os.path.abspath(m)) for m in matches]
        else:
            root = Path(os.path.abspath(text))
            if not root.exists():
                raise InputError(str(root), "missing", "no such file or directory")
            roots = [root]
        for root in roots:
            walked = root if root.is_dir() else None
            files.extend((f, walked) for f in iter_files(root))
    return files


def list_units(inputs: Sequence[str | Path]) -> list[Unit]:
    """The units of work, in input order; Parquet files are split by row group."""
    from ...readers import unsupported

    units: list[Unit] = []
    for path, folder in _expand(inputs):
        # a file met in a folder that is not read is recorded, not read (as ingest does)
        skip = unsupported(path, folder) if folder is not None else None
        if skip is None and path.suffix.lower() == ".parquet":  # one task per row group
            groups = _parquet_row_groups(path)
            if groups:
                first = 0
                for i, n in enumerate(groups):
                    units.append(Unit(len(units), str(path), i, first))
                    first += n
                continue
            # unreadable footer: one unit, so the executor reports why
            units.append(Unit(len(units), str(path), -1))
            continue
        units.append(Unit(len(units), str(path), skipped=skip))
    return units


def _parquet_row_groups(path: Path) -> list[int]:
    from ...readers.parquet import row_groups

    return row_groups(str(path))


# --- 2. read and clean (executors) -------------------------------------------------------------


def read_unit(unit: Unit, options: Options) -> Iterator[tuple[int, Any]]:
    """``(order, RawArticle | Skipped)`` for every item of one unit; never raises."""
    from ...models import Skipped

    base = unit.rank << _ITEM_BITS
    n = 0
    try:
        items: Iterable[Any]
        if unit.skipped is not None:
            items = [unit.skipped]
        elif unit.row_group is not None:
            items = _parquet_items(unit, options)
        else:
            from ...readers import iter_path

            items = iter_path(unit.path, options)
        for item in items:
            yield base + n, item
            n += 1
    except Exception as e:  # noqa: BLE001 - one broken file must not stop the job
        yield base + n, Skipped(unit.path, "read-failed", f"reader failed: {type(e).__name__}: {e}")


def _parquet_items(unit: Unit, options: Options) -> Iterator[Any]:
    """Rows of one Parquet row group, through the local path's Parquet reader."""
    from ...readers import label
    from ...readers.parquet import iter_row_group

    yield from iter_row_group(
        unit.path, label(unit.path), Path(unit.path).stem, unit.row_group, unit.first_row, options
    )


def clean_partition(items: Iterable[tuple[int, Any]], options: Options, batch: int) -> Iterator[tuple]:
    """Rows for the articles table: the core's :func:`~storylens.corpus.record.clean_records`,
    a batch of raw articles at a time."""
    from ...corpus.record import clean_records
    from ...dates import parse_published, utc_now
    from ...models import Skipped
    from ...store.base import raw_key

    now = utc_now()

    def flush(buf: list[tuple[int, Any]]) -> Iterator[tuple]:
        raws = [r for _, r in buf]
        try:
            outs = clean_records(raws, options)
        except Exception as e:  # noqa: BLE001 - clean_record catches per record; belt and braces
            outs = [Skipped(r.source, "clean-failed", f"cleaner failed: {type(e).__name__}: {e}") for r in raws]
        for (order, raw), out in zip(buf, outs, strict=True):
            key = raw_key(raw.source, raw.record_id, raw.url, raw.title, raw.text, raw.html)
            if isinstance(out, Skipped):
                yield _skip_row(order, raw.source, out.reason, out.message, out.line, key)
                continue
            date = parse_published(out.published, now)  # as the local ingest stores it
            yield (order, out.content_hash, key, raw.source, out.record_id, out.url, out.outlet,
                   out.title, date.utc, out.author, out.clean_text, raw.text, raw.html,
                   out.removed_json, out.blocks_json, list(out.credits), None, None, None,
                   date.raw, date.issue)

    buf: list[tuple[int, Any]] = []
    for order, item in items:
        if isinstance(item, Skipped):
            yield _skip_row(order, item.source, item.reason, item.message, item.line, None)
            continue
        buf.append((order, item))
        if len(buf) >= batch:
            yield from flush(buf)
            buf = []
    if buf:
        yield from flush(buf)


def _skip_row(order: int, source: str, reason: str, message: str, line: int | None, key: str | None) -> tuple:
    return (order, None, key, source, None, None, None, None, None, None, None, None, None,
            None, None, None, reason, message, line, None, None)


# Column order of the rows above (order first, then io.ARTICLE_COLUMNS without the id).
_CLEAN_FIELDS = ("order", "content_hash", "raw_key", "source", "record_id", "url", "outlet",
                 "title", "published", "author", "clean_text", "raw_text", "raw_html",
                 "removed_json", "blocks_json", "credits", "skip_reason", "skip_message", "skip_line",
                 "published_raw", "published_issue")


# --- helpers shared by the steps -----------------------------------------------------------


from ...corpus.rows import core_id  # noqa: E402  (the core's ids and order)


def _ts(published: str | None) -> float | None:
    from ...corpus.dedup import published_timestamp

    return published_timestamp(published)


# --- 4.-8. duplicate groups ----------------------------------------------------------------


def features_partition(rows: Iterable[Any], build: BuildOptions, batch: int) -> Iterator[tuple]:
    """``(id, key, shingles, signature, band_keys, length, published)`` via ``dedup.features``."""
    from ...corpus.dedup import DedupRecord, features

    def flush(buf: list[Any]) -> Iterator[tuple]:
        recs = [DedupRecord(core_id(r.id), r.clean_text, r.published) for r in buf]
        for r, f in zip(buf, features(recs, build.dedup), strict=True):
            yield (r.id, f.key, f.shingles.tobytes(), f.signature.tobytes(), list(f.band_keys),
                   len(r.clean_text), r.published)

    buf: list[Any] = []
    for r in rows:
        buf.append(r)
        if len(buf) >= batch:
            yield from flush(buf)
            buf = []
    if buf:
        yield from flush(buf)


def _features_of(id_: int, key: bytes, sh: bytes, sig: bytes):
    import numpy as np

    from ...corpus.dedup import Features

    return Features(core_id(id_), bytes(key), np.frombuffer(sh, dtype=np.uint64),
                    np.frombuffer(sig, dtype=np.uint32), ())


def bucket_pairs(key: int, members: list[int], max_bucket: int) -> Iterator[tuple]:
    """Candidate pairs of one LSH bucket through ``lsh.bucket_candidates`` (guard included).

    Yields ``("p", a, b)`` for pairs and ``("c", key, size, hub)`` for a capped bucket.
    """
    from ...corpus.lsh import bucket_candidates

    cands = bucket_candidates({core_id(m): (key,) for m in members}, max_bucket)
    for a, b in cands.pairs:
        yield ("p", int(a), int(b))
    for c in cands.capped:
        yield ("c", int(c.key), int(c.size), int(c.hub))


def verify_pair(row: Any, build: BuildOptions) -> tuple | None:
    from ...corpus.dedup import verify

    fa = _features_of(row.a, row.ka, row.sa, row.ga)
    fb = _features_of(row.b, row.kb, row.sb, row.gb)
    sim = verify(fa, fb, build.dedup)
    return None if sim is None else (row.a, row.b, float(sim))


def group_of_component(members: list[Any], weakest: float | None) -> Any:
    """``dedup.duplicate_group`` of one component's ``(id, key, length, published)`` rows."""
    from ...corpus.dedup import DedupRecord, duplicate_group

    records = [DedupRecord(core_id(m.id), "", m.published, m.length) for m in members]
    return duplicate_group(records, [bytes(m.key) for m in members], weakest)


def group_rows(number: int, group: Any) -> list[tuple]:
    """``(group_id, kind, canonical, group_similarity, article_id, position)`` per member,
    listed by ``rows.group_listing`` (similarities are scored after the shingle join)."""
    from ...corpus.rows import group_listing

    listed, similarity = group_listing(group)
    canonical = int(group.representative)
    return [(number, group.kind, canonical, similarity, int(m), pos) for pos, m in enumerate(listed)]


def score_member(row: Any) -> float:
    """``rows.member_similarity`` of a member row joined to its own (``ms``) and its
    canonical copy's (``cs``) shingle sets."""
    import numpy as np

    from ...corpus.rows import member_similarity

    sets = {row.canonical: row.cs, row.article_id: row.ms}
    return member_similarity(
        row.kind, row.article_id, row.canonical, lambda i: np.frombuffer(sets[i], dtype=np.uint64)
    )


# --- 9. stories ----------------------------------------------------------------------------


def cluster_window(records: list[Any], df: Any, build: BuildOptions) -> list[tuple[int, str, float]]:
    """``cluster_stories`` on one window, with the corpus-wide document frequencies:
    ``(id, story, centrality)`` (centrality labels the story, ``rows.draft_story``)."""
    from ...corpus.cluster import cluster_stories

    return [(int(a.id), a.story, a.centrality) for a in cluster_stories(records, build.cluster, df=df)]


def story_draft(members: list[Any]) -> Any:
    """``rows.draft_story`` of one story's collected ``(id, title, published, source, head,
    centrality)`` rows (``head``: an untitled article's text, cut)."""
    from ...corpus.rows import draft_story, opening_words

    return draft_story(
        (m.id, m.title, m.published, m.source, opening_words(m.head), m.centrality) for m in members
    )


# --- the job -------------------------------------------------------------------------------


class _Timer:
    def __init__(self) -> None:
        self.timings: dict[str, float] = {}
        self._t = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.timings[name] = round(now - self._t, 3)
        self._t = now


@dataclass
class _Job:
    """What every step of one run shares. Steps copy the plain values they need into
    locals before building a Spark lambda: a lambda must never capture this object
    (it holds the session, which cannot be pickled)."""

    spark: SparkSession
    options: Options
    build: BuildOptions
    run: SparkOptions
    nparts: int
    timer: _Timer = field(default_factory=_Timer)
    persisted: list[Any] = field(default_factory=list)  # DataFrames/RDDs to unpersist
    broadcasts: list[Any] = field(default_factory=list)

    def keep(self, frame: Any) -> Any:
        self.persisted.append(frame)
        return frame


def run_job(
    spark: SparkSession,
    inputs: Sequence[str | Path],
    output: str | Path,
    options: Options | None = None,
    build: BuildOptions | None = None,
    run: SparkOptions | None = None,
    overwrite: bool = False,
) -> JobResult:
    """Read, clean, group and cluster ``inputs``; write the tables to ``output``.

    See the module docstring for the numbered steps, one function each. The output path
    is checked before any work starts: an existing one is refused unless ``overwrite``.
    """
    from . import io

    run = run or SparkOptions()
    out = io.check_output(output, overwrite)
    sc = spark.sparkContext
    job = _Job(spark, options or Options(), build or BuildOptions(), run,
               run.partitions or max(2, sc.defaultParallelism * 4))

    units = list_units(inputs)  # 1.
    job.timer.lap("list")
    articles, skipped, n_articles = _read_clean_and_number(job, units)  # 2.-3.
    job.timer.lap("read_clean")
    feats = _features(job, articles)  # 4.
    job.timer.lap("features")
    exact_edges, pairs, capped = _candidates(job, feats)  # 5.
    n_candidates = pairs.count()
    job.timer.lap("candidates")
    verified = _verify(job, feats, pairs)  # 6.
    n_verified = verified.count()
    job.timer.lap("verify")
    edges = job.keep(exact_edges.unionByName(verified.select("a", "b")).persist())  # 7.
    labels, cc_rounds = components(spark, edges, run.max_cc_iterations)
    job.timer.lap("components")
    groups = _groups(job, feats, verified, labels)  # 8.
    n_groups = groups.select("group_id").distinct().count()
    job.timer.lap("groups")
    stories, plan = _stories(job, articles, groups)  # 9.
    n_stories = stories.select("story_id").distinct().count()
    job.timer.lap("stories")
    result = _write(job, out, overwrite, articles, skipped, groups, stories, capped, plan,  # 10.
                    (n_articles, n_groups, n_stories, n_candidates, n_verified, cc_rounds))
    job.timer.lap("write")
    for d in job.persisted:
        d.unpersist()
    for b in job.broadcasts:
        b.destroy()
    return JobResult(**{**result.as_dict(), "timings": job.timer.timings})


def _read_clean_and_number(job: _Job, units: list[Unit]) -> tuple[DataFrame, DataFrame, int]:
    """2. read + clean every unit; 3. ids: the first copy of a content hash wins and ids
    follow input order. Returns the articles, the skipped rows and the article count."""
    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql import types as T

    spark, sc = job.spark, job.spark.sparkContext
    options, batch = job.options, job.run.batch
    unit_rdd = sc.parallelize(units, min(job.nparts, max(1, len(units))))
    rows = unit_rdd.flatMap(lambda u: read_unit(u, options)).mapPartitions(
        lambda it: clean_partition(it, options, batch)
    )
    clean_schema = T.StructType(
        [T.StructField("order", T.LongType(), False)]
        + [T.StructField(c, T.StringType()) for c in _CLEAN_FIELDS[1:15]]
        + [T.StructField("credits", T.ArrayType(T.StringType())),
           T.StructField("skip_reason", T.StringType()),
           T.StructField("skip_message", T.StringType()),
           T.StructField("skip_line", T.LongType()),
           T.StructField("published_raw", T.StringType()),
           T.StructField("published_issue", T.StringType())]
    )
    cleaned = job.keep(spark.createDataFrame(rows, clean_schema).persist(StorageLevel.MEMORY_AND_DISK))

    # Only the small (order) column is sorted and numbered; the articles meet their id in
    # a join, so no task ever holds a sorted run of whole articles (that ran out of heap at 1M).
    arts = cleaned.where(F.col("skip_reason").isNull())
    first = arts.groupBy("content_hash").agg(F.min("order").alias("order"))
    ids = spark.createDataFrame(
        first.select("order").orderBy("order").rdd.zipWithIndex().map(lambda ri: (ri[0][0], ri[1] + 1)),
        "order long, id long not null",
    )
    rest = [c for c in arts.columns if c not in ("content_hash", "order")]
    articles = job.keep(
        arts.join(ids, "order").select("id", "content_hash", *rest).persist(StorageLevel.MEMORY_AND_DISK)
    )
    skipped = (
        cleaned.where(F.col("skip_reason").isNotNull())
        .withColumn("_k", F.concat_ws("\x1f", "source", F.col("skip_line").cast("string"),
                                      "skip_reason", F.coalesce("raw_key", F.lit(""))))
        .groupBy("_k").agg(F.min_by(F.struct(*[c for c in cleaned.columns]), "order").alias("r"))
        .select("r.*").orderBy("order").drop("order")
    )
    return articles, skipped, articles.count()


def _features(job: _Job, articles: DataFrame) -> DataFrame:
    """4. ``dedup.features`` per batch of records."""
    from pyspark import StorageLevel
    from pyspark.sql import types as T

    build, batch = job.build, job.run.batch
    feat_schema = T.StructType([
        T.StructField("id", T.LongType(), False), T.StructField("key", T.BinaryType()),
        T.StructField("sh", T.BinaryType()), T.StructField("sig", T.BinaryType()),
        T.StructField("bands", T.ArrayType(T.LongType())), T.StructField("length", T.LongType()),
        T.StructField("published", T.StringType()),
    ])
    feats = job.keep(job.spark.createDataFrame(
        articles.select("id", "clean_text", "published").rdd.mapPartitions(
            lambda it: features_partition(it, build, batch)), feat_schema,
    ).persist(StorageLevel.MEMORY_AND_DISK))
    feats.count()
    return feats


def _candidates(job: _Job, feats: DataFrame) -> tuple[DataFrame, DataFrame, list[tuple]]:
    """5. exact groups by text key, then LSH over one head per key. Returns the exact
    edges, the candidate pairs and the capped (giant) buckets."""
    from pyspark.sql import functions as F

    heads = feats.groupBy("key").agg(F.min("id").alias("head"), F.count("*").alias("n"))
    exact_edges = (
        feats.join(heads.where("n > 1"), "key").where("id != head")
        .select(F.col("head").alias("a"), F.col("id").alias("b"))
    )
    head_feats = feats.join(heads.select(F.col("head").alias("id")), "id").where(F.length("sh") > 0)
    buckets = (
        head_feats.select("id", F.explode(F.array_distinct("bands")).alias("bk"))
        .groupBy("bk").agg(F.collect_list("id").alias("m")).where(F.size("m") > 1)
    )
    max_bucket = job.build.dedup.max_bucket
    bucket_out = job.keep(buckets.rdd.flatMap(lambda r: bucket_pairs(r.bk, r.m, max_bucket)).persist())
    capped = bucket_out.filter(lambda t: t[0] == "c").collect()
    pairs = job.keep(job.spark.createDataFrame(
        bucket_out.filter(lambda t: t[0] == "p").map(lambda t: (t[1], t[2])), "a long, b long"
    ).distinct().persist())
    return exact_edges, pairs, capped


def _verify(job: _Job, feats: DataFrame, pairs: DataFrame) -> DataFrame:
    """6. each candidate pair meets its two feature rows; ``dedup.verify`` decides."""
    from pyspark.sql import functions as F

    build = job.build
    fa = feats.select(F.col("id").alias("a"), F.col("key").alias("ka"), F.col("sh").alias("sa"),
                      F.col("sig").alias("ga"))
    fb = feats.select(F.col("id").alias("b"), F.col("key").alias("kb"), F.col("sh").alias("sb"),
                      F.col("sig").alias("gb"))
    return job.keep(job.spark.createDataFrame(
        pairs.join(fa, "a").join(fb, "b").rdd.map(lambda r: verify_pair(r, build)).filter(bool),
        "a long, b long, sim double",
    ).persist())


def _groups(job: _Job, feats: DataFrame, verified: DataFrame, labels: DataFrame) -> DataFrame:
    """8. ``dedup.duplicate_group`` per component, numbered and scored by ``corpus.rows``."""
    from pyspark.sql import functions as F

    from ...corpus.rows import group_rank

    spark = job.spark
    weakest = verified.join(labels.withColumnRenamed("id", "a"), "a").groupBy("label").agg(
        F.min("sim").alias("weakest"))
    comp = (
        labels.join(feats.select("id", "key", "length", "published"), "id")
        .groupBy("label").agg(F.collect_list(F.struct("id", "key", "length", "published")).alias("m"))
        .join(weakest, "label", "left")
    )
    drafts = comp.rdd.map(lambda r: group_of_component(r.m, r.weakest))
    numbered = drafts.sortBy(group_rank).zipWithIndex()  # build_groups numbering
    grows = numbered.flatMap(lambda gi: group_rows(gi[1] + 1, gi[0]))
    gdf = spark.createDataFrame(grows, "group_id long, kind string, canonical long, group_similarity double, "
                                       "article_id long, position int not null")
    sh = feats.select("id", "sh")
    gscored = (
        gdf.join(sh.select(F.col("id").alias("canonical"), F.col("sh").alias("cs")), "canonical")
        .join(sh.select(F.col("id").alias("article_id"), F.col("sh").alias("ms")), "article_id")
    )
    return job.keep(spark.createDataFrame(
        gscored.rdd.map(lambda r: (r.group_id, r.kind, r.canonical, r.group_similarity, r.article_id,
                                   score_member(r), r.position)),
        "group_id long, kind string, canonical long, group_similarity double, article_id long, "
        "similarity double, position int not null",
    ).persist())


def _stories(job: _Job, articles: DataFrame, groups: DataFrame) -> tuple[DataFrame, WindowPlan]:
    """9. corpus-wide document frequencies, the window plan, ``cluster_stories`` per
    window, stitching, then each story drafted and numbered by ``rows.draft_story``."""
    from pyspark.sql import functions as F

    spark, sc = job.spark, job.spark.sparkContext
    build, run = job.build, job.run
    group_of = groups.select(F.col("article_id").alias("id"), F.col("group_id").cast("string").alias("dup_group"))
    srecs = job.keep(
        articles.select("id", "clean_text", "title", "published", "source").join(group_of, "id", "left").persist()
    )
    cluster_opts = build.cluster

    def part_df(it: Iterable[Any]) -> Iterator[Any]:
        from ...corpus.cluster import StoryRecord, doc_freq

        yield doc_freq((StoryRecord(core_id(r.id), r.clean_text, r.title, r.published) for r in it), cluster_opts)

    df = srecs.rdd.mapPartitions(part_df).treeReduce(lambda a, b: a.merge(b))
    plan_rows = [(r.id, _ts(r.published), r.dup_group)
                 for r in srecs.select("id", "published", "dup_group").toLocalIterator()]
    plan = plan_windows(plan_rows, cluster_opts.window_days, run.stories, run.window_span_days)
    del plan_rows
    bplace = sc.broadcast(plan.placement)
    bdf = sc.broadcast(df)
    job.broadcasts += [bplace, bdf]
    nwin = max(1, plan.windows)

    def by_window(r: Any) -> Iterator[tuple[int, tuple]]:
        for w, owned in bplace.value[r.id]:
            yield w, (r.id, r.clean_text, r.title, r.published, r.dup_group, owned)

    def cluster_part(it: Iterable[tuple[int, tuple]]) -> Iterator[tuple]:
        from ...corpus.cluster import StoryRecord

        wins: dict[int, list[tuple]] = {}
        for w, rec in it:  # one window per partition
            wins.setdefault(w, []).append(rec)
        for w, recs in sorted(wins.items()):
            srs = [StoryRecord(core_id(r[0]), r[1], r[2], r[3], r[4]) for r in recs]
            owned = {r[0]: r[5] for r in recs}
            for aid, story, central in cluster_window(srs, bdf.value, build):
                yield (aid, w, int(story), owned[aid], float(central))

    # One partition per window: a task holds one window, so its memory is bounded by
    # the largest window, not by a share of the corpus.
    assigned = job.keep(spark.createDataFrame(
        srecs.rdd.flatMap(by_window).partitionBy(nwin, lambda w: w).mapPartitions(cluster_part),
        "id long, w long, story long, owned boolean, centrality double",
    ).persist())
    story_of = stitch(spark, assigned, srecs, plan)
    # an untitled article's opening (rows.opening_words reads its first words; 2,000
    # characters hold them, and only untitled articles carry any)
    head = F.when(F.coalesce(F.col("title"), F.lit("")) == "", F.substring("clean_text", 1, 2000))
    # each article's centrality in the window that owns it (labels the story)
    central = assigned.where("owned").select("id", "centrality")
    members = story_of.join(srecs.select("id", "title", "published", "source", head.alias("head")), "id").join(
        central, "id"
    )
    sdrafts = (
        members.groupBy("story").agg(
            F.collect_list(F.struct("id", "title", "published", "source", "head", "centrality")).alias("m")
        )
        .rdd.map(lambda r: story_draft(r.m))
    )
    snum = sdrafts.sortBy(lambda d: d.when).zipWithIndex()  # build_stories numbering
    stories = job.keep(spark.createDataFrame(
        snum.flatMap(lambda di: [(di[1] + 1, di[0].label, di[0].first_published, di[0].last_published, aid, pos)
                                 for pos, aid in enumerate(di[0].article_ids)]),
        "story_id long, label string, first_published string, last_published string, article_id long, position long",
    ).persist())
    return stories, plan


def _write(job: _Job, out: str, overwrite: bool, articles: DataFrame, skipped: DataFrame,
           groups: DataFrame, stories: DataFrame, capped: list[tuple], plan: WindowPlan,
           counts: tuple[int, int, int, int, int, int]) -> JobResult:
    """10. the Parquet tables and the report, through :mod:`.io` (atomic replace)."""
    from pyspark.sql import functions as F

    from ...corpus.fingerprint import rules_fingerprint
    from . import io

    n_articles, n_groups, n_stories, n_candidates, n_verified, cc_rounds = counts
    run, build = job.run, job.build
    art_out = articles.select("id", *_CLEAN_FIELDS[1:])
    skip_out = skipped.select(F.lit(None).cast("long").alias("id"), *_CLEAN_FIELDS[1:])
    n_skipped = skip_out.count()
    report = {
        "capped_buckets": [{"key": c[1], "size": c[2], "hub": c[3]} for c in sorted(capped)[:100]],
        "spark": {"stories": run.stories, "window_span_days": run.window_span_days,
                  "windows": plan.windows, "cc_iterations": cc_rounds},
        "options": {"dedup": repr(build.dedup), "cluster": repr(build.cluster), "rules": rules_fingerprint()},
    }
    result = JobResult(str(out), n_articles, n_skipped, n_groups, n_stories, n_candidates,
                       n_verified, len(capped), cc_rounds, plan.windows, {})
    io.write_outputs(out, art_out.unionByName(skip_out), groups, stories, {**report, **result.as_dict()},
                     overwrite)
    return result


def components(spark: SparkSession, edges: DataFrame, max_iterations: int) -> tuple[DataFrame, int]:
    """``(id, label)`` with label = smallest id of the node's connected component.

    Min-label propagation with pointer jumping (``label <- label[label]``), which
    settles a component in about log2(diameter) rounds. After ``max_iterations`` the
    edges between still-different labels are collected and finished with the core's
    ``DisjointSet`` on the driver (whose roots are also the smallest ids), so the
    result is exact whatever the graph.
    """
    from pyspark.sql import functions as F

    both = edges.select("a", "b").unionByName(edges.select(F.col("b").alias("a"), F.col("a").alias("b")))
    both = both.distinct().persist()
    labels = both.select(F.col("a").alias("id")).distinct().withColumn("label", F.col("id")).localCheckpoint()
    rounds = 0
    settled = False
    while rounds < max_iterations:
        rounds += 1
        nb = (both.join(labels.withColumnRenamed("id", "b").withColumnRenamed("label", "nl"), "b")
              .groupBy("a").agg(F.min("nl").alias("nl")).withColumnRenamed("a", "id"))
        step = labels.join(nb, "id").select("id", F.least("label", "nl").alias("label"))
        jump = (step.alias("s").join(step.alias("t"), F.col("s.label") == F.col("t.id"))
                .select(F.col("s.id").alias("id"), F.least(F.col("s.label"), F.col("t.label")).alias("label")))
        # The checkpoint cuts the plan (it would double every round) and computes the
        # round in one job; counting the changes then only scans the checkpoint.
        jump = jump.join(labels.withColumnRenamed("label", "old"), "id").select(
            "id", "label", (F.col("label") != F.col("old")).alias("changed")).localCheckpoint()
        changed = jump.where("changed").count()
        labels = jump.select("id", "label")
        if changed == 0:
            settled = True
            break
    if not settled:
        from ...corpus.dedup import DisjointSet

        lab = labels.withColumnRenamed("id", "a").withColumnRenamed("label", "la")
        open_edges = (both.join(lab, "a").join(lab.withColumnRenamed("a", "b").withColumnRenamed("la", "lb"), "b")
                      .where("la != lb").select("la", "lb").distinct().collect())
        ds = DisjointSet()
        for r in open_edges:
            ds.union(int(r.la), int(r.lb))
        fix = [(int(x), int(ds.find(x))) for x in ds.parent]
        if fix:
            fdf = spark.createDataFrame(fix, "label long, root long")
            labels = (labels.join(fdf, "label", "left")
                      .select("id", F.coalesce("root", "label").alias("label")).localCheckpoint())
    both.unpersist()
    return labels, rounds


def stitch(spark: SparkSession, assigned: DataFrame, srecs: DataFrame, plan: WindowPlan) -> DataFrame:
    """``(id, story)`` for every article from the per-window assignments.

    Exact plans need nothing: every article is in one window and the core named its
    story after its earliest article. Windowed plans are joined on the driver by the
    core's :func:`~storylens.corpus.windows.stitch` (the local build's too): a story an
    overlap article belongs to in two windows is one story, duplicate groups go to the
    story of their earliest member, every story is named after its earliest article.
    """
    owned = assigned.where("owned").select("id", "w", "story")
    if all(len(p) == 1 for p in plan.placement.values()):
        return owned.select("id", "story")
    context = [(int(r.id), int(r.w), int(r.story))
               for r in assigned.where("not owned").select("id", "w", "story").toLocalIterator()]
    rows = ((int(r.id), int(r.w), int(r.story), _ts(r.published), r.dup_group)
            for r in owned.join(srecs.select("id", "published", "dup_group"), "id").toLocalIterator())
    return spark.createDataFrame(core_stitch(rows, context), "id long, story long")
