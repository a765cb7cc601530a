"""The one place where library errors become CLI errors: one ``error: ...`` line, exit 1.

Every command module (``main``, ``corpus``, ``web``, ``spark``) wraps its
commands with :func:`friendly`, so a ``StorylensError`` never reaches the user as a
traceback and every message has the same shape. An error that carries skipped inputs
(``NothingToCompare``) first names each of them, one ``skipped:`` line apiece.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click

from ..errors import StorylensError
from ..report.controls import terminal_safe

if TYPE_CHECKING:
    from ..models import Skipped

F = TypeVar("F", bound=Callable[..., Any])


def report_skipped(skipped: Iterable[Skipped]) -> None:
    """One ``skipped: SOURCE[:LINE]: why`` line on stderr per input that was not used."""
    for s in skipped:
        where = f"{s.source}:{s.line}" if s.line is not None and ":" not in s.source else s.source
        click.echo(terminal_safe(f"skipped: {where}: {s.message}"), err=True)


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(terminal_safe(f"error: {message}"), err=True)
    raise click.exceptions.Exit(code)


def friendly(fn: F) -> F:
    """Library errors -> one ``error:`` line on stderr and exit status 1.

    When every input failed, the user still learns which file failed and why: the
    skipped inputs the error carries come first, the ``error:`` line last.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StorylensError as e:
            report_skipped(getattr(e, "skipped", ()))
            fail(str(e))

    return wrapper  # type: ignore[return-value]
