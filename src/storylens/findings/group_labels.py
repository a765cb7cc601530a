"""One group named by a loaded label in one outlet and by a plain noun in another
(issue 12, item 1: actor descriptors; a story-wide ``framing`` finding, ``--descriptors``).

"Agitators blocked the Tongra highway on Sunday" against "Thousands of garment workers
marched through Tongra on Sunday": the same crowd, judged in one outlet ("agitators",
"rioters", "the mob": the charge-2 crowd labels of
``rules/loaded_terms``, with :data:`~storylens.rules.loaded_terms.GROUP_LABELS_EXTRA`) and
named by who they are in the other (:data:`~storylens.rules.loaded_terms.GROUP_NOUNS`).
Only the crowd set's labels: "terrorists" against "villagers" would as often be the
attackers and the attacked.

How the two mentions are taken for one referent, each step a guard against two groups:

1. both in the outlet's own voice: body sentences, not inside quotes or a reported
   framing ("what police called rioters"), not after a word that makes them another or
   a past group, a denial or a doubt (:data:`GROUP_NOT_OWN`: "former", "not", "alleged");
   a label not after a cue verb of its sentence ("Police said rioters smashed ..." is the
   police's word), nor before a cue or "according to" that ends its sentence ("...,
   police said.": :func:`_attributed`), nor in a clause of what may happen ("would draw
   rioters who smash": :func:`_unreal`);
2. the plain noun is the doer of a group's public act (:data:`GROUP_ACTS`: "workers
   marched", "crowds protesting"): "residents fled" or "families waited" in the same story
   are other people;
3. the two sentences are linked (:class:`Linker`: names, numbers and content words shared
   beyond the two nouns) and not dated apart, by year or by part of the day
   (:func:`_parts_apart`: "on Friday afternoon" / "after dark");
4. the labelling outlet's sentence names no plain group doing such an act itself, and no
   sentence of its article linked to the plain one does ("workers marched; later rioters
   looted shops" tells two groups), nor names the group's event without a label
   where the label's sentence tells a later act ("The march passed off peacefully. After
   dark, looters ...": :func:`_tells_apart`);
   the plain outlet uses no loaded group label anywhere (it knows of rioters as a group
   of their own);
5. where the plain outlet names several nouns in acts, those doing the label's own act
   are its counterpart (:func:`_same_act`).
"""

from __future__ import annotations

import re

from ..analysis.descriptors import _inside, _quoted, in_name, reported_spans
from ..models import Finding, Sentence
from ..normalize import content_stems, stem
from ..rules.attribution import cue_class
from ..rules.loaded_terms import (
    GROUP_ACT_PARTICLES,
    GROUP_ACTS,
    GROUP_DAYTIME,
    GROUP_EVENT_NOUNS,
    GROUP_LABELS_EXTRA,
    GROUP_LATER,
    GROUP_NIGHTTIME,
    GROUP_NOT_OWN,
    GROUP_NOUNS,
    GROUP_TIME_WORDS,
)
from ..rules.polarity import MODAL_WORDS
from ..rules.words import STOPWORDS
from .common import FindingContext, sentence_cues
from .linking import Linker, link_tokens

RULE = "framing.story.group_label"
BODY = frozenset({"paragraph", "standfirst"})
# crowd labels only: an armed group's loaded labels ("terrorists") against civilians'
# nouns would be two groups as often as one (the attackers and the villagers of one
# attack); the armed group set's own finders compare its terms
LABEL_SETS = frozenset({"crowd"})
_NOUN = re.compile(r"\b(" + "|".join(sorted(GROUP_NOUNS, key=len, reverse=True)) + r")\b",
                   re.IGNORECASE)
_EXTRA = re.compile(r"\b(" + "|".join(sorted(GROUP_LABELS_EXTRA, key=len, reverse=True))
                    + r")\b", re.IGNORECASE)
