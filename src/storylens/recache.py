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

Only the code's own patterns are kept, never one built from what a user compared (a
pattern per name of the articles, for instance): a pattern is kept when it is compiled
while a module is imported or written as a literal where it is compiled, or, at the write,
when every word of it is written in storylens's own files (:func:`code_words`). The
others are compiled as usual each run, so no word of a draft compared before publication
is left on disk.

Only the console script installs it (``cli.main.main``, beside the collector's
threshold), for the run of one command: ``main`` puts ``re``'s own compiler back when it
returns or raises (a program may run the command line in process), and the library
never replaces anything in ``re``. A write also removes this module's files that no run
has used for a week (:data:`STALE_SECONDS`: other Python builds'), and no other file. ``STORYLENS_REGEX_CACHE=off``
turns it off; any other value is the folder (default ``$XDG_CACHE_HOME/storylens`` or
``~/.cache/storylens``). CPython only (``_sre`` is its engine).
"""

from __future__ import annotations

import os
import re
import sys
import time
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
# A file of this module's that no run has read or written for this long (another Python
# build's, ~1 MB each: a patch release or a new ``re`` gives the file another name, and
# the old one was never read again nor deleted) is removed at the next write, with a
# writer's temporary file left by a crash. A file in use stays younger: a read touches it
# when it is older than ``TOUCH_SECONDS`` (one ``utime`` a day, not one a run).
STALE_SECONDS = 7 * 86400
TOUCH_SECONDS = 86400
# The names this module writes (:func:`file_name`, and ``save``'s temporary file): only
# these are ever removed, never another file of the folder (the page cache's ``http/``).
_OWN_FILE = re.compile(r"\.?re-[a-z0-9_.-]+-[0-9a-f]{8}\.marshal(?:\.\d+\.tmp)?")


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
                if time.time() - os.fstat(f.fileno()).st_mtime > TOUCH_SECONDS:
                    try:
                        os.utime(path)  # in use: another interpreter's sweep leaves it
                    except OSError:
                        pass  # another user's file, read-only to us: still read
            if zlib.crc32(payload) == crc:
                loaded = marshal.loads(payload)
                if isinstance(loaded, dict):
                    self.entries = loaded
        except (OSError, EOFError, ValueError, TypeError):
            pass
        self.used: set[tuple[str, int]] = set()  # the keys this run read or added
        # key -> (pattern, seconds compiling, whether the code wrote it: _written_in_code)
        self.missed: dict[tuple[str, int], tuple] = {}
        self.damaged = False
        # which patterns may be kept (tests widen them): the code's own, by where they are
        # compiled, and at save, any other whose every word the code's files hold
        self.written_in_code, self.code_words = _written_in_code, code_words

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

    def close(self) -> None:
        """The end of a command run in process (``cli.main.main``): ``re``'s own compiler
        back, and what the run learnt written now instead of at the program's exit."""
        import atexit

        self.uninstall()
        atexit.unregister(self.save)
        self.save()

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
        self.missed[key] = (pattern, self._clock() - t0, self.written_in_code(p))
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
        # only the code's own patterns make a write worth it: a large story compiles a
        # pattern for each of its names on every run, and those are never kept
        new = sum(seconds for _, seconds, own in self.missed.values() if own)
        if not self.damaged and new < self.worth_writing:
            return
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            # the file first: where nothing can be written (a read-only home) the
            # checks below would only cost time
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "wb") as f:
                read = set(self.used)  # the keys this run read from the file
                missed = list(self.missed.items())  # the word scan compiles patterns too
                cost = {key: seconds for key, (_, seconds, _own) in missed}
                vocabulary: frozenset[str] | None = None
                for key, (pattern, _, own) in missed:
                    if not own:
                        vocabulary = self.code_words() if vocabulary is None else vocabulary
                        if not pattern_words(key[0]) <= vocabulary:
                            continue  # a word of the input: never written to disk
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
        except Exception:  # the cache only saves time: never an error at exit
            try:
                tmp.unlink()
            except OSError:
                pass
            return
        self._sweep()

    def _sweep(self) -> None:
        """Remove this module's stale files beside the one just written (see
        :data:`STALE_SECONDS`); only names :data:`_OWN_FILE` matches, only plain files."""
        now = time.time()
        try:
            with os.scandir(self.path.parent) as entries:
                for e in entries:
                    if e.name == self.path.name or not _OWN_FILE.fullmatch(e.name):
                        continue
                    try:
                        if (e.is_file(follow_symlinks=False)
                                and now - e.stat(follow_symlinks=False).st_mtime > STALE_SECONDS):
                            os.unlink(e.path)
                    except OSError:
                        pass
        except OSError:
            pass


_WORD = r"[^\W\d_]{2,}"


def pattern_words(p: str) -> set[str]:
    """The words (2+ letters, lower case) of a pattern's literal text: its escapes
    (``\\b``, ``\\w``, ``\\s``: a letter after a backslash; ``re.escape`` never escapes
    a letter) are not words."""
    import re

    return {w.lower() for w in re.findall(_WORD, re.sub(r"\\[A-Za-z]", " ", p))}


def code_words() -> frozenset[str]:
    """Every word written in storylens's own files (its modules, rule tables and demo
    articles): a pattern built inside a function from the rules' word lists uses only
    these; a pattern built from a user's article has a word of its own (a name), and
    :meth:`RegexCache.save` never keeps it. ~0.1 s, only when the file is written."""
    import re

    root = Path(__file__).resolve().parent
    words: set[str] = set()
    for path in root.rglob("*"):
        if path.suffix in (".py", ".json", ".txt") and path.is_file():
            try:
                text = path.read_text("utf-8", errors="replace")
            except OSError:
                continue
            words.update(w.lower() for w in re.findall(_WORD, text))
    return frozenset(words)


def _written_in_code(p: str) -> bool:
    """Whether a pattern is the code's own, so it may be kept on disk: compiled while a
    module is imported (the rule tables' patterns, built at import from ``rules/``), or
    written as a literal in the function that compiles it. A pattern built from what a
    user compared (a name's spellings, an outlet's words) is compiled inside a function
    from text no code holds: it is compiled as usual and never kept, so no word of the
    input reaches the cache file (drafts compared before publication stay private)."""
    frame = sys._getframe(2)  # past compile() and re._compile
    while frame is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "re":
        frame = frame.f_back
    if frame is None:
        return False
    if p in frame.f_code.co_consts:
        return True
    while frame is not None:  # an import under way: a module's top level, not the script's
        if frame.f_code.co_name == "<module>" and frame.f_globals.get("__name__") != "__main__":
            return True
        frame = frame.f_back
    return False


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


__all__ = ["ENV", "MAX_ENTRIES", "STALE_SECONDS", "TOUCH_SECONDS", "WORTH_WRITING", "RegexCache", "code_words", "default_folder", "file_name",
           "install", "pattern_words"]
