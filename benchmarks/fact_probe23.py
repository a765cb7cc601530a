"""Session 23's probe of fact conflicts on invented held-out-style pairs: session 22's
pairs (benchmarks/fact_probe22.py, with session 21's) and new ones, real conflicts ("C")
and look-alikes that are two facts ("N"): a change verb's "to" that names whom the change
reaches ("cutting power to 40,000 homes") against a change's new value ("cut its fleet to
12 buses") and a standing size of the whole ("supplies power to 200,000 homes"). Prints
each pair the finder reads wrong and the totals: a probe of precision on wordings no dev
story has, not a gate (what it fixed is pinned in tests/unit/test_fact_recipients23.py).
Invented text (fictional places and people).

    PYTHONPATH=src python benchmarks/fact_probe23.py [--unaligned] [--all] [--new]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fact_probe21 import probe  # noqa: E402
from fact_probe22 import PAIRS as PAIRS22  # noqa: E402

Side = str | tuple[str, ...]

NEW: list[tuple[str, Side, Side]] = [
 # whom a change reaches: a plain count of what the act did
 ("C", "A landslide hit the Orvel substation, cutting power to about 12,000 homes in Tesk.",
  "A landslide hit the Orvel substation, plunging some 30,000 homes in Tesk into darkness."),
 ("C", "The storm toppled pylons near Orvel, cutting electricity to 8,000 households.",
  "The storm toppled pylons near Orvel, leaving 15,000 households without electricity."),
 ("C", "The blast at the Kessa plant cut gas to 900 homes in Brell.",
  "The blast at the Kessa plant cut gas to 1,400 homes in Brell."),
 ("N", "The storm cut power to 40,000 homes in Tesk.",
  "Velko Energy supplies power to 200,000 homes in Tesk."),
 ("N", "The storm cut power to 40,000 homes in Tesk.",
  "The Tesk substation serves 200,000 homes."),
 ("N", "The ministry cut funding to 300 schools in Dorva.",
  "The ministry funds 1,200 schools in Dorva."),
 ("N", "The Dorva water board cut supplies to 600 farms on Monday.",
  "The Dorva water board, which supplies 2,400 farms, met on Monday."),
 # a change's new value: the object is the measured thing
 ("N", "Velko Transit cut its fleet to 12 buses.", "Velko Transit runs 20 buses."),
 ("N", "Velko Transit cut staff to 300 people last year.", "Velko Transit employs 450 people."),
 ("N", "The Brell stadium reduced capacity to 30,000 seats.",
  "The Brell stadium has 45,000 seats."),
 ("N", "Visitor numbers at the Orm museum rose sharply to 40,000 visitors.",
  "The Orm museum had 25,000 visitors last year."),
 ("C", "Velko Transit cut its fleet to 12 buses on Monday.",
  "Velko Transit cut its fleet to 15 buses on Monday."),
]

PAIRS: list[tuple[str, Side, Side]] = [*PAIRS22, *NEW]


def main(argv: list[str]) -> int:
    return probe(NEW if "--new" in argv else PAIRS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
