"""The story warning's reading of a later act of the story's own actors (s41).

A piece about another event of the same actors or places shares their names and setting, so
who it names cannot tell it from a follow-up. What happened can: the piece's lede tells an act
of its own, and it says so itself where it sets that news beside the story's event, weeks
before it ("The incident comes just over two weeks after the collapse of a loading ramp at the
terminal"; "The vote came two weeks after the chamber passed the pension reform"). A follow-up
of the story's event (a hearing on the same collapse, an inquiry, the funerals) tells that
event, or what it was done to, in its own lede; a report of the event that recalls an earlier
one sets the event itself beside it ("The collapse comes three months after a porter died").

Called from ``findings.coverage._stray``; it reads that module's readings of the others'
event (:func:`coverage._their_event` and the functions around it).
"""

from __future__ import annotations

import re
from collections import Counter

from ..normalize import content_stems
from ..rules import coverage as RC
from .common import FindingContext


def sets_its_news_beside_theirs(ctx: FindingContext, a: str, others: list[str]) -> bool:
    """Whether article ``a``, published weeks after every other dated article
    (``coverage._postdates``), tells a later act of its own that it sets beside their event:

    1. a sentence of it juxtaposes its own news with an earlier event, an interval beyond
       ``stories``' window before "after" (``rules/coverage.JUXTAPOSED_AFTER``: "The vote
       came two weeks after ...");
    2. the clause after "after" recalls their event (:func:`_recalled_words`): it writes what
       happened or what it was done to, or :data:`MIN_RECALLED_WORDS` words that the ledes of
       two others write, "the" or not ("the collapse of a loading ramp", "the chamber passed
       the government's pension reform"); so the news it sets beside it is a later act, even
       one of their event's kind ("The vote came two weeks after ...");
    3. its headline and first sentence tell none of what their first sentences tell happened
       (:func:`_tight_core`), nor what its own clause recalls, nor a toll where theirs kills or
       hurts, nor an event by a noun alone (``rules/story_warning.INCIDENT_NOUN_STEMS``: "over
       the ramp disaster"), nor what follows an event (``FOLLOW_UP_STEMS``: "opened an
       investigation into the failure of the loading ramp"), nor what their event was done to
       (:func:`_names_their_things`), nor the people their ledes name
       (:func:`_names_their_people`);
       and the rest of its lede, up to that juxtaposition, tells none of what the clause
       recalls happened (:func:`_lede_tells_theirs`).

    A piece on another event weeks later meets the others in actors and setting ("An Isles Link
    ferry", "Brannock City Police sent its dog unit"), not in what happened; a follow-up of
    their event (a hearing on the same collapse, an inquiry into the death, the funerals) tells
    it, its toll or its people in its lede. (s41: session 40's held-out t285, t286, t289 and dev
    d290, another act of the story's own operator, parliament, town or dog unit each, were
    kept: one by the ship's operator read as what the collapse was done to, one by a vote of its
    own, one by its mayor's two statements, one by a lede naming no actor.)"""
    from . import coverage as C

    if not C._postdates(ctx, a, others):
        return False
    core = C._their_event(ctx, a, others)
    if len(core) < C.MIN_EVENT_WORDS:
        return False
    nouns = C._event_nouns_of(ctx, a, others, core)
    toll = RC.CASUALTY_STEMS if core & RC.CASUALTY_STEMS else frozenset()
    objects = C._their_objects(ctx, a, core)
    signature = _lede_signature(ctx, others)
    d = ctx.documents[a]
    text = " ".join([d.article.title or ""] + [s.text for s in C._body_of(d)])
    window = C._window_days()
    for m in C._LONG_INTERVAL.finditer(text):
        if C._interval_days(m) <= window or not C._juxtaposed_at(text, m):
            continue
        words = " ".join(m.group("rest").split()[:C.LONG_INTERVAL_WORDS])
        recalled = _recalled_words(words, core, core | nouns | toll, objects, signature)
        if recalled is None:
            continue
        acts, things = recalled
        if _first_tells_theirs(ctx, a, others, core, acts | things) or _names_their_things(ctx, a, objects):
            return False
        return not _lede_tells_theirs(ctx, a, core, acts, m.start())
    return False


def _first_tells_theirs(ctx: FindingContext, a: str, others: list[str], core: frozenset[str],
                        recalled: frozenset[str]) -> bool:
    """Whether article ``a``'s headline or first body sentence tells the others' event (as
    :func:`sets_its_news_beside_theirs` reads it, 3.): what their first sentences tell
    happened or its noun, what ``a``'s own juxtaposition recalls of it (``recalled``), a toll or
    its aftermath where theirs kills or hurts, an event by its noun alone, what follows an event
    (an inquiry, a hearing, a charge) or their people."""
    from ..rules.story_warning import FOLLOW_UP_STEMS, INCIDENT_NOUN_STEMS
    from . import coverage as C

    tight = _tight_core(ctx, a, others, core) or core
    toll = RC.CASUALTY_STEMS | RC.AFTERMATH_STEMS if core & RC.CASUALTY_STEMS else frozenset()
    stems = C._first_stems(ctx, a)
    return bool(stems & (tight | toll | recalled | INCIDENT_NOUN_STEMS | FOLLOW_UP_STEMS)
                or C._event_noun_stems(stems, tight) or _names_their_people(ctx, a, others))


