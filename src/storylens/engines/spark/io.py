"""The Spark job's output: three Parquet tables and a report, replaced atomically.

Layout of ``OUT/`` (one folder of Parquet part files per table)::

    OUT/articles/   one row per stored article AND per skipped input
    OUT/groups/     one row per member of a duplicate group
    OUT/stories/    one row per article of a story
    OUT/_storylens.json   counts, timings, capped LSH buckets, the options used

Schema (columns of ``corpus/export.py`` plus what the store needs to load them back):

``articles``: ``id`` long (1..N in input order, as the store numbers; NULL on a skipped
row), ``content_hash`` string, ``raw_key`` string, ``source`` string (absolute path,
``:LINE`` for a record, ``#N`` for a WARC record), ``record_id``, ``url``, ``outlet``,
``title``, ``published`` (UTC ISO 8601, normalised by storylens.dates), ``author``, ``clean_text``, ``raw_text``,
``raw_html``, ``removed_json``, ``blocks_json`` (strings), ``credits`` list<string>,
``skip_reason`` (NULL for an article; a reason code such as ``bad-json``, ``binary``,
``empty``, ``read-failed``), ``skip_message`` string, ``skip_line`` long,
``published_raw`` (the date as scraped), ``published_issue`` (why ``published`` is NULL).

``groups``: ``group_id`` long (1 = largest), ``kind`` ("exact" | "near"), ``canonical``
long, ``group_similarity`` double, ``article_id`` long, ``similarity`` double (Jaccard
to the canonical copy), ``position`` long (0 = canonical).

``stories``: ``story_id`` long (in order of first publication), ``label``,
``first_published``, ``last_published`` strings, ``article_id`` long, ``position``
long (publication order).

Replacing: the job writes into a hidden sibling folder and renames it into place when
everything is written; an existing ``OUT`` is first renamed aside and deleted after. A
reader sees the old tables or the new ones, never a half-written mix (on HDFS and
local disks, where rename is atomic; object stores emulate rename by copying).
Without ``overwrite`` an existing ``OUT`` is refused before any work starts.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...errors import MissingExtra, StorylensError

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

    from ...store.base import Store

TABLES = ("articles", "groups", "stories")
REPORT = "_storylens.json"

ARTICLE_COLUMNS = (
    "id", "content_hash", "raw_key", "source", "record_id", "url", "outlet", "title",
    "published", "author", "clean_text", "raw_text", "raw_html", "removed_json",
    "blocks_json", "credits", "skip_reason", "skip_message", "skip_line",
    "published_raw", "published_issue",
)


class OutputExists(StorylensError):
    """The output folder exists and ``--overwrite`` was not given."""

    def __init__(self, path: str):
        super().__init__(
            f"{path} already exists; pass --overwrite to replace it (the old output is "
            "kept until the new one is complete)"
        )


def _fs(path: str):
    """Hadoop FileSystem and Path for ``path`` (local, HDFS, S3A...) through the JVM."""
    from pyspark import SparkContext

    sc = SparkContext.getOrCreate()
    jvm = sc._jvm  # type: ignore[attr-defined]
    hpath = jvm.org.apache.hadoop.fs.Path(path)
    return hpath.getFileSystem(sc._jsc.hadoopConfiguration()), hpath, jvm  # type: ignore[attr-defined]


def _qualify(output: str | Path) -> str:
    text = str(output)
    if "://" in text or text.startswith("file:"):
        return text.rstrip("/")
    return str(Path(text).expanduser().absolute())


def check_output(output: str | Path, overwrite: bool) -> str:
    """The output location, refused up front if it exists and ``overwrite`` is off."""
    out = _qualify(output)
    fs, hpath, _ = _fs(out)
    if fs.exists(hpath) and not overwrite:
        raise OutputExists(out)
    return out


def write_outputs(
    out: str,
    articles: DataFrame,
    groups: DataFrame,
    stories: DataFrame,
    report: dict[str, Any],
    overwrite: bool,
) -> None:
    """Write the tables into a temporary sibling, then move it into place."""
    fs, target, jvm = _fs(out)
    parent = target.getParent()
    tag = uuid.uuid4().hex[:12]
    tmp = jvm.org.apache.hadoop.fs.Path(parent, f".{target.getName()}.tmp-{tag}")
    tmp_s = tmp.toString()
    try:
        articles.orderBy("id").write.parquet(f"{tmp_s}/articles")
        groups.orderBy("group_id", "position").write.parquet(f"{tmp_s}/groups")
        stories.orderBy("story_id", "position").write.parquet(f"{tmp_s}/stories")
        fs.setWriteChecksum(False)  # no .crc beside the report on local disks
        stream = fs.create(jvm.org.apache.hadoop.fs.Path(tmp, REPORT), True)
        stream.write(bytearray(json.dumps(report, indent=2, default=str).encode("utf-8")))
        stream.close()
        if fs.exists(target):
            if not overwrite:  # someone else wrote it while we ran
                raise OutputExists(out)
            old = jvm.org.apache.hadoop.fs.Path(parent, f".{target.getName()}.old-{tag}")
            if not fs.rename(target, old):
                raise StorylensError(f"cannot move the old output {out} aside")
            if not fs.rename(tmp, target):
                fs.rename(old, target)
                raise StorylensError(f"cannot move the new output into {out}")
            fs.delete(old, True)
        elif not fs.rename(tmp, target):
            raise StorylensError(f"cannot move the new output into {out}")
    finally:
        if fs.exists(tmp):
            fs.delete(tmp, True)


# --- reading back (pyarrow only; no Spark needed) -------------------------------------------


def _pyarrow():
    try:
        import pyarrow.dataset as ds
    except ImportError:
        raise MissingExtra("spark", "pyarrow", "Reading the Spark job's output") from None
    return ds


def _members(rows: Iterator[dict[str, Any]], key: str) -> list[tuple[int, list[dict[str, Any]]]]:
    """Member rows of a groups/stories table, per ``key`` in id order, each by position."""
    by_id: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        by_id.setdefault(r[key], []).append(r)
    return [(k, sorted(by_id[k], key=lambda r: r["position"])) for k in sorted(by_id)]


def read_table(out: str | Path, name: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Rows of one output table as dicts, batch by batch (memory stays flat)."""
    ds = _pyarrow()
    path = Path(out) / name
    if not path.is_dir():
        raise StorylensError(f"{out} is not a storylens Spark output (no {name}/ folder)")
    for batch in ds.dataset(str(path), format="parquet").to_batches(columns=columns):
        yield from batch.to_pylist()


