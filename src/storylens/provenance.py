"""Who shares what with whom, which article most likely carries the common text, and
whether the articles look like one story at all.

``overlap[a][b]`` is the share of article a's body sentences that are aligned with some
sentence of article b (a != b; the matrix is not symmetric when lengths differ).

The source heuristic: the shared content of a story is the set of alignment groups;
an article's score is the weighted share of those groups it takes part in (verbatim 1,
edited 0.8, paraphrase 0.5: a verbatim copy is better evidence of a common text than a
rewrite). The wire original is the article present in most shared groups. A tie (two
articles always tie) is broken only by evidence from outside the shared text: another
article's credit to one of them, or a clearly earlier publication time
(:func:`_tie_break`); without it no source is named. The article in most groups can
itself be a copy: a paper that copies the wire and also shares a line with each other
outlet is in more groups than the wire. So the articles that share copied narration with
it are weighed by the same evidence (:func:`_credited_source`: the one whose outlet another
of them credits, else the one published first); without evidence, or with mixed evidence,
the article in most groups stays the source.

Evidence, not ratios. A share says nothing when there is almost nothing to share: two
unrelated articles that each repeat one stock line ("Follow us on ...") have 10 %
overlap. So both judgements rest on absolute counts of sentences:

* a likely source is named only when at least :data:`SOURCE_FLOOR` verbatim or edited
  groups (copied text, not paraphrase) hold it and another article in **narration**: a
  body sentence that reads as a clause (:func:`storylens.align.is_clause`) and keeps at
  least :data:`MIN_NARRATION_WORDS` words outside quote marks. Two outlets quoting one
  statement or embedding one post, or carrying one site's headings and contact lines,
  share words without one copying the other (on the semeval2022 pairs, 8 of the 9 sources
  named before this rule rested on such lines); otherwise ``source`` is None and the
  explanation says why;
* an article that shares fewer than :data:`STORY_FLOOR` sentences with all the others
  is flagged in ``warning``; when every article is flagged, the whole comparison is.
  Few shared sentences alone do not tell an unrelated article from one written
  independently (partisan write-ups of one event share none by nature: 22 of 27 dev A
  pairs). So once the findings stage has analysed the articles, :func:`story_warning`
  keeps "may not be about the same story" for the articles the coverage analysis finds
  off the story (``findings.coverage.off_story``: no shared quote or telling figure, at
  most two shared names, either), and says of the others, in ``explanation``, that they were written
  independently (not a warning). Without the analysis (``--no-findings``) the warning
  says both.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Mapping, Sequence
from dataclasses import replace
from itertools import accumulate

from .align import is_clause
from .models import Alignment, Document, Provenance, Quote
from .normalize import STOPWORDS, norm_key
from .rules.attribution import (
    ANNOUNCED_NOUNS,
    ANNOUNCED_TAIL_STOPS,
    ANNOUNCED_TAIL_WORDS,
    ANNOUNCER_SUBJECT_WORDS,
    ANNOUNCING_VERBS,
)

# Evidence weight of a group by kind (see the module docstring).
KIND_WEIGHT = {"verbatim": 1.0, "edited": 0.8, "paraphrase": 0.5}
# Sentences an article must share (in any group) to count as covering the same story.
# Three, because one or two shared sentences occur between unrelated articles: a site's
# stock trailer repeated on two of its pages, or one generic statement (semeval2022 dev
# pairs of stratum C: one pair shares 2 trailer lines, the rest 0-1; see docs/architecture.md).
# Measured on the test split too: every C pair warns, and no A pair with 3 or more shared
# sentences does (the A pairs that warn share 0-2: same event, written independently).
STORY_FLOOR = 3
# Copied (verbatim or edited) groups needed before any article is called the source.
SOURCE_FLOOR = 3
COPIED = ("verbatim", "edited")
# Words a copied sentence must keep outside quote marks to count as narration ("…," he
# said. keeps two). The same floor as findings/source.MIN_NARRATION_WORDS, which judges
# copying with the analysed quotes; here the quote marks alone decide, so that provenance
# needs no analysis stage (compare --no-findings).
MIN_NARRATION_WORDS = 6
# And, in a sentence that holds an analysed quote, content words (not STOPWORDS) outside
# the quote and its attribution (speaker, cue): '"…," the transport ministry said in a
# written statement on Tuesday.' keeps 3 ("written statement tuesday"), the setting of a
# quote two outlets took from one press release, not narration one copied. The same floor
# as findings/source (MIN_NARRATION_CONTENT there is this one).
MIN_NARRATION_CONTENT = 4
# A span between an opening and a closing quote mark (straight or curly, double or single
# curly); a sentence that opens a quote and does not close it continues a quoted paragraph.
_QUOTED = re.compile(r"[\"\u201c\u201e][^\"\u201c\u201d\u201e]{0,2000}[\"\u201d]|\u2018[^\u2018\u2019]{0,2000}\u2019(?!\w)")
_OPENERS = "\"\u201c\u201e\u2018"
# The explanation when no sentence is shared at all; :func:`story_warning` words what kept
# such articles in the story into it rather than saying "little shared text" a second time.
NO_SHARED = "no shared sentences: no common source"
_CLOSERS = "\u201d"


def provenance(docs: Sequence[Document], alignments: Sequence[Alignment]) -> Provenance:
    """Overlap matrix, per-article source scores, the likely source and a low-overlap warning."""
    ids = [d.id for d in docs]
    if len(docs) < 2:
        return Provenance({}, None, {i: 0.0 for i in ids}, "one article: nothing to compare")
    alignments = _without_notes(docs, alignments)
    body = {d.id: {s.id for s in d.sentences if s.block == "paragraph"} for d in docs}
    narration = {sid for d in docs for sid in _narration_ids(d, body[d.id])}
    # linked[a][b] = a's sentences aligned with some sentence of b
    linked: dict[str, dict[str, set[str]]] = {a: {b: set() for b in ids if b != a} for a in ids}
    in_groups: dict[str, float] = {a: 0.0 for a in ids}
    grouped = _grouped(docs, alignments)
    copied: dict[str, int] = {a: 0 for a in ids}
    copied_with: list[set[str]] = []  # per copied core: the articles narrating in it
    total = 0.0
    for al in alignments:
        cores, weight = _copied_cores(al)
        w = max(weight.values(), default=KIND_WEIGHT.get(al.kind, 0.5))
        total += w
        arts = {sid.partition(":s")[0]: sid for sid in al.sentences}
        for a, sid in arts.items():
            in_groups[a] += weight.get(sid, KIND_WEIGHT.get(al.kind, 0.5))
        for core in cores:
            if sum(sid in narration for sid in core) > 1:
                for sid in core:
                    if sid in narration:
                        copied[sid.partition(":s")[0]] += 1
                copied_with.append({sid.partition(":s")[0] for sid in core if sid in narration})
        for a, sid in arts.items():
            for b in arts:
                if b != a:
                    linked[a][b].add(sid)
    overlap = {
        a: {b: round(len(linked[a][b] & body[a]) / len(body[a]), 4) if body[a] else 0.0 for b in linked[a]}
        for a in ids
    }
    scores = {a: round(in_groups[a] / total, 4) if total else 0.0 for a in ids}
    warning = _warning(docs, grouped)
    if not total:
        return Provenance(overlap, None, scores, NO_SHARED, warning)
    top = max(scores.values())
    tied = [a for a in ids if scores[a] == top]
    source, why = max(tied, key=lambda a: copied[a]), ""
    if len(tied) > 1 and copied[source] >= SOURCE_FLOOR:
        source, why = _tie_break(docs, tied)
        if source is None:
            return Provenance(overlap, None, scores, why, warning)
    if copied[source] < SOURCE_FLOOR:
        n = copied[source]
        explanation = (
            f"no likely source: the articles share {n} copied (verbatim or edited) "
            f"sentence{'' if n == 1 else 's'} of narration, fewer than the {SOURCE_FLOOR} needed "
            "to tell who carries the common text (shared quotes, headings and stock lines do "
            "not count)"
        )
        return Provenance(overlap, None, scores, explanation, warning)
    most = (f"as many as {_names(docs, [a for a in tied if a != source])}, a tie decided by "
            f"{why}") if why else "the most of any article"
    partners = [b for b in ids if b != source
                and sum(source in arts and b in arts for arts in copied_with) >= SOURCE_FLOOR]
    turned = _credited_source(docs, [source, *partners]) if partners else None
    if turned is not None and turned[0] != source:
        top, (source, why) = source, turned
        outlet = next(d.article.outlet for d in docs if d.id == top)
        most = f"fewer than {top} ({outlet}, {scores[top]:.0%}), which copies its narration ({why})"
    explanation = (
        f"{source} takes part in {scores[source]:.0%} of the weighted shared sentence groups "
        f"(verbatim 1, edited 0.8, paraphrase 0.5), {most}, and shares "
        f"{copied[source]} copied sentences of narration"
    )
    return Provenance(overlap, source, scores, explanation, warning)


def _credited_source(docs: Sequence[Document], pool: Sequence[str]) -> tuple[str, str] | None:
    """Which of ``pool`` (the article in most shared groups, first, and the articles that
    share at least :data:`SOURCE_FLOOR` copied sentences of narration with it) carries the
    original, by the evidence ``findings/source`` reads for a shared_source pair: (article,
    why), or None when there is none or it is mixed.

    The article in most groups can be a paper that copies the wire and also shares lines
    with every other outlet; which of a copy and its original is which is not in the shared
    text. Evidence, in order: an article whose outlet another of the pool credits
    (``findings.source.credit_of``: its name or acronym in a dateline, credit line or the
    text), crediting none of the pool itself, when there is exactly one; else the one
    published first (:func:`published_first`). A credit and the publication order that
    name different articles are mixed."""
    from .findings.source import credit_of, credit_reading, paired_credits

    art = {d.id: d.article for d in docs}
    read = {a: credit_reading(art[a]) for a in pool}
    credited: dict[str, tuple[str, str]] = {}  # credited article -> (crediting, credit)
    crediting: set[str] = set()
    for i, a in enumerate(pool):
        for b in pool[i + 1:]:
            (names_a, _), (names_b, _) = paired_credits(read[a], read[b])
            for by, of, names in ((a, b, names_a), (b, a, names_b)):
                credit = credit_of(names, art[by], art[of])
                if credit is not None:
                    credited.setdefault(of, (by, credit))
                    crediting.add(by)
    named = [a for a in pool if a in credited and a not in crediting]
    first = published_first(docs, pool)
    if len(named) == 1:
        c = named[0]
        if first is not None and first != c:
            return None  # mixed: the credited article was published after another
        by, credit = credited[c]
        return c, f"a credit: {by} names it ('{credit}')"
    if named or crediting:
        return None  # mixed credits: several credited, or each crediting another
    if first is not None:
        return first, f"publication time: it was published first ({art[first].published})"
    return None


def _names(docs: Sequence[Document], ids: Sequence[str]) -> str:
    outlet = {d.id: d.article.outlet for d in docs}
    return " and ".join(f"{a} ({outlet[a]})" for a in ids)


def _copied_cores(al: Alignment) -> tuple[tuple[tuple[str, ...], ...], dict[str, float]]:
    """A group's copied cores (all of it when verbatim or edited; ``Alignment.copies`` in a
    paraphrase group: a close rewrite joined a copied sentence) and the weight of each core
    member: its core's kind, edited when a word diff of the group joins two of its members.
    A paraphrase member weighs KIND_WEIGHT's paraphrase, so a copied core counts as it did
    before a rewrite joined it."""
    if al.kind in COPIED:
        return (al.sentences,), {}
    weight: dict[str, float] = {}
    for core in al.copies:
        members = set(core)
        edited = any(d.a in members and d.b in members for d in al.diffs)
        for sid in core:
            weight[sid] = KIND_WEIGHT["edited" if edited else "verbatim"]
    return al.copies, weight


def _tie_break(docs: Sequence[Document], tied: Sequence[str]) -> tuple[str | None, str]:
    """Which of ``tied`` (articles with the same top score) carries the original, and the
    evidence, from outside the shared text: (article, why), or (None, why not).

    Two articles always tie (both are in every group they share), and the shared text
    alone cannot tell the original from a copy: a copy is as often trimmed as padded, so
    the old tie-break (the larger share of its own body shared, i.e. the shorter article)
    named a condensed rewrite as the source of the page it credits (reader report s7,
    item 2). Evidence, in order:

    1. a credit: another article names exactly one of them as where its text comes from
       (``credits.credits_outlet``: "[LA Times]", "The Korea Herald/Asia News Network",
       "according to the Los Angeles Times"); one that credits another of them is a copy;
    2. publication time: one was published before each of the others by more than
       :data:`TIME_SLACK_DAY` (date-only and zone-less times are only known to a day).
    """
    from .credits import credits_outlet

    by_id = {d.id: d.article for d in docs}
    credited: dict[str, tuple[str, str]] = {}  # tied article -> (crediting article, credit)
    for c in tied:
        target = by_id[c]
        for d in docs:
            if d.id == c:
                continue
            art = d.article
            hit = credits_outlet(art.credits, art.text, target.outlet, target.url,
                                 art.outlet, art.url)
            if hit is not None:
                credited.setdefault(c, (d.id, hit))
    if len(credited) == 1:
        c, (by, credit) = next(iter(credited.items()))
        return c, f"a credit: {by} names it ('{credit}')"
    first = published_first(docs, tied)
    if first is not None:
        return first, f"publication time: it was published first ({by_id[first].published})"
    return None, (
        f"no likely source: {_names(docs, tied)} each take part in the same share of the "
        "shared sentence groups (a tie), and no credit or publication time tells which "
        "carries the original"
    )


# How much earlier the first publication time must be to count: a day, since dates
# without a time (or read as midnight) and times without a zone are known only to a day.
# With zones and minutes on both sides, an hour (the clock of one site's CMS vs another's).
TIME_SLACK_DAY = 86400
TIME_SLACK_ZONED = 3600


def published_first(docs: Sequence[Document], tied: Sequence[str]) -> str | None:
    """The article of ``tied`` published before each of the others by more than the slack
    (None when one is undated or two are within it). Also read by ``findings/source`` to
    set which of two articles sharing copied text is the source."""
    from datetime import datetime

    from .dates import parse_published

    when: dict[str, tuple[datetime, bool]] = {}
    raw = {d.id: d.article.published for d in docs}
    for a in tied:
        p = parse_published(raw[a])
        if p.utc is None:
            return None
        t = datetime.fromisoformat(p.utc.replace("Z", "+00:00"))
        exact = bool(re.search(r"\d:\d\d.*(?:Z|[+-]\d\d:?\d\d|\s[A-Z]{2,4})$", raw[a] or "")) \
            and (t.hour, t.minute, t.second) != (0, 0, 0)
        when[a] = (t, exact)
    first = min(tied, key=lambda a: when[a][0])
    for a in tied:
        if a == first:
            continue
        slack = TIME_SLACK_ZONED if when[a][1] and when[first][1] else TIME_SLACK_DAY
        if (when[a][0] - when[first][0]).total_seconds() <= slack:
            return None
    return first


class QuoteSpans:
    """An article's direct-quote spans, sorted, to split any sentence into its narration
    and its quoted pieces. Only the spans that can reach a sentence are visited, found by
    bisection (a scan of every quote per sentence was quadratic: minutes on a 20 MB
    article). Shared with ``findings/source``, which judges copying the same way."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]
        # running max of the ends: spans before ``bisect_right(reach, start)`` end (like
        # every end before them) at or before ``start``
        self.reach = list(accumulate((b for _, b in self.spans), max))

    def split(self, text: str, start: int, end: int) -> tuple[list[str], list[str], list[int]]:
        """Narration pieces, quoted pieces and the indexes (into ``spans``) of the quotes
        that overlap ``text[start:end]``."""
        narration, quoted, hit, pos = [], [], [], start
        lo, hi = bisect_right(self.reach, start), bisect_left(self.starts, end)
        for k in range(lo, hi):
            a, b = self.spans[k]
            if b <= pos or a >= end:
                continue
            a = max(a, pos)
            narration.append(text[pos:a])
            quoted.append(text[a:min(b, end)])
            hit.append(k)
            pos = min(b, end)
        narration.append(text[pos:end])
        return narration, quoted, hit


