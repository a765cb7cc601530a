"""Scraped text -> clean article text with blocks, removed lines and credits.

Steps of :func:`clean_text`:

1. split the text into lines and blank-line separated chunks;
2. drop lines matched by :mod:`storylens.boilerplate` (the table: ``rules/boilerplate.py``)
   (captions, credits, related links, widgets, promos and sign-ups, contact cards, link
   lines, timestamps), each recorded with its reason,
   then the rules that only hold beside a removed photo credit ("Tribune Archive");
3. drop breadcrumbs, section labels and date lines above the first prose paragraph;
4. drop caption copies of lines that also appear in the body, and a press release's
   "About <Company>" section when a removed contact card follows it;
5. drop related-story links set in capitals on a page whose link lines are set in capitals;
6. drop menu and route fragments left at the end of the page, the rest of a widget block
   at the body's end whose form messages a rule removed, a standing footer to readers,
   later verbatim copies of a body paragraph, then an author bio that closes the body
   (its last one or two lines);
7. label the headline, standfirst and headings; join the kept blocks with a blank line.

Credits (agencies named in datelines, sign-offs and picture credits) and the first
removed date stamp (as the publication date) are returned beside the text.

Only whole lines are ever removed and only on a full-line pattern match, so a sentence
that mentions an agency or an advert stays.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import datetime, timedelta, timezone
from itertools import islice

from . import boilerplate
from .errors import InputError
from .models import Article, Block, BlockKind, RawArticle, Removed
from .options import Options
from .rules.boilerplate import (
    DATE_LINE,
    DATE_RUN_MIN,
    FOOTER_EMAIL,
    READER_ADDRESS,
    REPEAT_MIN_WORDS,
    TEASER_GATE,
    WIDGET_BLOCK_LEAD_LINES,
    WIDGET_BLOCK_LEAD_MAX_WORDS,
    WIDGET_BLOCK_MAX_WORDS,
    WIDGET_BLOCK_MIN_WORDS,
    WIDGET_BLOCK_REASONS,
)

# "## Heading ##": the marker only; the closing hashes are stripped by _md_heading, not
# by a lazy ".*?" before "#*\s*$", which retried the tail at every position (quadratic on
# "###### " followed by a long run of "#").
_MD_HEADING = re.compile(r"(#{1,6})\s+")
_FINAL_PUNCT = re.compile(r"[.!?;:,…]['\"’”)\]]*$")
_WORD = re.compile(r"\w+")
# "PORT VELLING (Reuters) -", "LONDON —", "Paris, March 3 (AFP) -": a story's opening line.
_DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{1,40}(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?)?(?:\s*\([^)]{1,40}\))?\s*[-—–]\s"
    r"|^[A-Z][\w .,'’-]{1,60}?\s*\([^)]{1,40}\)\s*[-—–]\s|^\([^)]{1,40}\)\s*[-—–]\s"
)
# The head of a page ends at the first line of at least this many words that ends like a
# sentence ("By noon, the fire was out." is 6 words; menus and date lines have no full stop).
_PROSE_MIN_WORDS = 6
# A caption shorter than this ("Smoke.") is too common to mark its body copy as a caption.
_CAPTION_MIN_WORDS = 5
# A heading is short: the longest subheadings seen in news copy run to about 12 words.
_HEADING_MAX_WORDS = 12
_HEADLINE_MAX_WORDS = 25
# A standfirst is a sentence or two; a 60-word block is already a body paragraph.
_STANDFIRST_MAX_WORDS = 60
_SMALL_WORDS = {
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "by",
    "with",
    "from",
    "as",
    "is",
    "vs",
    "via",
    "over",
    "into",
    "after",
}


@dataclass(frozen=True)
class CleanResult:
    """What :func:`clean_text` keeps and drops; offsets of ``blocks`` index ``text``."""

    text: str
    removed: tuple[Removed, ...] = ()
    blocks: tuple[Block, ...] = ()
    credits: tuple[str, ...] = ()
    headline: str | None = None
    standfirst: str | None = None
    published: str | None = None  # ISO date(time) read from a removed timestamp line


@dataclass
class _Line:
    no: int  # 0-based line number in the input
    text: str  # stripped text (heading markers removed)
    chunk: int
    md_heading: bool = False
    reason: str | None = None
    embed: bool = False  # the words of an embedded post (kept, as an "embed" block)
    note: bool = False  # an editor's note or disclaimer (kept, as a "note" block)
    note_more: bool = False  # a hard-wrapped note's next line (in the note's block)


def clean_article(raw: RawArticle, article_id: str, options: Options) -> Article:
    """Clean one raw article; raises :class:`InputError` when it holds no usable text."""
    del options  # no cleaning setting yet; kept so the stage signature is uniform
    dropped = raw.dropped
    markup = raw.html  # the page or feed fragment the text came from, if any
    if raw.text is None and raw.html is not None:
        # The readers' own HTML path, so a page handed over directly gets the same text,
        # records and page metadata (site name, cleaned byline) as a page read from disk.
        from .readers.markup import from_html

        meta = {
            "url": raw.url,
            "outlet": raw.outlet,
            "title": raw.title,
            "published": raw.published,
            "author": raw.author,
            "id": raw.record_id,
        }
        ext = from_html(raw.html, raw.source, meta, _stem(raw.source))
        dropped = ext.dropped
        raw = replace(ext, html=None, standfirst=raw.standfirst or ext.standfirst)
    if not raw.text or is_blank(raw.text):
        raise InputError(raw.source, "empty", "no article text")
    res = clean_text(raw.text, raw.title, raw.standfirst)
    if not any(b.kind != "headline" for b in res.blocks) and not _headline_item(markup, res):
        raise InputError(raw.source, "empty", _emptied(res))
    nav = _navigation_only(res)
    if nav:
        raise InputError(raw.source, "navigation-only", nav)
    from .readers.pagemeta import wire_credits

    outlet = _outlet(raw, res.removed)
    from .credits import names_own_outlet

    # a wire's or another paper's name in the byline is a credit, not an author
    author, wire = wire_credits(raw.author, outlet, raw.url)
    own_site = {c for c in res.credits if "." in c and " " not in c and names_own_outlet(c, outlet, raw.url)}
    return Article(
        id=article_id,
        source=raw.source,
        outlet=outlet,
        text=res.text,
        title=raw.title or res.headline,
        published=raw.published or res.published,
        author=author,
        url=raw.url,
        record_id=raw.record_id,
        credits=tuple(dict.fromkeys(c for c in (*res.credits, *raw.credits, *wire) if c not in own_site)),
        removed=dropped + res.removed,  # what extraction left out (line 0), then the cleaner's
        blocks=res.blocks,
    )


def _headline_item(markup: str | None, res: CleanResult) -> bool:
    """A record or feed item whose text is only its headline (an RSS description that
    repeats the title, title+snippet data with no snippet) is kept as a one-line
    article: it is what such a source publishes, and dedup and stories group it by that
    line. A whole HTML page that yields only its headline is a failed extraction, and
    text that lost its other lines to the rules is junk around a title: both skipped."""
    if not res.blocks or res.removed:
        return False
    if markup is None:
        return True
    from .readers.markup import sniff_html

    return not sniff_html(markup)  # a feed item's markup fragment, not a page


# Characters that show nothing: a text of only these and whitespace is empty (a file of
# one zero-width space or byte-order mark is no article).
_INVISIBLE = str.maketrans(dict.fromkeys("\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"))


def is_blank(text: str) -> bool:
    """True when ``text`` holds nothing but whitespace and invisible characters."""
    return not text.translate(_INVISIBLE).strip()


def _emptied(res: CleanResult) -> str:
    """Why nothing usable is left: what the skip row says."""
    if not res.blocks:
        return "no article text left after cleaning"
    if res.removed:
        return (
            f"only the headline is left after cleaning ({len(res.removed)} line(s)"
            " removed as boilerplate; 'storylens clean' lists them)"
        )
    return "the page's text is only its headline (no article body found)"


def clean_text(text: str, title: str | None = None, standfirst: str | None = None) -> CleanResult:
    """Remove boilerplate lines from ``text`` and label its blocks.

    ``title`` (the page or record title) becomes the headline block: the first line when
    it matches, else it is put in front. ``standfirst`` (a page description) only helps
    recognise the standfirst paragraph; it is not added to the text (teasers written
    for search engines are not the article).
    """
    lines = _split_notes(_split(text))
    cut = _cut_glued_labels(lines)
    credits: list[str] = []
    glued = {r.line: r.text for r in cut if r.reason == "credit"}
    for ln in lines:
        for c in boilerplate.credits_in(ln.text) + boilerplate.credits_in(glued.get(ln.no, "")):
            if c not in credits:
                credits.append(c)
    for ln in lines:
        rule = boilerplate.match(ln.text)
        if rule is not None:
            ln.reason = rule.reason
    _drop_beside_photos(lines)
    _drop_head(lines, title)
    _drop_repeated_title(lines, title)
    _drop_toggled_captions(lines)
    _drop_repeated_captions(lines)
    _drop_about_block(lines)
    _drop_caps_links(lines, title)
    _drop_tail(lines)
    _drop_widget_block(lines)
    _drop_standing_footer(lines)
    _drop_repeated_paragraphs(lines)
    _drop_date_runs(lines)
    _drop_bio(lines, title)
    _mark_embeds(lines)
    _mark_notes(lines)
    for ln in lines:
        # a lone address ending the page (removed by _drop_tail) links to where the text
        # comes from: a syndicated copy's link to its source, a republished post's site.
        # clean_article drops it when it is the outlet's own site.
        if ln.reason == "link" and _ADDRESS.fullmatch(ln.text):
            host = re.sub(r"^(?:https?://)?(?:www\.)?", "", ln.text, flags=re.I).split("/")[0].lower()
            if host and host not in credits:
                credits.append(host)
    credits = boilerplate.expand_acronyms(credits, text)
    kept = [ln for ln in lines if ln.reason is None]
    removed = tuple(
        sorted(
            [Removed(ln.text, ln.reason, ln.no) for ln in lines if ln.reason is not None] + cut,
            key=lambda r: r.line,
        )
    )
    res = _assemble(kept, removed, tuple(credits), title, standfirst)
    stamps = [ln.text for ln in lines if ln.reason == "timestamp"]
    return replace(res, published=_published(stamps))


def _navigation_only(res: CleanResult) -> str | None:
    """Why the body is a site menu rather than an article, or ``None`` (rule and why:
    ``NAV_*`` in ``rules/boilerplate.py``)."""
    lines = [
        ln.strip()
        for b in res.blocks
        if b.kind != "headline"
        for ln in res.text[b.start : b.end].split("\n")
        if ln.strip()
    ]
    if len(lines) < boilerplate.NAV_MIN_LINES:
        return None
    # Sizes in characters: a script written without spaces (Japanese, Chinese) holds a
    # whole sentence in one \w+ run, so a word count would call every line a label.
    labels = sum(
        1
        for ln in lines
        if len(_WORD.findall(ln)) <= boilerplate.NAV_LABEL_MAX_WORDS
        and len(ln) <= boilerplate.NAV_LABEL_MAX_CHARS
        and not _NAV_END.search(ln)
    )
    prose = sum(len(ln) for ln in lines if _is_prose(ln) or _NAV_END.search(ln) and len(ln) >= 20)
    total = sum(len(ln) for ln in lines) or 1
    if labels < boilerplate.NAV_SHORT_SHARE * len(lines) or prose >= boilerplate.NAV_PROSE_SHARE * total:
        return None
    return (
        f"navigation only, not an article: {labels} of {len(lines)} lines are short link labels "
        f"and {prose} of {total} characters are in sentences (a cut-off download or a section page?)"
    )


# A sentence's end in any script: Latin punctuation and the CJK full stop, marks and comma.
_NAV_END = re.compile(r"[.!?;:,…。！？、][\'\"’”)\]」』]*$")


# --- steps ----------------------------------------------------------------------------


def _split(text: str) -> list[_Line]:
    out: list[_Line] = []
    chunk = 0
    prev_blank = False
    for no, raw_line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        s = raw_line.strip()
        if not s:
            if out and not prev_blank:
                chunk += 1
            prev_blank = True
            continue
        prev_blank = False
        heading = _md_heading(s)
        out.append(_Line(no, heading or s, chunk, bool(heading)))
    return out


_SENTENCE_GAP = re.compile(r"[.!?\"”’)]\s+")


def _split_notes(lines: list[_Line]) -> list[_Line]:
    """Split a line where an editor's note or disclaimer starts after a sentence's end
    ('"Neither do I." Editor's note: ...': a record's text that ran the note on after the
    last paragraph): the note is a line of its own (same line number and chunk), so it
    becomes its own "note" block (rules/boilerplate.NOTE_LABEL)."""
    out: list[_Line] = []
    for ln in lines:
        low = ln.text.lower()
        if "note" not in low and "disclo" not in low and "disclaim" not in low:
            out.append(ln)  # cheap gate: most lines
            continue
        cut = next((m.end() for m in _SENTENCE_GAP.finditer(ln.text)
                    if boilerplate.NOTE_LABEL.match(ln.text, m.end())), None)
        if cut is None:
            out.append(ln)
            continue
        out.append(_Line(ln.no, ln.text[:cut].rstrip(), ln.chunk, ln.md_heading))
        out.append(_Line(ln.no, ln.text[cut:], ln.chunk))
    return out


# A line's last sentence ends here (a comma or colon does not end one: "owned by the
# Harbour Trust," goes on on the next line).
_LINE_ENDS_SENTENCE = re.compile(r"[.!?…]['\"’”)\]]*$")


def _mark_notes(lines: list[_Line]) -> None:
    """Mark editor's notes and disclaimers (rules/boilerplate.NOTE_LABEL): kept, as their
    own "note" block. A note whose line stops mid-sentence goes on on the next line of its
    paragraph (a hard-wrapped text: "Editor's note: The Orsk Courier is owned by\nthe
    Harbour Trust."), which joins the note's block instead of starting a paragraph of the
    story's narration."""
    open_note: _Line | None = None  # the note line the next line may continue
    for ln in lines:
        usable = ln.reason is None and not ln.embed
        ln.note_more = (usable and open_note is not None and not ln.md_heading
                        and ln.chunk == open_note.chunk)
        ln.note = ln.note_more or (usable and bool(boilerplate.NOTE_LABEL.match(ln.text)))
        open_note = ln if ln.note and not _LINE_ENDS_SENTENCE.search(ln.text) else None


def _cut_glued_labels(lines: list[_Line]) -> list[Removed]:
    """Cut a widget button glued to the end of a line ("...in time.Click To Tweet"), and a
    related-stories label with its teaser headlines ("... anthem. Related StoriesAfter
    Criticism, Player Changes Mind ..."): the label is recorded as removed and the words
    before it stay; a line that is only the label (or the teasers) is removed whole. A credit in brackets after a line's last sentence ("...
    seat. [LA Times]") is cut the same way, as "credit" (the patterns and why:
    ``rules/boilerplate.py``)."""
    cut: list[Removed] = []
    for ln in lines:
        if ln.text.endswith("]"):
            m = boilerplate.GLUED_CREDIT.search(ln.text)
            if m is not None:
                cut.append(Removed(ln.text[m.start() :].strip(), "credit", ln.no))
                ln.text = ln.text[: m.start()].rstrip()
        if "dvert" in ln.text or "DVERT" in ln.text:  # cheap gate
            m = boilerplate.GLUED_AD.search(ln.text)
            if m is not None:
                cut.append(Removed(ln.text[m.start():].strip(), "widget", ln.no))
                ln.text = ln.text[: m.start()].rstrip()
        teasers = _glued_teasers(ln.text)
        if teasers is not None:
            rest = ln.text[:teasers].rstrip()
            if not rest:
                ln.reason = "related-link"
                continue
            cut.append(Removed(ln.text[teasers:].strip(), "related-link", ln.no))
            ln.text = rest
        if "weet" not in ln.text and "WEET" not in ln.text:  # cheap gate: most lines
            continue
        m = boilerplate.GLUED_LABEL.search(ln.text)
        if m is None:
            continue
        rest = ln.text[: m.start()].rstrip()
        if not rest:
            ln.reason = "widget"
            continue
        cut.append(Removed(ln.text[m.start() :].strip(), "widget", ln.no))
        ln.text = rest
    return cut


_TEASER_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _glued_teasers(line: str) -> int | None:
    """Where a related-stories label with its teaser headlines starts in ``line`` (at the
    line's start or after a sentence's end, running to the line's end), or None: the words
    after the label must read as headlines (the rule and why: ``rules/boilerplate.py``,
    TEASER_LABEL)."""
    if not any(g in line for g in TEASER_GATE):  # cheap gate: most lines
        return None
    for m in boilerplate.TEASER_LABEL.finditer(line):
        # at most one word past the cap read per label: a line of many labels stays linear
        words = list(islice((w.group() for w in _TEASER_WORD.finditer(line, m.end())),
                            boilerplate.TEASER_MAX_WORDS + 1))
        if not boilerplate.TEASER_MIN_WORDS <= len(words) <= boilerplate.TEASER_MAX_WORDS:
            continue
        big = [w for w in words if w.lower() not in _SMALL_WORDS]
        if big and sum(w[0].isupper() for w in big) >= boilerplate.TEASER_TITLE_SHARE * len(big) \
                and sum(len(w) > 1 and w.isupper() for w in big) <= boilerplate.TEASER_CAPS_SHARE * len(big):
            return m.start()
    return None


def _mark_embeds(lines: list[_Line]) -> None:
    """Mark the words of embedded posts: the kept lines of the paragraph (after the
    previous post's signature, when one paragraph holds several) that a post's
    signature ends ("… — Jane Doe (@janedoe) December 31, 2019") or stands right under
    (the signature line itself is removed as "embed"), when they hold at most
    ``EMBED_BODY_MAX`` characters. They stay in the text as their own "embed" block, so
    that a post's words are read as quoted material, not as the outlet's narration, in
    provenance, framing and coverage (the signature and why: ``rules/boilerplate.py``).

    One pass first notes where each line's chunk starts, the last kept line at or before
    each line and running totals of the kept lines' characters, so that each signature
    reads its post in constant time: walking back from every signature was quadratic in a
    chunk of thousands of signature lines (200 KB: 7 s)."""
    first: list[int] = []  # where the chunk of line i starts
    last_kept: list[int] = []  # the last kept line at or before line i (-1: none)
    size = [0]  # size[i]: characters of the kept lines before line i, one space each
    for i, ln in enumerate(lines):
        first.append(first[-1] if i and lines[i - 1].chunk == ln.chunk else i)
        last_kept.append(i if ln.reason is None else (last_kept[-1] if i else -1))
        size.append(size[-1] + (len(ln.text) + 1 if ln.reason is None else 0))
    after_sig = 0  # the line after the last signature: a post starts no earlier
    for i, ln in enumerate(lines):
        if "(@" not in ln.text and "shared by" not in ln.text.lower():
            continue  # cheap gate: most lines
        prev_sig_end = after_sig
        if ln.reason is None:
            m = boilerplate.EMBED_SIGNATURE.search(ln.text)
            if m is None:
                continue
            after_sig = i + 1
            if not _LETTER.search(ln.text[: m.start()]):
                continue
            end = i  # the signature closes this line: its words are the post's
        elif ln.reason == "embed" and boilerplate.EMBED_SIGNATURE.match(ln.text):
            after_sig = i + 1
            # the line above, past removed lines (a picture link between the words and
            # the signature)
            end = last_kept[i - 1] if i else -1
            if end < 0:
                continue
        else:
            continue
        # the post's first line: its chunk's first, or the line after the previous post's
        # signature in the same chunk
        start = max(prev_sig_end, first[end])
        if end < start:
            continue  # no words between two signatures
        if lines[end].embed:
            continue  # read already: the post is the same for the same end
        # the kept lines from start up to end (end itself is kept), joined by spaces
        if size[end + 1] - size[start] - 1 <= boilerplate.EMBED_BODY_MAX:
            for k in range(start, end + 1):
                if lines[k].reason is None:
                    lines[k].embed = True


def _md_heading(line: str) -> str:
    """The text of a Markdown heading line ("## Text ##" -> "Text"); "" when not one."""
    m = _MD_HEADING.match(line)
    if m is None:
        return ""
    return line[m.end() :].rstrip().rstrip("#").rstrip()


def _drop_beside_photos(lines: list[_Line]) -> None:
    """Rules that only hold right beside a removed photo credit or media label."""
    for i, ln in enumerate(lines):
        if ln.reason is not None:
            continue
        near = any(
            0 <= j < len(lines) and lines[j].reason in _PHOTO_REASONS for j in (i - 1, i + 1)
        )
        if near:
            rule = boilerplate.match(ln.text, place="photo")
            if rule is not None:
                ln.reason = rule.reason


_PHOTO_REASONS = ("photo-credit", "photo-caption", "media-label")


def _drop_about_block(lines: list[_Line]) -> None:
    """A press release's "About <Company>" heading and its few lines, when a removed
    contact card follows them directly (the rule and why: ``rules/boilerplate.py``)."""
    for i, ln in enumerate(lines):
        if ln.reason is not None or not boilerplate.ABOUT_HEADING.fullmatch(ln.text):
            continue
        body: list[int] = []
        j = i + 1
        while j < len(lines) and lines[j].reason is None and len(body) <= boilerplate.ABOUT_MAX_LINES:
            if _LETTER.search(lines[j].text):
                body.append(j)
            j += 1
        if (
            1 <= len(body) <= boilerplate.ABOUT_MAX_LINES
            and j < len(lines)
            and lines[j].reason == "contact"
        ):
            for k in (i, *body):
                lines[k].reason = "about-block"


_LETTER = re.compile(r"[^\W\d_]")


def _drop_caps_links(lines: list[_Line], title: str | None) -> None:
    """Related-story headlines set in capitals between the body paragraphs, on a page that
    sets a link's call to action in capitals too (the rule and why: ``rules/boilerplate.py``)."""
    if not any(ln.reason is not None and boilerplate.CAPS_LINK_CUE.fullmatch(ln.text) for ln in lines):
        return
    prose = False
    for i, ln in enumerate(lines):
        if ln.reason is not None:
            continue
        if not prose:
            prose = _is_prose(ln.text)
            continue
        alone = not any(
            0 <= j < len(lines) and lines[j].chunk == ln.chunk and lines[j].reason is None
            for j in (i - 1, i + 1)
        )
        if (
            alone
            and len(_WORD.findall(ln.text)) >= boilerplate.CAPS_MIN_WORDS
            and boilerplate.CAPS_HEADLINE.fullmatch(ln.text)
            and not (title and _same(ln.text, title))
        ):
            ln.reason = "related-link"


def _is_prose(s: str) -> bool:
    words = len(_WORD.findall(s))
    return words > _HEADLINE_MAX_WORDS or (words >= _PROSE_MIN_WORDS and bool(_FINAL_PUNCT.search(s)))


# Sentence ends inside a line, for the bio test (an abbreviation split wrongly only makes a
# fragment that matches no bio shape, so the line stays).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z@\"“])")


def _drop_bio(lines: list[_Line], title: str | None) -> None:
    """An author bio in the last one or two kept lines of the body (reason "author-bio").

    From the end, up to ``BIO_MAX_LINES`` kept lines are taken while every sentence of each
    is a bio shape; they go when their first sentence opens a bio (a name or "The author")
    or they are only follow and contact prompts, and together they hold a bio cue. A body
    line must stay above them. The shapes and cues, and why: ``rules/boilerplate.py``.
    """
    kept = [ln for ln in lines if ln.reason is None and _LETTER.search(ln.text)]
    block: list[_Line] = []
    for ln in reversed(kept[-boilerplate.BIO_MAX_LINES :]):
        if title and _same(ln.text, title):
            break
        kinds = _bio_sentences(ln.text)
        if kinds is None:
            break
        block.insert(0, ln)
    while block:
        if len(block) < len(kept) and _is_bio(block):
            for ln in block:
                ln.reason = "author-bio"
            return
        block.pop(0)  # a line that does not open a bio may still be followed by one


def _is_bio(block: list[_Line]) -> bool:
    text = " ".join(ln.text for ln in block)
    if len(_WORD.findall(text)) > boilerplate.BIO_MAX_WORDS:
        return False
    kinds = [k for ln in block for k in (_bio_sentences(ln.text) or ["none"])]
    if "none" in kinds or not boilerplate.BIO_CUE.search(text):
        return False
    if kinds[0] == "lead":
        return True
    return all(k == "follow" for k in kinds)  # a pronoun goes on from a lead only


def _bio_sentences(line: str) -> list[str] | None:
    """Each sentence's bio shape ("lead", "more", "follow"), or ``None`` when one has none."""
    out = []
    for sent in _SENTENCE_END.split(line.strip()):
        if boilerplate.BIO_NOT.search(boilerplate.BIO_PIECE_PAST.sub(" ", sent)):
            return None
        if boilerplate.BIO_FOLLOW.fullmatch(sent):
            out.append("follow")
        elif boilerplate.BIO_LEAD.fullmatch(sent):
            out.append("lead")
        elif boilerplate.BIO_MORE.fullmatch(sent):
            out.append("more")
        else:
            return None
    return out or None


def _drop_head(lines: list[_Line], title: str | None) -> None:
    """Breadcrumbs, section labels and bare date lines above the first prose paragraph.

    The head ends at the first kept line that reads as prose (a sentence of some length,
    or a dateline). The page title itself is never dropped, and a line inside a block of
    ``|``-separated rows is a table, not a menu.
    """
    for i, ln in enumerate(lines):
        if ln.reason is not None:
            continue
        words = len(_WORD.findall(ln.text))
        if (
            words > _HEADLINE_MAX_WORDS
            or (words >= _PROSE_MIN_WORDS and _FINAL_PUNCT.search(ln.text))
            or _DATELINE.match(ln.text)
        ):
            return
        if title and _same(ln.text, title):
            continue
        table = any(
            0 <= j < len(lines) and lines[j].chunk == ln.chunk and "|" in lines[j].text
            for j in (i - 1, i + 1)
        )
        if table:
            continue
        rule = boilerplate.match(ln.text, place="head")
        if rule is not None:
            ln.reason = rule.reason


# Curly and straight quotes are one character here: a caption set by the CMS with "’" and
# its copy typed into the body with "'" are the same line (issue 14).
_FOLD_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "“": '"', "”": '"'})


