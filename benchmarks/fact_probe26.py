"""Session 26's probe of fact conflicts on invented held-out-style pairs: session 25's pairs
(benchmarks/fact_probe25.py, with sessions 21 to 24's) and new ones, real conflicts ("C")
and look-alikes that are two facts ("N"): two figures of one measure under two classes of
statistic (an average, a median, a newcomer's figure, a ceiling, a floor, a base, a sum:
rules/numbers.STATISTIC_WORDS), named on the clause's subject ("the average driver earns"),
on the figure's own noun ("a starting salary of"), as what it is "of" ("an average of") or
by "on average"; and their near misses, one side qualified and the other plain, or one
class on both sides. Prints each pair the finder reads wrong and the totals: a probe on
wordings no dev story has, not a gate (what it fixed is pinned in
tests/unit/test_fact_statistics26.py). Invented text (fictional places and people).

    PYTHONPATH=src python benchmarks/fact_probe26.py [--unaligned] [--all] [--new]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fact_probe21 import probe  # noqa: E402
from fact_probe25 import PAIRS as PAIRS25  # noqa: E402

Side = str | tuple[str, ...]

NEW: list[tuple[str, Side, Side]] = [
 # two classes of statistic: two measures
 ("N", "A newly qualified teacher in Orsk earns 1,800 crowns a month.",
  "The average teacher in Orsk earns 2,700 crowns a month, the ministry says."),
 ("N", "The median wage at the Tesk shipyard is 2,100 crowns a month.",
  "The average wage at the Tesk shipyard is 2,600 crowns a month."),
 ("N", "Entry-level pay for Varn bus drivers is 1,650 crowns a month.",
  "Varn bus drivers earn 2,450 crowns a month on average."),
 ("N", "Dock pilots in Brell are paid a basic salary of 3,000 crowns a month.",
  "Dock pilots in Brell take home a total of 4,400 crowns a month with overtime."),
 ("N", "The maximum fine for littering in Orvel is 500 crowns.",
  "The typical fine for littering in Orvel is 80 crowns."),
 ("N", "The lowest fare on the Orm ferry is 12 crowns.",
  "The average fare on the Orm ferry is 19 crowns."),
 # one side qualified, the other plain: one measure, a conflict
 ("C", "The average teacher in Orsk earns 2,700 crowns a month, the ministry says.",
  "A teacher in Orsk earns 2,100 crowns a month, the ministry says."),
 ("C", "Starting pay for Varn bus drivers is 1,650 crowns a month.",
  "Starting pay for Varn bus drivers is 1,950 crowns a month."),
 ("C", "The fine for littering in Orvel is 500 crowns.",
  "The maximum fine for littering in Orvel is 300 crowns."),
 # one class on both sides, two words ("average" / "mean")
 ("C", "The average wage at the Tesk shipyard is 2,600 crowns a month.",
  "The mean wage at the Tesk shipyard is 2,200 crowns a month."),
]

PAIRS: list[tuple[str, Side, Side]] = [*PAIRS25, *NEW]


def main(argv: list[str]) -> int:
    return probe(NEW if "--new" in argv else PAIRS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
