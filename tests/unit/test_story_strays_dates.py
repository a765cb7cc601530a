"""Session 16: a piece published before every other article of the comparison, by more
than ``stories``' window, cannot report what they report (``findings.coverage._predates``):
the story warning names it as a stray, whatever words of the event it shares. The
blind-written dev stories' missed off-story pieces were the same actor's earlier event of
the same kind (a by-election won weeks before the general election it wins too; the same
bureau's arrest of a procurement chief two weeks before its raid on a party; the same
water company's fine before the rationing), written with the others' event words
("winning", "detained", "water"), so the content rules (``_tells_another_event``) kept them.

Invented: Morvain Rail shuts the Elsford tunnel after it floods on Wednesday 15 April;
three outlets lead with the company and quote its chief. The stray: the same company's
closure of the Hadley viaduct over cracks, published twelve days before. Near misses
that stay: the same piece dated the day before (within the window: never a stray); a
follow-up ten days after (the tunnel reopens), an opinion piece six days after and a
preview the day before; the piece undated, or the others undated (time cannot decide);
one of the others also dated early (the piece is not before all of them).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

WIRE = ("Morvain Rail shuts Elsford tunnel after flooding", [
    "Morvain Rail closed the Elsford tunnel on Wednesday after heavy rain flooded the tracks, "
    "cutting the main line between Caldmoor and Pressby for about 40,000 daily passengers.",
    '"The tunnel will stay shut until every pump has been checked," Morvain Rail chief '
    "executive Ada Lisk told reporters in Caldmoor.",
    "Water reached a depth of 1.4 metres at the tunnel's lowest point, the company said.",
    "Replacement buses will run every ten minutes between the two cities.",
    "The tunnel was built in 1911 and last refurbished in 2004.",
])
LEFT = ("Flooded Elsford tunnel exposes years of neglect at Morvain Rail", [
    "Commuters were left stranded on Wednesday when Morvain Rail closed the flooded Elsford "
    "tunnel, months after engineers warned that its pumps were failing.",
    'Ada Lisk, the company\'s chief executive, said: "The tunnel will stay shut until every '
    'pump has been checked."',
    "The rail workers' union said it had reported the broken pumps in January.",
    "Passengers' groups demanded refunds for season ticket holders.",
    "Morvain Rail paid its shareholders 85 million crowns last year.",
])
RIGHT = ("Morvain Rail acts fast as storm floods Elsford tunnel", [
    "Morvain Rail moved quickly on Wednesday to close the Elsford tunnel after a night of "
    "record rainfall flooded the line.",
    '"The tunnel will stay shut until every pump has been checked," chief executive Ada Lisk '
    "said, praising crews who worked through the night.",
    "The company had buses on the road within two hours.",
    "Caldmoor received a month's rain in twelve hours, the weather service said.",
    "No trains were in the tunnel when the water rose.",
])
DATES = ["2026-04-15", "2026-04-15", "2026-04-16"]

# The same company's earlier closure of another structure: the others' event word
# ("closed") in its first sentence, figures of its own, no quote of theirs.
VIADUCT = ("Morvain Rail closes Hadley viaduct over cracks", [
    "Morvain Rail closed the Hadley viaduct near Caldmoor on Friday after inspectors found "
    "cracks in two of its stone piers, halting freight trains on the coastal line.",
    '"We will not run a single train over a bridge we cannot trust," chief executive Ada Lisk '
    "said in Caldmoor.",
    "About 60 freight trains a week use the viaduct, which carries the line over the Hadley "
    "estuary.",
    "Repairs are expected to cost 12 million crowns and take three months.",
    "Lisk said passenger services between Caldmoor and Pressby would not be affected.",
    "The rail workers' union said inspections had been cut since 2023.",
])
# A follow-up ten days after the flooding: the tunnel reopens (no quote of theirs).
REOPENS = ("Elsford tunnel reopens after pumps replaced", [
    "Morvain Rail reopened the Elsford tunnel on Saturday, ten days after it flooded, once "
    "new pumps had been installed.",
    "The first train from Caldmoor to Pressby ran through the tunnel at 5.40 a.m.",
    "The company said the new pumps could clear 900 litres a second.",
    "Season ticket holders will get a week's refund.",
    "The union said the pumps should have been replaced years ago.",
])
# An opinion piece six days after.
OPINION = ("Elsford shows what years of cutting corners cost", [
    "When the Elsford tunnel flooded last week, Morvain Rail blamed the rain.",
    "But the pumps that failed had been reported broken since January.",
    "A railway that pays its shareholders before it pays for pumps has its priorities wrong.",
    "Regulators should make the company publish every safety report it receives.",
    "Until then, commuters will keep paying for its choices.",
])
# A preview the day before: the storm warning that precedes the flooding.
PREVIEW = ("Morvain Rail warns of delays as storm nears Caldmoor", [
    "Morvain Rail warned passengers on Tuesday to expect delays as a storm carrying record "
    "rainfall approached Caldmoor.",
    "The company said crews would watch the Elsford tunnel and other low points overnight.",
    "The weather service issued an amber warning for the whole region.",
    "Passengers were advised to check the company's website before travelling.",
    "Schools in Caldmoor will open as usual.",
])


OTHERS = ["a1", "a2", "a3"]


def test_the_same_actors_earlier_event_is_named_by_its_date():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, VIADUCT, published=DATES + ["2026-04-03"])
    assert C._leads_with_theirs(ctx, "a4", OTHERS)  # Morvain Rail
    assert not C._tells_another_event(ctx, "a4", OTHERS)  # "closed" in its first sentence
    assert C._predates(ctx, "a4", OTHERS)
    assert C.story_strays(ctx) == C.story_early_strays(ctx) == {"a4"}
    assert C.story_event_strays(ctx) == set()
    w = comp.provenance.warning or ""
    assert "published more than 3 days before any of them" in w
    assert "a4 (Outlet D" in w and "a1 (" not in w and "a2 (" not in w and "a3 (" not in w


def test_an_undated_other_is_not_claimed_by_the_date():
    # two others dated, one undated: still named, but the warning says the date is set
    # against the dated ones only (review16a: "before any of them" claimed the undated too)
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, VIADUCT, published=["2026-04-15", None, "2026-04-16", "2026-04-03"])
    assert C.story_early_strays(ctx) == {"a4"}
    w = comp.provenance.warning or ""
    assert "published more than 3 days before any of them that is dated: it may be" in w
    # all dated: the plain wording
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, VIADUCT, published=DATES + ["2026-04-03"])
    assert "published more than 3 days before any of them: it may be" in (comp.provenance.warning or "")


@pytest.mark.parametrize("fourth, dates", [
    (VIADUCT, DATES + ["2026-04-14"]),  # the day before: dated together, never a stray
    (VIADUCT, DATES + [None]),  # undated: time cannot decide
    (VIADUCT, [None, None, None, "2026-04-03"]),  # the others undated
    (VIADUCT, ["2026-04-15", "2026-04-15", "2026-04-05", "2026-04-03"]),  # not before all of them
    (REOPENS, DATES + ["2026-04-25"]),  # a follow-up, after the event
    (OPINION, DATES + ["2026-04-21"]),  # an opinion piece after it
    (PREVIEW, DATES + ["2026-04-14"]),  # a preview the day before
])
def test_near_misses_are_not_named_by_a_date(fourth, dates):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, fourth, published=dates)
    assert not C._predates(ctx, "a4", OTHERS)
    assert C.story_early_strays(ctx) == set()
    assert "days before any of them" not in (comp.provenance.warning or "")


# The opinion piece shares too little to stay (no name, quote or figure of theirs): off by
# little else, as before, not named by its date.
@pytest.mark.parametrize("fourth, dates", [
    (VIADUCT, DATES + ["2026-04-14"]),
    (VIADUCT, DATES + [None]),
    (REOPENS, DATES + ["2026-04-25"]),
    (PREVIEW, DATES + ["2026-04-14"]),
])
def test_near_misses_stay_in_the_story(fourth, dates):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, fourth, published=dates)
    assert C.story_strays(ctx) == set()
    assert "a4" not in C.off_story(ctx)
