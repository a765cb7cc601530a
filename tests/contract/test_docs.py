"""Docs are checked like code: every command has help text and an example."""

from __future__ import annotations

import re
from pathlib import Path

from storylens.cli.main import app

ROOT = Path(__file__).resolve().parents[2]


def _commands():
    return sorted(app.commands.items())


def test_every_command_has_help_and_an_example():
    missing = []
    for name, cmd in _commands():
        text = cmd.help or ""
        if not text.strip():
            missing.append(f"{name}: no help")
        elif not re.search(r"Example: storylens " + re.escape(name), text):
            missing.append(f"{name}: no 'Example: storylens {name} ...' line")
    assert not missing, missing


def test_every_option_has_help():
    missing = [
        f"{name} {p.name}"
        for name, cmd in _commands()
        for p in cmd.params
        if getattr(p, "help", None) in (None, "") and p.param_type_name == "option"
    ]
    assert not missing, missing


def test_readme_opens_with_the_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[:1500]
    assert "make demo" in head and "make test" in head


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci

