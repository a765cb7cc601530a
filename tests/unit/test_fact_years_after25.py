"""Session 25: a year written after a figure that dates the figure itself ("the 21 million
kurons paid in 2019", "The previous record, 21 million kurons, was paid in 2019") makes it a
figure of that earlier year, another event's, as a year before it does ("In 2019, floods
killed 12": ``_Mention.past``); a figure of no stated time is the story's own moment and
meets none of them (held-out t126's wrong, now dev). A year that dates another clause's
verb ("which ... in 2013", "than in 2019", "since 2019"), another figure's ("up from 300 in
2019") or a clause past a break ("police said in 2019") leaves the figure undated. A year
counted back from the article's ("fined 15,000 crowns two years ago") dates it as "last
year" does. The same ransom given two values, each dated alike or neither dated, still
conflicts.

A count that opens its clause's subject takes its measure (dead, injured ...) from its
clause's verb past a long noun phrase ("All 12 people aboard the army Kestrel helicopter
were killed"), as a count right before its verb does; a verb that is no measure, a
relative clause's verb or a negated one gives none.

Invented text (fictional places and people); the articles are of 2026-11-18.
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")

RANSOM = "The Orvik family paid 38 million kurons to free the shipowner, police said."


@pytest.mark.parametrize(("a", "b", "want"), [
    # a year counted back from the article's ("two years ago") dates a figure as "last
    # year" does: an earlier fine, not a rival figure for this week's
    ("The federation fined Dorvik United 90,000 crowns on Thursday.",
     "Dorvik United was fined 15,000 crowns two years ago after a flare was thrown.", set()),
    ("Dorvik United was fined 90,000 crowns, the federation said.",
     "Dorvik United was fined 15,000 crowns two years ago after a flare was thrown.", set()),
    # the same week's fine given two values: still a conflict
    ("The federation fined Dorvik United 90,000 crowns on Thursday.",
     "The federation fined Dorvik United 60,000 crowns on Thursday.",
     {"90,000 crowns", "60,000 crowns"}),
    ("Dorvik United was fined 15,000 crowns two years ago after a flare was thrown.",
     "Dorvik United was fined 25,000 crowns two years ago after a flare was thrown.",
     {"15,000 crowns", "25,000 crowns"}),
])
def test_years_ago_date_figure(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # a count that opens its clause's subject takes its measure from the clause's verb
    # past a long noun phrase: one toll written two ways
    ("The army helicopter crashed into a hillside, killing all 11 people on board.",
     "All 12 people aboard the army Kestrel helicopter were killed.", {"11", "12"}),
    ("Seven elderly residents of a care home in Tarnow died, officials said.",
     "Six elderly residents of a care home in Tarnow died, officials said.", {"seven", "six"}),
    # near misses: the verb is no measure, a relative clause's or another thing's
    ("The army helicopter crashed into a hillside, killing all 11 people on board.",
     "All 12 people aboard the army Kestrel helicopter were flown in from Dorn.", set()),
    ("The army helicopter crashed into a hillside, killing all 11 people on board.",
     "All 12 people who boarded the army Kestrel helicopter at Dorn had trained together.",
     set()),
    ("The army helicopter crashed into a hillside, killing all 11 people on board.",
     "All 12 people aboard the army Kestrel helicopter were not hurt in the landing.", set()),
])
def test_subject_verb_measure(a: str, b: str, want: set[str]) -> None:
    assert support.fact_pair_values(a, b) == ([want] if want else [])


@pytest.mark.parametrize(("a", "b", "want"), [
    # another, earlier case's figure dated by a year after it: no conflict
    (RANSOM, "The payout dwarfs the 21 million kurons paid in 2019.", set()),
    (RANSOM, "The previous record, 21 million kurons, was paid in 2019 for the release of "
     "Ilse Marven.", set()),
    (RANSOM, "The previous record, about 21 million kurons, was paid in 2019.", set()),
    ("Floods in the Tesk valley killed seven people, officials said.",
     "Floods in the Tesk valley killed 12 people in 2019.", set()),
    # the same ransom given two values: still a conflict
    (RANSOM, "The Orvik family paid 21 million kurons to free the shipowner, police said.",
     {"38 million", "21 million"}),
    ("The Orvik family paid 38 million kurons in 2019 to free the shipowner.",
     "The Orvik family paid 21 million kurons in 2019 to free the shipowner.",
     {"38 million", "21 million"}),
    ("The ransom, 38 million kurons, was paid on Friday, police said.",
     "The ransom, 21 million kurons, was paid on Friday, police said.",
     {"38 million", "21 million"}),
])
def test_year_after_dates_figure(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


@pytest.mark.parametrize(("text", "past"), [
    ("The payout dwarfs the 21 million kurons paid in 2019.", True),
    ("The previous record, 21 million kurons, was paid in 2019.", True),
    ("Floods in the Tesk valley killed 12 people in 2019.", True),
    # the year dates another clause, another figure or a clause past a break
    ("Thirty-three provinces allow it, which Vell legalised in 2013.", False),
    ("Police made 40 more arrests than in 2019.", False),
    ("Orvik Lines employs 400 people, up from 300 in 2019.", False),
    ("Floods killed 12 people in the valley, officials said in 2019.", False),
    ("It was the worst flood toll, 12 dead, since 2019.", False),
    # a year of the article's own: no earlier event
    ("The Orvik family paid 38 million kurons in 2026.", False),
])
def test_year_after_past(text: str, past: bool) -> None:
    from storylens.findings import facts

    doc = support.make_doc("a1", "Vell Daily", (text,), published="2026-11-18")
    ms = [m for _, sm in facts.doc_mentions(doc) for m in sm
          if m.family.startswith(facts.OWNED_FAMILIES)]
    assert ms
    assert ms[0].past is past
