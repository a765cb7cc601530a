"""What a page says about itself, where the extractor's metadata falls short.

Gaps seen on real pages (reader reports, sessions 5 and 6; 9 of 30 article-extraction pages
had a wrong outlet or author):

* **Site name.** Trafilatura can return no site name although the page declares one in
  ``<meta property="og:site_name">`` (a page saved to disk: the outlet became the file
  name). :func:`site_name` reads that tag itself.
* **Bylines with dates.** A byline set as "Jeff Foust Monday, November 25, 2019" comes
  out as "Jeff Foust Monday; November": the date words are glued to the name.
  :func:`clean_author` cuts them (:data:`DATE_WORDS`, :data:`DATE_IF_DATED`).
* **Site name nowhere in the metadata.** A page with no ``og:site_name`` and no URL
  (saved to disk) names itself in its logo ("The Space Review"): :func:`logo_name` reads
  the logo's ``alt`` where the page title also holds the name.
* **Bylines with roles, labels, bios, credentials, publishers** ("Analysis by Chris X;
  CNN Editor-at-large", "Phil X is a reporter", "Ilana X; MS; RDN", "Condé Nast; Louise
  X"): :func:`clean_author` keeps the names (word lists in ``rules/extraction.py``), with
  :func:`publishers` giving the page's own names for its site and owner.
"""

from __future__ import annotations

import html as _html
import re
from collections.abc import Iterable

from ..rules.boilerplate import AGENCIES, PUBLICATION
from ..rules.extraction import (
    AGENCY_DOMAIN_SUFFIXES,
    BYLINE_BIO_VERBS,
    BYLINE_CREDIT_WORDS,
    BYLINE_FORM_JUNK,
    BYLINE_LABELS,
    CREDENTIALS,
    LOGO_ALT_NOISE,
    NAME_PARTICLES,
    PLACEHOLDER_SITE_CHARS,
    PLACEHOLDER_SITE_NAMES,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TITLE_CASE_FUNCTION_WORDS,
)

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


def clean_author(author: str | None, publishers: Iterable[str] = ()) -> str | None:
    """``author`` as the names it gives; ``None`` when no name is left.

    Authors are ``"; "``-joined by trafilatura. Each part loses, in order (word lists in
    ``rules/extraction.py``): its trailing run of date tokens (a run with no
    :data:`DATE_WORDS` and no number is a name and stays); a leading label ("Analysis
    by"); a bio sentence ("Jo Doe is a reporter"); a trailing role ("News reporter", "AP
    Sports Writer"); credentials ("PhD"); a trailing publisher ("Jo Doe Associated
    Press"). A part left empty is dropped. Then, when a person's name is left: parts that
    name a publisher (``publishers``: the page's own names for its site and owner; or a
    news agency) and one-word parts beside a full name ("Futurism", a partner's credit)
    are dropped. A part that reads as a phrase ("Syrian defense ministries") means the
    byline was no list of names: ``None`` unless a full name is among the parts.
    """
    if not author:
        return author
    names = _publisher_keys(publishers)
    kept: list[tuple[str, bool]] = []  # (part, names a publisher)
    phrase = False
    for raw in (p for piece in author.split(";") for p in _PARTS.split(_without_credit(piece))):
        if raw.strip().casefold().rstrip(".:") in BYLINE_FORM_JUNK:
            continue  # a widget's label read as the byline: "Contact Author"
        part = _without_date(raw.strip())
        part = _without_label(part)
        part = _without_bio(part)
        part = _without_role(part, names)
        part = _without_credentials(part)
        part = _without_trailing_publisher(part, names)
        if not part:
            continue
        if _is_phrase(part):
            phrase = True
            continue
        kept.append((part, _is_publisher(part, names)))
    people = [p for p, pub in kept if not pub]
    full = [p for p in people if _full_name(p)]
    if phrase and not full:
        return None
    if people:
        kept = [(p, pub) for p, pub in kept if not pub]
    if full:
        kept = [(p, pub) for p, pub in kept if len(p.split()) > 1]
    return "; ".join(p for p, _ in kept) or None


