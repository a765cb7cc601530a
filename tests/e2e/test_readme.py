"""The README's commands, run as written (issue 14): every fenced ``storylens ...`` line
that runs offline, the shell-completion lines, the Python example and the ``make``
targets (as ``make -n``). The files the examples name (``a.txt``, ``b.html``, ``c.jsonl``,
``DIR/``, ``crawl/``) are the invented demo articles, copied into a scratch folder.

Left out, each for a reason: URLs (no network in tests; tests/unit/test_fetch.py covers
them on a loopback server), ``serve`` (a server that blocks; tests/e2e web tests cover
it), ``spark``/``import`` (tests/test_spark_parity.py), ``pip``/``source``/``eval``.
"""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from storylens.cli.main import app
from storylens.demo import demo_paths

REPO = Path(__file__).resolve().parents[2]
README = (REPO / "README.md").read_text(encoding="utf-8")
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)
NOT_OFFLINE = ("serve", "spark", "import")


def blocks(lang: str) -> list[str]:
    return [body for kind, body in FENCE.findall(README) if kind == lang]


def shell_lines() -> list[str]:
    out = []
    for body in blocks(""):
        for line in body.splitlines():
            line = re.split(r"\s{2,}#", line)[0].strip()  # "cmd   # comment"
            if line:
                out.append(line)
    return out


def storylens_commands() -> list[str]:
    cmds = [ln for ln in shell_lines() if ln.startswith("storylens ")]
    return [c for c in cmds if "://" not in c and c.split()[1] not in NOT_OFFLINE]


def test_the_readme_has_the_commands_this_test_runs() -> None:
    cmds = storylens_commands()
    names = {c.split()[1] for c in cmds}
    assert {"compare", "clean", "demo", "ingest", "duplicates", "stories", "story", "export"} <= names
    assert any(ln.startswith("make demo") for ln in shell_lines())


@pytest.fixture()
def scratch(tmp_path, monkeypatch) -> Path:
    demo = {p.name: p for p in demo_paths()}
    shutil.copy(demo["cpa-wire.txt"], tmp_path / "a.txt")
    shutil.copy(demo["free-voice.html"], tmp_path / "b.html")
    shutil.copy(demo["national-courier.jsonl"], tmp_path / "c.jsonl")
    for folder in ("DIR", "crawl"):
        (tmp_path / folder).mkdir()
        for p in demo.values():
            shutil.copy(p, tmp_path / folder / p.name)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("STORYLENS_CACHE", str(tmp_path / "cache"))
    return tmp_path


def test_readme_commands_run_as_written(scratch) -> None:
    runner = CliRunner()
    for line in storylens_commands():
        args = shlex.split(line)[1:]
        target = None
        if ">" in args:
            i = args.index(">")
            args, target = args[:i], args[i + 1]
        r = runner.invoke(app, args, prog_name="storylens")
        assert r.exit_code == 0, f"{line}\n{r.output}"
        if target:
            (scratch / target).write_text(r.stdout, encoding="utf-8")
            assert r.stdout.strip(), line
            if target.endswith(".json"):
                json.loads(r.stdout)
        for word in args:
            if word.endswith(".html") and "--html" in args and args[args.index("--html") + 1] == word:
                assert (scratch / word).read_text(encoding="utf-8").startswith("<!DOCTYPE html>"), line
    assert (scratch / "all" / "findings.jsonl").exists()


def test_readme_python_example_runs(scratch, capsys) -> None:
    (code,) = blocks("python")
    exec(compile(code, "README.md", "exec"), {})
    assert capsys.readouterr().out.strip()


def test_readme_shell_completion_lines_work() -> None:
    lines = [ln for ln in shell_lines() if "_STORYLENS_COMPLETE=" in ln]
    assert {"bash_source", "zsh_source", "fish_source"} == {re.search(r"=(\w+_source)", ln).group(1) for ln in lines}
    for ln in lines:
        value = re.search(r"_STORYLENS_COMPLETE=(\w+)", ln).group(1)
        r = CliRunner().invoke(app, [], prog_name="storylens", env={"_STORYLENS_COMPLETE": value})
        assert r.exit_code == 0 and "storylens" in r.stdout and "_STORYLENS_COMPLETE" in r.stdout, ln


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_readme_make_targets_exist() -> None:
    for ln in shell_lines():
        if ln.startswith("make "):
            target = ln.split()[1]
            r = subprocess.run(["make", "-n", target], cwd=REPO, capture_output=True, text=True, timeout=60)
            assert r.returncode == 0, f"{ln}: {r.stderr}"
            if target == "demo":  # the demo installs storylens alone, never the dev tools
                installs = [x for x in r.stdout.splitlines() if "pip install" in x]
                assert all("[dev]" not in x for x in installs), installs
