"""Tokens of a sentence and the attribution cue verbs found among them."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from ...rules.attribution import (
    ADVERBIAL_START,
    ARTICLES,
    CUE_FORMS,
    CUE_PREFIX,
    DETERMINERS,
    GROUP_NOUNS,
    NOT_AFTER_VERB,
    NOUN_LIKE_FORMS,
    PREPOSITIONS,
    PRONOUNS,
)
from ...rules.clauses import (
    ADDRESSEE_CUES,
    CLAIM_NOUNS,
    CUE_BE_FORMS,
    CUE_RELATIVES,
    LY_NOT_ADVERBS,
    REPORTED_CLAUSE_OPENERS,
    SAY_MODALS,
)
from ..datewords import is_weekday, month_dated

# Cue forms that can follow a quote ("…," X said): finite forms only.
_FINITE = frozenset(f for f in CUE_FORMS if not f.endswith("ing") and " " not in f)
# The first words of the two-word cue forms ("pointed out"): a token is read as the head of
# a pair only when it is one (tokens hold no space; :func:`_cue_at` is asked of every
# token of every sentence, and most start no pair).
_PAIR_HEADS = frozenset(f.split(" ", 1)[0] for f in CUE_FORMS if " " in f)

_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Prof|Rev|St|Jr|Sr|Capt|Cmdr|Adm|Supt)\."
    r"|[A-Z]\.(?=\s+[A-Z])"  # a middle initial: "Paul D. Ryan"
    # initials that run together keep their last stop inside a name (the stop had ended
    # "Rep. G.K. Butterfield" at "G.K"): after a title ("Rep.", "Sen.") or before two
    # capitalised words ("the U.S. Census Bureau"); not before one capitalised word and a
    # lower-case one, where an unsplit sentence may end ("… from the U.S. Lund said")
    r"|(?:(?<=\b[A-Z][a-z]\. )|(?<=\b[A-Z][a-z]{2}\. )|(?<=\b[A-Z][a-z]{3}\. ))"
    r"(?:[A-Z]\.){2,}(?=\s+[A-Z])"
    r"|(?:[A-Z]\.){2,}(?=\s+[A-Z][\w'’-]*(?:\s+[A-Z(]|\s*[,(]))"
    # a number with thousands separators is one token ("$275,000"): its comma ends no clause
    # (tried only where a number starts, and without backtracking: a long run of digit
    # groups costs one scan, not one per position)
    r"|(?<![\d,])\d{1,3}(?:,\d{3})++(?:\.\d+)?(?![\d,]?\d)"
    # a stop joins words ("U.S", "Amazon.com") unless a lower-case word ends before it and
    # a capital follows: "the commissioner said.The website": a sentence end, space lost
    # A plural possessive keeps its apostrophe ("the pilots' union"): after a final "s" an
    # apostrophe that no word character follows is not a closing quote (marks.py does not
    # close a single quote after "s" either), so it does not split the speaker phrase.
    r"|[^\W_]+(?:[-'’][^\W_]+|\.(?!(?<=[a-z]{2}\.)[A-Z])[^\W_]+)*(?:['’]s|(?<=[a-z]s)['’](?!\w))?"
    r"|['’]s\b|[^\w\s]",
    re.UNICODE,
)


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    # derived once, by :func:`_tokens` (``text.lower()``, ``text[:1].isupper()``): the
    # attribution checks read them many times per token. Given to the constructor, with
    # slots, not set in a __post_init__: ~48,000 tokens on the 50-article speed case,
    # ~0.02 s of CPU less
    low: str = field(repr=False, compare=False)
    cap: bool = field(repr=False, compare=False)


@dataclass
class _Attr:
    speaker: tuple[int, int] | None
    cue: tuple[int, int] | None


# A pronoun with an auxiliary glued on before a cue form ("He's claiming …", "they're
# saying …", "she's said …"): the contraction is the cue's auxiliary, split off so the cue
# rules see "he" + "is" + "claiming" as they see the written-out form, and the speaker is
# the pronoun alone (PolNeAR labels "he" as source and "'s claiming" as cue). Only before
# a cue form: "it's clear", "he's a …" keep their one token. "'s" is "is" before an -ing
# form and "has" before a participle ("she's said"); "'d" (had or would) is left whole.
_CONTRACTED_AUX = re.compile(r"(he|she|it|they|we|you|i|that|who)(['’](?:s|re|ve))", re.IGNORECASE)
_AUX_OF = {"re": "are", "ve": "have"}


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out = [_Tok(m.start(), m.end(), g, g.lower(), g[:1].isupper())
           for m in _TOKEN.finditer(text, start, end) for g in (m.group(),)]
    if "'" not in text[start:end] and "’" not in text[start:end]:
        return out  # no contraction to split (most sentences): no second pass
    for i in range(len(out) - 2, -1, -1):
        nxt = out[i + 1].low
        if "'" not in out[i].low and "’" not in out[i].low:
            continue
        m = _CONTRACTED_AUX.fullmatch(out[i].text)
        if m and nxt in CUE_FORMS:
            t, cut, aux = out[i], out[i].start + len(m.group(1)), m.group(2)[1:].lower()
            low = _AUX_OF.get(aux) or ("is" if nxt.endswith("ing") else "has")
            out[i : i + 1] = [
                _Tok(t.start, cut, m.group(1), m.group(1).lower(), t.cap),
                _Tok(cut, t.end, m.group(2), low, False),
            ]
    return out


def is_possessive(low: str) -> bool:
    """``vell's``, ``'s``, ``pilots'``: a possessive token (lower case)."""
    return low.endswith(("'s", "’s")) or (len(low) > 2 and low.endswith(("s'", "s’")))


