"""A quote is told, not left out, where an outlet gives the speaker's other words on the
same matter, the speaker named in another sentence ("... she said"): session 22, hand-read
invented dev t36's later "The tests confirm salmonella," she said, for the minister's
"Preliminary tests point to salmonella". Told here with new fictional text beside its near
misses."""

from __future__ import annotations

import pytest
import support

from storylens.findings.coverage import _reported, facts_of
from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Tamsel Post", "Orvik Herald", "Brenna Courier", "Lisk Voice"]
TOWNS = ["Tamsel", "Orvik", "Brenna", "Lisk"]

LEDE = "The Orvik water board told residents of Tamsel to boil their tap water on Friday after bacteria were found in a reservoir."
QUOTE = ("\u201cEarly samples point to a cracked filter, but we are checking every pipe,\u201d "
         "director Helga Varnum told the crowd.")
MET = "Water board director Helga Varnum visited the site on Friday afternoon."
SHUT = "The reservoir was shut and tankers were sent to the town's schools and care homes."


def _colour(town: str) -> list[str]:
    return [
        f"Shops in {town} sold out of bottled water by midday.",
        f"A bakery in {town} said it had closed for the day.",
        f"Parents in {town} said schools had sent letters home.",
        f"A pharmacist in {town} said nobody had fallen ill so far.",
        f"Hotels in {town} put up notices in every bathroom.",
    ]


def _omitted(own: list[str]) -> set[str]:
    story = [[LEDE, SHUT, QUOTE, *_colour(t)] for t in TOWNS[:3]] + \
        [[LEDE, SHUT, *own, *_colour(TOWNS[3])[:4]]]
    om, _ = support.coverage_facts(story, OUTLETS, ON)
    return {fact for outlet, fact in om if outlet == "Lisk Voice" and "filter" in fact}


def test_near_miss_the_quote_left_out():
    assert _omitted([MET])


def test_near_miss_the_speakers_words_on_another_matter_leave_it_out():
    assert _omitted([MET + " \u201cWe are sorry for the trouble this has caused every family,\u201d she said."])


SAME = " \u201cThe samples confirm a cracked filter, and it has been replaced,\u201d"


@pytest.mark.parametrize(("own", "reported"), [
    # her own later words on the same matter, "she" after her name: the quote told
    ([MET + SAME + " she said."], True),
    # her words on another matter: no
    ([MET + " \u201cWe are sorry for the trouble this has caused every family,\u201d she said."], False),
    # the same words of another speaker: no
    ([MET + SAME + " said Petra Lund, a council engineer."], False),
    # reported speech under her name in the sentence (as before)
    ([MET, "Varnum said the filter was the likeliest cause and the samples would be repeated."], True),
    # the same reported speech of another person: no
    ([MET, "Engineer Petra Lund said the filter was the likeliest cause and the samples would be repeated."], False),
])
def test_reported(own, reported):
    ctx = support.verbatim_context([[LEDE, SHUT, QUOTE, *_colour("Tamsel")], [LEDE, *own, *_colour("Lisk")]],
                                   OUTLETS[:2], ON)
    fact = next(f for f in facts_of(ctx.documents["a1"]) if f.kind == "quote")
    assert _reported(ctx, fact, "a2") is reported