def _names_their_things(ctx: FindingContext, a: str, objects: frozenset[str]) -> bool:
    """Whether article ``a``'s headline and first body sentence write ``coverage.MIN_OBJECT_WORDS``
    of what the others' event was done to (``objects``: ``coverage._their_objects``) in
    lower-case words: "asked the high court to quash the licence ... for its copper mine" beside
    "approved a licence for Kestrel Metals to open a copper mine" (review20a's challenge, a
    reaction to the approval). Not by a name: the ledes' words after an event word may be its
    agent's ("operated by Isles Link", t285's ferry operator, whose other ferry's breakdown is
    another event)."""
    from . import coverage as C

    d = ctx.documents[a]
    first = C._body_of(d)[:1]
    text = " ".join([d.article.title or ""] + [s.text for s in first])
    stems = {s for w in C._TOKENS.findall(text) if w[:1].islower() for s in content_stems(w)}
    return len(stems & objects) >= C.MIN_OBJECT_WORDS


# Words of the others' ledes that a juxtaposition's clause must write, where it writes none of
# what happened, to recall their event: two (one meets any event of the same place by chance,
# "the foundry"; the pension reform's "pension" and "reform", the dog's "police" and "dog").
MIN_RECALLED_WORDS = 2


def _names_their_people(ctx: FindingContext, a: str, others: list[str]) -> bool:
    """``coverage._names_their_people`` without the names that are places: one a text writes in
    capitals, as a dateline does ("DRAVNIK - A 7-kilometre bypass ..."), one that the name reader
    types a place only, and a word of a name that ``a`` gives a place or an organisation. A
    residents' group's name ("Quiet Dravnik") made the town a person, so the town's bypass named
    the people of the court's order (t289)."""
    from . import coverage as C

    groups = C.name_clusters(ctx)[0]
    aside = C._place_names(ctx) | C._weak_names(ctx)[0]
    people = {i for i, group in enumerate(groups) if i not in aside
              and any(e.kind == "person" for _, e in group)
              and not any(e.text.isupper() and len(e.text) > 3 for _, e in group)}
    leads = C._lead_names(ctx)
    seen: Counter[int] = Counter(i for b in others for i in leads.get(b, frozenset()) & people)
    theirs = [i for i, n in seen.items() if n >= 2]
    first = C._first_body_id(ctx, a)
    if not theirs or first is None:
        return False
    d = ctx.documents[a]
    written = {re.sub(r"['’]s$", "", t.lower())
               for t in C._TOKENS.findall(" ".join([d.article.title or "", ctx.sentences[first].text]))}
    # a word of a name it gives a place or an organisation of its own is no person's ("A tram
    # line through Brell" beside "Residents' group Quiet Brell", read as a person)
    written -= {t.lower() for group in groups if not any(e.kind == "person" for _, e in group)
                for art, e in group if art == a for t in C._TOKENS.findall(e.text)}
    if any(t.lower() in written for i in theirs for _, e in groups[i] for t in C._TOKENS.findall(e.text)):
        return True
    return bool(written & C._their_posts(ctx, a, [groups[i] for i in theirs]))


def _recalled_words(clause: str, core: frozenset[str], acts: frozenset[str], objects: frozenset[str],
                    signature: frozenset[str]) -> tuple[frozenset[str], frozenset[str]] | None:
    """How ``clause`` (a juxtaposition's first words after "after") recalls the others' event:
    the stems it writes of what happened (``acts``: their event words, nouns and toll, or a noun
    of one of ``core``) and those of what it was done to (``objects``); ``None`` where it recalls
    nothing, neither what happened nor :data:`MIN_RECALLED_WORDS` words their ledes share
    (``signature``). Lower-case words only: a name recalls actors, not the event."""
    from .coverage import _event_noun_stems

    stems = {s for w in clause.split() if w[:1].islower() for s in content_stems(w)}
    told = frozenset(stems & acts | _event_noun_stems(stems, core))
    if not told and len(stems & signature) < MIN_RECALLED_WORDS:
        return None
    return told, frozenset(stems & objects)


