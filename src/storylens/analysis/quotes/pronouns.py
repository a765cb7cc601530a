"""Which earlier person a "he", "she" or "they" speaker is (session 10).

A pronoun speaker takes the last named speaker before it (``extract_quotes`` step 4) or
the one person named in the window before it (``analysis.resolve_pronouns``). Both now
ask whether that person can be the pronoun's referent at all:

* **number**: "they" only names a plural speaker ("Grassley and Leahy", "McConnell
  aides", "Democrats"), never one person; "he"/"she" never a plural one;
* **gender**: the article's own marks beside a name (``rules/attribution.MALE_MARKERS``,
  ``FEMALE_MARKERS``, ``SELF_REPORT_VERBS``: "Ms. Lund", "Lund, a spokeswoman", "Lund
  said she …"); a "he" never names a person the text marks as a woman; a surname two
  given names share carries no mark (session 13: "Defence Minister Ilse Marrek",
  "spokesman Paul Marrek"), and a "He"/"She" opening the sentence after one whose only
  name is its subject marks that name where nothing else does;
* **rivals**: another person named between the speaker and the pronoun who could be
  meant leaves the pronoun bare; one the text marks as the other gender does not.

When the last speaker cannot be meant, the one other person named since is taken only
when the text marks that person with the pronoun's gender (an unmarked rival may be a
place or a firm; better no speaker than a wrong one).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from ...rules.attribution import (
    APPOSITIVE_LINK_WORDS,
    DETERMINERS,
    FEMALE_MARKERS,
    GROUP_NOUNS,
    HONORIFIC_GENDERS,
    MALE_MARKERS,
    NOT_SUBJECT_NAMES,
    SELF_REPORT_VERBS,
)
from ...rules.clauses import FIRST_SECOND, SUBJECT_PRONOUNS
from ...rules.words import TITLE_WORDS

# A capitalised name run (initials and inner hyphens kept), at most four words.
_NAME_REST = r"[\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?){0,3}"
_NAME = r"[A-Z]" + _NAME_REST
# _AFTER and _SELF open on a bare _NAME, so the regex engine tries a name at every capital
# letter of a word and reads each try to the word's end: quadratic on one long token (a
# 20,000-character data blob took ~12 s). No name starts 40 or more characters into a word.
# The test follows the name's capital, which is itself a word character, so 41 word
# characters back from there are the 40 before the name: the same matches, but the search
# skips to the next capital letter before it looks back (a look-behind first was tried at
# every position of the text, ~50 ms a story).
_SHALLOW_NAME = r"[A-Z](?<![\w'’-]{41})" + _NAME_REST
# Courtesy titles are read only capitalised (rules/attribution.HONORIFIC_GENDERS); role
# nouns in any case ("Congresswoman Ana Lund", "his wife Ana Lund").
_ROLES = {w: "m" for w in MALE_MARKERS if w.rstrip(".") not in {h.lower() for h in HONORIFIC_GENDERS}}
_ROLES.update(
    {w: "f" for w in FEMALE_MARKERS if w.rstrip(".") not in {h.lower() for h in HONORIFIC_GENDERS}}
)
_ALT = "|".join(sorted(_ROLES, key=lambda w: (-len(w), w)))  # ties by spelling: one text per run
# The look-ahead asks for a first letter of one of them before the alternatives are
# tried one by one at every word boundary (the same matches, in half the time).
_FIRSTS = (f"[{''.join(sorted({h[0] for h in HONORIFIC_GENDERS}))}]"
           f"|(?i:[{''.join(sorted({w[0] for w in _ROLES}))}])")
_BEFORE = re.compile(
    rf"\b(?={_FIRSTS})(?:({'|'.join(HONORIFIC_GENDERS)})\.?|(?i:({_ALT})))(?![\w'’]),?[ \t]+({_NAME})"
)
# The role noun heads the appositive: no preposition before it ("Kessler, a lawyer for
# the mother" says nothing of Kessler); an age may come first ("Vell, 31, a father of two").
_AFTER = re.compile(
    rf"({_SHALLOW_NAME}),(?:[ \t]+\d{{1,3}},)?[ \t]+(?:a|an|the|his|her|their|its)[ \t]+"
    rf"(?:(?!(?:{'|'.join(sorted(APPOSITIVE_LINK_WORDS))})[ \t])[\w'’-]+[ \t]+){{0,3}}?"
    rf"(?i:({_ALT}))(?![\w'’])"
)
# One word may come between the verb and the pronoun ("said Tuesday she", "told
# reporters he"), but not a named listener after "told": "Lund told Morrow he would
# have to leave" — the "he" is Morrow.
_SELF = re.compile(
    rf"({_SHALLOW_NAME})[ \t]+(?:(?:{'|'.join(sorted(SELF_REPORT_VERBS - {'told', 'tells'}))})"
    rf"(?:[ \t]+[\w'’]+)?|(?:told|tells)(?:[ \t]+[a-z][\w'’]*)?),?[ \t]+"
    r"(?:that[ \t]+)?(he|she)\b"
)
_PRONOUN_GENDER = {"he": "m", "she": "f"}


def surname(name: str) -> str | None:
    """The last capitalised word of a name's first part, lower-cased, without a
    possessive or a stop ("Mayor Ana Lund" -> "lund", "Mr. Morrow's" -> "morrow")."""
    words = [w for w in name.split(",")[0].split() if w[:1].isupper()]
    if not words:
        return None
    w = re.sub(r"['’]s?$", "", words[-1]).rstrip(".").lower()
    return w or None


def name_key(name: str) -> str | None:
    """A full name's key: its capitalised words after any courtesy title or role word,
    lower-cased ("Ms. Ana Lund" -> "ana lund"); None for one word ("Lund")."""
    words = [re.sub(r"['’]s?$", "", w).rstrip(".") for w in name.split(",")[0].split()]
    words = [w for w in words if w[:1].isupper()]
    while words and (w := words[0]) and (w in HONORIFIC_GENDERS or w.lower() in _ROLES
                                         or w.lower() in TITLE_WORDS):
        words = words[1:]
    return " ".join(words).lower() if len(words) >= 2 else None


def gender_cues(text: str) -> dict[str, str]:
    """Surname and full name -> "m"/"f" from the marks the text writes beside each name;
    a name marked both ways is left out, and so is a surname the text gives two first
    names ("Hillary Clinton", "Bill Clinton": a "Mrs. Clinton" says nothing of "Bill
    Clinton said"; "Defence Minister Ilse Marrek" and "spokesman Paul Marrek": the
    spokesman's "m" says nothing of the minister, whatever title stands before her
    name). A "He"/"She" opening the sentence after one whose only person is its subject
    (``_chained_subjects``) marks that person too, but only a name no other mark reads
    (a weaker reading: "Ms. Lund said the quay would close. He said …" is someone else)."""
    seen: dict[str, set[str]] = {}
    weak: dict[str, set[str]] = {}

    def mark(name: str, g: str, into: dict[str, set[str]] = seen) -> None:
        key = surname(name)
        if key and key.title() not in NOT_SUBJECT_NAMES:
            into.setdefault(key, set()).add(g)
        full = name_key(name)
        if full:
            into.setdefault(full, set()).add(g)

    for m in _BEFORE.finditer(text):
        g = HONORIFIC_GENDERS[m.group(1)] if m.group(1) else _ROLES[m.group(2).lower()]
        mark(m.group(3), g)
    for m in _AFTER.finditer(text):
        mark(m.group(1), _ROLES[m.group(2).lower()])
    for m in _SELF.finditer(text):
        mark(m.group(1), _PRONOUN_GENDER[m.group(2)])
    for name, pronoun in _chained_subjects(text):
        mark(name, _PRONOUN_GENDER[pronoun], weak)
    for k, v in weak.items():
        seen.setdefault(k, v)
    firsts: dict[str, set[str]] = {}
    for m in _NAME_RUN.finditer(text):
        pair = _given_and_surname(m.group(0))
        if pair:
            firsts.setdefault(pair[1], set()).add(pair[0])
    return {
        k: next(iter(v))
        for k, v in seen.items()
        if len(v) == 1 and len(firsts.get(k, ())) < 2
    }


# A run of capitalised words (initials kept): the full names a surname stands for are
# read off its end, after any title ("Defence Minister Ilse Marrek" -> Ilse Marrek).
_NAME_RUN = re.compile(r"\b[A-Z][\w'’-]*\.?(?:[ \t]+[A-Z][\w'’-]*\.?)+")
# Capitalised words that open a sentence or a clause, never a given name ("But Lund").
_NOT_GIVEN = {w.lower() for w in NOT_SUBJECT_NAMES} | DETERMINERS | set(
    "after and as at before by for from if in of on to when while with".split()
)


def _given_and_surname(run: str) -> tuple[str, str] | None:
    """The given name and the surname a run of capitalised words ends with, lower-cased,
    after any courtesy title, role or title word and without initials ("Defence Minister
    Ilse K. Marrek" -> ("ilse", "marrek")); None for one word or a sentence word before
    a surname ("But Marrek", "The Marrek family")."""
    key = name_key(run)
    words = [w for w in (key or "").split() if len(w) > 1]
    if len(words) < 2 or words[-2] in _NOT_GIVEN:
        return None
    return words[-2], words[-1]


# A sentence opened by a name as its subject ("Judge Vera Tamm said …"): a next
# sentence opened by "He"/"She" carries that subject on.
_SUBJECT_OPENER = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=[.!?][\"”’'][ \t])|(?<=\n))({_NAME})[ \t]+(?=[a-z])"
)
_CALENDAR = frozenset(
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April "
    "May June July August September October November December".split()
)
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")


def _chained_subjects(text: str):
    """``(name, "he"/"she")`` for each sentence whose subject is a name and which names
    nobody else outside its quotes, followed by a sentence opened by "He"/"She" and a
    lower-case word ("Judge Vera Tamm said there was "no doubt". She ordered …"): the
    pronoun carries the only person of the sentence before on. Not a possessive ("Lund's
    husband said … . He …": the husband), nor a sentence word ("The", "However")."""
    for m in _SUBJECT_OPENER.finditer(text):
        name = m.group(1)
        first = name.split()[0]
        if first in NOT_SUBJECT_NAMES or first.lower() in DETERMINERS or name.endswith(("'s", "’s", "'", "’")):
            continue
        end = _SENTENCE_END.search(text, m.end())
        if end is None:
            continue
        nxt = _OPENER.match(text, end.end())
        if nxt is None:
            continue
        rest = _QUOTED.sub(" ", text[m.end() : end.start()])
        if any(w not in _CALENDAR for w in re.findall(r"\b[A-Z][\w'’-]*", rest)):
            continue  # another name (or a place) the pronoun may carry on instead
        yield name, nxt.group(1).lower()


def is_plural(speaker: str) -> bool:
    """Two or more people ("Grassley and Leahy"), a plural noun head ("McConnell aides",
    "Police sources") or a group noun ("Democrats"); not a name ending in "s"."""
    first = speaker.split(",")[0].strip()
    if " and " in first or " & " in first:
        return True
    words = first.split()
    if not words:
        return False
    head = words[-1]
    low = head.lower()
    if low in GROUP_NOUNS:
        return low.endswith("s")
    return head.islower() and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "’s"))


def fits(name: str, pronoun: str, cues: dict[str, str]) -> bool | None:
    """Whether ``name`` can be what ``pronoun`` refers to: True when the text marks it so,
    False when it marks it otherwise (or the number differs), None when it says nothing."""
    p = pronoun.lower()
    if p == "they":
        return is_plural(name)
    if is_plural(name):
        return False
    g = None
    for w in name.split(",")[0].split():
        bare = w.rstrip(".")
        if bare in HONORIFIC_GENDERS:
            g = HONORIFIC_GENDERS[bare]
        elif w.lower() in _ROLES:
            g = _ROLES[w.lower()]
    if g is None:
        full = name_key(name)
        key = full if full in cues else surname(name)
        g = cues.get(key) if key else None
    if g is None:
        return None
    return g == _PRONOUN_GENDER.get(p)


def antecedent(pronoun: str, last: str, rivals: list[str], cues: dict[str, str]) -> str | None:
    """The person ``pronoun`` names, given the last named speaker ``last`` and the other
    names written between that speaker and the pronoun (``rivals``, in text order); None
    when nobody fits or two could."""
    p = pronoun.lower()
    if p == "they":
        return last if is_plural(last) and not rivals else None
    open_rivals = [n for n in rivals if fits(n, p, cues) is not False]
    if fits(last, p, cues) is not False:
        return None if open_rivals else last
    # the last speaker cannot be meant: the one other person since, marked as fitting
    keys = {surname(n) for n in open_rivals}
    sure = [n for n in open_rivals if fits(n, p, cues)]
    if sure and len(keys) == 1:
        return sure[-1]
    return None


