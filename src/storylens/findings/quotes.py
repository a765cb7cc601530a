"""``quote_changed``: one speaker's direct quote, worded differently by two outlets.

Two direct quotes are the same quote when their speakers agree (surname key) and their
words mostly agree. Differences an editor does not care about are not findings:
quote marks, punctuation, case and US/UK spelling (compared on
:func:`storylens.normalize.norm_key`), a longer or shorter excerpt (changes at either
end), text elided with an ellipsis, and an editor's parenthetical or bracketed insertion.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from ..models import Finding, Quote
from ..normalize import norm_key
from .common import FindingContext, spans_over

MIN_QUOTE_WORDS = 4  # shorter quotes are labels or scare quotes, not statements
MIN_SHARED = 0.6  # share of the shorter quote's words found in the other, in order
MAX_CHANGED = 0.4  # more changed words than this share: two different quotes
MAX_CHANGED_WORDS = 8
# Surname spelling similarity for one speaker: "sarkisian"/"sarkisyan" is 0.89,
# "dragunov"/"dragunoff" 0.82; distinct short surnames ("vell"/"vella") are under the
# 5-letter floor in same_speaker.
SPEAKER_SIMILARITY = 0.8
# A quote whose speaker one outlet does not name ("the head of the church said") links
# to a named one only when it is long and nearly the same words.
UNNAMED_SHARED = 0.7
UNNAMED_WORDS = 6
# Outlets named in a summary before the rest are counted ("a, b, c and 21 more"); the
# same cut as fact_conflict's.
MAX_OUTLETS_NAMED = 4
# Bounds that keep difflib (quadratic or worse) off hostile text: no news quote runs to
# 400 words and no surname to 40 letters; longer ones are not compared (docs/limits.md).
MAX_QUOTE_WORDS = 400
MAX_NAME_CHARS = 40

_SURFACE = re.compile(r"\S+")
# Linear on any text: a match starts only at the start of a whitespace run or at the
# bracket, runs are possessive, and the innermost bracket pair is taken (an unclosed "("
# no longer scans to the end of the text once per "(").
_BRACKETED = re.compile(r"(?:(?<!\s)\s*+|(?=[(\[]))[(\[][^()\[\]]*+[)\]]")
_ELLIPSIS = re.compile(r"\.\s?\.\s?\.|…")  # only searched for: no surrounding \s* to retry
# Spellings of one word an editor treats as the same ("U.S." is already "US" in norm_key).
EQUIVALENT = {
    "united states": "us",
    "the united states": "the us",
    "united kingdom": "uk",
    "per cent": "percent",
    "do not": "don't",
    "does not": "doesn't",
    "did not": "didn't",
    "will not": "won't",
    "cannot": "can't",
    "can not": "can't",
    "is not": "isn't",
    "are not": "aren't",
    "we will": "we'll",
    "i will": "i'll",
    "it is": "it's",
    "we are": "we're",
    "they are": "they're",
    "i am": "i'm",
    "that is": "that's",
    "would not": "wouldn't",
    "should not": "shouldn't",
    "have not": "haven't",
    "okay": "ok",
    "towards": "toward",
    "amongst": "among",
    "whilst": "while",
}
_DESCRIPTIVE = frozenset(
    {
        "the",
        "a",
        "an",
        "one",
        "his",
        "her",
        "their",
        "its",
        "some",
        "another",
        "two",
        "three",
        "several",
        "many",
    }
)
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "jr", "sr", "sen", "rep", "gov", "gen"})


@lru_cache(maxsize=16384)
def speaker_key(speaker: str | None) -> str | None:
    """Surname key: ``"Foreign Minister Rina Vell" -> "vell"``; None for pronouns and
    descriptions ("a spokesman"), which cannot link quotes across outlets."""
    if not speaker:
        return None
    first = speaker.split()[0].lower()
    if first in _DESCRIPTIVE:
        return None  # "the head of the church": a description, not a name
    words = [
        w
        for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", speaker)
        if w[:1].isupper() and w.lower() not in _TITLES
    ]
    if not words:
        return None
    return norm_key(words[-1]).replace("'s", "") or None


@lru_cache(maxsize=16384)
def same_speaker(ka: str, kb: str) -> bool:
    """Surname keys of one person, allowing transliteration variants
    ("sarkisian" / "sarkisyan", "dragunov" / "dragunoff")."""
    if ka == kb:
        return True
    if min(len(ka), len(kb)) < 5 or ka[:3] != kb[:3] or max(len(ka), len(kb)) > MAX_NAME_CHARS:
        return False
    return SequenceMatcher(None, ka, kb).ratio() >= SPEAKER_SIMILARITY


def _words(text: str) -> tuple[list[str], list[str]]:
    sa, ka = _word_keys(text)
    return list(sa), list(ka)


@lru_cache(maxsize=16384)
def _word_keys(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    text = _BRACKETED.sub("", text)  # editor's parentheticals are not the speaker's words
    surface = [w for w in _SURFACE.findall(text)]
    keys = [norm_key(w) for w in surface]
    pairs = [(s, k) for s, k in zip(surface, keys, strict=True) if k]
    return tuple(s for s, _ in pairs), tuple(k for _, k in pairs)


@lru_cache(maxsize=16384)
def _key_counts(text: str) -> Counter[str]:
    return Counter(_word_keys(text)[1])


def _may_match(a: str, b: str) -> bool:
    """Cheap bound before :func:`compare_quotes`: the words two quotes share in order can
    be no more than the words they share at all, so a pair under ``MIN_SHARED`` on the
    multiset overlap is never the same quote."""
    ca, cb = _key_counts(a), _key_counts(b)
    na, nb = sum(ca.values()), sum(cb.values())
    if min(na, nb) < MIN_QUOTE_WORDS:
        return False
    if len(ca) > len(cb):
        ca, cb = cb, ca
    shared = sum(min(n, cb[w]) for w, n in ca.items() if w in cb)
    return shared / min(na, nb) >= MIN_SHARED


def _equivalent(a: str, b: str) -> bool:
    a, b = EQUIVALENT.get(a, a), EQUIVALENT.get(b, b)
    return (
        a == b
        or a.replace("-", "") == b.replace("-", "").replace(" ", "")
        or (a.replace(" ", "") == b.replace(" ", ""))
    )


def _elided(text: str) -> bool:
    return bool(_ELLIPSIS.search(text))


def compare_quotes(a: str, b: str) -> dict | None:
    """Word-level comparison of two quote texts: ``None`` when they are not the same quote,
    else a dict with ``ops`` (interior diff ops) and ``changed`` (changed word count).

    Changes at the ends are trimmed (one outlet quoted more); an empty ``ops`` means no
    change worth reporting.
    """
    cmp = _compare_cached(a, b)
    if cmp is None:
        return None
    # a fresh copy each call: callers put ``ops`` into findings
    return {**cmp, "ops": [dict(op) for op in cmp["ops"]]}


@lru_cache(maxsize=8192)
def _compare_cached(a: str, b: str) -> dict | None:
    # one story repeats the same quote across many outlets: compare each pair of texts once
    sa, ka = _words(a)
    sb, kb = _words(b)
    if min(len(ka), len(kb)) < MIN_QUOTE_WORDS or max(len(ka), len(kb)) > MAX_QUOTE_WORDS:
        return None
    sm = SequenceMatcher(None, ka, kb, autojunk=False)
    shared = sum(bl.size for bl in sm.get_matching_blocks())
    if shared / min(len(ka), len(kb)) < MIN_SHARED:
        return None
    ops = sm.get_opcodes()
    while ops and ops[0][0] != "equal":
        ops = ops[1:]
    while ops and ops[-1][0] != "equal":
        ops = ops[:-1]
    diff = []
    changed = 0
    for tag, i1, i2, j1, j2 in ops:
        if tag == "replace" and _equivalent(" ".join(ka[i1:i2]), " ".join(kb[j1:j2])):
            tag = "equal"
        diff.append({"tag": tag, "a": " ".join(sa[i1:i2]), "b": " ".join(sb[j1:j2])})
        if tag != "equal":
            changed += max(i2 - i1, j2 - j1)
    base = {"shared": shared / min(len(ka), len(kb)), "words": min(len(ka), len(kb))}
    if changed == 0:
        return {"ops": [], "changed": 0, **base}
    # a deletion where the other text marks an elision is the outlet's cut, not a change
    if all(op["tag"] in ("equal", "delete") for op in diff) and _elided(b):
        return {"ops": [], "changed": 0, **base}
    if all(op["tag"] in ("equal", "insert") for op in diff) and _elided(a):
        return {"ops": [], "changed": 0, **base}
    if changed > MAX_CHANGED_WORDS or changed / min(len(ka), len(kb)) > MAX_CHANGED:
        return None
    return {"ops": diff, "changed": changed, **base}


def _snippet(ops: list[dict], side: str, context: int = 3) -> str:
    """``'…would reopen…'``: the first change with a few words either side; an ellipsis
    marks words left out."""
    first = next(i for i, op in enumerate(ops) if op["tag"] != "equal")
    before_all = [w for op in ops[:first] for w in op[side].split()]
    after_all = [w for op in ops[first + 1 :] for w in op[side].split()]
    before, after = before_all[-context:], after_all[:context]
    words = [*before, *ops[first][side].split(), *after]
    text = " ".join(words).strip(",.;:") if words else "(nothing)"
    lead = "…" if len(before_all) > len(before) else ""
    tail = "…" if len(after_all) > len(after) else ""
    return lead + text + tail


def find_quote_changes(ctx: FindingContext) -> list[Finding]:
    """One finding per differing wording of one quote.

    Steps: match each direct quote to its best counterpart in every other article;
    join matches into clusters (one cluster = one quote across outlets); split a cluster
    into wordings (members whose comparison shows no change); report each minority
    wording against the majority one, naming every outlet on each side.
    """
    nodes: list[tuple[str, Quote]] = [
        (d.id, q) for d in ctx.docs for q in ctx.quotes(d.id) if q.direct
    ]
    parent = list(range(len(nodes)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_doc: dict[str, list[int]] = {}
    for i, (aid, _) in enumerate(nodes):
        by_doc.setdefault(aid, []).append(i)
    conf_of: dict[frozenset[int], float] = {}
    speaker_of: dict[int, str | None] = {}
    docs = list(by_doc)
    for x, da in enumerate(docs):
        for db in docs[x + 1 :]:
            used: set[int] = set()
            for i in by_doc[da]:
                best = None
                for j in by_doc[db]:
                    if j in used:
                        continue
                    m = _match(ctx, nodes[i][1], nodes[j][1])
                    if m is not None and (best is None or m[0] > best[0]):
                        best = (m[0], j, m[2])
                if best is None:
                    continue
                used.add(best[1])
                conf_of[frozenset((i, best[1]))] = best[0]
                speaker_of.setdefault(i, best[2])
                parent[root(i)] = root(best[1])
    clusters: dict[int, list[int]] = {}
    for i in range(len(nodes)):
        clusters.setdefault(root(i), []).append(i)
    out: list[Finding] = []
    for members in clusters.values():
        if len({nodes[i][0] for i in members}) < 2:
            continue
        out.extend(_cluster_findings(ctx, nodes, members, conf_of, speaker_of))
    return out


def _cluster_findings(ctx, nodes, members, conf_of, speaker_of) -> list[Finding]:
    wordings: list[list[int]] = []
    for i in sorted(members, key=lambda i: (nodes[i][0], nodes[i][1].start)):
        for w in wordings:
            cmp = compare_quotes(nodes[w[0]][1].text, nodes[i][1].text)
            if cmp is not None and not cmp["ops"]:
                w.append(i)
                break
        else:
            wordings.append([i])
    if len(wordings) < 2:
        return []
    wordings.sort(key=lambda w: (-len({nodes[i][0] for i in w}), min(nodes[i][0] for i in w)))
    major = wordings[0]
    out = []
    for minor in wordings[1:]:
        ra, rb = major[0], minor[0]
        qa, qb = nodes[ra][1], nodes[rb][1]
        cmp = compare_quotes(qa.text, qb.text)
        if cmp is None or not cmp["ops"]:
            continue
        confs = [c for pair, c in conf_of.items() if pair & set(major) and pair & set(minor)]
        if not confs:
            continue  # the two wordings are only linked through a third quote
        speaker = next(
            (nodes[i][1].speaker for i in (*major, *minor) if speaker_key(nodes[i][1].speaker)),
            None,
        )
        out.append(
            _finding(
                ctx, [nodes[i] for i in major], [nodes[i] for i in minor], cmp, speaker, max(confs)
            )
        )
    return out


def _outlets(ctx: FindingContext, side: list[tuple[str, Quote]]) -> str:
    names = []
    for aid, _ in side:
        n = ctx.outlet(aid)
        if n not in names:
            names.append(n)
    if len(names) <= 2:
        return " and ".join(names)
    if len(names) > MAX_OUTLETS_NAMED:
        # a 50-outlet story: name a few, count the rest (the detail lists every article)
        return ", ".join(names[:3]) + f" and {len(names) - 3} more"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _aligned(ctx: FindingContext, qa: Quote, qb: Quote) -> bool:
    ga = {ctx.group_of.get(s) for s in qa.sentences} - {None}
    gb = {ctx.group_of.get(s) for s in qb.sentences} - {None}
    return bool(ga & gb)


def _match(ctx: FindingContext, qa: Quote, qb: Quote) -> tuple[float, dict, str | None] | None:
    ka, kb = speaker_key(qa.speaker), speaker_key(qb.speaker)
    if ka and kb and not same_speaker(ka, kb):
        return None
    if not (ka or kb) and not _aligned(ctx, qa, qb):
        return None  # no speaker on either side and not aligned: never linked below
    if not _may_match(qa.text, qb.text):
        return None
    aligned = _aligned(ctx, qa, qb)
    cmp = compare_quotes(qa.text, qb.text)
    if cmp is None:
        return None
    if not (ka and kb) and not aligned:
        # an unnamed speaker on one side: only near-identical, long quotes link
        if not (ka or kb) or cmp["shared"] < UNNAMED_SHARED or cmp["words"] < UNNAMED_WORDS:
            return None
    conf = 0.6
    if ka and kb:
        conf = 0.8
    if aligned:
        conf += 0.1
    if cmp["changed"] > 4:
        conf -= 0.1
    speaker = qa.speaker if ka else qb.speaker
    return conf, cmp, speaker


def _finding(ctx, major, minor, cmp, speaker, conf) -> Finding:
    (aid, qa), (bid, qb) = major[0], minor[0]
    oa, ob = _outlets(ctx, major), _outlets(ctx, minor)
    verb = "quotes" if len({a for a, _ in major}) == 1 else "quote"
    who = f" {speaker}" if speaker else ""
    summary = (
        f"{oa} {verb}{who} as saying '{_snippet(cmp['ops'], 'a')}'; "
        f"{ob} {'has' if len({b for b, _ in minor}) == 1 else 'have'} "
        f"'{_snippet(cmp['ops'], 'b')}'."
    )
    sides = [*major, *minor]
    sentences = tuple(dict.fromkeys(s for _, q in sides for s in q.sentences))
    spans = tuple(sp for _, q in sides for sp in spans_over(ctx, q.sentences, q.start, q.end))
    return Finding(
        type="quote_changed",
        sentences=sentences,
        summary=summary,
        detail={
            "speaker": speaker,
            "a": {
                "article": aid,
                "outlet": ctx.outlet(aid),
                "quote": qa.text,
                "articles": [x for x, _ in major],
            },
            "b": {
                "article": bid,
                "outlet": ctx.outlet(bid),
                "quote": qb.text,
                "articles": [x for x, _ in minor],
            },
            "diff": cmp["ops"],
            "changed_words": cmp["changed"],
        },
        confidence=round(conf, 2),
        spans=spans,
    )