_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’-]*|,")
_QUOTE_MARKS = frozenset('"“”«»„')
_ANNOUNCE_PREPOSITIONS = frozenset("in via through".split())


def announces_statement(sentence: str) -> bool:
    """Whether a sentence only announces a written statement whose text follows it without
    quote marks: "The port authority said in a written statement on Friday." / "... said in
    a statement:" / "In a statement, the council said:". A that-clause or any claim after
    the noun ("said in a statement that the ferry would resume") makes it indirect speech,
    and a verb with no statement noun ("said on Friday.") announces nothing."""
    text = sentence.strip()
    if not text or text[-1] not in ".:" or not _QUOTE_MARKS.isdisjoint(text):
        return False
    words = [w.lower() for w in _TOKEN.findall(text)]
    verbs = [i for i, w in enumerate(words) if w in ANNOUNCING_VERBS and i > 0]
    if not verbs:
        return False
    nouns = [i for i, w in enumerate(words) if w in ANNOUNCED_NOUNS]
    if words[-1] in ANNOUNCING_VERBS and words[0] in _ANNOUNCE_PREPOSITIONS:
        # "In a statement on Friday, the council said:" (the noun fronted)
        return any(i <= 5 for i in nouns)
    for v in verbs:
        if v > ANNOUNCER_SUBJECT_WORDS or "," in " ".join(words[:v]):
            break  # "X happened at dawn, the navy said in a statement.": a trailing credit
        k = v + 1
        if k < len(words) and words[k] in _ANNOUNCE_PREPOSITIONS:
            k += 1
        noun = next((i for i in nouns if k <= i <= k + 3), None)
        if noun is None:
            continue
        tail = [w for w in words[noun + 1:] if w != ","]
        if len(tail) <= ANNOUNCED_TAIL_WORDS and not ANNOUNCED_TAIL_STOPS & set(tail):
            return True
    return False


