"""The default store: one SQLite file in WAL mode.

Concurrency choice: *cooperation*. Every write is one short ``BEGIN IMMEDIATE``
transaction of ``INSERT OR IGNORE`` rows keyed by content hash, and the connection
waits up to ``busy_timeout`` for the write lock. Two ingest processes on one file
therefore interleave their batches and never store an article twice; readers (WAL) are
never blocked. A ``kill -9`` loses at most the batch in flight: a transaction is either
in the file or not. No lock file is used, so nothing stale is left behind by a crash.
The FTS5 index is filled in the same transaction as the rows it indexes (one
``INSERT ... SELECT`` per batch), so search finds every committed article and nothing else.
Durability: WAL with ``synchronous = NORMAL`` keeps the file consistent after any crash;
a power cut may drop the last few commits, which re-running the (idempotent) ingest restores.
"""

from __future__ import annotations

import json
import re
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from ..errors import StoreError
from .base import (
    ArticleRef,
    FileMark,
    GroupMember,
    SkippedRow,
    StoreCounts,
    StoredArticle,
    StoredGroup,
    StoredStory,
    StoryPage,
    StoryQuery,
    StorySummary,
    decode_cursor,
    encode_cursor,
    no_story_message,
    page_limit,
    query_words,
)
from .migrations import LATEST, current_version, migrate

# Long enough for another process's 500-article batch (tens of ms) many times over,
# short enough that a wedged writer is reported instead of hanging an ingest forever.
BUSY_TIMEOUT_MS = 60_000

T = TypeVar("T")

_REF_COLUMNS = "id, source, outlet, record_id, url, title, published"
_ARTICLE_COLUMNS = (
    "id, content_hash, raw_key, source, record_id, url, outlet, title, published, author,"
    " raw_text, raw_html, clean_text, removed_json, blocks_json, credits_json,"
    " published_raw, published_issue"
)


class _Busy(Exception):
    """Opening met a lock SQLite would not wait for (retried by ``SQLiteStore``)."""

    def __init__(self, error: sqlite3.OperationalError):
        super().__init__(str(error))
        self.error = error


def _is_busy(e: sqlite3.OperationalError) -> bool:
    code = getattr(e, "sqlite_errorname", "")
    return code.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in str(e)


