"""review28w: near misses of session 28's story-warning change (merge 75a559eb).

``_dates_after_their_event`` (s28) read "the" before any capitalised word as the name's own
article ("two weeks after the Financial Guard arrested the singer"), so that a follow-up
that recalls the event as known by its place, day or month ("two weeks after the Quarry Lane
roof collapse", "the Tuesday collapse", "the May collapse") was read as introducing another
event and named off-story, undated. "the" is the name's article only before one of the
others' actors (the name rule below it then decides, as the change meant).

Invented: the Quarry Lane market hall collapse in Dunmere (``test_story_strays_later``'s three
reports); the traders' march dates itself from it.
"""

from __future__ import annotations

import pytest
import support
from test_story_strays_later import LEFT, OTHERS, RIGHT, WIRE, _piece

from storylens.findings import coverage as C

# the wire names the rescuers as an organisation (one of the others' actors)
WIRE_CG = (WIRE[0], [WIRE[1][0].replace("the fire service said", "the Civil Guard said")] + WIRE[1][1:])


@pytest.mark.parametrize("after", [
    "two weeks after the Quarry Lane roof collapse",  # a place before the event noun
    "two weeks after the Tuesday collapse of the market hall",  # a day
    "two weeks after the May collapse",  # a month
    "two weeks after the Dunmere collapse killed two stallholders",  # a town
])
def test_the_before_a_place_day_or_month_recalls_the_event_as_known(after):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _piece(after))
    assert not C._says_it_follows(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)
    assert "a4 (" not in (comp.provenance.warning or "")


def test_the_before_an_actor_the_others_name_lets_the_name_decide():
    # "the Civil Guard pulled ...": a new actor of theirs tells the event, set beside the
    # march as another event's date (review20a's name rule), as s28 meant
    comp, ctx = support.compare_stories(WIRE_CG, LEFT, RIGHT, _piece(
        "two weeks after the Civil Guard pulled two stallholders killed by a falling roof "
        "from the market hall"))
    assert "Guard" in C._actor_tokens(ctx, OTHERS)
    assert C._says_it_follows(ctx, "a4", OTHERS)


# s28's _stray asked _tells_another_event of a piece whose headline and lede name no person
# or organisation: one that writes none of their event's words was named, though a feature
# of the same collapse in its own words does so too ("the steel span gave way", "lost their
# lives"); another event told by its place alone gives a figure of its own (the flood's 60
# cellars and 300 homes in test_story_strays_s28), which a feature of theirs does not.
FEATURES = {
    "toll in its own words": ("Grief in Dunmere after hall disaster", [
        "Grief gripped Dunmere as the town counted the cost of the disaster at its Quarry Lane "
        "market hall, where two people lost their lives.",
        "Eleven shoppers remain in hospital.",
        "Neighbours said the building had groaned in the wind for years.",
        "A book of condolence has been opened at the library.",
        "Candles burned late into the night."]),
    "what happened in its own words": ("A morning that changed Quarry Lane", [
        "At a quarter past nine the steel span over Dunmere's Quarry Lane market hall gave way, "
        "and the stalls beneath vanished in dust.",
        "Two stallholders never came out.",
        "Neighbours said the building had groaned in the wind for years.",
        "A book of condolence has been opened at the library.",
        "Candles burned late into the night."]),
}


@pytest.mark.parametrize("name", sorted(FEATURES))
def test_a_feature_of_their_event_that_names_no_actor_stays(name):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, FEATURES[name])
    assert not C._lead_actors(ctx).get("a4")  # places only
    assert "a4" not in C.off_story(ctx)
    assert "a4 (" not in (comp.provenance.warning or "")
