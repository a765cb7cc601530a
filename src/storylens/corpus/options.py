"""What a corpus build is run with: the duplicate and story settings, shared by both
engines (the local build and the Spark job take the same :class:`BuildOptions`)."""

from __future__ import annotations

from dataclasses import dataclass, field

from .cluster import ClusterOptions
from .dedup import DedupOptions
from .windows import WindowOptions


@dataclass(frozen=True)
class BuildOptions:
    dedup: DedupOptions = field(default_factory=DedupOptions)
    cluster: ClusterOptions = field(default_factory=ClusterOptions)
    # how the local build cuts stories into time windows (the Spark job takes its
    # mode and span from ``SparkOptions``); see corpus/windows.py
    windows: WindowOptions = field(default_factory=WindowOptions)


__all__ = ["BuildOptions"]