def pasted_statement_ids(doc: Document) -> frozenset[str]:
    """The sentences of ``doc`` that follow an announcing sentence (``announces_statement``)
    in its paragraph: the organisation's statement pasted without quote marks, quoted
    material and not the outlet's narration (for shared_source and the likely source)."""
    text = doc.article.text
    out: set[str] = set()
    on = False
    prev = None
    for s in doc.sentences:
        if prev is not None and (s.block != "paragraph" or "\n" in text[prev.end:s.start]):
            on = False  # a new paragraph: the pasted statement ended with the last one
        if on and not _QUOTE_MARKS.isdisjoint(s.text):
            on = False  # quote marks again: the outlet quotes, it no longer pastes
        if on:
            out.add(s.id)
        elif s.block == "paragraph":
            head, colon, rest = s.text.partition(":")
            pasted = rest.strip() and _QUOTE_MARKS.isdisjoint(rest)
            if colon and pasted and announces_statement(head + colon):
                out.add(s.id)  # "... said in a statement: The ferry will ..." as one
                on = True
            elif announces_statement(s.text):
                on = True
        prev = s
    return frozenset(out)


def _narration_ids(doc: Document, body: set[str]) -> list[str]:
    """The body sentences of ``doc`` that narrate (see the module docstring). Quoted words
    are the analysed direct quotes when the analysis stage ran (a quote spanning several
    sentences is known whole), otherwise the spans between quote marks."""
    text = doc.article.text
    direct = sorted((q for q in doc.analysis.quotes if q.direct), key=lambda q: (q.start, q.end)) \
        if doc.analysis else []
    quotes = QuoteSpans([(q.start, q.end) for q in direct]) if doc.analysis else None
    out = []
    pasted = pasted_statement_ids(doc)
    for s in doc.sentences:
        if s.id not in body or not is_clause(s.text) or s.id in pasted:
            continue
        if quotes is None:
            if unquoted_words(s.text) >= MIN_NARRATION_WORDS:
                out.append(s.id)
            continue
        pieces, _, hit = quotes.split(text, s.start, s.end)
        if hit:
            pieces = unattributed(text, s.start, s.end, [direct[k] for k in hit])
        keys = norm_key(" ".join(pieces)).split()
        if len(" ".join(pieces).split()) < MIN_NARRATION_WORDS:
            continue
        if hit and sum(k not in STOPWORDS for k in keys) < MIN_NARRATION_CONTENT:
            continue
        out.append(s.id)
    return out


