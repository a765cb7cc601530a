"""Duplicate groups and stories over a store, through the pure corpus core.

The core (:mod:`storylens.corpus.dedup`, :mod:`storylens.corpus.cluster`) works on plain
records with string ids and knows nothing about storage; this module reads the store,
maps article ids to zero-padded strings (so the core's string order is id order), runs
the core and writes the result back with ``replace_groups`` / ``replace_stories``.

Up to date: every build records a *state* string: the store's generation (bumped by
every write that adds articles), the options used and the grouping rules' fingerprint
(:func:`~storylens.corpus.fingerprint.rules_fingerprint`: version and a hash of the core's
source), and, for stories, the groups' state, because near-duplicates are forced into one
story. ``ensure_*`` rebuilds only when the recorded state differs, so ``duplicates`` /
``stories`` are instant on an unchanged store, never stale after an ingest, and never
stale after an upgrade that changed the grouping rules.

Numbering: groups are numbered largest first; stories in order of their first
publication (undated last). A later ingest of newer articles therefore mostly appends
story numbers instead of renumbering the existing ones.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...corpus.cluster import StoryRecord, cluster_stories, doc_freq
from ...corpus.dedup import (
    DedupOptions,
    DedupRecord,
    DisjointSet,
    DuplicateGroup,
    Features,
    duplicate_group,
    features,
    published_timestamp,
    verify,
)
from ...corpus.fingerprint import rules_fingerprint
from ...corpus.options import BuildOptions
from ...corpus.record import removed_from_json
from ...corpus.rows import (
    StoryMember,
    core_id,
    draft_story,
    group_listing,
    group_rank,
    member_similarity,
    opening_words,
)
from ...corpus.windows import WindowPlan, plan_windows, stitch, window_members
from ...dates import stored_issue
from ...errors import InputError
from ...models import Article, Block
from ...options import Options
from ...store.base import ArticleRef, GroupMember, Store, StoredArticle, StoredGroup, StoredStory

if TYPE_CHECKING:
    from ...models import Comparison
    from .export import ExportResult, Format


@dataclass(frozen=True)
class BuildResult:
    built: bool  # False when the stored result was already up to date
    count: int  # groups or stories now stored
    state: str


def groups_state(store: Store, options: BuildOptions) -> str:
    # rules=: a store built by another storylens rebuilds (see corpus/fingerprint.py)
    return f"gen={store.counts().generation};{options.dedup!r};rules={rules_fingerprint()}"


def stories_state(store: Store, options: BuildOptions) -> str:
    return (f"gen={store.counts().generation};{options.cluster!r};{options.windows!r};"
            f"groups=[{groups_state(store, options)}]")


# Articles read, shingled or clustered at a time: what the build holds beyond its
# per-article ints (a batch of texts and their shingle sets, a few MB).
_BATCH = 2000
# Candidate pairs verified at a time (their articles' shingle sets are held).
_PAIR_BATCH = 20_000


def build_groups(store: Store, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Find exact and near-duplicate groups over every stored article and store them.

    The same groups as ``corpus.dedup.find_duplicate_groups`` over all articles, read
    in streams (see :func:`duplicate_groups`). Numbering, member order and scores come
    from :mod:`.rows`, as in the Spark job.
    """
    state = groups_state(store, options)
    found = duplicate_groups(store, options.dedup)
    groups: list[StoredGroup] = []
    ranked = sorted(found, key=group_rank)
    del found
    for start in range(0, len(ranked), _BATCH):
        part = ranked[start : start + _BATCH]
        # near groups compare every copy with the canonical one: their texts, a batch of groups at a time
        need = sorted({int(m) for g in part if g.kind == "near" for m in g.members})
        texts = {ref.id: text for ref, text in store.clean_of(need)}
        shingles = _on_demand(texts, options.dedup.k)
        for n, g in enumerate(part, start + 1):
            listed, similarity = group_listing(g)
            members = tuple(
                GroupMember(int(m), member_similarity(g.kind, m, g.representative, shingles))
                for m in listed
            )
            groups.append(StoredGroup(n, g.kind, int(g.representative), members, similarity))
    store.replace_groups(groups, state)
    return BuildResult(True, len(groups), state)


