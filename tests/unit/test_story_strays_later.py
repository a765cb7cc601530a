"""Session 17: a piece on a later event of the story's own place or actors
(``findings.coverage._follows_their_event``), and one published weeks before whose lede
names no person or organisation (``_predates`` now decides before the lead-actor guard).

The blind-written dev stories' missed off-story pieces told another event of the same
glacier, airport or zoo: a hikers' rescue "two weeks after a sightseeing helicopter crash
near the same glacier" (t39), a baggage handlers' strike vote "two weeks after drone
sightings closed it overnight" (d41), both published about two weeks after the others;
twin snow-leopard cubs at the same zoo, published three weeks before a tiger killed a
keeper there (d60), its lede naming only the zoo and its keepers.

Invented: Quarry Lane market hall in Dunmere collapses on Tuesday 12 May; three outlets
quote the city engineer. The later event: the market traders' protest march, published
sixteen days after, "two weeks after a roof collapse at the market hall killed two
people". Near misses that stay: a follow-up weeks after that recalls the event as known
("two weeks after the collapse", "after it collapsed"); the same later piece dated within
the window (never a stray; undated, s27's test_story_strays_undated: its text alone
names it); one that writes "a day after a roof collapse" (no interval beyond the window); one dated weeks after whose interval
dates another event ("two weeks after a council vote").
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

WIRE = ("Roof of Dunmere market hall collapses, two dead", [
    "The roof of the Quarry Lane market hall in Dunmere collapsed on Tuesday morning, "
    "killing two stallholders and injuring eleven shoppers, the fire service said.",
    '"The steel frame failed at the north end and brought the whole span down," city '
    "engineer Osric Pellam told reporters at the scene.",
    "Rescue crews searched the rubble for four hours before declaring the hall clear.",
    "The hall, built in 1962, held about 140 stalls.",
    "The council has closed the surrounding streets.",
])
LEFT = ("Market hall collapse kills two after years of warnings", [
    "Two stallholders were killed when the roof of Dunmere's Quarry Lane market hall "
    "collapsed on Tuesday, after traders had complained about leaks for years.",
    '"The steel frame failed at the north end and brought the whole span down," said city '
    "engineer Osric Pellam.",
    "Eleven shoppers were taken to hospital.",
    "Traders said the council had cancelled a roof survey in 2024 to save money.",
    "A vigil will be held at the hall's gates on Friday.",
])
RIGHT = ("Dunmere hall roof collapses, council promises answers", [
    "The council promised a full inquiry after the roof of the Quarry Lane market hall "
    "collapsed on Tuesday, killing two people.",
    '"The steel frame failed at the north end," city engineer Osric Pellam said, adding that '
    "the rest of the building was safe.",
    "Emergency crews praised shoppers who helped pull survivors from the rubble.",
    "The hall will stay closed until engineers have checked every beam.",
    "Insurers are expected to inspect the site next week.",
])
DATES = ["2026-05-12", "2026-05-12", "2026-05-13"]
OTHERS = ["a1", "a2", "a3"]


def _piece(after: str) -> tuple[str, list[str]]:
    """The market traders' march, its second sentence dating it from ``after``."""
    return ("Dunmere market traders march on town hall over lost earnings", [
        "Some 300 market traders marched on Dunmere town hall on Thursday to demand "
        "compensation of 4,000 crowns each for the weeks they have been unable to trade.",
        f"The march came {after}.",
        '"We have paid rent for a hall we cannot use," said Wenna Trask, who chairs the '
        "Quarry Lane Traders' Association.",
        "Council leader Bram Hollis said a temporary market would open in the car park "
        "behind the station in June.",
        "The association says its members have lost about 1.2 million crowns in takings.",
    ])


LATER = _piece("two weeks after a roof collapse at the Quarry Lane market hall killed two people")


def test_a_later_event_that_dates_itself_weeks_after_theirs_is_named():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, LATER, published=DATES + ["2026-05-28"])
    assert C._follows_their_event(ctx, "a4", OTHERS)
    assert C.story_late_strays(ctx) == {"a4"} and C.story_early_strays(ctx) == set()
    assert "a4" in C.off_story(ctx)
    w = comp.provenance.warning or ""
    assert "published more than 3 days after any of them and its text dates what it tells weeks after" in w
    assert "a4 (Outlet D" in w and "a1 (" not in w and "a2 (" not in w and "a3 (" not in w


