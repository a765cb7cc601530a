"""The console script's cache of compiled regular expressions (``storylens.recache``):
a pattern built from a kept program is the pattern ``re`` compiles (same text, flags,
program and groups, same matches); a damaged file or entry is compiled again; a run that
compiled little writes nothing; the console script prints the same bytes with the cache
cold, warm and off; and the pattern texts storylens builds do not change with the hash
seed (a set's order does), or every run would miss."""

from __future__ import annotations

import json
import marshal
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from storylens import recache
from storylens.demo import demo_paths
from storylens.recache import RegexCache
from storylens.rules.boilerplate import EMBED_SIGNATURE, NOTE_LABEL, PUBLICATION_NAME, RULES

pytestmark = pytest.mark.skipif(sys.implementation.name != "cpython", reason="CPython's _sre only")

# The rule table (~80 patterns, up to 6 KB each), patterns with flags, named and
# numbered groups, look-arounds, possessive repeats, a verbose pattern and bytes.
PATTERNS: list[tuple[str, int]] = [
    *((r.source, r.flags) for r in RULES),
    (PUBLICATION_NAME, 0),
    (EMBED_SIGNATURE.pattern, EMBED_SIGNATURE.flags & ~re.UNICODE),
    (NOTE_LABEL.pattern, re.IGNORECASE),
    (r"(?P<day>\d{1,2})\s+(?P<month>[A-Z][a-z]+)\s+(\d{4})", 0),
    (r"(?<![\w'’])(?:Mr|Ms|Dr)\.?\s+([A-Z][a-z]+)(?=[,.])", re.MULTILINE),
    (r"""(?x) \b (?: [a-z]++ ) \s* # a word
         (?i:vella|harbour)""", 0),
    (r"[^\W_]+", re.ASCII),
]
LINES = [
    "Smoke over the docks at dawn on Tuesday. (CPA Photo/Jane Doe)",
    "Published 4 March 2031, 10:42 GMT",
    "Share on Facebook | Share on X | Email this story",
    "Ferry crews in Port Vella walked out on Monday, Mr. Orlik said, citing unpaid wages.",
    "Editor's note: The Vella Times is owned by Harbour Media.",
    "Iran will pay. — Jane Doe (@janedoe) December 31, 2031",
    "12 March 2031 Draven Viaduct",
]


def _compile_all(cache: RegexCache) -> list[re.Pattern]:
    re.purge()  # re's own cache would answer without asking the compiler
    cache.install()
    try:
        return [re.compile(p, f) for p, f in PATTERNS]
    finally:
        cache.uninstall()
        re.purge()


def _fresh(path: Path) -> RegexCache:
    cache = RegexCache(path)
    cache.worth_writing = 0.0  # write whatever was learnt, however fast this machine
    cache.written_in_code = lambda p: True  # the test's patterns stand for the code's own
    return cache


def test_a_kept_program_gives_the_pattern_re_compiles(tmp_path):
    path = tmp_path / "re.marshal"
    first = _fresh(path)
    cold = _compile_all(first)
    assert len(first.missed) == len(set(PATTERNS)) and not first.used
    first.save()
    assert path.is_file()

    second = _fresh(path)
    warm = _compile_all(second)
    assert not second.missed  # every pattern came from the file
    assert len(second.used) == len(set(PATTERNS))
    original = second._original
    for (p, f), a, b in zip(PATTERNS, cold, warm, strict=True):
        fresh = original(p, f)
        assert b == fresh == a  # text, flags and program word for word
        assert (b.groups, b.groupindex, b.flags) == (fresh.groups, fresh.groupindex, fresh.flags)
        for line in LINES:
            for what in ("fullmatch", "search"):
                got, want = getattr(b, what)(line), getattr(fresh, what)(line)
                assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_bytes_and_debug_patterns_are_left_to_re(tmp_path):
    cache = _fresh(tmp_path / "re.marshal")
    re.purge()
    cache.install()
    try:
        assert re.compile(rb"\d+ ferries").fullmatch(b"12 ferries")
    finally:
        cache.uninstall()
        re.purge()
    assert not cache.missed and not cache.used