def duplicate_groups(store: Store, options: DedupOptions | None = None) -> list[DuplicateGroup]:
    """``find_duplicate_groups`` over every stored article, in bounded memory.

    The core's :func:`~storylens.corpus.dedup.dedup` holds every article's text key,
    shingle set and signature (about 10 kB an article). Here the articles stream by
    in batches; each keeps a 16-byte digest of its text key (equal keys, equal
    digests), its length and date and, for the first article of each key, its band
    keys (42 ints). Candidates come from the band-key matrix
    (:func:`~storylens.corpus.lsh.bucket_candidates_array`), then are verified a batch
    of pairs at a time with the features of just their articles, recomputed from the
    store. The groups are the core's: same heads, pairs, ``verify``, union-find and
    ``duplicate_group``.
    """
    from array import array
    from hashlib import blake2b

    import numpy as np

    from ...corpus.lsh import bucket_candidates_array

    options = options or DedupOptions()
    ids = array("q")
    lengths = array("q")
    published: list[str | None] = []
    digests: list[bytes] = []
    first_of: dict[bytes, int] = {}
    ds = DisjointSet()
    heads = array("q")
    head_keys: list[np.ndarray] = []
    batch: list[tuple[ArticleRef, str]] = []

    def flush() -> None:
        feats = features([DedupRecord(core_id(r.id), t, r.published) for r, t in batch], options)
        for (ref, text), f in zip(batch, feats, strict=True):
            d = blake2b(f.key, digest_size=16).digest()
            ids.append(ref.id)
            lengths.append(len(text))
            published.append(ref.published)
            digests.append(d)
            first = first_of.setdefault(d, ref.id)  # ids ascend: the first is the smallest
            if first != ref.id:
                ds.union(first, ref.id)
            elif len(f.shingles):
                heads.append(ref.id)
                head_keys.append(np.asarray(f.band_keys, dtype=np.int64))
        batch.clear()

    for item in store.iter_clean(_BATCH):
        batch.append(item)
        if len(batch) >= _BATCH:
            flush()
    flush()
    first_of.clear()
    keys = np.stack(head_keys) if head_keys else np.zeros((0, options.bands), dtype=np.int64)
    head_keys.clear()
    cands = bucket_candidates_array(np.frombuffer(heads, dtype=np.int64), keys, options.max_bucket)
    del keys
    edges: list[tuple[int, int, float]] = []
    pairs = sorted(cands.pairs)
    del cands
    held: dict[int, Features] = {}
    for start in range(0, len(pairs), _PAIR_BATCH):
        part = pairs[start : start + _PAIR_BATCH]
        need = {i for p in part for i in p}
        held = {i: f for i, f in held.items() if i in need}
        todo = sorted(need - held.keys())
        for j in range(0, len(todo), _BATCH):
            got = store.clean_of(todo[j : j + _BATCH])
            for (ref, _), f in zip(got, features([DedupRecord(core_id(r.id), t) for r, t in got], options),
                                   strict=True):
                held[ref.id] = f
        for a, b in part:
            sim = verify(held[a], held[b], options)
            if sim is not None:
                edges.append((a, b, sim))
                ds.union(a, b)
    del pairs, held
    weakest: dict[Any, float] = {}
    for a, _b, sim in edges:
        root = ds.find(a)
        weakest[root] = min(weakest.get(root, 1.0), sim)
    at = np.frombuffer(ids, dtype=np.int64)
    groups = []
    for comp in ds.components():
        if len(comp) < 2:
            continue
        pos = np.searchsorted(at, comp).tolist()
        groups.append(duplicate_group(
            [DedupRecord(core_id(ids[p]), "", published[p], lengths[p]) for p in pos],
            [digests[p] for p in pos],
            weakest.get(ds.find(comp[0])),
        ))
    groups.sort(key=lambda g: g.members[0])
    return groups


def _on_demand(texts: dict[int, str], k: int) -> Callable[[str], Any]:
    """Shingle sets by core id, made on first use and kept for one batch of groups:
    exact groups are never shingled, a near group's canonical copy once."""
    from ...corpus.shingles import shingle_hashes

    made: dict[str, Any] = {}

    def shingles(i: str) -> Any:
        if i not in made:
            made[i] = shingle_hashes(texts[int(i)], k)
        return made[i]

    return shingles


