"""Polite HTTP(S) fetching of article pages and feeds: URL in, ``RawArticle``s out.

People start from links, so ``compare``, ``ingest``, ``clean`` and the web compare page
accept ``http(s)://`` URLs wherever they accept a file. A page becomes one article; a
feed (RSS/Atom) expands to its entries, each entry's page fetched in turn (its content or
summary stands in when that page cannot be had).

Politeness, all in :class:`FetchOptions`: a named user agent; connect and read timeouts
plus a whole-response deadline (a server that drips bytes cannot hold a run); a size cap
checked against ``Content-Length`` and again while reading; at most
:data:`MAX_REDIRECTS` redirects; ``robots.txt`` obeyed for the storylens user agent;
retries with exponential back-off (and ``Retry-After``) only on connection errors and
429/5xx answers. Successful answers are cached by URL in the user cache directory
(``$XDG_CACHE_HOME/storylens/http`` or ``~/.cache/storylens/http``; ``STORYLENS_CACHE``
overrides it) for :attr:`FetchOptions.max_age` seconds, so re-running a comparison does
not hit the site again.

The client is urllib3: already installed (trafilatura depends on it), maintained, and
it exposes exactly the knobs above (``Retry``, ``Timeout``, streamed reads). It is
imported only when a URL is seen, so ``storylens --help`` does not pay for it.

Nothing here raises for a bad URL: every failure is a :class:`Skipped` with a reason code:
``http-error`` (4xx/5xx), ``timeout``, ``too-large``, ``robots`` (disallowed),
``unreachable`` (DNS, refused, TLS, too many redirects), plus the readers' codes for
what came back (``no-article``, ``binary``, ``bad-feed`` ...).
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError
from .models import RawArticle, Skipped
from .options import Options

SCHEMES = ("http://", "https://")
MAX_REDIRECTS = 5
# Feed entries followed per feed: a feed is a list of recent items, rarely over 50.
MAX_FEED_ENTRIES = 100


def is_url(value: object) -> bool:
    """True for an ``http://`` or ``https://`` string (the only schemes fetched)."""
    return isinstance(value, str) and value[:8].lower().startswith(SCHEMES)


def _user_agent() -> str:
    from . import __version__

    return f"storylens/{__version__} (news comparison; fetches only the URLs it is given)"


