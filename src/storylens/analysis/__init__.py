"""Per-document analysis: quotes, names and numbers (``analyse(doc, options)``)."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left

from ..models import Analysis, Document, Entity, Quote
from ..options import Options
from ..rules.abbreviations import TITLES as ABBREVIATION_TITLES
from ..rules.attribution import DETERMINERS, PRONOUNS
from ..rules.words import TITLE_WORDS as _TITLE_WORDS
from .names import extract_entities, link_key
from .numbers import extract_quantities
from .quotes import extract_quotes
from .quotes.pronouns import (
    chain_start,
    clause_subject_names,
    fits,
    gender_cues,
    inside_quotes,
    is_plural,
    namesakes,
    surname,
)
from .quotes.speakers import other_names_at


def analyse(doc: Document, options: Options | None = None) -> Document:
    """``doc`` with ``analysis`` filled: quotes, entities and quantities.

    Names come first: a quote's bare "he"/"she" speaker is resolved against them.
    """
    entities = tuple(extract_entities(doc))
    quantities = tuple(extract_quantities(doc))
    cues = gender_cues(doc.article.text)
    found = extract_quotes(doc, cues)
    quotes = carry_resolved(found, resolve_pronouns(found, entities, cues, doc.article.text))
    quotes = resolve_roles(quotes, entities)
    analysis = Analysis(quotes=quotes, entities=entities, quantities=quantities)
    return dataclasses.replace(doc, analysis=analysis)


# How far back (characters) a bare "he"/"she" may look for the person it names.
PRONOUN_WINDOW = 1500


def resolve_pronouns(
    quotes: tuple[Quote, ...],
    entities: tuple[Entity, ...],
    cues: dict[str, str] | None = None,
    text: str | None = None,
) -> tuple[Quote, ...]:
    """A quote left with a bare "he"/"she" speaker (the quote extractor found no named
    speaker before it) takes the person named just before it, but only when exactly one
    person who could be meant is named in the preceding ``PRONOUN_WINDOW`` characters:
    with two candidates the pronoun stays unresolved (a wrong speaker costs more than a
    missing one). ``cues`` (``quotes.pronouns.gender_cues`` of the article) rule out a
    person the article marks as the other gender; with the article's ``text``, a person
    the tagger missed between the person and the pronoun (``quotes.speakers.
    other_names_at``: "Mr. Morrow said", "angered Quist, who …") is a rival too.
    A name inside a direct quote is left out: a video's title ("How I made it with Harbour
    Dividends") or someone the speaker mentions is not who speaks next; so is a name in
    capitals (a dateline read as a person)."""
    cues = cues or {}
    in_quote = inside_quotes([(q.start, q.end) for q in quotes if q.direct])
    # a name in capitals ("CROWN HEIGHTS, Brooklyn (WABC) --") is a dateline or a headline,
    # not a person a later "he" refers to
    # (and an untagged name opening a reported clause: "Morrow said Ana Lund had …")
    # (and a second person of a tagged person's family, named with a title: "Prosecutor
    # Anne-Sophie Vauquelin" beside "Colonel Mathis Vauquelin", read as a person, so a
    # sentence she opens is hers; not "Rue Mathilde Vauquelin", a street)
    family = {e.start for e in namesakes(entities, text or "")}
    people = sorted(
        (e.start, e.key, e.text, f"{e.title} {e.text}" if e.title else e.text,
         "person" if e.start in family else e.kind)
        for e in {e.start: e for e in (*(e for e in entities if e.kind == "person"),
                                       *clause_subject_names(quotes, entities, text or ""),
                                       *namesakes(entities, text or ""))}.values()
        if not e.text.isupper() and not in_quote(e.start)
    )
    people = sorted(people + _untagged_speakers(quotes, entities))
    if not people:
        return quotes
    # names read as places, organisations or groups are nobody a "he" may be
    not_people = {e.text for e in entities if e.kind not in ("person", "other")}
    # only the persons named inside a quote's window are read, found by bisection: a long
    # article with thousands of quotes and names costs (quotes x names in a window), not
    # (quotes x all names)
    starts = [p[0] for p in people]
    out = []
    for q in quotes:
        if q.speaker and q.speaker.lower() in ("he", "she") and q.speaker_span:
            found = _sole_person(people, starts, q.speaker_span[0], q.speaker, cues)
            if found is None:
                found = _subject_before(text, people, starts, q, cues)
            name = found[1] if found else None
            named = (
                list(other_names_at(text, found[0], q.speaker_span[0], found[1], True, in_quote))
                if found and text is not None else []
            )
            since = chain_start(text, q.speaker, found[0], q.speaker_span[0], named) if named else 0
            if any(
                pos >= since and n not in not_people and fits(n, q.speaker, cues) is not False
                for pos, n in named
            ):
                name = None  # another person who could be meant is named since
            if name is not None and _other_subject(text, found, q.speaker, cues, not_people, in_quote):
                name = None
            if name is not None:
                q = dataclasses.replace(q, speaker=name)
        out.append(q)
    return tuple(out)


def _other_subject(text: str | None, found: tuple[int, str], pronoun: str, cues: dict[str, str],
                   not_people: set[str], in_quote) -> bool:
    """Whether the sentence that names the person ``found`` (its end, its text) opens with
    another name who could be ``pronoun``: that name is the sentence's subject, the one a
    later "he" most likely carries on, and the tagger left it untagged ("Harbour Master
    Ivo Brandt toured the quay with Mayor Ana Lund. "…," he said" is not Lund's)."""
    if text is None:
        return False
    a = found[0] - len(found[1])
    ends = list(_SENTENCE_BREAK.finditer(text, max(0, a - 400), a))
    s0 = ends[-1].end() if ends else max(0, a - 400)
    if s0 == 0 and a > 400:
        return False
    own = surname(found[1])
    return any(
        pos == s0 and n not in not_people and surname(n) != own
        and text[pos + len(n) : a].strip()  # not the title before the name ("House Speaker")
        and fits(n, pronoun, cues) is not False
        for pos, n in other_names_at(text, s0, a, found[1], False, in_quote)
    )


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?[ \t]+|\n")
# Words before the subject of the sentence before a quote, at most: a title ("Transport
# Minister", "Regional fire chief", "Dr.").
MAX_SUBJECT_TITLE_WORDS = 4
_QUOTE_OPENERS = "\"“‘'«"
# A stop after a title ("Mr.", "Dr.", "Sen.": rules/abbreviations.TITLES), an initial
# ("J.") or a dotted abbreviation ("U.S.") ends no sentence here.
_LAST_WORD = re.compile(r"(\S+)\.$")


def _abbreviation(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` closes an abbreviation, not a sentence."""
    m = _LAST_WORD.search(text, max(0, stop - 20), stop + 1)
    if m is None or text[stop] != ".":
        return False
    word = m.group(1).split()[-1].lstrip("(\"“‘'")
    return (word.lower() in ABBREVIATION_TITLES or (len(word) == 1 and word.isupper())
            or "." in word)


def _subject_before(text: str | None, people: list[tuple], starts: list[int], q: Quote,
                    cues: dict[str, str]) -> tuple[int, str] | None:
    """The person a quote's bare "he"/"she" speaker carries on from the sentence before,
    when :func:`_sole_person` finds two people in its window (session 14): the quote opens
    its own sentence ("…," she said), and the sentence just before it opens with one
    person, after at most a title, and names no other person who could be meant
    ("Regional fire chief Ramona Teixal did not hide her frustration. "We could not hold
    the line," she told reporters": Teixal, though a volunteer was named two sentences
    earlier). The end and the name as written, as :func:`_sole_person` gives them; None
    otherwise (a name after the verb is an object: "Police arrested Ana Lund." is no
    subject)."""
    if text is None or q.start < 1 or text[q.start - 1] not in _QUOTE_OPENERS:
        return None
    mark = q.start - 1
    breaks = [m for m in _SENTENCE_BREAK.finditer(text, max(0, mark - 600), mark)
              if not _abbreviation(text, m.start())]
    if not breaks or breaks[-1].end() != mark:
        return None  # the quote does not open its sentence
    prev_end = breaks[-1].start()
    before = [m for m in breaks[:-1] if m.end() <= prev_end]
    if before:
        s0 = before[-1].end()
    elif mark - 600 <= 0:
        s0 = 0
    else:
        return None
    lo, hi = bisect_left(starts, s0), bisect_left(starts, prev_end)
    inside = [p for p in people[lo:hi]]
    persons = [p for p in inside if p[4] == "person"]
    if not persons:
        return None
    start, key, name, titled, _ = persons[0]
    lead = text[s0:start].split()
    if len(lead) > MAX_SUBJECT_TITLE_WORDS or any(
        not (w[:1].isupper() or w.lower().strip(".,") in _TITLE_WORDS) for w in lead
    ):
        return None
    pronoun = q.speaker or ""
    # the article's gender marks are kept per name as written, title and all ("Harbour
    # Minister Vesna Kordal said she …"): each form is asked
    forms = {titled, name, " ".join([*lead, name]).strip(",")}
    if any(fits(f, pronoun, cues) is False for f in forms):
        return None
    if any(p[1] != key and fits(p[3], pronoun, cues) is not False for p in inside):
        return None  # another person who could be meant is named in that sentence
    if not any(fits(f, pronoun, cues) for f in forms) and q.speaker_span:
        # the article never marks the subject's gender: a pronoun it gives another person
        # of the window is that person's sooner ("The skipper, Tomas Brevik, said he …
        # Minister Lena Ostrova travelled … "…," he said": not Ostrova's)
        at = q.speaker_span[0]
        lo = bisect_left(starts, at - PRONOUN_WINDOW)
        if any(p[1] != key and p[4] == "person" and fits(p[3], pronoun, cues)
               for p in people[lo:bisect_left(starts, at)]):
            return None
    return start + len(name), name


def _untagged_speakers(quotes: tuple[Quote, ...], entities: tuple[Entity, ...]) -> list[tuple]:
    """The named speakers of quotes (``"Trump said praise from …"``) the name tagger read no
    name in (a one-word name opening the text, a surname it took for a common word), as
    rivals in :func:`resolve_pronouns` (kind ``speaker``): someone the text reports
    speaking is someone a later "he" may mean, so with another person named near them
    the pronoun stays bare ("Trump said praise from President Vladimir Putin would not
    sway him. He said …" is not Putin's). Never taken as the referent themselves (the
    extractor's reading of a speaker is no name the tagger confirmed). Not a pronoun, a
    description ("the court"), a role ("Law Minister"), a group ("Prosecutors") or a name
    in capitals. The key is that of the one tagged person with the same surname, so a
    later "Donald Trump" is the same person."""
    tagged = sorted(e.start for e in entities)
    by_surname: dict[str, set[str]] = {}
    for e in entities:
        if e.kind == "person" and e.key:
            by_surname.setdefault(e.key.split()[-1], set()).add(e.key)
    out = []
    for q in quotes:
        if not q.speaker or not q.speaker_span or q.speaker.isupper():
            continue
        a, b = q.speaker_span
        k = bisect_left(tagged, a)
        if k < len(tagged) and tagged[k] < b:
            continue  # the tagger read a name there: its entity is the candidate
        words = q.speaker.split(",")[0].split()
        if (
            not words
            or not words[0][:1].isupper()
            or words[0].lower() in _NOT_NAME_OPENERS
            or not words[-1][:1].isupper()
            or words[-1].lower() in _TITLE_WORDS  # "Law Minister": a role, not a name
            or is_plural(q.speaker)
        ):
            continue
        key = link_key(words[-1])
        same = by_surname.get(key, set())
        out.append((a, next(iter(same)) if len(same) == 1 else key, q.speaker, q.speaker, "speaker"))
    return out


# A speaker phrase opened by one of these is a description or a pronoun, not a name.
_NOT_NAME_OPENERS = DETERMINERS | PRONOUNS | {"who", "which", "that", "police", "officials"}


def carry_resolved(found: tuple[Quote, ...], resolved: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """A quote whose bare "he"/"she" the extractor carried over from the quote before it
    (no speaker of its own written: a quote that continues the last one, a phrase quoted
    inside a reported clause) takes the person that quote's pronoun resolved to
    (``resolve_pronouns`` reads only a pronoun written beside its quote): "As guards led
    him away, Brandt claimed the ruling had been written "in the harbour office"" with a
    "he" for "Brandt" gives the quoted phrase to Brandt too. ``found`` and ``resolved``:
    the same quotes in text order, before and after resolution."""
    out = list(resolved)
    last = None  # the index of the last quote with a speaker
    for i, q in enumerate(found):
        if not q.speaker:
            continue
        if (
            last is not None
            and q.speaker_span is None
            and q.speaker.lower() in ("he", "she")
            and found[last].speaker == q.speaker
            and out[last].speaker != q.speaker
        ):
            out[i] = dataclasses.replace(out[i], speaker=out[last].speaker)
        last = i
    return tuple(out)


def _sole_person(people: list[tuple], starts: list[int], pos: int, pronoun: str = "he",
                 cues: dict[str, str] | None = None) -> tuple[int, str] | None:
    """The end and the last name (as written) of the one person who could be ``pronoun``
    named in the ``PRONOUN_WINDOW`` characters before ``pos``; None when none is, or when
    two different ones are (told apart by their keys; the scan stops at the second). A
    name the article marks as the other gender (``cues``) is passed over."""
    lo = bisect_left(starts, pos - PRONOUN_WINDOW)
    hi = bisect_left(starts, pos)
    found = None
    blockers = set()  # untagged speakers (_untagged_speakers): rivals, never the referent
    for i in range(hi - 1, lo - 1, -1):
        _, key, text, titled, kind = people[i]
        if fits(titled, pronoun, cues or {}) is False:
            continue
        if kind == "speaker":
            blockers.add(key)
        elif found is None:
            found = (people[i][0] + len(text), text, key)
        elif key != found[2] and kind == "person":
            return None  # (a reported clause's subject named before the person is none)
    if found and blockers - {found[2]}:
        return None
    return found[:2] if found else None


def resolve_roles(quotes: tuple[Quote, ...], entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    """A quote whose speaker is a title with "the" ("The Governor said", "the prime
    minister told …") is the role's holder, not a name: it takes the name of the person
    the article names with that title ("Punjab Governor Tarsem Vell" before it) when
    exactly one person in the whole article holds it (the speaker's title words end the
    person's title: "the minister" fits "Foreign Minister", "the prime minister" does not)
    and is named before the quote. With none or two holders the role stays as written:
    findings and the coverage summary read "the …" as a description (no name), so an
    unresolved role is never shown as a person."""
    titled = [(e.start, e.key, e.text, _title_words(e.title)) for e in entities
              if e.kind == "person" and e.title and not e.text.isupper()]
    if not titled:
        return quotes
    out = []
    for q in quotes:
        role = _role_words(q.speaker)
        if role is not None:
            holders = [t for t in titled if t[3][-len(role):] == role]
            if len({key for _, key, _, _ in holders}) == 1:
                at = q.speaker_span[0] if q.speaker_span else q.start
                before = [text for start, _, text, _ in holders if start < at]
                if before:
                    q = dataclasses.replace(q, speaker=before[-1])
        out.append(q)
    return tuple(out)


def _title_words(title: str | None) -> tuple[str, ...]:
    return tuple(w.strip(".").lower() for w in (title or "").split())


def _role_words(speaker: str | None) -> tuple[str, ...] | None:
    """``"The Governor"`` -> ``("governor",)``; None unless the speaker is "the" and title
    words only (``rules.words.TITLE_WORDS``)."""
    words = (speaker or "").lower().split()
    if len(words) < 2 or words[0] != "the":
        return None
    role = tuple(w.strip(".") for w in words[1:])
    return role if all(w in _TITLE_WORDS for w in role) else None