def _drop_repeated_captions(lines: list[_Line]) -> None:
    """Of identical lines keep the body copy and drop the caption-like one.

    A copy is caption-like when it sits next to a removed photo credit or media label,
    or reads like a caption ("Pictured: ..."). Repeats where no copy, or every copy,
    looks like a caption are left alone: lists and tables repeat lines legitimately.
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for i, ln in enumerate(lines):
        if ln.reason is None and len(ln.text) >= 20 and not ln.text.startswith(("- ", "• ")):
            groups[ln.text.translate(_FOLD_QUOTES)].append(i)
    for idxs in groups.values():
        if len(idxs) < 2:
            continue
        captions = [i for i in idxs if _caption_like(lines, i)]
        if 0 < len(captions) < len(idxs):
            for i in captions:
                lines[i].reason = "repeated-caption"
    # The caption copy may carry its credit on the same line ("Crews at the docks. Photo:
    # KNA/Jane Doe"): it is removed as a photo credit and no longer equals the other copy,
    # which is the caption again (left where the picture sat), not a sentence of the story.
    captions_text = set()
    for ln in lines:
        if ln.reason == "photo-credit":
            caption = boilerplate.caption_before_credit(ln.text)
            if caption and len(_WORD.findall(caption)) >= _CAPTION_MIN_WORDS:
                captions_text.add(_key(caption))
    for ln in lines:
        if ln.reason is None and _key(ln.text) in captions_text:
            ln.reason = "repeated-caption"


def _drop_repeated_title(lines: list[_Line], title: str | None) -> None:
    """The headline printed again in the body, and page furniture printed above it.

    A *copy* is a kept line with the title's words (or a part of them that keeps most of
    it, or one " | "-part of the title: "Opinion | Is X?"). The first copy stays (it is
    the headline block); every later copy is "repeated-headline". A line longer than the
    title (a sentence that starts with its words) is no copy. Above the first copy, up
    to ``ABOVE_HEADLINE_MAX_LINES`` short lines (a kicker, a promo, a sidebar teaser) are
    "above-headline" when the body below is much longer. Before the first prose line, a
    *variant* (the title's words give or take a name: "Julian Assange: Sweden drops rape
    investigation" under "Sweden drops Assange rape investigation") is "repeated-headline".
    The rules and why: ``rules/boilerplate.py``.
    """
    if not title or not _key(title):
        return
    kept = [ln for ln in lines if ln.reason is None]
    first = next((n for n, ln in enumerate(kept) if _title_copy(ln.text, title)), None)
    if first:
        above, below = kept[:first], kept[first + 1 :]
        words = sum(len(_WORD.findall(ln.text)) for ln in above)
        rest = sum(len(_WORD.findall(ln.text)) for ln in below)
        if (
            len(above) <= boilerplate.ABOVE_HEADLINE_MAX_LINES
            and words <= boilerplate.ABOVE_HEADLINE_MAX_WORDS
            and rest >= boilerplate.ABOVE_HEADLINE_BODY_RATIO * words
            and not any(_DATELINE.match(ln.text) for ln in above)
        ):
            for ln in above:
                ln.reason = "above-headline"
    seen = prose = False
    for ln in kept:
        if ln.reason is not None:
            continue
        if _title_copy(ln.text, title):
            if seen:
                ln.reason = "repeated-headline"
            seen = True
        elif not prose and _title_variant(ln.text, title):
            ln.reason = "repeated-headline"
        prose = prose or _is_prose(ln.text)


# " | ", " – ", " — " between a title's parts ("Opinion | Is Football Violence a Crime?").
_TITLE_PARTS = re.compile(r"\s+[|–—]\s+")


def _title_copy(text: str, title: str) -> bool:
    k = _key(text)
    forms = [title, *(p for p in _TITLE_PARTS.split(title) if len(_WORD.findall(p)) >= 3)]
    return any(len(k) <= len(_key(t)) and _same(text, t) for t in forms)


def _title_variant(text: str, title: str) -> bool:
    tw, lw = set(_key(title).split()), _key(text).split()
    return (
        len(tw) >= boilerplate.TITLE_VARIANT_MIN_WORDS
        and tw <= set(lw)
        and len(lw) <= len(tw) + boilerplate.TITLE_VARIANT_EXTRA_WORDS
        and not _FINAL_PUNCT.search(text.rstrip("?!"))
    )


def _drop_toggled_captions(lines: list[_Line]) -> None:
    """Caption copies ending in a gallery's "... more" / " less" toggle (rule and why:
    ``CAPTION_TOGGLE`` in ``rules/boilerplate.py``).

    A toggled line is a copy when another open line's words begin with its words (a cut
    copy begins the full one), or its words begin with another toggled line's words (the
    full one, " less", holds a cut copy's). Both tests run on sorted keys, so a page of
    many lines costs n log n, not a comparison of every line with every other."""
    stems: list[tuple[int, str]] = []
    for i, ln in enumerate(lines):
        if ln.reason is None:
            m = boilerplate.CAPTION_TOGGLE.search(ln.text)
            if m is not None:
                stem = _key(ln.text[: m.start()].rstrip(" .…"))
                if len(stem.split()) >= boilerplate.CAPTION_TOGGLE_MIN_WORDS:
                    stems.append((i, stem))
    if not stems:
        return
    keys = sorted((_key(ln.text), j) for j, ln in enumerate(lines) if ln.reason is None)
    hits: set[int] = set()
    for i, stem in stems:  # another open line begins with this line's words
        k = bisect.bisect_left(keys, (stem, -1))
        while k < len(keys) and keys[k][0].startswith(stem):
            if keys[k][1] != i:
                hits.add(i)
                break
            k += 1
    # this line's words begin with another toggled line's words: in sorted order, every
    # stem between a prefix and the stem it begins also begins with it, so a stack of the
    # prefixes still open finds each one in one pass
    ordered = sorted(stems, key=lambda t: t[1])
    open_prefixes: list[str] = []
    for n, (i, stem) in enumerate(ordered):
        twin = (n > 0 and ordered[n - 1][1] == stem) or (n + 1 < len(ordered) and ordered[n + 1][1] == stem)
        while open_prefixes and not stem.startswith(open_prefixes[-1]):
            open_prefixes.pop()
        if twin or (open_prefixes and open_prefixes[-1] != stem):
            hits.add(i)
        if not open_prefixes or open_prefixes[-1] != stem:
            open_prefixes.append(stem)
    for i in hits:
        lines[i].reason = "repeated-caption"


def _caption_like(lines: list[_Line], i: int) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and lines[j].reason in _PHOTO_REASONS:
            return True
    return bool(boilerplate.CAPTION_HINT.search(lines[i].text))


def _drop_tail(lines: list[_Line]) -> None:
    """Menu and route labels at the end of the page (after the last real sentence), and a
    web address standing alone in its paragraph there (one that shares its paragraph is
    an item of a list of links: "22) Board game\nhttp://…", body text)."""
    per_chunk: dict[int, int] = defaultdict(int)
    for ln in lines:
        per_chunk[ln.chunk] += 1
    for ln in reversed(lines):
        if ln.reason is not None:
            continue
        words = len(_WORD.findall(_ADDRESS.sub("address", ln.text)))  # an address is one word
        if words > boilerplate.TAIL_MAX_WORDS or _FINAL_PUNCT.search(ln.text):
            return
        rule = boilerplate.match(ln.text, tail=True)
        if rule is None or (rule.reason == "link" and per_chunk[ln.chunk] > 1):
            return
        ln.reason = rule.reason


_LIST_ITEM = ("- ", "• ", "* ")
# A bracketed or dashed line closing a story is its sign-off ("(Compiled by Ann Quill)",
# "(With KNA inputs)", "— Ann Quill"), never a widget's title.
_SIGN_OFF_OPENERS = ("(", "[", "—", "–", "-")


def _words(s: str) -> int:
    return len(_WORD.findall(s))


def _drop_widget_block(lines: list[_Line]) -> None:
    """The rest of a widget block at the body's end (reason "widget-block"): a newsletter
    box, promo or teaser list whose form messages a rule removed, while its other short
    lines matched none. The block, the lines taken and why: ``WIDGET_BLOCK_*`` in
    ``rules/boilerplate.py``."""
    start = len(lines)
    while start > 0:
        ln = lines[start - 1]
        if ln.reason is None and not ln.text.startswith(_LIST_ITEM) and _words(ln.text) > WIDGET_BLOCK_MAX_WORDS:
            break
        start -= 1
    msgs = [
        i
        for i in range(start, len(lines))
        if lines[i].reason in WIDGET_BLOCK_REASONS and _words(lines[i].text) >= WIDGET_BLOCK_MIN_WORDS
    ]
    if not msgs:
        return
    for i in range(msgs[0] + 1, len(lines)):
        ln = lines[i]
        if ln.reason is None and (ln.text.startswith(_LIST_ITEM) or not _is_prose(ln.text)):
            ln.reason = "widget-block"
    # above the first message: a title, and a pitch between it and the message
    lead = [j for j in range(msgs[0] - 1, -1, -1) if lines[j].reason is None][:WIDGET_BLOCK_LEAD_LINES]
    for n in range(len(lead), 0, -1):
        top, rest = lines[lead[n - 1]], [lines[j] for j in lead[: n - 1]]
        if (
            _words(top.text) > WIDGET_BLOCK_MAX_WORDS
            or _FINAL_PUNCT.search(top.text)
            or top.text.startswith(_SIGN_OFF_OPENERS)  # "(Compiled by Ann Quill)": the story's sign-off
        ):
            continue
        if all(
            _words(ln.text) <= WIDGET_BLOCK_LEAD_MAX_WORDS
            and (not _FINAL_PUNCT.search(ln.text) or READER_ADDRESS.search(ln.text))
            for ln in rest
        ):
            for ln in (top, *rest):
                ln.reason = "widget-block"
            return


def _drop_standing_footer(lines: list[_Line]) -> None:
    """The outlet's standing note to readers closing the body, with an address to write to
    (reason "standing-footer"; the test and why: ``FOOTER_EMAIL`` in ``rules/boilerplate.py``)."""
    last = next((ln for ln in reversed(lines) if ln.reason is None), None)
    if (
        last is not None
        and FOOTER_EMAIL.search(last.text)
        and READER_ADDRESS.search(last.text)
        and not any(q in last.text for q in '"“”')
    ):
        last.reason = "standing-footer"


def _drop_repeated_paragraphs(lines: list[_Line]) -> None:
    """Later verbatim copies of a body paragraph (reason "repeated"; the size a repeat
    must have and why: ``REPEAT_MIN_WORDS`` in ``rules/boilerplate.py``)."""
    seen: set[str] = set()
    for ln in lines:
        if ln.reason is not None or ln.text.startswith(_LIST_ITEM):
            continue
        if _words(ln.text) < REPEAT_MIN_WORDS or not _FINAL_PUNCT.search(ln.text):
            continue
        key = ln.text.translate(_FOLD_QUOTES)
        if key in seen:
            ln.reason = "repeated"
        seen.add(key)


def _drop_date_runs(lines: list[_Line]) -> None:
    """Runs of bare date lines among the kept lines, left where related-story teasers were
    (reason "related-link"; the run's size and why: ``DATE_RUN_MIN`` in
    ``rules/boilerplate.py``)."""
    run: list[_Line] = []
    for ln in [*(ln for ln in lines if ln.reason is None), None]:
        if ln is not None and len(ln.text) <= 60 and DATE_LINE.fullmatch(ln.text):
            run.append(ln)
            continue
        if len(run) >= DATE_RUN_MIN:
            for d in run:
                d.reason = "related-link"
        run = []


_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


def _assemble(
    kept: list[_Line],
    removed: tuple[Removed, ...],
    credits: tuple[str, ...],
    title: str | None,
    standfirst: str | None,
) -> CleanResult:
    # Group kept lines into blocks: a chunk is a block, Markdown headings stand alone.
    raw_blocks: list[tuple[list[_Line], bool]] = []
    last_chunk = None
    for ln in kept:
        if ln.md_heading or last_chunk != ln.chunk or (raw_blocks and raw_blocks[-1][1]) \
                or ln.embed != raw_blocks[-1][0][-1].embed \
                or (ln.note or raw_blocks[-1][0][-1].note) and not ln.note_more:
            raw_blocks.append(([ln], ln.md_heading))
        else:
            raw_blocks[-1][0].append(ln)
        last_chunk = ln.chunk
    # A headline with its dek on the next line and no blank line between them: split it,
    # so that the headline is one block ("Fire at the docks\nHundreds were evacuated").
    # So too a headline above a body written with single line breaks (a plain .txt file:
    # "Fire at the docks\nThe fire began at dawn.\nNo one was hurt."), when the line
    # after it is prose.
    if raw_blocks and len(raw_blocks[0][0]) >= 2 and not raw_blocks[0][1]:
        head, dek, *rest = raw_blocks[0][0]
        if (
            (not title or _same(head.text, title))
            and _reads_like_headline(head.text, [ln.text for ln in (dek, *rest[:1])])
            and (len(_WORD.findall(dek.text)) <= _STANDFIRST_MAX_WORDS if not rest
                 else bool(_FINAL_PUNCT.search(dek.text)))
        ):
            raw_blocks[0:1] = [([head], False), ([dek], False)] if not rest else \
                [([head], False), ([dek, *rest], False)]
    texts = ["\n".join(ln.text for ln in b) for b, _ in raw_blocks]
    kinds: list[BlockKind] = ["paragraph"] * len(texts)

    headline: str | None = None
    first = 0
    if texts and title and (_same(texts[0], title) or _title_copy(texts[0], title)):
        kinds[0], headline, first = "headline", texts[0], 1
    elif title and title.strip():
        headline = " ".join(title.split())
        texts.insert(0, headline)
        kinds.insert(0, "headline")
        raw_blocks.insert(0, ([], False))
        first = 1
    elif texts and len(texts) > 1 and _reads_like_headline(texts[0], texts[1:3]):
        kinds[0], headline, first = "headline", _without_stop(texts[0]), 1

    sf: str | None = None
    if headline is not None and first + 1 < len(texts):
        cand, nxt = raw_blocks[first][0], raw_blocks[first + 1][0]
        byline_between = bool(cand and nxt) and any(
            r.reason == "byline" and cand[-1].no < r.line < nxt[0].no for r in removed
        )
        if _is_standfirst(
            texts[first], raw_blocks[first][1], standfirst, texts[first + 1], byline_between
        ):
            kinds[first], sf = "standfirst", texts[first]

    for i in range(len(texts)):
        if kinds[i] not in ("paragraph", "standfirst"):
            continue
        if raw_blocks[i][0] and raw_blocks[i][0][0].note:
            if kinds[i] == "standfirst":
                sf = None  # a note is not the outlet's summary of the story
            kinds[i] = "note"  # stock text set apart from the story: never its narration
            continue
        if raw_blocks[i][0] and raw_blocks[i][0][0].embed:
            if kinds[i] == "standfirst":
                sf = None  # the standfirst is the outlet's summary, never a post's words
            kinds[i] = "embed"  # a post's words, quoted: never a heading or a standfirst
            continue
        if kinds[i] != "paragraph":
            continue
        nxt = texts[i + 1] if i + 1 < len(texts) else None
        if raw_blocks[i][1] or _looks_like_heading(texts[i], nxt):
            kinds[i] = "heading"

    parts: list[str] = []
    blocks: list[Block] = []
    pos = 0
    for t, k in zip(texts, kinds, strict=True):
        if parts:
            pos += 2
        blocks.append(Block(k, pos, pos + len(t)))
        parts.append(t)
        pos += len(t)
    return CleanResult("\n\n".join(parts), removed, tuple(blocks), credits, headline, sf)


# --- shape tests ------------------------------------------------------------------------


def _key(s: str) -> str:
    return " ".join(_WORD.findall(s.casefold()))


def _same(a: str, b: str) -> bool:
    """Same words, or one a near-complete prefix of the other (titles lose '- Site')."""
    ka, kb = _key(a), _key(b)
    if not ka or not kb:
        return False
    if ka == kb:
        return True
    short, long_ = sorted((ka, kb), key=len)
    return long_.startswith(short) and len(short) >= 0.6 * len(long_)


def _title_cased(s: str) -> bool:
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", s)]
    sig = [w for w in words if w.lower() not in _SMALL_WORDS]
    return bool(sig) and sum(w[0].isupper() for w in sig) >= 0.75 * len(sig)


def _looks_like_title(s: str) -> bool:
    n = len(_WORD.findall(s))
    return (
        "\n" not in s
        and 2 <= n <= _HEADLINE_MAX_WORDS
        and not s.rstrip().endswith(".")
        and boilerplate.match(s, place="head") is None  # a breadcrumb is never the headline
    )


def _reads_like_headline(s: str, after: list[str]) -> bool:
    """Whether a text's first line, above ``after`` (the next one or two blocks or lines),
    is its headline when no title is given (a plain .txt file). A one-line title without
    a final full stop (:func:`_looks_like_title`); with one, when it is still one
    sentence and reads as a headline, not a short lede: title-cased ("Obama Power Plant
    Rules Face Key Test In U.S. Court."), or above the dateline that opens the story,
    directly or after a one-line dek ("Charlotte struggles to return to normal after
    shooting." / "Curfew lifted, …" / "CHARLOTTE - Nearly a week …"): the story's first
    sentence is that dateline's, so the line above it is no lede."""
    if _looks_like_title(s):
        return True
    from .segment import split_sentences

    stripped = s.rstrip()
    if not (
        stripped.endswith(".") and not stripped.endswith("..")
        and _looks_like_title(stripped[:-1]) and len(split_sentences(stripped)) == 1
    ):
        return False
    return _title_cased(stripped) or any(_DATELINE.match(a) for a in after)


def _without_stop(line: str) -> str:
    """A headline read from the text's first line, less a final full stop: headlines take
    none ("Obama Power Plant Rules Face Key Test In U.S. Court." is titled without it;
    the text keeps its line as written). An abbreviation's stop stays ("… Acme Inc.",
    "… in the U.S.", "Gen."; ``rules/abbreviations.py``), and so does an ellipsis."""
    s = line.rstrip()
    if not s.endswith(".") or s.endswith(".."):
        return line
    from .rules import abbreviations as ab

    last = s.split()[-1][:-1].lower().strip("\"'“”‘’([")
    if "." in last or len(last) == 1 or last in ab.AMBIGUOUS or last in ab.TITLES \
            or last in ab.TIME_LIKE or last in ab.NUMBER_PREFIXES:
        return line
    return s[:-1]


def _looks_like_heading(s: str, nxt: str | None) -> bool:
    """Short one-line block without closing punctuation, Title Cased or before a paragraph."""
    if "\n" in s or _FINAL_PUNCT.search(s) or s.startswith(("-", "•", "*", "|")):
        return False
    n = len(_WORD.findall(s))
    if not 1 <= n <= _HEADING_MAX_WORDS or not s[:1].isupper():
        return False
    followed = nxt is not None and len(_WORD.findall(nxt)) > n and bool(_FINAL_PUNCT.search(nxt))
    return _title_cased(s) or followed


def _is_standfirst(
    s: str, md_heading: bool, meta: str | None, nxt: str, byline_between: bool
) -> bool:
    """The short summary right after the headline.

    Strong signals only, since a short news lede looks the same: it matches the page
    description, it is a heading-styled sentence under the headline (a dek), or it is
    a one-line summary followed by the byline or by the dateline that opens the story.
    """
    n = len(_WORD.findall(s))
    if n > _STANDFIRST_MAX_WORDS or _DATELINE.match(s):
        return False
    if meta and _same(s, meta):
        return True
    if md_heading:
        return n > 6
    return "\n" not in s and n <= 45 and (byline_between or bool(_DATELINE.match(nxt)))


# "© 2026 Continental Press Agency. All rights reserved." / "Copyright 2026 The Ledger":
# the copyright holder of a page is its publisher, a better outlet name for a bare text
# file than its file name. The year is required, so "© Reuters" photo credits never match.
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s+"
    r"(?P<name>[A-Z][\w&'’. -]{1,60}?)[.,]?\s*(?:all rights reserved\.?)?$",
    re.IGNORECASE,
)


def _outlet(raw: RawArticle, removed) -> str:
    """The record's or page's outlet; a reader's file-name fallback gives way to the
    copyright holder of a removed footer, then the URL's domain (a file name says least)."""
    stem = _stem(raw.source)
    if raw.outlet and raw.outlet != stem:
        return raw.outlet
    return _publisher(removed) or _url_outlet(raw.url) or raw.outlet or stem


def _publisher(removed) -> str | None:
    """The copyright holder named in a removed footer line, if any (see ``_COPYRIGHT``)."""
    for r in removed:
        m = _COPYRIGHT.match(r.text.strip())
        if m and len(m.group("name").split()) <= 6:
            name = m.group("name").strip()
            # "© 2026 The Associated Press" on a paper's page is the wire's copyright, not
            # the paper's name: a known agency never becomes the outlet this way.
            if name in boilerplate.AGENCIES or name.removeprefix("The ") in boilerplate.AGENCIES:
                return None
            return name
    return None


def _url_outlet(url: str | None) -> str | None:
    if not url:
        return None
    from .extract import url_domain

    return url_domain(url)


def _stem(source: str) -> str:
    name = source.rsplit("/", 1)[-1].split(":", 1)[0]
    return name.rsplit(".", 1)[0] if "." in name else name


_AMPM = re.compile(r"\b([ap])\.?\s?m\b\.?", re.I)
_ZONE_AT_END = re.compile(r"\(?\b([A-Z]{1,4}T|UTC|GMT|Z)\)?\s*$")
_STAMP_LABELS = re.compile(
    r"^(?:first published|published|last updated|last modified|updated|modified|posted)"
    r"(?:\s+on|\s+at|\s*:)?\s*",
    re.I,
)


def _published(stamps: list[str]) -> str | None:
    """The publication date of the first readable stamp, ISO 8601 (``2031-11-18T09:40``).

    A stamp labelled "Updated"/"Modified" is used only when no other stamp has a date.
    Time-only stamps ("Updated 10:42 GMT") and all-numeric dates, whose day and month
    order is unknown, give none.
    """
    updated = [s for s in stamps if re.match(r"(?:last )?(?:updated|modified)", s, re.I)]
    for s in [s for s in stamps if s not in updated] + updated:
        iso = _stamp_iso(s)
        if iso:
            return iso
    return None


def _stamp_iso(stamp: str) -> str | None:
    from dateutil import parser

    s = _STAMP_LABELS.sub("", stamp.strip())
    s = re.split(r"\s*[/|·•]\s*(?:updated|modified)\b", s, maxsplit=1, flags=re.I)[0]
    if not re.search(r"[A-Za-z]{3}.*\d{4}|\d{4}-\d{2}-\d{2}", s):
        return None  # no month name and no ISO date: no date, or an ambiguous 03/04/2031
    has_time = bool(re.search(r"\d[:.]\d{2}|\d\s*[ap]\.?\s?m\b", s, re.I))
    offset: int | None = None
    zone = _ZONE_AT_END.search(s)
    if zone:
        offset = boilerplate.TIMEZONES.get(zone.group(1).upper())
        s = s[: zone.start()]
    s = _AMPM.sub(lambda m: m.group(1).upper() + "M", s)
    s = re.sub(r"\s+at\s+|[–—|·•]", " ", s)
    s = re.sub(r"(\d)\.(\d{2})\b(?!\.\d)", r"\1:\2", s)  # 09.40 -> 09:40
    try:
        iso_date = bool(re.search(r"\d{4}-\d{2}-\d{2}", s))
        dt = parser.parse(s, dayfirst=not iso_date, default=datetime(2000, 1, 1))
    except (ValueError, OverflowError):
        return None
    if not has_time:
        return dt.date().isoformat()
    if offset is not None:
        dt = dt.replace(tzinfo=timezone(timedelta(seconds=offset)))
    return dt.isoformat(timespec="minutes")
