"""Descriptors: the charged words an article uses for actors, acts and statements.

Two kinds of occurrence, both read from the tables in :mod:`storylens.rules.loaded_terms`:

* a **term** of an equivalence set ("protesters" / "mob", "government" / "regime"): what
  the article *calls* a referent;
* a **modifier** ("so-called", "suspicious", "flailing") and the noun it colours: how the
  article *qualifies* a referent every outlet names ("Epstein's suspicious death" vs "his
  death in jail").

Pure functions over one :class:`~storylens.models.Document`; the findings compare the
occurrences of different outlets (``findings.framing``) and count them per outlet
(``findings.summary``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, wraps
from typing import TypeVar

from ..models import Document, Sentence
from ..normalize import stem
from ..rules.attribution import PREPOSITIONS
from ..rules.loaded_terms import (
    AMOUNT_SETS,
    ANCHOR_ONLY,
    APPOSITIVE_OPENERS,
    CHARGE_CONTEXT,
    EXAMPLE_OPENERS,
    FIXED_COMPOUNDS,
    FRAME_NOUNS,
    FRAME_PRONOUNS,
    FRAME_VERBS,
    GLOSS_OPENERS,
    INTENSIFIERS,
    INTRODUCING_MODIFIERS,
    LEGAL_CONTEXT,
    LEMMA_SETS,
    MODIFIER_NOT_BEFORE,
    MODIFIERS,
    MOTION_AFTER,
    NAMED_ONLY_MODIFIERS,
    NEEDS_OBJECT,
    NOT_TERMS,
    NOUN_SETS,
    OBJECT_OPENERS,
    OTHER_ACT_PARTICLES,
    OWN_POSSESSIVES,
    STOP_HEADS,
    TERM_FORMS,
    VERB_SETS,
    figurative_burning,
    heads_business,
    literal_use,
    no_instrument,
    no_vote,
    other_impact,
)
from ..rules.units import CURRENCY_WORDS
from ..rules.words import STOPWORDS

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_POSSESSIVE = re.compile(r"['’]s?$")
BODY = frozenset({"paragraph", "standfirst"})
_T = TypeVar("_T")


@dataclass(frozen=True)
class TermUse:
    """One use of a term of an equivalence set."""

    sentence: str
    start: int
    end: int
    surface: str
    set_name: str
    term: str  # base form in the table ("mob", "regime")
    charge: int  # 0 neutral, 1 coloured, 2 loaded
    # key of the named entity the term labels, when it stands right beside one ("leader
    # Kim Jong-un", "Osk's regime", "Hezbollah militants"): links the term across outlets
    # without sentence overlap (:func:`_anchor`)
    anchor: str | None = None
    # an intensifying adverb (:data:`INTENSIFIERS`) within two words ("pulled him
    # violently"): not the plain wording of the act
    intensified: bool = False
    # why the use is standard wording, counted as loaded only beside another outlet's
    # wording of the same thing: "compound" ("terrorist attacks",
    # rules/loaded_terms.FIXED_COMPOUNDS); None for a label
    standard: str | None = None


@dataclass(frozen=True)
class ModifierUse:
    """A loaded modifier and the noun(s) it qualifies."""

    sentence: str
    start: int  # the modifier
    end: int
    surface: str
    modifier: str  # table form ("suspicious")
    cls: str  # "doubt", "evaluative", ...
    heads: tuple[str, ...]  # stems of the next content words ("impeach", "drive")
    head_end: int  # end of the qualified phrase, for the span
    # key of the named entity the qualified phrase names ("the embattled Oren Falk",
    # "disgraced financier Ivo Brant"): links the modifier to the other outlets' mentions
    # of that entity without sentence overlap
    anchor: str | None = None
    # why the use is standard wording, counted as loaded only beside another outlet's
    # wording of the same thing: "introduces" (a name or a glossed term of art, "the
    # so-called Trans-Pacific Partnership") or "compound" ("suspicious activity");
    # None for a judgement (rules/loaded_terms.INTRODUCING_MODIFIERS, FIXED_COMPOUNDS)
    standard: str | None = None


def _body(s: Sentence) -> bool:
    return s.block in BODY


# A quoted phrase: double quotes (straight or curly) around at most 12 words. Short scare
# or partial quotes ("the “draconian law” is withdrawn") are not Quote objects (too short
# for the quote extractor) but are still someone else's words.
_PHRASE = re.compile(r"[\"“„«]([^\"“”„«»\n]{1,120}?)[\"”»]")
_PHRASE_WORDS = 12
_GLOSS = re.compile(r"\s*\(([^()\n]{1,120})\)")


def _quoted(doc: Document) -> list[tuple[int, int]]:
    """Spans of direct quotes and quoted phrases: words there are the speaker's, not the
    outlet's."""
    text = doc.article.text
    spans = [(q.start, q.end) for q in doc.analysis.quotes if q.direct] if doc.analysis else []
    spans += colon_speech(doc)
    for m in _PHRASE.finditer(text):
        if len(m.group(1).split()) <= _PHRASE_WORDS:
            spans.append((m.start(1), m.end(1)))
            # a gloss in brackets right after the quote is the quote's words translated:
            # '"Tanashahi nahin chalegi" (we won't allow dictatorship)'
            g = _GLOSS.match(text, m.end())
            if g:
                spans.append((g.start(1), g.end(1)))
    return spans + list(post_spans(text))