class SQLiteStore:
    """:class:`~storylens.store.base.Store` over one SQLite file."""

    def __init__(self, path: str | Path, *, create: bool = True, read_only: bool = False):
        path = Path(path)
        self.location = str(path)
        self._checked = False  # integrity checked (once, before the first write)
        self._atomic = False  # inside atomic(): writes join its transaction
        if (read_only or not create) and not path.exists():
            raise StoreError(
                f"no article store at {path} (run 'storylens ingest PATH --db {path}' first)"
            )
        _check_header(path, create and not read_only)
        if read_only:
            self._conn = self._connect_read_only(path)
            return
        # SQLite answers SQLITE_BUSY at once, without its busy handler, where waiting could
        # deadlock: two processes opening one new file, one switching it to WAL while the
        # other reads the schema in rollback mode (seen under load in CI: "another process
        # holds the write lock" on open). Opening is idempotent, so it is retried, with
        # backoff, for as long as a write would wait.
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        pause = 0.02
        while True:
            try:
                self._open(path, create)
                return
            except _Busy as busy:
                if time.monotonic() + pause > deadline:
                    raise StoreError(open_message(path, busy.error)) from None
                time.sleep(pause)
                pause = min(pause * 2, 1.0)

    def _open(self, path: Path, create: bool) -> None:
        """Connect, switch to WAL and migrate; :class:`_Busy` when another process held a
        lock SQLite would not wait for."""
        existed = path.exists() and path.stat().st_size > 0
        try:
            self._conn = sqlite3.connect(
                str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
        except sqlite3.Error as e:
            raise StoreError(f"cannot open {path}: {describe(e)}") from None
        try:
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if existed:  # before anything that writes: a foreign file is left untouched
                check_own(self._conn, self.location)
            if not create and current_version(self._conn) == 0:  # readers never create one
                raise StoreError(_not_yet(path))
            self._conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode: a committed transaction survives a process crash (kill -9);
            # only an OS crash or power cut can lose the last commits, never corrupt the file.
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            migrate(self._conn, self.location)
        except sqlite3.OperationalError as e:
            self._conn.close()
            if _is_busy(e):
                raise _Busy(e) from None
            raise StoreError(open_message(path, e)) from None
        except sqlite3.DatabaseError as e:
            self._conn.close()
            raise StoreError(open_message(path, e)) from None
        except BaseException:
            self._conn.close()
            raise

    def _connect_read_only(self, path: Path) -> sqlite3.Connection:
        """``mode=ro``: no WAL switch, no migration, every write refused by SQLite itself."""
        uri = "file:" + quote(str(path.resolve()), safe="/") + "?mode=ro"
        try:
            conn = sqlite3.connect(
                uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                check_same_thread=False,
            )
            conn.execute("PRAGMA query_only = ON")
            version = current_version(conn)
            check_own(conn, str(path))
        except sqlite3.Error as e:
            raise StoreError(open_message(path, e)) from None
        except StoreError:
            conn.close()
            raise
        if version != LATEST:
            conn.close()
            if version == 0:
                raise StoreError(f"{path} is not a storylens article store (no schema)")
            if version > LATEST:
                raise StoreError(
                    f"{path} has schema version {version}, newer than this storylens "
                    f"understands ({LATEST}); upgrade storylens to open it"
                )
            raise StoreError(
                f"{path} has schema version {version}, older than this storylens reads "
                f"({LATEST}); run 'storylens ingest' on it once to migrate it"
            )
        return conn

    # --- writing -------------------------------------------------------------------

    def write_batch(
        self,
        articles: Sequence[StoredArticle],
        skipped: Sequence[SkippedRow] = (),
        files: Sequence[FileMark] = (),
    ) -> tuple[int, int]:
        self.check_integrity()
        art_rows = [
            (
                a.content_hash, a.raw_key, a.source, a.record_id, a.url, a.outlet,
                a.title, a.published, a.author, a.raw_text, a.raw_html,
                a.clean_text, a.removed_json, a.blocks_json,
                json.dumps(list(a.credits)), a.published_raw, a.published_issue,
            )
            for a in articles
        ]
        skip_rows = [(s.key, s.source, s.line, s.reason, s.message, s.raw_key) for s in skipped]
        # A file's identity is its name as UTF-8 text: undecodable bytes (0xFF) as "\xff".
        file_rows = [(_path_text(f.path), f.size, f.mtime_ns, f.items) for f in files]
        try:
            return self._write_rows(art_rows, skip_rows, file_rows)
        except UnicodeEncodeError:
            # A lone surrogate in some text: SQLite takes UTF-8 only. Every text value is
            # written with U+FFFD in its place instead of losing the batch.
            return self._write_rows(_scrubbed(art_rows), _scrubbed(skip_rows), _scrubbed(file_rows))

    def _write_rows(self, art_rows: list, skip_rows: list, file_rows: list) -> tuple[int, int]:
        def write(conn: sqlite3.Connection) -> tuple[int, int]:
            added = 0
            if art_rows:
                # Under the write lock no other writer can add rows, so every id above this
                # one is this batch's; the search index gets exactly those.
                last_id = conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0]
                added = conn.executemany(
                    "INSERT OR IGNORE INTO articles (content_hash, raw_key, source, record_id,"
                    " url, outlet, title, published, author, raw_text, raw_html, clean_text,"
                    " removed_json, blocks_json, credits_json, published_raw, published_issue)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    art_rows,
                ).rowcount
                if added > 0:
                    conn.execute(
                        "INSERT INTO articles_fts (rowid, title, clean_text)"
                        " SELECT id, title, clean_text FROM articles WHERE id > ?",
                        (last_id,),
                    )
            n_skipped = 0
            if skip_rows:
                n_skipped = conn.executemany(
                    "INSERT OR IGNORE INTO skipped (key, source, line, reason, message, raw_key)"
                    " VALUES (?,?,?,?,?,?)",
                    skip_rows,
                ).rowcount
            if file_rows:
                conn.executemany(
                    "INSERT OR REPLACE INTO files (path, size, mtime_ns, items) VALUES (?,?,?,?)",
                    file_rows,
                )
            if added:
                conn.execute(
                    "UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'"
                )
            return max(added, 0), max(n_skipped, 0)

        return self._transaction(write)

    @contextmanager
    def atomic(self) -> Iterator[SQLiteStore]:
        if self._atomic:
            yield self
            return
        self.check_integrity()
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as e:
            raise StoreError(f"cannot write to {self.location}: {describe(e)}") from None
        self._atomic = True
        try:
            yield self
            conn.execute("COMMIT")
        except sqlite3.Error as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.location}: {describe(e)}") from None
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        finally:
            self._atomic = False

    def check_integrity(self) -> None:
        """``PRAGMA quick_check`` once per connection, before its first write: storylens
        does not add rows to a file with damaged pages (it would only spread the damage)."""
        if self._checked:
            return
        try:
            rows = self._conn.execute("PRAGMA quick_check(5)").fetchall()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.location} is damaged ({describe(e)}); nothing was written") from None
        if [r[0] for r in rows] != ["ok"]:
            raise StoreError(
                f"{self.location} is damaged (quick_check: {rows[0][0][:120]}); nothing was "
                "written. Ingest into a new --db, or restore a copy of this file"
            )
        self._checked = True

    def replace_groups(self, groups: Sequence[StoredGroup], state: str) -> None:
        def write(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM dup_members")
            conn.execute("DELETE FROM dup_groups")
            conn.executemany(
                "INSERT INTO dup_groups (id, kind, canonical, similarity) VALUES (?,?,?,?)",
                [(g.id, g.kind, g.canonical, g.similarity) for g in groups],
            )
            conn.executemany(
                "INSERT INTO dup_members (group_id, article_id, similarity, position)"
                " VALUES (?,?,?,?)",
                [
                    (g.id, m.article_id, m.similarity, i)
                    for g in groups
                    for i, m in enumerate(g.members)
                ],
            )
            self._set_state(conn, "groups_state", state)

        self._transaction(write)

    def replace_stories(self, stories: Sequence[StoredStory], state: str) -> None:
        def write(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM story_members")
            conn.execute("DELETE FROM stories")
            conn.executemany(
                "INSERT INTO stories (id, label, first_published, last_published) VALUES (?,?,?,?)",
                [(s.id, s.label, s.first_published, s.last_published) for s in stories],
            )
            conn.executemany(
                "INSERT INTO story_members (story_id, article_id, position) VALUES (?,?,?)",
                [(s.id, a, i) for s in stories for i, a in enumerate(s.article_ids)],
            )
            self._set_state(conn, "stories_state", state)

        self._transaction(write)

    # --- reading -------------------------------------------------------------------

    def known_raw_keys(self, keys: Sequence[str]) -> set[str]:
        found: set[str] = set()
        keys = list(keys)
        for i in range(0, len(keys), 500):  # stays under SQLite's bound-parameter limit
            part = keys[i : i + 500]
            marks = ",".join("?" * len(part))
            found.update(
                r[0]
                for r in self._conn.execute(
                    f"SELECT raw_key FROM articles WHERE raw_key IN ({marks})"
                    f" UNION SELECT raw_key FROM skipped WHERE raw_key IN ({marks})",
                    part + part,
                )
            )
        return found

    def finished_files(self, marks: Sequence[FileMark]) -> dict[str, int]:
        want = {_path_text(m.path): m for m in marks}
        found: dict[str, int] = {}
        paths = list(want)
        for i in range(0, len(paths), 500):
            part = paths[i : i + 500]
            marks_sql = ",".join("?" * len(part))
            for path, size, mtime_ns, items in self._conn.execute(
                f"SELECT path, size, mtime_ns, items FROM files WHERE path IN ({marks_sql})", part
            ):
                m = want[path]
                if (m.size, m.mtime_ns) == (size, mtime_ns):
                    found[m.path] = items
        return found

    def counts(self) -> StoreCounts:
        q = self._conn.execute
        return StoreCounts(
            articles=q("SELECT count(*) FROM articles").fetchone()[0],
            skipped=q("SELECT count(*) FROM skipped").fetchone()[0],
            groups=q("SELECT count(*) FROM dup_groups").fetchone()[0],
            stories=q("SELECT count(*) FROM stories").fetchone()[0],
            generation=int(q("SELECT value FROM meta WHERE key = 'generation'").fetchone()[0]),
        )

    def article(self, article_id: int) -> StoredArticle:
        row = self._conn.execute(
            f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise StoreError(f"no article {article_id} in {self.location}")
        return _article(row)

    def articles(self, ids: Sequence[int]) -> list[StoredArticle]:
        return self._by_ids(_ARTICLE_COLUMNS, ids, _article)

    def iter_articles(self, batch: int = 1000) -> Iterator[StoredArticle]:
        for row in self._paged(_ARTICLE_COLUMNS, batch):
            yield _article(row)

    def refs(self, ids: Sequence[int]) -> list[ArticleRef]:
        return self._by_ids(_REF_COLUMNS, ids, lambda row: ArticleRef(*row))

    def iter_clean(self, batch: int = 1000) -> Iterator[tuple[ArticleRef, str]]:
        for row in self._paged(f"{_REF_COLUMNS}, clean_text", batch):
            yield ArticleRef(*row[:7]), row[7]

    def clean_of(self, ids: Sequence[int]) -> list[tuple[ArticleRef, str]]:
        return self._by_ids(f"{_REF_COLUMNS}, clean_text", ids, lambda row: (ArticleRef(*row[:7]), row[7]))

    def _by_ids(self, columns: str, ids: Sequence[int], make: Callable[[tuple], T]) -> list[T]:
        """Rows of ``articles`` by id, in the order asked, 500 ids a query (SQLite's
        variable limit); a missing id is a :class:`StoreError`. ``columns`` starts with id."""
        by_id: dict[int, T] = {}
        ids = list(ids)
        for i in range(0, len(ids), 500):
            part = ids[i : i + 500]
            marks = ",".join("?" * len(part))
            for row in self._conn.execute(
                f"SELECT {columns} FROM articles WHERE id IN ({marks})", part
            ):
                by_id[row[0]] = make(row)
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise StoreError(f"no article {missing[0]} in {self.location}")
        return [by_id[i] for i in ids]

    def _paged(self, columns: str, batch: int) -> Iterator[tuple]:
        """All rows of ``articles`` in id order, ``batch`` at a time by keyset (memory stays
        flat on a large store). ``columns`` starts with id."""
        last = 0
        while True:
            rows = self._conn.execute(
                f"SELECT {columns} FROM articles WHERE id > ? ORDER BY id LIMIT ?",
                (last, batch),
            ).fetchall()
            if not rows:
                return
            yield from rows
            last = rows[-1][0]

    def iter_skipped(self) -> Iterator[SkippedRow]:
        for source, line, reason, message, rk in self._conn.execute(
            "SELECT source, line, reason, message, raw_key FROM skipped ORDER BY id"
        ):
            yield SkippedRow(source, reason, message, line, rk)

    def search(self, query: str, limit: int = 20) -> list[int]:
        try:
            return [
                r[0]
                for r in self._conn.execute(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                    (query, limit),
                )
            ]
        except sqlite3.OperationalError as e:
            raise StoreError(f"bad search query {query!r}: {e}") from None

    def groups(self) -> list[StoredGroup]:
        members: dict[int, list[GroupMember]] = {}
        for gid, aid, sim in self._conn.execute(
            "SELECT group_id, article_id, similarity FROM dup_members ORDER BY group_id, position"
        ):
            members.setdefault(gid, []).append(GroupMember(aid, sim))
        return [
            StoredGroup(gid, kind, canonical, tuple(members.get(gid, ())), sim)
            for gid, kind, canonical, sim in self._conn.execute(
                "SELECT id, kind, canonical, similarity FROM dup_groups ORDER BY id"
            )
        ]

    def stories(self, since: str | None = None) -> list[StoredStory]:
        if since is None:
            rows = self._conn.execute(
                "SELECT id, label, first_published, last_published FROM stories ORDER BY id"
            ).fetchall()
        else:
            rows = self._conn.execute(
                "SELECT id, label, first_published, last_published FROM stories"
                " WHERE last_published >= ? ORDER BY id",
                (since,),
            ).fetchall()
        wanted = {r[0] for r in rows}
        members: dict[int, list[int]] = {}
        for sid, aid in self._conn.execute(
            "SELECT story_id, article_id FROM story_members ORDER BY story_id, position"
        ):
            if sid in wanted:
                members.setdefault(sid, []).append(aid)
        return [StoredStory(r[0], r[1], tuple(members.get(r[0], ())), r[2], r[3]) for r in rows]

    def story(self, story_id: int) -> StoredStory:
        row = self._conn.execute(
            "SELECT id, label, first_published, last_published FROM stories WHERE id = ?",
            (story_id,),
        ).fetchone()
        if row is None:
            raise StoreError(no_story_message(story_id, self.location, self.counts().stories))
        ids = tuple(
            r[0]
            for r in self._conn.execute(
                "SELECT article_id FROM story_members WHERE story_id = ? ORDER BY position",
                (story_id,),
            )
        )
        return StoredStory(row[0], row[1], ids, row[2], row[3])

    def build_state(self, name: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (name,)).fetchone()
        return None if row is None else row[0]

    # --- the stories listing -------------------------------------------------------

    def listing_state(self) -> str:
        rows = dict(
            self._conn.execute(
                "SELECT key, value FROM meta WHERE key IN ('generation', 'stories_state')"
            ).fetchall()
        )
        return f"{rows.get('generation', '')}/{rows.get('stories_state', '')}"

    def story_outlets(self) -> tuple[str, ...]:
        return tuple(
            r[0]
            for r in self._conn.execute(
                "SELECT DISTINCT a.outlet FROM articles a"
                " JOIN story_members m ON m.article_id = a.id ORDER BY a.outlet"
            )
        )

    def story_page(self, query: StoryQuery) -> StoryPage:
        # Keyset pagination on the stories_last_published index, not OFFSET.
        where: list[str] = []
        args: list[object] = []
        fts = _fts_query(query.q)
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
        size_sql = "(SELECT count(*) FROM story_members m WHERE m.story_id = s.id) >= ?"
        if query.min_articles > 1:
            where.append(size_sql)
            args.append(query.min_articles)
        cursor = decode_cursor(query.after) if query.after else None
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
        limit = page_limit(query)
        try:
            rows = self._conn.execute(sql, [*args, limit + 1]).fetchall()
        except sqlite3.OperationalError as e:
            raise StoreError(f"cannot list stories in {self.location}: {e}") from None
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
        nxt = encode_cursor(rows[-1][3], rows[-1][0]) if more and rows else None
        if query.min_articles > 1:
            total = self._conn.execute(
                f"SELECT count(*) FROM stories s WHERE {size_sql}", [query.min_articles]
            ).fetchone()[0]
        else:
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

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- helpers -------------------------------------------------------------------

    def _transaction(self, write: Callable[[sqlite3.Connection], T]) -> T:
        """Run ``write`` in its own ``BEGIN IMMEDIATE`` transaction, or inside the open
        :meth:`atomic` one (as a savepoint, so a failed step leaves no half rows)."""
        self.check_integrity()
        conn = self._conn
        begin, commit, undo = (
            ("SAVEPOINT step", "RELEASE step", ("ROLLBACK TO step", "RELEASE step"))
            if self._atomic
            else ("BEGIN IMMEDIATE", "COMMIT", ("ROLLBACK",))
        )
        try:
            conn.execute(begin)
            try:
                out = write(conn)
                conn.execute(commit)
            except BaseException:
                if conn.in_transaction:
                    for sql in undo:
                        conn.execute(sql)
                raise
        except sqlite3.Error as e:
            raise StoreError(f"cannot write to {self.location}: {describe(e)}") from None
        return out

    @staticmethod
    def _set_state(conn: sqlite3.Connection, name: str, state: str) -> None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (name, state),
        )


def _article(row: tuple) -> StoredArticle:
    return StoredArticle(
        id=row[0], content_hash=row[1], raw_key=row[2], source=row[3], record_id=row[4],
        url=row[5], outlet=row[6], title=row[7], published=row[8], author=row[9],
        raw_text=row[10], raw_html=row[11], clean_text=row[12], removed_json=row[13],
        blocks_json=row[14], credits=tuple(json.loads(row[15])), published_raw=row[16],
        published_issue=row[17],
    )


def _fts_query(text: str) -> str:
    """The user's words as an FTS5 query: every word must match, no operator syntax.

    Quoting each word makes any input (quotes, ``-``, ``NEAR``, ``*``) a plain term, so a
    search box can never raise an FTS5 syntax error; the last word also matches as a
    prefix, which is what people expect from a search-as-you-type box.
    """
    words = query_words(text)
    if not words:
        return ""
    quoted = ['"' + w.replace('"', '""') + '"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)

# Tables every storylens store has had since migration 1: a file with a schema version
# but without these was written by another program that also uses ``user_version``.
# The first 16 bytes of every SQLite 3 database file (sqlite.org/fileformat.html, 1.3).
_SQLITE_HEADER = b"SQLite format 3\x00"


def _check_header(path: Path, create: bool) -> None:
    """Refuse a file that is not an SQLite database before SQLite opens it: SQLite takes
    a file shorter than its header (a 1-byte file) for an empty database and would write
    a new store over it. An empty (0-byte) file is a store only for a command that may
    create one (``ingest``); the read commands never create or overwrite anything."""
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_HEADER))
    except FileNotFoundError:
        return  # a new store: SQLite creates it
    except IsADirectoryError:
        raise StoreError(f"{path} is a folder, not an article store; pass a file to --db") from None
    except OSError as e:
        raise StoreError(f"cannot open {path} as an article store: {e.strerror or type(e).__name__}") from None
    if not head:
        if not create:
            raise StoreError(_not_yet(path))
        return
    if head != _SQLITE_HEADER:
        raise StoreError(
            f"{path} is not a storylens article store (not an SQLite database);"
            " storylens leaves it untouched. Pass another --db"
        )


def _not_yet(path: Path) -> str:
    return (
        f"{path} holds no article store yet (an empty database);"
        f" run 'storylens ingest PATH --db {path}' first"
    )


_OWN_TABLES = frozenset({"schema_version", "meta", "articles", "skipped", "files"})


def check_own(conn: sqlite3.Connection, location: str) -> None:
    """Refuse a SQLite file that storylens did not create (no tables or WAL added to it)
    and one from a newer storylens; reads only."""
    version = current_version(conn)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = {t for t in tables if not t.startswith("sqlite_")}
    if version == 0 and not tables:
        return  # an empty database: storylens may create its tables in it
    own = _OWN_TABLES <= tables
    if version > LATEST and (own or not tables):
        raise StoreError(
            f"{location} has schema version {version}, newer than this storylens "
            f"understands ({LATEST}); upgrade storylens to open it"
        )
    if not own:
        shown = ", ".join(sorted(tables)[:5]) or "none"
        raise StoreError(
            f"{location} is not a storylens article store (it holds other tables: {shown});"
            " storylens leaves it untouched. Pass another --db"
        )
    if version > LATEST:
        raise StoreError(
            f"{location} has schema version {version}, newer than this storylens "
            f"understands ({LATEST}); upgrade storylens to open it"
        )


def describe(e: sqlite3.Error) -> str:
    """An SQLite error as what it is: a full disk, a read-only place, a damaged file..."""
    name = getattr(e, "sqlite_errorname", "") or ""
    base = name.split("_")[0:2]
    code = "_".join(base)
    what = {
        "SQLITE_FULL": "the disk is full",
        "SQLITE_READONLY": "the file or its folder is read-only",
        "SQLITE_PERM": "permission denied",
        "SQLITE_CANTOPEN": "cannot open the file (missing folder or no permission)",
        "SQLITE_CORRUPT": "the file is damaged",
        "SQLITE_NOTADB": "not an SQLite database",
        "SQLITE_IOERR": "an I/O error",
        "SQLITE_BUSY": "another process holds the write lock",
    }.get(code)
    msg = str(e).splitlines()[0][:160] if str(e) else type(e).__name__
    return f"{what} ({msg})" if what else msg


def open_message(path: Path, e: sqlite3.Error) -> str:
    if (getattr(e, "sqlite_errorname", "") or "").startswith("SQLITE_NOTADB"):
        return f"{path} is not a storylens article store (not an SQLite database)"
    return f"cannot open {path} as an article store: {describe(e)}"


def _path_text(path: str) -> str:
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        import os

        return os.fsencode(path).decode("utf-8", "backslashreplace")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _scrubbed(rows: list[tuple]) -> list[tuple]:
    return [tuple(_SURROGATE.sub("\ufffd", v) if isinstance(v, str) else v for v in row) for row in rows]
