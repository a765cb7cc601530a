"""``framing``: aligned sentences that describe the same statement or referent with
differently charged words.

Three signals, each from a data table:

* the attribution verb: neutral ("said", "told") in one outlet, doubt-casting
  ("claimed", "insisted") or culpability ("admitted", "denied") in another
  (:mod:`storylens.rules.attribution`);
* a doubt hedge ("alleged", "so-called") in one outlet only;
* loaded terms for one referent ("regime" vs "government", "riot" vs "protest"),
  from :mod:`storylens.rules.loaded_terms`.
"""

from __future__ import annotations

import re

from ..analysis.quotes import find_cues
from ..models import Finding, Sentence
from ..rules.attribution import (
    CULPABILITY,
    DOUBT,
    DOUBT_MARKERS,
    ENDORSING,
    NEUTRAL,
    SENSATIONAL_PHRASES,
    cue_class,
    cue_lemma,
)
from ..rules.loaded_terms import NOT_TERMS, TERM_FORMS
from .common import FindingContext, span

LOADED_CLASSES = (DOUBT, CULPABILITY)
CONFIDENCE = {"edited": 0.85, "verbatim": 0.85, "paraphrase": 0.7}
# Endorsing verbs ("explained", "noted") vs "said" is a weak signal: kept below the
# default min_finding_confidence (0.5) so it shows only when asked for.
ENDORSING_CONFIDENCE = 0.45
# Outlets named in a summary before the rest are counted (the detail keeps every one).
MAX_OUTLETS_NAMED = 4
_SENSATIONAL = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in SENSATIONAL_PHRASES) + r")\b", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _cues(s: Sentence, text: str) -> list[tuple[int, int, str, str]]:
    out = []
    for a, b, form in find_cues(text, s.start, s.end):
        cls = cue_class(form)
        if cls:
            out.append((a, b, form, cls))
    return out


def _markers(s: Sentence, text: str) -> list[tuple[int, int, str]]:
    return [
        (m.start(), m.end(), m.group())
        for m in _WORD.finditer(text, s.start, s.end)
        if m.group().lower() in DOUBT_MARKERS
    ]


def _terms(s: Sentence, text: str) -> dict[str, list[tuple[int, int, str, str, int]]]:
    """set name -> [(start, end, surface, base term, charge)] found in ``s``."""
    words = list(_WORD.finditer(text, s.start, s.end))
    out: dict[str, list] = {}
    i = 0
    while i < len(words):
        hit = None
        if i + 1 < len(words):
            two = (words[i].group() + " " + words[i + 1].group()).lower()
            if two in NOT_TERMS:
                i += 2
                continue
            if two in TERM_FORMS:
                hit = (words[i].start(), words[i + 1].end(), two, 2)
        if hit is None and words[i].group().lower() in TERM_FORMS:
            hit = (words[i].start(), words[i].end(), words[i].group().lower(), 1)
        if hit is None:
            i += 1
            continue
        a, b, form, width = hit
        name, base, charge = TERM_FORMS[form]
        # a capitalised term inside a name ("Taliban Government", "Rally Road") is a name
        if not (text[a].isupper() and a > s.start):
            out.setdefault(name, []).append((a, b, text[a:b], base, charge))
        i += width
    return out


def find_framing(ctx: FindingContext) -> list[Finding]:
    """One finding per alignment group and differing word, naming every outlet on each
    side."""
    out: list[Finding] = []
    text_of = {d.id: d.article.text for d in ctx.docs}
    for al in ctx.alignments:
        sents = [ctx.sentences[sid] for sid in al.sentences if sid in ctx.sentences]
        if len({s.article for s in sents}) < 2:
            continue
        conf = CONFIDENCE.get(al.kind, 0.7)
        cues = {s.id: _cues(s, text_of[s.article]) for s in sents}
        out.extend(_verb_framing(ctx, sents, cues, conf))
        out.extend(_marker_framing(ctx, sents, cues, text_of, conf))
        out.extend(_term_framing(ctx, sents, text_of, conf))
        out.extend(_sensational_framing(ctx, sents, cues, text_of, conf))
    return out


def _verb_framing(ctx, sents, cues, conf) -> list[Finding]:
    """Neutral verb in some outlets, a doubt / culpability (or endorsing) verb in others."""
    neutral = [
        s
        for s in sents
        if cues[s.id]
        and all(c[3] == NEUTRAL for c in cues[s.id][:1])
        and not any(c[3] in LOADED_CLASSES for c in cues[s.id])
    ]
    if not neutral:
        return []
    neutral_lemmas = {cue_lemma(c[2]) for s in neutral for c in cues[s.id]}
    by_lemma: dict[str, list[tuple[Sentence, tuple]]] = {}
    for s in sents:
        if s in neutral:
            continue
        cs = cues[s.id]
        if not cs or cs[0][3] not in (*LOADED_CLASSES, ENDORSING):
            continue  # the main (first) attribution verb is not a charged one
        c = cs[0]
        lemma = cue_lemma(c[2])
        if lemma in neutral_lemmas:
            continue
        by_lemma.setdefault(lemma or c[2], []).append((s, c))
    out = []
    for items in by_lemma.values():
        cls = items[0][1][3]
        c_conf = conf if cls in LOADED_CLASSES else ENDORSING_CONFIDENCE
        side_x = [(s, next(c for c in cues[s.id] if c[3] == NEUTRAL)) for s in neutral]
        out.append(_finding(ctx, "attribution_verb", side_x, items, cls, c_conf))
    return out


