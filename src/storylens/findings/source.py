"""``shared_source``: articles that carry one wire text, with the share copied and the
credit lines that admit it; ``shared_quote``: articles that quote the same words (a press
release, a post, a speech), which is not copying.

The overlap comes from the provenance stage (``provenance.overlap[a][b]``: share of a's
body sentences aligned with some sentence of b). When provenance names a likely source,
each other article is compared with that source only for copying (five copies of one wire
story are four findings, not ten); otherwise every pair is looked at once. Shared quotes
are looked for between every pair whatever the source (two outlets quoting one statement
need not have anything to do with the wire copy). Which side of a pair is the source is
set by evidence from outside the shared text (a credit of the other's outlet, publication
order: :func:`_direction`), the pair's order standing when there is none: provenance's
likely source is the article in most shared groups (turned by the same evidence when it
copies another of them: provenance._credited_source), which without that evidence may be a
copy of the wire that also shares with every other outlet. The copied share counts
only verbatim and edited alignments, so a paraphrased retelling is not called a copy, and
only their unquoted narration: two outlets quoting one statement share its words without
copying each other. An aligned pair counts as copied narration when each sentence keeps
``MIN_NARRATION_WORDS`` words outside its quote marks and those words match; a pair whose
shared words are the quoted ones is evidence of a shared quote instead.
Credits are the cleaner's ``Article.credits`` plus credit forms it does not record:
datelines ("PORT VELLA (CPA) —", "(Reuters) -"), "X contributed to this report",
"— Outlet with X" sign-offs and bylines naming an agency among the removed lines.
"""

from __future__ import annotations

import re
import weakref
from collections import Counter
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from ..models import Article, Finding, Quote
from ..normalize import STOPWORDS, norm_key
from ..rules.boilerplate import AGENCIES
from ..rules.quote_changes import NUMBER_WORDS, is_negation
from ..rules.text_credits import (
    AGENCY_DESCRIPTORS,
    BYLINE_MAX_WORDS,
    BYLINE_STAFF,
    COMPOUND_ENDINGS,
    FOREIGN_AGENCY,
    INITIALS_SKIP,
    NEWS_WORDS,
    SAID_AT_END,
)
from ..rules.text_credits import CUES_AFTER as TEXT_CUES_AFTER
from ..rules.text_credits import CUES_BEFORE as TEXT_CUES_BEFORE
from ..rules.text_credits import HEADS as TEXT_HEADS
from ..rules.text_credits import INSTITUTION_WORDS as TEXT_INSTITUTION_WORDS
from .common import BODY_BLOCKS, FindingContext, sentence_span, spans_over
from .confidence import rule_confidence
from .quotes import same_speaker, speaker_key
from .shared_quote import (
    MAX_TOLD_PLACES,
    Shared,
    SharedQuote,
    answered,
    article,
    beyond,
    moved,
    shared_between,
    shared_quotes,
    story_memo,
    told_in_full,
)

if TYPE_CHECKING:
    from ..provenance import QuoteSpans

# Provenance overlap (either direction) at or above which two articles may share a text.
MIN_OVERLAP = 0.5
# And the share of either side's body sentences that are verbatim or edited copies.
# Checked on the demo corpus: the three wire rewrites copy 55-80%, the independently
# reported Free Voice 36% (a few wire lines it shortened); the semeval same-story pairs,
# none of which share a wire text, reach at most 20%.
MIN_COPIED = 0.4
# Or, whatever the share, at least this many copied narration sentence pairs word for word
# (MIN_FLOOR_MATCH), each side keeping MIN_NARRATION_CONTENT content words outside its
# quotes (an absolute floor: a long article that took three or more wire sentences word for
# word copies a text even when they are a quarter of it).
MIN_COPIED_RICH = 3
# How alike such a pair's narration words must be (difflib ratio over word keys; 0.95: at
# most about one word in twenty changed). Swept on invented dev (keyed shared_source found
# of 142, was 77; no unkeyed finding at any; MIN_FLOOR_OVERLAP 0.25): 3 pairs at 0.8 / 0.95:
# 110 / 87; 4 at 0.8 / 0.9: 91 / 86; 5 at 0.8: 84 (overlap 0.5, 3 pairs at 0.9: 100). Under 0.95 the demo's Velmarra Free Voice, own
# reporting by its key (demo/EXPECTED.md), reads as a copy: three or four of its sentences
# are wire lines with one word changed ("said" -> "claimed") or a credit cut ("seen by
# CPA"), ratios 0.86-0.93; at 0.7 (MIN_NARRATION_MATCH) two outlets telling one minister's
# announcement in their own words (d10, --on all: 0.67, 0.63, 0.59) did too.
MIN_FLOOR_MATCH = 0.95
# Or this alike when the two differ only by words one of them cuts or adds, none swapped
# for another (s16-source): an edited wire line whose credit or place was cut ("according
# to budget documents [seen by CPA]", "[at Tarsberg-Kjellund Airport]") is the line copied;
# a word swapped ("said" -> "claimed", "acknowledged" -> "conceded") is the outlet's own
# wording, and counts only above MIN_FLOOR_MATCH. Invented dev: keyed found 121 -> 136 of
# 195, no unkeyed finding; a plain 0.8 floor found 152 but set d41's right-wing outlet
# (wire lines with the verb swapped, keyed framing by its writer) and the demo's Free
# Voice as copies. "None swapped" is difflib's: no ``replace`` opcode. A cut at one place and
# an addition at another pass, and so does a swap split by a matched word ("teams had to
# halt work" / "work was halted"): 13 of the 78 dev pairs this admits have words on both
# sides, 6 of them rewrites; only cuts (or only additions) would lose two right findings
# (d13, d39 --on all) and no wrong one (docs/findings.md, review16b).
MIN_CUT_MATCH = 0.8
# The overlap (either direction) the floor asks instead of MIN_OVERLAP: swept 0.5 / 0.4 /
# 0.35 / 0.25 / 0 on invented dev (3 pairs at 0.8), keyed found 105 / 108 / 110 / 110 / 110, no unkeyed
# finding at any (the floor's copies align at 38-46%: d37, d13, t17); 0.25 keeps the
# pairs that share almost nothing from being read sentence by sentence.
MIN_FLOOR_OVERLAP = 0.25
# Sentences listed per finding (the first copied pairs in text order).
MAX_SENTENCES = 6
# Copied narration must hold in at least this many sentence pairs (an absolute floor: two
# short articles sharing one sentence are not a wire copy).
MIN_COPIED_SENTENCES = 2
# Words a sentence must keep outside its quote marks for its match to say anything about
# copying ("…," he said.  has two), and how alike those words must be (difflib ratio).
MIN_NARRATION_WORDS = 6
MIN_NARRATION_MATCH = 0.7
# And content words (not rules.words.STOPWORDS) among them, once the quote's attribution
# (speaker, cue) is left out: what remains of '"…," the transport ministry said in a
# written statement on Tuesday.' ("written statement tuesday": 3) is the setting of the
# quote both outlets took from one press release, not narration one copied from the other.
# The same floor as provenance.MIN_NARRATION_CONTENT, which names the likely source.
MIN_NARRATION_CONTENT = 4
RULE_COPY = "shared_source.narration_copy"
# The same quoted words found anywhere in two articles (findings.shared_quote): no
# aligned sentences needed (the rule's old id, shared_quote.aligned_quotes, named the
# sentence-alignment rule it replaced).
RULE_QUOTE = "shared_quote.same_words"
# Credit forms in the article text. Group 1 is the credited name.
CREDIT_PATTERNS: tuple[re.Pattern[str], ...] = (
    # dateline: "PORT VELLA, Nov. 18 (CPA) —", "LONDON (Reuters) -"
    re.compile(r"^[^\n]{0,80}?\(([A-Z][A-Za-z&.\- ]{0,38}[A-Za-z.])\)\s*[-\u2014\u2013]", re.M),
    # "— National Courier with CPA", "- with AFP"
    re.compile(
        r"^[-\u2014\u2013]\s*(?:[^\n]{0,60}?\s)?with\s+([A-Z][\w&.\-]{0,30}(?:\s+[A-Z][\w&.\-]{0,30}){0,3})\s*$",
        re.M,
    ),
    # "(Reporting by Jane Doe; editing by ...)" names people, not the agency: not a credit;
    # bylines "By Jane Doe, Continental Press Agency" (removed by the cleaner)
    re.compile(
        r"^By\s+[^,\n]{2,60},\s*([A-Z][\w&.\-]{0,30}(?:\s+[A-Z][\w&.\-]{0,30}){0,3}\s+"
        r"(?:Press|Agency|Wire|News Service|Newswire)(?:\s+Agency)?)\s*$",
        re.M,
    ),
)


