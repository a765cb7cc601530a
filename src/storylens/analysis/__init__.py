"""Per-document analysis: quotes, names and numbers (``analyse(doc, options)``)."""

from __future__ import annotations

import dataclasses

from ..models import Analysis, Document, Entity, Quote
from ..options import Options
from .quotes import extract_quotes


def analyse(doc: Document, options: Options = Options()) -> Document:
    """``doc`` with ``analysis`` filled: quotes, entities and quantities.

    The name and number extractors live in sibling modules; a build without them
    still gets quotes (the import is guarded so a partial build keeps working).
    """
    entities: tuple = ()
    quantities: tuple = ()
    try:
        from .names import extract_entities
    except ImportError:
        pass
    else:
        entities = tuple(extract_entities(doc))
    try:
        from .numbers import extract_quantities
    except ImportError:
        pass
    else:
        quantities = tuple(extract_quantities(doc))
    quotes = resolve_pronouns(extract_quotes(doc), entities)
    analysis = Analysis(quotes=quotes, entities=entities, quantities=quantities)
    return dataclasses.replace(doc, analysis=analysis)


def resolve_pronouns(quotes: tuple[Quote, ...], entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    """A quote left with a bare "he"/"she" speaker (no named speaker quoted before it)
    takes the last person named before it: ``Rina Vell visited. "…," she said.``"""
    people = sorted((e.start, e.text) for e in entities if e.kind == "person")
    if not people:
        return quotes
    out = []
    for q in quotes:
        if q.speaker and q.speaker.lower() in ("he", "she") and q.speaker_span:
            before = [t for start, t in people if start < q.speaker_span[0]]
            if before:
                q = dataclasses.replace(q, speaker=before[-1])
        out.append(q)
    return tuple(out)


__all__ = ["analyse", "extract_quotes"]