def clean_record_author(author: str | None, publishers: Iterable[str] = ()) -> str | None:
    """A record's ``author`` field as the names it gives (reader report s7 item 7).

    Scraped records join the author widget's parts with commas, often in title case:
    "Abbas Doe, Please Enter Your Name Here", "Sarah Doe Covers California S
    Demographics, Diverse Communities For The Times", "Author, King Staff, Published, Pm
    Pst December". Each part loses, in order: a form placeholder or widget label
    (``BYLINE_FORM_JUNK``: dropped whole), a run of date words alone (dropped), a bio
    after the name (cut at ``BYLINE_BIO_VERBS``; the name before it stays when it has two
    words), a title-cased phrase (``TITLE_CASE_FUNCTION_WORDS`` after its first word:
    dropped). What is left is cleaned as a page byline (:func:`clean_author`) and joined
    as the record joined it (commas, unless it used semicolons). An agency part stays ("The Canadian Press"): :func:`wire_credits` moves it to the credits."""
    if not author:
        return author
    parts = [p.strip() for p in re.split(r"[;,]", author)]
    kept: list[str] = []
    in_bio = False  # the parts after a bio's first part go on with it ("…, State Government")
    for part in parts:
        if not part or part.casefold().rstrip(".:") in BYLINE_FORM_JUNK or _only_date(part):
            continue
        if _agency_name(part):
            kept.append(part)
            continue
        tokens = part.split()
        verb = next((k for k, t in enumerate(tokens) if _bare(t) in BYLINE_BIO_VERBS), None)
        if verb is not None:
            in_bio = True
            if verb < 2:
                continue
            tokens = tokens[:verb]  # "John Roe Joined The Times ..." -> "John Roe", a new bio
            if _title_phrase(tokens):
                continue  # "I Ve Been ...", "Star Wars. Has A Cat ...": no name before the verb
        elif in_bio or _title_phrase(tokens):
            in_bio = True
            continue
        name = " ".join(tokens)
        if any(name == k or name.startswith(k + " ") for k in kept):
            continue  # "Jo Doe, Jo Doe Daily News Staff Writer": the name again, with a role
        kept.append(name)
    if not kept:
        return None
    out = clean_author("; ".join(kept), publishers)
    return out.replace("; ", ", ") if out and ";" not in author else out  # the record's own joiner


def _title_phrase(tokens: list[str]) -> bool:
    """A title-cased phrase, not a name: a function word (``TITLE_CASE_FUNCTION_WORDS``)
    anywhere but a leading "The", or a sentence's full stop after a word of three letters
    or more ("Popcorn Flicks. Avid ...", "Star Wars."; "John R. Smith", "Jr." stay)."""
    lead = 1 if tokens and tokens[0].lower() == "the" else 0
    if any(_bare(t) in TITLE_CASE_FUNCTION_WORDS for t in tokens[lead:]):
        return True
    return any(t.endswith(".") and len(t.rstrip(".")) >= 3 and t.rstrip(".").isalpha()
               and t.lower() not in ("jr.", "sr.", "snr.", "jnr.") for t in tokens)


def _only_date(part: str) -> bool:
    """A part made of date words, numbers and stamp labels only ("Pm Pst December", "Jan")."""
    tokens = [t.group() for t in _TOKEN.finditer(part)]
    return bool(tokens) and all(
        t.lower().rstrip(".") in DATE_WORDS or t.lower().rstrip(".") in DATE_IF_DATED or _NUMBERISH.match(t)
        for t in tokens
    )


def _agency_name(part: str) -> str | None:
    """The agency's canonical name when ``part`` is an agency of the table, in any case
    ("The Associated Press", "Agence France-Presse", "PRESS TRUST OF INDIA")."""
    from ..rules.boilerplate import AGENCIES

    key = " ".join(part.split()).casefold()
    for name, canon in AGENCIES.items():
        if name.casefold() == key:
            return canon
    return None


def wire_credits(author: str | None, outlet: str | None = None,
                 url: str | None = None) -> tuple[str | None, tuple[str, ...]]:
    """``author`` without the parts that credit a news agency or another publication, and
    those credits: a wire credit in the byline ("The Canadian Press", "Press Trust of
    India") or a syndicating paper's name ("Grace Doe, Usa Today" on news.yahoo.com) is a
    credit (``Article.credits``, which shared_source and provenance read), not an author.
    A publication that is the article's own outlet ("Cbc News" on cbc.ca) stays: the
    desk's byline."""
    if not author:
        return author, ()
    from ..credits import is_publication, names_own_outlet

    names, credits = [], []
    for raw in re.split(r"[;,]", author):
        part = raw.strip()
        credit = _agency_name(part)
        if credit is None and is_publication(part) and not names_own_outlet(part, outlet, url):
            credit = part[4:] if part.startswith("The ") else part
        if credit:
            if credit not in credits:
                credits.append(credit)
        elif part:
            names.append(part)
    joiner = "; " if ";" in author or "," not in author else ", "
    return joiner.join(names) or None, tuple(credits)


