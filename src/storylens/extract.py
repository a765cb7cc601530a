"""HTML page -> article text plus page metadata, via trafilatura.

Trafilatura finds the main content; we ask it for recall-friendly settings (tables and
headings kept, comments dropped) and let :mod:`storylens.clean` remove the junk lines
that slip through. Headings come out as Markdown ``## `` lines so the cleaner can mark
them as heading blocks; paragraphs are separated by a blank line.

What the extractor leaves out is never silent (:func:`extract_page`):

1. hover cards inside a paragraph (a person's pop-up card: picture and links) and hidden
   elements there are cut from the page before extraction, each recorded as
   ``hover-card``; left in, their text is glued into the sentence ("Rep. Ilhan OmarIlhan OmarHillicon Valley: … MORE");
2. the page's visible text blocks are listed before extraction; a block of a container
   whose paragraphs were extracted (a ``div`` subheading between ``<p>`` paragraphs, bare
   lede text before a ``<br>``) but that the extractor dropped is put back in place;
3. a body the page splits into repeated chunks (an ad break closes one ``<div>`` of
   paragraphs and opens an identical one), of which the extractor kept the first, is put
   back: prose blocks from copies of a body paragraph's container (:class:`_BodyChunks`),
   each after the body paragraph it follows, recorded in one ``restored`` line;
4. every other visible block missing from the result is recorded as ``not-extracted``:
   a block of ``NOT_EXTRACTED_MIN_WORDS`` words or more one by one (also each copy of a
   paragraph printed more often than the result holds it), shorter ones (menus, labels,
   link lists) as one summary line with their count.

Records go in the article's ``removed`` list beside the cleaner's, with line 0 and
``page=True``: they are not lines of the text the cleaner received.
"""

from __future__ import annotations

import bisect
import re
from urllib.parse import urlsplit

from .errors import InputError
from .models import RawArticle, Removed
from .rules.extraction import (
    BLOCK_TAGS,
    BODY_COPY_MIN_SHARE,
    BODY_COPY_MIN_WORDS,
    CARD_MIN_LINKS,
    INVISIBLE_TAGS,
    LINK_LIST_MIN_ITEMS,
    LINKED_HEADLINE_MAX_WORDS,
    LINKED_HEADLINE_MIN_WORDS,
    LINKED_HEADLINE_NEIGHBOUR_WORDS,
    NOT_EXTRACTED_MAX_LISTED,
    NOT_EXTRACTED_MIN_WORDS,
    RECOVER_MAX_WORDS,
    RECOVER_MIN_WORDS,
    RESTORE_MAX_LEVELS,
    RESTORE_MAX_LINK_DENSITY,
    RESTORE_MIN_WORDS,
)

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
    return extract_page(html, source, url)[0]


