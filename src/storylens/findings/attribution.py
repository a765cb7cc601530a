"""Attribution of one speaker across the whole story (a ``framing`` finding).

"Vell claimed" in one outlet where every other outlet writes "Vell said" frames the same
speaker, whether or not the two sentences align. Speakers come from the quote analysis
(:mod:`storylens.analysis.quotes`, through ``Document.analysis.quotes``) and are matched
by surname key (:func:`storylens.findings.quotes.speaker_key`). Also compared: a
sensational verb ("took a dig at", "slammed") in the quote's sentence, and relative
clauses ("protesters, who claim to be farmers" vs "villagers who say they are farmers").

Not a doubt marker: standard legal and procedural wording. A speaker that is a legal actor
or document ("prosecutors allege", "the indictment alleges") is skipped (AP Stylebook,
*allege*: the required word for an unproven charge).
"""

from __future__ import annotations

import re

from ..models import Finding, Sentence
from ..normalize import content_stems
from ..rules.attribution import (
    CULPABILITY,
    DOUBT,
    NEUTRAL,
    SENSATIONAL_PHRASES,
    cue_class,
    cue_lemma,
)
from ..rules.loaded_terms import LEGAL_CONTEXT
from .common import FindingContext
from .linking import Linker
from .quotes import same_speaker, speaker_key

LOADED = (DOUBT, CULPABILITY, "sensational")
# Across a story only the verbs that plainly judge the statement count. Left out, with
# the dev pair that showed why: "allege" (the ordinary verb for making an accusation,
# "the minister alleged that ..."), "maintain"/"contend"/"assert" (also "kept saying"),
# "deny" (reports a denial that happened). Aligned sentences still compare them all.
STORY_LEMMAS = frozenset({"claim", "insist", "purport", "admit", "confess", "concede"})
BODY = frozenset({"paragraph", "standfirst"})
# The confidence of each rule here is its calibrated value (rules/confidence.json); the
# link score of the two statements is evidence, shown in detail["score"].
RULE = "framing.story.attribution"
RELATIVE_RULE = "framing.story.relative_clause"
_SENSATIONAL = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in SENSATIONAL_PHRASES) + r")\b", re.IGNORECASE
)
_REL = re.compile(
    r"\b([A-Za-z][\w-]+),?\s+who\s+(claim|claims|claimed|insist|insists|insisted|"
    r"allege|alleges|alleged|say|says|said|admit|admits|admitted)\s+"
    r"(?=to\b|they\b|that\b|he\b|she\b|it\b)",
    re.IGNORECASE,
)
# Speakers whose doubt verbs are procedure, not framing ("prosecutors allege").
LEGAL_SPEAKERS = LEGAL_CONTEXT | frozenset(
    "filing filings documents papers affidavit petition ruling statement".split()
)

Use = tuple[Sentence, tuple[int, int, str], str]  # sentence, (start, end, word), class


def _legal(speaker: str) -> bool:
    return any(w.lower().strip("'’s") in LEGAL_SPEAKERS for w in speaker.split())


def _uses_by_speaker(
    ctx: FindingContext,
) -> tuple[dict[str, dict[str, list[Use]]], dict[str, set[str]]]:
    """Speaker key -> article -> attributions; and key -> the speaker names as written."""
    out: dict[str, dict[str, list[Use]]] = {}
    names: dict[str, set[str]] = {}
    for d in ctx.docs:
        text = d.article.text
        for q in ctx.quotes(d.id):
            if not q.speaker or not q.cue or not q.cue_span or _legal(q.speaker):
                continue
            key = speaker_key(q.speaker)
            cls = cue_class(q.cue)
            if not key or cls is None:
                continue
            if cls in (DOUBT, CULPABILITY) and cue_lemma(q.cue) not in STORY_LEMMAS:
                cls = "other"
            s = ctx.sentence_at(d.id, q.cue_span[0])
            if s is None or s.block not in BODY:
                continue
            use: Use = (s, (q.cue_span[0], q.cue_span[1], text[q.cue_span[0] : q.cue_span[1]]), cls)
            hot = _SENSATIONAL.search(text, s.start, s.end)
            if hot:
                use = (s, (hot.start(), hot.end(), hot.group()), "sensational")
            known = next((k for k in out if same_speaker(k, key)), key)
            out.setdefault(known, {}).setdefault(d.id, []).append(use)
            names.setdefault(known, set()).add(q.speaker)
    return out, names


