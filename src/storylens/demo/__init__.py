"""The invented demo corpus: one fictional event (the Draven Viaduct collapse in Port Vella,
Velmarra) covered by five invented outlets in mixed formats.

The articles live in ``articles/`` (so ``storylens compare`` on that folder reads only
them); ``EXPECTED.md`` lists every planted phenomenon and where it is.
"""

from __future__ import annotations

from pathlib import Path

# Input order fixes the article ids: a1 is the wire, then the three rewrites, then the
# independent opposition site.
DEMO_FILES: tuple[str, ...] = (
    "cpa-wire.txt",
    "vella-herald.txt",
    "meridian-ledger.txt",
    "free-voice.html",
    "national-courier.jsonl",
)

# The outlets of the demo, all invented; a test checks no other outlet appears.
DEMO_OUTLETS: tuple[str, ...] = (
    "Continental Press Agency",
    "The Vella Herald",
    "The Meridian Ledger",
    "Velmarra Free Voice",
    "National Courier",
)


def demo_dir() -> Path:
    """The folder holding the demo articles (inside the installed package)."""
    return Path(__file__).parent / "articles"


def expected_path() -> Path:
    """The table of planted phenomena."""
    return Path(__file__).parent / "EXPECTED.md"


def demo_paths() -> list[Path]:
    """The demo articles, in a fixed order (wire first)."""
    d = demo_dir()
    return [d / name for name in DEMO_FILES]


__all__ = ["DEMO_FILES", "DEMO_OUTLETS", "demo_dir", "demo_paths", "expected_path"]