def _candidate_pairs(ctx: FindingContext) -> list[tuple[str, str]]:
    prov = ctx.provenance
    if prov is None or len(ctx.docs) < 2:
        return []
    ids = [d.id for d in ctx.docs]
    if prov.source in ctx.documents:
        return [(prov.source, x) for x in ids if x != prov.source]
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]


def find_shared_source(ctx: FindingContext) -> list[Finding]:
    """One finding per article that copies much of another's (the source's) narration.

    With no likely source named every pair is looked at, and three articles carrying one
    wire text make three pairs: the strongest pairs are kept while they link an article not
    linked yet (two copies of one wire are each set beside the wire once, not also beside
    each other), in story order."""
    found = []
    for src, copy in _candidate_pairs(ctx):
        f = _pair_finding(ctx, src, copy)
        if f is not None:
            found.append(f)
    prov = ctx.provenance
    if prov is None or prov.source in ctx.documents or len(found) < 3:
        return found
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    kept = set()
    for k in sorted(range(len(found)), key=lambda k: -found[k].detail["score"]):
        ra, rb = root(found[k].detail["source"]), root(found[k].detail["copy"])
        if ra != rb:
            parent[ra] = rb
            kept.add(k)
    return [f for k, f in enumerate(found) if k in kept]


def find_shared_quotes(ctx: FindingContext) -> list[Finding]:
    """One finding per pair of articles that quote the same words without copying each
    other's narration (then ``shared_source`` covers it).

    Every pair is looked at, whatever provenance names as the likely source: two outlets
    quoting one statement is a fact about those two, and the wire copy provenance picks
    may not quote it at all. A pair is left out when each of its shared quotes joins two
    quotes already joined through pairs reported before it (strongest pair first): when
    fifty outlets quote one statement, each outlet's quote is linked once (49 findings),
    not once per pair (1,225). Two copies of the likely source share its quotes with its
    text: shared_source reports each against the source, and the pair is not looked at.

    The cost stays near the story's size when every outlet quotes the same words: a pair
    of quote signatures is compared word by word once (shared_quote.shared_between), and
    the pairs are not listed one by one (:func:`_kept_by_class`): articles of one
    signature are interchangeable here, the pairs of two signatures that share a quoted
    window are found through an index of those windows, and a run of pairs whose quotes
    are all linked already is passed over as a block. A story with an article whose
    quoted windows recur too often to be signed (``_Article.safe``) is read pair by pair
    (:func:`_kept_by_pair`), with the same result.

    An article the story warning names (``coverage.off_story``) is left out, as framing
    and name variants leave it out: a quote it shares tells of another event, not of how
    the story was covered (invented dev d254: a smuggling story's outlet paired with the
    off-story dam piece through the arrested man's earlier words). Only where two
    articles or more tell the story (a warning on two says they may be two stories, not
    which one is off)."""
    if ctx.provenance is None or len(ctx.docs) < 2:
        return []
    from .coverage import off_story

    off = off_story(ctx)
    ids = [d.id for d in ctx.docs]
    if len(ids) - len(off) >= 2:
        ids = [x for x in ids if x not in off]
    memo = _memo(ctx)
    src = ctx.provenance.source
    # copies of the likely source: their quotes are the source's, copied with its text
    copies = {x for x in ids if x != src and src in ctx.documents
              and _copies_most(ctx, src, x)}
    built = memo.tokens  # articles whose quotes are read (shared_quote._Article)
    if all(article(ctx, a, built).safe for a in ids):
        kept = _kept_by_class(ctx, ids, copies, memo)
    else:
        kept = _kept_by_pair(ctx, ids, copies, memo)
    out = []
    for a, b, shared in kept:  # reported in story order
        f = _quote_finding(ctx, a, b, moved(shared, a, b, built))
        if f is not None:
            out.append(f)
    return out


class _Links:
    """Quotes linked so far (a quote: its article and unit number), a union-find whose
    components also count their quotes by (signature class, unit): "every quote of unit
    k of class d is linked to this one" is one lookup (:func:`_kept_by_class`)."""

    def __init__(self, cls: dict[str, int]) -> None:
        self.cls = cls
        self.parent: dict[tuple[str, int], tuple[str, int]] = {}
        self.count: dict[tuple[str, int], Counter] = {}

    def root(self, x: tuple[str, int]) -> tuple[str, int]:
        parent = self.parent
        if x not in parent:
            parent[x] = x
            self.count[x] = Counter({(self.cls.get(x[0], -1), x[1]): 1})
            return x
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, x: tuple[str, int], y: tuple[str, int]) -> None:
        rx, ry = self.root(x), self.root(y)
        if rx == ry:
            return
        if len(self.count[rx]) > len(self.count[ry]):
            rx, ry = ry, rx
        self.parent[rx] = ry
        self.count[ry].update(self.count.pop(rx))

    def all_linked(self, x: tuple[str, int], cls: int, unit: int, size: int) -> bool:
        return self.count[self.root(x)].get((cls, unit), 0) == size


def _link(links: _Links, ctx: FindingContext, a: str, b: str, shared: Shared,
          copies: set[str]) -> bool:
    """Whether the pair is reported (it links a quote not linked yet, and neither copies
    the other's narration), linking its quotes if so."""
    if a in copies and b in copies:
        return False
    sides = [((a, ka), (b, kb)) for ka, kb in shared.units]
    if all(links.root(x) == links.root(y) for x, y in sides):
        return False  # every quote of the pair is linked already, through a third outlet
    if _copies(ctx, a, b):
        return False  # one copies the other's narration: shared_source's pair
    for x, y in sides:
        links.union(x, y)
    return True


def _kept_by_class(ctx: FindingContext, ids: list[str], copies: set[str],
                   memo: _Memo) -> list[tuple[str, str, Shared]]:
    """The reported pairs (story order) as :func:`_kept_by_pair` finds them, by
    signature class: the pairs are taken strongest first (shared words), then in story
    order, and one is reported when it links a quote not linked yet. Two articles of one
    signature give the same shared quotes against any third (by unit), so the pairs of a
    class pair share one comparison; the class pairs are those whose articles share a
    quoted window (an index of the windows); and for an article, the pairs with a class
    every quote of which is already linked to its own are passed over at once."""
    built, seen = memo.tokens, memo.seen
    pos = {a: i for i, a in enumerate(ids)}
    cls: dict[str, int] = {}
    members: dict[int, list[str]] = {}  # class -> its articles in story order
    for a in ids:
        x = built[a]
        if x.cls < 0:
            x.cls = seen.classes.setdefault(x.sig, len(seen.classes))
        cls[a] = x.cls
        members.setdefault(x.cls, []).append(a)
    by_window: dict[tuple, list[int]] = {}
    for c, ms in members.items():
        for w in built[ms[0]].windows:
            by_window.setdefault(w, []).append(c)
    pairs: set[tuple[int, int]] = set()
    for cs in by_window.values():
        for c in cs:
            for d in cs:
                pairs.add((c, d))
    # each oriented class pair (an article of c before one of d) compared once, on its
    # first pair in story order; grouped by shared words
    levels: dict[int, dict[int, list[tuple[int, Shared]]]] = {}
    for c, d in sorted(pairs):
        mc, md = members[c], members[d]
        a = mc[0]
        later = [b for b in md if pos[b] > pos[a]]
        if not later:
            continue
        shared = shared_between(ctx, a, later[0], built, seen)
        if shared is not None:
            levels.setdefault(shared.run, {}).setdefault(c, []).append((d, shared))
    links = _Links(cls)
    kept: list[tuple[int, int, str, str, Shared]] = []
    for run in sorted(levels, reverse=True):
        level = levels[run]
        for a in ids:
            blocks = level.get(cls[a])
            if not blocks:
                continue
            todo: list[tuple[int, str, Shared]] = []
            for d, shared in blocks:
                if all(links.all_linked((a, ka), d, kb, len(members[d]))
                       for ka, kb in shared.units):
                    continue  # every pair with d links nothing new
                todo += [(pos[b], b, shared) for b in members[d] if pos[b] > pos[a]]
            for _, b, shared in sorted(todo, key=lambda t: t[0]):
                if _link(links, ctx, a, b, shared, copies):
                    kept.append((pos[a], pos[b], a, b, shared))
    return [(a, b, shared) for _, _, a, b, shared in sorted(kept, key=lambda k: k[:2])]


