"""``shared_source``: articles that carry one wire text, with the share copied and the
credit lines that admit it.

The overlap comes from the provenance stage (``provenance.overlap[a][b]``: share of a's
body sentences aligned with some sentence of b). When provenance names a likely source,
each other article is compared with that source only (five copies of one wire story are
four findings, not ten); otherwise every pair is looked at once. The copied share counts
only verbatim and edited alignments, so a paraphrased retelling is not called a copy.
Credits are the cleaner's ``Article.credits`` plus credit forms it does not record:
datelines ("PORT VELLA (CPA) —", "(Reuters) -"), "X contributed to this report",
"— Outlet with X" sign-offs and bylines naming an agency among the removed lines.
"""

from __future__ import annotations

import re

from ..models import Article, Finding
from ..normalize import norm_key
from .common import BODY_BLOCKS, FindingContext, sentence_span

# Provenance overlap (either direction) at or above which two articles may share a text.
MIN_OVERLAP = 0.5
# And the share of either side's body sentences that are verbatim or edited copies.
# Checked on the demo corpus: the three wire rewrites copy 55-80%, the independently
# reported Free Voice 36% (a few wire lines it shortened); the semeval same-story pairs,
# none of which share a wire text, reach at most 20%.
MIN_COPIED = 0.4
# Sentences listed per finding (the first copied pairs in text order).
MAX_SENTENCES = 6
# Credit forms in the article text. Group 1 is the credited name.
CREDIT_PATTERNS: tuple[re.Pattern[str], ...] = (
    # dateline: "PORT VELLA, Nov. 18 (CPA) —", "LONDON (Reuters) -"
    re.compile(r"^[^\n]{0,80}?\(([A-Z][A-Za-z&.\- ]{0,38}[A-Za-z.])\)\s*[-\u2014\u2013]", re.M),
    # "— National Courier with CPA", "- with AFP"
    re.compile(r"^[-\u2014\u2013]\s*(?:[^\n]{0,60}?\s)?with\s+([A-Z][\w&.\-]{0,30}(?:\s+[A-Z][\w&.\-]{0,30}){0,3})\s*$", re.M),
    # "(Reporting by Jane Doe; editing by ...)" names people, not the agency: not a credit;
    # bylines "By Jane Doe, Continental Press Agency" (removed by the cleaner)
    re.compile(r"^By\s+[^,\n]{2,60},\s*([A-Z][\w&.\-]{0,30}(?:\s+[A-Z][\w&.\-]{0,30}){0,3}\s+"
               r"(?:Press|Agency|Wire|News Service|Newswire)(?:\s+Agency)?)\s*$", re.M),
)