def read_report(out: str | Path) -> dict[str, Any]:
    p = Path(out) / REPORT
    if not p.is_file():
        raise StorylensError(f"{out} is not a storylens Spark output (no {REPORT})")
    try:
        report = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as e:
        raise StorylensError(f"{p} is not a readable job report ({type(e).__name__})") from None
    if not isinstance(report, dict):
        raise StorylensError(f"{p} is not a readable job report (not a JSON object)")
    return report


@dataclass(frozen=True)
class ImportResult:
    articles: int  # added to the store
    already: int  # already in the store (same content hash)
    skipped: int
    groups: int  # loaded (0 when they must be rebuilt)
    stories: int
    note: str = ""


class BadOutput(StorylensError):
    """The Spark output fails validation; nothing was written. ``problems`` lists them."""

    def __init__(self, out: str | Path, problems: list[str]):
        self.problems = problems
        shown = "; ".join(problems[:5])
        more = f" (and {len(problems) - 5:,} more)" if len(problems) > 5 else ""
        super().__init__(f"cannot import {out}: {shown}{more}; nothing was written")


# Column -> the Python types a valid value has (after pyarrow's to_pylist), and whether
# it may be NULL: on an article row / on a skipped row. Strings only where the store keeps
# text, ints where it keeps ids: a float id or a number as outlet would break `story`,
# `duplicates` and `export` later, so they are refused here, with the row.
_STR, _INT, _FLOAT = (str,), (int,), (float, int)
_ARTICLE_SPEC: dict[str, tuple[tuple[type, ...], bool, bool]] = {
    # name: (types, required on an article row, required on a skipped row)
    "id": (_INT, True, False),
    "content_hash": (_STR, True, False),
    "raw_key": (_STR, True, False),
    "source": (_STR, True, True),
    "record_id": (_STR, False, False),
    "url": (_STR, False, False),
    "outlet": (_STR, True, False),
    "title": (_STR, False, False),
    "published": (_STR, False, False),
    "published_raw": (_STR, False, False),
    "published_issue": (_STR, False, False),
    "author": (_STR, False, False),
    "clean_text": (_STR, True, False),
    "raw_text": (_STR, False, False),
    "raw_html": (_STR, False, False),
    "removed_json": (_STR, False, False),
    "blocks_json": (_STR, False, False),
    "credits": ((list,), False, False),
    "skip_reason": (_STR, False, True),
    "skip_message": (_STR, False, False),
    "skip_line": (_INT, False, False),
}
# Columns that outputs written before the job normalised dates do not have: read as NULL.
_LATER_COLUMNS = frozenset({"published_raw", "published_issue"})
_GROUP_SPEC = {
    "group_id": _INT, "kind": _STR, "canonical": _INT, "group_similarity": _FLOAT,
    "article_id": _INT, "similarity": _FLOAT, "position": _INT,
}
_STORY_SPEC = {
    "story_id": _INT, "label": _STR, "article_id": _INT, "position": _INT,
    "first_published": _STR, "last_published": _STR,
}
_NULLABLE_STORY = {"first_published", "last_published"}


