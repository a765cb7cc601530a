"""How the coverage summary names a fact, or why it cannot (issue 12, item 5).

The summary is shown by default, so every fact it lists must say what it is to an editor
who has not read the articles: a bare "192" or a clipped quote cannot be checked. Each
kind of fact gets its label from the analysis that already typed it, never from a word
list fitted to an example:

* a **number** is listed only with the measure the fact model (``findings/facts.py``)
  gives it — a head word ("killed", "seats", "revenue") or the counted noun ("192 nuclear
  warheads") — and is named by the short phrase of its sentence from the number to that
  word ("submerged at least 90 neighborhoods"); the two ends of a range stay together
  ("40 to 50 nuclear bombs"). A number with no measure is not listed.
* a **quote** is listed as the speaker's voice ("quotes from Eric Lai") and only when the
  other outlet(s) do not quote that speaker at all: outlets pick different lines from one
  interview as a matter of course, and a speaker with no name ("he", "the statement") is
  nobody an editor can check.
* a **person** is listed only when the name analysis or the quote analysis shows it is one
  in that article: a title ("spokesman Agus Wibowo"), a speech verb right after the name
  or its surname ("Marston said", "Aycı noted", "who"), or a quote attributed to it. A
  capitalised pair the name analysis guessed a person ("Korean War", "Rose Bowl") has
  none. An **organisation** is listed only when one of its words says so
  (``rules/words.ORG_WORDS``: "Agency", "Ministry", "Bank").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import OrderedDict

from ..models import Document, Entity, Quote, Sentence
from ..normalize import stem
from ..rules import coverage as RC
from ..rules import numbers as RN
from ..rules.attribution import CUE_FORMS, DETERMINERS, PRONOUNS
from ..rules.titles import HELD_TITLE_CUES, HELD_TITLE_HEADS, NOT_NAMES
from ..rules.words import HONORIFICS, ORG_WORDS, TITLE_WORDS, WEAK_TITLE_WORDS

# Title words that show a person on their own: "first", "leader", "general" may be
# anything's ("the first New Year's Eve", "Prince Edward" station aside).
STRONG_TITLES = (TITLE_WORDS | HONORIFICS) - WEAK_TITLE_WORDS

# A phrase from a number to its measure word longer than this is elided in the middle
# ("192 … warheads"): the table shows one short line per fact.
MAX_PHRASE_WORDS = 7
# Words between the two ends of a range ("40 to 50", "1.69 billion to $2.58 billion").
# "and" is not one: "10.2 billion euros and 22.2 billion euros for rental costs" are two.
_RANGE_GAP = re.compile(r"^\s*(?:to|-|–|—)\s*$", re.IGNORECASE)
# Nouns a count names that say nothing on their own ("28 people"): kept beside the number
# when its measure word comes before it ("killed 28 people").
_PLAIN_NOUNS = RN.IRREGULAR_PLURALS | {"persons"}
_NOT_MEASURE = frozenset(stem(w) for w in RC.NOT_MEASURE_NOUNS)  # counted nouns are stems
_WORD = re.compile(r"[^\W_][\w'’-]*")
# After a name: a speech verb (rules/attribution.CUE_FORMS) or "who" says it is a person.
_PERSON_NEXT = re.compile(r"^\s*(?:,\s*)?(?:who\b|(?P<w>[a-z]+(?:\s+[a-z]+)?))")


def number_label(s: Sentence, mention, quantities) -> str | None:
    """A short phrase of the number's sentence ``s`` naming what it measures, or ``None``
    when the fact model gives it no measure. ``mention`` is the number's
    ``facts._Mention``; ``quantities`` the sentence's numbers in text order (for the
    clause window)."""
    from .facts import _window

    if mention is None:
        return None
    heads = mention.heads
    if mention.family != "count":
        # casualty heads count people: "lives with Anne-Marie in a £6 million pad" is no toll
        heads = heads - RN.EXCLUSIVE_HEADS
    noun = mention.noun if mention.noun not in _NOT_MEASURE else None
    if not (heads or noun):
        return None
    q = mention.q
    i = next((k for k, x in enumerate(quantities) if x.start == q.start), None)
    if i is None:
        return None
    prev = quantities[i - 1] if i else None
    nxt = quantities[i + 1] if i + 1 < len(quantities) else None
    _, (lo, hi) = _window(s, q, prev, nxt)
    a, b = q.start - s.start, q.end - s.start
    best = None  # (distance, start, end) of the measure word nearest the number
    for m in _WORD.finditer(s.text, lo, hi):
        if a <= m.start() < b or _glued_to_other_number(s.text, m.start(), a):
            continue
        w = m.group().lower().strip("'’")
        head = RN.FACT_HEADS.get(w)
        if (head is not None and head in heads) or (
                noun and (stem(w) == noun or head == noun)):
            dist = m.start() - b if m.start() >= b else a - m.end()
            if best is None or dist < best[0]:
                best = (dist, m.start(), m.end())
    if best is None:
        return None
    start = a
    if prev is not None and prev.end - s.start <= a \
            and _RANGE_GAP.match(s.text[prev.end - s.start:a]):
        start = prev.start - s.start  # "40 to 50 nuclear bombs", not "50 nuclear bombs"
    end = b
    if best[1] < a:
        # "killed 28 people": the plain noun right after the number stays with it
        nxt_word = re.match(r"\s+([a-z]+)\b", s.text[b:hi])
        if nxt_word and nxt_word.group(1) in _PLAIN_NOUNS:
            end = b + nxt_word.end()
    lo_, hi_ = min(start, best[1]), max(end, best[2])
    phrase = " ".join(s.text[lo_:hi_].split())
    if len(phrase.split()) <= MAX_PHRASE_WORDS:
        return phrase.strip(" ,;:")
    number = " ".join(s.text[start:b].split())
    word = s.text[best[1]:best[2]]
    return f"{number} … {word}" if best[1] >= b else f"{word} … {number}"


# A word inside a hyphenated compound that a number leads: "35-year-old", "10-point".
_COMPOUND_START = re.compile(r"(\d[\d.,]*)(?:-[^\W\d_]+)*-$")


def _glued_to_other_number(text: str, at: int, own: int) -> bool:
    """The word at ``at`` ends a compound led by a number other than the one labelled
    (starting at ``own``): "old" in "The 35-year-old Vellian is ranked 159" measures the
    35, so "old Vellian is ranked 159" named the 159 by another number's word."""
    m = _COMPOUND_START.search(text, max(0, at - 40), at)
    return m is not None and m.start() != own