def find_shared_source(ctx: FindingContext) -> list[Finding]:
    """One finding per article that copies much of another's (the source's) text."""
    prov = ctx.provenance
    if prov is None or len(ctx.docs) < 2:
        return []
    ids = [d.id for d in ctx.docs]
    if prov.source in ctx.documents:
        pairs = [(prov.source, x) for x in ids if x != prov.source]
    else:
        pairs = [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
    out = []
    for src, copy in pairs:
        f = _pair_finding(ctx, src, copy)
        if f is not None:
            out.append(f)
    return out


# "Continental Press Agency contributed to this report.": found from the fixed words, the
# name read back from them in a window of CREDIT_WINDOW characters. (A name pattern tried
# at every capital of the text backtracked over runs with no spaces: quadratic.)
CONTRIBUTED = re.compile(r"\scontributed to this (?:report|story)")
CONTRIBUTOR = re.compile(r"(?<![\w&.\-])([A-Z][\w&.\-]{0,30}(?:\s+[A-Z][\w&.\-]{0,30}){0,5})\Z")
CREDIT_WINDOW = 200


def credits_of(article: Article) -> list[str]:
    """Agencies and outlets an article credits, the cleaner's list first."""
    found = list(article.credits)
    texts = [article.text, *(r.text for r in article.removed)]
    for text in texts:
        names = [m.group(1) for pat in CREDIT_PATTERNS for m in pat.finditer(text)]
        for m in CONTRIBUTED.finditer(text):
            head = CONTRIBUTOR.search(text[max(0, m.start() - CREDIT_WINDOW) : m.start()])
            if head:
                names.append(head.group(1))
        for raw in names:
            name = " ".join(raw.split()).rstrip(".")
            if name and len(name) <= 40 and not _same_credit(name, found):
                found.append(name)
    return found


def _pair_finding(ctx: FindingContext, src: str, copy: str) -> Finding | None:
    prov = ctx.provenance
    assert prov is not None
    ov_copy = prov.overlap.get(copy, {}).get(src, 0.0)
    ov_src = prov.overlap.get(src, {}).get(copy, 0.0)
    if max(ov_copy, ov_src) < MIN_OVERLAP:
        return None
    pairs = _copied_pairs(ctx, src, copy)
    body = [s for s in ctx.documents[copy].sentences if s.block in BODY_BLOCKS]
    copied = len({b for _, b in pairs}) / len(body) if body else 0.0
    body_src = [s for s in ctx.documents[src].sentences if s.block in BODY_BLOCKS]
    copied_src = len({a for a, _ in pairs}) / len(body_src) if body_src else 0.0
    if max(copied, copied_src) < MIN_COPIED:
        return None
    cred_src = credits_of(ctx.documents[src].article)
    cred_copy = credits_of(ctx.documents[copy].article)
    both = [c for c in cred_copy if _same_credit(c, cred_src)]
    o_src, o_copy = ctx.outlet(src), ctx.outlet(copy)
    summary = (f"{o_copy} shares {round(100 * copied)}% of its sentences word for word or "
               f"lightly edited with {o_src}")
    extra = [c for c in cred_copy if c not in both]
    if both:
        summary += f"; both credit {', '.join(both)}"
        if extra:
            summary += f"; {o_copy} also credits {', '.join(extra)}"
    elif cred_copy:
        summary += f"; {o_copy} credits {', '.join(cred_copy)}"
    elif cred_src:
        summary += f"; only {o_src} credits {', '.join(cred_src)}"
    else:
        summary += "; neither credits an agency"
    summary += "."
    sids: list[str] = []
    for a, b in pairs[:MAX_SENTENCES]:
        sids.extend([a, b])
    confidence = min(1.0, 0.6 + max(copied, copied_src) / 2)
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
        },
        confidence=round(confidence, 3),
        spans=tuple(sentence_span(ctx.sentence(s)) for s in sids[:2]),
    )


def _copied_pairs(ctx: FindingContext, src: str, copy: str) -> list[tuple[str, str]]:
    """(source sentence, copy sentence) for verbatim / edited groups holding both."""
    out = []
    for al in ctx.alignments:
        a = next((s for s in al.sentences if s.startswith(src + ":s")), None)
        b = next((s for s in al.sentences if s.startswith(copy + ":s")), None)
        if not (a and b) or ctx.sentence(b).block not in BODY_BLOCKS:
            continue
        if al.kind == "paraphrase":
            # the group's weakest link is a paraphrase; this pair may still be a copy
            edited = any({d.a, d.b} == {a, b} for d in al.diffs)
            if not edited and norm_key(ctx.sentence(a).text) != norm_key(ctx.sentence(b).text):
                continue
        out.append((a, b))
    out.sort(key=lambda p: int(p[1].partition(":s")[2]))
    return out


def _same_credit(name: str, others: list[str]) -> bool:
    """"CPA" and "Continental Press Agency" are one credit (an initialism of the other)."""
    for o in others:
        if name.lower() == o.lower():
            return True
        for short, long in ((name, o), (o, name)):
            initials = "".join(w[0] for w in long.split() if w[:1].isupper())
            if short.isupper() and short == initials:
                return True
    return False