def unattributed(text: str, start: int, end: int, quotes: Sequence[Quote]) -> list[str]:
    """The pieces of ``text[start:end]`` outside its quotes and outside their attribution
    (each quote's speaker and cue spans: "the transport ministry", "said"). Two outlets
    quoting one statement write the same attribution ("…," the ministry said in a
    statement): that is the quote's, not narration either outlet copied."""
    cut = sorted(
        (max(a, start), min(b, end))
        for q in quotes
        for a, b in ((q.start, q.end), q.speaker_span or (0, 0), q.cue_span or (0, 0))
        if a < end and start < b
    )
    out, pos = [], start
    for a, b in cut:
        if a > pos:
            out.append(text[pos:a])
        pos = max(pos, b)
    out.append(text[pos:end])
    return out


def unquoted_words(sentence: str) -> int:
    """Words of ``sentence`` outside quote marks. A closed pair of marks is a quote. A mark
    left over opens a quote that runs past the sentence's end (a quoted paragraph goes on)
    or closes one begun in an earlier sentence: the words on its quoted side do not count.
    A straight mark closes when it follows a word ("…core," he said), else it opens."""
    t = _QUOTED.sub(" ", sentence.strip()).strip()
    for i, ch in enumerate(t):
        if ch in _CLOSERS or (ch == '"' and i and not t[i - 1].isspace()):
            t = t[i + 1 :]  # closes a quote begun earlier: the narration follows it
        elif ch in _OPENERS:
            t = t[:i]  # opens a quote that runs on: the narration came before it
        else:
            continue
        break
    return len(t.split())