def build_stories(store: Store, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Cluster every stored article into stories (near-duplicates share one) and store them.

    The articles are cut into time windows by the core's
    :func:`~storylens.corpus.windows.plan_windows` (``options.windows``: the same plan
    as the Spark job's). One window is clustered as before, all at once. Several are
    clustered one after another with the corpus-wide document frequencies, each read
    from the store when its turn comes and let go after it, and joined by the core's
    :func:`~storylens.corpus.windows.stitch`: memory holds one window, not the corpus.
    """
    ensure_groups(store, options)
    state = stories_state(store, options)
    group_of = {m.article_id: str(g.id) for g in store.groups() for m in g.members}
    win = options.windows
    rows = [(ref.id, published_timestamp(ref.published), group_of.get(ref.id)) for ref, _ in store.iter_clean()]
    plan = plan_windows(rows, options.cluster.window_days, win.mode, win.span_days, win.max_window)
    members: dict[int, list[StoryMember]] = defaultdict(list)
    if plan.windows <= 1:
        del rows, plan
        records: list[StoryRecord] = []
        refs: dict[int, ArticleRef] = {}
        opening: dict[int, str | None] = {}  # untitled articles only
        for ref, text in store.iter_clean():
            refs[ref.id] = ref
            if not ref.title:
                opening[ref.id] = opening_words(text)
            records.append(StoryRecord(core_id(ref.id), text, ref.title, ref.published, group_of.get(ref.id)))
        assignments = cluster_stories(records, options.cluster)
        del records
        for a in assignments:
            r = refs[int(a.id)]
            members[int(a.story)].append(
                StoryMember(r.id, r.title, r.published, r.source, opening.get(r.id), a.centrality)
            )
    else:
        for _aid, story, m in _windowed(store, options, rows, plan, group_of):
            members[story].append(m)
    # drafted and numbered by .rows, as in the Spark job
    drafts = sorted((draft_story(ms) for ms in members.values()), key=lambda d: d.when)
    del members
    stories = [
        StoredStory(n, d.label, d.article_ids, d.first_published, d.last_published)
        for n, d in enumerate(drafts, 1)
    ]
    store.replace_stories(stories, state)
    return BuildResult(True, len(stories), state)


def _windowed(
    store: Store, options: BuildOptions, rows: list[tuple[int, float | None, str | None]], plan: WindowPlan,
    group_of: dict[int, str],
) -> Iterator[tuple[int, int, StoryMember]]:
    """``(id, story, member)`` of every article: windows clustered one at a time."""
    df = doc_freq((StoryRecord(core_id(r.id), t, r.title, r.published) for r, t in store.iter_clean(_BATCH)),
                  options.cluster)
    ts = {aid: t for aid, t, _ in rows}
    windows = window_members(plan)
    del plan
    owned: list[tuple[int, int, int, float | None, str | None]] = []
    context: list[tuple[int, int, int]] = []
    member: dict[int, StoryMember] = {}
    for w, ids in enumerate(windows):
        records = []
        for j in range(0, len(ids), _BATCH):
            for ref, text in store.clean_of([aid for aid, _ in ids[j : j + _BATCH]]):
                records.append(StoryRecord(core_id(ref.id), text, ref.title, ref.published, group_of.get(ref.id)))
                member.setdefault(ref.id, StoryMember(
                    ref.id, ref.title, ref.published, ref.source, None if ref.title else opening_words(text)
                ))
        is_owned = dict(ids)
        for a in cluster_stories(records, options.cluster, df=df):
            aid = int(a.id)
            if is_owned[aid]:
                owned.append((aid, w, int(a.story), ts[aid], group_of.get(aid)))
                member[aid] = member[aid]._replace(centrality=a.centrality)  # in its owning window
            else:
                context.append((aid, w, int(a.story)))
        windows[w] = []
        del records
    for aid, story in stitch(owned, context):
        yield aid, story, member[aid]
def ensure_groups(store: Store, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Build the duplicate groups unless the stored ones match the store and options."""
    state = groups_state(store, options)
    if store.build_state("groups_state") == state:
        return BuildResult(False, store.counts().groups, state)
    return build_groups(store, options)


def ensure_stories(store: Store, options: BuildOptions = BuildOptions()) -> BuildResult:
    state = stories_state(store, options)
    if store.build_state("stories_state") == state:
        return BuildResult(False, store.counts().stories, state)
    return build_stories(store, options)


# --- what the commands show --------------------------------------------------------------


def _identity(ref: ArticleRef) -> dict[str, Any]:
    return {
        "id": ref.id,
        "source": ref.source,
        "record_id": ref.record_id,
        "url": ref.url,
        "outlet": ref.outlet,
        "title": ref.title,
        "published": ref.published,
    }


def duplicate_report(
    store: Store, options: BuildOptions = BuildOptions(), limit: int | None = None
) -> dict[str, Any]:
    """Duplicate groups (built if stale), largest first, each copy by its source identity."""
    ensure_groups(store, options)
    groups = store.groups()
    shown = groups[:limit] if limit else groups
    out = []
    for g in shown:
        refs = store.refs([m.article_id for m in g.members])
        out.append(
            {
                "id": g.id,
                "kind": g.kind,
                "similarity": g.similarity,
                "canonical": g.canonical,
                "articles": [
                    {**_identity(r), "similarity": m.similarity}
                    for r, m in zip(refs, g.members, strict=True)
                ],
            }
        )
    return {"total": len(groups), "groups": out}


def story_report(
    store: Store,
    options: BuildOptions = BuildOptions(),
    since: str | None = None,
    min_articles: int = 1,
) -> dict[str, Any]:
    """Stories (built if stale), newest first, each article by its source identity.

    Newest first = latest publication descending, undated stories last, ties by number
    descending: the order of the web list (web/catalog.py), so both show the same list.
    """
    since = parse_since(since)
    ensure_stories(store, options)
    out = []
    listed = sorted(
        store.stories(since=since), key=lambda s: (s.last_published is not None, s.last_published or "", s.id),
        reverse=True,
    )
    for s in listed:
        if s.size < min_articles:
            continue
        out.append(
            {
                "id": s.id,
                "label": s.label,
                "first_published": s.first_published,
                "last_published": s.last_published,
                "articles": [_identity(r) for r in store.refs(s.article_ids)],
            }
        )
    return {"since": since, "stories": out}


def story_articles(
    store: Store, story_id: int, max_articles: int = 12, options: BuildOptions = BuildOptions()
) -> list[Article]:
    """A story's stored clean articles as :class:`Article` records ``a1..aN`` for compare.

    Big stories are cut to ``max_articles``: one copy per duplicate group first (ten wire
    copies say the same thing), then the rest, in publication order.
    """
    ensure_stories(store, options)
    story = store.story(story_id)
    group_of = {m.article_id: g.id for g in store.groups() for m in g.members}
    chosen: list[int] = []
    seen_groups: set[int] = set()
    for aid in story.article_ids:
        g = group_of.get(aid)
        if g is None or g not in seen_groups:
            chosen.append(aid)
            if g is not None:
                seen_groups.add(g)
    taken = set(chosen)
    rest = [a for a in story.article_ids if a not in taken]
    picked = set((chosen + rest)[:max_articles])
    ids = [a for a in story.article_ids if a in picked]  # back in publication order
    return [to_article(a, f"a{n}") for n, a in enumerate(store.articles(ids), 1)]


def to_article(a: StoredArticle, article_id: str) -> Article:
    """A stored article as the compare pipeline's :class:`Article` (clean text, no re-cleaning)."""
    return Article(
        id=article_id,
        source=a.source,
        outlet=a.outlet,
        text=a.clean_text,
        title=a.title,
        published=a.published,
        author=a.author,
        url=a.url,
        record_id=a.record_id,
        credits=a.credits,
        removed=removed_from_json(a.removed_json),
        blocks=tuple(Block(k, s, e) for k, s, e in json.loads(a.blocks_json)),
        # the date ingest did not use (``published`` NULL), said as the compare path says it
        published_issue=stored_issue(a.published_raw, a.published_issue),
    )


def compare_story(
    store: Store,
    story_id: int,
    options: Options | None = None,
    max_articles: int = 12,
    build: BuildOptions = BuildOptions(),
) -> Comparison:
    """``compare`` on one stored story: its clean articles through ``compare_articles``."""
    from ...pipeline import compare_articles

    articles = story_articles(store, story_id, max_articles, build)
    return compare_articles(articles, options or Options())


def export_built(
    store: Store, out_dir: str | Path, fmt: Format = "auto", options: BuildOptions = BuildOptions(),
    overwrite: bool = False, findings: bool = False,
) -> ExportResult:
    """Bring groups and stories up to date, then export every table, and with ``findings``
    every story's findings (the target is checked first, so a refused export costs no
    build)."""
    from .export import check_target, export_store

    check_target(out_dir, overwrite)
    ensure_stories(store, options)
    return export_store(store, out_dir, fmt, overwrite, findings)


def parse_since(since: str | None) -> str | None:
    """Check a ``--since`` value is an ISO date or datetime; return it unchanged."""
    if since is None:
        return None
    if published_timestamp(since) is None:
        raise InputError("--since", "bad-date", f"{since!r} is not an ISO date (use YYYY-MM-DD)")
    return since


__all__: Sequence[str] = (
    "BuildOptions",
    "BuildResult",
    "build_groups",
    "build_stories",
    "compare_story",
    "duplicate_report",
    "ensure_groups",
    "ensure_stories",
    "export_built",
    "story_articles",
    "story_report",
    "to_article",
)
