"""Duplicate groups and stories over a store, through the pure corpus core.

The core (:mod:`storylens.corpus.dedup`, :mod:`storylens.corpus.cluster`) works on plain
records with string ids and knows nothing about storage; this module reads the store,
maps article ids to zero-padded strings (so the core's string order is id order), runs
the core and writes the result back with ``replace_groups`` / ``replace_stories``.

Up to date: every build records a *state* string: the store's generation (bumped by
every write that adds articles) plus the options used (and, for stories, the groups'
state, because near-duplicates are forced into one story). ``ensure_*`` rebuilds only
when the recorded state differs, so ``duplicates`` / ``stories`` are instant on an
unchanged store and never stale after an ingest.

Numbering: groups are numbered largest first; stories in order of their first
publication (undated last). A later ingest of newer articles therefore mostly appends
story numbers instead of renumbering the existing ones.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...corpus.cluster import StoryRecord, cluster_stories
from ...corpus.dedup import DedupRecord, find_duplicate_groups, published_timestamp
from ...corpus.options import BuildOptions
from ...corpus.rows import core_id, draft_story, group_listing, group_rank, member_similarity
from ...errors import InputError
from ...models import Article, Block, Removed
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
    return f"gen={store.counts().generation};{options.dedup!r}"


def stories_state(store: Store, options: BuildOptions) -> str:
    return f"gen={store.counts().generation};{options.cluster!r};groups=[{groups_state(store, options)}]"


def build_groups(store: Store, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Find exact and near-duplicate groups over every stored article and store them.

    Numbering, member order and scores come from :mod:`.rows`, as in the Spark job.
    """
    state = groups_state(store, options)
    texts: dict[int, str] = {}
    records: list[DedupRecord] = []
    for ref, text in store.iter_clean():
        texts[ref.id] = text
        records.append(DedupRecord(core_id(ref.id), text, ref.published))
    found = find_duplicate_groups(records, options.dedup)
    del records
    groups: list[StoredGroup] = []
    for n, g in enumerate(sorted(found, key=group_rank), 1):
        listed, similarity = group_listing(g)
        shingles = _on_demand(texts, options.dedup.k)
        members = tuple(
            GroupMember(int(m), member_similarity(g.kind, m, g.representative, shingles))
            for m in listed
        )
        groups.append(StoredGroup(n, g.kind, int(g.representative), members, similarity))
    store.replace_groups(groups, state)
    return BuildResult(True, len(groups), state)


def _on_demand(texts: dict[int, str], k: int) -> Callable[[str], Any]:
    """Shingle sets by core id, made on first use and kept for one group: exact groups
    are never shingled, a near group's canonical copy once."""
    from ...corpus.shingles import shingle_hashes

    made: dict[str, Any] = {}

    def shingles(i: str) -> Any:
        if i not in made:
            made[i] = shingle_hashes(texts[int(i)], k)
        return made[i]

    return shingles


def build_stories(store: Store, options: BuildOptions = BuildOptions()) -> BuildResult:
    """Cluster every stored article into stories (near-duplicates share one) and store them."""
    ensure_groups(store, options)
    state = stories_state(store, options)
    group_of = {m.article_id: str(g.id) for g in store.groups() for m in g.members}
    refs: dict[int, ArticleRef] = {}
    records: list[StoryRecord] = []
    for ref, text in store.iter_clean():
        refs[ref.id] = ref
        records.append(StoryRecord(core_id(ref.id), text, ref.title, ref.published, group_of.get(ref.id)))
    assignments = cluster_stories(records, options.cluster)
    del records
    members: dict[str, list[int]] = defaultdict(list)
    for a in assignments:
        members[a.story].append(int(a.id))
    # drafted and numbered by .rows, as in the Spark job
    drafts = sorted(
        (
            draft_story((i, refs[i].title, refs[i].published, refs[i].source) for i in ids)
            for ids in members.values()
        ),
        key=lambda d: d.when,
    )
    stories = [
        StoredStory(n, d.label, d.article_ids, d.first_published, d.last_published)
        for n, d in enumerate(drafts, 1)
    ]
    store.replace_stories(stories, state)
    return BuildResult(True, len(stories), state)


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
        removed=tuple(Removed(t, r, n) for t, r, n in json.loads(a.removed_json)),
        blocks=tuple(Block(k, s, e) for k, s, e in json.loads(a.blocks_json)),
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
    overwrite: bool = False,
) -> ExportResult:
    """Bring groups and stories up to date, then export all three tables (the target is
    checked first, so a refused export costs no build)."""
    from .export import check_target, export_store

    check_target(out_dir, overwrite)
    ensure_stories(store, options)
    return export_store(store, out_dir, fmt, overwrite)


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