def speaker(doc: Document, q: Quote) -> str | None:
    """The quote's speaker when it is a name an editor can look up ("Eric Lai"), not a
    pronoun (also when the analysis resolved it: a guessed antecedent is no evidence), a
    description ("the statement", "a spokesman") or a place the quote analysis took for a
    speaker ("if anyone threatens Iran, 'we will …'"). A name the
    analysis found inside the speaker phrase stands for it ("Cook County State Attorney
    Kim Foxx" -> "Kim Foxx")."""
    sp = " ".join((q.speaker or "").split())
    named = False  # sp is a name the analysis found, not the phrase as written
    if q.speaker_span and doc.analysis is not None:
        a, b = q.speaker_span
        if doc.article.text[a:b].strip().lower() in PRONOUNS:
            return None  # "he said": the name is the analysis's guess at an antecedent
        idx = _entity_index(doc)
        lo, hi = bisect_left(idx.starts, a), bisect_left(idx.starts, b)
        inside = [e for e in idx.ents[lo:hi] if e.end <= b]
        if any(e.kind in ("place", "norp") for e in inside):
            return None
        people = sorted((e for e in inside if e.kind in ("person", "org")),
                        key=lambda e: e.kind != "person")  # "Ikhsan Asaad, … of PLN"
        if people:
            sp, named = people[0].text, True
        else:
            # a name the analysis could not type ("Marston said"): a speaker only when a
            # person of that surname is named in the article ("Blaine Marston"); "if
            # anyone threatens Vella, 'we will …'" names a place, not a speaker
            if surname(sp) not in idx.person_surnames:
                return None
            named = True
    elif doc.analysis is not None and sp:
        # a quote that carries its speaker on without a span of its own (a continued
        # quote): a person the analysis named at the end of the phrase's head (before
        # " of " or a comma) stands for it as above ("Resident Mara Velko" -> "Mara
        # Velko"); not a name inside its description ("Ana Lund of Orm Capital Services")
        head = _AFFILIATION.split(sp, maxsplit=1)[0]
        tails = [t for t in _entity_index(doc).person_texts
                 if head == t or head.endswith(" " + t)]
        if tails:
            sp, named = max(tails, key=len), True
        elif surname(head) in _entity_index(doc).person_surnames or \
                head in _entity_index(doc).org_texts:
            sp, named = head, True
        else:
            # as for a speaker with a span: a name the analysis could not type is a
            # speaker only when a person of that surname is named in the article. The quote
            # analysis carries on a phrase that is no name: "Instead, the study -- which
            # notes ..." gave "quotes from Instead", "wrote Cameron Easley for Morning
            # Consult" the affiliation (s8 reader report item 7)
            return None
    words = sp.split()
    if words and not named and words[0].lower().strip(",") in NOT_NAMES:
        return None  # "Instead", "Meanwhile": a sentence's first word, no speaker
    if not words or sp.lower() in PRONOUNS or not all(w[:1].isupper() for w in words[-1:]):
        return None
    if not words[0][:1].isupper() or (not named and words[0].lower() in DETERMINERS):
        # "the statement", "a spokesman for the agency"; "The Governor" (a role the
        # analysis could not tie to one named holder: analysis.resolve_roles), also when
        # the quote carries it without a span (a continued quote)
        return None
    return sp


