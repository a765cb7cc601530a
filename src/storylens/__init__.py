"""storylens: show one news story from every side.

Public API: :func:`compare` (files in, :class:`Comparison` out), :func:`compare_articles`,
the record types from :mod:`storylens.models`, and :class:`Options`.

They load on first use (PEP 562), so that ``import storylens``, and with it every CLI
start (``storylens --help`` included), does not pay ~50 ms for the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .lazy import lazy_exports

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .errors import InputError, MissingExtra, NothingToCompare, StoreError, StorylensError
    from .models import (
        Alignment,
        Analysis,
        Article,
        Comparison,
        Document,
        Entity,
        Finding,
        PairDiff,
        Provenance,
        Quantity,
        Quote,
        RawArticle,
        Sentence,
        Skipped,
    )
    from .options import Options
    from .pipeline import compare, compare_articles

__all__ = [
    "Alignment",
    "Analysis",
    "Article",
    "Comparison",
    "Document",
    "Entity",
    "Finding",
    "InputError",
    "MissingExtra",
    "NothingToCompare",
    "Options",
    "PairDiff",
    "Provenance",
    "Quantity",
    "Quote",
    "RawArticle",
    "Sentence",
    "Skipped",
    "StoreError",
    "StorylensError",
    "__version__",
    "compare",
    "compare_articles",
]

# Where each public name is defined: the one module imported on its first use.
_HOME = {
    "InputError": "errors",
    "MissingExtra": "errors",
    "NothingToCompare": "errors",
    "StoreError": "errors",
    "StorylensError": "errors",
    "Alignment": "models",
    "Analysis": "models",
    "Article": "models",
    "Comparison": "models",
    "Document": "models",
    "Entity": "models",
    "Finding": "models",
    "PairDiff": "models",
    "Provenance": "models",
    "Quantity": "models",
    "Quote": "models",
    "RawArticle": "models",
    "Sentence": "models",
    "Skipped": "models",
    "Options": "options",
    "compare": "pipeline",
    "compare_articles": "pipeline",
}


__getattr__, __dir__ = lazy_exports(globals(), _HOME)