def _columns(out: str | Path, name: str) -> list[str]:
    ds = _pyarrow()
    path = Path(out) / name
    if not path.is_dir():
        raise StorylensError(f"{out} is not a storylens Spark output (no {name}/ folder)")
    try:
        return list(ds.dataset(str(path), format="parquet").schema.names)
    except Exception as e:  # noqa: BLE001 - pyarrow raises ArrowInvalid, OSError, ...
        raise BadOutput(out, [f"{name}/ is not readable Parquet ({type(e).__name__})"]) from None


def _rows(out: str | Path, name: str, problems: list[str]) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        yield from enumerate(read_table(out, name), 1)
    except StorylensError:
        raise
    except Exception as e:  # noqa: BLE001 - a damaged part file
        problems.append(f"{name}/ cannot be read to the end ({type(e).__name__})")


def _bad(v: Any, types: tuple[type, ...]) -> bool:
    return isinstance(v, bool) or not isinstance(v, types) or (isinstance(v, float) and v != v)


def validate_outputs(out: str | Path) -> dict[str, Any]:
    """Read every table once and check every row against the schema in the module doc
    (types, required values, ids unique, every member an article of the table). Raises
    :class:`BadOutput` listing the problems; returns the report."""
    report = read_report(out)
    problems: list[str] = []
    for name, spec in (("articles", _ARTICLE_SPEC), ("groups", _GROUP_SPEC), ("stories", _STORY_SPEC)):
        missing = [c for c in spec if c not in _columns(out, name) and c not in _LATER_COLUMNS]
        if missing:
            problems.append(f"{name}/ has no column {', '.join(missing)}")
    if problems:
        raise BadOutput(out, problems)

    ids: set[int] = set()
    hashes: set[str] = set()
    for i, r in _rows(out, "articles", problems):
        is_skip = r["skip_reason"] is not None
        for col, (types, need_art, need_skip) in _ARTICLE_SPEC.items():
            v = r.get(col)
            if v is None:
                if need_skip if is_skip else need_art:
                    problems.append(f"articles row {i}: {col} is NULL")
            elif _bad(v, types):
                problems.append(f"articles row {i}: {col} is {type(v).__name__}, not {types[0].__name__}")
        if isinstance(r["credits"], list) and any(not isinstance(c, str) for c in r["credits"]):
            problems.append(f"articles row {i}: credits holds a non-string")
        if not is_skip and isinstance(r["id"], int):
            if r["id"] in ids:
                problems.append(f"articles row {i}: id {r['id']} appears twice")
            ids.add(r["id"])
            if isinstance(r["content_hash"], str):
                if r["content_hash"] in hashes:
                    problems.append(f"articles row {i}: content_hash appears twice")
                hashes.add(r["content_hash"])
        if len(problems) > 50:
            break
    for name, spec in (("groups", _GROUP_SPEC), ("stories", _STORY_SPEC)):
        for i, r in _rows(out, name, problems):
            for col, types in spec.items():
                v = r[col]
                if v is None:
                    if col not in _NULLABLE_STORY:
                        problems.append(f"{name} row {i}: {col} is NULL")
                elif _bad(v, types):
                    problems.append(f"{name} row {i}: {col} is {type(v).__name__}, not {types[0].__name__}")
            if name == "groups" and r["kind"] not in (None, "exact", "near"):
                problems.append(f"groups row {i}: kind {str(r['kind'])[:20]!r} is not exact or near")
            for col in ("article_id", "canonical") if name == "groups" else ("article_id",):
                if isinstance(r[col], int) and not isinstance(r[col], bool) and r[col] not in ids:
                    problems.append(f"{name} row {i}: {col} {r[col]} is no article of the output")
            if len(problems) > 50:
                break
    if problems:
        raise BadOutput(out, problems)
    return report


def _stories_options(store: Store, report: dict[str, Any], groups: list[Any]) -> Any:
    """The build options the imported stories are current for: the local defaults when
    the job cut its windows as the local build (``windows.mode`` ``auto``) would have on
    this store, else the job's own mode (so ``storylens stories`` rebuilds them)."""
    from ...corpus.dedup import published_timestamp
    from ...corpus.windows import WindowOptions, plan_windows
    from ..local.build import BuildOptions

    defaults = BuildOptions()
    spark = report.get("spark") if isinstance(report.get("spark"), dict) else {}
    mode, span = spark.get("stories", "exact"), float(spark.get("window_span_days", 14.0))
    win = defaults.windows
    group_of = {m.article_id: str(g.id) for g in groups for m in g.members}
    rows = [(r.id, published_timestamp(r.published), group_of.get(r.id)) for r, _ in store.iter_clean()]
    exact = plan_windows(rows, defaults.cluster.window_days, "exact", win.span_days)
    auto = plan_windows(rows, defaults.cluster.window_days, "auto", win.span_days, win.max_window)
    local_mode = "exact" if auto == exact else "windowed"
    if mode == "auto":  # the job planned its windows as the local build does
        mode = local_mode
    if mode == local_mode and (mode == "exact" or span == win.span_days):
        return defaults
    return BuildOptions(windows=WindowOptions(mode=mode, span_days=span))