def agency_byline(author: str | None, page: str) -> str | None:
    """The agency's full name where the extractor cut it to its first words: trafilatura
    reads "Press Trust of India" as "Press Trust" (a name and a place, it seems); the page
    spells the name out (its byline link's title, its analytics tags)."""
    if not author or len(author.split()) > 4:
        return author
    from ..rules.boilerplate import AGENCIES

    for name in AGENCIES:
        if name != author and len(name) > len(author) and name.startswith(author + " ") and name in page:
            return name
    return author


# trafilatura joins names with "; "; a byline it did not split still says "and" or "&".
# "(?<!\s)": a split starts at the first space of a run, so a long run of spaces is
# scanned once, not once per space (quadratic: 20,000 spaces took 7 s).
_PARTS = re.compile(r";|(?<!\s)\s+(?:and|&)\s+")
_LABEL = re.compile(
    r"^(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(BYLINE_LABELS, key=len, reverse=True))
    + r")\s*[:\-–—]?\s+(?=\S)",
    re.IGNORECASE,
)
# "Jo Doe is a reporter for NBC News": the bio box read as the byline.
# A credit phrase before "by" (rules/extraction.BYLINE_CREDIT_WORDS): "Story and photos by ".
_CREDIT_BY = re.compile(
    r"^\s*(?:(?:" + "|".join(sorted(BYLINE_CREDIT_WORDS, key=lambda w: (-len(w), w)))  # ties: one text per run
    + r")(?:\s*,\s*|\s+(?:and|&)\s+|\s+))+by\s+(?=\S)",
    re.IGNORECASE,
)


def _without_credit(piece: str) -> str:
    return _CREDIT_BY.sub("", piece, count=1)


_BIO = re.compile(r"\s(?:is|was)\s+(?:a|an|the|our)\s", re.IGNORECASE)


def _without_label(part: str) -> str:
    return _LABEL.sub("", part, count=1)


def _without_bio(part: str) -> str:
    m = _BIO.search(part)
    return part[: m.start()].rstrip(" ,") if m else part


def _bare(token: str) -> str:
    return token.lower().strip(",.:()")


def _without_role(part: str, names: set[str]) -> str:
    """Cut a trailing role ("Tom Doe News reporter" -> "Tom Doe"); "" for a part that is
    only a role ("Ap Auto Writer", "Staff writer"). A name keeps two words: desk words
    that are also surnames ("Jesse Washington Senior Writer") stay when the name needs them."""
    tokens = part.split()
    role = next(
        (k for k, t in enumerate(tokens) if _bare(t).split("-")[0] in ROLE_NOUNS), None
    )
    if role is None:
        return part
    cut = role
    while cut > 0 and (_bare(tokens[cut - 1]) in ROLE_MODIFIERS or _bare(tokens[cut - 1]) in names):
        cut -= 1
    if cut == 0:
        return ""
    cut = max(cut, min(2, role))
    return " ".join(tokens[:cut]).rstrip(" ,;–—-")


def _without_credentials(part: str) -> str:
    tokens = part.split()
    while tokens and tokens[-1].replace(".", "").strip(",").lower() in CREDENTIALS and (
        len(tokens) > 1 or not any(c.islower() for c in tokens[-1])  # "MS" part, not "Ma"
    ) and not _surname_like(tokens):
        tokens.pop()
    return " ".join(tokens).rstrip(" ,")


def _surname_like(tokens: list[str]) -> bool:
    """The last token is written as a two-letter surname ("Jack Ma", "Anh Do"), not as
    the degree of those letters ("Jo Doe MA", "Jo Doe, Ma", "Jo Doe M.D."): capital then
    lower case, no dot, and no comma setting it off from the name before it."""
    last = tokens[-1].rstrip(",")
    return (len(last) == 2 and last[0].isupper() and last[1].islower()
            and len(tokens) > 1 and not tokens[-2].endswith(","))


# The longest publisher name read at a byline's end, in words ("Agence France Presse",
# "The Velling Ledger Group"): publishers() keeps names of at most 6.
_PUBLISHER_MAX_WORDS = 6


def _without_trailing_publisher(part: str, names: set[str]) -> str:
    """"JILL DOE Associated Press" -> "JILL DOE" (a name of two words or more stays)."""
    tokens = part.split()
    for n in range(min(len(tokens) - 2, _PUBLISHER_MAX_WORDS), 0, -1):
        if " ".join(_bare(t) for t in tokens[-n:]) in names:
            return " ".join(tokens[:-n])
    return part


def _is_phrase(part: str) -> bool:
    """Capitalised words beside lower-case ones that are no name particles."""
    words = [w for w in part.split() if w[:1].isalpha()]
    return any(w[0].isupper() for w in words) and any(
        w.islower() and w not in NAME_PARTICLES for w in words
    )


