"""Credits to other publications, and whether a credit names an outlet of the comparison.

A rewrite often says whose text it rewrites: a bracketed masthead after its lede ("...
a congressional seat. [LA Times]"), a syndication sign-off ("The Korea Herald/Asia News
Network"), "This article first appeared in The Vella Herald", "according to the Los
Angeles Times". The cleaner records the credit lines (``Article.credits``); provenance
asks :func:`credits_outlet` whether one article credits another's outlet, which tells who
carries the original when the shared-text scores tie (``provenance.py``).

A credit and an outlet are matched by their compact keys (:func:`name_keys`): the
lower-case letters and digits of the name without a leading "The", and the same with
the words before the last reduced to initials, so "LA Times", "Los Angeles Times" and the
domain latimes.com meet in "latimes", and "The Korea Herald" meets koreaherald.com.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .rules.boilerplate import PUBLICATION_NAME

_PUBLICATION = re.compile(PUBLICATION_NAME)
# Credit forms in running text (one group: the publication): "according to the Los
# Angeles Times", "This article first appeared in The Vella Herald", "originally
# published by the Meridian Ledger", "(Reprinted) courtesy of".
_TEXT_CREDIT = re.compile(
    r"\b(?:[Aa]ccording to|(?:first|originally) (?:appeared|published|ran) (?:in|on|by)|"
    r"(?:[Rr]eprinted|[Rr]epublished) (?:with permission )?(?:from|of)|[Cc]ourtesy of)\s+"
    rf"(?:the\s+)?({PUBLICATION_NAME})"
)
# Top-level domains and second-level labels dropped from a domain's key (latimes.com ->
# "latimes", koreatimes.co.kr -> "koreatimes").
_DOMAIN_NOISE = frozenset({"www", "com", "net", "org", "co", "news", "info", "uk", "kr", "au",
                           "ca", "in", "ie", "nz", "sg", "pk", "ph", "my", "edu", "gov"})
# A key shorter than this says nothing ("ap" is a wire's acronym, not an outlet's name).
_MIN_KEY = 4


def is_publication(name: str) -> bool:
    """Whether ``name`` reads as a publication's (or agency's) name as a whole."""
    return _PUBLICATION.fullmatch(name.strip()) is not None


def name_keys(name: str | None) -> set[str]:
    """Compact keys of an outlet's or a credit's name (see the module docstring)."""
    if not name:
        return set()
    s = name.strip()
    if re.fullmatch(r"(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?", s, re.IGNORECASE):
        label = _domain_label(s)
        return {label} if label and len(label) >= _MIN_KEY else set()
    words = re.findall(r"[\w'’&-]+", s)
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return set()
    compact = "".join(re.sub(r"[^0-9a-z]", "", w.lower()) for w in words)
    keys = {compact}
    if len(words) > 1:
        keys.add("".join(w[0].lower() for w in words[:-1]) + re.sub(r"[^0-9a-z]", "", words[-1].lower()))
    return {k for k in keys if len(k) >= _MIN_KEY}


def outlet_keys(outlet: str | None, url: str | None) -> set[str]:
    """Keys of an article's outlet: its name (or domain) and its URL's domain."""
    return name_keys(outlet) | name_keys(url)


def names_own_outlet(name: str, outlet: str | None, url: str | None) -> bool:
    """Whether ``name`` is the outlet itself: a key in common, or the name's initials are
    the outlet's ("Russia Today" on rt.com, "Deutsche Welle" on dw.com)."""
    keys = outlet_keys(outlet, url) | _short_keys(outlet) | _short_keys(url)
    words = [w for w in re.findall(r"[\w'’&-]+", name) if w.lower() != "the"]
    initials = "".join(w[0].lower() for w in words)
    # the name less its masthead word: "Cbc News" on cbc.ca
    head = "".join(re.sub(r"[^0-9a-z]", "", w.lower()) for w in words[:-1])
    return bool(name_keys(name) & keys) or (len(words) > 1 and (initials in keys or head in keys))


def _short_keys(name: str | None) -> set[str]:
    """A domain's own label however short ("dw" of dw.com), for :func:`names_own_outlet`."""
    if not name or not re.fullmatch(r"(?:https?://)?[\w.-]+\.[a-z]{2,}(?:/\S*)?", name.strip(), re.IGNORECASE):
        return set()
    label = _domain_label(name.strip())
    return {label} if label else set()


def _domain_label(address: str) -> str | None:
    """The label that names the site: the last before the top-level domain, once
    second-level and service labels are dropped (latimes.com -> "latimes",
    koreatimes.co.kr -> "koreatimes", news.yahoo.com -> "yahoo")."""
    host = re.sub(r"^https?://", "", address, flags=re.IGNORECASE).split("/")[0].lower()
    labels = [x for x in host.split(".")[:-1] if x not in _DOMAIN_NOISE]
    return re.sub(r"[^0-9a-z]", "", labels[-1]) or None if labels else None  # "ostrava-times"


def text_credits(text: str) -> list[str]:
    """Publications credited in running text ("according to the Los Angeles Times")."""
    out: list[str] = []
    for m in _TEXT_CREDIT.finditer(text):
        name = " ".join(m.group(1).split())
        if name not in out:
            out.append(name)
    return out


def outlet_acronyms(outlet: str | None) -> set[str]:
    """The acronyms an agency's credit may give a multi-word outlet: its first word when
    that is one ("CPA Wire" -> "CPA") and its initials ("Continental Press Agency" ->
    "CPA"), two to six capitals."""
    words = re.findall(r"[\w'’&-]+", outlet or "")
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2:
        return set()
    cands = {words[0], "".join(w[0] for w in words if w[:1].isupper())}
    return {c for c in cands if _ACRONYM.fullmatch(c)}


_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")


def credits_outlet(credits: Iterable[str], text: str, outlet: str | None, url: str | None,
                   crediting_outlet: str | None = None, crediting_url: str | None = None) -> str | None:
    """The first of ``credits`` (then of the credits in ``text``) that names ``outlet``,
    or None. A credit that also names the crediting article's own outlet (a wire's page
    credits itself) is no evidence about another."""
    keys = outlet_keys(outlet, url)
    short = outlet_acronyms(outlet)
    own = outlet_keys(crediting_outlet, crediting_url)
    own_short = outlet_acronyms(crediting_outlet)
    for c in [*credits, *text_credits(text)]:
        ck = name_keys(c)
        if ck & keys and not ck & own:
            return c
        if c in short and c not in own_short:
            return c
    return None
