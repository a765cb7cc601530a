"""Session 28: the story warning without publication dates (a bare ``storylens compare``).

Three gaps of the stray rule (``findings.coverage._stray``) left undated off-story pieces of
the invented dev set unnamed (``benchmarks/invented_stories.py --no-dates``):

* a piece that dates the others' event weeks before its own news in a "when" clause ("since
  the start of the month, when protests over the metro fare rise turned violent": the same
  metro's power failure three weeks after its fare riots, t151) said so only in words the
  juxtaposition rule does not read (``_dates_their_event_back``,
  ``rules/story_warning.WEEKS_BACK_WHEN``);
* "the" that opens a name ("two weeks after the Financial Guard arrested the singer", d143)
  read as a reference to an event the reader knows (``_dates_after_their_event``);
* a piece whose headline and lede name no person or organisation was never a stray, however
  plainly it told another event (``_stray``: a landslide beside a bus's plunge on the same
  pass, t26; zoo cubs beside a tiger's escape, d60): what happened decides, as for a piece
  that leads with the story's actor (``_tells_another_event``).

Invented: the Quarry Lane market hall collapse in Dunmere (``test_story_strays_later``'s
three reports), undated. Near misses that stay: a period that is no weeks back ("last
week, when"), a "when" clause on another event, the story's own follow-up whose headline
tells their event, a clause that counts an earlier event's own toll, and a piece that names
no actor but tells their event (the quake feature of ``test_story_strays``).
"""

from __future__ import annotations

import pytest
import support
from test_story_strays_later import LEFT, OTHERS, RIGHT, WIRE

from storylens.findings import coverage as C


def _market(clause: str, title: str = "Dunmere market traders demand compensation") -> tuple[str, list[str]]:
    """The market traders' claim for lost takings, its third sentence dating it by ``clause``."""
    return (title, [
        "Market traders in Dunmere asked the town council on Thursday for compensation of "
        "4,000 crowns each for the weeks they have been unable to trade.",
        '"We have paid rent for a hall we cannot use," said Wenna Trask, who chairs the '
        "Quarry Lane Traders' Association.",
        f"The traders have had no income {clause}.",
        "Council leader Bram Hollis said a temporary market would open in the car park "
        "behind the station in June.",
        "The association says its members have lost about 1.2 million crowns in takings.",
    ])


@pytest.mark.parametrize("clause", [
    "since the start of the month, when the roof of the Quarry Lane market hall collapsed",
    "since earlier this month, when the market hall's roof collapsed and killed two stallholders",
    "since the hall shut three weeks ago, when its roof collapsed",
])
def test_an_undated_piece_that_dates_their_event_weeks_back_is_named(clause):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _market(clause))
    assert C._dates_their_event_back(ctx, "a4", OTHERS)
    assert C._says_it_follows(ctx, "a4", OTHERS)
    assert "a4" in C.off_story(ctx)
    w = comp.provenance.warning or ""
    assert "its text dates what it tells weeks after what they tell" in w
    assert "a4 (" in w and "a1 (" not in w


@pytest.mark.parametrize("clause", [
    "since last week, when the roof of the Quarry Lane market hall collapsed",  # days back
    "since the start of the month, when the council raised stall rents",  # another event
    "since earlier this month, when a fire at the hall injured four traders",  # its own toll
    "since the roof collapsed",  # no weeks-back period
])
def test_near_misses_dated_back_are_not_named(clause):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _market(clause))
    assert not C._dates_their_event_back(ctx, "a4", OTHERS)
    assert "a4" not in C.story_late_strays(ctx)


def test_near_miss_the_storys_own_follow_up_that_dates_back_stays():
    # its headline tells their event: a follow-up of it, however far back it dates it
    own = _market("since the start of the month, when the roof of the Quarry Lane market hall collapsed",
                  title="Traders count the cost of Dunmere market hall collapse")
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, own)
    assert not C._dates_their_event_back(ctx, "a4", OTHERS)
    assert "a4" not in C.story_late_strays(ctx)


def test_the_that_opens_a_name_is_no_reference_to_a_known_event():
    # "the Civil Guard" (an organisation the wire names): the name's article; the
    # juxtaposition dates the traders' news weeks after the collapse, introduced by who did
    # what. (review28w: only before an actor's name; "the Quarry Lane collapse" is known)
    wire = (WIRE[0], [WIRE[1][0].replace("the fire service said", "the Civil Guard said")] + WIRE[1][1:])
    comp, ctx = support.compare_stories(wire, LEFT, RIGHT, _market(
        "since the hall closed. The claim comes two weeks after the Civil Guard "
        "pulled two stallholders killed by a falling roof from the market hall"))
    known = _market("since the hall closed. The claim comes two weeks after the collapse")
    assert C._says_it_follows(ctx, "a4", OTHERS)
    comp2, ctx2 = support.compare_stories(WIRE, LEFT, RIGHT, known)
    assert not C._says_it_follows(ctx2, "a4", OTHERS)  # "the collapse": recalled as known


def _no_actor(lede: str) -> tuple[str, list[str]]:
    """A piece whose headline and lede name places only (no person or organisation), kept
    in the story by a telling figure and the engineer its body quotes."""
    return ("Rain and ruin around Dunmere's Quarry Lane", [
        lede,
        "Up to 40 millimetres of rain fell in an hour, and drains beside the closed market hall overflowed.",
        "Sandbags were handed out at the station until midnight.",
        "City engineer Osric Pellam said the hall's 140 stalls had stayed dry.",
        "Residents of the Quarry Lane estate said the drains had not been cleared since 2019.",
        "Forecasters expect more rain on Monday.",
    ])


def test_a_piece_that_names_no_actor_but_tells_another_event_is_named():
    flood = _no_actor("Flash floods swept through the streets around Quarry Lane in Dunmere on "
                      "Saturday night, filling 60 cellars and cutting power to 300 homes.")
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, flood)
    assert not C._lead_actors(ctx).get("a4")  # places only
    assert C.story_strays(ctx) == {"a4"} and C.story_event_strays(ctx) == {"a4"}
    w = comp.provenance.warning or ""
    assert "headline and first sentence have none of the words the others' headlines" in w
    assert "a4 (" in w and "a1 (" not in w


def test_near_miss_a_piece_that_names_no_actor_and_tells_their_event_stays():
    # the same places, but its lede tells the collapse in the others' words, on their day
    own = _no_actor("The roof of the market hall on Quarry Lane in Dunmere collapsed on Tuesday, "
                    "and two stallholders were killed beneath it.")
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, own)
    assert not C._lead_actors(ctx).get("a4")
    assert "a4" not in C.off_story(ctx)
    assert "a4 (" not in (comp.provenance.warning or "")