def _is_publisher(part: str, names: set[str]) -> bool:
    """The part names a publisher, or starts with one ("CNN Business"), or is the start of
    one ("Business Insider" of "Business Insider Deutschland"), or is an organisation ("The …")."""
    key = " ".join(_bare(t) for t in part.split())
    if key.startswith("the "):
        return True
    return any(key == n or key.startswith(n + " ") or n.startswith(key + " ") for n in names)


def _full_name(part: str) -> bool:
    return len(part.split()) >= 2 and not part.lower().startswith("the ")


def _publisher_keys(publishers: Iterable[str]) -> set[str]:
    from ..rules.boilerplate import AGENCIES

    keys = set()
    for name in (*publishers, *AGENCIES):
        key = " ".join(_bare(t) for t in (name or "").split())
        if key:
            keys.add(key)
    return keys


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


# A tag ends at the next "<" too: "[^>]*" from every "<meta" of a page with no ">" after
# them scanned to the end from each (quadratic); an attribute's name starts a run of name
# characters and is at most 60 of them, so a long run is not rescanned from each position.
_META = re.compile(r"<meta\b[^<>]*>", re.I)
_ATTR = re.compile(r"""(?<![\w:-])([\w:-]{1,60}+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""")
_HEAD_BYTES = 200_000  # meta tags sit in <head>; a huge body need not be scanned


def _metas(page: str) -> Iterable[tuple[str, str]]:
    """``(property or name, content)`` of the page's ``<meta>`` tags, lower-cased keys."""
    for tag in _META.finditer(page, 0, min(len(page), _HEAD_BYTES)):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag.group())}
        key = (attrs.get("property") or attrs.get("name") or "").lower()
        if key:
            yield key, " ".join(_html.unescape(attrs.get("content", "")).split())


def site_part(name: str) -> str:
    """"The Jerusalem Post | JPost.com", "LinkNaija | Nigeria's popular news platform": the
    name comes first, a domain or a tagline after the bar. After a spaced dash only a
    tagline or a domain goes (:func:`_tagline`): "Riverside Rider - The magazine for every
    horse lover" is "Riverside Rider", while "Vella Times - Sport" (a section) and "Orm Post
    - Gazette" (a name written with a spaced dash) stay whole: a short capitalised tail may
    be the name's own part, and which it is cannot be told."""
    head = name.split(" | ")[0].strip()
    parts = re.split(r"\s+[-–—]\s+", head, maxsplit=1)
    if len(parts) == 2 and parts[0] and _tagline(parts[1], parts[0]):
        return parts[0].strip()
    return head


def _tagline(tail: str, head: str) -> bool:
    """Whether ``tail``, after a site name's spaced dash, reads as a tagline or a domain,
    not as part of the name: a domain ("vellatimes.example"), or three words or more that
    are mostly lower-case ("News you can trust", "The magazine for every horse lover") or
    more words than the name before the dash, one of them lower-case ("The Voice of the
    North" after "Orm Post"; "Opinion - Orm Daily Voice" stays whole).
    A tail that is itself a publication's name (capitalised words ending in a masthead
    word: ``rules.boilerplate.PUBLICATION``) is none: "Home - The Vella Daily Herald" names
    the outlet after the dash, so the string stays whole (which part is the name is not
    the length's to tell)."""
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/?", tail, re.IGNORECASE):
        return True
    words = tail.split()
    if len(words) < 3 or PUBLICATION.fullmatch(tail):
        return False
    lower = sum(1 for w in words if w[:1].islower())
    # a longer capitalised tail is a tagline only with a lower-case word in it ("The Voice
    # of the North"); every word capitalised ("Orm Daily Voice") is a name as often
    return 2 * lower >= len(words) or lower > 0 and len(words) > len(head.split())


def placeholder_name(name: str) -> bool:
    """A site name that names no site: a platform's or template's default ("Hosted", "My
    WordPress Blog") or a template variable or slug ("{{site_name}}", "Wday_")."""
    key = " ".join(name.lower().split())
    return key in PLACEHOLDER_SITE_NAMES or any(c in PLACEHOLDER_SITE_CHARS for c in name)


def agency_credit(name: str) -> str | None:
    """The credit form ("AP") of a news or picture agency's name ("The Associated Press"),
    ``None`` for any other name."""
    name = " ".join(name.split())
    return AGENCIES.get(name) or AGENCIES.get(name.removeprefix("The "))


