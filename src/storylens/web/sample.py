"""A small article store built on the spot: for ``storylens serve --demo``, the web
tests and the web benchmark.

It goes through the same cleaner and the same :class:`~storylens.store.Store` protocol
as ``storylens ingest``, but the caller says which articles form which story, so the
stories are exactly the ones asked for (no clustering, no duplicate groups).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ..corpus.record import removed_to_json
from ..models import Article, RawArticle
from ..options import Options

DEFAULT_OPTIONS = Options()


def _stored(article: Article, raw: RawArticle):
    from ..store import StoredArticle, content_hash, raw_key

    return StoredArticle(
        content_hash=content_hash(article.text, raw.source, article.url, article.record_id),
        raw_key=raw_key(raw.source, raw.record_id, raw.url, raw.title, raw.text, raw.html),
        source=raw.source,
        outlet=article.outlet,
        clean_text=article.text,
        record_id=article.record_id,
        url=article.url,
        title=article.title,
        published=article.published,
        author=article.author,
        raw_text=raw.text,
        raw_html=raw.html,
        removed_json=removed_to_json(article.removed),
        blocks_json=json.dumps([[b.kind, b.start, b.end] for b in article.blocks]),
        credits=tuple(article.credits),
    )


def build_store(
    path: Path,
    stories: Sequence[tuple[str, Sequence[RawArticle]]],
    options: Options = DEFAULT_OPTIONS,
) -> list[int]:
    """Write each ``(label, raw articles)`` story into a new store at ``path``.

    Returns the story ids (1..N, in the order given). Articles the cleaner rejects are
    left out, as ingest would skip them.
    """
    from ..clean import clean_article
    from ..errors import InputError
    from ..store import StoredStory, open_store

    store = open_store(path, create=True)
    try:
        built: list[StoredStory] = []
        for n, (label, raws) in enumerate(stories, 1):
            rows = []
            for raw in raws:
                try:
                    art = clean_article(raw, "a1", options)
                except InputError:
                    continue
                if art.text.strip():
                    rows.append(_stored(art, raw))
            store.write_batch(rows)
            hashes = {r.content_hash for r in rows}
            ids = [a.id for a in store.iter_articles() if a.content_hash in hashes]
            dates = sorted(r.published for r in rows if r.published)
            built.append(
                StoredStory(
                    id=n,
                    label=label,
                    article_ids=tuple(ids),
                    first_published=dates[0] if dates else None,
                    last_published=dates[-1] if dates else None,
                )
            )
        # Record the states 'storylens stories' would record for this store, so the stories
        # given here count as current and nothing rebuilds (re-clusters) them.
        from ..engines.local.build import BuildOptions, groups_state, stories_state

        store.replace_groups([], groups_state(store, BuildOptions()))
        store.replace_stories(built, stories_state(store, BuildOptions()))
    finally:
        store.close()
    return [s.id for s in built]


def demo_raws(options: Options = DEFAULT_OPTIONS) -> list[RawArticle]:
    """The built-in demo story's articles, read as ``storylens demo`` reads them."""
    from ..demo import demo_paths
    from ..readers import read_inputs

    raws, _skipped = read_inputs(demo_paths(), options)
    return raws


def build_demo_store(path: Path, options: Options = DEFAULT_OPTIONS) -> list[int]:
    """A store holding the demo story as story 1."""
    raws = demo_raws(options)
    label = next((r.title for r in raws if r.title), "Demo story")
    return build_store(path, [(label, raws)], options)