_FRAME_NOUN = "(?:" + "|".join(FRAME_NOUNS) + ")"
# "In RT's coverage", "by Vell's account", "in his view", "in the eyes of the court",
# "according to RT", "as Vell puts it": the whole sentence is the other party's framing.
# "according to" only before a name or a pronoun: "according to televised footage" cites
# evidence, and the words around it stay the outlet's (SemEval dev: "The mob streamed into
# the embassy ..., according to televised footage" is the outlet's "mob"). A
# possessive frame ends its phrase (a comma, "of", the sentence's end): "in the union's
# account at the bank" is money, not a telling.
_FRAME_SENTENCE = re.compile(
    r"\b(?:(?:in|by)\s+(?:(?P<pro>" + "|".join(sorted(FRAME_PRONOUNS | OWN_POSSESSIVES))
    + r")|"
    r"(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[\w.&-]+['’]s?)\s+(?:own\s+)?" + _FRAME_NOUN
    + r"(?=\s*(?:[,.;:!?)]|of\b|$))"
    + r"|in\s+the\s+" + _FRAME_NOUN + r"\s+of|according\s+to\s+(?:him|her|them|(?:the\s+)?(?-i:[A-Z])\w*)"
    r"|as\s+(?:he|she|they|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+"
    r"(?:tells|told|puts|put|sees|saw)\s+it)\b", re.IGNORECASE)


def _verb_forms(verb: str) -> str:
    """A pattern for ``verb``'s forms: "describe(s|d)", "describing"; "label(s|led|ling)",
    "labeled", "labeling"; "portray(s|ed|ing)"."""
    if verb.endswith("e"):
        return verb[:-1] + "(?:e|es|ed|ing)"
    if verb.endswith("l"):
        return verb + "(?:s|ed|led|ing|ling)?"
    return verb + "(?:s|ed|ing)?"


# "X portrays Y as", "Y is depicted as", "what officials described as", "describing Y as"
# (the -ing forms were missed before: "describ" + "ing"): from the verb on.
_FRAME_VERB = re.compile(
    r"\b(?:" + "|".join(map(_verb_forms, FRAME_VERBS)) + r")(?:\s+[\w'’-]+){0,3}?\s+as\b",
    re.IGNORECASE)


def reported_spans(doc: Document) -> list[tuple[int, int]]:
    """Spans that report another party's framing (rules/loaded_terms.FRAME_NOUNS,
    FRAME_VERBS): a sentence with "according to RT", "In RT's coverage", "in Vell's view";
    the rest of a sentence after "portrayed ... as". A loaded word there is the other
    party's, as a quoted word is (s8 held-out report item 5)."""
    text = doc.article.text
    out = []
    for s in doc.sentences:
        m = _FRAME_SENTENCE.search(text, s.start, s.end)
        while m is not None and (m.group("pro") or "").lower() in OWN_POSSESSIVES:
            m = _FRAME_SENTENCE.search(text, m.end(), s.end)  # "in our view": the outlet's
        if m is not None:
            out.append((s.start, s.end))
            continue
        v = _FRAME_VERB.search(text, s.start, s.end)
        if v is not None:
            out.append((v.start(), s.end))
    return out


def colon_speech(doc: Document) -> list[tuple[int, int]]:
    """Speech a colon introduces without quote marks ("The governor added: It's typical of
    Hillary Clinton. She knows nothing ...", "Limbaugh added: And from a supposed
    front-runner ..."): the quote analysis reads the first clause after the colon as the
    speaker's (an indirect quote that starts right after the colon); the rest of the
    paragraph is the speaker's too, as in a block quote. s8 reader report item 1: a
    loaded word in such a paragraph ("riot", "supposed") was charged to the outlet.

    Only a paragraph the colon's sentence opens is a block quote; after a colon inside a
    paragraph (and in a text with no paragraph breaks: a record's flattened text), the
    speech is the rest of the colon's sentence, and the narration goes on after it."""
    if doc.analysis is None:
        return []
    text = doc.article.text
    starts = [s.start for s in doc.sentences]
    out = []
    for q in doc.analysis.quotes:
        if q.direct:
            continue
        before = text[max(0, q.start - 4):q.start].rstrip()
        if not before.endswith(":"):
            continue
        end = text.find("\n", q.start)
        end = len(text) if end < 0 else end
        i = bisect_right(starts, q.start) - 1
        if i >= 0 and text[text.rfind("\n", 0, q.start) + 1:starts[i]].strip():
            end = min(end, max(doc.sentences[i].end, q.end))  # a colon inside a paragraph
        out.append((q.start, end))
    return out


# An embedded social-media post's signature ("— Jo Vell (@jovell) May 2, 2026"): its
# line is the poster's words, and so is the paragraph before it when the signature
# stands on a line of its own (how pages flatten an embedded tweet).
_POST_SIGNATURE = re.compile(r"\(@\w{1,30}\)")
_SIGNATURE_LINE = re.compile(r"\s*[—–-]\s*[^\n]{0,80}\(@\w{1,30}\)[^\n]{0,40}$")


@lru_cache(maxsize=256)
def post_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Character spans of embedded posts in ``text``: the poster's words, not the
    outlet's (a politician's tweet, a broadcaster's post quoted whole)."""
    out: list[tuple[int, int]] = []
    prev: tuple[int, int] | None = None  # the last non-empty line
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        if _POST_SIGNATURE.search(line):
            out.append((a, b))
            if prev is not None and _SIGNATURE_LINE.match(line):
                out.append(prev)
        prev = (a, b)
    return tuple(out)


def _inside(spans: list[tuple[int, int]], a: int) -> bool:
    return any(s <= a < e for s, e in spans)


# The first words of the two-word forms and NOT_TERMS pairs: a pair is built only after
# one of them (a word match holds no space; most words start no pair).
_PAIR_FIRST = frozenset(k.split(" ", 1)[0] for k in (*TERM_FORMS, *NOT_TERMS) if " " in k)


