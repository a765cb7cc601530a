"""Figures that are no fact an outlet leaves out or adds alone (issue 12: omission and
addition precision), each read on the invented dev stories (session 14) and told here
with new fictional text beside its near miss:

- a first-day count that later articles give as their later count of the same thing
  ("At least 11 people drowned" / "bringing to 14 the number of bodies recovered");
- a total told as its parts ("Three children have died and 11 more ..." / "Fourteen
  children ...");
- a past event's figure of the same value ("since 2014, when a two-day stoppage ended")
  that made an outlet a giver of this event's "48-hour strike";
- a place's size in apposition ("a farming village of about 400 people"), a document's
  length ("the 412-page report").
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options
from storylens.rules.coverage import PLACE_SIZE_BEFORE

ON = Options(fact_coverage=True)
OUTLETS = ["Harlow Post", "Vennick Herald", "Ostra Courier", "Pell Voice"]
TOWNS = ["Harlow", "Kessby", "Ostra", "Pell"]


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Fishermen from {town} joined the search in their own boats at first light.",
        f"Shops near the {town} quay stayed shut as a mark of respect on Tuesday.",
        f"A priest from {town} led prayers on the harbour wall in the evening.",
        f"Volunteers in {town} collected blankets and food for the survivors.",
        f"The harbour master in {town} said the weather had been calm that night.",
    ]


def _found(texts, published=None):
    return support.coverage_facts(texts, OUTLETS, ON, published)


# --- a first-day count, later counted again ------------------------------------------------

SANK = "A ferry carrying pilgrims sank off the island of Tarvo on Monday night, the coastguard said."
SEARCH = "Navy divers and coastguard boats searched the strait off Tarvo through the night."
HEADLINE = "12 dead as pilgrim ferry sinks off Tarvo"
FIRST = "At least 12 people drowned when the ferry overturned in the strait, the coastguard said."
LATER = [
    "Divers recovered four more bodies on Tuesday, bringing to 16 the number of dead.",
    "The bodies of 17 people have now been pulled from the sea off Tarvo.",
    "Eighteen people are now known to have died, the island's governor said.",
]


def _toll_story(later: list[str]) -> list[list[str]]:
    """Harlow Post gives the first-day count; the three others tell the sinking with
    ``later`` (one line each) instead."""
    return [[HEADLINE, SANK, SEARCH, FIRST, *_colour(TOWNS[0])]] + [
        [SANK, SEARCH, line, *_colour(TOWNS[i + 1])] for i, line in enumerate(later)]


DAY1 = ["2026-05-04", "2026-05-05", "2026-05-05", "2026-05-06"]
SAME_DAY = ["2026-05-05"] * 4


def test_a_first_day_count_later_articles_count_again_is_no_addition():
    _, add = _found(_toll_story(LATER), DAY1)
    assert ("Harlow Post", "12") not in add


def test_near_miss_undated_articles_keep_the_count_theirs_alone():
    # nothing says the others came later: the 12 is the Post's own count
    _, add = _found(_toll_story(LATER))
    assert ("Harlow Post", "12") in add


def test_near_miss_a_later_count_of_another_thing_leaves_the_toll_its_own():
    rescued = [
        "Coastguard boats pulled 16 people alive from the water on Tuesday.",
        "Seventeen people were rescued by fishermen from the island.",
        "Eighteen people were rescued and taken to the hospital in Tarvo.",
    ]
    _, add = _found(_toll_story(rescued), DAY1)
    assert ("Harlow Post", "12") in add


# --- a total told as its parts -------------------------------------------------------------

RECALL = "The medicines regulator recalled four batches of a children's cough syrup on Thursday."
LABS = "Laboratory tests found a toxic solvent in the syrup made by Orvik Pharma."
PARTS = "Three children have died and 11 more have been left fighting kidney failure after taking the syrup."
TOTAL = "Fourteen children are in hospital with acute kidney injury, the health ministry said."


def _syrup(parts: str, total: str) -> list[list[str]]:
    return [[RECALL, LABS, parts, *_colour(TOWNS[0])]] + [
        [RECALL, LABS, total, *_colour(t)] for t in TOWNS[1:]]


def test_a_part_of_the_total_the_others_give_is_no_addition():
    _, add = _found(_syrup(PARTS, TOTAL))
    assert ("Harlow Post", "11") not in add


@pytest.mark.parametrize(("parts", "sums"), [
    (PARTS, True),
    # near miss: 3 + 40 is not 14
    ("Three children have died and 40 more have been left fighting kidney failure after taking the syrup.", False),
])
def test_the_outlet_giving_the_parts_gives_the_total(parts, sums):
    from storylens.findings import coverage

    total = "In all, 14 children are in hospital with acute kidney injury, the health ministry said."
    ctx = support.verbatim_context(_syrup(parts, total), OUTLETS, ON)
    coverage.carried_facts(ctx)  # the story's index
    fact = next(f for f in coverage.facts_of(ctx.documents["a2"]) if f.text == "14")
    assert (coverage._sums(ctx, fact, ["a1"]) == {"a1"}) is sums


def test_near_miss_parts_that_add_up_to_another_figure_stay_an_addition():
    # 3 + 11 is not 20: the Post's own count
    total = "Twenty children are in hospital with acute kidney injury, the health ministry said."
    _, add = _found(_syrup(PARTS, total))
    assert ("Harlow Post", "11") in add


# --- a past event's figure of the same value -----------------------------------------------

WALKOUT = "Dock workers at the port of Vennick walked out on Monday over plans to automate the terminal."
PICKET = "Pickets from the dockers' union blocked the main gate of the container terminal."
STRIKE = "The union pressed on with a 48-hour strike that business leaders say is costing the port dearly."


def _strike(second: str) -> list[list[str]]:
    """Harlow Post leads with the strike's length; Vennick Herald with ``second``; the others
    tell the walkout without a length."""
    return [
        [STRIKE, WALKOUT, PICKET, *_colour(TOWNS[0])],
        [second, WALKOUT, PICKET, *_colour(TOWNS[1])],
        [WALKOUT, PICKET, *_colour(TOWNS[2])],
        [WALKOUT, PICKET, *_colour(TOWNS[3])[:4]],
    ]


def test_a_past_strikes_length_gives_no_length_of_this_one():
    om, _ = _found(_strike("It is the first port strike since 2014, when a two-day stoppage over pensions ended "
                           "in a pay deal."))
    assert not any(fact == "48-hour" for _, fact in om)


def test_near_miss_this_strikes_length_in_other_words_is_given():
    om, _ = _found(_strike("The two-day stoppage has halted every crane at the terminal, the port authority said."))
    assert any(fact == "48-hour" for _, fact in om)


# --- a place's size ------------------------------------------------------------------------

SLIDE = "A landslide buried part of the mountain village of Kerra before dawn on Sunday."
DIG = "Soldiers and volunteers dug through the mud with shovels and bare hands."


def _village(line: str) -> list[list[str]]:
    return [[SLIDE, DIG, line, *_colour(t)] for t in TOWNS[:3]] + [[SLIDE, DIG, *_colour(TOWNS[3])]]


def test_a_villages_population_is_not_left_out():
    om, _ = _found(_village("Kerra, a farming village of about 800 people, lies below a slope cleared of forest."))
    assert not any(fact == "800" for _, fact in om)


def test_near_miss_the_people_moved_out_of_it_are_left_out():
    om, _ = _found(_village("About 800 people from the village of Kerra were moved to a school gym after the landslide."))
    assert ("Pell Voice", "800") in om


@pytest.mark.parametrize(("before", "place"), [
    ("onto Kerra, a farming village of about ", True),
    ("who has led the coastal city of ", True),
    ("in Tolme, an industrial district of some ", True),
    ("Dorne, a town of ", True),
    ("a mainly Catholic community of roughly ", True),
    ("a convoy of ", False),  # a count of the story: trucks sent
    ("a crowd of about ", False),
    ("the village lost ", False),
    ("residents of the village, ", False),
])
def test_place_size_before(before, place):
    assert bool(PLACE_SIZE_BEFORE.search(before)) is place


# --- a document's length -------------------------------------------------------------------

def test_a_reports_page_count_is_not_left_out():
    om, _ = _found(_village("The 380-page report on the landslide in the mountain village of Kerra was "
                            "published on Monday."))
    assert not any(fact == "380" for _, fact in om)


def test_near_miss_what_the_report_counts_is_left_out():
    om, _ = _found(_village("The report on the landslide found that 380 houses in the village of Kerra stood "
                            "on unstable ground."))
    assert ("Pell Voice", "380") in om


@pytest.mark.parametrize(("after", "length"), [
    ("-page report", True),
    ("-pages ruling", True),
    (" pages of evidence", False),
    (" cases of failings", False),
    ("-day emergency", False),  # a duration of the story: the emergency declared
])
def test_document_length_after(after, length):
    from storylens.rules.coverage import DOCUMENT_LENGTH_AFTER

    assert bool(DOCUMENT_LENGTH_AFTER.match(after)) is length


# --- a share in words ----------------------------------------------------------------------

STRIKE_DAY = "A general strike against the pension reform shut down trains and ports across Norvell on Thursday."
MARCH = "Tens of thousands of workers marched through the capital behind union banners."
TRAINS = "The rail operator said 70 percent of regional trains were cancelled, while the two ferry ports closed."


def _trains(own: str) -> list[list[str]]:
    """Three outlets give the rail operator's share; Pell Voice has ``own`` instead."""
    return [[STRIKE_DAY, MARCH, TRAINS, *_colour(t)] for t in TOWNS[:3]] + [
        [STRIKE_DAY, MARCH, own, *_colour(TOWNS[3])[:4]]]