class _EntityIndex:
    """A document's entities sorted by start, and its persons' surnames: a quote's
    speaker is looked up in them by bisection, so labelling every quote of a long article
    stays linear in quotes + names, not their product."""

    __slots__ = ("analysis", "ents", "starts", "person_surnames", "person_texts", "org_texts")

    def __init__(self, analysis) -> None:
        self.analysis = analysis  # held, so its id() is not reused while indexed
        self.ents = sorted(analysis.entities, key=lambda e: e.start)
        self.starts = [e.start for e in self.ents]
        self.person_surnames = {surname(e.text) for e in self.ents if e.kind == "person"}
        self.person_texts = {e.text for e in self.ents if e.kind == "person"}
        self.org_texts = {e.text for e in self.ents if e.kind == "org"}


_INDEXES: OrderedDict[int, _EntityIndex] = OrderedDict()
_INDEXES_MAX = 64  # documents of one comparison at a time; a corpus run reuses few


def _entity_index(doc: Document) -> _EntityIndex:
    key = id(doc.analysis)
    idx = _INDEXES.get(key)
    if idx is None or idx.analysis is not doc.analysis:
        idx = _INDEXES[key] = _EntityIndex(doc.analysis)
        if len(_INDEXES) > _INDEXES_MAX:
            _INDEXES.popitem(last=False)
    else:
        _INDEXES.move_to_end(key)
    return idx


def surname(name: str) -> str:
    words = name.replace("’", "'").split()
    return words[-1].lower().removesuffix("'s").strip(".,") if words else ""


def _speaks(text: str, e: Entity, who: bool = True) -> bool:
    """A speech verb (or, with ``who``, "who") right after a name: "Marston said", "Aycı
    noted". Without ``who`` a relative clause is no speaking (coverage._speaks_there: "the
    opposition X, who have urged talks" is a clause about the name, not its words)."""
    m = _PERSON_NEXT.match(text[e.end:e.end + 30])
    w = m.group("w") if m else None
    return bool(m) and ((who and w is None) or w is not None and (
        w in CUE_FORMS or w.split()[0] in CUE_FORMS))


