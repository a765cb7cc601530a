"""Findings: what an editor should look at, one module per family.

Steps of :func:`find_all`:

1. build one :class:`~storylens.findings.common.FindingContext` (sentence look-ups,
   sentence → alignment group) shared by every finder;
2. run the finder of each kind in :data:`storylens.findings.kinds.KINDS` (the registry);
3. drop findings below ``options.min_finding_confidence``;
4. sort most important first: by kind weight, then confidence, then text position.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Alignment, Document, Finding, Provenance
from ..options import Options
from .common import FindingContext
from .kinds import FINDERS, KINDS, WEIGHT, FindingKind


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
    for finder in FINDERS:
        found.extend(finder(ctx))
    kept = [f for f in found if f.confidence >= options.min_finding_confidence]
    kept.sort(key=lambda f: (-WEIGHT.get(f.type, 0), -f.confidence, _first_position(f)))
    return kept


__all__ = ["KINDS", "WEIGHT", "FindingContext", "FindingKind", "find_all"]
