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

if TYPE_CHECKING:
    from ..models import Skipped

F = TypeVar("F", bound=Callable[..., Any])


def report_skipped(skipped: Iterable[Skipped]) -> None:
    """One ``skipped: SOURCE[:LINE]: why`` line on stderr per input that was not used."""
    for s in skipped:
        where = f"{s.source}:{s.line}" if s.line is not None and ":" not in s.source else s.source
        click.echo(f"skipped: {where}: {s.message}", err=True)


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    raise click.exceptions.Exit(code)


def json_error(e: StorylensError) -> dict[str, Any]:
    """The error object a ``--json`` command prints on stdout instead of its document."""
    skipped = [
        {"source": s.source, "reason": s.reason, "message": s.message, "line": s.line}
        for s in getattr(e, "skipped", ())
    ]
    return {"error": {"type": type(e).__name__, "message": str(e), "skipped": skipped}}


def friendly(fn: F) -> F:
    """Library errors -> one ``error:`` line on stderr and exit status 1.

    When every input failed, the user still learns which file failed and why: the
    skipped inputs the error carries come first, the ``error:`` line last. A command
    run with ``--json`` also prints the error as a JSON object on stdout
    (:func:`json_error`), so a script reading stdout always gets JSON.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StorylensError as e:
            if kwargs.get("json_out"):
                import json
                import sys

                sys.stdout.write(json.dumps(json_error(e), ensure_ascii=False, indent=2) + "\n")
            report_skipped(getattr(e, "skipped", ()))
            fail(str(e))

    return wrapper  # type: ignore[return-value]