def _marker_framing(ctx, sents, cues, text_of, conf) -> list[Finding]:
    """A doubt hedge ("alleged", "so-called") in some outlets only."""
    marked: dict[str, list] = {}
    plain = []
    for s in sents:
        cue_starts = {c[0] for c in cues[s.id]}
        ms = [m for m in _markers(s, text_of[s.article]) if m[0] not in cue_starts]
        if ms:
            marked.setdefault(ms[0][2].lower(), []).append((s, ms[0]))
        else:
            plain.append(s)
    if not plain or not marked:
        return []
    out = []
    for word, items in marked.items():
        ys = _names(ctx, [s for s, _ in items])
        xs = _names(ctx, plain)
        sy, sx = _names(ctx, [s for s, _ in items], MAX_OUTLETS_NAMED), \
            _names(ctx, plain, MAX_OUTLETS_NAMED)
        out.append(
            Finding(
                type="framing",
                sentences=tuple(s.id for s in plain) + tuple(s.id for s, _ in items),
                summary=f"{sy} {'calls' if len(items) == 1 else 'call'} it '{word}' where "
                f"{sx} {'states' if len(plain) == 1 else 'state'} it without a hedge.",
                detail={
                    "kind": "doubt_hedge",
                    "class": DOUBT,
                    "a": {"articles": [s.article for s in plain], "outlets": xs, "word": None},
                    "b": {"articles": [s.article for s, _ in items], "outlets": ys, "word": word},
                },
                confidence=round(conf - 0.1, 2),
                spans=tuple(span(s, m[0], m[1]) for s, m in items),
            )
        )
    return out


def _sensational(s: Sentence, text: str) -> tuple[int, int, str] | None:
    m = _SENSATIONAL.search(text, s.start, s.end)
    return (m.start(), m.end(), m.group()) if m else None


def _sensational_framing(ctx, sents, cues, text_of, conf) -> list[Finding]:
    """ "said" in some outlets, "slammed" / "took a swipe at" in others."""
    hot = {s.id: _sensational(s, text_of[s.article]) for s in sents}
    neutral = [
        (s, cues[s.id][0])
        for s in sents
        if hot[s.id] is None and cues[s.id] and cues[s.id][0][3] == NEUTRAL
    ]
    loud = [(s, hot[s.id]) for s in sents if hot[s.id] is not None]
    if not neutral or not loud:
        return []
    return [_finding(ctx, "sensational_verb", neutral, loud, "sensational", conf)]


def _term_framing(ctx, sents, text_of, conf) -> list[Finding]:
    """Terms of one equivalence set with different charge (one of them loaded)."""
    terms = {s.id: _terms(s, text_of[s.article]) for s in sents}
    out = []
    names = sorted({n for t in terms.values() for n in t})
    for name in names:
        having = [s for s in sents if name in terms[s.id]]
        if len({s.article for s in having}) < 2:
            continue
        all_bases = {s.id: {t[3] for t in terms[s.id][name]} for s in having}
        loaded: dict[str, list] = {}
        calm: list = []
        for s in having:
            others = set().union(*(all_bases[o.id] for o in having if o.article != s.article))
            hot = [t for t in terms[s.id][name] if t[4] == 2 and t[3] not in others]
            if hot:
                loaded.setdefault(hot[0][3], []).append((s, hot[0]))
            elif all(t[4] < 2 for t in terms[s.id][name]):
                calm.append((s, min(terms[s.id][name], key=lambda t: t[4])))
        if not calm:
            continue
        for items in loaded.values():
            out.append(_finding(ctx, "loaded_term", calm, items, name, conf))
    return out


def _names(ctx, sents, limit: int | None = None) -> str:
    """Outlets of ``sents`` in an English list; with ``limit``, past that many only the
    first three are named and the rest counted (summaries of a 50-outlet story)."""
    names = list(dict.fromkeys(ctx.outlet(s.article) for s in sents))
    if limit is not None and len(names) > limit:
        return ", ".join(names[:3]) + f" and {len(names) - 3} more"
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _finding(ctx, kind, side_x, side_y, cls, conf) -> Finding:
    """``side_x``: the neutral wording; ``side_y``: the charged one; each a list of
    (sentence, (start, end, word, ...))."""
    ox, oy = _names(ctx, [s for s, _ in side_x]), _names(ctx, [s for s, _ in side_y])
    sx = _names(ctx, [s for s, _ in side_x], MAX_OUTLETS_NAMED)
    sy = _names(ctx, [s for s, _ in side_y], MAX_OUTLETS_NAMED)
    word_x, word_y = side_x[0][1][2], side_y[0][1][2]
    ny = len({s.article for s, _ in side_y})
    nx = len({s.article for s, _ in side_x})
    vy, vx = ("writes" if ny == 1 else "write"), ("writes" if nx == 1 else "write")
    if kind in ("attribution_verb", "sensational_verb"):
        summary = f"{sy} {vy} '{word_y}' where {sx} {vx} '{word_x}' for the same statement."
    else:
        summary = f"{sy} {vy} '{word_y}' where {sx} {vx} '{word_x}'."
    return Finding(
        type="framing",
        sentences=tuple(s.id for s, _ in side_x) + tuple(s.id for s, _ in side_y),
        summary=summary,
        detail={
            "kind": kind,
            "class": cls,
            "a": {"articles": [s.article for s, _ in side_x], "outlets": ox, "word": word_x},
            "b": {"articles": [s.article for s, _ in side_y], "outlets": oy, "word": word_y},
        },
        confidence=round(conf, 2),
        spans=tuple(span(s, w[0], w[1]) for s, w in (*side_x, *side_y)),
    )
