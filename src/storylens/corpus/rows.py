"""How duplicate groups and stories become stored rows: one rule set for both engines.

The local build (:mod:`storylens.engines.local.build`, into a store) and the Spark job
(:mod:`storylens.engines.spark.job`, into Parquet) both number, list and score groups and draft
stories with these functions, so the two cannot drift apart: ``tests/contract/test_spark_parity.py``
checks the tables match and that both modules import these names. Plain values in,
plain values out; no store, no Spark, nothing heavier than the dedup core to import.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from storylens.corpus.dedup import DuplicateGroup, published_timestamp
from storylens.corpus.minhash import jaccard
from storylens.headlines import content_words, drop_repeats, loudness
from storylens.rules.headlines import SPECIFIC_MIN_WORDS

if TYPE_CHECKING:
    import numpy as np

Id = TypeVar("Id", bound=Hashable)


class StoryMember(NamedTuple):
    """One member of a story, as both engines hold it."""

    id: int
    title: str | None
    published: str | None
    source: str  # the file it came from (names a story with neither title nor text)
    opening: str | None = None  # an untitled article's opening words (opening_words)
    # cosine to the story's centroid (StoryAssignment.centrality); None: not known
    centrality: float | None = None


# An untitled story is labelled by its first article's opening words, this many at most
# (about a headline's length: the stories table shows one line of it).
OPENING_WORDS = 12


def opening_words(text: str | None, n: int = OPENING_WORDS) -> str | None:
    """The first ``n`` words of ``text`` ("…" when cut), or None when it has none:
    the label of a story whose articles have no title (short-text feeds, bare text)."""
    words = (text or "").split()
    if not words:
        return None
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


# --- duplicate groups ------------------------------------------------------------------------


def group_rank(group: DuplicateGroup) -> tuple[int, str]:
    """Numbering order of stored groups: largest first, then by first member (group 1 is
    the biggest wire story, and equal sizes keep input order)."""
    return (-len(group.members), group.members[0])


def group_listing(group: DuplicateGroup) -> tuple[tuple[str, ...], float]:
    """``(members, similarity)`` as a group is stored: the canonical copy (the group's
    representative) first, then the others by id; the weakest link rounded to 4 places,
    the precision member similarities are stored at."""
    others = sorted(m for m in group.members if m != group.representative)
    return (group.representative, *others), round(group.min_similarity, 4)


def member_similarity(
    kind: str, member: Id, canonical: Id, shingles: Callable[[Id], np.ndarray]
) -> float:
    """A member's stored similarity to its group's canonical copy.

    1.0 in an exact group and for the canonical copy itself; otherwise the exact Jaccard
    of the two shingle sets, rounded to 4 places. ``shingles(id)`` is only called for
    that Jaccard, so the local build never shingles the copies of an exact group.
    """
    if kind == "exact" or member == canonical:
        return 1.0
    return round(jaccard(shingles(canonical), shingles(member)), 4)


# --- stories -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class StoryDraft:
    """A story before it is numbered; stories are numbered in ``when`` order."""

    when: tuple[bool, float, int]  # story_order_key of its first article
    article_ids: tuple[int, ...]  # in publication order
    label: str
    first_published: str | None
    last_published: str | None


def core_id(article_id: int) -> str:
    """A stored article id as the core sees it: zero-padded, so string order is id order.
    Both engines hand the core these ids (``build_groups``/``build_stories`` and Spark)."""
    return f"{article_id:012d}"


def publication_key(article_id: int | str, ts: float | None) -> tuple[bool, float, int | str]:
    """The core's publication order (the order stories are clustered in): undated first,
    then by time, ties by id. ``ts`` is :func:`~storylens.corpus.dedup.published_timestamp`."""
    return (ts is not None, ts or 0.0, article_id)


def story_order_key(article_id: int, published: str | None) -> tuple[bool, float, int]:
    """Sort key of articles within a story and of stories by their first article:
    dated by time, undated last, ties by id."""
    ts = published_timestamp(published)
    return (ts is None, ts or 0.0, article_id)


def draft_story(members: Iterable[StoryMember]) -> StoryDraft:
    """A story as stored, from its members' ``(id, title, published, source)``.

    Articles in publication order; first/last published are the earliest and latest
    parseable dates (``None`` when no member is dated, the text as the source wrote it
    otherwise); the label is the title of the most central titled article (highest
    ``centrality``, ties and unknown values by publication order; a loud headline or a
    generic one only when the story has no plainer, more specific one, and a run of
    words said twice said once: :mod:`storylens.headlines`), else that article's
    opening words (``opening``), else ``(untitled: <file name>)``, with runs of
    whitespace collapsed. The first article is no better a label than any other: when
    a story drew in an outlier, the outlier is as likely to be first (session-6 reader:
    a 9-article Trump/Iran story labelled by the one article sharing no sentence).
    """
    keyed = sorted(
        ((story_order_key(m[0], m[2]), StoryMember(*m)) for m in members), key=lambda km: km[0]
    )
    ms = [m for _, m in keyed]
    dated = [(key[1], m.published) for key, m in keyed if not key[0]]  # (timestamp, text)
    first = dated[0][1] if dated else None
    last = max(dated, key=lambda d: d[0])[1] if dated else None
    # most central first; within 0.001 a tie (two articles of a pair are equally central),
    # kept in publication order (a stable sort). Before centrality, as in every story
    # title (storylens.headlines): a plain headline before a loud one ("SLAPS ...
    # (VIDEO)"), a specific one before a generic one ("net", "quick hit").
    central = sorted(ms, key=lambda m: -round(m.centrality if m.centrality is not None else -1.0, 3))
    titled = [m.title for m in central if m.title and m.title.strip()]
    plainest = sorted(titled, key=lambda t: (loudness(t), len(set(content_words(t))) < SPECIFIC_MIN_WORDS))
    label = (
        (drop_repeats(plainest[0]) if plainest else None)
        or next((m.opening for m in central if m.opening), None)
        or f"(untitled: {Path(ms[0].source).name})"
    )
    return StoryDraft(keyed[0][0], tuple(m.id for m in ms), " ".join(label.split()), first, last)


__all__ = [
    "StoryDraft",
    "StoryMember",
    "core_id",
    "draft_story",
    "group_listing",
    "group_rank",
    "member_similarity",
    "opening_words",
    "publication_key",
    "story_order_key",
]