def term_matches(words: list[re.Match[str]]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, form)`` of each :data:`TERM_FORMS` term among a sentence's word
    matches, left to right: a two-word form before a one-word one, and a
    :data:`NOT_TERMS` pair ("riot police") skipped whole. Shared by the descriptor
    analysis and the aligned framing finder, so both read a sentence the same way."""
    low = [w.group().lower() for w in words]  # each word lowered once, not per pair
    i = 0
    while i < len(words):
        if i + 1 < len(words) and low[i] in _PAIR_FIRST:
            two = low[i] + " " + low[i + 1]
            if two in NOT_TERMS:
                i += 2
                continue
            if two in TERM_FORMS:
                yield words[i].start(), words[i + 1].end(), two
                i += 2
                continue
        one = low[i]
        if one in TERM_FORMS:
            yield words[i].start(), words[i].end(), one
        i += 1


# The start of the key each :func:`per_document` memo has on its Document (a forked
# analysis child hands them back with the analysis: findings.summary.document_parts).
MEMO_PREFIX = "_memo_"


def per_document(fn: Callable[[Document], _T]) -> Callable[[Document], _T]:
    """Run ``fn`` once per document. The coverage summary and the story-wide framing
    both read every article's terms and modifiers (on a 50-article story that was
    ~0.1 s done twice). The result is kept on the Document itself, which is frozen and
    never changed, so it cannot go stale; not in module state, and dataclass equality,
    ``replace`` and ``asdict`` ignore it."""
    key = f"{MEMO_PREFIX}{fn.__name__}"

    @wraps(fn)
    def once(doc: Document) -> _T:
        memo = doc.__dict__
        if key not in memo:
            memo[key] = fn(doc)
        return memo[key]

    return once


# reported_spans is read of each document by term_uses, modifier_uses and group_labels
# (a search of two long patterns per sentence, ~0.01 s of CPU per read on the 50-article
# story of benchmarks/compare.py): kept once per document (callers never change the list)
reported_spans = per_document(reported_spans)


# A dateline before a sentence's first word ("TINZAWAT, Dambara (Horizon News Agency) - ",
# "PORT TARN - "): the word after it opens the sentence, and its capital is no name's.
_DATELINE = re.compile(r"[A-Z][A-Z'’.-]+\b[^\n]{0,80}?\s[-–—]\s+")


def in_name(text: str, start: int, a: int) -> bool:
    """Whether a capitalised word at ``a`` inside the sentence starting at ``start`` is a
    name's part ("Taliban Government", "Rally Road"), not the sentence's first word (after a
    dateline too: "TINZAWAT - Gunmen abducted", dev t15, session 14b)."""
    return text[a].isupper() and a > start and _DATELINE.fullmatch(text, start, a) is None


@per_document
def term_uses(doc: Document) -> tuple[TermUse, ...]:
    """Every term of :data:`TERM_FORMS` in the body of ``doc`` (names left out: a
    capitalised term inside a sentence, "Taliban Government", is part of a name)."""
    text = doc.article.text
    quoted = _quoted(doc) + reported_spans(doc)
    near = _names_by_sentence(doc)
    out: list[TermUse] = []
    for s in doc.sentences:
        if not _body(s):
            continue
        words = list(_WORD.finditer(text, s.start, s.end))
        lowered = [w.group().lower() for w in words]
        charged = any(w in CHARGE_CONTEXT for w in lowered)
        hot = [w.start() for w, low in zip(words, lowered, strict=True) if low in INTENSIFIERS]
        for a, b, form in term_matches(words):
            name, base, charge = TERM_FORMS[form]
            if charged and charge == 2 and name not in VERB_SETS and name not in LEMMA_SETS:
                # "charged with inciting riots": the name of a charge, not a label; a verb
                # is no charge's name ("accused of pocketing $4.2 million" is the outlet's
                # telling of the act: dev d23, session 14b)
                continue
            if literal_use(name, lowered):
                continue  # "the fire gutted the warehouse": the literal act
            if name == "burning" and figurative_burning(base, words, a, b, lowered):
                continue  # "Critics torched the plan": no fire
            if no_instrument(name, lowered, sum(1 for w in words if w.start() < b)):
                continue  # "ripped up the tram tracks": no rule ended
            if other_impact(name, base, lowered, sum(1 for w in words if w.start() < b)):
                continue  # "rammed the bill through": no collision
            if no_vote(name, base, charge, lowered, sum(1 for w in words if w.start() < b)):
                continue  # "approved by a deputy minister": no chamber's vote
            if not in_name(text, s.start, a) and not _inside(quoted, a):
                # a name before a verb is its subject, not a label it puts on that name
                # ("the Bureau raided": dev d19, session 14b)
                anchor = None if name in VERB_SETS or name in LEMMA_SETS else _anchor(
                    text, _near(near.get(s.id), a, b), a, b, s.start)
                if anchor is None and base in ANCHOR_ONLY:
                    continue  # "the group": compared only as the label of a name
                if base == "boss" and heads_business(text, a):
                    continue  # "Vella Ferries boss": a company's head, no framing
                if name in LEMMA_SETS and (other_act(text, b) or motion(text, b)):
                    continue  # "pulled his hand free", "jerked along": not "pulled him"
                if name in NOUN_SETS and verb_reading(text, b):
                    continue  # "clutches a photograph": the verb, not "the clutches of"
                if name in AMOUNT_SETS and not sum_after(text, b):
                    continue  # "took part", "received a call": no sum taken
                intensified = bool(hot) and any(  # hot is in text order: bisect
                    not a <= at < b for at in hot[bisect_left(hot, a - 30):bisect_left(hot, b + 30)])
                out.append(TermUse(s.id, a, b, text[a:b], name, base, charge, anchor,
                                   intensified, compound(text, base, b)))
    return tuple(out)


# A verb term followed, within three words, by a particle that makes it another act
# (:data:`OTHER_ACT_PARTICLES`).
_OTHER_ACT = re.compile(r"(?:\s+[\w'’]+){0,2}?\s+(?:" + "|".join(sorted(OTHER_ACT_PARTICLES))
                        + r")\b", re.IGNORECASE)


# A determiner or possessive right after a term: the term is a verb with its object.
_OBJECT_AFTER = re.compile(r"\s+(?:a|an|the|his|her|their|its|my|our|your|this|that|these|"
                           r"those)\b", re.IGNORECASE)


# A sum right after a verb: an optional hedge, then a currency sign and a digit, or a
# number with a scale or currency word ("3.1 million krona", "$40,000", "96 million euros").
_SUM_AFTER = re.compile(
    r"\s+(?:(?:about|some|nearly|almost|around|roughly|over|more\s+than|at\s+least|"
    r"an\s+estimated|a\s+total\s+of|up\s+to)\s+)?"
    r"(?:[$€£¥]\s?\d|\d[\d,.]*\s*(?:million|billion|thousand|bn|m)\b|\d[\d,.]*\s+(?:"
    + "|".join(sorted(CURRENCY_WORDS, key=len, reverse=True)) + r")\b)",
    re.IGNORECASE)


def sum_after(text: str, end: int) -> bool:
    """Whether a sum of money follows the word ending at ``end`` (rules/loaded_terms
    AMOUNT_SETS)."""
    return _SUM_AFTER.match(text, end) is not None


def verb_reading(text: str, end: int) -> bool:
    """Whether the term ending at ``end`` reads as a verb with an object ("clutches a
    photograph"), not as the noun of :data:`NOUN_SETS` ("the clutches of")."""
    return _OBJECT_AFTER.match(text, end) is not None


_NEXT_WORD = re.compile(r" ([a-z]+)\b")


def motion(text: str, end: int) -> bool:
    """Whether the verb ending at ``end`` tells motion with no one acted on: a word of
    :data:`MOTION_AFTER` right after it ("jerked along wooden tracks")."""
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in MOTION_AFTER


def compound(text: str, base: str, end: int) -> str | None:
    """``"compound"`` when the word ending at ``end`` (table form ``base``) opens a
    standard compound of :data:`FIXED_COMPOUNDS` ("terrorist attacks"), else None."""
    heads = FIXED_COMPOUNDS.get(base)
    if not heads:
        return None
    m = _NEXT_WORD.match(text, end)
    return "compound" if m is not None and m.group(1) in heads else None


def other_act(text: str, end: int) -> bool:
    """Whether the verb ending at ``end`` is made another act by a particle after it
    ("pulled his hand free", "pulled away")."""
    return _OTHER_ACT.match(text, end) is not None


# Between a term and the name it labels: nothing ("leader Kim", "leader, Kim") or a
# class word ("militant group Hamas"), the name in apposition after it with its article
# ("the armed separatist group the Southern Front", "a militant group, the Southern
# Front": session 16, dev t38; "the" only after a class word: "protesters the police
# arrested" names no one the protesters are) ...
_BEFORE_NAME = re.compile(
    r"\s*,?\s*(?:(?:group|organi[sz]ation|movement|militia|faction|party)(?:\s*,\s*the|\s+the)?\s+)?"
)
# A name after the class word's "the" is in apposition only when its phrase ends there
# ("... group the Southern Front, a charge the party denies", "... group the Grey Banner
# for the fire": punctuation, a preposition or a relative pronoun); one a verb follows is the
# subject of a clause of its own: "the separatist group the Interior Ministry banned in
# 2019" (a relative clause), "blamed a separatist group, the Interior Ministry said" (the
# source of the report) label no ministry (review16e).
_THE_BEFORE_NAME = re.compile(r"\bthe\s+$", re.IGNORECASE)
_APPOSITION_END = re.compile(
    r"\s*(?:[,.;:)!?\"”’]|$|(?:for|of|in|on|at|to|from|with|and|or|over|after|since|by|"
    r"during|against|into|as|which|who|whose)\b)", re.IGNORECASE)
# ... or after the name: "Osk's regime", "Hezbollah militants", "Kataib Hezbollah Shiite
# militants" (one capitalised word between), "Hamas, the militant".
_AFTER_NAME = re.compile(r"(?:['’]s?)?\s*(?:,\s*(?:a|an|the)\s+)?(?:[A-Z][\w-]*\s+)?")
# ... but not a name that closes a sentence's opening phrase: "At a dinner in Port Ila, the
# president said" (a preposition opens the sentence, no comma and no other name before the
# name) renames no Port Ila; the term is the subject of the main clause (session 26). A
# name before it is a clause's subject: "On Monday Lund met Marek Dunn, the president of
# Osk" keeps its apposition.
_OPENING_PHRASE = re.compile(r"\W*(?:" + "|".join(sorted(PREPOSITIONS)) + r")\b[^,]*$",
                             re.IGNORECASE)
# ... or the name is the subject of a copula and the term its predicate: "Kataib Osk is
# a mostly Shia group", "Vell was the country's dictator" (at most three words between
# the article and the term, none a verb-like break: a comma ends the predicate).
_COPULA_NAME = re.compile(
    r"\s+(?:is|was|remains|became)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,3}")


# How far from a term the name it labels may lie (characters, either side): every shape
# of _anchor's patterns ("leader Kim", "militant group Hamas", "Osk is a mostly Shia
# group", "Hamas, the militant") fits well inside; a run-on sentence of thousands of names
# made the scan over all of its names quadratic (reviewed: a 4,000-word sentence, 8.6 s).
ANCHOR_REACH = 300


def _by_start(ents: list) -> tuple[list, list[int]]:
    ordered = sorted(ents, key=lambda e: e.start)
    return ordered, [e.start for e in ordered]


def _near(indexed: tuple[list, list[int]] | None, a: int, b: int) -> list:
    """The names of a sentence within :data:`ANCHOR_REACH` of ``text[a:b]`` (by bisection)."""
    if not indexed:
        return []
    ordered, starts = indexed
    lo = bisect_left(starts, a - 2 * ANCHOR_REACH)  # a name is far shorter than this
    hi = bisect_right(starts, b + ANCHOR_REACH)
    return [e for e in ordered[lo:hi] if e.end >= a - ANCHOR_REACH]


def _opening(indexed: tuple[list, list[int]] | None, after: int, upto: int) -> list:
    """The names of a sentence that open in ``(after, upto]``, in text order."""
    if not indexed:
        return []
    ordered, starts = indexed
    return ordered[bisect_right(starts, after):bisect_right(starts, upto)]


def _anchor(text: str, ents, a: int, b: int, opening: int | None = None) -> str | None:
    """The key of the entity a term at ``text[a:b]`` labels: the name right after it,
    else the name right before it (see :data:`_BEFORE_NAME`, :data:`_AFTER_NAME`). A
    plural before a comma is a list, not an apposition ("the protesters, Osk leaders").
    ``opening``: where the term's sentence starts; a name before the comma that closes the
    sentence's opening phrase is no apposition's (:data:`_OPENING_PHRASE`)."""
    inside = [e for e in ents if e.start <= a and b <= e.end]
    if inside:  # a title the name analysis kept in the name ("Dictator Kim Jong Un")
        words = inside[0].key.split()
        n = len(text[a:b].split())
        return " ".join(words[n:]) or None if text[a:b].lower() == " ".join(
            inside[0].text.split()[:n]).lower() else inside[0].key
    after = [e for e in ents if e.start >= b and _BEFORE_NAME.fullmatch(text, b, e.start)
             and not (text[b : e.start].strip().startswith(",") and text[a:b].endswith("s"))
             and not (_THE_BEFORE_NAME.search(text, b, e.start)
                      and not _APPOSITION_END.match(text, e.end))]
    if after:
        return min(after, key=lambda e: e.start).key
    # the subject of a copula first: in "Kataib Osk is a mostly Shia group" the group
    # is Kataib Osk, "Shia" only qualifies it
    copula = [e for e in ents if e.end <= a and _COPULA_NAME.fullmatch(text, e.end, a)]
    if copula:
        return max(copula, key=lambda e: e.end).key
    before = [e for e in ents if e.end <= a and _AFTER_NAME.fullmatch(text, e.end, a)
              and not (opening is not None and "," in text[e.end:a]
                       and _OPENING_PHRASE.fullmatch(text, opening, e.start)
                       and not any(opening <= f.start and f.end <= e.start for f in ents))]
    if before:
        return max(before, key=lambda e: e.end).key
    return None


@per_document
def term_holders(doc: Document) -> dict[str, frozenset[str]]:
    """term base -> the keys of the named entities ``doc`` gives that singular term: a
    use anchored to a name ("North Korea's leader, Kim Jong-un", "Osk's president Marek
    Dunn") or a title before a name ("President Ivo Lund", "Dictator Marek Dunn" read as
    one name). A bare "the president" of that article is one of them: the description
    refers back to whom the article calls so (real26 D3: chipleypaper's "the president
    said" is its "President Trump", not the "Dictator Kim Jong Un" of another outlet)."""
    out: dict[str, set[str]] = {}
    for u in term_uses(doc):
        if u.anchor is not None and u.surface.lower() == u.term:
            out.setdefault(u.term, set()).add(u.anchor)
    for e in doc.analysis.entities if doc.analysis else ():
        if e.kind != "person":
            continue  # a title is a person's ("Regime Road" names no ruler)
        words = e.text.split()
        if e.title:
            title = _POSSESSIVE.sub("", e.title.split()[-1].lower())
            key = e.key
        elif len(words) > 1:
            # a title kept inside the name ("Dictator Kim Jong Un"): the name after it
            title, key = words[0].lower(), " ".join(e.key.split()[1:])
        else:
            continue
        got = TERM_FORMS.get(title)
        if got is not None and got[1] == title and key:
            out.setdefault(title, set()).add(key)
    return {term: frozenset(keys) for term, keys in out.items()}


def _skeleton(word: str) -> str:
    """A name word without vowels, apostrophes and doubled letters: transliterations of
    one name meet ("hizbullah", "hezbollah" -> "hzblh")."""
    out = []
    for ch in word.lower():
        if ch.isalpha() and ch not in "aeiouy" and (not out or out[-1] != ch):
            out.append(ch)
    return "".join(out)


def same_anchor(x: str | None, y: str | None, loose: bool = False) -> bool:
    """Whether two anchor keys name one entity: equal, or one of two words or more
    found, word by word (in the letters of :func:`_skeleton`), inside the other
    ("kataib hizbulah" in "iraqi shia kataib hezbolah"). A one-word key must be equal:
    "iraqi" is not "iraqi shia kataib hezbolah". ``loose``: a one-word key may also be
    the first or last word of the other (a surname: only to rule a pair *out*)."""
    if x is None or y is None:
        return False
    if x == y:
        return True
    a = [k for k in (_skeleton(w) for w in re.split(r"[\s-]+", x)) if k]
    b = [k for k in (_skeleton(w) for w in re.split(r"[\s-]+", y)) if k]
    if len(a) > len(b):
        a, b = b, a
    if loose and len(a) == 1 and b and a[0] in (b[0], b[-1]):
        return True  # "kim" may be "kim jong un" (a veto, not a link, reads it so)
    if len(a) < 2 or not all(a):
        return False
    return any(b[i : i + len(a)] == a for i in range(len(b) - len(a) + 1))


@per_document
def modifier_uses(doc: Document) -> tuple[ModifierUse, ...]:
    """Every loaded modifier of :data:`MODIFIERS` in the body of ``doc``, with the stems
    of the (up to two) content words it qualifies. A doubt modifier in a legal or police
    context ("the alleged victim", "charged with allegedly ...") is standard procedural
    wording and left out."""
    text = doc.article.text
    quoted = _quoted(doc) + reported_spans(doc)
    near = _names_by_sentence(doc)
    out: list[ModifierUse] = []
    for s in doc.sentences:
        if not _body(s):
            continue
        words = list(_WORD.finditer(text, s.start, s.end))
        lowered = [w.group().lower() for w in words]
        legal = any(w in LEGAL_CONTEXT for w in lowered)
        for i, w in enumerate(lowered):
            if w in INTENSIFIERS:
                use = _intensifier(s, text, words, lowered, i, quoted)
                if use is not None:
                    out.append(use)
                continue
            entry = MODIFIERS.get(w)
            if entry is None:
                continue
            cls, _note = entry
            if (cls == "doubt" and legal) or _inside(quoted, words[i].start()):
                continue
            if i + 1 < len(words) and lowered[i + 1] in MODIFIER_NOT_BEFORE.get(w, ()):
                continue  # "was supposed to be escorted": obligation, not doubt
            heads: list[str] = []
            head_at: list[int] = []  # where each head word starts
            head_end = words[i].end()
            for j in range(i + 1, min(i + 4, len(words))):
                # the qualified phrase ends at punctuation between words
                gap = text[words[j - 1].end() : words[j].start()]
                if gap.strip(" -\"'“”‘’"):
                    break
                raw = _POSSESSIVE.sub("", lowered[j])
                if raw in STOP_HEADS or raw in MODIFIERS:
                    if heads:
                        break
                    continue
                if heads and _verb_reading(text, words, j):
                    break  # "the embattled minister questions the figures": the verb
                heads.append(stem(raw))
                head_at.append(words[j].start())
                head_end = words[j].end()
                if len(heads) == 2:
                    break
            if heads:
                # a name that opens inside the qualified phrase, or right after it
                named = _opening(near.get(s.id), words[i].end(), head_end + 1)
                while named and head_end < named[0].end and _NAME_TAIL.fullmatch(
                        text, head_end, named[0].end):
                    head_end = named[0].end  # the span shows the whole name
                # the name must end the phrase: in "the controversial Tessel bridge
                # project" the modifier qualifies the project, not the place Tessel
                anchor = named[0].key if named and named[0].end >= head_end else None
                after = _NOUN_AFTER_NAME.match(text, head_end) if anchor else None
                if after and _noun_like(after.group(1)) and not _verb_reading(
                        text, words, _index_at(words, after.start(1))):
                    # "the controversial U.S. Navy patrols", "the embattled Oren Falk
                    # government": a name of two or more words filled both head slots,
                    # but the phrase goes on; the modifier is on the noun after the name
                    anchor = None
                    heads = [stem(after.group(1).lower())]
                    head_end = after.end(1)
                if (named and anchor is None and len(heads) == 2
                        and named[0].start <= head_at[0] < named[0].end):
                    # ... and the noun after the name is what another outlet must say
                    # plainly ("the bridge"), not the name ("Tessel residents")
                    heads = [heads[1], heads[0]]
                if anchor is None and not named:
                    host = _apposed_to(text, near.get(s.id), s.start, words[i].start())
                    if host is not None:
                        # "Dorian Vasquez-Ruiz, 44, the alleged leader of the cartel": the
                        # phrase renames the name before it, its referent (session 18,
                        # held-out t55: 'alleged leader' was set against another story's
                        # "leaders of the Red Coast and Eastern Star cartels")
                        anchor = host.key
                if anchor is None and w in NAMED_ONLY_MODIFIERS:
                    continue  # a lean label on a common noun describes a camp
                standard = compound(text, w, words[i].end())
                if w in INTRODUCING_MODIFIERS and _introduces(
                        text, words[i].start(), words[i].end(), head_at, head_end):
                    standard = "introduces"
                out.append(
                    ModifierUse(
                        s.id, words[i].start(), words[i].end(), words[i].group(), w, cls,
                        tuple(heads), head_end, anchor, standard,
                    )
                )
    return tuple(out)


# What opens an appositive after a name: a comma, an optional age and its comma, an
# article ("Ivo Brant, 52, the ...", "Brant, a ..."). Read here before a modifier and by
# findings.framing after a name (a role stated there, a loaded term on it).
APPOSITION_OPENING = r"\s*,\s*(?:\d{1,3}\s*,\s*)?(?:the|a|an)\s+"
# An appositive that opens right before a modifier ("Ivo Brant, 52, the alleged ...",
# "Brant, a so-called ...").
_APPOSED_BEFORE = re.compile(APPOSITION_OPENING + "$", re.IGNORECASE)


def _apposed_to(text: str, indexed, lo: int, at: int):
    """The named entity a phrase opening at ``at`` (its modifier) stands in apposition to:
    the last name of the sentence before it, followed only by a comma, an age and an
    article (:data:`_APPOSED_BEFORE`); ``None`` when there is none."""
    if not indexed:
        return None
    ordered, _starts = indexed
    before = [e for e in ordered if lo <= e.end <= at]
    if not before:
        return None
    e = max(before, key=lambda x: x.end)
    return e if _APPOSED_BEFORE.fullmatch(text, e.end, at) else None


# A gloss after the qualified phrase (at most two more words of it first): ", a tax
# loophole", ", which benefits ...", ", such as ...", or an opening bracket.
_GLOSS_AFTER = re.compile(
    r"(?:[\s\"”’]+[\w'’-]+){0,2}[\"”’]?\s*(?:\(|,\s*(?:"
    + "|".join(re.escape(g).replace(r"\ ", r"\s+") for g in GLOSS_OPENERS) + r")\b)",
    re.IGNORECASE)


def _introduces(text: str, mod_start: int, mod_end: int, head_at: list[int],
                head_end: int) -> bool:
    """Whether an introducing modifier ("so-called") introduces a name or a term of art
    (rules/loaded_terms.INTRODUCING_MODIFIERS): the phrase after it is capitalised or in
    quote marks, or a gloss follows it, or it is a closed appositive of two words or more
    renaming the phrase before ("the VIX index, the so-called fear index,"), or a
    lower-case plural compound followed by its examples ("so-called pass-through entities
    like partnerships")."""
    head_start = head_at[0]
    if text[head_start].isupper() or any(c in text[mod_end:head_start] for c in "\"“'‘"):
        return True
    if _GLOSS_AFTER.match(text, head_end) is not None:
        return True
    if len(head_at) < 2:
        return False  # one word: "so-called experts", "Vell, the so-called expert,"
    if _APPOSITIVE_BEFORE.search(text, max(0, mod_start - 40), mod_start) and \
            _CLOSED_AFTER.match(text, head_end):
        return True
    last = text[head_at[-1]:head_end]
    return (last.endswith("s") and not last.endswith("ss") and last.islower()
            and _EXAMPLES_AFTER.match(text, head_end) is not None)


# ", the" right before the modifier, after a word or a closing mark, or "(the", "— the":
# the phrase renames the noun phrase before it (an appositive).
_APPOSITIVE_BEFORE = re.compile(
    r"(?:[\w)\"”’],\s*|\(\s*|\s[–—-]\s*)(?:" + "|".join(APPOSITIVE_OPENERS) + r")\s+$")
# The appositive closes right after its phrase: a comma, a bracket, a dash or the end.
_CLOSED_AFTER = re.compile(r"[\"”’]?\s*(?:[,)(;:.!?]|\s[–—-]\s|$)")
# Examples of a plural term ("entities like partnerships", "entities such as trusts").
_EXAMPLES_AFTER = re.compile(
    r"\s+(?:" + "|".join(re.escape(e).replace(r"\ ", r"\s+") for e in EXAMPLE_OPENERS)
    + r")\s+\w")


_NAME_TAIL = re.compile(r"[\w\s.'’-]*")
# A lower-case word right after a name, spaces only between: the noun a name before it
# qualifies ("Oren Falk government", "U.S. Navy patrols").
_NOUN_AFTER_NAME = re.compile(r"(?: +[A-Z][\w.'’-]*)* +([a-z][a-z-]+)\b")


def _noun_like(word: str) -> bool:
    """Whether a lower-case word right after a name is surely a noun the name qualifies:
    a term of the loaded-term tables ("government", "regime", "militants") or a word with
    a noun-forming suffix (-ment, -tion, -sion, -ship, -ness, -ity, -ism, plural too).
    Anything else may be a verb ("The beleaguered Oren Falk flew to Tarn"), and then the
    name ends the phrase as before: a missed contrast, not a wrong one."""
    w = word.lower()
    if w in STOP_HEADS or w in STOPWORDS or w in MODIFIERS:
        return False
    # a verb set's form is a past verb ("Oren Falk struck", "Falk spent"): no noun
    term = TERM_FORMS.get(w)
    if term is not None:
        return term[0] not in VERB_SETS
    return _NOUN_SUFFIX.search(w) is not None


_NOUN_SUFFIX = re.compile(r"(?:ment|tion|sion|ship|ness|ity|ism)s?$")


def _verb_reading(text: str, words: list[re.Match[str]], j: int | None) -> bool:
    """Whether sentence word ``j`` reads as a verb by the words around it, not by its
    suffix: the next word, with only a space between, opens an object or a clause
    (rules/loaded_terms.OBJECT_OPENERS: "questions the figures", "sanctions his aides",
    "questions whether"). A noun with such a word right after it is rare; an -s or
    -tion word is a noun or a verb by its place, not its ending. "that" is not one: after
    a noun it may open a relative clause ("questions that the union raised")."""
    if j is None or j + 1 >= len(words):
        return False
    if text[words[j].end():words[j + 1].start()] != " ":
        return False  # punctuation between: the phrase ends there
    return words[j + 1].group().lower() in OBJECT_OPENERS


def _index_at(words: list[re.Match[str]], start: int) -> int | None:
    """The index of the sentence word that starts at ``start``."""
    i = bisect_left([w.start() for w in words], start)
    return i if i < len(words) and words[i].start() == start else None


@per_document
def _names_by_sentence(doc: Document) -> dict[str, tuple[list, list[int]]]:
    """Named entities per sentence id, in text order with their starts (for bisection:
    :func:`_near`, :func:`_opening`), nationalities left out ("Iraqi martyrs": a country,
    not one actor). Made once per document for its terms and its modifiers."""
    ents: dict[str, list] = {}
    for e in doc.analysis.entities if doc.analysis else ():
        if e.kind != "norp":
            ents.setdefault(e.sentence, []).append(e)
    return {sid: _by_start(es) for sid, es in ents.items()}


# Words between an act and an adverb that follows it ("pulled him violently"): objects.
_OBJECT_WORDS = frozenset("him her them it us me you his their its the a an".split())


def _verbish(word: str) -> bool:
    """A word that can be the act an adverb qualifies: a past or -ing form, or a verb
    of a loaded-term set ("pull", "stormed")."""
    return word.endswith(("ed", "ing")) or (word in TERM_FORMS and len(word) > 3)


# Words that may follow an act's adverb ("pulled him violently towards her", "reacted
# angrily to"): with STOPWORDS, the words that do not make the adverb the next word's.
_AFTER_ACT = frozenset(
    "towards toward across around along behind beyond away back past inside outside near "
    "aside apart free".split())


def _function_word(word: str) -> bool:
    return word in STOPWORDS or word in _AFTER_ACT


def _intensifier(s, text, words, lowered, i, quoted) -> ModifierUse | None:
    """An intensifying adverb and the act it qualifies: the verb right after it
    ("violently pulled") or, failing that, the verb before it with at most an object
    between ("pulled him violently"); nothing when neither is found, or inside quotes."""
    if _inside(quoted, words[i].start()):
        return None

    def joined(j: int, k: int) -> bool:  # no punctuation between words j and k (j < k)
        return not text[words[j].end() : words[k].start()].strip(" -")

    if i + 1 < len(words) and joined(i, i + 1) and _verbish(lowered[i + 1]):
        j = i + 1
        a, end = words[i].start(), words[j].end()
    elif i + 1 < len(words) and joined(i, i + 1) and not _function_word(lowered[i + 1]):
        # a content word right after the adverb is the act it qualifies, one _verbish
        # does not know ("the hall building violently shook"): the word before ("building")
        # is not the act
        return None
    else:
        j = i - 1
        while j >= 0 and i - j <= 3 and joined(j, j + 1) and lowered[j] in _OBJECT_WORDS:
            j -= 1
        if j < 0 or i - j > 3 or not joined(j, j + 1) or not _verbish(lowered[j]):
            return None
        a, end = words[j].start(), words[i].end()
    if lowered[i] in NEEDS_OBJECT and not (j < i - 1 or lowered[j] in TERM_FORMS):
        return None  # "shaking violently": motion, not an act done to someone
    return ModifierUse(s.id, a, end, text[a:end], lowered[i], "intensifier",
                       (stem(lowered[j]),), end)


@dataclass(frozen=True)
class LabelHedge:
    """A label put as an accusation: "accused of serving as Vell's enforcer"."""

    sentence: str
    start: int  # "accused"
    end: int  # end of the label noun
    label: str  # the label noun as written ("enforcer")
    stem: str


# "accused of being / serving as / acting as [a|the|Name's] [up to two words] LABEL": the
# outlet reports the label as someone's accusation, where another outlet may state it as
# fact (gold guide G2: "a fact stated outright vs 'allegedly' or 'accused of'").
_HEDGED_LABEL = re.compile(
    r"\b(?:accused|suspected)\s+of\s+(?:being|serving\s+as|acting\s+as|working\s+as)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+)?"
    r"(?:(?:[A-Z][\w.-]*\s+)*[\w.-]+['’]s?\s+)?"
    r"((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)"
)
# "who claim to be / claiming to be / purporting to be [a|the] [up to two words] LABEL":
# an identity put as the group's or person's own unproven claim (Words to watch,
# "Expressions of doubt": "claimed" casts doubt; issue 12, item 2: "protesters, who claim
# to be farmers"). Without a determiner the label must be a plural noun ("farmers"): "who
# claim to be innocent", "claimed to be owed wages" are no label.
_CLAIMED_LABEL = re.compile(
    r"\b(?:(?:who|that)\s+(?:claim|claims|claimed|purport|purports|purported)|claiming|"
    r"purporting)\s+to\s+be\s+((?:a|an|the)\s+)?((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)"
)
# Words that end the label phrase ("a spy for Osk", "the madam who ...").
_LABEL_END = frozenset("for who which that and or of in to with at on by from as".split())


def label_hedges(doc: Document) -> tuple[LabelHedge, ...]:
    """Every label of :data:`_HEDGED_LABEL` in the body of ``doc``, outside quotes."""
    text = doc.article.text
    quoted = _quoted(doc)
    out: list[LabelHedge] = []
    for s in doc.sentences:
        if not _body(s):
            continue
        for m in _HEDGED_LABEL.finditer(text, s.start, s.end):
            use = _label(s, m, 1, quoted)
            if use is not None:
                out.append(use)
        for m in _CLAIMED_LABEL.finditer(text, s.start, s.end):
            use = _label(s, m, 2, quoted)
            if use is None:
                continue
            words = m.group(2)[: use.end - m.start(2)].split()
            if m.group(1) is None and (not use.label.endswith("s") or any(
                    w.endswith(("ed", "ing")) for w in words)):
                continue  # "claim to be innocent", "claimed to be owed": no label
            out.append(use)
    return tuple(out)


def _label(s: Sentence, m: re.Match[str], group: int, quoted) -> LabelHedge | None:
    """The label noun of a hedged-label match: its phrase cut at :data:`_LABEL_END`."""
    if _inside(quoted, m.start()):
        return None
    kept = []
    for w in _WORD.finditer(m.group(group)):
        if w.group() in _LABEL_END:
            break
        kept.append(w)
    if not kept or kept[-1].group() in STOP_HEADS:
        return None
    last = kept[-1]
    end = m.start(group) + last.end()
    return LabelHedge(s.id, m.start(), end, last.group(), stem(last.group()))


__all__ = [
    "LabelHedge",
    "ModifierUse",
    "TermUse",
    "label_hedges",
    "modifier_uses",
    "other_act",
    "verb_reading",
    "post_spans",
    "same_anchor",
    "term_holders",
    "term_uses",
]