@pytest.mark.parametrize("after", [
    "a fortnight after a roof collapse at the market hall killed two people",
    "16 days after a roof collapsed at the hall, killing two stallholders",
    "three weeks after roof beams collapsed onto the stalls",
])
def test_other_intervals_and_wordings_are_read(after):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _piece(after), published=DATES + ["2026-06-02"])
    assert C._follows_their_event(ctx, "a4", OTHERS)


@pytest.mark.parametrize("after, date", [
    ("two weeks after the collapse of the market hall", "2026-05-28"),  # recalled as known
    ("two weeks after it collapsed", "2026-05-28"),
    ("two weeks after its roof collapsed", "2026-05-28"),
    ("a day after a roof collapse at the market hall killed two people", "2026-05-28"),  # no long interval
    ("two weeks after a council vote to raise stall rents", "2026-05-28"),  # another event dated
    ("two weeks after a roof collapse at the Quarry Lane market hall killed two people", "2026-05-14"),  # within the window
])
def test_near_misses_are_not_named_as_later(after, date):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _piece(after), published=DATES + [date])
    assert not C._follows_their_event(ctx, "a4", OTHERS)
    assert C.story_late_strays(ctx) == set()
    assert "days after any of them" not in (comp.provenance.warning or "")


def test_the_others_undated_decide_nothing():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, LATER, published=[None, None, None, "2026-05-28"])
    assert not C._follows_their_event(ctx, "a4", OTHERS)


def test_a_follow_up_a_day_later_stays():
    # the next day's follow-up: dated with the others, never a stray
    follow = ("Dunmere names market hall victims", [
        "Police on Wednesday named the two stallholders killed when the roof of the Quarry "
        "Lane market hall collapsed on Tuesday.",
        "Edda Morrow, 61, had sold flowers at the hall for 30 years.",
        "Her neighbour at the next stall, Ivo Carse, 44, sold cheese.",
        '"The steel frame failed at the north end," city engineer Osric Pellam said again on '
        "Wednesday.",
        "The council said a memorial would be placed at the hall.",
    ])
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, follow, published=DATES + ["2026-05-13"])
    assert C.story_strays(ctx) == set()
    assert "a4" not in C.off_story(ctx)


# A piece on the same hall weeks before, its headline and lede naming no person or
# organisation, kept in the story by the engineer its body names: named by its date now.
EARLIER = ("New stalls open at Dunmere market hall", [
    "Twenty new stalls opened at the Quarry Lane market hall on Saturday, the first "
    "expansion of the hall since it was built in 1962.",
    "Shoppers queued from early morning for the new bakery and fish counters.",
    "The stalls were added in the old storage wing, which was refitted at a cost of "
    "850,000 crowns.",
    "Rents for the new stalls start at 900 crowns a month.",
    "The hall now holds about 140 stalls and is open six days a week.",
    "City engineer Osric Pellam signed off the refitted wing's steel frame in March.",
])


def test_an_earlier_piece_is_named_by_its_date_whatever_its_lede_names():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, EARLIER, published=DATES + ["2026-04-18"])
    assert C._predates(ctx, "a4", OTHERS)
    assert C.story_early_strays(ctx) == {"a4"}
    assert "published more than 3 days before any of them" in (comp.provenance.warning or "")


def test_the_earlier_piece_within_the_window_stays():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, EARLIER, published=DATES + ["2026-05-11"])
    assert C.story_strays(ctx) == set()


# review17e: the story's own follow-up ten days on, which names the cause of the same
# collapse and dates its news from it as news to its reader ("Ten days after a roof
# collapse ... killed two stallholders"), was named as another event: its headline tells
# their event (the collapse), as a later event's headline does not (the traders' march).
FOLLOW_UP = ("Corroded bolts blamed for Dunmere market hall collapse", [
    "Ten days after a roof collapse at the Quarry Lane market hall killed two stallholders, "
    "Dunmere Building Control said on Friday that corroded bolts at the north end had caused "
    "the failure.",
    "Inspectors found that six of the twelve bolts holding the main truss had rusted through.",
    "Building Control chief Hanne Lisk said the bolts had not been checked since 2019.",
    "The council said it would inspect every public building with a similar roof.",
    "Traders have been unable to use the hall since the collapse.",
])


def test_the_storys_own_follow_up_whose_headline_tells_their_event_stays():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, FOLLOW_UP, published=DATES + ["2026-05-22"])
    assert not C._follows_their_event(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)
    assert "days after any of them" not in (comp.provenance.warning or "")
