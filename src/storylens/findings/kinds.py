"""The finding kinds: one registry that the finders, the sort, the renderers, the JSON schema
and the docs are all checked against.

Each :class:`FindingKind` names its ``type`` (the JSON ``findings[].type``), the ``title``
renderers put over its group, its ``weight`` (how much an editor needs to see it first: a
changed quote or a conflicting number is a possible error, framing and coverage are
editorial choices, shared source is context) and its ``finder`` — the function itself, so
a renamed or missing finder fails at import instead of silently dropping a family.

``KINDS`` is in display order, highest weight first: reports list groups in this order and
the finders run in it (so it also breaks exact ties of weight, confidence and position).
Adding a kind: one entry here, the enum in ``schema/compare-1.json`` and a row in
``docs/json-schema.md`` (``tests/contract/test_finding_kinds.py`` checks all three).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..models import Finding
from .common import FindingContext
from .coverage import find_additions, find_omissions
from .facts import find_fact_conflicts
from .framing import find_framing
from .names import find_name_variants
from .quotes import find_quote_changes
from .source import find_shared_quotes, find_shared_source

Finder = Callable[[FindingContext], list[Finding]]


def find_fact_conflicts_if_on(ctx: FindingContext) -> list[Finding]:
    """fact_conflict findings under ``options.fact_conflicts`` (off by default since session
    21, on in session 20, off in sessions 15-19, each by its held-out read, docs/findings.md). The finder itself stays callable
    on its own (its unit tables, benchmarks/fact_population.py)."""
    return find_fact_conflicts(ctx) if ctx.options.fact_conflicts else []


def find_shared_quotes_if_on(ctx: FindingContext) -> list[Finding]:
    """shared_quote findings under ``options.shared_quotes`` (on by default again since
    session 35; on in sessions 21-29 and 31-33, off in sessions 20, 30 and 34, each by its held-out read, docs/findings.md). The finder itself stays callable on its own
    (its unit tables; shared_source and the story warning read the shared quotes whatever
    the option)."""
    return find_shared_quotes(ctx) if ctx.options.shared_quotes else []


def find_shared_source_if_on(ctx: FindingContext) -> list[Finding]:
    """shared_source findings under ``options.shared_sources`` (on by default since session
    22, off in session 21, each by its held-out read, docs/findings.md). The finder itself stays callable on its own
    (its unit tables); the comparison's provenance does not depend on it."""
    return find_shared_source(ctx) if ctx.options.shared_sources else []


def find_framing_if_on(ctx: FindingContext) -> list[Finding]:
    """framing findings under ``options.framing`` (on by default again since session 34; on in
    sessions 18-22, 24-26 and 28-29, off in sessions 17, 23, 27 and 30-33, each by its held-out read, docs/findings.md). The finder itself stays callable on its own (its
    unit tables, benchmarks/framing_guard.py)."""
    return find_framing(ctx) if ctx.options.framing else []


@dataclass(frozen=True)
class FindingKind:
    type: str
    title: str
    weight: int
    finder: Finder


KINDS: tuple[FindingKind, ...] = (
    FindingKind("fact_conflict", "Conflicting facts", 6, find_fact_conflicts_if_on),
    FindingKind("quote_changed", "Changed quotes", 6, find_quote_changes),
    FindingKind("framing", "Framing and word choice", 4, find_framing_if_on),
    FindingKind("name_variant", "Names spelled differently", 3, find_name_variants),
    FindingKind("omission", "Omissions", 3, find_omissions),
    FindingKind("addition", "Additions", 2, find_additions),
    FindingKind("shared_source", "Shared source text", 1, find_shared_source_if_on),
    # two outlets quoting one statement at length: context, and not copying
    FindingKind("shared_quote", "Shared quotes", 1, find_shared_quotes_if_on),
)

_BY_TYPE: dict[str, FindingKind] = {k.type: k for k in KINDS}

# Views of the registry under the names the renderers and the sort use.
TYPES: tuple[str, ...] = tuple(k.type for k in KINDS)
FINDING_ORDER = TYPES
FINDING_TITLES: dict[str, str] = {k.type: k.title for k in KINDS}
WEIGHT: dict[str, int] = {k.type: k.weight for k in KINDS}
FINDERS: tuple[Finder, ...] = tuple(k.finder for k in KINDS)


def section_order(found: Iterable[tuple[str, float]]) -> list[str]:
    """The finding types present in ``found`` ((type, confidence) pairs), in the order
    renderers list their sections: the registry's (kind weight) order, and between kinds
    of one weight (fact_conflict and quote_changed; name_variant and omission;
    shared_source and shared_quote) the kind with the more confident finding first, so
    a section of a rule measured at 39% is not read before an equally weighted one at
    90%. Unknown types go last, by name. Within a section findings keep
    :func:`storylens.findings.find_all`'s order: confidence, then position."""
    best: dict[str, float] = {}
    for t, c in found:
        best[t] = max(best.get(t, 0.0), c)
    rank = {t: i for i, t in enumerate(TYPES)}
    known = sorted((t for t in best if t in rank),
                   key=lambda t: (-WEIGHT[t], -best[t], rank[t]))
    return known + sorted(t for t in best if t not in rank)


def by_type(type_: str) -> FindingKind:
    """The kind registered under ``type_`` (``KeyError`` for an unknown type)."""
    return _BY_TYPE[type_]


def _check() -> None:
    if len(_BY_TYPE) != len(KINDS):
        raise RuntimeError("findings.kinds: a type is registered twice")
    if list(TYPES) != sorted(TYPES, key=lambda t: -WEIGHT[t]):
        raise RuntimeError("findings.kinds: KINDS must be listed by weight, highest first")


_check()

__all__ = [
    "FINDERS", "FINDING_ORDER", "FINDING_TITLES", "KINDS", "TYPES", "WEIGHT",
    "FindingKind", "by_type", "section_order",
]