def _without_notes(docs: Sequence[Document], alignments: Sequence[Alignment]) -> list[Alignment]:
    """The groups without the sentences of editor's notes and disclaimers (block "note":
    ``rules/boilerplate.NOTE_LABEL``), a group left with one article dropped: an outlet's
    stock note under two of its stories is no shared text, neither copying nor evidence
    of one story (s8 held-out report: HuffPost's note read as "1 copied sentence of
    narration")."""
    notes = {s.id for d in docs for s in d.sentences if s.block == "note"}
    if not notes:
        return list(alignments)
    out = []
    for al in alignments:
        kept = tuple(sid for sid in al.sentences if sid not in notes)
        if len(kept) == len(al.sentences):
            out.append(al)
        elif len({sid.partition(":s")[0] for sid in kept}) >= 2:
            copies = tuple(c for c in (tuple(x for x in core if x not in notes) for core in al.copies) if len(c) > 1)
            out.append(replace(al, sentences=kept, copies=copies))
    return out


def _grouped(docs: Sequence[Document], alignments: Sequence[Alignment]) -> dict[str, set[str]]:
    """Per article, its sentences in aligned groups (one per article a group)."""
    grouped: dict[str, set[str]] = {d.id: set() for d in docs}
    for al in alignments:
        for a, sid in {sid.partition(":s")[0]: sid for sid in al.sentences}.items():
            grouped.setdefault(a, set()).add(sid)
    return grouped


