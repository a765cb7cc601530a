"""Per-document analysis: quotes, names and numbers (``analyse(doc, options)``)."""

from __future__ import annotations

import dataclasses
import importlib

from ..models import Analysis, Document, Entity, Quote
from ..options import Options
from .quotes import extract_quotes


def _optional(module: str, name: str):
    """``analysis.<module>.<name>``, or None when that module is not in this build (an
    import error *inside* the module is not hidden)."""
    try:
        mod = importlib.import_module(f"{__name__}.{module}")
    except ModuleNotFoundError as e:
        if e.name != f"{__name__}.{module}":
            raise
        return None
    return getattr(mod, name, None)


def analyse(doc: Document, options: Options | None = None) -> Document:
    """``doc`` with ``analysis`` filled: quotes, entities and quantities.

    The name and number extractors live in sibling modules; a build without them
    still gets quotes (the import is guarded so a partial build keeps working).
    """
    entities: tuple = ()
    quantities: tuple = ()
    extract_entities = _optional("names", "extract_entities")
    if extract_entities is not None:
        entities = tuple(extract_entities(doc))
    extract_quantities = _optional("numbers", "extract_quantities")
    if extract_quantities is not None:
        quantities = tuple(extract_quantities(doc))
    quotes = resolve_pronouns(extract_quotes(doc), entities)
    analysis = Analysis(quotes=quotes, entities=entities, quantities=quantities)
    return dataclasses.replace(doc, analysis=analysis)


# How far back (characters) a bare "he"/"she" may look for the person it names.
PRONOUN_WINDOW = 1500


def resolve_pronouns(quotes: tuple[Quote, ...], entities: tuple[Entity, ...]) -> tuple[Quote, ...]:
    """A quote left with a bare "he"/"she" speaker (the quote extractor found no named
    speaker before it) takes the person named just before it, but only when exactly one
    person is named in the preceding ``PRONOUN_WINDOW`` characters: with two candidates
    the pronoun stays unresolved (a wrong speaker costs more than a missing one)."""
    people = sorted((e.start, e.key, e.text) for e in entities if e.kind == "person")
    if not people:
        return quotes
    out = []
    for q in quotes:
        if q.speaker and q.speaker.lower() in ("he", "she") and q.speaker_span:
            p = q.speaker_span[0]
            near = [(k, t) for start, k, t in people if p - PRONOUN_WINDOW <= start < p]
            if near and len({k for k, _ in near}) == 1:
                q = dataclasses.replace(q, speaker=near[-1][1])
        out.append(q)
    return tuple(out)