# A sentence opened by "He"/"She" and a lower-case word: its subject is the pronoun.
_OPENER = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’']\s)|(?<=\n))(He|She)\s+[a-z]")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s")


def chain_start(text: str, pronoun: str, a: int, b: int, rivals: list[tuple[int, str]]) -> int:
    """Where the rivals of a "he"/"she" at ``b`` start counting, given the names written
    in ``text[a:b]`` (``rivals``, by offset): past every sentence that opens with the same
    pronoun while no rival precedes it ("Lynch said. She has faced … Bill Clinton … his
    wife, Hillary Clinton, …. She said …"): that sentence's subject is the referent the
    chain carries on, and the names inside it are its objects, not a new subject."""
    p = pronoun.lower()
    if p not in _PRONOUN_GENDER:
        return a
    start = a
    for m in _OPENER.finditer(text, a, b):
        if any(start <= pos < m.start() for pos, _ in rivals):
            break
        if m.group(1).lower() != p:
            break
        end = _SENTENCE_END.search(text, m.end(), b)
        if end is None:
            break
        start = end.end()
    return start


def inside_quotes(spans: list[tuple[int, int]]):
    """A test of whether an offset lies inside one of ``spans`` (start, end), by
    bisection over the spans sorted by start with the furthest end so far."""
    spans = sorted(spans)
    starts = [a for a, _ in spans]
    reach: list[int] = []
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)

    def inside(pos: int) -> bool:
        k = bisect_right(starts, pos)
        return k > 0 and reach[k - 1] > pos

    return inside