def _is_quote_tok(t: _Tok) -> bool:
    return t.text in ('"', "'", "“", "”", "‘", "’", "«", "»", "„")


def _cue_at(toks: list[_Tok], k: int, finite_only: bool) -> tuple[int, int] | None:
    """Token range ``[k, e)`` of a cue verb starting at ``k`` (two-word forms first)."""
    if k >= len(toks):
        return None
    if k + 1 < len(toks) and toks[k].low in _PAIR_HEADS:
        pair = toks[k].low + " " + toks[k + 1].low
        if pair in CUE_FORMS and pair != "told reporters":
            return (k, k + 2)
    w = toks[k].low
    if w in CUE_FORMS and (not finite_only or w in _FINITE):
        if toks[k].text[0].isupper() and w != "said":
            return None  # "United States", "Claims Court": a name, not a verb
        if k and toks[k - 1].low in ARTICLES:
            return None  # "the alleged attack", "a stated aim": an adjective or noun
        if w in NOUN_LIKE_FORMS and not (w.endswith("ing") and k and toks[k - 1].low in CUE_BE_FORMS):
            # ("is warning voters that …": after a form of "be" an -ing form is a verb)
            prev = toks[k - 1] if k else None
            if prev is not None and _possessed(toks, k):
                # "Editor's note", "Vell's Fifth Amendment claims": a noun; a claim noun
                # with its that-clause still attributes ("Vell's claim that …")
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if w in CLAIM_NOUNS and nxt is not None and nxt.low == "that":
                    return (k, k + 1)
                return None
            if w == "state" and prev is not None and prev.cap:
                return None  # "Uttar Pradesh state Yogi …", "Oria state officials": a noun
            if prev is None or not (
                prev.low in PRONOUNS
                or prev.low in CUE_RELATIVES  # "many of whom say …", "who claims …"
                or prev.low in GROUP_NOUNS
                or (prev.cap and prev.low not in DETERMINERS)
                or _say_with_clause(toks, k)
            ):
                return None  # "the report", "her claims": a noun
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is not None and (nxt.low.endswith("ed") or nxt.low in NOT_AFTER_VERB):
                return None  # "states led by", "claims were", "reports of"
        return (k, k + 1)
    return None


def _say_with_clause(toks: list[_Tok], k: int) -> bool:
    """``say``/``says`` after a lower-case noun or an object pronoun, with a clause after
    it, is the verb ("Those close to him say that …", "observers around the country say
    Scott deserves …"); the noun is "have their say", "the final say on …", "a say in"."""
    if toks[k].low not in ("say", "says") or k == 0 or k + 1 >= len(toks):
        return False
    prev, nxt = toks[k - 1], toks[k + 1]
    if not prev.text[0].isalnum() or prev.low in ARTICLES or prev.low in DETERMINERS:
        return False
    if prev.low in SAY_MODALS:
        return False  # "you could say that …" is read with its modal elsewhere
    return nxt.low in REPORTED_CLAUSE_OPENERS or (nxt.cap and nxt.text[0].isalpha())


