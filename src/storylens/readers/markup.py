"""HTML pages, text documents and RSS/Atom feeds.

A text or HTML file is one document, read whole under ``max_record_bytes``; a page is
extracted by :func:`storylens.extract.extract_html` and keeps its raw markup beside the
text. Feed entries are too short for main-content extraction and are flattened by
:func:`fragment_text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ..errors import InputError
from ..models import RawArticle, Skipped
from ..options import Options
from .decoding import decode_report, scrub
from .pagemeta import (
    agency_byline,
    agency_credit,
    agency_domain,
    clean_author,
    logo_name,
    placeholder_name,
    publishers,
    site_name,
    site_part,
)
from .source import Input

Item = RawArticle | Skipped

TEXT_EXT = frozenset({".txt", ".text", ".md", ".markdown"})
HTML_EXT = frozenset({".html", ".htm", ".xhtml"})
FEED_EXT = frozenset({".xml", ".rss", ".atom"})


def read_document(inp: Input, head: bytes, options: Options) -> Iterator[Item]:
    """A text or HTML file: one article (and a ``repaired`` row if bytes were damaged)."""
    from .records import read_capped
    from .source import ext_of

    src = inp.label
    dec = decode_report(read_capped(inp, options.max_record_bytes, "file"), src)
    text = dec.text
    if not text.strip():
        raise InputError(src, "empty", "file holds only whitespace")
    ext = ext_of(inp.name)
    links = _only_links(text)
    if links:
        # a file of links (kept to fetch later) is no article: read as one, its URLs were
        # a text 'article' whose title was the first link
        raise InputError(
            src, "links-only",
            f"a list of {links} link(s), not an article: name the links themselves on the "
            f"command line ($(cat {inp.name}))",
        )
    if ext in HTML_EXT or sniff_html(text, strict=ext in TEXT_EXT):
        yield from_html(text, src, None, inp.stem)
    else:
        yield RawArticle(source=src, text=text, outlet=inp.stem)
    if dec.note:
        yield Skipped(src, "repaired", dec.note)


_LINK_LINE = re.compile(r"https?://\S+", re.IGNORECASE)


def _only_links(text: str) -> int:
    """How many lines of ``text`` are http(s) links, when every non-blank line is one
    (else 0). A long file is no list of links: only its first 64 KB are looked at."""
    lines = [ln.strip() for ln in text[:65536].splitlines() if ln.strip()]
    if not lines or len(text) > 65536:
        return 0
    return len(lines) if all(_LINK_LINE.fullmatch(ln) for ln in lines) else 0


def sniff_html(text: str, strict: bool = False) -> bool:
    """A page saved without its extension; ``strict`` (a .txt file) needs it at the start."""
    head = text[:2048].lstrip().lower()
    if head.startswith(("<!doctype html", "<html")):
        return True
    return not strict and ("<html" in head[:1024] or "<body" in head[:1024])


def sniff_feed(head: bytes) -> bool:
    h = head[:1024].lower()
    return b"<rss" in h or (b"<feed" in h and b"atom" in h)


def from_html(
    html: str,
    source: str,
    meta: dict[str, Any] | None,
    fallback_outlet: str,
    line: int | None = None,
) -> RawArticle:
    """Extract an HTML page; record metadata wins over what the page says about itself."""
    from ..extract import extract_page

    meta = meta or {}
    url = meta.get("url")
    try:
        ext, dropped = extract_page(html, source, url)
    except InputError as e:
        raise InputError(source, e.reason, e.message, line) from None
    page_outlet, credit = _page_outlet(ext, html)
    outlet = meta.get("outlet") or page_outlet or fallback_outlet
    return RawArticle(
        source=source,
        text=ext.text,
        html=html,  # the raw page is stored beside the extracted text
        outlet=outlet,
        title=meta.get("title") or _without_site_prefix(ext.title, {outlet, ext.outlet}),
        published=meta.get("published") or ext.published,
        author=meta.get("author") or clean_author(agency_byline(ext.author, html), {outlet, *publishers(html)}),
        url=url or ext.url,
        record_id=meta.get("id"),
        standfirst=ext.standfirst,
        dropped=dropped,
        line=line,
        credits=(credit,) if credit else (),
    )




def _page_outlet(ext: RawArticle, html: str) -> tuple[str | None, str | None]:
    """The page's name for its site, and the agency to credit when that name was a wire's.

    Candidates, in order: the extractor's site name (where it is more than the URL's
    domain), the page's own ``og:site_name`` ("BGR", not "bgr.com" or the file name), its
    logo's name. The first that names this site wins; one that does not is passed over:
    a placeholder ("Hosted", "Wday_": ``pagemeta.placeholder_name``), or a news agency's
    name on a page outside the agency's own domain ("Associated Press" as the site name
    of a Times Union page: the paper is the outlet, the wire a credit). Then the URL's
    domain; without one, nothing (the reader's fallback, then the copyright line, follow).
    """
    from ..extract import url_domain

    domain = url_domain(ext.url)
    declared = ext.outlet if ext.outlet and ext.outlet != domain else None
    credit = None
    for name in (declared and (site_part(declared) or declared), site_name(html), logo_name(html, ext.title)):
        if not name or placeholder_name(name):
            continue
        agency = agency_credit(name)
        if agency and domain and not agency_domain(name, agency, domain):
            credit = credit or agency
            continue
        return name, credit
    return domain, credit


_SITE_SEP = re.compile(r"\s*(?::|\s[|–—-])\s+(?=\S)")


def _without_site_prefix(title: str | None, names: set[str | None]) -> str | None:
    """"The Space Review: Seeking a bigger role" -> "Seeking a bigger role" when the part
    before the colon (or dash, bar) is one of the site's ``names`` (the longest first: a
    site name with its tagline, "Site | Tagline: Headline", goes whole)."""
    if not title:
        return title
    for name in sorted((n for n in names if n and len(n) >= 2), key=len, reverse=True):
        if title[: len(name)].lower() == name.lower():
            m = _SITE_SEP.match(title, len(name))
            if m:
                return title[m.end() :]
    return title


def read_feed(inp: Input, head: bytes, options: Options) -> Iterator[Item]:
    import feedparser

    from ..extract import url_domain
    from .records import checked_date, read_capped

    src, stem = inp.label, inp.stem
    data = read_capped(inp, options.max_record_bytes, "feed file")
    try:
        parsed = feedparser.parse(data)  # bytes, so feedparser never fetches a URL
    except RecursionError:
        raise InputError(src, "bad-feed", "feed is nested too deeply to parse") from None
    if not parsed.entries:
        why = parsed.get("bozo_exception")
        why = str(why).splitlines()[0][:120] if why else ""
        raise InputError(src, "bad-feed", f"no feed entries found{f' ({why})' if why else ''}")
    feed_title = _str(parsed.feed.get("title"))
    outlets = FeedOutlets(parsed)
    for i, entry in enumerate(parsed.entries, 1):
        esrc = f"{src}#{i}"
        try:
            html = ""
            if entry.get("content"):
                html = entry.content[0].get("value", "")
            html = scrub(html or entry.get("summary", "") or "")
            text = fragment_text(html) if html else ""
            if not text.strip():
                yield Skipped(esrc, "no-text", "feed entry has no content or summary", None)
                continue
            link = _str(entry.get("link"))
            published, raw_field = _feed_date(entry)
            note = None
            if raw_field is not None:  # feedparser read no date in it: judged as a record's is
                published, note = checked_date(published, raw_field, esrc, None)
            yield RawArticle(
                source=esrc,
                text=text,
                html=html if "<" in html else None,  # the entry's markup, kept as raw input
                outlet=outlets.of(entry) or feed_title or url_domain(link) or stem,
                title=outlets.title(entry),
                published=published,
                author=_str(entry.get("author")),
                url=link,
                record_id=_str(entry.get("id")),
            )
            if note is not None:
                yield note
        except Exception as e:  # noqa: BLE001 - one odd entry must not stop the feed
            yield Skipped(esrc, "bad-feed", f"feed entry unusable ({type(e).__name__})")


class FeedOutlets:
    """Whose article a feed entry is. A site's own feed speaks for the site (its title);
    an aggregator's does not: an entry's ``<source>`` element names its outlet (Google
    News, Atom ``source``), and a feed whose entries link to two or more other sites
    gives each entry its link's domain. One other domain alone is a redirector
    (FeedBurner, a news reader's click counter), not an outlet."""

    def __init__(self, parsed: Any) -> None:
        from ..extract import url_domain

        self._domain = url_domain
        self.site = url_domain(_str(parsed.feed.get("link")))
        others = {d for e in parsed.entries if (d := url_domain(_str(e.get("link")))) and not self._own(d)}
        self.aggregator = len(others) >= 2

    def _own(self, domain: str) -> bool:
        site = self.site
        return bool(site) and (domain == site or domain.endswith("." + site) or site.endswith("." + domain))

    def source(self, entry: Any) -> str | None:
        """The entry's ``<source>`` title, when it names one."""
        src = entry.get("source")
        return _str(src.get("title")) if isinstance(src, dict) else None

    def of(self, entry: Any) -> str | None:
        """The entry's outlet, or ``None`` when the feed's own title stands for it."""
        named = self.source(entry)
        if named:
            return named
        domain = self._domain(_str(entry.get("link")))
        if self.aggregator and domain and not self._own(domain):
            return domain
        return None

    def title(self, entry: Any) -> str | None:
        """The entry's title, without the " - Outlet" an aggregator appends to it."""
        title = _str(entry.get("title"))
        named = self.source(entry)
        if title and named:
            for sep in (" - ", " – ", " — ", " | "):
                if title.endswith(sep + named) and len(title) > len(sep + named):
                    return title[: -len(sep + named)].rstrip()
        return title


def fragment_text(html: str) -> str:
    """An HTML fragment (a feed entry) as blank-line separated paragraphs.

    Feed entries are too short for trafilatura's main-content heuristics, so the markup
    is flattened directly: block tags start new paragraphs, ``<br>`` a new line.
    """
    import lxml.html

    if "<" not in html:
        return html.strip()
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # lxml raises ParserError/ValueError on junk markup
        return ""
    for bad in root.xpath(".//script|.//style|.//figure|.//figcaption|.//img"):
        bad.drop_tree()
    blocks = {
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "ul",
        "ol",
        "table",
        "tr",
    }
    for el in root.iter():
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in blocks:
            prefix = "## " if el.tag in ("h1", "h2", "h3", "h4", "h5", "h6") else ""
            el.text = "\n\n" + prefix + (el.text or "")
            el.tail = "\n\n" + (el.tail or "")
    text = root.text_content()
    paras = [" ".join(ln.split()) for ln in text.split("\n")]
    out, blank = [], False
    for ln in paras:
        if ln:
            if blank and out:
                out.append("")
            out.append(ln)
            blank = False
        else:
            blank = True
    return "\n".join(out)


def _feed_date(entry: Any) -> tuple[str | None, str | None]:
    """An entry's date as ISO 8601 UTC when feedparser read one, with None; else its raw
    ``published``/``updated`` text and that field's name, for :func:`records.checked_date`
    (an unreadable "Mon, 31 Feb 2026" was kept as the article's date: crash16)."""
    # dict.get: feedparser maps a missing "updated" key to "published" with a
    # DeprecationWarning; an entry's own fields are read as they are
    for key in ("published_parsed", "updated_parsed"):
        t = dict.get(entry, key)
        if t:
            return (f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}T{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d}Z",
                    None)
    for key in ("published", "updated"):
        if (raw := _str(dict.get(entry, key))) is not None:
            return raw, key
    return None, None




def _str(v: Any) -> str | None:
    if not isinstance(v, str):
        return None
    s = scrub(v).strip()
    return s or None