def _kept_by_pair(ctx: FindingContext, ids: list[str], copies: set[str],
                  memo: _Memo) -> list[tuple[str, str, Shared]]:
    """The reported pairs (story order), every pair of articles listed: their shared
    quotes found (shared_between), strongest pair first, each reported when it links a
    quote not linked yet (:func:`_link`)."""
    found = []
    built = memo.tokens
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if a in copies and b in copies:
                continue
            checked = True
            if a in built and b in built:
                if built[a].windows.isdisjoint(built[b].windows):
                    continue  # no quote window in common: no shared quote, and no copy test
                # the copy test now when the quotes would cost a comparison; later (of
                # the pairs that would link something new) when they are a lookup
                checked = not answered(ctx, a, b, built, memo.seen)
            if checked and _copies(ctx, a, b):
                continue  # one copies the other's narration: shared_source's pair
            shared = shared_between(ctx, a, b, built, memo.seen)
            if shared is not None:
                found.append((a, b, shared))
    strongest = sorted(range(len(found)), key=lambda k: -found[k][2].run)
    links = _Links({})
    kept = []
    for k in strongest:  # stable: story order on ties
        if _link(links, ctx, *found[k], copies):
            kept.append(k)
    return [found[k] for k in sorted(kept)]


def _copies(ctx: FindingContext, a: str, b: str) -> bool:
    """Whether one of the two articles copies the other's narration (a shared_source
    finding, looked up in the order shared_source asks it when provenance names one of
    them as the source)."""
    src = ctx.provenance.source if ctx.provenance is not None else None
    first, second = (b, a) if src == b else (a, b)
    return _copies_most(ctx, first, second)


def _copies_most(ctx: FindingContext, src: str, copy: str) -> bool:
    """Whether ``copy`` shares copied narration with ``src`` by the share (``MIN_COPIED``),
    not only by the absolute floor (``MIN_COPIED_RICH``): then their shared quotes are the
    copied text's. An article that took a few wire sentences and is mostly its own may have
    taken a quote from the statement itself, so its shared quotes are still reported."""
    ev = _copy_evidence(ctx, src, copy)
    return ev is not None and max(ev[4], ev[5]) >= MIN_COPIED


# "Continental Press Agency contributed to this report.": found from the fixed words, the
# name read back from them in a window of CREDIT_WINDOW characters. (A name pattern tried
# at every capital of the text backtracked over runs with no spaces: quadratic.)
CONTRIBUTED = re.compile(r"\scontributed to this (?:report|story)")
CONTRIBUTOR = re.compile(r"(?<![\w&.\-])([A-Z][\w&.\-]{0,30}(?:\s+[A-Z][\w&.\-]{0,30}){0,5})\Z")
CREDIT_WINDOW = 200
# An agency named as the one the source spoke to: "… disclosed this while speaking with the
# Kordian News Agency (KNA)", "told the Orsk Press Agency (OPA)". The copy is that agency's
# report: the article credits it. (A real miss: a copied wire report whose credit was only
# this clause, reported as "neither credits an agency".) Bounded runs: linear time.
SPOKE_TO_AGENCY = re.compile(
    r"\b(?:speaking (?:with|to)|spoke (?:with|to)|told|in an interview with)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’&-]{0,30}\s+){0,3}(?:Agency|News Service|Press)"
    r"(?:\s+of(?:\s+[A-Z][\w'’-]{0,30}){1,3})?\s*\(([A-Z][A-Z&]{1,5})\)")


# Removal reasons of picture lines (captions, picture credits, media labels; the
# cleaner's reason codes, clean._PHOTO_REASONS): an agency credited there supplied a
# picture, not the text ("Photograph: Jo Vell/AFP via Getty Images" credits no wire copy).
PHOTO_REASONS = frozenset({"photo-credit", "photo-caption", "media-label"})


@dataclass(frozen=True)
class CreditReading:
    """What an article credits for its text. ``names``: every credit (:func:`credits_of`);
    ``in_text``: those read only from a sentence of its text ("…, the Kestrian News Agency
    reported."), with how many times, so that the line can say so: a wire named for one
    sentence is not a dateline over the whole copy; ``acronyms``: an acronym or one word
    in a credit's frame ("told MPS", "according to Meridian."), with how many times, a
    credit only where the other article credits it (rules/text_credits.py)."""

    names: tuple[str, ...]
    in_text: dict[str, int] = field(default_factory=dict)
    acronyms: dict[str, int] = field(default_factory=dict)


def credits_of(article: Article) -> list[str]:
    """Agencies and outlets an article credits for its text, the cleaner's list first;
    an agency the cleaner found only on picture lines (:data:`PHOTO_REASONS`) is left out
    (reader report, section 9: two copies of one article "both credit Getty Images, AFP"
    from their photo lines); a news organisation credited in a sentence of the text last
    (:func:`text_credits`)."""
    return list(credit_reading(article).names)


def credit_reading(article: Article) -> CreditReading:
    """:class:`CreditReading` of an article (:func:`credits_of` and where each was read)."""
    photo_only = _photo_only_credits(article)
    found = [c for c in article.credits if c not in photo_only]
    texts = [article.text, *(r.text for r in article.removed)]
    for text in texts:
        names = [m.group(1) for pat in (*CREDIT_PATTERNS, SPOKE_TO_AGENCY) for m in pat.finditer(text)]
        for m in CONTRIBUTED.finditer(text):
            head = CONTRIBUTOR.search(text[max(0, m.start() - CREDIT_WINDOW) : m.start()])
            if head:
                names.append(head.group(1))
        for m in _BYLINE_WITH.finditer(text):
            if len(m.group().split()) <= BYLINE_MAX_WORDS and (
                    _ACRONYM.fullmatch(m.group(1)) or news_name(m.group(1))):
                names.append(m.group(1))  # "By Courier staff, with NWS"
        for raw in names:
            name = " ".join(raw.split()).rstrip(".")
            if name and len(name) <= 40 and not _same_credit(name, found):
                found.append(name)
    in_text: dict[str, int] = {}
    acronyms: dict[str, int] = {}
    for name, named in text_credits(article.text):
        if _own_name(name, article):
            continue  # the outlet naming itself ("emails seen by the Free Press")
        if not named:
            if not _same_credit(name, found):
                acronyms[name] = acronyms.get(name, 0) + 1
        elif name in in_text:
            in_text[name] += 1
        elif not _same_credit(name, found):
            found.append(name)
            in_text[name] = 1
    return CreditReading(tuple(found), in_text, acronyms)


def _own_name(name: str, article: Article) -> bool:
    """Whether a name credited in the text is the article's own outlet ("told the Free
    Press" in the Tirenza Free Press): credits.names_own_outlet, or the name's letters
    within the outlet's or its address's."""
    return _own_name_of(name, article.outlet, article.url)


def _own_name_of(name: str, outlet: str | None, url: str | None) -> bool:
    """:func:`_own_name` on the two fields it reads."""
    from ..credits import names_own_outlet

    if names_own_outlet(name, outlet, url):
        return True
    key = re.sub(r"[^0-9a-z]", "", re.sub(r"^the\s+", "", name.casefold()))
    return len(key) >= 5 and any(
        key in re.sub(r"[^0-9a-z]", "", (where or "").casefold())
        for where in (outlet, url))


_WORD = r"[A-Z][\w'’&-]{0,30}"
_JOIN = r"\s+(?:(?:of|and|for|the|de|du)\s+)?"
# A run of capitalised words (joined by "of", "and", ...): at a cue's end, or ending at one.
# Group 1 the name; group 2 a descriptor that makes it a news agency's ("KTA news agency").
_NAME_AT = re.compile(rf"({_WORD}(?:{_JOIN}{_WORD}){{0,5}})(\s+(?:{AGENCY_DESCRIPTORS})\b)?")
_NAME_END = re.compile(
    rf"(?<![\w'’&-])({_WORD}(?:{_JOIN}{_WORD}){{0,5}})(?:\s+\([A-Z][A-Z&]{{1,5}}\))?"
    rf"(\s+(?:{AGENCY_DESCRIPTORS}))?\Z")
_CUE_BEFORE = re.compile(
    rf"\b(?:{TEXT_CUES_BEFORE})\s+(?:the\s+)?(?:(?:{AGENCY_DESCRIPTORS})\s+)?(?=[A-Z])")
_BYLINE_WITH = re.compile(
    rf"^(?:By\s+[^\n]{{1,60}}?|[^\n,]{{1,40}}?\b(?:{BYLINE_STAFF})|[A-Z]{{1,4}}(?:/[A-Z]{{1,4}})?)"
    r",?\s+(?:with|and)\s+(?:the\s+)?([A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})[ \t]*$",
    re.M)
_CUE_AFTER = re.compile(rf"\s(?:{TEXT_CUES_AFTER})\b")
_SAID_END = re.compile(rf"\s{SAID_AT_END}(?=\s*[.;])")
_BEFORE_SAID = re.compile(r"(?<![\"'’”]),\s+(?:the\s+)?\Z")
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
_COMPOUND = re.compile(rf"[A-Z][a-z]{{2,}}(?:{'|'.join(COMPOUND_ENDINGS)})")
_TEXT_WINDOW = 200  # characters before a cue searched for the name (bounded: linear time)
_RUN_STOPS = ",.;:!?\"“”\n"  # characters no name holds: the search for it starts after the last


