"""storylens: show one news story from every side.

Public API: :func:`compare` (files in, :class:`Comparison` out), :func:`compare_articles`,
the record types from :mod:`storylens.models`, and :class:`Options`.
"""

from __future__ import annotations

__version__ = "0.1.0"

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