def find_attribution(ctx: FindingContext, linker: Linker | None = None) -> list[Finding]:
    """One finding per speaker and loaded verb: the outlet(s) that use it against the
    outlets that attribute the same speaker only neutrally."""
    linker = linker or Linker(ctx)
    out: list[Finding] = []
    by_speaker, names = _uses_by_speaker(ctx)
    for key, per in by_speaker.items():
        if len(per) < 2:
            continue
        neutral = {a: us for a, us in per.items() if all(u[2] == NEUTRAL for u in us)}
        for y, uses in per.items():
            loaded = [u for u in uses if u[2] in LOADED]
            if not loaded or y in neutral:
                continue
            by_lemma: dict[str, list[Use]] = {}
            for u in loaded:
                by_lemma.setdefault(cue_lemma(u[1][2]) or u[1][2].lower(), []).append(u)
            for _lemma, us in by_lemma.items():
                xs, best = [], 0.0
                for xus in neutral.values():
                    # the speaker's own name links every sentence about them: left out
                    ignore = frozenset(content_stems(" ".join(names[key])))
                    pick = max(
                        ((uy, ux, linker.score(uy[0], ux[0], ignore)) for uy in us for ux in xus),
                        key=lambda t: t[2],
                    )
                    if pick[2] <= 0:
                        continue  # the same speaker on another statement: not comparable
                    xs.append(pick)
                    best = max(best, pick[2])
                if xs:
                    out.append(_finding(ctx, key, xs, best))
    out.extend(_relative_clauses(ctx, linker))
    return out


def _finding(ctx: FindingContext, key: str, picks: list, score: float) -> Finding:
    from .framing import _finding as framing_finding

    ys = list({p[0][0].id: (p[0][0], p[0][1]) for p in picks}.values())
    xs = [(p[1][0], p[1][1]) for p in picks]
    cls = picks[0][0][2]
    kind = "sensational_verb" if cls == "sensational" else "attribution_verb"
    f = framing_finding(ctx, kind, xs, ys, cls, RULE)
    return Finding(
        type="framing",
        sentences=f.sentences,
        summary=f.summary.replace("for the same statement", f"for {_speaker_name(ctx, picks)}"),
        detail=dict(f.detail, score=round(score, 3), speaker=key, scope="story"),
        confidence=f.confidence,
        spans=f.spans,
    )


def _speaker_name(ctx: FindingContext, picks: list) -> str:
    s = picks[0][1][0]
    for q in ctx.quotes(s.article):
        if q.cue_span and s.start <= q.cue_span[0] < s.end and q.speaker:
            return q.speaker
    return "the same speaker"


def _relative_clauses(ctx: FindingContext, linker: Linker) -> list[Finding]:
    """ "protesters, who claim to be farmers" against "villagers who say they are
    farmers" in a sentence about the same thing."""
    from .framing import _finding as framing_finding

    uses: dict[str, list[Use]] = {}
    for d in ctx.docs:
        text = d.article.text
        for s in d.sentences:
            if s.block not in BODY:
                continue
            for m in _REL.finditer(text, s.start, s.end):
                if _legal(m.group(1)):
                    continue
                cls = cue_class(m.group(2))
                if cls in (DOUBT, CULPABILITY) and cue_lemma(m.group(2)) not in STORY_LEMMAS:
                    continue
                if cls:
                    uses.setdefault(d.id, []).append((s, (m.start(2), m.end(2), m.group(2)), cls))
    out = []
    for y, us in uses.items():
        for uy in us:
            if uy[2] not in (DOUBT, CULPABILITY):
                continue
            xs, best = [], 0.0
            for x, xus in uses.items():
                if x == y or any(u[2] in (DOUBT, CULPABILITY) for u in xus):
                    continue
                cands = [(ux, linker.score(uy[0], ux[0])) for ux in xus if ux[2] == NEUTRAL]
                cands = [c for c in cands if c[1] > 0]
                if cands:
                    ux, sc = max(cands, key=lambda c: c[1])
                    xs.append((ux[0], ux[1]))
                    best = max(best, sc)
            if xs:
                f = framing_finding(ctx, "attribution_verb", xs, [(uy[0], uy[1])], uy[2],
                                    RELATIVE_RULE)
                out.append(
                    Finding(
                        type="framing",
                        sentences=f.sentences,
                        summary=f.summary.replace("for the same statement", "in a relative clause"),
                        detail=dict(f.detail, score=round(best, 3), scope="story"),
                        confidence=f.confidence,
                        spans=f.spans,
                    )
                )
    return out