def text_credits(text: str) -> list[tuple[str, bool]]:
    """(name, named) of each credit in the running text, in text order: a news
    organisation by its name (named, :func:`news_name`) or one the text calls a news agency
    ("the KTA news agency"), or an acronym or one word (not named: a credit only where the
    other article credits it) in a credit's frame (rules/text_credits.py):
    "…, the Continental Press Service reported." / "according to the Northline News
    Agency" / "told MPS". Not "the Continental Press Service said its reporter was
    detained" (the agency as a party, "said" as the subject's verb), not "the Taldorian
    Space Agency said" (no news organisation), not a picture line ("(Photo: CPS)")."""
    found: list[tuple[int, str, bool]] = []
    # The whole run of capitalised words is the name, never a part of it: "according to
    # the Free Press Coalition" names no "Free Press", "the Calmoran Press Association
    # reported" no "Press Association".
    for m in _CUE_BEFORE.finditer(text):
        run = _NAME_AT.match(text, m.end())
        desc = run is not None and (run.group(2) or m.group().rstrip().endswith(_DESCRIBED))
        got = _credit_words(run.group(1).split(), desc) if run else None
        if got:
            found.append((run.start(), *got))
    for cue, said in ((_CUE_AFTER, False), (_SAID_END, True)):
        for m in cue.finditer(text):
            lo = max(0, m.start() - _TEXT_WINDOW)
            # no name crosses a comma or a sentence's end: searched from the last one
            lo = max(lo, 1 + max(text.rfind(c, lo, m.start()) for c in _RUN_STOPS))
            run = _NAME_END.search(text, lo, m.start())
            desc = run is not None and bool(run.group(2) or re.search(
                rf"(?:{AGENCY_DESCRIPTORS})\s+\Z", text[max(0, run.start() - 20) : run.start()]))
            got = _credit_words(run.group(1).split(), desc) if run else None
            if not got:
                continue
            if said and (not got[1] or _BEFORE_SAID.search(
                    text, max(0, run.start() - 12), run.start()) is None):
                continue  # ", the X said." only: not an acronym, not after a quotation
            found.append((run.start(), *got))
    found.sort()
    return [(name, named) for _, name, named in found]


_DESCRIBED = ("agency", "service")


def _credit_words(words: list[str], described: bool = False) -> tuple[str, bool] | None:
    """(name, named) when the words are a news organisation's name (or the text calls
    them one: ``described``, "the KTA news agency"); (word, False) for one other word, a
    credit only where the other article credits it ("told MPS", "according to Meridian");
    None otherwise."""
    if words and words[0] in ("The", "the"):
        words = words[1:]
    if not words:
        return None
    last = re.sub(r"['’]s$", "", words[-1])
    name = " ".join([*words[:-1], last])
    if news_name(name) or (described and len(words) <= 4):
        return name, True
    if len(words) == 1:
        return last, False
    return None


def news_name(name: str) -> bool:
    """Whether a capitalised name is a news organisation's, by its words
    (rules/text_credits.py): "Kestrian News Agency", "Atlas Press", "Pan-Continental
    News", "Agence France-Presse", "Dravpress" are; "Taldorian Space Agency", "Fire
    Service", "Interior Ministry Press Service", "Press Complaints Commission" are not.
    An agency of the credit table ("Reuters") is one by name."""
    words = name.split()
    if not words:
        return False
    if name in AGENCIES:
        return True
    if any(w in TEXT_INSTITUTION_WORDS for w in words):
        return False
    if len(words) == 1:
        return bool(_COMPOUND.fullmatch(words[0]))
    if words[0] in FOREIGN_AGENCY:
        return True
    parts = [p for w in words for p in w.split("-") if p]
    if not parts or parts[-1] not in TEXT_HEADS:
        return False
    return any(p in NEWS_WORDS or _COMPOUND.fullmatch(p) for p in parts)


def name_initials(name: str) -> str:
    """ "Continental Press Service" -> "CPS", "Press Trust of India" -> "PTI", "The Kestrian
    News Agency" -> "KNA", "Agence France-Presse" -> "AFP" (hyphenated parts count; "the",
    "of", "and" are skipped, capitalised or not)."""
    return "".join(p[0] for p in re.split(r"[\s\-]+", name)
                   if p and p.casefold() not in INITIALS_SKIP and p[0].isupper())


def credit_labels(article: Article) -> list[str]:
    """The article's credits as the reports list them: one read only on a picture line is
    marked "(photo)", so the table does not say an outlet credits an agency that the
    shared-source finding says it does not credit for its text (the demo's vella-herald);
    not one the text credits too ("…, the Continental Press Service reported.")."""
    photo = _photo_only_credits(article)
    if photo:
        named = [name for name, is_named in text_credits(article.text) if is_named]
        photo = {c for c in photo if not _same_credit(c, named)}
    return [f"{c} (photo)" if c in photo else c for c in article.credits]


def _photo_only_credits(article: Article) -> set[str]:
    """Credits of the cleaner's list that it can have read only on removed picture lines:
    named on one of them and on no other line (kept text or another removed line)."""
    if not article.credits or not getattr(article, "removed", None):
        return set()
    from ..boilerplate import credits_in

    photo: set[str] = set()
    other: list[str] = []
    for r in article.removed:
        (photo.update if r.reason in PHOTO_REASONS else other.extend)(credits_in(r.text))
    if not photo:
        return set()
    for line in article.text.split("\n"):
        other.extend(credits_in(line))
    return {c for c in article.credits
            if _same_credit(c, list(photo)) and not _same_credit(c, other)}


def _pair_finding(ctx: FindingContext, src: str, copy: str) -> Finding | None:
    memo = _memo(ctx)
    if (src, copy) not in memo.pairs:
        memo.pairs[(src, copy)] = _pair_verdict(ctx, src, copy)
    return memo.pairs[(src, copy)]


def _copy_evidence(ctx: FindingContext, src: str, copy: str) -> tuple | None:
    """Whether ``copy`` and ``src`` share copied narration, with the figures that say so
    (overlaps, aligned pairs, the copied ones, both shares); None when they do not.
    Memoized: shared_quote asks it of every pair of a story."""
    memo = _memo(ctx)
    if (src, copy) in memo.evidence:
        return memo.evidence[(src, copy)]
    prov = ctx.provenance
    assert prov is not None
    out = None
    ov_copy = prov.overlap.get(copy, {}).get(src, 0.0)
    ov_src = prov.overlap.get(src, {}).get(copy, 0.0)
    if max(ov_copy, ov_src) >= MIN_FLOOR_OVERLAP:
        aligned = _copied_pairs(ctx, src, copy)
        pairs = [p for p in aligned if _narration_copied(ctx, *p)]
        if len({b for _, b in pairs}) >= MIN_COPIED_SENTENCES:
            body = [s for s in ctx.documents[copy].sentences if s.block in BODY_BLOCKS]
            copied = len({b for _, b in pairs}) / len(body) if body else 0.0
            body_src = [s for s in ctx.documents[src].sentences if s.block in BODY_BLOCKS]
            copied_src = len({a for a, _ in pairs}) / len(body_src) if body_src else 0.0
            rich = len({b for a, b in pairs if _word_for_word(ctx, a, b)})
            by_share = max(ov_copy, ov_src) >= MIN_OVERLAP and max(copied, copied_src) >= MIN_COPIED
            if by_share or rich >= MIN_COPIED_RICH:
                out = (ov_copy, ov_src, aligned, pairs, copied, copied_src)
    memo.evidence[(src, copy)] = out
    return out


def _reading(ctx: FindingContext, aid: str) -> CreditReading:
    """:func:`credit_reading` of an article, read once per comparison: every pair names the
    likely source, whose text (and removed lines) was searched again for each of its copies."""
    memo = _memo(ctx).credits
    if aid not in memo:
        memo[aid] = credit_reading(ctx.documents[aid].article)
    return memo[aid]


def _pair_credits(ctx: FindingContext, src: str, copy: str
                  ) -> tuple[tuple[list[str], dict[str, int]], tuple[list[str], dict[str, int]]]:
    """Each article's credits and those read only in its text (name -> times), an acronym
    in a credit's frame ("told MPS", "…, KPA reported") counted where the other article
    credits it ("(MPS)" in the wire's dateline): letters alone name no agency."""
    return paired_credits(_reading(ctx, src), _reading(ctx, copy))


def paired_credits(read_a: CreditReading, read_b: CreditReading
                   ) -> tuple[tuple[list[str], dict[str, int]], tuple[list[str], dict[str, int]]]:
    """:func:`_pair_credits` of two readings (no comparison needed: provenance asks it too)."""
    read = (read_a, read_b)
    out = []
    for me, other in ((0, 1), (1, 0)):
        names, in_text = list(read[me].names), dict(read[me].in_text)
        for acr, times in read[me].acronyms.items():
            if _same_credit(acr, list(read[other].names), names):
                names.append(acr)
                in_text[acr] = times
        out.append((names, in_text))
    return out[0], out[1]