def test_an_outlet_giving_the_share_in_words_as_another_value_does_not_leave_it_out():
    om, _ = _found(_trains("Eight in ten regional trains were cancelled and both ferry ports were shut, "
                           "costing exporters millions."))
    assert ("Pell Voice", "70 percent") not in om


def test_near_miss_a_share_of_another_thing_in_words_still_leaves_it_out():
    om, _ = _found(_trains("Eight in ten shops in the capital stayed open despite the strike, the traders' "
                           "association said."))
    assert ("Pell Voice", "70 percent") in om


@pytest.mark.parametrize(("text", "share"), [
    ("nine in ten intercity trains", 90.0),
    ("7 in 10 voters", 70.0),
    ("one in ten", 10.0),
    ("in ten years", None),
])
def test_tenths_in_words(text, share):
    from storylens.rules.coverage import FRACTION_WORDS

    got = [v for pat, v, _ in FRACTION_WORDS if pat.search(text)]
    assert got == ([share] if share is not None else [])


# --- a running count a later article gives as reached by a rise ------------------------------
# Hand-read invented dev t51 (session 17's held-out read): a Tuesday article's "rose to 210
# by Tuesday morning" was said to leave out Monday's "at least 140 ambulances had been
# diverted", cited from a Wednesday copy of the Monday figure (so "later than the fact's
# own article" did not hold: the figure is of the day its first giver gave it).

