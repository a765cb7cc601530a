"""Session 22's probe of fact conflicts on invented held-out-style pairs: session 21's
pairs (benchmarks/fact_probe21.py) and ~30 new ones, real conflicts ("C") and look-alikes
that are two facts or one told two ways ("N"). A side is one sentence or a short article
(a tuple of sentences, the first of each aligned as a paraphrase; ``--unaligned``: none
aligned): a crowd's size whose source sits in the next sentence, an outlet that gives
both sources' figures. Prints each pair the finder reads wrong (a conflict on an "N" pair,
none on a "C" pair) and the totals: a probe of precision on wordings no dev story has, not
a gate (what it fixed is pinned in tests/unit/test_fact_sources_kinds22.py). Invented text
(fictional places and people).

    PYTHONPATH=src python benchmarks/fact_probe22.py [--unaligned] [--all] [--new]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fact_probe21 import PAIRS as PAIRS21  # noqa: E402
from fact_probe21 import probe  # noqa: E402

Side = str | tuple[str, ...]

NEW: list[tuple[str, Side, Side]] = [
 # a crowd's size whose source is in another sentence or clause of the same article
 ("N", ("Hundreds of people marched through Kessel on Sunday.", "Police put the crowd at about 700."),
  "Some 3,000 people, according to organisers, marched through Kessel on Sunday."),
 ("N", ("Tens of thousands of people rallied in Orvel's main square.",
        "Police estimated the crowd at 40,000; organisers said 120,000 attended."),
  "A crowd that organisers put at 120,000 filled Orvel's main square."),
 ("N", ("Thousands rallied in Dorrow on Saturday.", "Police said about 6,000 people took part."),
  "Organisers said 30,000 people rallied in Dorrow on Saturday."),
 ("N", "Some 2,000 people, according to organisers, marched to the town hall in Velm.",
  "About 600 people marched to the town hall in Velm, police said."),
 ("N", "Police put the crowd in Brell at 9,000, while organisers claimed 40,000.",
  "About 40,000 people gathered in Brell, organisers said."),
 ("N", ("Several thousand people gathered outside the court in Tesk.",
        "Police said some 4,000 had gathered."),
  "Supporters of the mayor, 15,000 according to organisers, gathered outside the court in Tesk."),
 ("C", ("Hundreds of people marched through Kessel on Sunday.", "The march ended at the cathedral."),
  "Some 3,000 people marched through Kessel on Sunday."),
 ("C", ("Hundreds of people marched through Kessel on Sunday.", "Police put the crowd at about 700."),
  "Some 3,000 people marched through Kessel on Sunday, police said."),
 ("C", "About 600 people marched to the town hall in Velm, police said.",
  "About 1,500 people marched to the town hall in Velm, police said."),
 # a part of a whole named as the subject or as a region
 ("N", "Floods damaged 300 homes in the north of Calvera.", "Floods damaged 1,200 homes in Calvera."),
 ("N", "Floods damaged 300 homes in northern Calvera.", "Floods damaged 1,200 homes in Calvera."),
 ("C", "Floods damaged 300 homes in the north of Calvera.", "Floods damaged 450 homes in northern Calvera."),
 ("N", "The western wing of the Orvel hospital lost power for six hours.",
  "The Orvel hospital lost power for two hours."),
 ("N", "The old town of Brell had 40 buildings damaged by the quake.",
  "The quake damaged 230 buildings in Brell."),
 # repairs against the whole cost; a kind priced against another kind
 ("N", "Repairs to the Varn ferry terminal will cost 3 million crowns.",
  "The new Varn ferry terminal cost 25 million crowns to build."),
 ("C", "Repairs to the Varn ferry terminal will cost 3 million crowns.",
  "Repairs to the Varn ferry terminal will cost 5 million crowns."),
 ("N", "Adult fares on the Orvel ferry rose to 12 crowns.", "Child fares on the Orvel ferry rose to 6 crowns."),
 ("N", "Economy seats on the Brell flight cost 200 euros.", "Business seats on the Brell flight cost 900 euros."),
 ("C", "Standard tickets for the Orvel festival cost 40 euros.",
  "Standard tickets for the Orvel festival cost 45 euros."),
 # what a company has (present tense) against what it did
 ("N", "Velko Air, which flies 30 jets, grounded part of its fleet after the fault.",
  "Velko Air grounded 11 jets after the fault."),
 ("N", "The Dovren company, which employs 450 people, laid off staff at its Tesk plant.",
  "The Dovren company laid off 45 people at its Tesk plant."),
 ("C", "Velko Air grounded four jets after the fault.", "Velko Air grounded 11 jets after the fault."),
 # other look-alikes a newsroom writes
 ("N", "The Orvel line carries about 60,000 passengers a day.",
  "Some 16,000 passengers on the Orvel line were stranded on Monday."),
 ("N", "A 6.1-magnitude quake struck Varn on Monday.", "A 5.4-magnitude aftershock struck Varn on Monday."),
 ("N", "The speed limit on Lipova Street is 50 km/h.", "The car was travelling at 90 km/h on Lipova Street."),
 ("N", "Polls in Orvel open at 7 a.m.", "Polls in Orvel close at 8 p.m."),
 ("N", "Tomas Vell, 34, and his wife Ana, 31, were injured in Brell.", "Tomas Vell, 34, was injured in Brell."),
 ("N", "The Kessa river peaked at 6.2 metres in 1998.", "The Kessa river reached 5.4 metres on Monday."),
 ("N", "The stadium in Dorva was budgeted at 200 million crowns.",
  "The stadium in Dorva ended up costing 340 million crowns."),
 ("N", "Vella won 42 percent in the first round in Tesk.", "Vella won 55 percent in the runoff in Tesk."),
 ("N", "Police detained 12 people in Orm on Friday.", "Police detained five people in Orm on Saturday."),
 ("C", "The fire in Kessel destroyed 40 homes and damaged 120 more.",
  "The fire in Kessel destroyed 40 homes and damaged 160 more."),
]

PAIRS: list[tuple[str, Side, Side]] = [*PAIRS21, *NEW]


def main(argv: list[str]) -> int:
    return probe(NEW if "--new" in argv else PAIRS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
