"""Per-document analysis: quotes, names and numbers (``analyse(doc, options)``)."""

from __future__ import annotations

import dataclasses
from bisect import bisect_left, bisect_right

from ..models import Analysis, Document, Entity, Quote
from ..options import Options
from ..rules.words import TITLE_WORDS as _TITLE_WORDS
from .names import extract_entities
from .numbers import extract_quantities
from .quotes import extract_quotes


def analyse(doc: Document, options: Options | None = None) -> Document:
    """``doc`` with ``analysis`` filled: quotes, entities and quantities.

    Names come first: a quote's bare "he"/"she" speaker is resolved against them.
    """
    entities = tuple(extract_entities(doc))
    quantities = tuple(extract_quantities(doc))
    quotes = resolve_roles(resolve_pronouns(extract_quotes(doc), entities), entities)
    analysis = Analysis(quotes=quotes, entities=entities, quantities=quantities)
    return dataclasses.replace(doc, analysis=analysis)


# How far back (characters) a bare "he"/"she" may look for the person it names.
PRONOUN_WINDOW = 1500


def resolve_pronouns(quotes: tuple[Quote, ...], entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    """A quote left with a bare "he"/"she" speaker (the quote extractor found no named
    speaker before it) takes the person named just before it, but only when exactly one
    person is named in the preceding ``PRONOUN_WINDOW`` characters: with two candidates
    the pronoun stays unresolved (a wrong speaker costs more than a missing one).
    A name inside a direct quote is left out: a video's title ("How I made it with Harbour
    Dividends") or someone the speaker mentions is not who speaks next; so is a name in
    capitals (a dateline read as a person)."""
    quoted = sorted((q.start, q.end) for q in quotes if q.direct)
    q_starts = [a for a, _ in quoted]
    # the furthest quote end so far, so one bisection tells whether a name is inside one
    reach: list[int] = []
    for _, b in quoted:
        reach.append(max(b, reach[-1]) if reach else b)

    def in_quote(pos: int) -> bool:
        k = bisect_right(q_starts, pos)
        return k > 0 and reach[k - 1] > pos

    # a name in capitals ("CROWN HEIGHTS, Brooklyn (WABC) --") is a dateline or a headline,
    # not a person a later "he" refers to
    people = sorted(
        (e.start, e.key, e.text)
        for e in entities
        if e.kind == "person" and not e.text.isupper() and not in_quote(e.start)
    )
    if not people:
        return quotes
    # only the persons named inside a quote's window are read, found by bisection: a long
    # article with thousands of quotes and names costs (quotes x names in a window), not
    # (quotes x all names)
    starts = [start for start, _, _ in people]
    out = []
    for q in quotes:
        if q.speaker and q.speaker.lower() in ("he", "she") and q.speaker_span:
            name = _sole_person(people, starts, q.speaker_span[0])
            if name is not None:
                q = dataclasses.replace(q, speaker=name)
        out.append(q)
    return tuple(out)


def _sole_person(people: list[tuple[int, str, str]], starts: list[int], pos: int) -> str | None:
    """The last name (as written) of the one person named in the ``PRONOUN_WINDOW``
    characters before ``pos``; None when none is, or when two different persons are
    (told apart by their keys; the scan stops at the second)."""
    lo = bisect_left(starts, pos - PRONOUN_WINDOW)
    hi = bisect_left(starts, pos)
    if lo == hi:
        return None
    _, key, text = people[hi - 1]
    for i in range(hi - 2, lo - 1, -1):
        if people[i][1] != key:
            return None
    return text


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
