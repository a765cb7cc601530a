"""What a page says about itself, where the extractor's metadata falls short.

Two gaps seen on real pages (reader report, session 5; 9 of 30 article-extraction pages
had a wrong outlet or author):

* **Site name.** Trafilatura can return no site name although the page declares one in
  ``<meta property="og:site_name">`` (a page saved to disk: the outlet became the file
  name). :func:`site_name` reads that tag itself.
* **Bylines with dates.** A byline set as "Jeff Foust Monday, November 25, 2019" comes
  out as "Jeff Foust Monday; November": the date words are glued to the name.
  :func:`clean_author` cuts them (:data:`DATE_WORDS`, :data:`DATE_IF_DATED`).
"""

from __future__ import annotations

import html as _html
import re

# Weekday and month names that are never a person's name in a byline: one at the end of
# a byline is a date that trafilatura glued to it ("Carrie Arnold November", "JERUSALEM
# POST STAFF NOVEMBER"). March is left out: it is a surname (Peggy March).
DATE_WORDS = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february september october november december
    """.split()
)
# Words that belong to a date only beside one of the above or a number: months that are
# names (April Ryan, Theresa May, June Carter, August Wilson, Peggy March), abbreviations
# that are names (Lena Sun, Jan Smith, Ed Wed-), zone labels, and the words a byline puts
# around a date ("Published", "Updated", "on", "at"). "Brian May" stays; "Jane Doe May 5"
# loses "May 5".
DATE_IF_DATED = frozenset(
    """
    march april may june july august
    mon tue tues wed thu thur thurs fri sat sun
    jan feb mar apr jun jul aug sep sept oct nov dec
    am pm a.m p.m utc gmt et ct mt pt est edt cst cdt mst mdt pst pdt bst cet cest ist
    published updated posted on at
    """.split()
)
# Numbers of a date or a clock: 2019, 25, 25th, 10:30, 9.15pm.
_NUMBERISH = re.compile(r"^(?:\d{1,4}(?:st|nd|rd|th)?|\d{1,2}[:.]\d{2}(?:[ap]\.?m\.?)?)$", re.I)
_TOKEN = re.compile(r"[^\s,;|/·•–—-]+")


def clean_author(author: str | None) -> str | None:
    """``author`` without the dates glued to it; ``None`` when nothing but a date is left.

    Authors are ``"; "``-joined by trafilatura; each part loses its trailing run of date
    tokens (a part that is only a date is dropped). A run with no :data:`DATE_WORDS` and
    no number is a name and stays.
    """
    if not author:
        return author
    parts = []
    for part in author.split(";"):
        kept = _without_date(part.strip())
        if kept:
            parts.append(kept)
    return "; ".join(parts) or None


def _without_date(part: str) -> str:
    tokens = list(_TOKEN.finditer(part))
    cut = len(tokens)
    dated = False
    while cut > 0:
        raw = tokens[cut - 1].group()
        word = raw.lower().rstrip(".")
        if word in DATE_WORDS or _NUMBERISH.match(raw):
            dated = True
        elif word not in DATE_IF_DATED:
            break
        cut -= 1
    if not dated:
        return part  # no date in the trailing run: "Brian May", "Ann Lee, Updated" stay
    if cut == 0:
        return ""
    return part[: tokens[cut - 1].end()].rstrip(" ,;|/·•–—-")


_META = re.compile(r"<meta\b[^>]*>", re.I)
_ATTR = re.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_HEAD_BYTES = 200_000  # meta tags sit in <head>; a huge body need not be scanned


def site_name(page: str) -> str | None:
    """The page's ``og:site_name`` (Open Graph: the name of the site the page belongs
    to), unescaped, up to its first " | "; ``None`` when the page does not declare one."""
    for tag in _META.finditer(page, 0, min(len(page), _HEAD_BYTES)):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag.group())}
        if (attrs.get("property") or attrs.get("name") or "").lower() == "og:site_name":
            name = " ".join(_html.unescape(attrs.get("content", "")).split())
            # "The Jerusalem Post | JPost.com", "LinkNaija | Nigeria's popular news
            # platform": the name comes first, a domain or a tagline after the bar.
            name = name.split(" | ")[0].strip()
            if name and not name.lower().startswith(("http://", "https://")):
                return name[:120]
    return None


__all__ = ["DATE_IF_DATED", "DATE_WORDS", "clean_author", "site_name"]
