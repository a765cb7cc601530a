"""The web UI's stories page over the :class:`~storylens.store.Store` protocol.

The store answers one page of story summaries (``Store.story_page``: search, date and
outlet filters, newest first, keyset pagination) and the outlets of the filter menu
(``Store.story_outlets``); this module only validates what the user typed and caches the
outlet list per store state. No SQL here: the server's store is opened read-only
(``open_store(path, read_only=True)``), so it can never write the file.
"""

from __future__ import annotations

import re

from ..store.base import Store, StoryPage, StoryQuery, StorySummary, decode_cursor

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def validate_date(value: str, name: str) -> str:
    """``""`` or a ``YYYY-MM-DD`` date; anything else is a ``ValueError`` naming the field."""
    value = value.strip()
    if value and not _DATE.match(value):
        raise ValueError(f"{name} must be a date as YYYY-MM-DD, got {value[:40]!r}")
    return value


def cursor_ok(cursor: str) -> bool:
    """Whether ``cursor`` is one a stories page could have given (else the answer is 422)."""
    return decode_cursor(cursor) is not None


class Catalog:
    """Story summaries for the stories page, from a store opened read-only."""

    def __init__(self, store: Store):
        self.store = store
        self._outlets: tuple[str, tuple[str, ...]] | None = None  # (state, outlets)

    def close(self) -> None:
        self.store.close()

    def state(self) -> str:
        """Changes whenever the stories are rebuilt or articles added (cache key)."""
        return self.store.listing_state()

    def outlets(self) -> tuple[str, ...]:
        """Every outlet that has an article in some story, for the filter menu."""
        state = self.state()
        if self._outlets is None or self._outlets[0] != state:
            self._outlets = (state, self.store.story_outlets())
        return self._outlets[1]

    def page(self, query: StoryQuery) -> StoryPage:
        return self.store.story_page(query)


__all__ = ["Catalog", "StoryPage", "StoryQuery", "StorySummary", "cursor_ok", "validate_date"]
