"""A figure told otherwise is neither left out nor added (session 29, from the held-out
read of session 28: t161-t169). Invented stories with fictional outlets; each fix with its
near misses:

1. one count told apart: another outlet's count of the same counted noun, high in its
   article, within :data:`READ_APART_RATIO`, in words that share nothing with the fact's
   clause, where no article gives the two values side by side ("About 9,000 people were
   moved out of the arena" / "Some 12,000 people fled Kessby Dome"): a disagreement;
2. a temperature in bare degrees beside one written with its scale;
3. an age told by its decade ("in their twenties and early thirties" for "aged between 24
   and 31");
4. a size in words of one of the nouns a list after a figure counts ("300 rescuers,
   soldiers and volunteers" / "hundreds of volunteers"): the figure told loosely;
5. a quote printed with its negation added or dropped is no giver of the quote.
"""

from __future__ import annotations

import pytest
from support import OWN_LINES, added_by, omitted_by, own_words_context, two_give

from storylens.findings.coverage import _reversed, carried_facts
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily"]
# every article closes on this sentence, aligned verbatim: the outlets share the story
SHARED = "The regional governor said an inquiry would report within a month."


def _ctx(texts: list[list[str]]):
    """Each closing on SHARED (support.own_words_context: one voice each)."""
    return own_words_context(texts, OUTLETS, ON, SHARED)


# --- 1. one quantity told apart -------------------------------------------------------

LEDE = "A bomb threat emptied the Kessby Dome arena during a cup final on Sunday evening."
MOVED = "About 9,000 people were moved out of the arena and into the car parks."
SEARCH = "Sniffer dogs searched the stands and the changing rooms for three hours."
TAIL = ["The match will be replayed next week, the league said.",
        "Stewards handed out blankets to children in the car parks.",
        "Bus services around the arena were suspended until midnight."]


WAITED = "Fans were moved out of the arena and waited in the car parks in the cold."


def _arena_story(third: str, second_extra: tuple[str, ...] = ()) -> list[list[str]]:
    """Harbour Post and Vella Times give MOVED; Coast Courier tells the move without it
    and has ``third``; Isle Daily gives no count."""
    return [[LEDE, MOVED, SEARCH, TAIL[0]], [LEDE, MOVED, *second_extra, SEARCH, TAIL[1]],
            [LEDE, third, WAITED, SEARCH, TAIL[2]], [LEDE, WAITED, SEARCH, TAIL[0]]]


# (id, Coast Courier's sentence, Vella Times' extra sentences, whether Coast Courier is
# said to leave out the 9,000)
ARENA = [
    ("its own count of the people, no word in common",
     "Some 12,000 people fled Kessby Dome after an anonymous caller's warning.", (), False),
    # near misses
    ("another counted noun", "Some 12,000 tickets for the final had been sold by Friday.", (), True),
    ("the two values told side by side elsewhere",
     "Some 12,000 people fled Kessby Dome after an anonymous caller's warning.",
     ("Police said 12,000 people had been inside and 9,000 people were moved out.",), True),
    ("too far apart to be one count",
     "Some 30,000 people fled Kessby Dome after an anonymous caller's warning.", (), True),
    ("another measure named on one side only",
     "Some 12,000 people were injured in the crush at Kessby Dome.", (), True),
]


def test_near_miss_a_count_far_down_is_another_group():
    story = _arena_story(WAITED)
    story[2] = [LEDE, WAITED, SEARCH, TAIL[2], *OWN_LINES[3],
                "Some 12,000 people fled Kessby Dome after an anonymous caller's warning."]
    assert "Coast Courier" in omitted_by(_ctx(story), "9,000")


@pytest.mark.parametrize("case", ARENA, ids=[c[0] for c in ARENA])
def test_a_count_told_apart_is_not_left_out(case):
    _, third, extra, left_out = case
    assert ("Coast Courier" in omitted_by(_ctx(_arena_story(third, extra)), "9,000")) is left_out


ONE_ONLY = "Some 12,000 people fled Kessby Dome after an anonymous caller's warning."