def extract_page(
    html: str, source: str, url: str | None = None
) -> tuple[RawArticle, tuple[Removed, ...]]:
    """:func:`extract_html` plus what extraction left out (``hover-card``, ``not-extracted``)."""
    import trafilatura  # slow import (~1 s): only when HTML is actually seen

    try:
        tree = trafilatura.load_html(html)
    except Exception:  # lxml refuses some byte soup outright
        tree = None
    dropped: list[Removed] = []
    page: list[_PageBlock] = []
    link_items: set[str] = set()
    if tree is not None:
        dropped = [Removed(t, "hover-card", 0, page=True) for t in _cut_cards(tree)]
        page = _page_blocks(tree)
        link_items = _link_items(tree)
    try:
        doc = trafilatura.bare_extraction(
            tree if tree is not None else html,
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
    links: list[str] = []
    text = body_text(doc.body, links, link_items)
    dropped.extend(Removed(t, "related-link", 0, page=True) for t in links)
    if not text.strip():
        raise InputError(source, "no-article", "no article text found in the HTML page")
    text, missed = _recover(text, page, _clean_meta(doc.title))
    dropped.extend(missed)
    page_url = url or doc.url
    raw = RawArticle(
        source=source,
        text=text,
        outlet=_outlet(doc.sitename, page_url),
        title=_title(doc.title, doc.sitename, page_url),
        published=_clean_meta(doc.date),
        author=_clean_meta(doc.author),
        url=page_url,
        standfirst=_standfirst(doc.description, text),
    )
    return raw, tuple(dropped)


def body_text(body, links: list[str] | None = None, link_items: set[str] | frozenset = frozenset()) -> str:
    """Trafilatura's XML body as text: one block per paragraph, headings as ``## ``.

    A list whose every item is one of ``link_items`` (the keys of the page's list items
    that are one whole link, from :func:`_link_items`) is a related-links box, not text:
    its items go to ``links`` when given, else they stay.
    """
    blocks: list[str] = []
    for el in body:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP:
            continue
        if tag == _HEAD:
            # A line break inside a heading starts a line of its own ("by Jane Doe<br>Monday,
            # March 3"): the byline and the date each meet their own cleaning rule.
            parts = [_SPACES.sub(" ", p).strip() for p in _lines(el)]
            heads = [f"## {p}" for p in parts if p]
            if heads:
                blocks.append("\n".join(heads))
        elif tag == _LIST:
            # A nested list's items are items of their own, not words of their parent item.
            items = [_inline(it, skip=_NESTED) for it in el.iter("item")]
            if links is not None and _link_list(items, link_items):
                links.extend(it for it in items if it)
                items = []
            items = [f"- {it}" for it in items if it]
            if items:
                blocks.append("\n".join(items))
        elif tag == _TABLE and any(c.tag in _BODY_BLOCKS for c in el.iter("cell") for c in c.iter()):
            # A layout table (an old site's page grid: headline, byline and paragraphs in one
            # cell) holds blocks, not cells of data: each cell is read as a body of its own.
            for cell in el.iter("cell"):
                lead = _SPACES.sub(" ", cell.text or "").strip()
                if lead:
                    blocks.append(lead)
                inner = body_text(cell, links, link_items)
                if inner:
                    blocks.append(inner)
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


def _link_list(items: list[str], link_items: set[str] | frozenset) -> bool:
    """Every item is a whole link on the page (the rule: ``rules/extraction.py``)."""
    items = [it for it in items if it]
    return len(items) >= LINK_LIST_MIN_ITEMS and all(_key(it) in link_items for it in items)


def _link_items(tree) -> set[str]:
    """Keys of the page's ``<li>`` items that are one link and nothing else, taken from
    lists where every item is such a link (``LINK_LIST_MIN_ITEMS`` or more)."""
    out: set[str] = set()
    for lst in tree.iter("ul", "ol"):
        keys = []
        for li in lst.findall("li"):
            links = li.findall(".//a")
            text = _key(" ".join(li.itertext()))
            if len(links) != 1 or not text or text != _key(" ".join(links[0].itertext())):
                break
            keys.append(text)
        else:
            if len(keys) >= LINK_LIST_MIN_ITEMS:
                out.update(keys)
    return out


_LETTERS = re.compile(r"[^\W\d_]")


# Tags of trafilatura's XML that end a run of words: text on either side of them is two
# pieces, never one glued word ("big rocket" + "by Jeff Foust" is not "rocketby").
_BREAKS = {"p", "head", "lb", "item", "row", "cell", "list", "quote", "table", "div"}
_NESTED = {"list", "table"}
_BODY_BLOCKS = {"p", "head", "list", "quote", "table"}


def _inline(el, skip: set[str] | frozenset = frozenset()) -> str:
    """An element's words on one line; child blocks are spaced apart, ``skip`` tags left out."""
    parts: list[str] = []
    _words(el, parts, skip)
    return _SPACES.sub(" ", " ".join("".join(parts).split("\n"))).strip()


def _words(el, parts: list[str], skip) -> None:
    parts.append(el.text or "")
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in skip:
            if tag in _BREAKS:
                parts.append(" ")
            _words(child, parts, skip)
            if tag in _BREAKS:
                parts.append(" ")
        parts.append(child.tail or "")


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


# --- what extraction leaves out ---------------------------------------------------------

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _cut_cards(tree) -> list[str]:
    """Cut hover cards and hidden boxes out of paragraphs (in place); their texts."""
    cut: list[str] = []
    for p in list(tree.iter("p")):
        for el in list(p.iterdescendants()):
            if not _tag(el) or not _under(el, p):
                continue  # a comment, or inside a box already cut
            hidden = el.get("hidden") is not None or bool(_HIDDEN_STYLE.search(el.get("style") or ""))
            if hidden or _is_card(el):
                text = _SPACES.sub(" ", " ".join(el.itertext())).strip()
                el.drop_tree()  # keeps the tail: the sentence goes on after the card
                if text:
                    cut.append(text)
    return cut


def _under(el, top) -> bool:
    while el is not None:
        if el is top:
            return True
        el = el.getparent()
    return False


def _is_card(el) -> bool:
    """An image first, then CARD_MIN_LINKS links or more: a card, not words of the sentence."""
    img = el.find(".//img")
    if img is None or len(el.findall(".//a")) < CARD_MIN_LINKS:
        return False
    before: list[str] = [el.text or ""]
    for d in el.iterdescendants():
        if d is img:
            break
        if isinstance(d.tag, str):
            before.append(d.text or "")
        before.append(d.tail or "")
    return not "".join(before).strip()


class _PageBlock:
    """One visible run of text on the page, the element that holds it, and how many of its
    words sit inside a link (``<a>``, the block's own or one around it)."""

    __slots__ = ("text", "owner", "key", "linked")

    def __init__(self, text: str, owner, linked: int = 0) -> None:
        self.text = text
        self.owner = owner
        self.key = _key(text)
        self.linked = linked


def _page_blocks(tree) -> list[_PageBlock]:
    """The page's visible text, split at block elements and ``<br>`` (document order)."""
    from lxml import etree

    out: list[_PageBlock] = []
    buf: list[str] = []
    linked: list[str] = []  # the parts of buf that sit inside a link
    owners: list = [tree]
    in_link = 0

    def flush() -> None:
        text = _SPACES.sub(" ", " ".join("".join(buf).split())).strip()
        n_linked = len(_key("".join(linked)).split())
        buf.clear()
        linked.clear()
        if text:
            out.append(_PageBlock(text, owners[-1], n_linked))

    def add(s: str) -> None:
        buf.append(s)
        if in_link:
            linked.append(" " + s)

    walk = etree.iterwalk(tree, events=("start", "end"))
    for event, el in walk:
        tag = _tag(el)
        if event == "start":
            if not tag or tag in INVISIBLE_TAGS or el.get("hidden") is not None:
                walk.skip_subtree()
                continue
            if tag in BLOCK_TAGS:
                flush()
                owners.append(el)
            if tag == "a":
                in_link += 1
            add(el.text or "")
        else:
            seen = tag and tag not in INVISIBLE_TAGS and el.get("hidden") is None
            if seen and tag in BLOCK_TAGS:
                flush()
                owners.pop()
            if seen and tag == "a":
                in_link -= 1
            if el is not tree:
                add(el.tail or "")
    flush()
    return out


def _recover(text: str, page: list[_PageBlock], title: str | None) -> tuple[str, list[Removed]]:
    """Put back dropped blocks that sit among extracted paragraphs; record the rest.

    A block counts as extracted when its words appear in ``text``. A dropped one is put
    back (before the next extracted block) when its holder is a container whose other text
    was extracted, or a sibling of extracted ``<p>`` paragraphs; short ones without a full
    stop come back as ``## `` headings (a ``div`` subheading).
    """
    if not page:
        return text, []
    blocks = text.split("\n\n")
    keys = [f" {_key(b)} " for b in blocks]
    index = _WordIndex(" ".join(keys).split())
    found = [bool(b.key) and index.count(b.key) > 0 for b in page]
    extracted_owners = {id(b.owner) for b, f in zip(page, found, strict=True) if f}
    title_key = _key(title or "")
    inserts: dict[int, list[str]] = {}
    after: dict[int, list[str]] = {}  # restored body chunks, after the text block at the key
    p_counts: dict = {}
    dropped: list[Removed] = []
    restored: list[_PageBlock] = []
    short_n = short_words = 0
    chunk = _BodyChunks(page, found)
    block_of: dict[int, int | None] = {}
    copies: list[int] = []  # sizes of left-out copies of the whole body
    grams: set[tuple[str, ...]] | None = None
    for i, (b, f) in enumerate(zip(page, found, strict=True)):
        if f or not b.key or b.key == title_key:
            continue
        n = len(b.key.split())
        if n >= BODY_COPY_MIN_WORDS:
            if grams is None:
                grams = _grams(" ".join(keys).split())
            mine = _grams(b.key.split())
            if mine and len(mine & grams) >= BODY_COPY_MIN_SHARE * len(mine):
                copies.append(n)
                continue
        if chunk.continues(i):
            prev = chunk.before(i)
            if prev not in block_of:  # once per anchor: many restored blocks share one
                block_of[prev] = _block_of(page[prev], keys)
            at = block_of[prev]
            if at is not None:
                after.setdefault(at, []).append(b.text)
                restored.append(b)
                continue
        if RECOVER_MIN_WORDS <= n <= RECOVER_MAX_WORDS and _among_extracted(b, extracted_owners, p_counts):
            if _linked_headline(b.text, b.linked):
                dropped.append(Removed(b.text, "related-link", 0, page=True))
                continue
            at = _next_block(page, found, i, keys)
            if at is not None:
                heading = n <= 12 and not re.search(r"[.!?:;,…]['\"’”)]*$", b.text)
                inserts.setdefault(at, []).append(("## " + b.text) if heading else b.text)
                continue
        if n >= NOT_EXTRACTED_MIN_WORDS and len(dropped) < NOT_EXTRACTED_MAX_LISTED:
            dropped.append(Removed(b.text, "not-extracted", 0, page=True))
        else:
            short_n += 1
            short_words += n
    # A block the page prints more often than the text holds it (the extractor keeps one
    # of identical paragraphs): each copy left out is recorded too.
    seen: dict[str, int] = {}
    for b, f in zip(page, found, strict=True):
        if f and len(b.key.split()) >= NOT_EXTRACTED_MIN_WORDS:
            seen[b.key] = seen.get(b.key, 0) + 1
            if seen[b.key] <= index.count(b.key):
                continue
            if len(b.key.split()) >= BODY_COPY_MIN_WORDS:
                copies.append(len(b.key.split()))  # found in the text: a copy of the body
            elif len(dropped) < NOT_EXTRACTED_MAX_LISTED:
                dropped.append(Removed(b.text, "not-extracted", 0, page=True))
    if short_n:
        dropped.append(
            Removed(
                f"[{short_n} more page block(s), {short_words} words: menus, labels, links, overflow]",
                "not-extracted",
                0,
                page=True,
            )
        )
    if copies:
        dropped.append(
            Removed(
                f"[{len(copies)} cop{'y' if len(copies) == 1 else 'ies'} of the article body "
                f"({', '.join(str(n) for n in copies)} words) printed again on the page: not listed]",
                "not-extracted",
                0,
                page=True,
            )
        )
    if restored:
        dropped.append(Removed(_restored_note(restored), "restored", 0, page=True))
    links = _linked_headlines(blocks, page, found)
    for j in sorted(links):
        dropped.append(Removed(blocks[j], "related-link", 0, page=True))
    if inserts or after or links:
        out: list[str] = []
        for j, blk in enumerate(blocks):
            out.extend(inserts.get(j, []))
            if j not in links:
                out.append(blk)
            out.extend(after.get(j, []))
        text = "\n\n".join(out)
    return text, dropped


def _grams(words: list[str]) -> set[tuple[str, ...]]:
    return {tuple(words[k : k + 4]) for k in range(len(words) - 3)}


# Words a headline leaves in lower case (the rest are capitalised, 3 in 4 at least).
_HEADLINE_SMALL = frozenset(
    "a an the and or but nor of in on at to for by with from as is are vs via over into after up".split()
)


def _linked_headline(text: str, linked: int) -> bool:
    """A page block that is all link and set as a headline: a related story's title (the
    test and why: ``LINKED_HEADLINE_*`` in ``rules/extraction.py``)."""
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    if (
        "\n" in text
        or text.startswith("#")
        or linked < len(_key(text).split())
        or not LINKED_HEADLINE_MIN_WORDS <= len(words) <= LINKED_HEADLINE_MAX_WORDS
        or re.search(r"[.!?:;,…]['\"’”)]*$", text)
    ):
        return False
    sig = [w for w in words if w.lower() not in _HEADLINE_SMALL]
    return bool(sig) and sum(w[0].isupper() for w in sig) >= 0.75 * len(sig)


def _linked_headlines(blocks: list[str], page: list[_PageBlock], found: list[bool]) -> set[int]:
    """Extracted text blocks that are an inline related-story link between two body
    paragraphs (:func:`_linked_headline`)."""
    linked = {b.key: b for b, f in zip(page, found, strict=True) if f and b.key and b.linked}
    out: set[int] = set()
    for j in range(1, len(blocks) - 1):
        b = linked.get(_key(blocks[j]))
        if b is None or not _linked_headline(blocks[j], b.linked):
            continue
        if all(
            not blocks[k].startswith("#") and len(_key(blocks[k]).split()) >= LINKED_HEADLINE_NEIGHBOUR_WORDS
            for k in (j - 1, j + 1)
        ):
            out.add(j)
    return out


def _restored_note(restored: list[_PageBlock]) -> str:
    """One record of the body paragraphs put back: how many, their words, how each opens."""
    words = sum(len(b.key.split()) for b in restored)
    heads = " | ".join(" ".join(b.text.split()[:6]) + " …" for b in restored)
    return f"[put back {len(restored)} body paragraph(s), {words} words, that the extractor dropped: {heads}]"


class _BodyChunks:
    """Which dropped page blocks continue the article body (``rules/extraction.py``,
    ``RESTORE_*``): a page that splits its body into repeated chunks (an ad break closes
    one ``<div>`` of paragraphs and opens an identical one) can lose every chunk after the
    first to the extractor, which keeps one container.

    A dropped block is body when it is prose (``RESTORE_MIN_WORDS`` words or more, ending
    like a sentence, at most ``RESTORE_MAX_LINK_DENSITY`` of its words linked), comes after
    the first extracted body paragraph in document order, and sits in a copy of a body
    paragraph's container: it shares an ancestor with an extracted body paragraph at most
    ``RESTORE_MAX_LEVELS`` levels up, and the path below that ancestor (tag and classes of
    each element) is the same on both sides. Menus, teasers (whole links), related
    lists, comment threads and footers sit in containers of other shapes or are not prose.
    The shared ancestor is inside the body's ``<article>`` (if any), and no headline
    (``<h1>``) stands between the block and the body paragraph before it: a page that
    renders the next story below in the same template (infinite scroll) repeats the
    container too, but that is another article.
    """

    def __init__(self, page: list[_PageBlock], found: list[bool]) -> None:
        self.page = page
        self.anchors = [
            i for i, (b, f) in enumerate(zip(page, found, strict=True)) if f and _prose(b)
        ]
        self.headlines = [i for i, b in enumerate(page) if _tag(b.owner) == "h1"]
        # (ancestor, path below it) of every extracted body paragraph, per level up.
        self.shapes: set[tuple[int, tuple[tuple[str, str], ...]]] = set()
        self._keep: list = []  # the ancestors keyed by id, kept alive (lxml proxies are reused)
        for i in self.anchors:
            for anc, path in _shapes(page[i].owner):
                self.shapes.add((id(anc), path))
                self._keep.append(anc)

    def continues(self, i: int) -> bool:
        b = self.page[i]
        if not self.anchors or i < self.anchors[0] or not _prose(b):
            return False
        # a headline after the last body paragraph opens another article of the same
        # template (an infinite-scroll page's next story), not the next chunk of this one
        k = bisect.bisect_right(self.headlines, self.before(i))
        if k < len(self.headlines) and self.headlines[k] < i:
            return False
        return any((id(anc), path) in self.shapes for anc, path in _shapes(b.owner))

    def before(self, i: int) -> int:
        """Index of the last extracted body paragraph before page block ``i``."""
        return self.anchors[bisect.bisect_left(self.anchors, i) - 1]


def _prose(b: _PageBlock) -> bool:
    n = len(b.key.split())
    return (
        n >= RESTORE_MIN_WORDS
        and b.linked <= RESTORE_MAX_LINK_DENSITY * n
        and bool(_SENTENCE_END.search(b.text))
    )


_SENTENCE_END = re.compile(r"[.!?…]['\"’”)\]]*$")


def _shapes(el):
    """``(ancestor, path)`` for the 1..``RESTORE_MAX_LEVELS`` ancestors of ``el``; the path
    is the tag and classes of ``el`` and of each element between it and the ancestor (all
    classes: a sidebar cell is often the body cell's first class plus its own)."""
    path: list[tuple[str, str]] = []
    for _ in range(RESTORE_MAX_LEVELS):
        parent = el.getparent()
        if parent is None or _tag(el) == "article":
            # not above an <article>: a copy of an article's container is another article
            # (an infinite-scroll page's next story), not another chunk of this body
            return
        path.append((_tag(el), " ".join(sorted((el.get("class") or "").split()))))
        yield parent, tuple(path)
        el = parent


def _block_of(b: _PageBlock, keys: list[str]) -> int | None:
    """Index of the text block holding page block ``b``'s words."""
    for j, k in enumerate(keys):
        if f" {b.key} " in k:
            return j
    return None


class _WordIndex:
    """Where each run of three words (or fewer, for short keys) starts in the text, so that
    "is this block's word sequence in the text, how often" costs a lookup, not a scan of
    the whole text per block (a page of 20,000 menu items took 54 s that way)."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.at: dict[tuple[str, ...], list[int]] = {}
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                self.at.setdefault(tuple(words[i : i + n]), []).append(i)

    def count(self, key: str) -> int:
        """Occurrences of ``key``'s words, in order and adjacent, in the text."""
        w = key.split()
        if not w:
            return 0
        head = tuple(w[:3])
        return sum(1 for i in self.at.get(head, ()) if self.words[i : i + len(w)] == w)


def _among_extracted(b: _PageBlock, extracted_owners: set[int], p_counts: dict) -> bool:
    if b.owner.getparent() is not None and id(b.owner) in extracted_owners:
        return True  # bare text of a container whose other text was extracted
    parent = b.owner.getparent()
    if parent is None:
        return False  # text straight under the page root: no container to judge by
    # Once per parent (a menu of 20,000 items has one). Keyed by the element itself, which
    # the dict keeps alive: the id of a freed lxml proxy can come back for another element.
    if parent not in p_counts:
        p_counts[parent] = sum(1 for c in parent if _tag(c) == "p" and id(c) in extracted_owners)
    own = 1 if _tag(b.owner) == "p" and id(b.owner) in extracted_owners else 0
    return p_counts[parent] - own >= 2


def _next_block(page: list[_PageBlock], found: list[bool], i: int, keys: list[str]) -> int | None:
    """Index of the extracted block holding the next extracted page text after ``page[i]``."""
    for b, f in zip(page[i + 1 :], found[i + 1 :], strict=True):
        if f:
            for j, k in enumerate(keys):
                if f" {b.key} " in k:
                    return j
            return None
    return None
