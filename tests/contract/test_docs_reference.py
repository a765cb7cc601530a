"""Every CLI command and option is documented in README.md or docs/ (as sqlite-utils'
test_docs does): a new option without a line in docs/cli.md fails here."""

from __future__ import annotations

import re
from pathlib import Path

from storylens.cli.main import app

ROOT = Path(__file__).resolve().parents[2]


def _walk(group, path=()):
    """Every (command path, command) under ``group``, subcommands of groups included."""
    import click

    for name, cmd in sorted(group.commands.items()):
        yield (*path, name), cmd
        if isinstance(cmd, click.Group):
            yield from _walk(cmd, (*path, name))


def _docs_text() -> str:
    files = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
    return "\n".join(f.read_text(encoding="utf-8") for f in files)


def test_every_command_and_option_is_documented():
    """As sqlite-utils' test_docs does: a command or option the docs never mention fails."""
    text = _docs_text()
    missing = []
    for path, cmd in _walk(app):
        if f"storylens {' '.join(path)}" not in text:
            missing.append(f"command: storylens {' '.join(path)}")
        for p in cmd.params:
            if p.param_type_name != "option":
                continue
            for flag in p.opts:
                if flag.startswith("--") and not re.search(re.escape(flag) + r"(?![\w-])", text):
                    missing.append(f"option: storylens {' '.join(path)} {flag}")
    assert not missing, "not in README.md or docs/*.md:\n" + "\n".join(missing)
