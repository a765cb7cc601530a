"""Compiled regular expressions kept between runs of the console script.

Python compiles every regular expression anew in each process, with a parser and code
generator written in Python: the ~450 patterns of storylens's rule tables and word lists
took ~0.15 s of CPU of each ``storylens compare`` of two articles (a third of the run;
docs/limits.md). ``re`` turns a pattern into a list of integers (the regular expression
engine's program) and hands it to ``_sre.compile``; this module keeps those lists in one
file of the user cache directory (~1.1 MB), as Python keeps a module's byte code in
``__pycache__``, and builds the ``Pattern`` from the kept list when the same pattern text
and flags come again: ~9 ms for all of them.

Why a kept program is the one ``re`` would make:

* the key is the pattern's whole text and its flags: a changed pattern is a new entry;
* a program is kept only after building a ``Pattern`` from it and checking it against
  the one ``re`` compiled (``==`` compares text, flags and the program word for word;
  the groups too);
* the file is per Python build: its name holds the interpreter's version and build, the
  engine's MAGIC and code size, and the size and time of ``re``'s compiler and parser
  modules, so another Python never reads it;
* the file is written whole or not at all (a new file renamed over the old one) and
  carries a checksum of its contents; ``_sre.compile`` validates the program it is
  given (jumps and arguments); any error reading, checking, unpacking or building an
  entry falls back to compiling the pattern.

Only the console script installs it (``cli.main.main``, beside the collector's
threshold): the library never replaces anything in ``re``. ``STORYLENS_REGEX_CACHE=off``
turns it off; any other value is the folder (default ``$XDG_CACHE_HOME/storylens`` or
``~/.cache/storylens``). CPython only (``_sre`` is its engine).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV = "STORYLENS_REGEX_CACHE"
# At most this many patterns in the file; past it a write keeps only ones its run used,
# those it read first (a comparison compiles ~580 with every finder on; the rest would be
# left from older versions, or built from some article's text: a 40-article compare
# compiles ~800 from names).
MAX_ENTRIES = 2000
# Seconds a run must have spent compiling patterns not in the file for it to write the
# file (~1.1 MB, a few ms to write). A first run spends ~0.15 s; a later one compiles only
# the few short patterns built from its articles' names (~1 ms), and writes nothing.
WORTH_WRITING = 0.02


def default_folder() -> Path | None:
    """The cache folder, or ``None`` when ``STORYLENS_REGEX_CACHE=off``."""
    env = os.environ.get(ENV)
    if env is not None:
        return None if env.strip().lower() in ("off", "0", "no", "false", "") else Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storylens"


def file_name() -> str:
    """One name per Python build and ``re`` implementation (see the module docstring)."""
    import _sre
    import zlib
    from re import _compiler, _constants, _parser

    parts = [sys.version, sys.implementation.cache_tag, str(_sre.MAGIC), str(_sre.CODESIZE)]
    for module in (_compiler, _parser, _constants):
        st = os.stat(module.__file__)
        parts.append(f"{st.st_size}:{st.st_mtime_ns}")
    digest = zlib.crc32("\n".join(parts).encode("utf-8", "surrogatepass"))
    return f"re-{sys.implementation.cache_tag}-{digest:08x}.marshal"


class RegexCache:
    """The kept programs of one file, put in front of ``re``'s compiler while installed."""

    def __init__(self, path: Path) -> None:
        import _sre
        import array
        import marshal
        import zlib
        from re import _compiler, _parser
        from time import perf_counter

        self.path = path
        self._array, self._marshal, self._sre, self._clock = array.array, marshal, _sre, perf_counter
        self._crc = zlib.crc32
        self.worth_writing = WORTH_WRITING
        self._compiler, self._parser = _compiler, _parser
        self._original = _compiler.compile
        self._typecode = next(t for t in "IL" if array.array(t).itemsize == _sre.CODESIZE)
        self.entries: dict[tuple[str, int], tuple] = {}
        try:
            with open(path, "rb") as f:
                crc, payload = marshal.load(f)
            if zlib.crc32(payload) == crc:
                loaded = marshal.loads(payload)
                if isinstance(loaded, dict):
                    self.entries = loaded
        except (OSError, EOFError, ValueError, TypeError):
            pass
        self.used: set[tuple[str, int]] = set()  # the keys this run read or added
        self.missed: dict[tuple[str, int], tuple] = {}  # key -> (pattern, seconds compiling)
        self.damaged = False

    def install(self) -> RegexCache:
        self._compiler.compile = self.compile
        return self

    @staticmethod
    def installed() -> RegexCache | None:
        """The cache in front of ``re``'s compiler now, if any."""
        from re import _compiler

        owner = getattr(_compiler.compile, "__self__", None)
        return owner if isinstance(owner, RegexCache) else None

    def uninstall(self) -> None:
        if self._compiler.compile == self.compile:
            self._compiler.compile = self._original

    def compile(self, p, flags=0):
        """``re._compiler.compile``: from the kept program when there is one."""
        if type(p) is not str or flags & self._compiler.SRE_FLAG_DEBUG:
            return self._original(p, flags)
        key = (p, int(flags))
        entry = self.entries.get(key)
        if entry is not None:
            try:
                pattern = self._build(p, entry)
            except Exception:  # a damaged entry: compiled again below, and rewritten
                self.entries.pop(key, None)  # (two threads may meet the same one)
                self.damaged = True
            else:
                self.used.add(key)
                return pattern
        t0 = self._clock()
        pattern = self._original(p, flags)
        self.missed[key] = (pattern, self._clock() - t0)
        return pattern

    def _build(self, p: str, entry: tuple):
        final_flags, code_bytes, groups, groupindex, indexgroup = entry
        code = self._array(self._typecode)
        code.frombytes(code_bytes)
        return self._sre.compile(p, final_flags, code.tolist(), groups, groupindex, indexgroup)

    def _entry(self, key: tuple[str, int], pattern) -> tuple | None:
        """The kept form of a pattern ``re`` compiled, if rebuilding the pattern from it
        gives the very same pattern; else ``None``."""
        p, flags = key
        try:
            # re._compiler.compile, less its last call (the same steps in 3.11-3.13)
            parsed = self._parser.parse(p, flags)
            code = self._compiler._code(parsed, flags)
            groupindex = dict(parsed.state.groupdict)
            indexgroup = [None] * parsed.state.groups
            for name, i in groupindex.items():
                indexgroup[i] = name
            entry = (int(flags | parsed.state.flags), self._array(self._typecode, code).tobytes(),
                     parsed.state.groups - 1, groupindex, tuple(indexgroup))
            again = self._build(p, entry)
        except Exception:
            return None
        same = again == pattern and again.groups == pattern.groups and again.groupindex == pattern.groupindex
        return entry if same else None

    def save(self) -> None:
        """Keep what this run compiled and write the file, when that compiling took long
        enough to be worth a write (patterns built from article text are new in each run,
        and cheap); atomically: a reader sees the old file or the new one. Errors are
        ignored: the cache only saves time."""
        if not self.damaged and sum(seconds for _, seconds in self.missed.values()) < self.worth_writing:
            return
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            # the file first: where nothing can be written (a read-only home) the
            # checks below would only cost time
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as f:
                read = set(self.used)  # the keys this run read from the file
                cost = {key: seconds for key, (_, seconds) in self.missed.items()}
                for key, (pattern, _) in self.missed.items():
                    entry = self._entry(key, pattern)
                    if entry is not None:
                        self.entries[key] = entry
                        self.used.add(key)
                self.missed, self.damaged = {}, False
                entries = self.entries
                if len(entries) > MAX_ENTRIES:
                    # the ones this run used: those it read first, then its new ones, the
                    # slowest to compile first; never more than MAX_ENTRIES (a run over a
                    # large corpus compiles a pattern for each of thousands of names)
                    keep = sorted((k for k in entries if k in self.used),
                                  key=lambda k: (k not in read, -cost.get(k, 0.0)))
                    entries = {k: entries[k] for k in keep[:MAX_ENTRIES]}
                payload = self._marshal.dumps(entries)
                self._marshal.dump((self._crc(payload), payload), f)
            os.replace(tmp, self.path)
        except (OSError, ValueError):
            try:
                tmp.unlink()
            except OSError:
                pass


def install(folder: Path | None = None) -> RegexCache | None:
    """Put the cache in front of ``re``'s compiler for the rest of the process and write
    what it learnt at exit. ``folder``: default :func:`default_folder`. ``None`` (nothing
    installed) when turned off or not on CPython."""
    if sys.implementation.name != "cpython":
        return None
    if RegexCache.installed() is not None:  # main() run twice in one process (tests)
        return RegexCache.installed()
    try:
        folder = folder if folder is not None else default_folder()  # no home: RuntimeError
        if folder is None:
            return None
        cache = RegexCache(folder / file_name())
    except Exception:
        return None
    import atexit

    atexit.register(cache.save)
    return cache.install()


__all__ = ["ENV", "MAX_ENTRIES", "WORTH_WRITING", "RegexCache", "default_folder", "file_name", "install"]
