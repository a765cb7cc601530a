"""Session 24's probe of fact conflicts on invented held-out-style pairs: session 23's pairs
(benchmarks/fact_probe23.py, with sessions 21 and 22's) and new ones, real conflicts ("C")
and look-alikes that are two facts ("N"): a part singled out by a focus word ("its members
alone"), a date after "since" that a tally counts from (a window's start, "the third ...
since 2024"), and a changing figure's subject written before asides ("Shares in Velko
Group, which is itself listed, fell"). Prints each pair the finder reads wrong and the
totals: a probe of precision on wordings no dev story has, not a gate (what it fixed is
pinned in tests/unit/test_fact_scopes24.py). Invented text (fictional places and people).

    PYTHONPATH=src python benchmarks/fact_probe24.py [--unaligned] [--all] [--new]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fact_probe21 import probe  # noqa: E402
from fact_probe23 import PAIRS as PAIRS23  # noqa: E402

Side = str | tuple[str, ...]

NEW: list[tuple[str, Side, Side]] = [
 # a part singled out against the whole
 ("N", "Tour operators say the strike is costing the sector 3 million euros a day.",
  "Hotels in Brell alone are losing 800,000 euros a day, the hoteliers' association said."),
 ("N", "The floods destroyed 1,200 homes across the province.",
  "In Tesk alone, the floods destroyed 400 homes."),
 ("N", "The Orm dairy cooperative said the blockade had cost farmers 6 million crowns.",
  "The cooperative said its own members alone had lost 2 million crowns."),
 ("C", "Hotels in Brell alone are losing 800,000 euros a day, the hoteliers said.",
  "Hotels in Brell alone are losing 1.5 million euros a day, the hoteliers said."),
 ("C", "The strike is costing the Vell tourism sector 3 million euros a day.",
  "The strike is costing the Vell tourism sector 5 million euros a day."),
 ("C", "Dana Orvik, who lived alone, lost 40,000 crowns to the fraudsters.",
  "Dana Orvik lost 25,000 crowns to the fraudsters."),
 # a tally's window against an event's date
 ("N", "Kessa is the fourth Tesk journalist to be jailed since 2023.",
  "At least seven Tesk journalists have been jailed since 2021, a press group said."),
 ("N", "It is the second Orm bank to fail since 2022.",
  "Three Orm banks have failed since 2020."),
 ("C", "The Varn ferry has not sailed since March 2024.",
  "The Varn ferry has not sailed since March 2023."),
 ("C", "It was the first full trading halt on the Orm exchange since 2017.",
  "It was the first full trading halt on the Orm exchange since 2015."),
 # a subject before asides
 ("N", "Shares in Velko Group, which owns the exchange, fell 3 percent.",
  "Dravo shares, listed on the growth market, fell 11 percent."),
 ("N", "Orm Air shares, which had gained all week, dropped 6 percent on Friday.",
  "Tarn Rail shares, which had lost ground all week, dropped 2 percent on Friday."),
 ("C", "Shares in Velko Group, which owns the exchange, fell 3 percent on Monday.",
  "Shares in Velko Group fell 5 percent on Monday."),
]

PAIRS: list[tuple[str, Side, Side]] = [*PAIRS23, *NEW]


def main(argv: list[str]) -> int:
    return probe(NEW if "--new" in argv else PAIRS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