def voiced(doc: Document) -> set[str]:
    """Surnames of the names the article gives a speech verb, after or before them,
    whether or not the quote analysis found a quote there ("…equity at its very core,"
    Illinois Governor J.B. Pritzker said; "…," said Julia Diamond): who the outlet lets
    speak."""
    if doc.analysis is None:
        return set()
    text = doc.article.text
    out = set()
    for e in doc.analysis.entities:
        before = _LAST_WORD.search(text[max(0, e.start - 20):e.start])
        if _speaks(text, e) or (before and before.group(1).lower() in CUE_FORMS):
            out.add(surname(e.text))
    return out


_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")


def is_person(doc: Document, entity: Entity) -> bool:
    """Evidence in the article that a name the analysis typed a person is one: a title,
    a speech verb (or "who") right after the name or its surname, or a quote it speaks."""
    last = surname(entity.text)
    if not last:
        return False
    an = doc.analysis
    if an is None:
        return False
    text = doc.article.text
    for e in an.entities:
        if e.key != entity.key and surname(e.text) != last:
            continue
        if e.title and any(w.strip(".").lower() in STRONG_TITLES for w in e.title.split()):
            return True  # "spokesman", "Sen.", "Dr" — not a weak word alone ("the first")
        if _speaks(text, e):
            return True
    return any(surname(q.speaker or "") == last for q in an.quotes if q.speaker)


def role(entity: Entity) -> str | None:
    """The name's title as a role an editor can use ("spokesman", "defence secretary");
    ``None`` for an honorific alone ("Mr") or no title."""
    words = (entity.title or "").split()
    if not any(w.strip(".").lower() in TITLE_WORDS for w in words):
        return None
    return " ".join(w for w in words if w.strip(".").lower() not in HONORIFICS).lower() or None


def name_and_role(doc: Document, entity: Entity) -> tuple[str, str | None]:
    """The name as shown and its role. A title of the form "Secretary of State" leaves its
    last word in the name the analysis found ("State Julian Smith"): when the name follows
    "<title word> of ", its first word goes back to the title. A speech verb the analysis
    took into the name at its end ("Prasad Tweeted") is dropped, and so is a title held
    glued to it ("former Miss Universe Alicia Machado": rules/titles.HELD_TITLE_CUES)."""
    m = _TITLE_OF.search(doc.article.text[max(0, entity.start - 40):entity.start])
    words = entity.text.split()
    while len(words) > 2 and words[-1].lower() in CUE_FORMS:
        words = words[:-1]  # "Ravi Shankar Prasad Tweeted by …": the verb is no name
    if m and m.group(1).lower() in TITLE_WORDS and len(words) >= 3:
        return " ".join(words[1:]), f"{m.group(1)} of {words[0]}".lower()
    held = _HELD_TITLE.search(doc.article.text[max(0, entity.start - 40):entity.start])
    if held and held.group(1).lower().rstrip("-") in HELD_TITLE_CUES and len(words) >= 3 \
            and words[0].lower() in HELD_TITLE_HEADS:
        # "former Miss Universe Alicia Machado": "Universe" ends the title held
        return " ".join(words[1:]), " ".join((held.group(1), held.group(2), words[0])).lower()
    return " ".join(words), role(entity)


_TITLE_OF = re.compile(r"\b([A-Za-z]+)\s+of\s+$")
# An honorific right before the name, after a word that may show it is a title held
# (rules/titles.HELD_TITLE_CUES).
_HELD_TITLE = re.compile(r"(?<![\w-])([A-Za-z]+-?)\s*(Miss|Mr\.?|Mrs\.?|Ms\.?)\s+$")
# Where a speaker phrase's name ends: its description or affiliation begins ("Ana Lund of
# Orm Capital", "Cameron Easley for Morning Consult", "Lena Vik, a spokeswoman").
_AFFILIATION = re.compile(r",| (?:of|for|at|from|with) ")


def is_org(entity: Entity) -> bool:
    """An organisation whose own words say so ("Federal Road Safety Corps")."""
    return any(w.lower().strip(".,'’") in ORG_WORDS for w in entity.text.split())