def _lede_signature(ctx: FindingContext, others: list[str]) -> frozenset[str]:
    """The stems of lower-case words that the headline and lede (``coverage.LEDE`` sentences)
    of at least two of ``others`` write: what their reports share beyond names."""
    from .coverage import LEDE, _body_of

    seen: Counter[str] = Counter()
    for b in others:
        d = ctx.documents[b]
        texts = [d.article.title or ""] + [s.text for s in _body_of(d)[:LEDE]]
        seen.update({s for t in texts for w in t.split() if w[:1].islower() for s in content_stems(w)})
    return frozenset(w for w, n in seen.items() if n >= 2)


def _tight_core(ctx: FindingContext, a: str, others: list[str], core: frozenset[str]) -> frozenset[str]:
    """Of their event words (``core``, read from their ledes), those the headline and first
    sentence of at least two of ``others`` write (``coverage._first_event_words``): what their
    reports lead with. A lede's background line gives words of another sense ("Parliamentary
    records show" beside a defence budget's "record", t286)."""
    from .coverage import _first_event_words

    first = ctx.per_story("story_first_event_words", _first_event_words)
    seen: Counter[str] = Counter(w for b in others for w in first.get(b, frozenset()))
    return frozenset(w for w, n in seen.items() if n >= 2) & core


def _lede_tells_theirs(ctx: FindingContext, a: str, core: frozenset[str], acts: frozenset[str],
                       upto: int) -> bool:
    """Whether article ``a``'s lede after its first sentence (up to ``coverage.LEDE``
    sentences), read up to offset ``upto`` of its joined headline and body (the
    juxtaposition), tells what its own juxtaposition recalls happened (``acts``, or a noun of
    one), or a toll where their event kills or hurts: "He said he took responsibility for the
    collapse" below a chief executive's resignation. A word of their event's kind told of its
    own news stays its own ("with several opposition deputies voting with the coalition", a
    defence budget's vote beside a pension vote's stolen button, t286)."""
    from . import coverage as C

    toll = RC.CASUALTY_STEMS | RC.AFTERMATH_STEMS if core & RC.CASUALTY_STEMS else frozenset()
    d = ctx.documents[a]
    head = len(d.article.title or "") + 1
    body = C._body_of(d)
    at = head + sum(len(s.text) + 1 for s in body[:1])
    for s in body[1:C.LEDE]:
        if at >= upto:
            break
        stems = set(content_stems(s.text[:max(0, upto - at)]))
        if stems & (acts | toll) or C._event_noun_stems(stems, acts & core):
            return True
        at += len(s.text) + 1
    return False


def one_speakers_two_lines(ctx: FindingContext, a: str, b: str) -> bool:
    """Whether the quote tie of articles ``a`` and ``b`` (``coverage._quote_tie``) is only one
    speaker's two statements: each pair of their direct quotes that meets as
    ``coverage._quotes_meet`` reads it has one speaker on both sides (the same surname) and
    shares fewer than ``coverage.COVERED`` of the longer quote's stems, and ``shared_quote``
    matches none. A town's mayor praising a bypass ("the biggest investment in Dravnik since
    the foundry was built") and, weeks before, defending the foundry ("the homes were built
    next to a foundry that has stood here since 1958") shares "built", "since" and "foundry",
    half the shorter line: two statements, not one quoted twice (s41, t289). One statement
    quoted by two outlets covers most of the longer too, or is told by two speakers (a
    spokesman's line and its echo are ``coverage._echoed_only``'s)."""
    from ..analysis.names import link_key
    from . import coverage as C
    from .shared_quote import shared_quotes

    da, db = ctx.documents[a], ctx.documents[b]
    if da.analysis is None or db.analysis is None:
        return False

    def surname(speaker: str | None) -> str:
        key = link_key(speaker) if speaker else ""
        return key.split()[-1] if key.split() else ""

    qa = [(set(content_stems(q.text)), surname(q.speaker)) for q in da.analysis.quotes if q.direct]
    qb = [(set(content_stems(q.text)), surname(q.speaker)) for q in db.analysis.quotes if q.direct]
    met = False
    for x, sx in qa:
        if len(x) < C.MIN_STORY_QUOTE_STEMS:
            continue
        for y, sy in qb:
            n = len(x & y)
            if not ((sx or sy) and n >= C.MIN_STORY_QUOTE_STEMS and n >= C.COVERED * min(len(x), len(y))):
                continue
            if not sx or sx != sy or n >= C.COVERED * max(len(x), len(y)):
                return False
            met = True
    if not met:
        return False
    text = da.article.text
    return not any(len(content_stems(text[q.a.run_start:q.a.run_end])) >= C.MIN_STORY_QUOTE_STEMS
                   for q in shared_quotes(ctx, a, b, ctx.per_story("coverage_quote_tokens", C._new_cache)))


__all__ = ["MIN_RECALLED_WORDS", "one_speakers_two_lines", "sets_its_news_beside_theirs"]
