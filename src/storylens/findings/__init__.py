"""Findings: what an editor should look at, one module per family.

Steps of :func:`find_all`:

1. build one :class:`~storylens.findings.common.FindingContext` (sentence look-ups,
   sentence → alignment group) shared by every finder;
2. run each finder in :data:`FINDERS` (a family whose module is not in this build is
   skipped);
3. drop findings below ``options.min_finding_confidence``;
4. sort most important first: by family weight, then confidence, then text position.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence

from ..models import Alignment, Document, Finding, Provenance
from ..options import Options
from .common import FindingContext

# (module, function names tried in order) per family, in the order they run. Every
# finder takes one FindingContext and returns a list of Finding; a family module may
# simply expose ``find(ctx)``.
FINDERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("quotes", ("find_quote_changes",)),
    ("facts", ("find", "find_fact_conflicts", "find_facts")),
    ("names", ("find", "find_name_variants", "find_names")),
    ("framing", ("find_framing",)),
    ("coverage", ("find_omissions",)),
    ("coverage", ("find_additions",)),
    ("source", ("find", "find_shared_source", "find_source")),
)

# How much an editor needs to see a family first: a changed quote or a conflicting
# number is a possible error; framing and coverage are editorial choices.
WEIGHT: dict[str, int] = {
    "quote_changed": 6,
    "fact_conflict": 6,
    "framing": 4,
    "name_variant": 3,
    "omission": 3,
    "addition": 2,
    "shared_source": 1,
}


def _finder(
    module: str, names: tuple[str, ...]
) -> Callable[[FindingContext], list[Finding]] | None:
    try:
        mod = importlib.import_module(f"{__name__}.{module}")
    except ModuleNotFoundError as e:
        if e.name != f"{__name__}.{module}":
            raise  # a real import error inside the module must not be hidden
        return None
    for name in names:
        fn = getattr(mod, name, None)
        if callable(fn):
            return fn
    return None


def _first_position(f: Finding) -> tuple[str, int]:
    if not f.sentences:
        return ("", 0)
    art, _, idx = f.sentences[0].partition(":s")
    return (art, int(idx) if idx.isdigit() else 0)


def find_all(
    docs: Sequence[Document],
    alignments: Sequence[Alignment],
    provenance: Provenance | None,
    options: Options | None = None,
) -> list[Finding]:
    """All findings for one story, most important first."""
    options = options or Options()
    ctx = FindingContext.build(docs, alignments, provenance, options)
    found: list[Finding] = []
    for module, names in FINDERS:
        fn = _finder(module, names)
        if fn is not None:
            found.extend(fn(ctx))
    kept = [f for f in found if f.confidence >= options.min_finding_confidence]
    kept.sort(key=lambda f: (-WEIGHT.get(f.type, 0), -f.confidence, _first_position(f)))
    return kept


__all__ = ["FindingContext", "find_all"]
