"""``omission`` and ``addition``: what most outlets carry but one leaves out, and what
only one outlet carries.

Only body sentences count (paragraphs and standfirsts): every desk rewrites headlines.
A sentence that an alignment missed but that shares most of its content words with
the fact is treated as covering it (favouring precision over recall).
"""

from __future__ import annotations

import re

from ..models import Finding, Sentence
from ..normalize import content_stems
from .common import FindingContext, sentence_span, short

# Only paragraphs count: headlines, standfirsts and headings are rewritten by every desk,
# so their absence says nothing about coverage.
COVERAGE_BLOCKS = frozenset({"paragraph"})
MIN_CARRIERS = 3  # a fact must be in at least this many articles ...
MIN_SHARE = 2 / 3  # ... and in at least this share of them to call its absence an omission
MIN_UNIQUE = 2  # an addition is at least this many unique body sentences
MIN_WORDS = 6  # shorter sentences (datelines, captions, "Read more") are not content
COVERED = 0.5  # content-stem overlap at which an unaligned sentence still covers a fact
ADDITION_ANCHOR_COVERED = 0.6  # names and numbers another outlet's sentence repeats
ANCHOR_COVERED = 0.4  # share of a fact's names and numbers one sentence must repeat


_END = re.compile(r"[.!?…][\"'”’)\]]*\s*$|[\"”’]\s*$")


def _body(s: Sentence) -> bool:
    """A body sentence: in a paragraph, long enough, and ending like a sentence (menu
    lines, bylines and leftover captions rarely end with a full stop)."""
    return (
        s.block in COVERAGE_BLOCKS
        and len(s.text.split()) >= MIN_WORDS
        and bool(_END.search(s.text))
    )


_ANCHOR = re.compile(r"\d[\w.,-]*\w|\d|(?<![.!?]\s)(?<!^)\b[A-Z][\w'’-]+")


def anchors(text: str) -> set[str]:
    """Numbers and capitalised words after the first: the parts of a fact any retelling
    keeps ("14-million-crown", "Dragunov", "2023")."""
    return {a.lower() for a in _ANCHOR.findall(text.strip())}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _covered(stems: set[str], doc_stems: list[set[str]]) -> bool:
    return any(_overlap(stems, d) >= COVERED for d in doc_stems)


def find_omissions(ctx: FindingContext) -> list[Finding]:
    """One finding per article that leaves out facts most other articles carry."""
    n = len(ctx.docs)
    if n < MIN_CARRIERS + 1:
        return []
    stems = {sid: set(content_stems(s.text)) for sid, s in ctx.sentences.items()}
    doc_stems = {d.id: [stems[s.id] for s in d.sentences] for d in ctx.docs}
    omitted: dict[str, list[dict]] = {d.id: [] for d in ctx.docs}
    anchor_sets = {sid: anchors(s.text) for sid, s in ctx.sentences.items()}
    for gi, al in enumerate(ctx.alignments):
        sents = [ctx.sentences[sid] for sid in al.sentences if sid in ctx.sentences]
        sents = [s for s in sents if _body(s)]
        carriers = {s.article for s in sents}
        if len(carriers) < MIN_CARRIERS or len(carriers) < MIN_SHARE * n:
            continue
        src = ctx.provenance.source if ctx.provenance else None
        rep = next((s for s in sents if s.article == src), sents[0])
        keys = anchors(rep.text)
        if not keys:
            continue  # nothing a paraphrase must keep: absence cannot be shown
        for d in ctx.docs:
            if d.id in carriers or _covered(stems[rep.id], doc_stems[d.id]):
                continue
            need = max(1, ANCHOR_COVERED * len(keys))
            if any(len(keys & anchor_sets[s.id]) >= need for s in d.sentences):
                continue  # one sentence keeps the names and numbers: a missed paraphrase
            omitted[d.id].append(
                {
                    "group": gi,
                    "sentence": rep.id,
                    "text": rep.text,
                    "carried_by": sorted(ctx.outlet(a) for a in carriers),
                    "share": round(len(carriers) / n, 2),
                }
            )
    out = []
    for aid, facts in omitted.items():
        if not facts:
            continue
        outlet = ctx.outlet(aid)
        k = len(facts)
        what = "a point" if k == 1 else f"{k} points"
        summary = (
            f"{outlet} leaves out {what} most other outlets carry, e.g. "
            f"'{short(facts[0]['text'], 70)}'"
        )
        sids = tuple(f["sentence"] for f in facts)
        out.append(
            Finding(
                type="omission",
                sentences=sids,
                summary=summary,
                detail={"article": aid, "outlet": outlet, "omits": facts},
                confidence=round(min(0.9, 0.6 + 0.1 * (n - MIN_CARRIERS)), 2),
                spans=tuple(sentence_span(ctx.sentences[s]) for s in sids),
            )
        )
    return out


def find_additions(ctx: FindingContext) -> list[Finding]:
    """One finding per article carrying at least ``MIN_UNIQUE`` body sentences that no
    other article has (and that share the story: the article aligns somewhere)."""
    if len(ctx.docs) < 2:
        return []
    stems = {sid: set(content_stems(s.text)) for sid, s in ctx.sentences.items()}
    anchor_sets = {sid: anchors(s.text) for sid, s in ctx.sentences.items()}
    out = []
    for d in ctx.docs:
        shares_story = any(
            len(
                {
                    ctx.sentences[x].article
                    for x in ctx.alignments[g].sentences
                    if x in ctx.sentences
                }
            )
            > 1
            for g in {ctx.group_of.get(s.id) for s in d.sentences} - {None}
        )
        if not shares_story:
            continue
        others = [stems[s.id] for o in ctx.docs if o.id != d.id for s in o.sentences]
        other_anchors = [anchor_sets[s.id] for o in ctx.docs if o.id != d.id for s in o.sentences]
        unique = []
        for s in d.sentences:
            if not _body(s):
                continue
            al = ctx.group(s.id)
            if (
                al is not None
                and len({ctx.sentences[x].article for x in al.sentences if x in ctx.sentences}) > 1
            ):
                continue
            if _covered(stems[s.id], others):
                continue
            keys = anchor_sets[s.id]
            if len(keys) >= 2 and any(
                len(keys & a) >= ADDITION_ANCHOR_COVERED * len(keys) for a in other_anchors
            ):
                continue  # another outlet repeats its names and numbers: a paraphrase
            unique.append(s)
        if len(unique) < MIN_UNIQUE:
            continue
        outlet = ctx.outlet(d.id)
        sids = tuple(s.id for s in unique)
        out.append(
            Finding(
                type="addition",
                sentences=sids,
                summary=(
                    f"Only {outlet} carries {len(unique)} sentences no other outlet has, "
                    f"starting '{short(unique[0].text, 70)}'"
                ),
                detail={
                    "article": d.id,
                    "outlet": outlet,
                    "count": len(unique),
                    "texts": [s.text for s in unique],
                },
                # with two articles "only one carries it" is weaker evidence (paraphrases the
                # aligner missed look unique), so it ranks lower
                confidence=(0.7 if len(unique) >= 3 else 0.6)
                - (0.1 if len(ctx.docs) == 2 else 0.0),
                spans=tuple(sentence_span(s) for s in unique),
            )
        )
    return out