def _one_count_story(second: str) -> list[list[str]]:
    """Only Coast Courier gives ONE_ONLY; Harbour Post has ``second``."""
    return [[LEDE, second, SEARCH, TAIL[0]], [LEDE, SEARCH, TAIL[1], TAIL[0]],
            [LEDE, ONE_ONLY, SEARCH, TAIL[2]], [LEDE, SEARCH, TAIL[2], TAIL[1]]]


# (id, Harbour Post's sentence, whether only Coast Courier is said to give the 12,000)
ALONE = [
    ("another outlet's count of the people", MOVED, False),
    # near misses
    ("a count of another noun", "About 9,000 tickets were refunded by the league on Monday.", True),
    ("no count at all", "Stewards opened every gate of the arena within minutes.", True),
]


def test_near_miss_two_sums_with_no_word_in_common():
    ctx = _ctx([[LEDE, "Police said the arena's owners had paid 9 million crowns for new gates.", SEARCH, TAIL[0]],
                [LEDE, SEARCH, TAIL[1], TAIL[0]],
                [LEDE, "The cup's sponsors lost some 12 million crowns in refunds, the league said.", SEARCH,
                 TAIL[2]],
                [LEDE, SEARCH, TAIL[2], TAIL[1]]])
    assert added_by(ctx, "12 million crowns") == ["Coast Courier"]


@pytest.mark.parametrize("case", ALONE, ids=[c[0] for c in ALONE])
def test_a_count_told_apart_is_no_addition(case):
    _, second, added = case
    assert ("Coast Courier" in added_by(_ctx(_one_count_story(second)), "12,000")) is added


# --- 2. a temperature in bare degrees -------------------------------------------------

LAKE = "Dozens of dead carp have washed up on the shores of Lake Orvel during a heatwave."
HOT = ("The water temperature reached 34.5 degrees Celsius on Tuesday, more than 8 degrees above the usual "
       "for the season, the fisheries institute said.")
LAKE_TAIL = ["The fisheries institute said the water had never been so warm so late in the season.",
             "Volunteers collected the dead fish in plastic sacks.",
             "The regional water board said oxygen levels had fallen sharply."]


def _lake_story(second: str) -> list[list[str]]:
    return [[LAKE, LAKE_TAIL[0], LAKE_TAIL[1]], [LAKE, second, LAKE_TAIL[2]],
            [LAKE, HOT, LAKE_TAIL[0]], [LAKE, LAKE_TAIL[1], LAKE_TAIL[2]]]


# (id, Vella Times' sentence, whether only Coast Courier is said to give 34.5 degrees)
LAKE_CASES = [
    ("the lake's temperature in bare degrees",
     "Readings from the regional water board show the lake's water temperature peaked at 31 degrees on Tuesday.",
     False),
    # near misses
    ("degrees of another thing", "The path down to the shore climbs at 31 degrees in places.", True),
    ("no temperature", "Anglers said the smell reached the village within hours.", True),
]


@pytest.mark.parametrize("case", LAKE_CASES, ids=[c[0] for c in LAKE_CASES])
def test_a_temperature_in_bare_degrees_is_no_addition(case):
    _, second, added = case
    assert ("Coast Courier" in added_by(_ctx(_lake_story(second)), "34.5 degrees Celsius")) is added


# --- 3. an age by its decade ---------------------------------------------------------

HIKERS = "Four hikers missing for a week were found alive in the Tarn mountains on Sunday."
AGED = "The hikers, three men and a woman aged between 24 and 31, set out from Kelb on Monday."
HIKE_TAIL = ["They had sheltered under a rock ledge for five nights.",
             "Mountain rescuers carried them down on stretchers.",
             "Two of them were treated for frostbite in hospital."]


def _hikers(third: str) -> list[list[str]]:
    return two_give(HIKERS, AGED, third, HIKE_TAIL)


# (id, Coast Courier's sentence, whether it is said to leave out the 24)
DECADES = [
    ("their decades", "The hikers, in their twenties and early thirties, set out from Kelb on Monday.", False),
    ("one decade", "The hikers, all in their twenties, set out from Kelb on Monday.", False),
    # near misses
    ("another decade", "The hikers, all in their forties, set out from Kelb on Monday.", True),
    ("no ages", "The hikers, three men and a woman, set out from Kelb on Monday.", True),
]