# the words right before a mention ("not", "so-called", "described as")
_BEFORE = re.compile(r"([\w-]+)[\s,]+(?:([\w-]+)\s+)?$")
# the act after a noun: "of"-phrases and a count's tail skipped ("crowds of people
# protesting", "workers from the Lakeside plant marched"), an adverb, "had", "who"
_ACT = re.compile(
    r"(?:\s+(?:of|from|at|in|across|on)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?)?"
    r"\s+(?:who\s+|had\s+|have\s+)?(?:(?:also|then|again|later|peacefully|briefly|"
    r"reportedly|allegedly|still|already)\s+)?([a-z]{3,})\b(?:\s+([a-z]+))?")

_TIME_STEMS = frozenset(stem(w) for w in GROUP_TIME_WORDS)
_LATER = re.compile(r"\b(?:" + "|".join(sorted(GROUP_LATER, key=len, reverse=True))
                    + r")\b", re.IGNORECASE)
_EVENT = re.compile(r"\b(?:" + "|".join(sorted(GROUP_EVENT_NOUNS, key=len, reverse=True))
                    + r")\b", re.IGNORECASE)
Mention = tuple[Sentence, int, int, str]  # sentence, start, end, surface
# The most mentions paired on each side: the first of one label word in the labelling
# article, the first plain doers of each other article (a story names its crowd a handful
# of times; a finding shows three sentences a side). Each pair costs a link score, so
# without a bound two long articles of many crowd sentences each cost labels x doers
# (review20c: 400 x 400 sentences took 13 s). The guards (a plain group named by the
# labelling article itself) read every mention.
MAX_PAIRED = 24


def _own(text: str, lo: int, a: int, hidden: list[tuple[int, int]]) -> bool:
    """Whether the mention at ``a`` is the outlet's own description of a present group."""
    if _inside(hidden, a) or in_name(text, lo, a):
        return False
    m = _BEFORE.search(text, max(lo, a - 30), a)
    if m is None:
        return True
    return not ({(m.group(1) or "").lower(), (m.group(2) or "").lower()} & GROUP_NOT_OWN)


# "Relatives of inmates gathered": the noun after "of" is no doer, unless the words
# before count or gather it ("thousands of workers", "a crowd of people")
_OF_BEFORE = re.compile(r"([\w-]+)\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_COUNTING = frozenset(
    "thousands hundreds dozens scores tens millions group groups crowd crowds number numbers "
    "some many most few several lot lots hundred thousand dozen handful couple".split())


def _acts(text: str, lo: int, a: int, b: int, hi: int) -> bool:
    """Whether the noun at ``a``-``b`` is the doer of a group's public act."""
    of = _OF_BEFORE.search(text, max(lo, a - 40), a)
    if of is not None and of.group(1).lower() not in _COUNTING:
        return False
    m = _ACT.match(text, b, hi)
    if m is None:
        return False
    word = m.group(1)
    if word in STOPWORDS:
        return False
    st = stem(word)
    if st not in GROUP_ACTS:
        return False
    need = GROUP_ACT_PARTICLES.get(st)
    return need is None or (m.group(2) or "") in need


# the word right after a label: its verb (an adverb, "who", "had" skipped), no "of"-phrase
_LABEL_ACT = re.compile(
    r"\s+(?:who\s+|had\s+|have\s+)?(?:(?:also|then|again|later|reportedly|allegedly|"
    r"still|already)\s+)?([a-z]{2,})\b(?:\s+([a-z]+))?", re.IGNORECASE)
