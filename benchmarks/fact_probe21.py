"""Session 21's probe of fact conflicts on invented held-out-style sentence pairs: real
conflicts ("C") and look-alikes that are two facts ("N"), two one-sentence articles aligned
as a paraphrase (``--unaligned``: not aligned). Prints each pair the finder reads wrong
(a conflict on an "N" pair, none on a "C" pair) and the totals; a probe to measure
precision on wordings no dev story has, not a gate (the look-alikes it fixed are pinned in
tests/unit/test_fact_parts_measures21.py). Invented text (fictional places and people).

    PYTHONPATH=src python benchmarks/fact_probe21.py [--unaligned] [--all]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

PAIRS: list[tuple[str, str, str]] = [
 # parts of a named whole
 ("N", "Rescuers said 14 miners were trapped in the eastern shaft of the Dovrin mine.", "Rescuers said 40 miners were trapped in the Dovrin mine."),
 ("N", "The eastern shaft had 14 miners trapped, rescuers said.", "The mine had 40 miners trapped, rescuers said."),
 ("N", "The wheat harvest in Calvera fell by 12 percent this year.", "The harvest in Calvera fell by 20 percent this year."),
 ("N", "Calvera's barley crop shrank by 30 percent.", "Calvera's crop shrank by 18 percent."),
 ("C", "The harvest in Calvera fell by 12 percent this year.", "The harvest in Calvera fell by 20 percent this year."),
 ("C", "Rescuers said 14 miners were trapped in the eastern shaft.", "Rescuers said 17 miners were trapped in the eastern shaft."),
 # two measures of one thing
 ("N", "Repairs to the Halsted bridge will cost 4 million crowns.", "The Halsted bridge project will cost 11 million crowns in total."),
 ("N", "Repairing the Halsted bridge will cost 4 million crowns, the council said.", "The council said the Halsted bridge will cost 11 million crowns altogether."),
 ("C", "Repairs to the Halsted bridge will cost 4 million crowns.", "Repairs to the Halsted bridge will cost 6 million crowns."),
 ("N", "The Meriden Star, carrying 300 containers, ran aground off Pellow.", "The Meriden Star lost 20 containers when it ran aground off Pellow."),
 ("N", "The Meriden Star was carrying 300 containers when it ran aground.", "The Meriden Star ran aground and lost 20 containers overboard."),
 ("C", "The Meriden Star lost 20 containers when it ran aground off Pellow.", "The Meriden Star lost 35 containers when it ran aground off Pellow."),
 ("C", "The Meriden Star was carrying 300 containers when it ran aground.", "The Meriden Star was carrying 340 containers when it ran aground."),
 ("N", "Ostrel's fleet of 40 ferries was inspected after the collision.", "The three ferries involved in the collision were inspected."),
 ("N", "Ostrel, which operates 40 ferries, grounded its whole fleet.", "Ostrel grounded three ferries after the collision."),
 ("C", "Two ferries collided off Varn on Monday.", "Three ferries collided off Varn on Monday."),
 ("N", "The Brannock stadium, which holds 45,000, was half empty for the final.", "About 22,000 fans attended the final at the Brannock stadium."),
 ("N", "The shelter in Orvel has room for 300 people.", "The shelter in Orvel is now housing 450 people."),
 ("C", "The Brannock stadium holds 45,000 people.", "The Brannock stadium holds 40,000 people."),
 # updates, approximations, ranges, days
 ("N", "The death toll rose to 31 by Tuesday evening.", "At least 18 people were killed, officials said on Tuesday morning."),
 ("N", "Officials later raised the toll to 31.", "Officials said 18 people died in the flooding."),
 ("N", "By evening, 31 people were confirmed dead.", "Eighteen people were confirmed dead, officials said."),
 ("C", "The death toll rose to 31 by Tuesday evening.", "The death toll rose to 35 by Tuesday evening."),
 ("N", "More than 200 people were arrested in Tesk.", "Police said 212 people were arrested in Tesk."),
 ("C", "More than 200 people were arrested in Tesk.", "Police said 180 people were arrested in Tesk."),
 ("N", "The suspects, aged 18 to 25, were charged in Velm.", "One suspect, aged 21, was charged in Velm."),
 ("N", "The suspects, aged between 18 and 25, were charged in Velm.", "The youngest suspect, 18, was charged in Velm."),
 ("C", "The suspects, aged 18 to 25, were charged in Velm.", "The suspects, aged 19 to 25, were charged in Velm."),
 ("N", "The ferry Grella sank on Tuesday.", "The ferry Grella sank on 14 March."),
 ("C", "The ferry Grella sank on 14 March.", "The ferry Grella sank on 15 March."),
 ("C", "The ferry Grella sank on Tuesday.", "The ferry Grella sank on Wednesday."),
 # two sources' estimates
 ("N", "Police estimated the crowd in Dorrow at 8,000.", "Organisers put the crowd in Dorrow at 25,000."),
 ("N", "About 8,000 people marched in Dorrow, according to police.", "Organisers said 25,000 people marched in Dorrow."),
 ("N", "Police put the turnout at 8,000, while organisers claimed 25,000.", "Some 25,000 people marched in Dorrow, organisers said."),
 ("C", "Police estimated the crowd in Dorrow at 8,000.", "Police estimated the crowd in Dorrow at 12,000."),
 ("C", "The fire destroyed 40 homes in Varn.", "The fire destroyed 60 homes in Varn."),
 ("N", "Some 40 people were injured in the blast in Orvel.", "Forty-three people were injured in the blast in Orvel."),
 ("N", "Dozens of people were injured in the blast in Orvel.", "Forty-three people were injured in the blast in Orvel."),
 ("N", "Between 300 and 400 people were evacuated from Tessin.", "About 350 people were evacuated from Tessin."),
 ("C", "Between 300 and 400 people were evacuated from Tessin.", "Some 900 people were evacuated from Tessin."),
 ("N", "The Varro plant can produce 500 tonnes of steel a day.", "The Varro plant produced 320 tonnes of steel on Monday."),
 ("N", "The Kessa dam was built to hold 40 million cubic metres of water.", "The Kessa dam held 52 million cubic metres of water when it failed."),
 ("N", "The death toll has risen to 31, the ministry said on Wednesday.", "The ministry said on Monday that 18 people had died."),
 ("N", "Fourteen of the 22 crew members were rescued off Brell.", "All 22 crew members were accounted for off Brell."),
 ("N", "The ministry said 40 people were treated in hospital, 12 of them children.", "Twelve children were treated in hospital, the ministry said."),
 ("N", "Ticket prices for the Orvel line will rise by 8 percent in March.", "Ticket prices for the Orvel line rose by 5 percent last year."),
 ("N", "The fund will pay 3,000 crowns to each family.", "The fund will pay out 2 million crowns to the families."),
 ("N", "Prices of bread in Tessin rose 9 percent in May.", "Prices in Tessin rose 4 percent in May."),
 ("C", "Bread prices in Tessin rose 9 percent in May.", "Bread prices in Tessin rose 6 percent in May."),
 ("N", "Police said 40 people were arrested on Saturday and 12 on Sunday.", "Police said 52 people were arrested over the weekend."),
 ("N", "Of the 120 passengers, 30 were taken to hospital.", "Thirty passengers were taken to hospital; 120 were on board."),
    # the second batch: stances, plans, kinds

 ("N", "The Dovren company employs 450 people at its Tesk plant.", "The Dovren company laid off 45 people at its Tesk plant."),
 ("N", "The government offered nurses in Calvera a 3 percent pay rise.", "Nurses in Calvera demanded a 7 percent pay rise."),
 ("N", "Unions demanded a 7 percent pay rise for Orvel's nurses.", "Orvel's nurses were offered a 3 percent pay rise."),
 ("C", "The government offered nurses in Calvera a 3 percent pay rise.", "The government offered nurses in Calvera a 5 percent pay rise."),
 ("N", "The new Varn hospital will have 300 beds.", "The old Varn hospital had 180 beds."),
 ("N", "Standard tickets for the Orvel festival cost 40 euros.", "VIP tickets for the Orvel festival cost 120 euros."),
 ("N", "The Tessa was built in 1998 in Brell.", "The Tessa was refitted in 2012 in Brell."),
 ("N", "The fire in Kessel broke out at 3 a.m.", "Firefighters reached the fire in Kessel at 3.40 a.m."),
 ("N", "The strike at the Orm plant entered its third day on Monday.", "Workers at the Orm plant began a five-day strike on Saturday."),
 ("N", "The plane was carrying 180 passengers when it landed in Brell.", "Twelve passengers were injured when the plane landed in Brell."),
 ("N", "The Dorva council has a budget of 12 million crowns, of which 4 million goes to roads.", "The Dorva council will spend 4 million crowns on roads."),
 ("N", "The mayor of Tesk earns 90,000 crowns a year.", "The mayor of Tesk will earn 95,000 crowns a year from January."),
 ("C", "The mayor of Tesk earns 90,000 crowns a year.", "The mayor of Tesk earns 95,000 crowns a year."),
 ("N", "The court fined Velko Ltd 2 million crowns.", "Prosecutors had asked for a fine of 5 million crowns for Velko Ltd."),
 ("C", "The court fined Velko Ltd 2 million crowns.", "The court fined Velko Ltd 3 million crowns."),
 ("N", "The Ostra bridge is 400 metres long.", "A 40-metre section of the Ostra bridge collapsed."),
 ("N", "Police deployed 2,000 officers in Tesk on Saturday.", "Some 200 officers were injured in Tesk on Saturday."),
 ("N", "The Orlin reservoir can hold 40 million cubic metres.", "The Orlin reservoir held 31 million cubic metres on Monday."),
 ("N", "Inflation in Calvera reached 9 percent in March.", "The central bank expects inflation in Calvera to fall to 4 percent by December."),
 ("N", "Rents in Tesk have risen 30 percent since 2020.", "Rents in Tesk rose 6 percent last year."),
]


def probe(pairs, argv: list[str]) -> int:
    """Run ``pairs`` ((want, side a, side b); a side one sentence or a tuple of them)
    through the finder, rules alone, and print the pairs read wrong and the totals."""
    import support

    from storylens.analysis import names
    from storylens.findings import facts

    names._spacy = lambda: None  # the rules alone, as the unit tables read them
    facts._spacy = lambda: None
    aligned = "--unaligned" not in argv
    tally = {"wrong": 0, "missed": 0, "right": 0}
    for want, a, b in pairs:
        got = support.fact_pair_values(a, b, aligned=aligned)
        ok = bool(got) == (want == "C")
        key = "right" if ok else ("missed" if want == "C" else "wrong")
        tally[key] += 1
        if not ok or "--all" in argv:
            print(f"{key.upper()} {want} {sorted(map(sorted, got))}\n   A: {a}\n   B: {b}")
    print(f"aligned={aligned}: {len(pairs)} pairs, {tally}")
    return 0


def main(argv: list[str]) -> int:
    return probe(PAIRS, argv)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