def _shared(n: int) -> str:
    return "no sentence" if n == 0 else f"only {n} sentence{'' if n == 1 else 's'}"


# What kept an article with little shared text in the story (``findings.coverage.story_ties``'s
# KEPT_* values), as the explanation says it.
KEPT_WORDING = {
    "words": "many of the same words",
    "fact": "a name, quote or figure in common",
    "group": "",  # its few aligned sentences: nothing more to say
}


def story_warning(prov: Provenance, docs: Sequence[Document], alignments: Sequence[Alignment],
                  off: Collection[str], kept: Mapping[str, str | None] | None = None,
                  strays: Collection[str] = (), events: Collection[str] = (),
                  early: Collection[str] = (), late: Collection[str] = (),
                  counts: Collection[str] = (), persons: Collection[str] = (),
                  things: Collection[str] = (), groups: Sequence[Collection[str]] = ()) -> Provenance:
    """``prov`` with its low-overlap warning split by the coverage analysis: the articles
    in ``off`` (off the story: ``findings.coverage.off_story``) keep the warning "may not
    be about the same story"; the others that share fewer than :data:`STORY_FLOOR`
    sentences tell the story in their own words, which ``explanation`` says (not a
    warning: a warning on most same-story pages teaches the reader to ignore it), with
    what kept each in the story (``kept``: ``findings.coverage.story_ties``; a shared
    fact when not given). The articles of ``off`` also in ``strays``
    (``findings.coverage.story_strays``) share names or figures with the others, but no
    quote and none of their lead actors: the warning says that of them; those also in
    ``events`` (``findings.coverage.story_event_strays``) lead with an actor of the story
    but tell, in their headline and first sentence, none of what the others' ledes say
    happened (``findings.coverage._tells_another_event``); those in ``early``
    (``findings.coverage.story_early_strays``) were published before all the others, more
    than ``stories``' window before each; those in ``late``
    (``findings.coverage.story_late_strays``) were published after all the others, more
    than that window after each, and date what they tell weeks after the others' event (or,
    with no dates to say so, whose text alone sets what they tell weeks after it: s27);
    those in ``counts`` (``findings.coverage.story_count_strays``) were published that long
    after all the others and count what the others' ledes count with figures of their own;
    those of ``events`` also in ``persons`` (``findings.coverage.story_person_strays``) write
    what the others' ledes say happened in their first sentence, but of a person none of the
    others names (``findings.coverage._done_to_another``), and those in ``things``
    (``findings.coverage.story_thing_strays``) write a word of it there, but of a thing of
    their own (``findings.coverage._told_of_its_own``): the warning says that of them.
    ``groups`` (``findings.coverage.story_parts``): the groups the kept articles fall into
    when no tie joins one to another, two stories or more run as one; the warning lists
    each group's articles, so that the reader sees the split."""
    if not prov.warning and not off and len(groups) < 2:
        return prov
    kept = kept or {}
    grouped = _grouped(docs, _without_notes(docs, alignments))
    low = [d for d in docs if len(grouped[d.id]) < STORY_FLOOR]
    # off the story: those with few shared sentences, and (s18) those with more that were
    # published weeks before all the others (findings.coverage.story_early_weighed)
    away = [d for d in docs if d.id in off]
    own = [d for d in low if d.id not in off]
    warning = None
    if away and len(away) == len(docs):
        n = max(len(g) for g in grouped.values())
        where = "found in both" if len(docs) == 2 else "found in any two of them"
        warning = (
            f"these articles share {_shared(n)} and little else (no quote or telling figure, "
            f"and at most two main names, {where}): they may not be about the same story"
        )
    elif away:
        plain = [d for d in away if d.id not in strays]
        stray = [d for d in away if d.id in strays]
        parts = []
        if plain:
            parts.append(
                f"{'this article shares' if len(plain) == 1 else 'these articles share'} fewer than "
                f"{STORY_FLOOR} sentences and little else (no quote or telling figure, and at most two "
                "main names) with the others "
                f"and may not be about the same story: {_listed(plain, grouped)}"
            )
        from .corpus.cluster_types import DEFAULT_OPTIONS
        from .dates import parse_published

        days = f"{DEFAULT_OPTIONS.window_days:g}"
        # the date says nothing of an undated other: "any of them" would claim it does
        dated = "" if all(parse_published(d.article.published).utc for d in docs if d.id not in early) \
            else " that is dated"
        # (s18) an early piece that shares more sentences than the floor, in loose paraphrase:
        # its own lead, as "no quote and fewer than ... sentences" is not true of it
        many = [d for d in stray if d.id in early and len(grouped[d.id]) >= STORY_FLOOR]

        def by_date(d: Document) -> bool:
            # the dates decide (findings.coverage._published_apart): it and two others dated
            return bool(parse_published(d.article.published).utc) and sum(
                bool(parse_published(e.article.published).utc) for e in docs if e is not d) >= 2

        if many:
            one = len(many) == 1
            parts.append(
                f"{'this article shares' if one else 'these articles share'} at most one closely "
                "matching sentence with the others, which share quotes or sentences among themselves, "
                f"and {'it was' if one else 'they were'} published more than {days} days before any "
                f"of them{dated}: {'it' if one else 'they'} may be about another event: {_listed(many, grouped)}"
            )
            stray = [d for d in stray if d not in many]
        for these, how in (([d for d in stray if d.id not in events and d.id not in early and d.id not in late
                             and d.id not in counts],
                             "{its} headline and lede name none of the people or organisations the "
                             "others name prominently"),
                            ([d for d in stray if d.id in events and d.id not in early and d.id not in persons
                              and d.id not in things],
                             "{its} headline and first sentence have none of the words the others' "
                             "headlines and ledes tell what happened with"),
                            ([d for d in stray if d.id in events and d.id in persons and d.id not in early],
                             "{its} first sentence tells what the others' ledes say happened, but of "
                             "a person none of them names"),
                            ([d for d in stray if d.id in events and d.id in things and d.id not in early],
                             "{its} first sentence writes a word of what the others' ledes say happened, "
                             "but of a thing of its own that none of them tells"),
                            ([d for d in stray if d.id in early],
                             f"{{it_was}} published more than {days} days before any of them{dated}"),
                            ([d for d in stray if d.id in late and d.id not in early and by_date(d)],
                             f"{{it_was}} published more than {days} days after any of them{dated} and "
                             "{its} text dates what it tells weeks after what they tell"),
                            # (s27) undated: its text alone says so (findings.coverage._says_it_follows)
                            ([d for d in stray if d.id in late and d.id not in early and not by_date(d)],
                             "{its} text dates what it tells weeks after what they tell"),
                            ([d for d in stray if d.id in counts and d.id not in early and d.id not in late],
                             f"{{it_was}} published more than {days} days after any of them{dated} and "
                             "{its} lede counts what their ledes count with figures none of them gives")):
            if not these:
                continue
            one = len(these) == 1
            how = how.format(its="its" if one else "their", it_was="it was" if one else "they were")
            # (s18) an early piece is named whatever quote it shares (its speaker's repeated
            # line): "no quote" is said only of the others, for whom it was checked
            no_quote = "" if these[0].id in early else "no quote and "
            parts.append(
                f"{'this article shares' if one else 'these articles share'} {no_quote}fewer than "
                f"{STORY_FLOOR} sentences with the others, which share quotes or sentences among "
                f"themselves, and {how}: {'it' if one else 'they'} "
                "may be about another "
                f"event: {_listed(these, grouped)}"
            )
        warning = "; ".join(parts)
    if len(split := [[d for d in docs if d.id in g] for g in groups]) >= 2:
        # (s26) two stories or more run as one: each article is tied to its own group's,
        # none to another group's, so no article is off on its own
        listed = " and ".join(f"[{_listed(g, grouped)}]" for g in split)
        said = (f"the articles fall into {len(split)} groups that share no closely matching "
                "sentence, no quote or telling figure, and at most two main names, with each other: "
                f"they may be {len(split)} stories run as one: {listed}")
        warning = f"{warning}; {said}" if warning else said

    def why(d: Document) -> str:
        return KEPT_WORDING.get(kept.get(d.id) or "fact", KEPT_WORDING["fact"])

    explanation = prov.explanation
    none_shared = explanation == NO_SHARED  # already says so: not "little shared text" again
    if own and len(own) == len(docs):
        n = max(len(g) for g in grouped.values())
        whys = [w for w in KEPT_WORDING.values() if w and any(why(d) == w for d in own)]
        but = f", but {' or '.join(whys)}" if whys else ""
        if none_shared:
            explanation = f"no shared sentences{but}: likely written independently, no common source"
        else:
            explanation += (f"; little shared text ({_shared(n)} in common){but}: "
                            "likely written independently")
    elif own:
        names = ", ".join(f"{d.id} ({d.article.outlet}, {len(grouped[d.id])} shared"
                          f"{'; ' + why(d) if why(d) else ''})" for d in own)
        said = "likely written independently" if none_shared else \
            "little shared text with the others (likely written independently)"
        explanation += f"; {said}: {names}"
    return replace(prov, warning=warning, explanation=explanation)


def _listed(docs: Sequence[Document], grouped: dict[str, set[str]]) -> str:
    return ", ".join(f"{d.id} ({d.article.outlet}, {len(grouped[d.id])} shared)" for d in docs)


def _warning(docs: Sequence[Document], grouped: dict[str, set[str]]) -> str | None:
    """One line when some or all articles share fewer than STORY_FLOOR sentences."""
    low = [d for d in docs if len(grouped[d.id]) < STORY_FLOOR]
    if not low:
        return None
    if len(low) == len(docs):
        n = max(len(g) for g in grouped.values())
        shared = "no sentence" if n == 0 else f"only {n} sentence{'' if n == 1 else 's'}"
        return (
            f"these articles share {shared}: they may not be about the same story, or tell "
            f"it in their own words; there is little to compare (fewer than {STORY_FLOOR} "
            "shared sentences)"
        )
    names = ", ".join(
        f"{d.id} ({d.article.outlet}, {len(grouped[d.id])} shared)" for d in low
    )
    return (
        f"{'this article shares' if len(low) == 1 else 'these articles share'} fewer than "
        f"{STORY_FLOOR} sentences with the others and may not be about the same story: {names}"
    )