def default_cache_dir() -> Path:
    env = os.environ.get("STORYLENS_CACHE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storylens" / "http"


@dataclass(frozen=True)
class FetchOptions:
    """How politely to fetch; the defaults suit a handful of news pages."""

    timeout: float = 10.0  # seconds to connect, and between two reads
    deadline: float = 30.0  # seconds for a whole response, however it trickles
    max_bytes: int = 5_000_000  # a news page is ~0.1-2 MB; 5 MB leaves room, stops dumps
    retries: int = 2  # on connection errors and 429/5xx only
    backoff: float = 0.5  # seconds; doubled on each retry
    user_agent: str = field(default_factory=_user_agent)
    obey_robots: bool = True
    cache_dir: Path | None = field(default_factory=default_cache_dir)  # None: no cache
    max_age: float = 24 * 3600.0  # a cached answer older than this is fetched again


@dataclass(frozen=True)
class Fetched:
    """One successful answer: the final URL (after redirects), its type and body."""

    url: str
    content_type: str
    body: bytes
    from_cache: bool = False


class Fetcher:
    """One connection pool, robots.txt rules and cache for a run (no module-level state)."""

    def __init__(self, options: FetchOptions | None = None) -> None:
        import urllib3

        self.options = options or FetchOptions()
        o = self.options
        self._urllib3 = urllib3
        self._pool = urllib3.PoolManager(
            headers={"User-Agent": o.user_agent, "Accept": "text/html,application/xhtml+xml,"
                     "application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"},
            timeout=urllib3.Timeout(connect=o.timeout, read=o.timeout),
            retries=urllib3.Retry(
                total=o.retries, connect=o.retries, read=o.retries, redirect=MAX_REDIRECTS,
                status_forcelist=(429, 500, 502, 503, 504), backoff_factor=o.backoff,
                respect_retry_after_header=True, raise_on_status=False,
                allowed_methods=frozenset({"GET"}),
            ),
        )
        self._robots: dict[str, Any] = {}

    def get(self, url: str) -> Fetched:
        """Fetch ``url`` (or read it from the cache); raises :class:`InputError` with a reason."""
        cached = self._cache_read(url)
        if cached is not None:
            return cached
        if self.options.obey_robots and not self._allowed(url):
            raise InputError(url, "robots", "robots.txt disallows fetching this URL for storylens")
        got = self._get(url, self.options.max_bytes)
        self._cache_write(url, got)
        return got

    # --- the request --------------------------------------------------------------------

    def _get(self, url: str, cap: int) -> Fetched:
        u3 = self._urllib3
        try:
            resp = self._pool.request("GET", url, preload_content=False, redirect=True)
        except u3.exceptions.MaxRetryError as e:
            reason = e.reason
            if isinstance(reason, (u3.exceptions.ReadTimeoutError, u3.exceptions.ConnectTimeoutError)):
                raise InputError(url, "timeout", f"no answer within {self.options.timeout:g} s") from None
            if isinstance(reason, u3.exceptions.ResponseError) and "redirect" in str(reason):
                raise InputError(url, "unreachable", f"more than {MAX_REDIRECTS} redirects") from None
            raise InputError(url, "unreachable", f"cannot connect ({_why(reason)})") from None
        except u3.exceptions.TimeoutError:
            raise InputError(url, "timeout", f"no answer within {self.options.timeout:g} s") from None
        except u3.exceptions.HTTPError as e:
            raise InputError(url, "unreachable", f"cannot fetch ({_why(e)})") from None
        try:
            from urllib.parse import urljoin

            final = urljoin(url, resp.geturl() or url)  # urllib3 may give only the path
            if resp.status >= 400:
                raise InputError(url, "http-error", f"the server answered HTTP {resp.status} {resp.reason or ''}".rstrip())
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > cap:
                raise InputError(url, "too-large", f"the page is {int(length):,} bytes, over the {cap:,}-byte limit")
            body = self._read(resp, url, cap)
            return Fetched(str(final), resp.headers.get("Content-Type", ""), body)
        finally:
            resp.release_conn()

    def _read(self, resp: Any, url: str, cap: int) -> bytes:
        u3 = self._urllib3
        chunks: list[bytes] = []
        size = 0
        start = time.monotonic()
        try:
            for chunk in resp.stream(64 * 1024):
                size += len(chunk)
                if size > cap:
                    raise InputError(url, "too-large", f"the page is over the {cap:,}-byte limit")
                if time.monotonic() - start > self.options.deadline:
                    raise InputError(url, "timeout", f"the page took over {self.options.deadline:g} s to arrive")
                chunks.append(chunk)
        except (u3.exceptions.ReadTimeoutError, u3.exceptions.ProtocolError) as e:
            kind = "timeout" if isinstance(e, u3.exceptions.ReadTimeoutError) else "unreachable"
            raise InputError(url, kind, f"the connection broke while reading ({_why(e)})") from None
        return b"".join(chunks)

    # --- robots.txt ---------------------------------------------------------------------

    def _allowed(self, url: str) -> bool:
        from urllib.parse import urlsplit
        from urllib.robotparser import RobotFileParser

        parts = urlsplit(url)
        root = f"{parts.scheme}://{parts.netloc}"
        rules = self._robots.get(root)
        if rules is None:
            rules = RobotFileParser()
            try:
                got = self._get(root + "/robots.txt", 512 * 1024)
                rules.parse(got.body.decode("utf-8", "replace").splitlines())
            except InputError as e:
                # RFC 9309: no robots.txt (4xx) allows everything; an unreachable or
                # failing one (5xx, timeout) means "disallow all" until it can be read.
                if e.reason == "http-error" and " 4" in e.message:
                    rules.allow_all = True
                else:
                    rules.disallow_all = True
            self._robots[root] = rules
        return rules.can_fetch("storylens", url)

    # --- cache --------------------------------------------------------------------------

    def _cache_paths(self, url: str) -> tuple[Path, Path] | None:
        if self.options.cache_dir is None:
            return None
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.options.cache_dir / key[:2]
        return folder / f"{key}.body", folder / f"{key}.json"

    def _cache_read(self, url: str) -> Fetched | None:
        paths = self._cache_paths(url)
        if paths is None:
            return None
        body_p, meta_p = paths
        try:
            meta = json.loads(meta_p.read_text("utf-8"))
            if time.time() - float(meta["fetched_at"]) > self.options.max_age or meta["url"] != url:
                return None
            return Fetched(meta["final_url"], meta["content_type"], body_p.read_bytes(), from_cache=True)
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _cache_write(self, url: str, got: Fetched) -> None:
        paths = self._cache_paths(url)
        if paths is None:
            return
        body_p, meta_p = paths
        meta = {"url": url, "final_url": got.url, "content_type": got.content_type, "fetched_at": time.time()}
        try:
            body_p.parent.mkdir(parents=True, exist_ok=True)
            # body first, then metadata, each renamed into place: a reader never sees half
            for p, data in ((body_p, got.body), (meta_p, json.dumps(meta).encode("utf-8"))):
                tmp = p.with_suffix(p.suffix + f".{os.getpid()}.tmp")
                tmp.write_bytes(data)
                os.replace(tmp, p)
        except OSError:
            pass  # a read-only or full cache dir only costs a refetch next time


def _why(e: object) -> str:
    text = str(getattr(e, "reason", None) or e)
    return text.split(": ", 1)[-1][:160] if text else type(e).__name__


# --- URL -> articles ----------------------------------------------------------------------


def iter_url(url: str, options: Options, fetcher: Fetcher | None = None) -> Iterator[RawArticle | Skipped]:
    """One URL as articles: a page is one, a feed its entries; failures are ``Skipped``."""
    fetcher = fetcher or Fetcher(FetchOptions(max_bytes=min(options.max_record_bytes, FetchOptions.max_bytes)))
    try:
        got = fetcher.get(url)
    except InputError as e:
        yield Skipped(url, e.reason, e.message)
        return
    if _is_feed(got):
        yield from _feed(url, got, options, fetcher)
        return
    try:
        yield page_article(url, got)
    except InputError as e:
        yield Skipped(url, e.reason, e.message)


def page_article(url: str, got: Fetched) -> RawArticle:
    """A fetched page (HTML or plain text) as one article; raises :class:`InputError`."""
    from .extract import url_domain
    from .readers import decode

    if not got.body.strip():
        raise InputError(url, "empty", "the server sent an empty page")
    text = decode(got.body, url)
    ctype = got.content_type.lower()
    head = text[:2048].lstrip().lower()
    if "html" in ctype or head.startswith(("<!doctype html", "<html")) or "<body" in head:
        from .readers.markup import from_html  # a page read as a saved file would be

        return from_html(text, url, {"url": got.url}, url_domain(got.url) or url)
    return RawArticle(source=url, text=text, outlet=url_domain(got.url), url=got.url)


def _is_feed(got: Fetched) -> bool:
    ctype = got.content_type.lower()
    if "rss" in ctype or "atom" in ctype:
        return True
    h = got.body[:1024].lower()
    return b"<rss" in h or (b"<feed" in h and b"atom" in h)


def _feed(url: str, got: Fetched, options: Options, fetcher: Fetcher) -> Iterator[RawArticle | Skipped]:
    import feedparser

    from .extract import url_domain
    from .readers import fragment_text
    from .readers.markup import FeedOutlets

    parsed = feedparser.parse(got.body)  # bytes: feedparser never fetches anything itself
    if not parsed.entries:
        yield Skipped(url, "bad-feed", "no feed entries found")
        return
    feed_title = (parsed.feed.get("title") or "").strip() or None
    outlets = FeedOutlets(parsed)
    for i, entry in enumerate(parsed.entries[:MAX_FEED_ENTRIES], 1):
        src = f"{url}#{i}"
        link = (entry.get("link") or "").strip()
        if is_url(link):
            try:
                art = page_article(link, fetcher.get(link))
                # the page's own site name first; else the entry's outlet (an aggregator's
                # source or link domain); else the feed's title, as for a site's own feed
                named = art.outlet != url_domain(art.url)
                yield RawArticle(
                    source=link, text=art.text, html=art.html,
                    outlet=art.outlet if named else (outlets.of(entry) or feed_title or art.outlet),
                    title=art.title or outlets.title(entry), published=art.published,
                    author=art.author, url=art.url, record_id=entry.get("id"),
                    standfirst=art.standfirst, dropped=art.dropped,
                )
                continue
            except InputError as e:
                page_error: InputError | None = e
        else:
            page_error = None
        html = (entry.content[0].get("value", "") if entry.get("content") else "") or entry.get("summary", "")
        text = fragment_text(html) if html else ""
        if not text.strip():
            why = f"{page_error.message} and the entry has no content" if page_error else "feed entry has no link and no content"
            yield Skipped(link or src, page_error.reason if page_error else "no-text", why)
            continue
        yield RawArticle(
            source=link or src, text=text,
            outlet=outlets.of(entry) or feed_title or url_domain(link) or url_domain(url),
            title=outlets.title(entry), author=entry.get("author"), url=link or None,
            record_id=entry.get("id"),
        )


__all__ = ["FetchOptions", "Fetched", "Fetcher", "default_cache_dir", "is_url", "iter_url", "page_article"]
