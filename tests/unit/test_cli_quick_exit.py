"""The console script ends a successful comparison without the interpreter's teardown
(``cli.main._quick_exit``: ~0.1 s of CPU freeing a 50-article story's objects), after
flushing its output and running the exit handlers; every other command, and every
failure, ends the normal way. Each case runs ``main()`` in a child process: a quick exit
inside the test process would end pytest."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from storylens.demo import demo_paths

# A sentinel whose finaliser prints at teardown (only when the teardown runs), and an
# exit handler that must run either way.
_PRELUDE = (
    "import atexit, sys\n"
    "class Sentinel:\n"
    "    def __del__(self):\n"
    "        sys.stderr.write('teardown ran\\n')\n"
    "sentinel = Sentinel()\n"
    "atexit.register(lambda: sys.stderr.write('exit handler ran\\n'))\n"
    "from storylens.cli.main import main\n"
    "sys.argv = ['storylens', *sys.argv[1:]]\n"
    "main()\n"
)


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _PRELUDE, *args], capture_output=True,
                          text=True, timeout=120)


def test_compare_ends_quickly_with_its_output_whole_and_exit_handlers_run():
    paths = [str(p) for p in demo_paths()[:2]]
    out = _run("compare", "--json", *paths)
    assert out.returncode == 0, out.stderr
    assert len(json.loads(out.stdout)["articles"]) == 2  # flushed in full
    assert "exit handler ran" in out.stderr
    assert "teardown ran" not in out.stderr


@pytest.mark.parametrize("args", [
    ("--version",),  # not a comparison: the normal exit
    ("compare", "/no/such/story.txt", "/no/such/other.txt"),  # a failure: exit code 1
])
def test_other_commands_and_failures_end_normally(args):
    out = _run(*args)
    assert "exit handler ran" in out.stderr
    assert "teardown ran" in out.stderr
    assert out.returncode == (0 if args == ("--version",) else 1)


def test_the_terminal_view_is_flushed_before_the_quick_exit():
    paths = [str(p) for p in demo_paths()[:2]]
    out = _run("compare", *paths)
    assert out.returncode == 0, out.stderr
    assert "storylens" in out.stdout.splitlines()[0]
    assert "teardown ran" not in out.stderr
