"""Corpus storage: one small :class:`Store` protocol, SQLite by default, in-memory for tests.

``open_store(path)`` is the factory; nothing else in storylens names a backend.
"""

from __future__ import annotations

from pathlib import Path

from .base import (
    ArticleRef,
    FileMark,
    GroupMember,
    SkippedRow,
    Store,
    StoreCounts,
    StoredArticle,
    StoredGroup,
    StoredStory,
    StoryPage,
    StoryQuery,
    StorySummary,
    content_hash,
    raw_key,
)
from .memory import MemoryStore
from .sqlite import SQLiteStore

MEMORY = ":memory:"


def open_store(location: str | Path, *, create: bool = True, read_only: bool = False) -> Store:
    """The store at ``location`` (a file path, or ``":memory:"`` for a fresh in-memory one).

    With ``create=False`` a missing file is a :class:`~storylens.errors.StoreError` that
    tells the user to ingest first, instead of an empty store silently appearing.
    ``read_only=True`` (for servers) opens an existing file so that nothing can write it:
    no WAL switch, no migration, writes refused with ``StoreError``.
    """
    if str(location) == MEMORY:
        return MemoryStore()
    return SQLiteStore(location, create=create, read_only=read_only)


__all__ = [
    "MEMORY",
    "ArticleRef",
    "FileMark",
    "GroupMember",
    "MemoryStore",
    "SQLiteStore",
    "SkippedRow",
    "Store",
    "StoreCounts",
    "StoredArticle",
    "StoredGroup",
    "StoredStory",
    "StoryPage",
    "StoryQuery",
    "StorySummary",
    "content_hash",
    "open_store",
    "raw_key",
]
