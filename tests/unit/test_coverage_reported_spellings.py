"""A quote is told, not left out, where an outlet reports it in its own words under the
speaker's name spelled another way ("Ingrid Solberg" / "Ingrid Sohlberg", hand-read
invented dev t63, session 24): the name_variant finder's clusters say it is one person.
Told here with new fictional text beside its near misses: another person's name, and
the speaker's variant on another matter."""

from __future__ import annotations

import pytest
import support

from storylens.findings.coverage import _reported, facts_of
from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Marrow Post", "Quell Herald", "Tarnby Courier", "Vessen Voice"]
TOWNS = ["Marrow", "Quell", "Tarnby", "Vessen"]

LEDE = "More than 90 guests at the Quell harbour festival were taken ill on Saturday after eating smoked fish."
STALLS = "Health inspectors closed four food stalls and took samples from the smokehouse."
QUOTE = ("\u201cPeople were collapsing at the tables within an hour of the tasting,\u201d "
         "said festival director Edvin Marstrand.")
ACCOUNT = "{} described chaotic scenes in the tent, with guests falling ill at their tables soon after the tasting."


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Ambulances from {town} were sent to the quay by early evening.",
        f"A pharmacy in {town} stayed open late for worried families.",
        f"Fishermen in {town} said their catch had been checked as usual.",
        f"A school in {town} cancelled its Monday trip to the festival.",
        f"Hotels in {town} reported guests leaving a day early.",
    ]


def _omitted(own: str) -> bool:
    story = [[LEDE, STALLS, QUOTE, *_colour(t)] for t in TOWNS[:3]] + \
        [[LEDE, STALLS, own, *_colour(TOWNS[3])[:4]]]
    om, _ = support.coverage_facts(story, OUTLETS, ON)
    return any(o == "Vessen Voice" and "collapsing" in fact for o, fact in om)


def test_the_quote_under_a_variant_spelling_is_not_left_out():
    # his account in the outlet's own words ("tables", "tasting"), his surname spelled
    # with a t: left out before session 24
    assert not _omitted(ACCOUNT.format("Edvin Marstrandt"))


@pytest.mark.parametrize("own", [
    # the speaker, his variant spelling, on another matter: left out
    "Edvin Marstrandt said next year's festival would go ahead as planned.",
    # the same account under another person's name: not his words
    ACCOUNT.format("Edvin Holmgaard"),
])
def test_near_miss_the_quote_is_left_out(own):
    assert _omitted(own)


@pytest.mark.parametrize(("text", "reported"), [
    ("Festival director Edvin Marstrand described guests collapsing at their tables.", True),  # as before
    ("Festival director Edvin Marstrandt described guests collapsing at their tables.", True),  # his variant
    ("Festival treasurer Edvin Holmgaard described guests collapsing at their tables.", False),
])
def test_reported(text, reported):
    ctx = support.verbatim_context([[LEDE, STALLS, QUOTE, *_colour("Marrow")], [LEDE, text, *_colour("Vessen")]],
                                   OUTLETS[:2], ON)
    fact = next(f for f in facts_of(ctx.documents["a1"]) if f.kind == "quote")
    assert _reported(ctx, fact, "a2") is reported
