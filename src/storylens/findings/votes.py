"""Vote tallies as ``fact_conflict``: one fact of two parts ("voted 8-1" / "seven to two").

A tally is two figures joined by "-" or "to" ("8-1", "seven to two", "by 168 votes to
121") or "N in favour ... M against", with a vote word in its sentence before it or
"votes" inside it (rules/numbers.VOTE_CUES): "from 12 to 18 months", "aged 18 to 27" and
"won 3-1" are no votes. Its **body** is the nearest voting body its sentence names before
it ("the supervisory board voted 8-1" -> board; rules/numbers.VOTING_BODIES); its **year**
a year its sentence writes before it ("In 2019, the bill was rejected by 110 votes to 87").

Two tallies of two outlets are one vote when

* their bodies do not differ (unknown never differs): "the committee voted 9-4" and
  "parliament passed it by 168 votes to 121" are two votes; nor their years (a vote of
  2019 is never this one);
* their motions do not differ: two tallies each followed by "to", a verb and an object
  whose objects share no word ("voted 9-2 to approve the new budget" / "10-1 to reject the
  parking levy") are two votes (_motion; any other wording is no motion read);
* they split one number of voters, or agree on one side: 7-2 / 8-1 (nine voters), 9-6 /
  8-7 (fifteen), 168-121 / 168-112 (168 for). Two votes of two bodies rarely share
  either; one vote misreported almost always does;
* their sentences are aligned, or each is the one vote its article gives that year (every
  tally of the article of that year has one value), or the one vote of their shared body
  in each article (a tally of no named body counting for any body); and neither article
  is one the story warning names as off the story (coverage.off_story).

The tallies' figures are no counts of the count rules (findings/facts._mentions leaves
them out), so a tally is compared only here, whole: its summary shows "7-2" against "8-1".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..models import Document, Finding, Span
from ..normalize import stem
from ..rules import numbers as R
from ..rules import units as U
from ..rules.quote_changes import NUMBER_WORDS
from ..rules.words import STOPWORDS
from .common import FindingContext, words
from .confidence import rule_confidence

# a tally's figure in words may be a compound of tens and units ("Thirty-one members voted
# in favour, four against": invented dev d145, whose centre outlet's tally went unread and
# left the left outlet's "29 votes to six" an addition); rules/quote_changes.NUMBER_WORDS
# holds single words only
_TENS = {w: 10 * (i + 2) for i, w in enumerate(
    "twenty thirty forty fifty sixty seventy eighty ninety".split())}
_UNITS = {w: i + 1 for i, w in enumerate("one two three four five six seven eight nine".split())}
_COMPOUND = rf"(?:{'|'.join(_TENS)})[-\u2010 ](?:{'|'.join(_UNITS)})"
_N = rf"(?:\d{{1,3}}|{_COMPOUND}|" + "|".join(sorted({*NUMBER_WORDS, *_TENS}, key=lambda w: (-len(w), w))) + r")"
# "by 168 votes to 121", "voted by seven members to two": the voters' noun may stand
# between the first figure and "to"
_VOTERS = r"(?:votes?|members|judges|justices|ballots|senators|deputies|councillors|directors)"
_TO = re.compile(rf"\b(?P<a>{_N})\s+(?P<v>{_VOTERS}\s+)?to\s+(?P<b>{_N})\b", re.IGNORECASE)
_DASH = re.compile(r"(?<![\d.,/-])(?P<a>\d{1,3})\s*[-\u2013]\s*(?P<b>\d{1,3})(?![\d.,/]\d|[-\u2013]\d)")
_FOR_AGAINST = re.compile(
    rf"\b(?P<a>{_N})\s+(?:{_VOTERS}\s+)?(?:voted\s+)?(?:in\s+favou?r|for)\b[^.;:]{{0,40}}?\b(?P<b>{_N})\s+"
    r"(?:votes?\s+)?against\b", re.IGNORECASE)
# the words before a tally that make its two figures a range ("from 12 to 18", "aged 18 to
# 27", "between 3 and 5"), not a vote
_RANGE_LEAD = frozenset("from between aged ages age on until through".split())
# the words that may follow a tally's second figure: a function word, or the vote itself
# ("voted 8-1 to dismiss her", "a 7-2 majority"); any other word is what the figures
# measure ("from 12 to 18 months", "18-30 year olds")
_AFTER_OK = STOPWORDS | {"vote", "votes", "majority", "decision", "ruling", "verdict"}
# ... and the words that name such a measure: units, spans of time ("18 to 30 year olds")
_MEASURES = frozenset({*U.UNITS, *R.TIME_PLURALS, *(w[:-1] for w in R.TIME_PLURALS), *R.MONTHS,
                       "percent", "per", "cent"})
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# the last vote word before a tally, and an aside between commas it may stand past ("The
# vote, held in private, was eleven to four")
_CUE = re.compile(r"\b(?:" + "|".join(sorted(R.VOTE_CUES, key=lambda w: (-len(w), w))) + r")\b",
                  re.IGNORECASE)
_ASIDE = re.compile(r",[^,;:]{1,60},")
# what opens another clause between a vote word and two figures: a comma or semicolon left
# once asides are out, or a subordinating word ("After the vote, Vell won 3-1", "the ruling
# came as Vell beat Orsk 2-1"); "and" joins a body's two tallies ("voted 7-2 to remove him
# and 5-4 to cut his pension")
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:as|when|while|after|before|since|because|until|"
                           r"whereas|although|though)\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# how far back before a tally its vote word, body and year are looked for (characters):
# a long sentence's clause, never the whole of a hostile one
_LOOK_BACK = 300


@dataclass(frozen=True)
class Tally:
    """One vote tally in one sentence (offsets are the document's)."""

    article: str
    sentence: str
    start: int
    end: int
    text: str
    yes: int
    no: int
    body: str | None
    # a year its sentence writes before it ("In 2019, the same proposal was rejected by 110
    # votes to 87"): an earlier vote, never this one; ``None`` for none
    year: str | None = None
    # which of a bill's votes its sentence names ("an amendment", "the second reading"):
    # rules/numbers.VOTE_STAGE_NOUNS; ``None`` for none
    stage: str | None = None
    # what was voted on, where "to" and a verb follow the tally: the content stems of the
    # verb's object ("voted 9-2 to approve the new budget" -> {new, budget}); two tallies
    # whose motions share no stem are two votes ("to reject the parking levy"): _motion
    motion: frozenset[str] = frozenset()


def _value(w: str) -> int:
    w = w.lower()
    if w in NUMBER_WORDS:
        return int(NUMBER_WORDS[w])
    if w in _TENS:
        return _TENS[w]
    if w[:1].isalpha():  # "thirty-one"
        tens, units = re.split(r"[-\u2010 ]", w)
        return _TENS[tens] + _UNITS[units]
    return int(w)


def sentence_tallies(text: str) -> list[tuple[int, int, int, int, str | None, str | None]]:
    """The tallies of one sentence: (start, end, yes, no, body, year). What stands before a
    tally is read no further back than ``_LOOK_BACK`` characters, so that a sentence of
    thousands of figures is read in linear time. A new list each call, of tallies read
    once per sentence text: the outlets of one story print many sentences word for word
    (510 texts among the 1,131 sentences of the 50-article story of
    benchmarks/compare.py), and the fact model and the vote reader both ask."""
    return list(_tallies_of(text))


@lru_cache(maxsize=4096)
def _tallies_of(text: str) -> tuple[tuple[int, int, int, int, str | None, str | None], ...]:
    out: list[tuple[int, int, int, int, str | None, str | None]] = []
    taken = bytearray(len(text) + 1)
    for rx in (_FOR_AGAINST, _TO, _DASH):
        for m in rx.finditer(text):
            a, b = m.start(), m.end()
            if any(taken[a:b]):
                continue
            lo = max(0, a - _LOOK_BACK)
            before = words(text[lo:a])
            if before and before[-1] in _RANGE_LEAD:
                continue
            nxt = _WORD.match(text[b:b + 60].lstrip(" ")) if text[b:b + 1] == " " else None
            w = nxt.group().lower() if nxt else ""
            if w and w not in _AFTER_OK and (w in _MEASURES or w.endswith("s")):
                continue  # "from 12 to 18 months", "on 12-13 May": what the figures measure
            voted = rx is _FOR_AGAINST or (m.groupdict().get("v") or "").lower().startswith(
                "vote") or _governed(text, a, lo) or (nxt and nxt.group().lower() in R.VOTE_CUES)
            if not voted:
                continue
            body = next((R.VOTING_BODIES[w] for w in reversed(before) if w in R.VOTING_BODIES),
                        None)
            years = _YEAR.findall(text, lo, a)
            taken[a:b] = b"\x01" * (b - a)
            out.append((a, b, _value(m.group("a")), _value(m.group("b")), body,
                        years[-1] if years else None))
    return tuple(sorted(out))


def _governed(text: str, a: int, lo: int) -> bool:
    """A vote word before the figures at ``a`` in their own clause: "voted 8-1", "voted to
    remove him 7-2", "by a vote of 90 to 71", "The vote, held in private, was eleven to
    four"; not a vote word of another clause ("After the vote, the Rovers won 3-1") nor
    the figures of a noun of their own ("the vote set quotas of 20 to 30")."""
    cues = list(_CUE.finditer(text, lo, a))
    if not cues:
        return False
    between = _ASIDE.sub(" ", text[cues[-1].end():a])
    if _CLAUSE_BREAK.search(between):
        return False
    ws = words(between)
    # "quotas of 20 to 30": the figures of the noun before "of", unless it is the vote's
    return not (len(ws) >= 2 and ws[-1] == "of")


def stage(text: str) -> str | None:
    """Which vote of a bill's several a sentence tells (rules/numbers.VOTE_STAGES): "the
    first reading" / "the second reading", "an amendment"; ``None`` for none named."""
    ws = words(text)
    for i, w in enumerate(ws):
        if w in R.VOTE_STAGE_NOUNS:
            return R.VOTE_STAGE_NOUNS[w]
        if w in R.VOTE_ROUNDS and i and ws[i - 1] in R.ORDINAL_STAGES:
            return f"{w}:{R.ORDINAL_STAGES[ws[i - 1]]}"
    return None


# where a tally's clause ends after it, and where it opens before it (a comma, a semicolon
# or a subordinating word: _CLAUSE_BREAK)
_CLAUSE_END = re.compile(r"[,;:]|\s+(?:as|when|while|after|before|since|because|whereas|"
                         r"although|though|but|and\s+(?:then|later))\s", re.IGNORECASE)
# words of a clause that say a vote was held, not what it was on
_NOT_MOTION = frozenset({*STOPWORDS, *R.VOTE_CUES, *R.VOTING_BODIES, *NUMBER_WORDS, *R.WEEKDAYS,
                         *R.MONTHS, "favour", "favor", "against", "members", "councillors",
                         "senators", "unanimously", "narrowly", "late", "early", "night",
                         "morning", "evening", "afternoon", "today", "yesterday", "council",
                         "committee", "cabinet", "panel", "jury", "held", "cast"})


_MOTION_SPAN = 300
_TO_MOTION = re.compile(r"\s+(?:(?:on|late|early)\s+\w+\s+)?to\s+(?=[a-z])")


def _motion(text: str, a: int, b: int) -> frozenset[str]:
    """What a tally says was voted on, where the motion is worded right after it as "to"
    and a verb ("The council voted 9-2 to approve the new budget on Tuesday" -> {new,
    budget}): the stems of the lower-case content words of the verb's object to the
    clause's end, past dates ("to remove him": none). Empty for any other wording ("approved the bill by 104 votes to 89", "ruled
    9-6 that the law breached ..."): outlets word one motion many ways, and only two
    motions both so worded are told apart."""
    m = _TO_MOTION.match(text, b)
    if m is None:
        return frozenset()
    # the clause's end, looked for in a bounded window (a long clause without a break must
    # not cost its length per tally: one verb's object is never 300 characters on)
    end = _CLAUSE_END.search(text, m.end(), m.end() + _MOTION_SPAN)
    hi = end.start() if end else min(len(text), m.end() + _MOTION_SPAN)
    # the verb's object only (a verb has its synonyms: "to remove him" / "to dismiss him"),
    # in lower-case words (a name is whose bill it is, "Orm's budget")
    ws = _WORD.findall(text[m.end():hi])[1:]
    return frozenset(stem(w) for w in ws if len(w) > 2 and w.islower() and w not in _NOT_MOTION)


def doc_tallies(doc: Document) -> list[Tally]:
    """Each sentence's tallies, the sentence's vote stage read once for all of them (read
    per tally, a sentence of many tallies cost its length times their number: the hostile
    "tallies" shape of benchmarks/hostile.py hung once fact conflicts were on by default)."""
    out: list[Tally] = []
    for s in doc.sentences:
        if "to" not in s.text and "-" not in s.text and "\u2013" not in s.text:
            continue
        found = sentence_tallies(s.text)
        if not found:
            continue
        at = stage(s.text)
        out.extend(Tally(doc.id, s.id, s.start + a, s.start + b, s.text[a:b], yes, no, body, year,
                         at, _motion(s.text, a, b))
                   for a, b, yes, no, body, year in found)
    return out


def one_vote(x: Tally, y: Tally) -> bool:
    """Split one number of voters, or agree on one side."""
    return x.yes + x.no == y.yes + y.no or x.yes == y.yes or x.no == y.no


def one_stage(x: Tally, y: Tally) -> bool:
    """Not two of a bill's votes: two readings of other ordinals, or an amendment's vote
    and one that names no amendment ("An amendment was rejected by 168 votes to 121" /
    "The bill passed by 168 votes to 112")."""
    if x.stage == y.stage:
        return True
    if "amendment" in (x.stage, y.stage):
        return False
    return x.stage is None or y.stage is None


def may_be_one_vote(x: Tally, y: Tally) -> bool:
    """Whether two tallies may tell one vote by what they say of it (the module's first
    three conditions): one year, no two bodies, one stage (:func:`one_stage`), no two
    motions, and :func:`one_vote`. Their articles and sentences are the caller's:
    :func:`find_vote_conflicts` pairs two outlets' tallies, ``coverage._tells_vote`` a
    fact's tally with another article's."""
    return x.year == y.year and not (x.body and y.body and x.body != y.body) \
        and one_stage(x, y) and one_vote(x, y) \
        and not (x.motion and y.motion and not x.motion & y.motion)


def find_vote_conflicts(ctx: FindingContext) -> list[Finding]:
    """One finding per vote whose tally differs between outlets."""
    by_art = {d.id: doc_tallies(d) for d in ctx.docs}
    if sum(1 for ts in by_art.values() if ts) < 2:
        return []
    # an article the story warning names tells another event: its vote is another vote
    # ("the court ruled by 11 votes to four" on another law; invented dev t65's off-story
    # piece)
    from .coverage import off_story

    off = off_story(ctx)
    tallies = [t for a, ts in by_art.items() if a not in off for t in ts]
    if len({t.article for t in tallies}) < 2:
        return []
    # article -> body (None for all) -> the distinct values it gives
    # (article, year) -> its tallies
    of: dict[tuple[str, str | None], list[Tally]] = {}
    for t in tallies:
        of.setdefault((t.article, t.year), []).append(t)

    def sole(t: Tally, body: str | None) -> bool:
        """``t`` is the one vote its article gives that year (of ``body``: a tally of no
        named body may be that body's too)."""
        return len({(o.yes, o.no) for o in of[t.article, t.year]
                    if body is None or o.body in (body, None)}) == 1

    parent = list(range(len(tallies)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    aligned_link: set[int] = set()
    for i, x in enumerate(tallies):
        for j in range(i + 1, len(tallies)):
            y = tallies[j]
            if x.article == y.article or not may_be_one_vote(x, y):
                continue  # two votes: "voted 9-2 to approve the budget" / "10-1 to reject the levy"
            g = ctx.group_of.get(x.sentence)
            aligned = g is not None and g == ctx.group_of.get(y.sentence)
            if not aligned and not ctx.options.story_facts:
                continue  # --no-story-facts: aligned sentences only (docs/findings.md)
            body = x.body if x.body and x.body == y.body else None
            if not (aligned or (sole(x, None) and sole(y, None))
                    or (body and sole(x, body) and sole(y, body))):
                continue
            ri, rj = find(i), find(j)
            if ri != rj:
                parent[rj] = ri
            if aligned:
                aligned_link.update((i, j))
    groups: dict[int, list[int]] = {}
    for i in range(len(tallies)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for members in groups.values():
        ts = [tallies[i] for i in members]
        by_value: dict[tuple[int, int], list[Tally]] = {}
        for t in ts:
            by_value.setdefault((t.yes, t.no), []).append(t)
        if len(by_value) < 2:
            continue
        arts = [{t.article for t in g} for g in by_value.values()]
        if not any(a - b and b - a for a in arts for b in arts):
            continue  # an article giving both values knows two votes
        aligned = any(i in aligned_link for i in members)
        out.append(_finding(ctx, list(by_value.values()), aligned))
    out.sort(key=lambda f: f.sentences)
    return out


def _finding(ctx: FindingContext, values: list[list[Tally]], aligned: bool) -> Finding:
    values.sort(key=lambda g: (-len({t.article for t in g}), g[0].article))
    rule = "fact.aligned.measure" if aligned else "fact.unaligned.context"
    parts = []
    for i, g in enumerate(values):
        outlets = sorted({ctx.outlet(t.article) for t in g}, key=str.lower)
        who = outlets[0] if len(outlets) == 1 else ", ".join(outlets[:-1]) + " and " + outlets[-1]
        texts = list(dict.fromkeys(" ".join(t.text.split()) for t in g))
        verb = "" if i else (" gives " if len({t.article for t in g}) == 1 else " give ")
        parts.append(f"{who}{verb}{'the vote ' if not i else ' '}as {' / '.join(texts[:2])}")
    sids = list(dict.fromkeys(t.sentence for g in values for t in g))
    return Finding(
        type="fact_conflict",
        sentences=tuple(sids),
        summary="; ".join(parts) + ".",
        detail={
            "fact": "the vote",
            "family": "vote",
            "values": [
                {"text": g[0].text, "value": g[0].yes, "against": g[0].no, "unit": None,
                 "date": None, "outlets": sorted({ctx.outlet(t.article) for t in g}),
                 "articles": sorted({t.article for t in g})}
                for g in values
            ],
            "aligned": aligned,
            "rule": rule,
            "score": 1.0,
        },
        confidence=rule_confidence(rule),
        spans=tuple(Span(t.sentence, t.start, t.end) for g in values for t in g),
    )
