"""``quote_changed`` of kind ``speaker``: the same quoted words given to two people.

In an aligned sentence pair (verbatim or edited: the outlets tell one sentence), a direct
quote with the same words (``norm_key``) whose written speakers are two different named
people ("Morrow said Quist was "unfit"" / "Quist said Morrow was "unfit"") says who said
it differently: a change of meaning, reported under ``quote_changed.meaning`` with
``detail["change"] = "speaker"``. Not when:

* either speaker is written as a pronoun, a relative "who" or a description (the quote
  extractor's resolution of "he" may be wrong, and "a spokesman" names nobody);
* the two names can be one person (``quotes.same_speaker`` on surname keys, and
  ``analysis.names.same_name`` on link keys: "Ana Lund" / "Lund", "A. Lund" / "Ana Lund";
  one given name before two spellings of one surname: "Piet Dalgaard" / "Piet Dahlgaard");
  or the name_variant finder's clusters (``names.name_clusters``) join them: a surname
  alone in one outlet's spelling ("Korvescu said") where the story names "Radu Korvescu"
  and another outlet "Radu Corvescu" is the one lawmaker spelled two ways (invented dev
  t183, session 31). Two given names of two people before one surname ("Ana Lund" /
  "Ion Lund", siblings) stay two speakers where each article names both, unless those
  clusters join them; two outlets' given names alone tell no two people apart ("Kasia" /
  "Katarzyna", "Councillor Lundqvist" / "Ana Lundqvist": review31q);
* one side quotes the other speaker quoting it (``Lund said Morrow had called the plan
  "unfit"`` / ``Morrow called the plan "unfit"``): the other side's name with a cue of its
  own stands between the speaker's cue and the quote.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from itertools import combinations

from ..analysis.names import link_key, romanised, same_name
from ..analysis.quotes import find_cues
from ..models import Finding, Quote
from ..normalize import norm_key
from ..rules.attribution import PRONOUNS
from ..rules.quote_changes import DESCRIPTION, WHY
from ..rules.titles import KNOWN_GIVEN_NAMES, ORG_HEADS
from ..rules.words import HONORIFICS, ORG_WORDS
from .common import FindingContext, spans_over
from .confidence import rule_confidence
from .names import name_clusters
from .quotes import _given_words, _one_given, given_names_apart, same_speaker, speaker_key

RULE = "quote_changed.meaning"
# Fewest words the shared quote must hold: one quoted word ("unfit") is a scare quote
# as often as a statement, but two outlets giving it to two people is still a change of
# who said it; a single character is no quote.
MIN_QUOTE_CHARS = 3
# Words after the other speaker's name searched for a cue of their own (a quote of a
# quote: "Lund said Morrow had called the plan …").
INNER_CUE_WORDS = 4


def find_speaker_swaps(ctx: FindingContext) -> list[Finding]:
    """One finding per pair of aligned sentences quoting the same words from two people."""
    out: list[Finding] = []
    seen: set[tuple] = set()  # a quote over two sentences meets its twin in two alignments
    for al in ctx.alignments:
        # copies only: in a paraphrase group, its copied cores (Alignment.copies)
        pairs = (p for core in (al.copies if al.kind == "paraphrase" else (al.sentences,))
                 for p in combinations(core, 2))
        for sa, sb in pairs:
            a, b = ctx.sentences.get(sa), ctx.sentences.get(sb)
            if a is None or b is None or a.article == b.article:
                continue
            for qa in _quotes_in(ctx, a.article, sa):
                for qb in _quotes_in(ctx, b.article, sb):
                    key = tuple(sorted([(a.article, qa.start), (b.article, qb.start)]))
                    if key in seen:
                        continue
                    seen.add(key)
                    f = _swap(ctx, (a.article, qa), (b.article, qb))
                    if f is not None:
                        out.append(f)
    return out


def _quotes_in(ctx: FindingContext, aid: str, sid: str) -> list[Quote]:
    return [q for q in ctx.quotes(aid) if q.direct and sid in q.sentences]


def _written(ctx: FindingContext, aid: str, q: Quote) -> tuple[int, int] | None:
    """Where the speaker is written as a person's name in its sentence, or None: not a
    pronoun, "who", a description, a role the tagger resolved to a name ("the governor"
    -> Ana Lund: only the words written here count, and they name no one), nor a company
    or body ("Vella Ferries said": the name analysis does not read it as a person)."""
    if not q.speaker:
        return None
    doc = ctx.documents.get(aid)
    if doc is None:
        return None
    span = q.speaker_span
    if span is None:
        # a partial quote inside a reported clause ("said Quist was "unfit""): the
        # clause's written speaker; a speaker carried over from an earlier quote is not
        # written here, so it is not read as named
        host = _host(ctx, aid, q)
        if host is None or host.speaker != q.speaker:
            return None
        span = host.speaker_span
    text = doc.article.text[span[0] : span[1]]
    written = text.split()
    if not written or written[0].lower() in PRONOUNS or written[0].lower() == "who":
        return None

    key = speaker_key(q.speaker)
    if key is None:
        return None  # not a surname: "a harbour official"
    if key not in _words(text) and speaker_key(text) != key:
        return None  # the surname is not written here: a resolved role ("the governor")
    if not _person(doc, span, text):
        return None
    return span


def _host(ctx: FindingContext, aid: str, q: Quote) -> Quote | None:
    """The reported quote whose clause holds the partial quote ``q``, if any."""
    return next(
        (h for h in ctx.quotes(aid)
         if not h.direct and h.speaker_span and h.start <= q.start and q.end <= h.end),
        None,
    )


def _person(doc, span: tuple[int, int], text: str) -> bool:
    """Whether the written speaker can be a person: no name the analysis
    (:mod:`analysis.names`) reads over ``span`` is an organisation, place or nationality,
    and the name does not end in an organisation or company word (``ORG_WORDS``,
    ``rules/titles.ORG_HEADS``: the written words are checked too, since an all-capitals
    sentence can leave the span without a name). A company quoted where another
    outlet names its spokesperson is no misattribution worth a finding."""
    ents = [e for e in (doc.analysis.entities if doc.analysis else ())
            if e.start < span[1] and span[0] < e.end]
    if any(e.kind in ("org", "place", "norp") for e in ents):
        return False
    words = [norm_key(w) for w in text.split()]
    last = words[-1] if words else ""
    # (a sector noun after an honorific or a known given name is a surname, as the name
    # analysis reads it: "Dr. Ana Lines", "Tom Works")
    return last not in ORG_WORDS and (last not in ORG_HEADS or words[0] in HONORIFICS
                                      or len(words) == 2 and words[0] in KNOWN_GIVEN_NAMES)


def _same_person(x: str, y: str) -> bool:
    kx, ky = speaker_key(x), speaker_key(y)
    if kx is None or ky is None:
        return True  # not both names: nothing to tell apart
    if kx in _words(y) or ky in _words(x):
        # one side's surname is a word of the other's name: a family name written first
        # ("Xi Jinping" / "President Xi"), a double-barrelled one ("Ana Lund-Quist" / "Ana
        # Lund"); "Jon Morrow" / "Ana Quist" share none
        return True
    return (same_speaker(kx, ky) or same_name(link_key(x), link_key(y))
            or _spelled_two_ways(x, y, kx, ky))


def _one_person(ctx: FindingContext, na: tuple[str, Quote, tuple[int, int]],
                nb: tuple[str, Quote, tuple[int, int]]) -> bool:
    """Whether the two written speakers can be one person: the name_variant finder's
    clusters join a name each may stand for (:func:`_clustered`: two spellings of one name,
    "Corvescu" / "Korvescu"), or, unless both are written with given names of two people
    (``quotes.given_names_apart``: "Ana Corvescu" / "Ion Corvescu", siblings) and each
    article names both (:func:`_named_apart`), :func:`_same_person` on the names as
    written. Two names the story writes apart (one article names both "Marek" and
    "Malek") are two clusters, so two speakers."""
    (aid, qa, wa), (bid, qb, wb) = na, nb
    if _clustered(ctx, (aid, wa), (bid, wb)):
        return True
    if given_names_apart(qa.speaker, qb.speaker) and _named_apart(
            ctx, (aid, qa.speaker), (bid, qb.speaker)):
        return False
    return _same_person(qa.speaker, qb.speaker)


def _named_apart(ctx: FindingContext, x: tuple[str, str], y: tuple[str, str]) -> bool:
    """Whether each of the two articles (``x``, ``y``: article id, written speaker) writes
    both speakers' given names before their surname, as the names of two people ("Irina
    Dalvescu and her brother Petru Dalvescu"): each outlet tells its reader of two people
    and gives the words to another one. Two outlets' given names alone tell no two people
    apart: a short form ("Kasia" / "Katarzyna Wrobeska"), initials ("J.P." /
    "Jean-Pierre"), a name order ("Liang Mei" / "Mei Liang") or a title the word lists
    lack ("Councillor Lundqvist" / "Ana Lundqvist") is one person written two ways, and
    one article's full name and later title ("Ana Lundqvist ... Councillor Lundqvist
    said") is one person too; a speaker change is a claim worse to get wrong than to miss
    (review31q)."""
    gx, gy = _given_words(x[1]), _given_words(y[1])
    keys = {k for k in (speaker_key(x[1]), speaker_key(y[1])) if k}
    for aid in dict.fromkeys((x[0], y[0])):
        d = ctx.documents.get(aid)
        # a name the tagger left unsure ("other": "her brother Petru Dalvescu") counts,
        # its surname being a speaker's
        names = {g for e in (d.analysis.entities if d is not None and d.analysis else ())
                 if e.kind in ("person", "other") and (k := speaker_key(e.text))
                 and any(same_speaker(k, s) for s in keys) and (g := _given_words(e.text))}
        if not any(_one_given(g, gx) and _one_given(h, gy) and not _one_given(g, h)
                   for g in names for h in names):
            return False
    return True


def _clustered(ctx: FindingContext, na: tuple[str, tuple[int, int]],
               nb: tuple[str, tuple[int, int]]) -> bool:
    """Whether a name each written speaker may stand for is in one cluster of
    ``names.name_clusters`` (the clusters name_variant reports from: one entity spelled
    two ways). A speaker stands for the names the analysis reads over its written span
    and, for a surname alone ("Corvescu said"), every full name of that surname its
    article writes ("Radu Corvescu", "Mihai Corvescu"): either may be the one meant."""
    group, full = ctx.per_story("quote_speaker_clusters", _speaker_clusters)
    ga = {group[n] for n in _stands_for(ctx, na, full) if n in group}
    return bool(ga) and any(group.get(n) in ga for n in _stands_for(ctx, nb, full))


def _speaker_clusters(ctx: FindingContext) -> tuple[dict[tuple[str, str], int],
                                                    dict[tuple[str, str], set[str]]]:
    """(article, name key) -> its cluster's index in ``names.name_clusters``; and
    (article, surname key) -> the full-name keys of persons its article writes with that
    surname last. Once per story."""
    groups, _, _ = name_clusters(ctx)
    group: dict[tuple[str, str], int] = {}
    full: dict[tuple[str, str], set[str]] = {}
    for i, g in enumerate(groups):
        for art, e in g:
            group.setdefault((art, e.key), i)
            words = e.key.split()
            if len(words) > 1 and e.kind == "person":
                full.setdefault((art, words[-1]), set()).add(e.key)
    return group, full


def _stands_for(ctx: FindingContext, node: tuple[str, tuple[int, int]],
                full: dict[tuple[str, str], set[str]]) -> set[tuple[str, str]]:
    art, (lo, hi) = node
    doc = ctx.documents.get(art)
    ents = [e for e in (doc.analysis.entities if doc is not None and doc.analysis else ())
            if e.key and e.start < hi and lo < e.end and e.kind in ("person", "other")]
    out = {(art, e.key) for e in ents}
    for e in ents:
        if " " not in e.key:
            out |= {(art, k) for k in full.get((art, e.key), ())}
    return out


def _spelled_two_ways(x: str, y: str, kx: str, ky: str) -> bool:
    """One given name before two spellings of one surname ("Piet Dalgaard" / "Piet
    Dahlgaard", invented dev d46, session 16): the surnames' letters alike as
    ``quotes.same_speaker`` reads them (SPEAKER_SIMILARITY), whatever their first three
    letters (same_speaker holds only within one bucket of them, for the quote linking's
    look-up). Two people of one given name have surnames further apart ("Piet Dalgaard" /
    "Piet Lindqvist")."""
    from .quotes import SPEAKER_SIMILARITY

    gx = [w for w in x.split() if w[:1].isupper()]
    gy = [w for w in y.split() if w[:1].isupper()]
    if len(gx) < 2 or len(gy) < 2 or norm_key(gx[-2]) != norm_key(gy[-2]):
        return False
    a, b = romanised(kx), romanised(ky)
    return min(len(a), len(b)) >= 5 and SequenceMatcher(
        None, a, b, autojunk=False).ratio() >= SPEAKER_SIMILARITY


def _words(name: str) -> set[str]:
    """The capitalised words of a name, hyphenated parts apart, as ``norm_key`` keys."""
    return {norm_key(w) for w in re.split(r"[\s,-]+", name) if w[:1].isupper()} - {""}


def _quotes_other(ctx: FindingContext, aid: str, q: Quote, other: str) -> bool:
    """Whether ``other``'s surname, with a cue of its own a few words after it, stands
    before the quote in its sentence: ``q``'s speaker reports ``other``'s words ("Lund
    said Morrow had called the plan "unfit"")."""
    doc = ctx.documents.get(aid)
    words = [w for w in other.split(",")[0].split() if w[:1].isupper()]
    if doc is None or not words or not q.sentences:
        return False
    first = ctx.sentences.get(q.sentences[0])
    if first is None:
        return False
    text = doc.article.text
    name = re.compile(rf"\b{re.escape(words[-1])}\b")
    for m in name.finditer(text, first.start, q.start):
        # a participle too: "recalled Morrow saying the quay was …"
        for c0, _, _ in find_cues(text, m.end(), q.start, finite_only=False):
            if len(text[m.end() : c0].split()) <= INNER_CUE_WORDS:
                return True
            break
    return False


def _shares(ctx: FindingContext, aid: str, q: Quote, written: tuple[int, int],
            other: str) -> bool:
    """Whether ``other``'s surname stands in the quote's sentence outside the quote's own
    clause: ``q``'s speaker shares the act with ``other`` ("Like Morrow, Quist called it
    "unfit"", "Quist and Morrow called it …", "… "unfit", as Morrow did", "…, echoing
    Morrow"), so the sentence gives the words to both. The quote's own clause (from the
    cue to the quote, and on to the next comma or the sentence's end) is where the words
    are about someone ("Quist said Morrow was "unfit"", "called the quay "unfit" for
    Morrow's ferries"): a name there is the object of speech, not a second speaker."""
    doc = ctx.documents.get(aid)
    words = [w for w in other.split(",")[0].split() if w[:1].isupper()]
    if doc is None or not words or not q.sentences:
        return False
    first, last = ctx.sentences.get(q.sentences[0]), ctx.sentences.get(q.sentences[-1])
    if first is None or last is None:
        return False
    cue = q.cue_span
    if cue is None:
        host = _host(ctx, aid, q)
        cue = host.cue_span if host is not None else None
    if cue is None:
        return False  # no cue to tell the clause by: read nothing as shared
    text = doc.article.text
    lo, hi = min(cue[0], q.start), max(cue[1], q.end)
    stop = re.compile(r"[,;:]").search(text, hi, last.end)
    hi = stop.start() if stop else last.end
    name = re.compile(rf"\b{re.escape(words[-1])}\b")
    for m in name.finditer(text, first.start, last.end):
        if lo <= m.start() < hi or written[0] <= m.start() < written[1]:
            continue
        return True
    return False


def _swap(ctx: FindingContext, na: tuple[str, Quote], nb: tuple[str, Quote]) -> Finding | None:
    (aid, qa), (bid, qb) = na, nb
    wa, wb = _written(ctx, aid, qa), _written(ctx, bid, qb)
    if wa is None or wb is None:
        return None
    ka, kb = norm_key(qa.text), norm_key(qb.text)
    if len(ka) < MIN_QUOTE_CHARS or len(kb) < MIN_QUOTE_CHARS:
        return None
    if ka != kb:
        return None
    if _one_person(ctx, (aid, qa, wa), (bid, qb, wb)):
        return None
    if _quotes_other(ctx, aid, qa, qb.speaker) or _quotes_other(ctx, bid, qb, qa.speaker):
        return None
    if _shares(ctx, aid, qa, wa, qb.speaker) or _shares(ctx, bid, qb, wb, qa.speaker):
        return None
    oa, ob = ctx.label(aid), ctx.label(bid)
    summary = (
        f"{oa} quotes {qa.speaker} as saying '{qa.text.strip().rstrip(',;:')}'; {ob} gives the same "
        f"words to {qb.speaker} ({DESCRIPTION['speaker']})."
    )
    spans = tuple(sp for q in (qa, qb) for sp in spans_over(ctx, q.sentences, q.start, q.end))
    sentences = tuple(dict.fromkeys((*qa.sentences, *qb.sentences)))
    return Finding(
        type="quote_changed",
        sentences=sentences,
        summary=summary,
        detail={
            "speaker": None,
            "a": {"article": aid, "outlet": ctx.outlet(aid), "quote": qa.text,
                  "speaker": qa.speaker, "articles": [aid]},
            "b": {"article": bid, "outlet": ctx.outlet(bid), "quote": qb.text,
                  "speaker": qb.speaker, "articles": [bid]},
            "diff": [],
            "changed_words": 0,
            "change": "speaker",
            "meaningful": True,
            "explanation": (
                f"meaning: {DESCRIPTION['speaker']} ('{qa.speaker}' / '{qb.speaker}'): "
                f"{WHY['speaker']}"
            ),
            "rule": RULE,
            "score": 1.0,
        },
        confidence=rule_confidence(RULE),
        spans=spans,
    )