def credit_of(names: list[str], by: Article, of: Article) -> str | None:
    """The first of ``names`` (credits of ``by``) that names the outlet of ``of`` and not
    that of ``by`` (:func:`names_outlet`): ``by`` took its text from ``of``. A credit naming
    both (one wire's name in both outlets) says nothing about which copied which."""
    return next((n for n in names if names_outlet(n, of) and not names_outlet(n, by)), None)


def _credit_list(names: list[str], in_text: dict[str, int]) -> str:
    """ "CPS", or "Continental Press Service (once, in its text)" for a credit read only in
    a sentence of the text: a wire named for one statement, not a dateline or byline over
    the whole article."""
    return ", ".join(f"{c} ({_times(in_text[c])}, in its text)" if c in in_text else c
                     for c in names)


def _both_list(both: list[str], cred_src: list[str],
               *sides: tuple[dict[str, int], str]) -> str:
    """The credits both articles give (the copy's spelling), each with the articles that
    give it only in their text: "Kestrian News Agency (kestrian-courier once, in its text)"
    beside a wire's dateline "(KNA)"; "CNA (centre once and wire twice, each in its text)"."""
    (in_copy, n_copy), (in_src, n_src) = sides
    out = []
    for c in both:
        notes = [f"{n_copy} {_times(in_copy[c])}"] if c in in_copy else []
        mates = [x for x in cred_src if _same_credit(c, [x])]
        if mates and all(x in in_src for x in mates):
            notes.append(f"{n_src} {_times(sum(in_src[x] for x in mates))}")
        if notes:
            where = "in its text" if len(notes) == 1 else "each in its text"
            c += f" ({' and '.join(notes)}, {where})"
        out.append(c)
    return ", ".join(out)


def _times(n: int) -> str:
    return "once" if n == 1 else "twice" if n == 2 else f"{n} times"


def names_outlet(name: str, article: Article) -> bool:
    """Whether a credit names the article's own outlet: ``credits.names_own_outlet`` (a
    key in common: "Los Angeles Times" / latimes.com), the credit's letters within the
    outlet's or its address's (:func:`_own_name`), the credit (or a several-word credit's
    initials) one whole word of the outlet or its site ("CNA" of "wire-cna" or cna.example,
    "Coastline News Service" of "serrat-cns"), or an acronym credit the outlet's initials
    ("CNA" of "Continental News Agency"). A whole word, never part of one: "CNA" is not
    in "Cnarvik Post"."""
    return _names_outlet(name, article.outlet, article.url)


@lru_cache(maxsize=8192)
def _names_outlet(name: str, outlet: str | None, url: str | None) -> bool:
    """:func:`names_outlet` on the two fields of the article it reads, remembered: the
    story's likely source asks it for every pair of a story's copies (provenance
    ._credited_source), the same few credits and outlets each time."""
    if _own_name_of(name, outlet, url):
        return True
    words = [w for w in name.split() if w.casefold() != "the"]
    if not words:
        return False
    key = re.sub(r"[^0-9a-z]", "", "".join(words).casefold())
    host = re.sub(r"^[a-z]+://", "", (url or "").casefold()).split("/")[0]
    own = {w for w in re.split(r"[^0-9a-z]+", f"{(outlet or '').casefold()} {host}")
           if len(w) >= 2}
    if len(key) >= 2 and key in own:
        return True
    initials = name_initials(name).casefold()
    if len(words) > 1 and len(initials) >= 2 and initials in own:
        return True
    return name.isupper() and len(key) >= 2 and name_initials(outlet or "").casefold() == key


def _direction(ctx: FindingContext, src: str, copy: str) -> tuple[str, str | None]:
    """Which of two articles sharing copied narration is the source, and the evidence
    (None: there is none, or it conflicts, and the order provenance gave stands; its
    likely source is the article in most shared groups, which a copy that also shares
    with the other outlets can be, beside the wire it copies).

    Evidence, each a vote for one side: an article that credits the other's outlet (by
    name or acronym, in a dateline, credit line or its text: :func:`names_outlet`), the
    credit not naming its own outlet too, copies from it: a copy that writes "the
    Continental News Agency reported" beside the wire-cna page, whose dateline "(CNA)"
    credits itself; and the article published first by more than the slack
    (``provenance.published_first``). Two articles crediting one third agency credit
    neither's outlet: no vote, and the line says they both credit it."""
    from ..provenance import published_first

    (cred_src, _), (cred_copy, _) = _pair_credits(ctx, src, copy)
    art = {x: ctx.documents[x].article for x in (src, copy)}
    votes: dict[str, str] = {}
    for by, of, names in ((copy, src, cred_copy), (src, copy, cred_src)):
        credit = credit_of(names, art[by], art[of])
        if credit is not None:
            votes.setdefault(of, f"{ctx.label(by)} credits {ctx.label(of)} ('{credit}')")
    first = published_first(ctx.docs, [src, copy])
    if first is not None:
        votes.setdefault(first, f"{ctx.label(first)} was published first")
    if len(votes) != 1:
        return src, None
    (source, why), = votes.items()
    return source, why


