"""The exception tree. Library code raises these; the CLI turns them into one-line errors."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Skipped


class StorylensError(Exception):
    """Base of every error storylens raises on purpose."""


class InputError(StorylensError):
    """An input file or record cannot be used. ``source`` names it, ``reason`` is a code."""

    def __init__(self, source: str, reason: str, message: str, line: int | None = None):
        self.source = source
        self.reason = reason
        self.line = line
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")
        self.message = message


class NothingToCompare(StorylensError):
    """Fewer than one usable article was left after reading the inputs.

    ``skipped`` holds why each input was dropped, so the user still learns which file
    failed and how when nothing at all could be compared.
    """

    def __init__(self, message: str, skipped: tuple[Skipped, ...] = ()):
        super().__init__(message)
        self.skipped = skipped


class TooFewArticles(NothingToCompare):
    """Only one article could be read: there is nothing to compare it with."""


class StoreError(StorylensError):
    """The article store cannot do what was asked (locked, wrong schema version, ...)."""


class MissingExtra(StorylensError):
    """An optional dependency is needed for this feature but is not installed."""

    def __init__(self, extra: str, package: str, feature: str, install: str | None = None):
        self.extra = extra
        super().__init__(
            f"{feature} needs the optional package '{package}': "
            + (install or f"pip install 'storylens[{extra}]'")
        )
