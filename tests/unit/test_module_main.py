"""``python -m storylens`` runs the click command line (it used to fail with "no __main__")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    return subprocess.run([sys.executable, "-m", "storylens", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_python_dash_m_prints_the_cli_help():
    res = _run("--help")
    assert res.returncode == 0, res.stderr
    assert "Usage: storylens" in res.stdout
    assert "compare" in res.stdout


def test_python_dash_m_reports_an_unknown_command_like_the_script():
    res = _run("no-such-command")
    assert res.returncode == 2
    assert "No such command" in res.stderr
