"""The package's public names: each listed once, each loading from the module that defines it."""

from __future__ import annotations

import subprocess
import sys

import pytest

import storylens


def test_every_public_name_has_one_home():
    assert set(storylens._HOME) == set(storylens.__all__) - {"__version__"}
    for name, home in storylens._HOME.items():
        assert getattr(storylens, name).__module__ == f"storylens.{home}", name


def test_a_name_loads_its_own_module_only():
    code = "import sys, storylens; storylens.StorylensError; print('storylens.pipeline' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no_such_name"):
        storylens.no_such_name  # noqa: B018