def import_outputs(
    out: str | Path, store: Store, batch: int = 500, report: dict[str, Any] | None = None
) -> ImportResult:
    """Load the Spark job's tables into ``store`` through its public protocol.

    The whole output is validated first (:func:`validate_outputs`); a bad output is
    refused with its problems and nothing is written. Then everything is written in one
    transaction (``store.atomic()``): articles and skipped rows in id order with
    ``write_batch`` (so a fresh store numbers them as Spark did), then groups and stories,
    mapped to the store's ids by content hash, only when the store then holds exactly the
    job's articles and the job ran with the default build options and this storylens's
    grouping rules (:func:`~storylens.corpus.fingerprint.rules_fingerprint`): otherwise they would
    not describe the store, and the next ``duplicates`` / ``stories`` rebuilds them.
    ``report`` is :func:`validate_outputs`'s answer when the caller has validated already.
    """
    from ...corpus.fingerprint import rules_fingerprint
    from ...store.base import GroupMember, SkippedRow, StoredArticle, StoredGroup, StoredStory
    from ..local.build import BuildOptions, groups_state, stories_state

    if report is None:
        report = validate_outputs(out)
    added = already = skipped = 0
    arts: list[StoredArticle] = []
    skips: list[SkippedRow] = []
    n_job = 0

    def flush() -> None:
        nonlocal added, already, skipped, arts, skips
        a, s = store.write_batch(arts, skips)
        added += a
        already += len(arts) - a
        skipped += s
        arts, skips = [], []

    with store.atomic():
        for r in read_table(out, "articles"):
            if r["skip_reason"] is not None:
                skips.append(SkippedRow(r["source"], r["skip_reason"], r["skip_message"] or "",
                                        r["skip_line"], r["raw_key"]))
            else:
                n_job += 1
                arts.append(StoredArticle(
                    content_hash=r["content_hash"], raw_key=r["raw_key"], source=r["source"],
                    outlet=r["outlet"], clean_text=r["clean_text"], record_id=r["record_id"],
                    url=r["url"], title=r["title"], published=r["published"], author=r["author"],
                    raw_text=r["raw_text"], raw_html=r["raw_html"], removed_json=r["removed_json"] or "[]",
                    blocks_json=r["blocks_json"] or "[]", credits=tuple(r["credits"] or ()),
                    published_raw=r.get("published_raw"), published_issue=r.get("published_issue"),
                ))
            if len(arts) + len(skips) >= batch:
                flush()
        flush()

        defaults = BuildOptions()
        opts = report.get("options", {})
        opts = opts if isinstance(opts, dict) else {}
        if opts.get("dedup") != repr(defaults.dedup) or opts.get("cluster") != repr(defaults.cluster):
            return ImportResult(added, already, skipped, 0, 0,
                                "the job ran with non-default build options; groups and stories will be rebuilt")
        if opts.get("rules") != rules_fingerprint():  # another storylens (or a job from before the check)
            return ImportResult(added, already, skipped, 0, 0,
                                "the job ran with other grouping rules (another storylens version);"
                                " groups and stories will be rebuilt")
        store_id = {a.content_hash: a.id for a in store.iter_articles()}
        if len(store_id) != n_job:
            return ImportResult(added, already, skipped, 0, 0,
                                "the store holds other articles too; groups and stories will be rebuilt")
        job_to_store = {r["id"]: store_id[r["content_hash"]]
                        for r in read_table(out, "articles", ["id", "content_hash"]) if r["id"] is not None}

        stored_groups = []
        for gid, ms in _members(read_table(out, "groups"), "group_id"):
            g0 = ms[0]
            stored_groups.append(StoredGroup(
                gid, g0["kind"], job_to_store[g0["canonical"]],
                tuple(GroupMember(job_to_store[m["article_id"]], m["similarity"]) for m in ms),
                g0["group_similarity"]))
        store.replace_groups(stored_groups, groups_state(store, defaults))
        stored_stories = []
        for sid, ms in _members(read_table(out, "stories"), "story_id"):
            s0 = ms[0]
            stored_stories.append(StoredStory(
                sid, s0["label"], tuple(job_to_store[m["article_id"]] for m in ms),
                s0["first_published"], s0["last_published"]))
        store.replace_stories(stored_stories, stories_state(store, _stories_options(store, report, stored_groups)))
    return ImportResult(added, already, skipped, len(stored_groups), len(stored_stories))
