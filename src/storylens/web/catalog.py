"""The web UI's read-only view of an article store: one page of stories at a time.

The :class:`~storylens.store.Store` protocol answers "this story", "these articles" and
"article ids matching a search", which is what the story page needs. The stories page
also needs *one page* of story summaries (article and outlet counts, date range) with
search, date and outlet filters, newest first, without loading every story of a 100k
article corpus; the protocol has no such query yet, so :class:`Catalog` runs it here,
over its own read-only connection (``mode=ro`` URI: the server can never write the file).

Pagination is keyset, not OFFSET: the cursor is the last row's ``(last_published, id)``,
so page 500 costs what page 1 costs, on the ``stories_last_published`` index.
"""

from __future__ import annotations

import base64
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from ..errors import StoreError

_WORD = re.compile(r"\w+", re.UNICODE)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class StorySummary:
    """One row of the stories page."""

    id: int
    label: str
    first_published: str | None
    last_published: str | None
    articles: int
    outlets: tuple[str, ...]


@dataclass(frozen=True)
class StoryQuery:
    """What the user asked the stories page for (all optional)."""

    q: str = ""
    outlet: str = ""
    date_from: str = ""  # YYYY-MM-DD, inclusive
    date_to: str = ""  # YYYY-MM-DD, inclusive
    after: str = ""  # opaque keyset cursor from the previous page
    limit: int = 25


@dataclass(frozen=True)
class StoryPage:
    stories: tuple[StorySummary, ...]
    next_cursor: str | None
    total_stories: int


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query: every word must match, no operator syntax.

    Quoting each word makes any input (quotes, ``-``, ``NEAR``, ``*``) a plain term, so a
    search box can never raise an FTS5 syntax error; the last word also matches as a
    prefix, which is what people expect from a search-as-you-type box.
    """
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words[:12]]
    quoted[-1] += "*"
    return " ".join(quoted)


def _encode_cursor(last: str | None, sid: int) -> str:
    raw = f"{last or ''}\x1f{sid}".encode()
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def _decode_cursor(cursor: str) -> tuple[str | None, int] | None:
    try:
        pad = "=" * (-len(cursor) % 4)
        last, _, sid = base64.urlsafe_b64decode(cursor + pad).decode("utf-8").partition("\x1f")
        return (last or None), int(sid)
    except (ValueError, UnicodeDecodeError):
        return None


def validate_date(value: str, name: str) -> str:
    """``""`` or a ``YYYY-MM-DD`` date; anything else is a ``ValueError`` naming the field."""
    value = value.strip()
    if value and not _DATE.match(value):
        raise ValueError(f"{name} must be a date as YYYY-MM-DD, got {value[:40]!r}")
    return value


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection (``mode=ro``): no write, no journal change, no migration."""
    if not path.is_file():
        raise StoreError(f"no article store at {path} (run 'storylens ingest PATH --db {path}' first)")
    uri = "file:" + quote(str(path.resolve()), safe="/") + "?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as e:
        raise StoreError(f"{path} is not a storylens article store ({e})") from None
    from ..store.migrations import LATEST

    if version != LATEST:
        conn.close()
        if version == 0:
            raise StoreError(f"{path} is not a storylens article store (no schema)")
        raise StoreError(
            f"{path} has schema version {version}; this storylens serves version {LATEST}"
            " (open it once with 'storylens ingest' or 'storylens build' to migrate it)"
        )
    return conn


class Catalog:
    """Story summaries for the stories page, read from a store file opened read-only."""

    def __init__(self, path: Path):
        self.path = path
        self._conn = connect_read_only(path)
        self._outlets: tuple[str, tuple[str, ...]] | None = None  # (state, outlets)

    def close(self) -> None:
        self._conn.close()

    def state(self) -> str:
        """Changes whenever the stories are rebuilt or articles added (cache key)."""
        rows = dict(
            self._conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('generation', 'stories_state')"
            ).fetchall()
        )
        return f"{rows.get('generation', '')}/{rows.get('stories_state', '')}"

    def outlets(self) -> tuple[str, ...]:
        """Every outlet that has an article in some story, for the filter menu."""
        state = self.state()
        if self._outlets is None or self._outlets[0] != state:
            outlets = tuple(
                r[0]
                for r in self._conn.execute(
                    "SELECT DISTINCT a.outlet FROM articles a"
                    " JOIN story_members m ON m.article_id = a.id ORDER BY a.outlet"
                )
            )
            self._outlets = (state, outlets)
        return self._outlets[1]

    def page(self, query: StoryQuery) -> StoryPage:
        where: list[str] = []
        args: list[object] = []
        fts = fts_query(query.q)
        if fts:
            where.append(
                "s.id IN (SELECT m.story_id FROM story_members m WHERE m.article_id IN"
                " (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))"
            )
            args.append(fts)
        if query.outlet:
            where.append(
                "s.id IN (SELECT m.story_id FROM story_members m"
                " JOIN articles a ON a.id = m.article_id WHERE a.outlet = ?)"
            )
            args.append(query.outlet)
        if query.date_from:
            where.append("s.last_published >= ?")
            args.append(query.date_from)
        if query.date_to:
            # "2026-11-18T23:00" <= "2026-11-18~": any time on the last day is included.
            where.append("s.first_published <= ?")
            args.append(query.date_to + "~")
        cursor = _decode_cursor(query.after) if query.after else None
        if cursor is not None:
            last, sid = cursor
            if last is None:
                where.append("(s.last_published IS NULL AND s.id < ?)")
                args.append(sid)
            else:
                where.append(
                    "(s.last_published < ? OR (s.last_published = ? AND s.id < ?)"
                    " OR s.last_published IS NULL)"
                )
                args.extend([last, last, sid])
        sql = (
            "SELECT s.id, s.label, s.first_published, s.last_published FROM stories s"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY s.last_published DESC, s.id DESC LIMIT ?"
        )
        limit = max(1, min(query.limit, 200))
        try:
            rows = self._conn.execute(sql, [*args, limit + 1]).fetchall()
        except sqlite3.OperationalError as e:
            raise StoreError(f"cannot list stories in {self.path}: {e}") from None
        more = len(rows) > limit
        rows = rows[:limit]
        outlets = self._story_outlets([r[0] for r in rows])
        stories = tuple(
            StorySummary(
                id=r[0],
                label=r[1],
                first_published=r[2],
                last_published=r[3],
                articles=outlets[r[0]][0],
                outlets=outlets[r[0]][1],
            )
            for r in rows
        )
        nxt = _encode_cursor(rows[-1][3], rows[-1][0]) if more and rows else None
        total = self._conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        return StoryPage(stories, nxt, total)

    def _story_outlets(self, ids: list[int]) -> dict[int, tuple[int, tuple[str, ...]]]:
        """Article count and distinct outlets (most articles first) of each story."""
        out: dict[int, tuple[int, tuple[str, ...]]] = {i: (0, ()) for i in ids}
        if not ids:
            return out
        marks = ",".join("?" * len(ids))
        counts: dict[int, dict[str, int]] = {i: {} for i in ids}
        for sid, outlet, n in self._conn.execute(
            "SELECT m.story_id, a.outlet, count(*) FROM story_members m"
            f" JOIN articles a ON a.id = m.article_id WHERE m.story_id IN ({marks})"
            " GROUP BY m.story_id, a.outlet",
            ids,
        ):
            counts[sid][outlet] = n
        for sid, by_outlet in counts.items():
            ordered = sorted(by_outlet, key=lambda o: (-by_outlet[o], o))
            out[sid] = (sum(by_outlet.values()), tuple(ordered))
        return out