def _possessed(toks: list[_Tok], k: int) -> bool:
    """A possessive before ``toks[k]``, directly or through capitalised words ("Editor's
    note", "Vell's Fifth Amendment claims"): the word is a noun it owns."""
    for m in range(k - 1, max(-1, k - 5), -1):
        t = toks[m]
        if is_possessive(t.low):
            return True
        if not t.cap:
            return False
    return False


def opens_clause(toks: list[_Tok], k: int) -> bool:
    """Whether reported content starts at ``toks[k]``, right after the cue ending at
    ``k``: then a quote before ``X said`` is not what X said (``on "Face the Nation," X
    said the …``). After ``told`` only ``that`` opens one ("told the crowd")."""
    if not (0 < k + 1 < len(toks) and toks[k + 1].text[0].isalnum()):
        return False
    if CUE_FORMS.get(toks[k - 1].low) in ADDRESSEE_CUES:
        return toks[k].low == "that"
    return toks[k].low in REPORTED_CLAUSE_OPENERS


def _cue_prefix(toks: list[_Tok], k: int, floor: int) -> int:
    """Extend a cue start back over auxiliaries / adverbs ("has also said", "Democrats
    successfully argued")."""
    while k - 1 >= floor and (
        toks[k - 1].low in CUE_PREFIX - {"told"} or ly_adverb(toks, k - 1, floor)
    ):
        k -= 1
    return k


def ly_adverb(toks: list[_Tok], m: int, floor: int = 0) -> bool:
    """``toks[m]`` is an adverb in "-ly" between a subject and its cue ("successfully",
    "apparently"): lower case, not a noun in "-ly", and after a word that can end a
    subject (not an article or possessive: "the family said" keeps "family")."""
    t = toks[m]
    if t.cap or len(t.low) <= 4 or not t.low.endswith("ly") or t.low in LY_NOT_ADVERBS:
        return False
    if m - 1 < floor:
        return False
    prev = toks[m - 1]
    return (
        prev.text[0].isalnum()
        and prev.low not in ARTICLES
        and prev.low not in DETERMINERS
        and not is_possessive(prev.low)
    )


def _is_adverbial(t: _Tok, nxt: _Tok | None = None) -> bool:
    """A time or place phrase between a cue and its clause ("said Sunday that …"); not
    "about" before a number ("said about 20 people …")."""
    if t.low == "about" and nxt is not None and nxt.text[0].isdigit():
        return False
    return t.low in ADVERBIAL_START or (t.low in PREPOSITIONS and t.low != "to")


def _index_at(toks: list[_Tok], offset: int) -> int:
    """Index of the token holding ``offset`` (binary search: called per cue candidate, so a
    list of starts built per call made long sentences quadratic)."""
    return bisect_right(toks, offset, key=_start) - 1


def _start(t: _Tok) -> int:
    return t.start


def inside_marks(toks: list[_Tok], marks: list[tuple[int, int]]) -> list[bool]:
    """Per token: whether it starts inside one of ``marks`` (``(open, close)`` spans sorted
    by ``open``). One sweep over both lists, not one scan of the marks per token."""
    out = []
    m = 0
    reach = -1  # furthest close among marks opened at or before the token
    for t in toks:
        while m < len(marks) and marks[m][0] <= t.start:
            reach = max(reach, marks[m][1])
            m += 1
        out.append(t.start < reach)
    return out


def date_at(toks: list[_Tok], k: int) -> bool:
    """``toks[k]`` opens a date, not a name: a capitalised weekday ("by Friday"), or a
    month before a day number or a year ("a statement released by May 4", "by June 30th",
    "by May 2019"; analysis/datewords). A month alone may be a name ("April Ryan said"),
    so it needs the number."""
    if k >= len(toks) or not toks[k].cap:
        return False
    return is_weekday(toks[k].low) or k + 1 < len(toks) and month_dated(toks[k].low, toks[k + 1].low)