def clause_subject_names(quotes, entities, text: str) -> list:
    """The names a name tagger could not call persons (kind ``other``: "Ana Lund" with no
    first name it knows) that open a reported clause after its speaker ("Tom Morrow said
    [Ana Lund had resigned]", "… said that Ana Lund …"): the subject of what was reported
    is someone a later "she" may mean, so ``analysis.resolve_pronouns`` counts it among
    the candidates. With the speaker named before it, that makes two and the pronoun
    stays bare, unless the article's gender marks rule one of them out (``fits``). Before
    session 11 such a name counted for nothing and the "she" went to the reporting
    speaker. Not a possessive ("Howland's Blaine Marston": a modifier, not the subject),
    nor a pronoun the tagger took for a name ("I'd"), nor the clause of a trailing
    attribution ("Turkish Cargo posted …, he added": that clause is the pronoun's own)."""
    opens = set()
    for q in quotes:
        if not q.direct and q.speaker_span and q.speaker_span[1] <= q.start:
            opens.add(q.start)
            m = _THAT.match(text, q.start)
            if m:
                opens.add(m.end())  # "… said that  Ana Lund …": the subject after "that"
    out = []
    for e in entities:
        if e.kind != "other" or e.text.isupper():
            continue
        first = re.split(r"['’]", e.text.split()[0])[0].lower()
        if first in _PERSONAL or text.startswith(("'s", "’s"), e.end):
            continue
        if e.start in opens:
            out.append(e)
    return out


def namesakes(entities, text: str = "") -> list:
    """The names a name tagger could not call persons (kind ``other``: a given name it does
    not know, "Anne-Sophie Vauquelin") that share a tagged person's surname under another
    given name and stand right after a title word (rules.words.TITLE_WORDS: "Prosecutor
    Anne-Sophie Vauquelin", "the lawyer Jean-Marc Vauquelin"): a second person of that
    family ("fire chief Mathis Vauquelin" ... "Prosecutor Anne-Sophie Vauquelin has opened
    an inquiry. "…," she said"), so ``analysis.resolve_pronouns`` counts them among a
    pronoun's candidates. Left out, the one tagged Vauquelin was the only person in the
    window and took the prosecutor's words (session 23, t110). The title is what says
    person: a street, a school or a gallery named after one of the family ("Rue Mathilde
    Vauquelin", "Lycee Vauquelin", "The Galerie Vauquelin was shut. "…," he said") is kind
    ``other`` too, and took the colonel's words (review23q). A full name only (two words of
    key at least); not in capitals; none without the article's ``text``."""
    families: dict[str, set[str]] = {}
    for e in entities:
        if e.kind == "person" and e.key:
            families.setdefault(e.key.split()[-1], set()).add(e.key)
    return [
        e for e in entities
        if e.kind == "other" and e.key and not e.text.isupper() and len(e.key.split()) >= 2
        and families.get(e.key.split()[-1], {e.key}) - {e.key} and _titled(text, e.start)
    ]


def _titled(text: str, start: int) -> bool:
    """Whether the word right before ``start`` in ``text`` (a space between) is a title
    word ("Prosecutor Anne-Sophie Vauquelin", "lawyer Jean-Marc Vauquelin")."""
    before = text[max(0, start - 40) : start]
    if not before.endswith(" "):
        return False
    words = before.split()
    return bool(words) and words[-1].lower() in TITLE_WORDS


# Pronouns a name tagger may take for a name at a clause's start ("I'd", "We", "You'll"):
# the subject pronouns and the second person (rules/clauses).
_PERSONAL = SUBJECT_PRONOUNS | FIRST_SECOND
# A reported clause's "that" before its subject, whatever the space after it.
_THAT = re.compile(r"that\s+")
