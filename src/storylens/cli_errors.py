"""The one place where library errors become CLI errors: one ``error: ...`` line, exit 1.

Every command module (``cli``, ``cli_corpus``, ``cli_web``, ``cli_spark``) wraps its
commands with :func:`friendly`, so a ``StorylensError`` never reaches the user as a
traceback and every message has the same shape.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, NoReturn, TypeVar

import click

from .errors import StorylensError

F = TypeVar("F", bound=Callable[..., Any])


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    raise click.exceptions.Exit(code)


def friendly(fn: F) -> F:
    """Library errors -> one ``error:`` line on stderr and exit status 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StorylensError as e:
            fail(str(e))

    return wrapper  # type: ignore[return-value]