TRAM_STRIKE = "A strike by transport workers halted buses and trams across Velsa on Monday, the city said."
DEPOTS = "Pickets blocked the gates of all four depots from before dawn, union officials said."
CANCELLED = "By Monday evening at least 90 bus routes had been cancelled across the city, the operator said."
ROSE = "The number of cancelled bus routes rose to 140 by Tuesday morning, the operator said."
# near miss: another thing's count rises
OTHER_ROSE = "The number of stranded commuters rose to 140 by Tuesday morning, the operator said."
# Monday's wire and a Wednesday copy give the 90; two Tuesday articles do not
RUNNING_DAYS = ["2026-05-04", "2026-05-05", "2026-05-05", "2026-05-06"]


def _running(second: str) -> list[list[str]]:
    return [[TRAM_STRIKE, DEPOTS, CANCELLED, *_colour(TOWNS[0])],
            [TRAM_STRIKE, DEPOTS, second, *_colour(TOWNS[1])],
            [TRAM_STRIKE, DEPOTS, *_colour(TOWNS[2])],
            [TRAM_STRIKE, DEPOTS, CANCELLED, *_colour(TOWNS[3])]]


def test_a_later_articles_risen_count_does_not_leave_the_first_out():
    om, _ = _found(_running(ROSE), RUNNING_DAYS)
    assert ("Vennick Herald", "90") not in om
    assert ("Ostra Courier", "90") in om  # no count of the routes at all: left out


