"""Articles pasted or uploaded on the compare page, as :class:`RawArticle` records.

Nothing here touches the file system: an upload is bytes plus a display name (only its
last path component is kept, and only as a label), and every size and count limit is
checked before the pipeline sees the text.

Pasted text holds one or more articles separated by a line of three or more dashes
(``---``). Each may start with header lines (``Outlet:``, ``Title:``, ``URL:``,
``Published:``, ``Author:``) before its text; HTML is recognised by its tags.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..models import RawArticle, Skipped

SEPARATOR = re.compile(r"^\s*-{3,}\s*$", re.MULTILINE)
_HEADER = re.compile(r"^(outlet|title|url|published|date|author)\s*:\s*(.*)$", re.IGNORECASE)
_HTML_SNIFF = re.compile(r"<\s*(!doctype|html|body|article|p|div|h1|h2)\b", re.IGNORECASE)


@dataclass(frozen=True)
class WebLimits:
    """Limits on what one compare request may carry (413 / 422 with a message)."""

    max_body_bytes: int = 8_000_000  # whole request, all files and fields together
    max_article_bytes: int = 2_000_000  # one article's text or HTML
    min_articles: int = 2
    max_articles: int = 20
    # A comparison past this many seconds is stopped (its worker process is killed):
    # 422 on the compare page and API, 503 for a stored story. A plain 1 MB article
    # compares in ~10-20 s on 2 loaded cores (benchmarks/hostile.py).
    compare_seconds: float = 120.0
    # How long a request waits for a free comparison worker before a 503.
    queue_seconds: float = 60.0


class InputProblem(ValueError):
    """A compare request that cannot be used; ``status`` is the HTTP answer (413 or 422)."""

    def __init__(self, message: str, status: int = 422):
        super().__init__(message)
        self.status = status
        self.message = message


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.search(text[:4000]))


def _outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[::1": not a URL a host can be read from
        return None
    return host.removeprefix("www.") or None


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _text(value: str | None) -> str | None:
    """A request's string with lone surrogates ("\\ud800" in JSON) made U+FFFD: they
    cannot be encoded, so they would fail at output rather than here."""
    if value is None or _SURROGATE.search(value) is None:
        return value
    return _SURROGATE.sub("\ufffd", value)


def _check_url(url: str | None, source: str) -> None:
    if not url:
        return
    try:
        urlsplit(url).hostname  # noqa: B018 - parses the netloc: "http://[::1" raises here
    except ValueError as e:
        raise InputProblem(f"{source}: url is not a valid URL ({e})") from None


def split_pasted(text: str) -> list[str]:
    """The pasted box as separate article texts (blank pieces dropped)."""
    return [p.strip("\n") for p in SEPARATOR.split(text.replace("\r\n", "\n")) if p.strip()]


def pasted_article(piece: str, n: int) -> RawArticle:
    """One pasted piece, with its optional header lines read off the top."""
    meta: dict[str, str] = {}
    lines = piece.split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines:
        m = _HEADER.match(lines[0].strip())
        if not m:
            break
        key = "published" if m.group(1).lower() == "date" else m.group(1).lower()
        meta[key] = m.group(2).strip()[:500]
        lines.pop(0)
    body = "\n".join(lines).strip()
    return make_raw(
        source=f"pasted article {n}",
        body=body,
        is_html=looks_like_html(body),
        outlet=meta.get("outlet"),
        title=meta.get("title"),
        url=meta.get("url"),
        published=meta.get("published"),
        author=meta.get("author"),
        fallback_outlet=f"Pasted {n}",
    )


def make_raw(
    *,
    source: str,
    body: str,
    is_html: bool,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    author: str | None = None,
    fallback_outlet: str,
) -> RawArticle:
    from ..readers.decoding import scrub

    body, outlet, title, url, published, author = (
        _text(v) for v in (body, outlet, title, url, published, author)
    )
    _check_url(url, source)
    outlet = (outlet or "").strip() or _outlet_from_url(url) or fallback_outlet
    body = scrub(body)  # a lone surrogate ("\\ud800" in JSON) cannot be written as UTF-8
    return RawArticle(
        source=source,
        text=None if is_html else body,
        html=body if is_html else None,
        outlet=scrub(outlet),
        title=scrub(title) if title else None,
        url=scrub(url) if url else None,
        published=scrub(published) if published else None,
        author=scrub(author) if author else None,
    )


def safe_filename(name: str | None, n: int) -> str:
    """The last path component of an uploaded file's name, as a label only."""
    base = re.split(r"[\\/]", name or "")[-1].strip()
    base = "".join(ch for ch in base if ch.isprintable())[:120]
    return base or f"upload {n}"


def uploaded_articles(data: bytes, filename: str | None, n: int) -> tuple[list[RawArticle], list[Skipped]]:
    """An uploaded file's articles and skipped items, read by
    :func:`storylens.readers.read_bytes` (the formats and reasons of a file on disk: a
    JSONL or CSV upload may hold several). Every unusable item, a binary upload too, is a
    skipped row shown with the comparison (the other uploads are still compared)."""
    from ..readers import read_bytes

    label = safe_filename(filename, n)
    items = read_bytes(data, label, label=f"upload:{label}")
    raws = [i for i in items if not isinstance(i, Skipped)]
    skipped = [i for i in items if isinstance(i, Skipped)]
    if not raws and any(s.reason == "binary" for s in skipped):
        skipped = [Skipped(label, "binary", "looks like a binary file; upload text or HTML")]
    return raws, skipped


PASTE_HINT = " (separate pasted articles with a line of ---, or upload several files)"


def check_counts(
    raws: list[RawArticle], limits: WebLimits, hint: str = "", skipped: Sequence[Skipped] = ()
) -> None:
    """Refuse too many or too few articles; too few names every input that could not be
    read (``skipped``) and why, since those are what the user has to fix."""
    n = len(raws)
    if n > limits.max_articles:
        raise InputProblem(
            f"too many articles: {n} given, at most {limits.max_articles} per comparison", 413
        )
    if n < limits.min_articles:
        unread = "; ".join(f"{s.source}: {s.message}" for s in skipped[:5])
        more = f" (and {len(skipped) - 5} more)" if len(skipped) > 5 else ""
        raise InputProblem(
            f"need at least {limits.min_articles} articles to compare, got {n}"
            + (f"; could not read {unread}{more}" if unread else hint)
        )
    for r in raws:
        size = len((r.text or r.html or "").encode("utf-8"))
        if size > limits.max_article_bytes:
            raise InputProblem(
                f"{r.source}: {size / 1e6:.1f} MB is over the {limits.max_article_bytes / 1e6:g} MB"
                " limit for one article",
                413,
            )
        if not (r.text or r.html or "").strip():
            raise InputProblem(f"{r.source}: no text")
