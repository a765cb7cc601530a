"""Paths -> inputs: files, and folders walked in a fixed order.

A folder is walked depth first, each folder's names sorted, hidden names skipped.
Every entry the walk meets ends as articles or as a row with its reason; nothing is
passed over silently: a file whose extension is no article format is ``unsupported``,
a file named like the folder's own documentation (README, notes.md, LICENSE:
``rules/folder_files``) is ``documentation``,
a dangling symlink, FIFO, socket or device is ``unreadable`` (never opened, so a FIFO
cannot hang the run), a symlinked folder is not entered (``symlink-folder``: no loops),
and a symlink that leads out of the folder is refused (``outside-folder``): a folder of
articles must not hand ``/etc/passwd`` to the store; a folder with no file in it is
an ``empty`` row. A file named explicitly is always
tried, whatever its extension or where it points.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..models import RawArticle, Skipped
from ..options import Options
from .decoding import label
from .formats import ARTICLE_EXTENSIONS, read_input
from .source import Input, ext_of

Item = RawArticle | Skipped


def read_inputs(
    paths: Sequence[str | Path], options: Options
) -> tuple[list[RawArticle], list[Skipped]]:
    """Read every path (files or directories) into articles and skipped inputs, in order.

    A path named again (the same file by any spelling, the same URL) is read once and the
    repeat is a ``repeated`` row: compared with itself, one article would fill the report
    with 100% copies of itself and a "near-duplicate" finding.
    """
    raws: list[RawArticle] = []
    skipped: list[Skipped] = []
    seen: set[str] = set()
    for p in paths:
        key = _identity(p)
        if key is not None and key in seen:
            skipped.append(Skipped(label(str(p)), "repeated", "named twice; read once"))
            continue
        if key is not None:
            seen.add(key)
        for item in iter_path(p, options):
            (skipped if isinstance(item, Skipped) else raws).append(item)
    return raws, skipped


def _identity(path: str | Path) -> str | None:
    """What makes two named inputs the same: a URL as written, an existing path resolved
    (links and ``./`` followed); ``None`` for a path that does not exist (its own row)."""
    if isinstance(path, str) and path[:8].lower().startswith(("http://", "https://")):
        return path
    try:
        return os.path.realpath(path) if os.path.exists(path) else None
    except (OSError, ValueError):
        return None


def iter_path(path: str | Path, options: Options) -> Iterator[Item]:
    """Stream one file, or a directory recursively (see the module docstring)."""
    # An http(s) URL is fetched (storylens.fetch, imported only then); a feed URL yields
    # its entries.
    if isinstance(path, str) and path[:8].lower().startswith(("http://", "https://")):
        from ..fetch import iter_url

        yield from iter_url(path, options)
        return
    p = Path(path)
    if p.is_dir():
        walked = False
        for child in iter_files(p):
            walked = True
            skip = unsupported(child, p)
            if skip is not None:
                yield skip
                continue
            yield from _iter_file(child, options)
        if not walked:
            yield empty_folder(p)
    elif not os.path.lexists(p):
        yield Skipped(label(str(p)), "missing", "no such file or directory")
    else:
        yield from _iter_file(p, options)


def empty_folder(path: Path) -> Skipped:
    """The row for a folder whose walk met no file: named, so a wrong folder is noticed."""
    return Skipped(label(str(path)), "empty", "an empty folder: no files in it (hidden names are not read)")


def unsupported(path: Path, root: Path | None = None) -> Skipped | None:
    """The row for a file met in a walk of ``root`` that is not read, else ``None``:
    an extension that is no article format, a symlinked folder, a symlink leading out."""
    src = label(str(path))
    if root is not None and os.path.islink(path):
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):  # dangling or a loop: _iter_file says which
            real = None
        if real is not None:
            base = Path(root).resolve()
            if not real.is_relative_to(base):
                return Skipped(
                    src, "outside-folder",
                    f"a symlink to {label(str(real))}, outside {label(str(root))}; "
                    "name the file itself to read it",
                )
            if real.is_dir():
                return Skipped(src, "symlink-folder", "a symlinked folder (not followed: no loops)")
    ext = ext_of(path.name)
    doc = documentation(path.name)
    if doc is not None:
        return Skipped(
            src, "documentation",
            f"named as the folder's documentation ({doc}), not an article; "
            "name the file itself to read it anyway",
        )
    if ext and ext not in ARTICLE_EXTENSIONS:
        return Skipped(
            src,
            "unsupported",
            f"not an article file type ({ext}); name the file itself to read it anyway",
        )
    return None


def documentation(name: str) -> str | None:
    """The documentation name (``rules/folder_files.DOC_NAMES``) a file called ``name``
    has, else ``None``: ``README.md`` -> ``readme``, ``LICENSE`` -> ``license``; not
    ``notes-on-the-vote.txt``."""
    from ..rules.folder_files import DOC_EXTENSIONS, DOC_NAMES, NAME_SEPARATORS

    low = name.lower()
    if low.endswith(".gz"):
        low = low[:-3]
    stem, dot, ext = low.rpartition(".")
    if not dot or not stem:
        stem, ext = low, ""
    else:
        ext = "." + ext
    if ext not in DOC_EXTENSIONS:
        return None
    key = stem.translate({ord(c): None for c in NAME_SEPARATORS})
    return key if key in DOC_NAMES else None


def iter_files(path: str | Path, articles_only: bool = False) -> Iterator[Path]:
    """The entries a walk of ``path`` visits, in :func:`iter_path`'s order; a file is itself.

    The order is ``sorted(Path(path).rglob("*"))`` (paths compare part by part), made
    without listing the whole tree first: depth first, each folder's names sorted.
    Hidden names are skipped and symlinked folders are not entered (no loops); every
    other entry is yielded, special files too (:func:`iter_path` gives them a reason).
    ``articles_only`` leaves out files whose extension is not an article format.
    """
    p = Path(path)
    if not p.is_dir():
        yield p
        return
    for child in _walk_folder(p):
        if articles_only:
            ext = ext_of(child.name)
            if ext and ext not in ARTICLE_EXTENSIONS:
                continue
        yield child


def _walk_folder(folder: Path) -> Iterator[Path]:
    try:
        with os.scandir(folder) as it:
            entries = sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        try:
            if e.is_dir(follow_symlinks=False):
                yield from _walk_folder(Path(e.path))
                continue
        except OSError:
            pass
        yield Path(e.path)


_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)


def _iter_file(p: Path, options: Options) -> Iterator[Item]:
    src = label(str(p))
    try:
        st = p.stat()
    except FileNotFoundError:
        if os.path.islink(p):
            yield Skipped(src, "unreadable", f"a dangling symlink (to {label(os.readlink(p))})")
        else:
            yield Skipped(src, "missing", "no such file or directory")
        return
    except OSError as e:
        yield Skipped(src, "unreadable", f"cannot read file ({e.strerror or type(e).__name__})")
        return
    if not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a regular file")
        yield Skipped(src, "unreadable", f"{kind}, not a regular file (not opened)")
        return
    yield from read_input(Input(src, p.name, lambda: p.open("rb"), st.st_size), options)
