"""Session 25's probe of fact conflicts on invented held-out-style pairs: session 24's pairs
(benchmarks/fact_probe24.py, with sessions 21 to 23's) and new ones, real conflicts ("C")
and look-alikes that are two facts ("N"): a figure dated by a year written after it ("the
21 million kurons paid in 2019", "The previous record, 21 million kurons, was paid in
2019") or counted back ("fined 15,000 crowns two years ago"), another, earlier event's; and
tolls whose measure is the verb of the clause the count is the subject of, past a long
noun phrase ("All 12 people aboard the army helicopter were killed"). Prints each pair the
finder reads wrong and the totals: a probe on wordings no dev story has, not a gate (what
it fixed is pinned in tests/unit/test_fact_years_after25.py). Invented text (fictional
places and people).

    PYTHONPATH=src python benchmarks/fact_probe25.py [--unaligned] [--all] [--new]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fact_probe21 import probe  # noqa: E402
from fact_probe24 import PAIRS as PAIRS24  # noqa: E402

Side = str | tuple[str, ...]

NEW: list[tuple[str, Side, Side]] = [
 # another, earlier event's figure dated by a year after it
 ("N", "The Halvik family paid 6 million lorns to free the banker, police said.",
  "The payout dwarfs the 4 million lorns paid in 2018 for a shipowner's son."),
 ("N", "The Halvik family paid 6 million lorns to free the banker, police said.",
  "The previous record, 4 million lorns, was paid in 2018 for the release of Ada Brenn."),
 ("N", "Storms in the Orm delta flooded 300 homes, officials said.",
  "Storms in the Orm delta flooded 800 homes in 2017."),
 ("N", "The league fined Varn City 70,000 crowns on Friday.",
  "Varn City was fined 20,000 crowns three years ago over a pitch invasion."),
 ("C", "The Halvik family paid 6 million lorns to free the banker, police said.",
  "The Halvik family paid 9 million lorns to free the banker, police said."),
 ("C", "The ransom, 6 million lorns, was paid on Monday, police said.",
  "The ransom, 9 million lorns, was paid on Monday, police said."),
 ("C", "Varn City was fined 20,000 crowns three years ago over a pitch invasion.",
  "Varn City was fined 35,000 crowns three years ago over a pitch invasion."),
 # a year after the figure that dates another clause, a comparison or another figure
 ("C", "Police made 40 arrests at the Orm derby, more than in 2021.",
  "Police made 55 arrests at the Orm derby."),
 ("C", "The Tesk plant employs 400 people, up from 300 in 2019.",
  "The Tesk plant employs 450 people."),
 # a subject's toll past a long noun phrase
 ("C", "The transport plane came down in the hills, killing all 14 people on board.",
  "All 16 people aboard the Vell air force transport plane were killed."),
 ("C", "Nine patients of the Orsk hospice on Mill Lane died, the health board said.",
  "Seven patients of the Orsk hospice on Mill Lane died, the health board said."),
 ("N", "The transport plane came down in the hills, killing all 14 people on board.",
  "All 16 people aboard the Vell air force transport plane were trained paratroopers."),
 ("N", "The transport plane came down in the hills, killing all 14 people on board.",
  "All 16 people who flew on the Vell transport plane last month were questioned."),
]

PAIRS: list[tuple[str, Side, Side]] = [*PAIRS24, *NEW]


def main(argv: list[str]) -> int:
    return probe(NEW if "--new" in argv else PAIRS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
