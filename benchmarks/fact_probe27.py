"""Session 27's probe of fact conflicts on invented held-out-style pairs: session 26's pairs
(benchmarks/fact_probe26.py, with sessions 21 to 25's) and new ones, real conflicts ("C")
and look-alikes that are two facts ("N"): a count its clause sets among a group ("Four
pilgrims and the driver were among the dead") against a count of all of its noun ("carrying
27 pilgrims"), and a span whose sentence opens with a past year ("In 2017, the union staged
a four-day strike") against the story's own; with their near misses (one group on both
sides, the group's head on the noun, the story's own year). Prints each pair the finder
reads wrong and the totals: a probe on wordings no dev story has, not a gate (what it fixed
is pinned in tests/unit/test_fact_roles_years27.py). Invented text (fictional places and
people).

    PYTHONPATH=src python benchmarks/fact_probe27.py [--unaligned] [--all] [--new]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fact_probe21 import probe  # noqa: E402
from fact_probe26 import PAIRS as PAIRS26  # noqa: E402

Side = str | tuple[str, ...]

NEW: list[tuple[str, Side, Side]] = [
 # a count among a group: a subset's count, not the count of all
 ("N", "Four pilgrims and the driver were among the dead, a spokesman for the governor said.",
  "The coach, carrying 27 pilgrims and a guide, was travelling to the shrine at Tesk."),
 ("N", "Two nurses were among those arrested, the ministry said.",
  "The Orsk clinic employs 40 nurses."),
 ("N", "Two nurses were among those arrested.", "Five nurses were among those injured."),
 ("N", "Three cyclists were among the injured.", "The race drew 180 cyclists to Vell."),
 # near misses: one group, or its head on the noun
 ("C", "Two nurses were among those arrested.", "Five nurses were among those arrested."),
 ("C", "Three cyclists were among the injured.", "Five cyclists were injured in the crash."),
 ("C", "Four pilgrims and the driver were among the dead.",
  "Six pilgrims and the driver were among the dead."),
 # a span of a past year's event, fronted
 ("N", "In 2017, the union staged a four-day strike at the Brell docks.",
  "Dock workers at Brell began a 24-hour strike on Monday."),
 ("N", "Back in 2015, the Orm bridge was shut for six weeks for repairs.",
  "The Orm bridge was shut for two weeks for repairs on Monday."),
 # near misses: the story's own year, this week's, or no year
 ("C", "In 2026, the union staged a four-day strike at the Brell docks.",
  "Dock workers at Brell staged a 24-hour strike."),
 ("C", "This week's four-day strike at the Brell docks has stranded cargo.",
  "The 24-hour strike at the Brell docks has stranded cargo."),
]

PAIRS: list[tuple[str, Side, Side]] = [*PAIRS26, *NEW]


def main(argv: list[str]) -> int:
    return probe(NEW if "--new" in argv else PAIRS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