def _swapped(evidence: tuple) -> tuple:
    """:func:`_copy_evidence` of (copy, source) read from that of (source, copy): the same
    pairs, each turned round and in the new copy's text order."""
    ov_copy, ov_src, aligned, pairs, copied, copied_src = evidence

    def turned(ps: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return sorted(((b, a) for a, b in ps), key=lambda p: int(p[1].partition(":s")[2]))

    return ov_src, ov_copy, turned(aligned), turned(pairs), copied_src, copied


def _pair_verdict(ctx: FindingContext, src: str, copy: str) -> Finding | None:
    prov = ctx.provenance
    assert prov is not None
    evidence = _copy_evidence(ctx, src, copy)
    if evidence is None:
        return None
    source, direction = _direction(ctx, src, copy)
    if source != src:
        src, copy, evidence = copy, src, _swapped(evidence)
    ov_copy, ov_src, aligned, pairs, copied, copied_src = evidence
    (cred_src, in_src), (cred_copy, in_copy) = _pair_credits(ctx, src, copy)
    both = [c for c in cred_copy if _same_credit(c, cred_src, cred_copy)]
    o_src, o_copy = ctx.outlet(src), ctx.outlet(copy)
    # the text names one outlet's articles apart ("nyt (a5)", s8 reader report item 8)
    n_src, n_copy = ctx.label(src), ctx.label(copy)
    same = _same_article(ctx, src, copy, ov_copy, ov_src)
    pct, aligned_pct = round(100 * copied), round(100 * ov_copy)
    # the share counts copied narration only (quotes left out); the overlap matrix counts
    # every aligned sentence: both are shown when they differ, so the figures agree
    in_all = f"; {aligned_pct}% align in all, quotes included" if aligned_pct != pct else ""
    if same:
        summary = (f"{o_copy} has the same article twice ({same}): {pct}% of its sentences "
                   f"are the same narration{in_all}. One article in two copies, not copying")
    else:
        summary = (f"{n_copy} shares {pct}% of its sentences with {n_src} as copied narration, "
                   f"word for word or lightly edited (quotes left out{in_all})")
    extra = [c for c in cred_copy if c not in both]
    if same:
        pass  # one article's credits, twice: no evidence of who took the text from whom
    elif both:
        summary += f"; both credit {_both_list(both, cred_src, (in_copy, n_copy), (in_src, n_src))}"
        if extra:
            summary += f"; {n_copy} also credits {_credit_list(extra, in_copy)}"
    elif cred_copy:
        summary += f"; {n_copy} credits {_credit_list(cred_copy, in_copy)}"
    elif cred_src and all(_same_credit(c, [o_src]) for c in cred_src):
        # the source's only credit is its own name (a wire's own byline): "only X credits
        # X" read oddly in the demo; what matters is that the copy does not name it
        summary += f"; {n_copy} does not credit {o_src}"
    elif cred_src:
        summary += f"; only {n_src} credits {_credit_list(cred_src, in_src)}"
    else:
        summary += "; neither credits an agency"
    summary += "."
    sids: list[str] = []
    for a, b in pairs[:MAX_SENTENCES]:
        sids.extend([a, b])
    return Finding(
        type="shared_source",
        sentences=tuple(sids),
        summary=summary,
        detail={
            "source": src,
            "copy": copy,
            "overlap": {copy: round(ov_copy, 4), src: round(ov_src, 4)},
            "copied_share": round(copied, 4),
            "copied_share_of_source": round(copied_src, 4),
            "copied_sentences": len({b for _, b in pairs}),
            "credits": {src: cred_src, copy: cred_copy},
            "likely_source": prov.source == src,
            # what set which side is the source (_direction); None: provenance's order
            "direction": direction,
            # "archived copy" / "near-duplicate": one outlet's one article twice
            "same_article": same,
            "quoted_pairs_excluded": len(aligned) - len(pairs),
            "rule": RULE_COPY,
            "score": round(max(copied, copied_src), 4),
        },
        confidence=rule_confidence(RULE_COPY),
        spans=tuple(sentence_span(ctx.sentence(s)) for s in sids[:2]),
    )


# Both ways at least this share of body sentences aligned: one outlet's two records are
# one article (the duplicates view's near-duplicate; the reader's Guardian page and its
# web.archive.org copy: 100% both ways).
SAME_ARTICLE_OVERLAP = 0.9
# A web archive's prefix before the archived page's own URL.
_ARCHIVE_PREFIX = re.compile(r"^https?://(?:web\.)?archive\.org/web/[0-9]{1,14}[a-z_]{0,4}/",
                             re.IGNORECASE)


def canonical_url(url: str | None) -> str | None:
    """``url`` without a web-archive prefix, scheme, "www.", query, fragment and trailing
    slash: the page an archived copy is a copy of."""
    if not url:
        return None
    u = _ARCHIVE_PREFIX.sub("", url.strip())
    u = re.sub(r"^[a-z]+://", "", u, flags=re.IGNORECASE)
    u = re.sub(r"^www\.", "", u, flags=re.IGNORECASE)
    u = re.split(r"[?#]", u, maxsplit=1)[0].rstrip("/")
    return u.lower() or None


def _same_article(ctx: FindingContext, src: str, copy: str, ov_copy: float,
                  ov_src: float) -> str | None:
    """How two records are one outlet's one article: "the same page, one an archived
    copy" (one canonical URL), "near-duplicates" (one outlet, ``SAME_ARTICLE_OVERLAP`` of
    each aligned with the other); None otherwise."""
    if ctx.outlet(src) != ctx.outlet(copy):
        return None
    ua = canonical_url(ctx.documents[src].article.url)
    ub = canonical_url(ctx.documents[copy].article.url)
    if ua and ua == ub:
        return "the same page, one an archived copy" if ctx.documents[src].article.url \
            != ctx.documents[copy].article.url else "the same page"
    if min(ov_copy, ov_src) >= SAME_ARTICLE_OVERLAP:
        return "near-duplicates"
    return None


def _copied_pairs(
    ctx: FindingContext, src: str, copy: str, any_kind: bool = False
) -> list[tuple[str, str]]:
    """(source sentence, copy sentence) for verbatim / edited groups holding both (every
    aligned group with ``any_kind``: a quote keeps its words when narration is rewritten)."""
    out = []
    index = _memo(ctx).groups
    in_src, in_copy = index.get(src, {}), index.get(copy, {})
    for gi in sorted(in_src.keys() & in_copy.keys()):
        al = ctx.alignments[gi]
        a, b = in_src[gi], in_copy[gi]
        if ctx.sentence(b).block not in BODY_BLOCKS:
            continue
        if al.kind == "paraphrase" and not any_kind:
            # the group's weakest link is a paraphrase; this pair may still be a copy
            edited = any({d.a, d.b} == {a, b} for d in al.diffs)
            if not edited and norm_key(ctx.sentence(a).text) != norm_key(ctx.sentence(b).text):
                continue
        out.append((a, b))
    out.sort(key=lambda p: int(p[1].partition(":s")[2]))
    return out


def _same_credit(name: str, others: list[str], own: list[str] | tuple[str, ...] = ()) -> bool:
    """ "CPS" and "Continental Press Service" are one credit (an initialism of the other,
    :func:`name_initials`: "The Kestrian News Agency" is KNA, "Press Trust of India" PTI),
    unless the side of the acronym spells out a different name with those initials
    (``own``: the list ``name`` comes from): "CPS" of an article that also credits
    "Coastal Press Service" is not the "Continental Press Service" of another."""
    for o in others:
        if name.casefold() == o.casefold():
            return True
    for o in others:
        for short, long, side in ((name, o, own), (o, name, others)):
            if len(short) < 2 or not short.isupper() or name_initials(long) != short:
                continue
            rivals = [x for x in side if x != short and x.casefold() != long.casefold()
                      and not x.isupper() and name_initials(x) == short]
            if not rivals:
                return True
    return False


# --- narration and quotes --------------------------------------------------------------


def _quoted(ctx: FindingContext, aid: str) -> list[Quote]:
    return [q for q in ctx.quotes(aid) if q.direct]


class _Memo:
    """What both finders of this module reuse within one comparison: each article's
    sentence per alignment group, each sentence's narration/quote split, each pair's
    shared_source verdict. (Built once per context: the two finders each visit every
    candidate pair, and a 50-article story has 49 of them.)"""

    def __init__(self, ctx: FindingContext) -> None:
        self.ctx = weakref.ref(ctx)  # not kept alive by the memo (a server runs many)
        self.groups: dict[str, dict[int, str]] = {}
        for gi, al in enumerate(ctx.alignments):
            for sid in al.sentences:
                self.groups.setdefault(sid.partition(":s")[0], {}).setdefault(gi, sid)
        self.split: dict[str, tuple[list[str], list[str], list[Quote]]] = {}
        self.spans: dict[str, tuple[list[Quote], QuoteSpans]] = {}  # per article
        self.pairs: dict[tuple[str, str], Finding | None] = {}
        self.evidence: dict[tuple[str, str], tuple | None] = {}  # per pair: copied narration
        self.credits: dict[str, CreditReading] = {}  # per article: credit_reading
        self.announced: dict[str, frozenset[str]] = {}  # per article: pasted statements
        # per pair of narration key lists: (ratio, whether no word is swapped), the
        # SequenceMatcher's answers (_matched): copies of one wire text repeat the same
        # narration, so a 50-article story asks ~3,300 comparisons of far fewer pairs
        self.matched: dict[tuple[tuple[str, ...], tuple[str, ...]], tuple[float, bool]] = {}
        # per article: shared_quote's tokens and quoted spans; and its results by pair of
        # quote signatures (shared with the quote-change finder: shared_quote.story_memo)
        self.tokens, self.seen = story_memo(ctx)


_LAST: list[_Memo] = []


def _memo(ctx: FindingContext) -> _Memo:
    """The memo of ``ctx`` (the last context seen; a new one replaces it)."""
    last = _LAST[0] if _LAST else None
    if last is None or last.ctx() is not ctx:
        last = _Memo(ctx)
        _LAST[:] = [last]
    return last


def _split_quoted(ctx: FindingContext, sid: str) -> tuple[list[str], list[str], list[Quote]]:
    """Narration keys, quoted keys and the direct quotes of one sentence."""
    memo = _memo(ctx)
    if sid not in memo.split:
        memo.split[sid] = _split_sentence(ctx, sid)
    return memo.split[sid]


def _split_sentence(ctx: FindingContext, sid: str) -> tuple[list[str], list[str], list[Quote]]:
    s = ctx.sentence(sid)
    aid = sid.partition(":s")[0]
    memo = _memo(ctx)
    if aid not in memo.spans:
        from ..provenance import QuoteSpans  # here, not at import: the CLI's start stays light

        quotes = sorted(_quoted(ctx, aid), key=lambda q: (q.start, q.end))
        memo.spans[aid] = (quotes, QuoteSpans([(q.start, q.end) for q in quotes]))
    quotes, spans = memo.spans[aid]
    text = ctx.documents[aid].article.text
    narration, quoted, hit = spans.split(text, s.start, s.end)
    found = [quotes[k] for k in hit]
    if found:
        from ..provenance import unattributed

        narration = unattributed(text, s.start, s.end, found)
    return (
        norm_key(" ".join(narration)).split(),
        norm_key(" ".join(quoted)).split(),
        found,
    )


def _announced(ctx: FindingContext, aid: str) -> frozenset[str]:
    """``provenance.pasted_statement_ids`` of ``aid``, memoized per article."""
    memo = _memo(ctx)
    if aid not in memo.announced:
        from ..provenance import pasted_statement_ids

        memo.announced[aid] = pasted_statement_ids(ctx.documents[aid])
    return memo.announced[aid]


def _pasted(ctx: FindingContext, sid: str) -> bool:
    return sid in _announced(ctx, sid.partition(":s")[0])


# A word of running text: letters first (a date's "12" or a state's "MR" row tells nothing).
_ROW_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")


def _listing_row(ctx: FindingContext, sid: str) -> bool:
    """Whether a sentence is a row of a listing (a tour date, a fixture, a roster line:
    "June 12 -- Harrow Savings Arena, Lenz City, MR"): every word that starts with a
    letter is capitalised, a stopword or of two letters, so no verb or plain noun tells
    anything in the outlet's words. Two outlets printing one promoter's schedule share its
    rows, not a copied text (real37: a shared list of 30 tour dates read as 64% copied
    narration)."""
    words = _ROW_WORD.findall(ctx.sentence(sid).text)
    # a lower-case word of one or two letters is a list's joint or unit ("v", "vs", "pm")
    return bool(words) and not any(w[0].islower() and len(w) > 2 and w.lower() not in STOPWORDS
                                   for w in words)


def _narration_copied(ctx: FindingContext, a: str, b: str) -> bool:
    """Whether two aligned sentences share their unquoted words (copying), not just the
    words they quote or the attribution that goes with a quote. A statement pasted after
    "X said in a statement:" is quoted material however it is punctuated; a listing row
    (:func:`_listing_row`) is no narration at all."""
    if _pasted(ctx, a) or _pasted(ctx, b):
        return False
    if _listing_row(ctx, a) or _listing_row(ctx, b):
        return False
    na, _, qa = _split_quoted(ctx, a)
    nb, _, qb = _split_quoted(ctx, b)
    if not qa and not qb:
        return True  # no quote marks: the sentences are narration through and through
    if min(len(na), len(nb)) < MIN_NARRATION_WORDS:
        return False
    if min(_content(na), _content(nb)) < MIN_NARRATION_CONTENT:
        return False  # "in a written statement on Tuesday": the attribution's setting
    return _matched(ctx, na, nb)[0] >= MIN_NARRATION_MATCH


def _word_for_word(ctx: FindingContext, a: str, b: str) -> bool:
    """Whether two aligned sentences carry the same narration nearly word for word, each
    keeping ``MIN_NARRATION_CONTENT`` content words outside its quotes (a stock line,
    "Read more", or an attribution's setting does not): the absolute floor's evidence. An
    edited pair that only tells one fact alike ("apologised in parliament" / "apologised
    to the families") is two outlets reporting it, not a copy."""
    if _pasted(ctx, a) or _pasted(ctx, b):
        return False
    na, nb = _split_quoted(ctx, a)[0], _split_quoted(ctx, b)[0]
    if min(_content(na), _content(nb)) < MIN_NARRATION_CONTENT:
        return False
    ratio, unswapped = _matched(ctx, na, nb)
    if ratio >= MIN_FLOOR_MATCH:
        return True
    # words cut or added, none swapped: a credit, a place or a clause taken out of a wire
    # line ("… according to budget documents [seen by CPA]") is the line copied
    return ratio >= MIN_CUT_MATCH and unswapped


def _matched(ctx: FindingContext, na: list[str], nb: list[str]) -> tuple[float, bool]:
    """The ``SequenceMatcher`` ratio of two narration key lists, and whether it reaches
    :data:`MIN_CUT_MATCH` with no word swapped (no "replace" opcode): once per pair of
    lists and comparison (a pure function of the two lists, and copies of one text ask it
    again and again). Equal lists match whole, nothing swapped, as the matcher finds
    (its ratio of two empty lists is 1.0 too)."""
    if na == nb:
        return 1.0, True
    memo = _memo(ctx).matched
    key = (tuple(na), tuple(nb))
    got = memo.get(key)
    if got is None:
        sm = SequenceMatcher(None, na, nb, autojunk=False)
        ratio = sm.ratio()
        got = memo[key] = (ratio, ratio >= MIN_CUT_MATCH and all(op[0] != "replace" for op in sm.get_opcodes()))
    return got


def _content(keys: list[str]) -> int:
    return sum(1 for k in keys if k not in STOPWORDS)


def _agreed_speaker(found: list[SharedQuote]) -> str | None:
    """The speaker both articles name for their shared quotes (surname keys agree, every
    named side alike); None when only one article names one, when they disagree, or when
    the shared quotes are of several speakers. One extractor's guess is not shown as
    fact: "Lisa shared a picture of her father that she captioned: '…'" / "Sharing a
    snap of her dad, she wrote: '…'" had one side's speaker resolved to the father
    (reader report, section 7); two articles that name the same person are two readings
    that agree."""
    named = _named_sides(found)
    if not named or len({art for _, _, art in named}) < 2:
        return None
    k0, n0, _ = named[0]
    return n0 if all(same_speaker(k0, k) for k, _, _ in named) else None


def _shown_speaker(found: list[SharedQuote]) -> str | None:
    """The agreed speaker (:func:`_agreed_speaker`) when the quote the summary shows (the
    first) is one of that speaker's: named on one side at least. Quotes whose speaker the
    analysis leaves unresolved ("she said" beside a namesake) name nobody, so the agreed
    speaker of the other shared quotes is not theirs: a blind-written story gave a defence
    minister's words to the other side's general, named for his own quotes."""
    speaker = _agreed_speaker(found)
    if speaker is None or not _named_sides(found[:1]):
        return None
    return speaker


def _one_side_speaker(found: list[SharedQuote]) -> tuple[str, str] | None:
    """(article, speaker) when exactly one article names a speaker for the shared
    quotes, all its named sides agreeing: shown as that article's attribution, not as
    the speaker of the words both quote."""
    named = _named_sides(found)
    arts = {art for _, _, art in named}
    if len(arts) != 1:
        return None
    k0, n0, art = named[0]
    return (art, n0) if all(same_speaker(k0, k) for k, _, _ in named) else None


def _named_sides(found: list[SharedQuote]) -> list[tuple[str, str, str]]:
    """(surname key, speaker, article) of every side whose speaker has a surname key
    (an unresolved "he" or "a spokesman" names nobody)."""
    out = []
    for sq in found:
        for side in (sq.a, sq.b):
            k = speaker_key(side.speaker)
            if k:
                out.append((k, side.speaker, side.article))
    return out


def _quote_finding(
    ctx: FindingContext, a: str, b: str, found: list[SharedQuote] | None = None
) -> Finding | None:
    """``shared_quote``: the quotes two articles share, found anywhere by their words."""
    if found is None:
        found = shared_quotes(ctx, a, b, _memo(ctx).tokens)
    if not found:
        return None
    oa, ob = ctx.outlet(a), ctx.outlet(b)

    def name(aid: str) -> str:
        return ctx.label(aid) if oa != ob else f"{ctx.outlet(aid)} ({aid})"

    cache = _memo(ctx).tokens
    # each quote as told in full (shared_quote.told_in_full, session 31): every place its
    # two quotes part is said, and a quote counts as shared only when they part nowhere
    told = sorted((told_in_full(ctx, sq, cache) for sq in found),
                  key=lambda t: t[0].change not in (None, "extent"))
    # a quote in the same words first: a changed one (SharedQuote.change) is shown as
    # nearly the same words, with the words that differ
    # (change "extent", each side with words the other lacks at opposite edges, is the same
    # words: it leads as such)
    found = [sq for sq, _, _ in told]
    items = []
    more = ""  # what the fuller side of the first quote gives, when word counts would mislead
    for k, sq in enumerate(found):
        # more of the statement at an edge of the shared words, not words inserted inside
        # them (a word apart, SharedQuote.edits, or change "inside"): "gives more of it"
        # of "our soldiers [and their families] in danger" hid the insertion (d47, d49)
        fuller = "same"
        if sq.change != "extent" and (sq.a.edge - sq.b.edge) * (sq.a.words - sq.b.words) > 0:
            fuller = a if sq.a.words > sq.b.words else b
            big, small = (sq.a, sq.b) if fuller == a else (sq.b, sq.a)
            if not beyond(ctx, big, small, cache):
                # the other article has the longer quote's extra words too, in a quotation
                # of its own or its narration (a statement split by "he said"): it lacks
                # none of it; when it gives words the longer one lacks, it gives more
                fuller = "same"
                if extra := beyond(ctx, small, big, cache):
                    fuller = small.article
                    more = " and ".join(f"'{_excerpt(w, 8)}'" for w in extra) if not k else more
        items.append((sq, fuller))
    speaker = _shown_speaker(found)
    who = f" of {speaker}" if speaker else ""
    one_side = None if _agreed_speaker(found) else _one_side_speaker(found)
    both = f"Two {oa} articles" if oa == ob else f"{name(a)} and {name(b)}"
    shared = sum(sq.run for sq in found)
    top, top_fuller = items[0]
    words = _excerpt(_text_of(ctx, top.a.article)[top.a.run_start : top.a.run_end])
    # a word inserted or dropped inside the run (shared_quote.MAX_EDITS): not "the same"
    apart = "" if not top.edits else \
        " (a word apart" if top.edits == 1 else f" ({top.edits} words apart"
    if apart:
        edited = _edited(ctx, top)
        apart += (": " + ", ".join(f"'{w}'" for w in edited) if edited else "") + ")"
    same = "nearly the same words" if top.edits or top.change not in (None, "extent") \
        else "the same words"
    if top.change == "extent":
        # each side has words the other lacks, at either edge: neither gives more of it
        # (invented dev d57); what each adds is said
        summary = (f"{both} quote {same}{who}{apart}: '{words}', and each gives words the "
                   f"other lacks: {_difference(top, name)}")
    elif top.change:
        # not a cut of one statement: "gives more of it" would hide the change
        summary = f"{both} quote {same}{who}{apart}: '{words}', but {_difference(top, name)}"
    else:
        summary = f"{both} quote {same}{who}{apart}: '{words}'"
        if top_fuller != "same" and more:
            summary += f" ({name(top_fuller)} gives more of it: {more})"
        elif top_fuller != "same":
            big, small = (top.a, top.b) if top_fuller == a else (top.b, top.a)
            summary += f" ({name(top_fuller)} gives more of it: {big.words} words vs {small.words})"
    # a word inserted or dropped inside a further quote's run is no more the same words
    # than in the first ("every deposit is safe" / "every insured deposit is safe", invented
    # dev d45, was counted "1 more shared quote"): it is told apart in the tail too
    # and a further quote counts as shared only when its two quotes part nowhere: one that
    # one outlet gives in part is told as such, with the words the other adds (session 30's
    # held-out t181: "2 more shared quotes" counted a quote the Lantern extends)
    if told[0][1] == "cut" and not top.change and top_fuller == "same":
        summary += f" ({_difference(replace(top, differs=told[0][2][0], also=told[0][2][1:]), name)})"
    alike = sum(1 for _, kind, _ in told[1:] if kind == "same")
    parts = [replace(sq, differs=cuts[0], also=cuts[1:]) for sq, kind, cuts in told[1:]
             if kind == "cut"]
    changed = [sq for sq, kind, _ in told[1:] if kind == "changed"]
    if alike:
        summary += f"; {alike} more shared quote{'s' if alike > 1 else ''}"
    if parts:
        summary += (f"; {len(parts)} more quoted in part ("
                    + " / ".join(_difference(sq, name) for sq in parts[:MAX_TOLD_PLACES])
                    + (f" / and {len(parts) - MAX_TOLD_PLACES} more" if len(parts) > MAX_TOLD_PLACES else "")
                    + ")")
    if changed:
        # each one's difference (session 31: "the first: …" left the others' untold), one
        # quote's apart from the next's by " / " (one quote's own places are joined by "and"
        # or "; ")
        summary += (f"; {len(changed)} more nearly the same ("
                    + " / ".join(_tail_difference(ctx, sq, name) for sq in changed[:MAX_TOLD_PLACES])
                    + (f" / and {len(changed) - MAX_TOLD_PLACES} more" if len(changed) > MAX_TOLD_PLACES
                       else "")
                    + ")")
    summary += f" ({shared} words alike; quoted words are not evidence of copying)"
    summary += "."
    sids: list[str] = []
    spans = []
    for sq, _ in items[:MAX_SENTENCES]:
        for side in (sq.a, sq.b):
            side_sids = _sentences_over(ctx, side.article, side.start, side.end)
            sids.extend(s for s in side_sids if s not in sids)
            spans.extend(spans_over(ctx, side_sids, side.start, side.end))
    text_a, text_b = _text_of(ctx, a), _text_of(ctx, b)
    return Finding(
        type="shared_quote",
        sentences=tuple(sids),
        summary=summary,
        detail={
            "articles": [a, b],
            "speaker": speaker,
            # the speaker the quote analysis found in one article only ({"article",
            # "speaker"}), when the two do not both name one; kept out of the summary: the
            # analysis gives no speaker to a short phrase quoted inside reported speech, so
            # "only X names a speaker" was false where the other outlet's sentence named
            # the same person (hand report, 3 items)
            "speaker_one_side": {"article": one_side[0], "speaker": one_side[1]}
            if one_side else None,
            "shared_quotes": len(found),
            "shared_words": shared,
            "quotes": [
                {
                    "a": text_a[sq.a.start : sq.a.end],
                    "b": text_b[sq.b.start : sq.b.end],
                    "shared_words": sq.run,
                    "words": {a: sq.a.words, b: sq.b.words},
                    "fuller": fuller,
                    # why the two are not the same words (SharedQuote.change), or None
                    "change": sq.change,
                }
                for sq, fuller in items
            ],
            "fuller": top_fuller if top_fuller != "same" else None,
            "rule": RULE_QUOTE,
            "score": shared,
        },
        confidence=rule_confidence(RULE_QUOTE),
        spans=tuple(spans),
    )


def _edited(ctx: FindingContext, sq: SharedQuote) -> list[str]:
    """The words one side inserts inside the shared run (``SharedQuote.edits``), as
    written: "every [last] miner"."""
    runs = []
    for side in (sq.a, sq.b):
        words = _text_of(ctx, side.article)[side.run_start : side.run_end].split()
        runs.append((words, [norm_key(w) for w in words]))
    (wa, ka), (wb, kb) = runs
    out = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag != "equal":
            out += [w.strip(",.;:!?\"'“”‘’") for w in wa[i1:i2] + wb[j1:j2]]
    return [w for w in out if norm_key(w)]


def _tail_difference(ctx: FindingContext, sq: SharedQuote, name) -> str:
    """How a further shared quote (after the first) is not the same words: its change
    (:func:`_difference`), else the words inserted inside its run ("a word apart:
    'insured'")."""
    if sq.change == "negation":
        # the words shared are not the words that part (a fragment beside them lifted out
        # of a negated clause, shared_quote._with_lifts): both are shown
        words = _excerpt(_text_of(ctx, sq.a.article)[sq.a.run_start : sq.a.run_end], 8)
        return f"'{words}', but {_difference(sq, name)}"
    edited = _edited(ctx, sq)
    apart = "a word apart" if sq.edits == 1 else f"{sq.edits} words apart"
    apart += (": " + ", ".join(f"'{w}'" for w in edited) if edited else "")
    if sq.change not in (None, "extent"):
        # a word dropped inside the run is told beside the change at its edge, as the first
        # quote's are: "adds 'but this should never have happened'" alone hid the
        # Observer's 'in [immediate] danger' (invented dev d170)
        return (f"{apart}; " if sq.edits else "") + _difference(sq, name)
    return apart


def _difference(sq: SharedQuote, name) -> str:
    """Where two quotes of one statement part (a changed quote, ``SharedQuote.change``):
    "A has '…' where B has '…'", or "A adds '…'" when the other has no words there; each
    place, when they part in two ("A adds '…' and B adds '…'")."""
    out: list[str] = []
    adder = None  # the article of the last "adds" (one outlet adding twice: "A adds 'x' and 'y'")
    places = [sq.differs, *sq.also]
    rest = 0
    if len(places) > MAX_TOLD_PLACES:
        # the most substantive places (a negation or number first, then the most weighty
        # words), in the text's order, and how many more
        top = sorted(range(len(places)), key=lambda k: _substance(places[k]), reverse=True)
        keep = sorted(top[: MAX_TOLD_PLACES - 1])
        rest = len(places) - len(keep)
        places = [places[k] for k in keep]
    for da, db in places:
        (xa, wa), (xb, wb) = ((sq.a.article, _excerpt(da, 8)), (sq.b.article, _excerpt(db, 8)))
        if wa and wb:
            out.append(f"{name(xa)} has '{wa}' where {name(xb)} has '{wb}'")
            adder = None
        else:
            x, w = (xa, wa) if wa else (xb, wb)
            out.append(f"'{w}'" if x == adder else f"{name(x)} adds '{w}'")
            adder = x
    return " and ".join(out) + (f" and {rest} more differences" if rest else "")


def _substance(place: tuple[str, str]) -> tuple[bool, int]:
    """How much a place two quotes part on says: a negation or a number in it first, then
    its words that are no stopwords."""
    keys = norm_key(" ".join(place)).split()
    return (any(is_negation(k) or k in NUMBER_WORDS or k[:1].isdigit() for k in keys),
            sum(1 for k in keys if k not in STOPWORDS))


def _text_of(ctx: FindingContext, aid: str) -> str:
    return ctx.documents[aid].article.text


def _excerpt(text: str, words: int = 12) -> str:
    """The first ``words`` words of a quote, an ellipsis marking the rest."""
    parts = text.split()
    out = " ".join(parts[:words]).strip(" ,.;:\"'“”‘’")
    return out + ("…" if len(parts) > words else "")


def _sentences_over(ctx: FindingContext, aid: str, start: int, end: int) -> list[str]:
    """Ids of the sentences of ``aid`` that ``[start, end)`` crosses."""
    return [s.id for s in ctx.documents[aid].sentences if s.start < end and start < s.end]