def agency_domain(name: str, credit: str, domain: str) -> bool:
    """Whether ``domain`` is the agency's own ("apnews.com", "hosted.ap.org" for AP;
    "reuters.com"; "english.kyodonews.net"): one of its labels is the agency's name or
    credit, spaces and punctuation left out, alone or with a word of
    ``AGENCY_DOMAIN_SUFFIXES`` after it ("ap" + "news"; not "appeal-democrat": another
    paper whose name starts with the letters of the credit)."""
    keys = {k for k in (re.sub(r"[^a-z0-9]", "", name.lower()), re.sub(r"[^a-z0-9]", "", credit.lower())) if len(k) >= 2}
    return any(label.startswith(k) and label[len(k):] in AGENCY_DOMAIN_SUFFIXES
               for label in domain.lower().split(".") for k in keys)


def site_name(page: str) -> str | None:
    """The page's ``og:site_name`` (Open Graph: the name of the site the page belongs
    to), unescaped, up to its first " | "; ``None`` when the page does not declare one."""
    for key, content in _metas(page):
        if key == "og:site_name":
            name = site_part(content)
            if name and not name.lower().startswith(("http://", "https://")):
                return name[:120]
    return None


# "Copyright (c) Condé Nast 2019", "© 2031 The Ledger. All rights reserved.": the holder.
_COPYRIGHT_WORDS = re.compile(
    r"©|\(c\)|&copy;|\bcopyright\b|\ball rights reserved\b\.?|\b(?:19|20)\d\d\b|[-–,.]", re.IGNORECASE
)
_PUBLISHER_KEYS = ("og:site_name", "application-name", "publisher", "article:publisher", "copyright", "dc.publisher", "dc.rights")


def publishers(page: str) -> set[str]:
    """Names the page gives its site and its owner (``og:site_name``, ``application-name``,
    ``publisher``, the holder in ``copyright``): a byline part that is one of these is the
    publisher's credit, not an author."""
    out = set()
    for key, content in _metas(page):
        if key in _PUBLISHER_KEYS and content and "://" not in content:
            name = " ".join(_COPYRIGHT_WORDS.sub(" ", site_part(content)).split())
            if name and len(name.split()) <= 6:
                out.add(name)
    return out


_IMG = re.compile(r"<img\b[^<>]*>", re.IGNORECASE)
_LOGO_BYTES = 500_000  # the logo sits in the page's header
# Where the article itself begins: a logo after it is one the story shows (the company it
# reports on: "Orsk Bank logo" on a page titled "Orsk Bank reports record profit"), not the
# site's, which the page header puts above the headline.
_ARTICLE_START = re.compile(r"<(?:h1|article)\b", re.IGNORECASE)


_TITLE = re.compile(r"<title\b[^>]*>([^<]{1,500})</title>", re.IGNORECASE)


def logo_name(page: str, title: str | None = None) -> str | None:
    """The site's name from its logo's ``alt`` text, as the page's ``<title>`` (else
    ``title``) writes it; ``None`` when there is no logo or its name is in neither
    (``LOGO_ALT_NOISE``). The extractor's title may have lost the site's name already."""
    m = _TITLE.search(page, 0, min(len(page), _HEAD_BYTES))
    title = " ".join(filter(None, (_html.unescape(m.group(1)) if m else None, title)))
    if not title:
        return None
    title_key = f" {_words_key(title)} "
    end = min(len(page), _LOGO_BYTES)
    start = _ARTICLE_START.search(page, 0, end)
    for tag in _IMG.finditer(page, 0, start.start() if start else end):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag.group())}
        where = " ".join(attrs.get(k, "") for k in ("src", "class", "id", "alt")).lower()
        if "logo" not in where:
            continue
        alt = _html.unescape(attrs.get("alt", ""))
        words = [w for w in re.split(r"[\s_-]+", alt) if w and w.lower() not in LOGO_ALT_NOISE]
        if not words or len(words) > 6:
            continue
        key = " ".join(w.lower() for w in words)
        if f" {key} " in title_key:
            return _as_in(title, words) or " ".join(words)
    return None


def _words_key(s: str) -> str:
    return " ".join(re.findall(r"[\w'’&]+", s.lower()))


def _as_in(title: str, words: list[str]) -> str | None:
    """``words`` as the title spells them ("ascom" -> "Ascom")."""
    pattern = r"\b" + r"[\s:|–—-]+".join(re.escape(w) for w in words) + r"\b"
    m = re.search(pattern, title, re.IGNORECASE)
    return m.group() if m else None


__all__ = ["DATE_IF_DATED", "DATE_WORDS", "agency_byline", "clean_author", "clean_record_author", "wire_credits", "logo_name", "publishers", "site_name", "site_part"]