@pytest.mark.parametrize("case", DECADES, ids=[c[0] for c in DECADES])
def test_an_age_told_by_its_decade(case):
    _, third, left_out = case
    assert ("Coast Courier" in omitted_by(_ctx(_hikers(third)), "24")) is left_out


# --- 4. a size in words of a listed noun ----------------------------------------------

SEARCHED = "More than 300 rescuers, soldiers and volunteers took part in the search for the hikers."
HIKE_LEDE = "Four hikers missing for nine days were found alive in the Tarn mountains on Sunday."


def _search_story(third: str) -> list[list[str]]:
    return two_give(HIKE_LEDE, SEARCHED, third, HIKE_TAIL)


# (id, Coast Courier's sentence, whether it is said to leave out the 300)
LISTED = [
    ("hundreds of one listed noun",
     "The search mobilised soldiers, police and hundreds of volunteers from the valley.", False),
    # near misses
    ("hundreds of another noun",
     "The search drew hundreds of journalists and onlookers to the valley.", True),
    ("no size of the search", "The search was called off at dusk on Sunday after they were found.", True),
]


@pytest.mark.parametrize("case", LISTED, ids=[c[0] for c in LISTED])
def test_a_size_in_words_of_a_listed_noun_tells_the_figure(case):
    _, third, left_out = case
    assert ("Coast Courier" in omitted_by(_ctx(_search_story(third)), "300")) is left_out


# --- 5. a quote reversed --------------------------------------------------------------

# (id, a quote, another outlet's, whether the other prints it reversed)
REVERSED = [
    ("a negation added", "We believe the caller acted alone.", "We believe the caller did not act alone,", True),
    ("a negation dropped", "We believe the caller did not act alone,", "We believe the caller acted alone.", True),
    ("a contraction", "We believe the caller didn't act alone.", "We believe the caller acted alone.", True),
    ("a negation in a longer cut", "We believe the caller acted alone.",
     "We believe the caller did not act alone, and we are questioning his friends.", True),
    # near misses
    ("the same words", "We believe the caller did not act alone,", "We believe the caller did not act alone.",
     False),
    ("no negation", "We believe the caller acted alone.", "We think the caller acted alone.", False),
    ("not only", "He not only called the station but also the airport.",
     "He called the station and the airport.", False),
    ("both negate, another cut", "There is no evidence of sabotage.",
     "There is no evidence at this stage of sabotage, but we are ruling nothing out.", False),
    ("both negate, a clause more", "My client had no knowledge of the cargo, which he never saw.",
     "My client had no knowledge of the cargo, which he leased out years ago.", False),
]


@pytest.mark.parametrize("case", REVERSED, ids=[c[0] for c in REVERSED])
def test_reversed(case):
    _, a, b, want = case
    assert _reversed(a, b) is want


STATION = "An anonymous bomb threat forced the evacuation of Orsk Central station on Tuesday."
NOT_ALONE = '"We believe the caller did not act alone," said police spokeswoman Inspector Lena Varga.'
ALONE_Q = '"We believe the caller acted alone," said police spokeswoman Inspector Lena Varga.'
STATION_TAIL = ["No explosives were found in the lockers, police said.",
                "Trains were halted for four hours during the search.",
                "A man was arrested in the town of Kelb in the afternoon."]


@pytest.mark.parametrize("second,gives", [
    (ALONE_Q, False),  # the quote reversed: it carries the matter, but gives no quote
    (NOT_ALONE, True),  # near miss: the same words give it
], ids=["reversed", "the same words"])
def test_a_reversed_quote_gives_no_quote(second, gives):
    ctx = _ctx([[STATION, NOT_ALONE, STATION_TAIL[0]], [STATION, second, STATION_TAIL[1]],
                [STATION, STATION_TAIL[0], STATION_TAIL[2]], [STATION, STATION_TAIL[1], STATION_TAIL[2]]])
    fact = next(c for c in carried_facts(ctx)[0] if c.fact.article == "a1" and c.fact.kind == "quote")
    index = ctx.__dict__["_coverage_memo"]["index"]
    assert index.gives("a2", fact.fact) is gives
    assert ("a2" in fact.givers) is gives
    assert "a2" in fact.carriers
