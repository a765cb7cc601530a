"""Package attributes imported on their first use (PEP 562), for ``storylens`` and
``storylens.corpus``: ``import storylens`` (every CLI start) must not import the whole
pipeline, nor ``storylens.corpus`` numpy, before a name of theirs is asked for."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def lazy_exports(namespace: dict[str, Any], home: dict[str, str]) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A package's ``__getattr__`` and ``__dir__``: ``home`` maps each public name to the
    submodule that defines it, imported when the name is first read, after which the name
    is a plain attribute of the package."""
    package = namespace["__name__"]

    def __getattr__(name: str) -> Any:
        where = home.get(name)
        if where is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(f".{where}", package), name)
        namespace[name] = value  # a plain attribute from now on
        return value

    def __dir__() -> list[str]:
        return sorted({*namespace, *namespace.get("__all__", ())})

    return __getattr__, __dir__
