"""One input as the format readers see it: a name, a size and a way to open its bytes.

A file on disk and an uploaded blob are the same thing to a reader, so the web upload
path and the corpus path share every reader. Compressed files (``.gz``) are unpacked as
a stream through :class:`Capped`, which stops at ``max_decompressed_bytes``.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO

from ..errors import InputError


@dataclass(frozen=True)
class Input:
    """``label`` names the input in every source and message; ``name`` is the file name
    whose extension picks the format; ``open`` gives a fresh binary stream each call."""

    label: str
    name: str
    open: Callable[[], BinaryIO]
    size: int | None = None
    compressed: bool = False  # a .gz whose ``open`` already unpacks

    @property
    def stem(self) -> str:
        name = self.name
        for ext in (".warc.gz", ".gz"):
            if name.lower().endswith(ext):
                name = name[: -len(ext)]
                break
        base, dot, _ = name.rpartition(".")
        return base if dot and base else name


def from_bytes(data: bytes, name: str, label: str | None = None) -> Input:
    return Input(label or name, name, lambda: io.BytesIO(data), len(data))


def ext_of(name: str) -> str:
    """Lower-cased extension; ``.warc.gz`` counts as one, other ``.gz`` files are
    named by what they unpack to (``a.jsonl.gz`` -> ``.jsonl``)."""
    low = name.lower()
    if low.endswith(".warc.gz"):
        return ".warc.gz"
    if low.endswith(".gz"):
        low = low[:-3]
    dot = low.rfind(".")
    return low[dot:] if dot > 0 else ""


class TooLarge(InputError):
    pass


class Capped(io.RawIOBase):
    """A gzip stream that refuses to unpack past ``limit`` bytes (a gzip bomb)."""

    def __init__(self, raw: BinaryIO, limit: int, label: str):
        import gzip

        self._gz = gzip.GzipFile(fileobj=raw, mode="rb")
        self._raw = raw
        self.limit, self.label, self.read_total = limit, label, 0

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        n = self._gz.readinto(b)
        self.read_total += n
        if self.read_total > self.limit:
            raise TooLarge(
                self.label,
                "too-large",
                f"unpacks to more than the {self.limit:,}-byte limit (max_decompressed_bytes);"
                " the rest of the file was not read",
            )
        return n

    def close(self) -> None:
        try:
            self._gz.close()
            self._raw.close()
        finally:
            super().close()


def gunzipped(inner: Input, limit: int) -> Input:
    """``inner`` (a ``.gz``) as the stream of what it unpacks to, capped at ``limit``."""

    def open_() -> BinaryIO:
        return io.BufferedReader(Capped(inner.open(), limit, inner.label), 1 << 16)  # type: ignore[return-value]

    return Input(inner.label, inner.name, open_, None, compressed=True)