_COPULAS = frozenset("is are was were been being".split())
_BY = re.compile(r"\bby\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# a verb of blame, stance or speech after the label ("agitators were quick to blame",
# "rioters claimed"): the label names a group by what it says, not the crowd of an act
_STANCE = frozenset("blame blamed blaming accuse accused urge urged demand demanded".split())


def _label_acts(text: str, lo: int, a: int, b: int, hi: int) -> bool:
    """Whether the label at ``a``-``b`` names a group in an act (a doer, "by rioters", or
    the patient of one): not the speaker of a statement or the subject of a stance
    ("Union agitators were quick to blame the owners", "rioters said")."""
    if _BY.search(text, max(lo, a - 20), a):
        return True
    of = _OF_BEFORE.search(text, max(lo, a - 40), a)
    if of is not None and of.group(1).lower() not in _COUNTING:
        return False  # "two boats of looters": the boats' owners, no doers
    m = _LABEL_ACT.match(text, b, hi)
    if m is None:
        return False  # "seized from the rioters", "off the harbour": no act of theirs
    w1, w2 = m.group(1).lower(), (m.group(2) or "").lower()
    if w1 in _COPULAS:
        return w2.endswith(("ed", "en")) or w2 == "held"  # "were detained", not "were quick"
    return not (w1 in STOPWORDS or cue_class(w1) or w1 in _STANCE)


_CLAUSE_START = re.compile(r"[,;:()\"“”—–]([^,;:()\"“”—–]*)$")
_UNREAL = MODAL_WORDS | frozenset({"will", "if", "unless"})


def _unreal(text: str, lo: int, a: int) -> bool:
    """Whether the label at ``a`` is in a clause of what may happen, not of what did: a
    modal or a condition earlier in its clause ("fears that the march would draw rioters
    who smash windows", "if rioters storm the gates"; "May" capitalised is the month)."""
    m = _CLAUSE_START.search(text, lo, a)
    words = re.findall(r"[\w'’]+", m.group(1) if m else text[lo:a])
    return any(w != "May" and w.lower() in _UNREAL for w in words)


_ACCORDING = re.compile(r"\baccording\s+to\b", re.IGNORECASE)


def _last_clause(text: str, a: int, hi: int) -> bool:
    """Whether the cue at ``a`` ends its sentence's telling: no comma after it ("...,
    harbour police said on Tuesday."), not an aside inside a clause ("a driver who, police
    say, refused ...": the aside is about the driver)."""
    return "," not in text[a:hi] and ";" not in text[a:hi]


def _attributed(d, m: Mention) -> bool:
    """Whether the label ``m`` is told in another's voice: after a cue of its sentence
    ("Harbour police said rioters ..."), or before a cue or an "according to" that ends the
    sentence ("Rioters smashed ..., police said.", "..., according to the coastguard."),
    or after a sentence-opening "according to"."""
    from .framing import _trails_clause

    s, a = m[0], m[1]
    text = d.article.text
    for c, _b, _f in sentence_cues(d, s):
        if c < a or (_trails_clause(text, s.start, c) and _last_clause(text, c, s.end)):
            return True
    for acc in _ACCORDING.finditer(text, s.start, s.end):
        if acc.start() < a or (text[:acc.start()].rstrip().endswith(",")
                               and _last_clause(text, acc.start(), s.end)):
            return True
    return False


def _may_label(d, terms) -> bool:
    """Whether ``d`` has a crowd label anywhere (before the checks of :func:`_mentions`)."""
    return (any(u.set_name in LABEL_SETS and u.charge >= 2 for u in terms)
            or _EXTRA.search(d.article.text) is not None)


def _mentions(ctx: FindingContext, d, terms) -> tuple[list[Mention], list[Mention]]:
    """(loaded labels, plain nouns doing a group's act) of ``d``, in its own voice. The
    cheap reading of the words around a mention comes first; the quote spans are found
    only for an article with a mention left (most have none)."""
    text = d.article.text
    labels: list[Mention] = []
    plain: list[Mention] = []
    for u in terms:
        if u.set_name in LABEL_SETS and u.charge >= 2 and u.anchor is None:
            s = ctx.sentences[u.sentence]
            if _label_acts(text, s.start, u.start, u.end, s.end):
                labels.append((s, u.start, u.end, u.surface))
    for s in d.sentences:
        if s.block not in BODY:
            continue
        for m in _EXTRA.finditer(text, s.start, s.end):
            if _label_acts(text, s.start, m.start(), m.end(), s.end):
                labels.append((s, m.start(), m.end(), m.group()))
        for m in _NOUN.finditer(text, s.start, s.end):
            if _acts(text, s.start, m.start(), m.end(), s.end):
                plain.append((s, m.start(), m.end(), m.group()))
    if not labels and not plain:
        return labels, plain
    hidden = _quoted(d) + reported_spans(d)
    return ([m for m in labels if _own(text, m[0].start, m[1], hidden)
             and not _attributed(d, m) and not _unreal(text, m[0].start, m[1])],
            [m for m in plain if _own(text, m[0].start, m[1], hidden)])


_DAY = re.compile(r"\b(?:" + "|".join(sorted(GROUP_DAYTIME, key=len, reverse=True)) + r")\b",
                  re.IGNORECASE)
_NIGHT = re.compile(r"\b(?:" + "|".join(sorted(GROUP_NIGHTTIME, key=len, reverse=True))
                    + r")\b", re.IGNORECASE)


def _day_part(text: str) -> str:
    """"day" or "night" where ``text`` names only parts of one (``GROUP_DAYTIME``,
    ``GROUP_NIGHTTIME``), else ""."""
    day, night = _DAY.search(text) is not None, _NIGHT.search(text) is not None
    return "day" if day and not night else "night" if night and not day else ""


def _parts_apart(sy: Sentence, sx: Sentence) -> bool:
    """Whether the two sentences put their acts at two parts of the day: "students
    marched ... on Friday afternoon" / "after dark, looters smashed ...": two crowds."""
    py, px = _day_part(sy.text), _day_part(sx.text)
    return bool(py and px and py != px)


def _shares_what(linker: Linker, sy: Sentence, sx: Sentence, ignore: frozenset[str]) -> bool:
    """Whether the two sentences share a word of what or where, not only of when."""
    shared = (linker.links(sy) & linker.links(sx)) - link_tokens(ignore)
    return bool(shared - _TIME_STEMS)


def _tells_apart(ctx: FindingContext, linker: Linker, own_plain: list[Mention],
                 labelled: set[str], y: str, sx: Sentence, ignore: frozenset[str],
                 later: bool) -> bool:
    """Whether the labelling article ``y`` tells the plain group of ``sx`` apart from its
    labelled one: a sentence of ``y`` linked to ``sx`` names a plain group in a public act
    ("ferry workers marched peacefully ..."), or, where the label's sentence tells a later
    act (``later``: :data:`~storylens.rules.loaded_terms.GROUP_LATER`), one with no crowd
    label in it (``labelled``: the ids of those that have one) names the group's event
    (:data:`~storylens.rules.loaded_terms.GROUP_EVENT_NOUNS`: "The march to the ministry
    passed off peacefully. After dark, looters smashed ...": marchers and looters are two
    groups in its telling)."""
    if any(linker.score(p[0], sx, ignore) > 0 for p in own_plain):
        return True
    if not later:
        return False
    d = ctx.documents[y]
    text = d.article.text
    return any(s.block in BODY and s.id not in labelled
               and _EVENT.search(text, s.start, s.end) is not None
               and linker.score(s, sx, ignore) > 0 for s in d.sentences)


def _act_stem(text: str, m: Mention, pattern: re.Pattern) -> str:
    """The stem of the verb right after the mention ``m`` ("" where none is read)."""
    got = pattern.match(text, m[2], m[0].end)
    return stem(got.group(1).lower()) if got else ""


def _same_act(ctx: FindingContext, label: Mention, pairs: list) -> list:
    """The plain mentions of one outlet (``pairs``: (score, mention)) that stand for the
    labelled group: where two or more nouns of that outlet do different acts ("students
    marched to the ministry ...; later a group of youths smashed windows") and some of
    them do the label's own act ("rioters smashed windows"), only those; the others are
    another group in that outlet's telling."""
    if len({stem(px[3].lower()) for _sc, px in pairs}) < 2:
        return pairs
    text_y = ctx.documents[label[0].article].article.text
    act = _act_stem(text_y, label, _LABEL_ACT)
    same = [(sc, px) for sc, px in pairs
            if act and _act_stem(ctx.documents[px[0].article].article.text, px, _ACT) == act]
    return same or pairs


def find_group_labels(ctx: FindingContext, linker: Linker, terms) -> list[Finding]:
    """One finding per labelling outlet and label word: its sentences against the plain
    outlets' sentences about the same group (module docstring)."""
    from .framing import _dated_apart, _story_finding

    if len(ctx.docs) < 2:
        return []
    # most stories have no crowd label at all: a look at the terms and one scan of each
    # text decide that before any quote spans are found
    if not any(_may_label(d, terms[d.id]) for d in ctx.docs):
        return []
    found = {d.id: _mentions(ctx, d, terms[d.id]) for d in ctx.docs}
    if not any(labels for labels, _ in found.values()):
        return []
    # whether the labelling article names the plain group (or its event) in a sentence
    # linked to a plain one: one answer per (article, plain sentence, words set aside)
    apart: dict[tuple[str, str, frozenset[str], bool], bool] = {}
    labelled = {d.id: {ctx.sentences[u.sentence].id for u in terms[d.id]
                       if u.set_name in LABEL_SETS and u.charge >= 2}
                | {s.id for s in d.sentences if _EXTRA.search(d.article.text, s.start, s.end)}
                for d in ctx.docs}
    out: list[Finding] = []
    for y, (labels, own_plain) in found.items():
        by_word: dict[str, list[Mention]] = {}
        for m in labels:
            by_word.setdefault(stem(m[3].lower()), []).append(m)
        for _word, mine in sorted(by_word.items()):
            xs_found: list[tuple] = []
            ys_found: list[tuple] = []
            best = 0.0
            for x, (x_labels, plain) in found.items():
                if x == y or x_labels or not plain or not ctx.contrasted(x, y):
                    continue
                for ly in mine[:MAX_PAIRED]:
                    sy = ly[0]
                    if any(p[0].id == sy.id for p in own_plain):
                        continue  # "workers marched and rioters looted": two groups
                    pairs = []  # (score, plain mention) of x for this label
                    for px in plain[:MAX_PAIRED]:
                        sx = px[0]
                        ignore = frozenset(content_stems(ly[3] + " " + px[3]))
                        sc = linker.score(sy, sx, ignore)
                        if sc <= 0 or _dated_apart(ctx, sy, sx) or _parts_apart(sy, sx):
                            continue
                        if not _shares_what(linker, sy, sx, ignore):
                            continue  # "on Tuesday evening" alone: two crowds, two places
                        later = _LATER.search(sy.text) is not None
                        key = (y, sx.id, ignore, later)
                        if key not in apart:
                            apart[key] = _tells_apart(ctx, linker, own_plain, labelled[y],
                                                      y, sx, ignore, later)
                        if apart[key]:
                            continue  # the labelling outlet names the plain group too
                        pairs.append((sc, px))
                    for sc, px in _same_act(ctx, ly, pairs):
                        sx = px[0]
                        best = max(best, sc)
                        if all(s.id != sx.id for s, _ in xs_found):
                            xs_found.append((sx, (px[1], px[2], px[3])))
                        if all(s.id != sy.id for s, _ in ys_found):
                            ys_found.append((sy, (ly[1], ly[2], ly[3])))
            if xs_found:
                out.append(_story_finding(
                    ctx, RULE, "descriptor", "crowd", xs_found[:3], ys_found[:3],
                    "one group named by a loaded label in one outlet, by who they are in "
                    "another", best))
    return out