@pytest.mark.parametrize("damage", [
    b"",  # empty
    b"not a marshal file at all",
    "checksum",  # a byte changed inside the payload
])
def test_a_damaged_file_is_compiled_again(tmp_path, damage):
    path = tmp_path / "re.marshal"
    first = _fresh(path)
    want = _compile_all(first)
    first.save()
    if damage == "checksum":
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0xFF
        path.write_bytes(bytes(data))
    else:
        path.write_bytes(damage)
    again = _fresh(path)
    assert again.entries == {}
    assert _compile_all(again) == want
    again.save()  # and the file is whole again
    assert _fresh(path).entries.keys() == first.entries.keys()


def test_a_damaged_entry_is_compiled_again_and_rewritten(tmp_path):
    path = tmp_path / "re.marshal"
    first = _fresh(path)
    want = _compile_all(first)
    first.save()
    second = _fresh(path)
    key = (PATTERNS[0][0], PATTERNS[0][1])
    flags, code, groups, groupindex, indexgroup = second.entries[key]
    second.entries[key] = (flags, code[: len(code) // 2], groups, groupindex, indexgroup)  # a jump past the end
    assert _compile_all(second) == want
    assert second.damaged and key in second.missed
    second.save()
    third = _fresh(path)
    assert _compile_all(third) == want and not third.missed


def test_a_run_that_compiled_little_writes_nothing(tmp_path):
    path = tmp_path / "re.marshal"
    first = _fresh(path)
    _compile_all(first)
    first.save()
    before = path.stat().st_mtime_ns, path.read_bytes()
    later = RegexCache(path)  # the default threshold
    re.purge()
    later.install()
    try:
        re.compile(r"(?<!\w)Tomas\ Reyl(?!\w)")  # built from a name in the text: new each run
    finally:
        later.uninstall()
        re.purge()
    assert later.missed
    later.save()
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before


def test_where_nothing_can_be_written_nothing_is_checked(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = _fresh(blocker / "storylens" / "re.marshal")  # its folder cannot be made
    _compile_all(cache)
    cache.save()  # no error, and the kept forms were not worked out for nothing
    assert len(cache.missed) == len(set(PATTERNS)) and not cache.entries
    assert list(tmp_path.iterdir()) == [blocker]


def test_off_installs_nothing(monkeypatch):
    from re import _compiler

    monkeypatch.setenv(recache.ENV, "off")
    before = _compiler.compile
    assert recache.default_folder() is None
    assert recache.install() is None
    assert _compiler.compile is before


def test_the_folder_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(recache.ENV, str(tmp_path))
    assert recache.default_folder() == tmp_path
    monkeypatch.delenv(recache.ENV)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert recache.default_folder() == tmp_path / "xdg" / "storylens"
    assert recache.file_name().startswith(f"re-{sys.implementation.cache_tag}-")


def _storylens(args: list[str], cache: str) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, recache.ENV: cache}
    code = "import sys; from storylens.cli.main import main; sys.argv = ['storylens', *sys.argv[1:]]; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, env=env, timeout=300)


def test_the_console_script_prints_the_same_bytes_cold_warm_and_off(tmp_path):
    args = ["compare", "--json", "--quote-changes", "--story-framing", *map(str, demo_paths())]
    cold = _storylens(args, str(tmp_path))
    assert cold.returncode == 0, cold.stderr
    files = list(tmp_path.glob("re-*.marshal"))
    assert len(files) == 1
    warm = _storylens(args, str(tmp_path))
    off = _storylens(args, "off")
    assert cold.stdout == warm.stdout == off.stdout
    assert json.loads(warm.stdout)["articles"]


_PATTERN_TEXTS = """
import json, re, sys
from re import _compiler
seen = set()
original = _compiler.compile
def compile(p, flags=0):
    frame = sys._getframe(1)
    while frame is not None and frame.f_globals.get("__name__", "").startswith(("re", "functools")):
        frame = frame.f_back
    if isinstance(p, str) and frame is not None and frame.f_globals.get("__name__", "").startswith("storylens"):
        seen.add((p, int(flags)))  # storylens's own patterns (a library's are its business)
    return original(p, flags)
_compiler.compile = compile
from storylens.demo import demo_paths
from storylens.options import Options
from storylens.pipeline import compare
from storylens.report.jsonout import to_json
options = Options(framing=True, story_framing=True, fact_coverage=True, quote_changes=True, parallel=False)
to_json(compare(demo_paths(), options))
json.dump(sorted(seen), sys.stdout)
"""


def test_the_pattern_texts_do_not_change_with_the_hash_seed():
    texts = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", _PATTERN_TEXTS], capture_output=True, text=True,
                             env=env, timeout=300)
        assert out.returncode == 0, out.stderr
        texts.append({tuple(x) for x in json.loads(out.stdout)})
    assert len(texts[0]) > 300
    differ = sorted(p[:80] for p, _ in texts[0] ^ texts[1])
    assert not differ, differ


def test_the_file_never_holds_more_than_max_entries(tmp_path, monkeypatch):
    """One run that compiles more patterns than MAX_ENTRIES (a pattern for each name of a
    large corpus, each cheap) wrote them all (review2: a 40-article compare left 799 such
    patterns beside 473 of storylens's own); the file keeps the bound, the patterns the
    file gave first, then the slowest to compile."""
    monkeypatch.setattr(recache, "MAX_ENTRIES", 10)
    path = tmp_path / "re.marshal"
    first = _fresh(path)
    _compile_all(first)
    first.save()
    second = _fresh(path)
    re.purge()
    second.install()
    try:
        for p, f in PATTERNS[:3]:
            re.compile(p, f)
        for i in range(30):
            re.compile(rf"(?<!\w)Tomas\ Reyl{i}(?!\w)")
    finally:
        second.uninstall()
        re.purge()
    second.save()
    kept = _fresh(path).entries
    assert len(kept) == 10
    assert {(p, f) for p, f in PATTERNS[:3]} <= kept.keys()


def _stranger(rng: random.Random) -> str:
    """A capitalised made-up word no file of storylens can hold (drawn anew each run)."""
    return "".join(rng.choice("bdgkmprtvz") + rng.choice("aeiou") for _ in range(3)).capitalize() + "x"


def test_no_word_of_the_compared_articles_reaches_the_file(tmp_path):
    """Patterns built from an article's names ("(?<!\\w)Zorvath\\ Quillen(?!\\w)") are
    compiled as usual but never kept: a journalist comparing unpublished drafts leaves no
    name of theirs in ~/.cache (review2, s11). storylens's own patterns still are."""
    rng = random.Random()
    place, first, last, firm = (_stranger(rng) for _ in range(4))
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    # two outlets' headlines name the same people (the story-tie test builds a pattern per name)
    a.write_text(f"{place} strike ends after {first} {last} deal\n\nDock workers in {place} went back to "
                 f"work on Monday. The union leader, {first} {last}, called the offer fair.\n", encoding="utf-8")
    b.write_text(f"{firm} Shipping settles with {place} union\n\n{firm} Shipping will raise pay by four "
                 "per cent after talks with the dockers, its chief executive told shareholders on Tuesday.\n",
                 encoding="utf-8")
    folder = tmp_path / "cache"
    run = _storylens(["compare", "--json", str(a), str(b)], str(folder))
    assert run.returncode == 0, run.stderr
    [path] = folder.glob("re-*.marshal")
    crc, payload = marshal.loads(path.read_bytes())
    kept = marshal.loads(payload)
    assert len(kept) > 300  # the rule tables' patterns
    words = {w.lower() for w in (place, first, last, firm)}
    leaked = [p for p, _ in kept if any(w in p.lower() for w in words)]
    assert not leaked, leaked


@pytest.mark.parametrize("pattern, words", [
    (r"(?<!\w)Zorvath\ Quillen(?!\w)", {"zorvath", "quillen"}),
    (r"\b(?:said|says)\s+\d+", {"said", "says"}),
    (r"\bO'Neil\b", {"neil"}),  # 2+ letters: the "O" is no word
])
def test_pattern_words_skip_escapes(pattern, words):
    assert recache.pattern_words(pattern) == words


def test_code_words_hold_the_rules_words_and_not_a_stranger():
    words = recache.code_words()
    assert {"ferries", "said", "according"} <= words
    assert "zorvath" not in words


def _age(path: Path, days: float) -> None:
    t = path.stat().st_mtime - days * 86400
    os.utime(path, (t, t))


def test_a_write_removes_this_modules_stale_files_and_nothing_else(tmp_path):
    """Files of older Python builds (another name: a patch release, another ``re``) were
    never deleted, ~1 MB each. A write removes this module's files, by its own name
    pattern, that no run has read or written for ``STALE_SECONDS``; a file another
    interpreter still uses is younger (a read touches it once a day) and stays, and no
    other file is touched, however old or alike its name."""
    tag = sys.implementation.cache_tag
    stale = [f"re-{tag}-0badc0de.marshal", "re-cpython-39-12345678.marshal",
             f".re-{tag}-0badc0de.marshal.4242.tmp"]  # a writer that died mid-write
    fresh = [f"re-{tag}-feedf00d.marshal"]  # another Python build, in use
    others = ["re-notes.txt", f"re-{tag}-0badc0de.marshal.bak", f"my-re-{tag}-0badc0de.marshal",
              f"re-{tag}-0BADC0DE.marshal", "report.html"]
    for name in stale + fresh + others:
        (tmp_path / name).write_bytes(b"x")
    (tmp_path / "http").mkdir()
    (tmp_path / "http" / f"re-{tag}-0badc0de.marshal").write_bytes(b"x")  # another folder
    for name in stale + others:
        _age(tmp_path / name, 30)
    _age(tmp_path / "http" / f"re-{tag}-0badc0de.marshal", 30)
    path = tmp_path / recache.file_name()
    cache = _fresh(path)
    _compile_all(cache)
    cache.save()
    assert path.is_file()
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {path.name, "http", *fresh, *others}
    assert (tmp_path / "http" / f"re-{tag}-0badc0de.marshal").is_file()


def test_a_run_that_writes_nothing_removes_nothing(tmp_path):
    """Near miss: the sweep comes with a write only (one listing of the folder then)."""
    old = tmp_path / "re-cpython-39-12345678.marshal"
    old.write_bytes(b"x")
    _age(old, 30)
    path = tmp_path / recache.file_name()
    cache = RegexCache(path)
    cache.save()  # nothing missed: nothing written
    assert old.is_file() and not path.exists()


def test_reading_the_file_keeps_it_young(tmp_path):
    """A file in use never looks stale to another interpreter's write: a read touches a
    file older than a day (once a day, not on every run)."""
    path = tmp_path / recache.file_name()
    first = _fresh(path)
    _compile_all(first)
    first.save()
    _age(path, 3)
    RegexCache(path)
    assert path.stat().st_mtime > __import__("time").time() - 3600
    before = path.stat().st_mtime - 3600  # younger than a day: left as it is
    os.utime(path, (before, before))
    RegexCache(path)
    assert path.stat().st_mtime == before


def test_a_file_that_cannot_be_touched_is_still_read(tmp_path, monkeypatch):
    """Near miss of the touch (s12 review): another user's file, read-only to this one (a
    shared cache folder), raised at the touch and was never read, every run."""
    path = tmp_path / recache.file_name()
    first = _fresh(path)
    _compile_all(first)
    first.save()
    _age(path, 3)

    def refused(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(recache.os, "utime", refused)
    assert RegexCache(path).entries == first.entries


def test_main_in_process_leaves_re_as_it_found_it(monkeypatch, tmp_path):
    """A program that runs the command line in process (``main([...])``) gets ``re``'s
    own compiler back when it returns, by an exit or an error alike; the cache had stayed
    in front of every later ``re.compile`` of the program."""
    from re import _compiler

    from storylens.cli import main as cli_main

    monkeypatch.setenv(recache.ENV, str(tmp_path))
    before = _compiler.compile
    with pytest.raises(SystemExit) as stop:
        cli_main.main(["version"])
    assert stop.value.code == 0
    assert _compiler.compile is before and RegexCache.installed() is None

    def broken(*args, **kwargs):
        assert RegexCache.installed() is not None  # it was in place during the run
        raise RuntimeError("a command failed")

    monkeypatch.setattr(cli_main, "app", broken)
    with pytest.raises(RuntimeError):
        cli_main.main(["version"])
    assert _compiler.compile is before and RegexCache.installed() is None
