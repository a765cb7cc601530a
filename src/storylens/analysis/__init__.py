"""Per-document analysis: quotes, names and numbers (``analyse(doc, options)``)."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left

from ..models import Analysis, Document, Entity, Quote
from ..options import Options
from ..rules.words import TITLE_WORDS as _TITLE_WORDS
from .names import extract_entities
from .numbers import extract_quantities
from .quotes import extract_quotes
from .quotes.pronouns import chain_start, clause_subject_names, fits, gender_cues, inside_quotes
from .quotes.speakers import other_names_at


def analyse(doc: Document, options: Options | None = None) -> Document:
    """``doc`` with ``analysis`` filled: quotes, entities and quantities.

    Names come first: a quote's bare "he"/"she" speaker is resolved against them.
    """
    entities = tuple(extract_entities(doc))
    quantities = tuple(extract_quantities(doc))
    cues = gender_cues(doc.article.text)
    quotes = resolve_roles(resolve_pronouns(extract_quotes(doc, cues), entities, cues, doc.article.text), entities)
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
    people = sorted(
        (e.start, e.key, e.text, f"{e.title} {e.text}" if e.title else e.text, e.kind)
        for e in (*(e for e in entities if e.kind == "person"), *clause_subject_names(quotes, entities, text or ""))
        if not e.text.isupper() and not in_quote(e.start)
    )
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
            if name is not None:
                q = dataclasses.replace(q, speaker=name)
        out.append(q)
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
    for i in range(hi - 1, lo - 1, -1):
        _, key, text, titled, kind = people[i]
        if fits(titled, pronoun, cues or {}) is False:
            continue
        if found is None:
            found = (people[i][0] + len(text), text, key)
        elif key != found[2] and kind == "person":
            return None  # (a reported clause's subject named before the person is none)
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
