"""storylens: show one news story from every side.

Public API: :func:`compare` (files in, :class:`Comparison` out), :func:`compare_articles`,
the record types from :mod:`storylens.models`, and :class:`Options`.

They load on first use (PEP 562), so that ``import storylens``, and with it every CLI
start (``storylens --help`` included), does not pay ~50 ms for the pipeline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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

# The modules that define the names above, in the order they are looked in.
_SOURCES = ("errors", "models", "options", "pipeline")


def __getattr__(name: str) -> Any:
    if name in __all__:
        from importlib import import_module

        for source in _SOURCES:
            module = import_module(f".{source}", __name__)
            if hasattr(module, name):
                globals()[name] = value = getattr(module, name)  # a plain attribute from now on
                return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
