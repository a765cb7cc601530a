"""HTML page -> article text plus page metadata, via trafilatura.

Trafilatura finds the main content; we ask it for recall-friendly settings (tables and
headings kept, comments dropped) and let :mod:`storylens.clean` remove the junk lines
that slip through. Headings come out as Markdown ``## `` lines so the cleaner can mark
them as heading blocks; paragraphs are separated by a blank line.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .errors import InputError
from .models import RawArticle

# Block-level tags of trafilatura's internal XML body and how each becomes text.
_HEAD = "head"
_LIST = "list"
_TABLE = "table"
_SKIP = {"graphic", "comments"}
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")


def extract_html(html: str, source: str, url: str | None = None) -> RawArticle:
    """Extract one page; raises ``InputError(reason="no-article")`` when nothing is found.

    The returned :class:`RawArticle` has ``text`` (blank-line separated blocks) and the
    page's metadata; the readers attach the raw ``html`` beside it.
    """
    import trafilatura  # slow import (~1 s): only when HTML is actually seen

    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            favor_recall=True,  # cleaning removes the junk recall lets in
            include_comments=False,  # reader comments are never article text
            include_tables=True,
            include_formatting=False,
            include_images=False,
            deduplicate=False,  # trafilatura's dedup cache is process-global state
        )
    except Exception as e:  # trafilatura raises assorted lxml/ValueError on broken pages
        raise InputError(
            source, "no-article", f"HTML could not be parsed ({type(e).__name__})"
        ) from e
    if doc is None or doc.body is None:
        raise InputError(source, "no-article", "no article text found in the HTML page")
    text = body_text(doc.body)
    if not text.strip():
        raise InputError(source, "no-article", "no article text found in the HTML page")
    page_url = url or doc.url
    return RawArticle(
        source=source,
        text=text,
        outlet=_outlet(doc.sitename, page_url),
        title=_title(doc.title, doc.sitename, page_url),
        published=_clean_meta(doc.date),
        author=_clean_meta(doc.author),
        url=page_url,
        standfirst=_standfirst(doc.description, text),
    )


def body_text(body) -> str:
    """Trafilatura's XML body as text: one block per paragraph, headings as ``## ``."""
    blocks: list[str] = []
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            continue
        if tag == _HEAD:
            line = _inline(el)
            if line:
                blocks.append("## " + line)
        elif tag == _LIST:
            items = [_inline(it) for it in el.iter("item")]
            items = [f"- {it}" for it in items if it]
            if items:
                blocks.append("\n".join(items))
        elif tag == _TABLE:
            rows = []
            for row in el.iter("row"):
                cells = [_inline(c) for c in row.iter("cell")]
                cells = [c for c in cells if c]
                if cells:
                    rows.append(" | ".join(cells))
            if rows:
                blocks.append("\n".join(rows))
        else:
            lines = [ln for ln in (_SPACES.sub(" ", s).strip() for s in _lines(el)) if ln]
            if lines:
                blocks.append("\n".join(lines))
        tail = _SPACES.sub(" ", el.tail or "").strip()
        if tail:  # trafilatura leaves loose text as the tail of the block before it
            blocks.append(tail)
    return "\n\n".join(blocks)


def _lines(el) -> list[str]:
    """Text of an element, split at ``<lb/>`` line breaks."""
    parts: list[str] = [el.text or ""]
    for child in el.iterdescendants():
        if child.tag == "lb":
            parts.append("\n")
        elif isinstance(child.tag, str) and child.text:
            parts.append(child.text)
        if child.tail:
            parts.append(child.tail)
    return "".join(parts).split("\n")


def _inline(el) -> str:
    return _SPACES.sub(" ", " ".join("".join(el.itertext()).split("\n"))).strip()


def _clean_meta(value) -> str | None:
    if value is None:
        return None
    value = _SPACES.sub(" ", str(value)).strip()
    return value or None


# " | CBC News", " - The Example Times", " — Site": a page title's site suffix.
_SUFFIX = re.compile(r"\s+[|–—-]\s+([^|–—]{2,60})$")


def strip_site(title: str, names: set[str]) -> str:
    """``title`` without a trailing " | Site" when Site is one of ``names`` (outlets, domains,
    compared case- and space-insensitively); any other suffix may be part of the headline."""
    m = _SUFFIX.search(title)
    if m is None:
        return title
    key = _name_key(m.group(1))
    if key and any(key == _name_key(n) or key in _name_key(n) or _name_key(n) in key for n in names if _name_key(n)):
        return title[: m.start()].rstrip()
    return title


def _name_key(name: str) -> str:
    name = name.lower().removeprefix("www.")
    name = re.sub(r"\.(?:com|org|net|co\.uk|co|ca|uk|news|example)$", "", name)
    return re.sub(r"[^a-z0-9]+", "", name)


def _title(title, sitename: str | None, url: str | None) -> str | None:
    """The page title without its own site's suffix ("Ferry aground | CBC News")."""
    t = _clean_meta(title)
    if not t:
        return None
    names = {n for n in (_clean_meta(sitename), url_domain(url)) if n}
    return strip_site(t, names) or t


def _outlet(sitename: str | None, url: str | None) -> str | None:
    """The page's site name, else its domain (``www.`` stripped)."""
    name = _clean_meta(sitename)
    if name and not name.startswith(("http://", "https://")):
        return name
    return url_domain(url)


def url_domain(url: str | None) -> str | None:
    """``https://www.example.org/a`` -> ``example.org``; ``None`` when there is no host."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:  # "http://[::1": a malformed address has no host to name
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host


def _standfirst(description: str | None, text: str) -> str | None:
    """The page description, when it reads as a summary that the body does not already hold.

    Teasers cut with an ellipsis and descriptions that merely repeat the opening
    paragraph add nothing, so they are dropped.
    """
    desc = _clean_meta(description)
    if not desc or len(desc) < 40 or len(desc) > 400:
        return None
    if desc.endswith(("...", "…")):
        return None
    key = _key(desc)
    if key[:60] and key[:60] in _key(text):
        return None
    return desc


def _key(s: str) -> str:
    return " ".join(re.findall(r"\w+", s.lower()))