@pytest.mark.parametrize("second, days", [
    (OTHER_ROSE, RUNNING_DAYS),  # the commuters, not the routes
    (ROSE, ["2026-05-04"] * 4),  # not later than any article giving the 90
])
def test_near_miss_the_first_count_is_still_left_out(second, days):
    om, _ = _found(_running(second), days)
    assert ("Vennick Herald", "90") in om


# --- parts counted by what happened to them ------------------------------------------------
# Hand-read invented dev d69 (session 18): "Twelve Karuvans and two foreign nationals were
# arrested in total" was said to leave out "the arrest of 14 people": the parts' measure
# ("arrested") is what the total counts ("the arrest of"), not another measure.

RAID = "Police raided warehouses in the port of Selvo on Friday in a crackdown on a smuggling ring."
ARRESTS = "The arrest of 17 people accused of smuggling cigarettes was announced by the interior ministry."


@pytest.mark.parametrize(("parts", "sums"), [
    ("Fifteen Selvans and two foreign nationals were arrested in the raids.", True),
    ("Fifteen Selvans and two foreign nationals were detained in total.", True),
    # near misses: parts of another measure, or that do not add up
    ("Fifteen officers were injured and two vans were burned in the raids.", False),
    ("Fifteen Selvans and four foreign nationals were arrested in the raids.", False),
])
def test_parts_counted_by_the_totals_measure_give_it(parts, sums):
    from storylens.findings import coverage

    texts = [[RAID, parts, *_colour(TOWNS[0])]] + [[RAID, ARRESTS, *_colour(t)] for t in TOWNS[1:]]
    ctx = support.verbatim_context(texts, OUTLETS, ON)
    coverage.carried_facts(ctx)  # the story's index
    fact = next(f for f in coverage.facts_of(ctx.documents["a2"]) if f.text == "17")
    assert (coverage._sums(ctx, fact, ["a1"]) == {"a1"}) is sums


# --- a span told as another length ---------------------------------------------------------
# Hand-read invented dev d61 (session 18): an outlet whose headline gave "Sixteen hours in
# the dark" was said to leave out the others' "for 14 hours": its own reading of how long
# the blackout lasted (a possible conflict), not a span left out.

OUTAGE = "A grid failure cut power to most of Orsa on Tuesday night, the grid operator said."
LASTED = "Homes across Orsa were left without power for 14 hours after a grid failure, the operator said."
REPAIRS = "Engineers worked through the night at the Vell substation to restore supply."


@pytest.mark.parametrize(("own", "omits"), [
    ("The blackout lasted some sixteen hours in the worst-hit districts.", False),
    # near misses: no length at all, or a length of another order (a 48-hour inquiry)
    ("The blackout hit the worst-hit districts hardest.", True),
    ("The minister gave the operator a 48-hour deadline to explain the failure.", True),
])
def test_an_outlet_giving_its_own_length_does_not_leave_the_span_out(own, omits):
    texts = [[LASTED, OUTAGE, REPAIRS, *_colour(TOWNS[0])],
             [LASTED, OUTAGE, REPAIRS, *_colour(TOWNS[1])],
             [own, OUTAGE, REPAIRS, *_colour(TOWNS[2])],
             [OUTAGE, REPAIRS, *_colour(TOWNS[3])]]
    om, _ = _found(texts)
    assert ("Ostra Courier", "14 hours") in om if omits else ("Ostra Courier", "14 hours") not in om
    assert ("Pell Voice", "14 hours") in om  # no length anywhere: left out
