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


# A file's records skipped for one reason are listed this many at a time; the rest are one
# line: a folder holding a stray JSONL of other records (an answer key, a log) printed a line
# per record, hiding the few lines that mattered. --json error objects keep every row.
SKIPPED_ROWS_PER_FILE = 3
# Runs of line numbers that fold line lists, the rest an ellipsis: a file whose every other
# record is skipped (records of two kinds, one of them not articles) gave one line with a
# number per record.
SKIPPED_SPANS_SHOWN = 6


def report_skipped(skipped: Iterable[Skipped]) -> None:
    """One ``skipped: SOURCE[:LINE]: why`` line on stderr per input that was not used; a
    ``repaired`` row names an article that *was* used, so its line says so instead. Past
    :data:`SKIPPED_ROWS_PER_FILE` + 1 records of one file skipped for one reason, one line
    counts the rest (two or more) and gives their line numbers."""
    rows = list(skipped)
    groups: dict[tuple[str, str], list[Skipped]] = {}
    for s in rows:
        if s.line is not None and s.reason != "repaired":
            groups.setdefault((_file_of(s), s.reason), []).append(s)
    # each row's place in its group, counted as the rows come (not ``group.index``, which
    # compared every earlier row: a stray JSONL of 8,000 records took 4 s more to report)
    seen: dict[tuple[str, str], int] = {}
    for s in rows:
        key = (_file_of(s), s.reason)
        group = groups.get(key) if s.line is not None and s.reason != "repaired" else None
        # (one row past the limit keeps its own line: a line counting "1 more records"
        # said less than the row it stood for)
        if group is not None and len(group) > SKIPPED_ROWS_PER_FILE + 1:
            at = seen[key] = seen.get(key, -1) + 1
            if at > SKIPPED_ROWS_PER_FILE:
                continue
            if at == SKIPPED_ROWS_PER_FILE:
                rest = [r.line for r in group[at:]]
                lines = f"line {rest[0]}" if len(rest) == 1 else f"lines {_spans(rest)}"
                click.echo(terminal_safe(
                    f"skipped: {_file_of(s)}: {len(rest)} more records for the same reason ({s.reason}), {lines}"
                ), err=True)
                continue
        where = f"{s.source}:{s.line}" if s.line is not None and ":" not in s.source else s.source
        if s.reason == "repaired":
            line = f"repaired: {where}: kept; {s.message}"
        else:
            line = f"skipped: {where}: {s.message}"
        click.echo(terminal_safe(line), err=True)


def _file_of(s: Skipped) -> str:
    """The file a record's row names: ``f.jsonl:7`` -> ``f.jsonl`` (a record's source
    carries its line; a JSON array's item, ``#N``)."""
    for tail in (f":{s.line}", f"#{s.line}"):
        if s.source.endswith(tail):
            return s.source[: -len(tail)]
    return s.source


def _spans(numbers: list[int]) -> str:
    """``[4, 5, 6, 9]`` -> ``"4-6, 9"``; past :data:`SKIPPED_SPANS_SHOWN` runs, "…"."""
    out: list[str] = []
    start = prev = numbers[0]
    for n in [*numbers[1:], None]:
        if n is not None and n == prev + 1:
            prev = n
            continue
        out.append(str(start) if start == prev else f"{start}-{prev}")
        if n is not None:
            start = prev = n
    if len(out) > SKIPPED_SPANS_SHOWN:
        out[SKIPPED_SPANS_SHOWN:] = ["…"]
    return ", ".join(out)


def fail(message: str, code: int = 1) -> NoReturn:
    click.echo(terminal_safe(f"error: {message}"), err=True)
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

    A closed stdout pipe (``| head``) is no error: it is left to click, which stops
    without a word and exit status 1, as it does for every command.

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
        except BrokenPipeError:  # `storylens stories --csv | head`: the reader has enough;
            raise  # click's main loop ends quietly with status 1 (never "error: Broken pipe")
        except OSError as e:  # a full disk, a read-only or missing folder, no permission
            fail(os_message(e))
        except Exception as e:
            if type(e).__module__ == "sqlite3":  # a damaged store met while reading it
                first = str(e).splitlines()[0][:160] if str(e) else type(e).__name__
                fail(f"the article store cannot be read ({first}); it may be damaged")
            raise

    return wrapper  # type: ignore[return-value]


_ERRNO_HINTS = {
    "ENOSPC": "the disk is full",
    "EDQUOT": "the disk quota is used up",
    "EROFS": "the location is read-only",
    "EACCES": "permission denied",
    "EPERM": "permission denied",
    "ENOENT": "no such file or folder",
    "ENOTDIR": "a part of the path is not a folder",
    "EISDIR": "it is a folder",
    "EFBIG": "the file is over the size limit for this process or file system",
    "ELOOP": "too many symlinks (or a symlink where none may be)",
}


def os_message(e: OSError) -> str:
    """One line for an operating-system error: the file, then what happened in words."""
    import errno

    name = errno.errorcode.get(e.errno or 0, "")
    what = _ERRNO_HINTS.get(name) or e.strerror or type(e).__name__
    where = f"{e.filename}: " if e.filename else ""
    return f"cannot write or read {where}{what}" if where else f"{what} ({e})"
