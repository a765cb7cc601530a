"""``fact_conflict``: outlets give different numbers, amounts or dates for one fact.

Precision first. Two numbers are taken to be the same fact only when

1. they are of one family (a count with a count, money in one currency, a quantity in one
   SI unit, a date or year with a date or year; relative dates are left out because their
   resolution rests on publication times that outlets stamp differently), and
2. their sentences say the same thing (one alignment group) or, for sentences the aligner
   left apart, share a name and words near the number, and
3. the words right around each number agree on what is counted: a head from
   ``rules/numbers.FACT_HEADS`` ("died" / "killed" -> dead), or, where neither number has
   a head, a shared content word while each is the only one of its family in its sentence.

Heads that disagree ("14 dead" vs "41 injured") never match. Each fact is reported once:
mentions linked as the same fact (agreeing or not) form a group, and a group whose
values differ between outlets becomes one finding listing every outlet's value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..analysis.names import extract_entities
from ..analysis.numbers import extract_quantities
from ..models import Document, Finding, Quantity, Sentence, Span
from ..normalize import stem, tokens
from ..rules import numbers as R
from ..rules import units as U
from .common import FindingContext, article_of, words

# Relative difference within which two amounts are one value. Counts, money and
# percentages: 0.5% absorbs "1.2 million" vs "1,200,000" but not "$340m" vs "$334m".
VALUE_TOLERANCE = 0.005
# Quantities written in different units: conversions are rounded in copy ("4 metres
# (13 feet)" is 3.96 m), so 5% apart is still one value; 90 m vs 400 ft (122 m) is not.
CONVERTED_TOLERANCE = 0.05
# A hedged or round figure ("about 30", "two dozen") against another: 25% apart is still
# one value ("over two dozen" vs "at least 28" is not a conflict). Lower bounds ("over",
# "at least") are not hedges: "over $334 million" vs "$340 million" is a conflict in the
# semeval gold, and "at least 14" vs "at least 19" dead is one an editor must see.
APPROX_TOLERANCE = 0.25
# Facts matched across unaligned sentences only for these families and heads: ages and
# spans name many different people and periods in one story.
UNALIGNED_SKIP_FAMILIES = ("duration",)
UNALIGNED_SKIP_HEADS = frozenset({"age"})
# Words either side of a number that count as its surroundings (clauses are cut first).
WINDOW_WORDS = 6
# Unaligned sentences must share a name and at least this many content stems besides the
# numbers (2 let "more than a dozen killed over the season" meet "seven died since Monday"
# in two bushfire reports; the demo's 14-vs-19 death toll shares 5).
UNALIGNED_MIN_SHARED = 3
# A count repeated in two unaligned sentences ties them together only from this size up
# ("two" or "five" recur everywhere; "1,204" does not).
ANCHOR_MIN_COUNT = 10
# Heads that are events a date belongs to ("the opening of the Vell bridge").
EVENT_HEADS = frozenset({"opened", "built", "founded", "closed", "elected", "born"})
# Confidence: sentences in one alignment group vs linked only through names and words.
ALIGNED_CONFIDENCE = 0.85
UNALIGNED_CONFIDENCE = 0.6
MAX_SENTENCES = 8

_HEDGE = re.compile(
    r"\b(?:about|around|roughly|approximately|nearly|almost|some|close to|an estimated|"
    r"estimated)\s+$", re.IGNORECASE)
_CUT_BEFORE = re.compile(r".*[,;:(\u2014\u2013]|.*\s-\s", re.DOTALL)
_CUT_AFTER = re.compile(r"[,;:()\u2014\u2013]|\s-\s|\s(?:and|but|while|whereas|or)\s")


@dataclass(frozen=True)
class _Mention:
    q: Quantity
    article: str
    family: str
    heads: frozenset[str]
    stems: frozenset[str]
    near: tuple[str, ...]  # content words around it, most telling first ("section")
    vague: bool
    approx: bool  # hedged ("about", "over", "nearly") or counted in dozens


def find_fact_conflicts(ctx: FindingContext) -> list[Finding]:
    """One finding per fact whose number, amount or date differs between outlets."""
    # one object per distinct mention, so the union-find in _findings can key on identity
    # (hashing a dataclass walks every field, the Quantity's too, on each look-up)
    canon: dict[_Mention, _Mention] = {}
    mentions = {doc.id: [canon.setdefault(m, m) for m in _mentions(doc)] for doc in ctx.docs}
    sent_keys = {doc.id: _sentence_names(doc) for doc in ctx.docs}
    sent_stems = {sid: frozenset(_stems(ctx.sentence(sid).text)) for m in mentions.values()
                  for sid in {x.q.sentence for x in m}}
    by_sentence: dict[str, list[_Mention]] = {}
    for ms in mentions.values():
        for m in ms:
            by_sentence.setdefault(m.q.sentence, []).append(m)
    edges: list[tuple[_Mention, _Mention, bool]] = []  # (a, b, aligned)
    for sa, sb in _candidate_pairs(ctx, by_sentence):
        ga = ctx.group_of.get(sa)
        aligned = ga is not None and ga == ctx.group_of.get(sb)
        if not aligned and not _related(sa, sb, sent_keys, sent_stems):
            shared = sent_stems[sa] & sent_stems[sb]
            if not (_anchored(by_sentence[sa], by_sentence[sb], shared)
                    or _measured(by_sentence[sa], by_sentence[sb], shared)):
                continue
        edges.extend((x, y, aligned) for x, y in
                     _same_facts(by_sentence[sa], by_sentence[sb], aligned))
    return _findings(ctx, edges)


def _candidate_pairs(ctx: FindingContext, by_sentence: dict[str, list[_Mention]]
                     ) -> list[tuple[str, str]]:
    """Sentence pairs (of two articles) that can hold one fact, in the order the finder
    has always visited them (article order, then sentence id).

    An index instead of every pair: sentences of one alignment group, and, for sentences
    the aligner left apart, sentences with mentions of one family under one head word;
    :func:`_same_facts` links unaligned mentions only when their heads meet, so no other
    pair can yield an edge.
    """
    order = {d.id: i for i, d in enumerate(ctx.docs)}
    buckets: dict[object, set[str]] = {}
    for sid, ms in by_sentence.items():
        gi = ctx.group_of.get(sid)
        if gi is not None:
            buckets.setdefault(("group", gi), set()).add(sid)
        for m in ms:
            for h in m.heads:
                buckets.setdefault((m.family, h), set()).add(sid)
    pairs: set[tuple[str, str]] = set()
    for sids in buckets.values():
        if len(sids) < 2:
            continue
        ranked = sorted(sids, key=lambda sid: (order.get(article_of(sid), -1), sid))
        for i, sa in enumerate(ranked):
            oa = order.get(article_of(sa), -1)
            for sb in ranked[i + 1:]:
                if order.get(article_of(sb), -1) != oa:
                    pairs.add((sa, sb))
    return sorted(pairs, key=lambda p: (order.get(article_of(p[0]), -1),
                                        order.get(article_of(p[1]), -1), p))


def _mentions(doc: Document) -> list[_Mention]:
    qs = doc.analysis.quantities if doc.analysis is not None and doc.analysis.quantities \
        else extract_quantities(doc)
    by_sid: dict[str, list[Quantity]] = {}
    for q in qs:
        by_sid.setdefault(q.sentence, []).append(q)
    sents = {s.id: s for s in doc.sentences}
    out = []
    for sid, sq in by_sid.items():
        s = sents.get(sid)
        if s is None:
            continue
        for q in sq:
            fam = _family(q)
            if fam is None:
                continue
            before, after = _window(s, q, sq)
            ws = [w for w in [*before, *after] if _content(w)]
            heads = frozenset(R.FACT_HEADS[w] for w in ws if w in R.FACT_HEADS)
            # counts and sizes name their thing after the number ("14 people", "90-metre
            # section"); dates and spans before it ("opened in 1974", "queues of two hours")
            order = [*after, *reversed(before)] if fam == "count" or fam.startswith(
                ("quantity", "money")) else [*reversed(before), *after]
            near = tuple(w for w in order if _content(w) and w not in R.GENERIC_HEADS)
            hedge = bool(_HEDGE.search(s.text[max(0, q.start - s.start - 20):q.start - s.start]))
            out.append(_Mention(q, doc.id, fam, heads, frozenset(stem(w) for w in ws),
                                near, " ".join(q.text.lower().split()) in R.VAGUE_COUNTS,
                                hedge or "dozen" in q.text.lower()))
    return out


def _content(w: str) -> bool:
    return not (w in R.WINDOW_IGNORE or w[0].isdigit() or w in R.WEEKDAYS or w in R.MONTHS)


def _family(q: Quantity) -> str | None:
    if q.kind in ("date", "year"):
        return None if q.relative or not q.date else "when"
    if q.value is None:
        return None
    if q.kind == "cardinal":
        return "count"
    if q.kind in ("money", "quantity", "duration"):
        return f"{q.kind}:{q.unit}"
    if q.kind == "percent":
        return "percent"
    return None  # ordinals: "the third day" is rarely a fact outlets dispute


def _window(s: Sentence, q: Quantity, others: Iterable[Quantity]) -> tuple[list[str], list[str]]:
    """Words just before and after ``q`` within its clause, other numbers cut out."""
    a, b = q.start - s.start, q.end - s.start
    lo, hi = 0, len(s.text)
    for o in others:
        if o is q:
            continue
        oa, ob = o.start - s.start, o.end - s.start
        if ob <= a:
            lo = max(lo, ob)
        elif oa >= b:
            hi = min(hi, oa)
    before = s.text[lo:a]
    m = _CUT_BEFORE.match(before)
    if m:
        before = before[m.end():]
    after = s.text[b:hi]
    m = _CUT_AFTER.search(after)
    if m:
        after = after[:m.start()]
    return words(before)[-WINDOW_WORDS:], words(after)[:WINDOW_WORDS]


def _stems(text: str) -> list[str]:
    # normalize.tokens folds US/UK spelling ("metres" / "meters") before stemming
    return [stem(w) for w in tokens(text) if _content(w) and w not in R.GENERIC_HEADS
            and len(w) > 2]


def _sentence_names(doc: Document) -> dict[str, frozenset[str]]:
    ents = doc.analysis.entities if doc.analysis is not None and doc.analysis.entities \
        else extract_entities(doc)
    out: dict[str, set[str]] = {}
    for e in ents:
        out.setdefault(e.sentence, set()).add(e.key)
    return {k: frozenset(v) for k, v in out.items()}


def _related(sa: str, sb: str, keys, stems) -> bool:
    """Unaligned sentences about one thing: a shared name and shared words."""
    ka = keys[article_of(sa)].get(sa, frozenset())
    kb = keys[article_of(sb)].get(sb, frozenset())
    shared = len(stems[sa] & stems[sb])
    return bool(ka & kb) and shared >= UNALIGNED_MIN_SHARED or shared >= UNALIGNED_MIN_SHARED + 2


def _anchored(ma: list[_Mention], mb: list[_Mention], shared_stems: frozenset[str]) -> bool:
    """Unaligned sentences that repeat one specific figure ("a $17 million budget") and
    share a word are about the same thing, names or not."""
    if not shared_stems:
        return False
    for x in ma:
        for y in mb:
            if x.family != y.family or x.vague or y.vague or not _equal(x.q, y.q):
                continue
            if x.family == "count" and (x.q.value or 0) < ANCHOR_MIN_COUNT:
                continue
            if x.family == "when" and len(x.q.date or "") <= 4 and len(y.q.date or "") <= 4:
                continue  # a bare year is shared by half the story
            return True
    return False


def _measured(ma: list[_Mention], mb: list[_Mention], shared_stems: frozenset[str]) -> bool:
    """Unaligned sentences that measure one thing in one physical unit with one head word
    ("floodwaters reached four metres" / "water levels reached up to 3 meters")."""
    if len(shared_stems) < UNALIGNED_MIN_SHARED - 1:
        return False
    return any(x.family == y.family and x.family.startswith("quantity:") and x.heads & y.heads
               for x in ma for y in mb)


def _same_facts(ma: list[_Mention], mb: list[_Mention], aligned: bool):
    """Pairs of mentions (one per sentence) that state the same fact."""
    for x in ma:
        for y in mb:
            if x.family != y.family or x.vague != y.vague:
                continue
            if x.heads and y.heads:
                if not x.heads & y.heads:
                    continue
            elif x.heads or y.heads:
                continue  # one says what it counts, the other does not: too loose
            else:
                unique = sum(m.family == x.family for m in ma) == 1 and \
                    sum(m.family == y.family for m in mb) == 1
                if not (aligned and unique and x.stems & y.stems):
                    continue
            if not aligned and (not (x.stems & y.stems - set(R.FACT_HEADS)) and not x.heads & y.heads
                                or x.family.startswith(UNALIGNED_SKIP_FAMILIES)
                                or (x.heads | y.heads) & UNALIGNED_SKIP_HEADS):
                continue
            if not _equal(x.q, y.q, x.approx or y.approx):
                # the other sentence also carries this value: not a conflict ("from 14 to 19")
                if any(_equal(x.q, m.q) for m in mb if m.family == x.family) or \
                        any(_equal(y.q, m.q) for m in ma if m.family == y.family):
                    continue
            yield x, y


def _equal(a: Quantity, b: Quantity, approx: bool = False) -> bool:
    if a.kind in ("date", "year") or b.kind in ("date", "year"):
        return _date_equal(a.date or "", b.date or "")
    if a.value is None or b.value is None:
        return False
    tol = APPROX_TOLERANCE if approx else VALUE_TOLERANCE
    if a.kind == "quantity" and (a.original_unit or "").lower() != (b.original_unit or "").lower():
        tol = CONVERTED_TOLERANCE
    big = max(abs(a.value), abs(b.value))
    return big == 0 or abs(a.value - b.value) / big <= tol


def _date_equal(a: str, b: str) -> bool:
    """Equal at the coarser of the two granularities ("2020" vs "2020-09-27": equal)."""
    if a.startswith("--") or b.startswith("--"):
        return a[-5:] == b[-5:] if len(a) >= 5 and len(b) >= 5 else True
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _findings(ctx: FindingContext, edges: list[tuple[_Mention, _Mention, bool]]) -> list[Finding]:
    # union-find keyed by object identity (mentions are one object each, see
    # find_fact_conflicts)
    parent: dict[int, _Mention] = {}
    nodes: dict[int, _Mention] = {}  # in the order first met, as groups are built

    def find(x):
        if id(x) not in parent:
            parent[id(x)] = nodes[id(x)] = x
        while parent[id(x)] is not x:
            parent[id(x)] = parent[id(parent[id(x)])]
            x = parent[id(x)]
        return x

    aligned_conflict: set[int] = set()
    conflict_roots_edges = []
    for x, y, aligned in edges:
        rx, ry = find(x), find(y)
        if rx is not ry:
            parent[id(ry)] = rx
        if not _equal(x.q, y.q, x.approx or y.approx):
            conflict_roots_edges.append((x, aligned))
    groups: dict[int, list[_Mention]] = {}
    for m in list(nodes.values()):
        groups.setdefault(id(find(m)), []).append(m)
    for x, aligned in conflict_roots_edges:
        if aligned:
            aligned_conflict.add(id(find(x)))
    out = []
    conflicted = {id(find(x)) for x, _ in conflict_roots_edges}
    for root, members in groups.items():
        if root not in conflicted:
            continue
        f = _finding(ctx, members, root in aligned_conflict)
        if f is not None:
            out.append(f)
    out.sort(key=lambda f: f.sentences)
    return out


def _finding(ctx: FindingContext, members: list[_Mention], aligned: bool) -> Finding | None:
    members = sorted(members, key=lambda m: (m.article, m.q.start))
    values: list[list[_Mention]] = []  # mentions grouped by equal value
    for m in members:
        for g in values:
            if _equal(g[0].q, m.q, g[0].approx or m.approx):
                g.append(m)
                break
        else:
            values.append([m])
    if len(values) < 2:
        return None
    arts_per_value = [{m.article for m in g} for g in values]
    if len(set().union(*arts_per_value)) < 2:
        return None
    values.sort(key=lambda g: (-len({m.article for m in g}), g[0].article))
    heads = [h for m in members for h in m.heads]
    head = max(set(heads), key=heads.count) if heads else None
    family = members[0].family
    what = R.HEAD_PHRASES.get(head or "", None)
    if what is None:
        others = [set(m.near) for m in members[1:]]
        shared = [w for w in members[0].near if any(w in o for o in others)]
        what = f"the {shared[0]}" if shared else "the figure"
    elif family == "when" and head in EVENT_HEADS:
        thing = _subject(ctx, members, head)
        if thing:
            what = f"{what} of {thing}"  # "the opening of the Vell bridge"
    show_si = family.startswith("quantity") and len(
        {(m.q.original_unit or "").lower() for m in members}) > 1
    parts = []
    for i, g in enumerate(values):
        outlets = _join(sorted({ctx.outlet(m.article) for m in g}, key=lambda o: o.lower()))
        texts = []
        for m in g:
            t = m.q.text
            if show_si and m.q.value is not None and not _is_si(m.q):
                t = f"{t} (≈{_fmt_si(m.q.value, m.q.unit)})"
            if t not in texts:
                texts.append(t)
        shown = " / ".join(texts[:2])
        if family == "when":
            verb = "" if i else (" dates " if len({m.article for m in g}) == 1 else " date ")
            parts.append(f"{outlets}{verb}{what + ' ' if not i else ' '}to {shown}")
        else:
            verb = "" if i else (" gives " if len({m.article for m in g}) == 1 else " give ")
            parts.append(f"{outlets}{verb}{what + ' ' if not i else ' '}as {shown}")
    summary = "; ".join(parts) + "."
    sids: list[str] = []
    spans: list[Span] = []
    for g in values:
        for m in g:
            if m.q.sentence not in sids and len(sids) < MAX_SENTENCES:
                sids.append(m.q.sentence)
            spans.append(Span(m.q.sentence, m.q.start, m.q.end))
    return Finding(
        type="fact_conflict",
        sentences=tuple(sids),
        summary=summary,
        detail={
            "fact": what,
            "family": family,
            "values": [
                {"text": g[0].q.text, "value": g[0].q.value, "unit": g[0].q.unit,
                 "date": g[0].q.date,
                 "outlets": sorted({ctx.outlet(m.article) for m in g}),
                 "articles": sorted({m.article for m in g})}
                for g in values
            ],
            "aligned": aligned,
        },
        confidence=ALIGNED_CONFIDENCE if aligned else UNALIGNED_CONFIDENCE,
        spans=tuple(spans),
    )


_SUBJECT = re.compile(r"^(?:[Tt]he|[Aa]n?|[A-Z][\w'\u2019.-]*)(?:\s+[\w'\u2019.-]+){0,4}$")


def _subject(ctx: FindingContext, members: list[_Mention], head: str) -> str | None:
    """The short noun phrase before the event verb in the clause: "the Vell bridge"."""
    for m in members:
        s = ctx.sentence(m.q.sentence)
        before = s.text[: m.q.start - s.start]
        cut = _CUT_BEFORE.match(before)
        clause = before[cut.end():] if cut else before
        words_ = clause.split()
        for i, w in enumerate(words_):
            if R.FACT_HEADS.get(w.lower().strip(",.")) == head:
                phrase = " ".join(words_[:i]).strip()
                if phrase.lower().endswith((" was", " were", " is", " has", " had")):
                    phrase = phrase.rsplit(" ", 1)[0]
                if phrase and _SUBJECT.match(phrase) and phrase.split()[0].lower() not in (
                        "which", "who", "that", "it", "he", "she", "they"):
                    first = phrase.split()[0]
                    return ("the" if first == "The" else first.lower() if first in ("A", "An")
                            else first) + phrase[len(first):]
    return None


def _is_si(q: Quantity) -> bool:
    """Written in the SI unit already ("4 meters"): no "(≈4 m)" after it."""
    return U.UNITS.get((q.original_unit or "").lower(), (None, 0.0))[1] == 1.0


def _fmt_si(value: float, unit: str | None) -> str:
    return f"{value:.3g} {unit or ''}".strip()


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    if len(names) > 4:
        return ", ".join(names[:3]) + f" and {len(names) - 3} more"
    return ", ".join(names[:-1]) + " and " + names[-1]
