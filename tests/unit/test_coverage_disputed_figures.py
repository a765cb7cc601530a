"""A figure another outlet gives as another value is disputed, not left out or added
alone; a witness's age gives no count (issue 12 item 4: omission and addition precision).
Each wrong case read on the invented dev stories (session 14: "The government has
offered 3.5 percent" / "a miserly 2.5 percent"; "31 people had been arrested" "given"
by a witness "Marta Vieira, 31"), told with new fictional text beside its near miss.
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Harlow Post", "Vennick Herald", "Ostra Courier", "Pell Voice"]
LEDE = "Dock workers at the port of Vennick walked out on Monday over pay and shift rules."
PICKET = "Pickets from the Vennick dockers' union blocked the main gate of the container terminal."


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Lorry drivers from {town} queued for hours on the coast road outside the port.",
        f"Shops near the {town} ferry quay reported fewer customers than usual on Monday.",
        f"Union stewards from {town} handed out leaflets to drivers waiting at the gate.",
        f"The harbour master in {town} said two ferries had been sent to other ports.",
        f"Fishermen in {town} said their catch could not be landed while the strike lasted.",
    ]


TOWNS = ["Harlow", "Kessby", "Ostra", "Pell"]


def _story(line: str, own: list[str]) -> list[list[str]]:
    """Three outlets give ``line`` as their third body sentence; Pell Voice tells the
    walkout with ``own`` there instead."""
    return [[LEDE, PICKET, line, *_colour(t)] for t in TOWNS[:3]] + [[LEDE, PICKET, *own, *_colour(TOWNS[3])[:3]]]


def _found(texts: list[list[str]]) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    return support.coverage_facts(texts, OUTLETS, ON)


OFFER = ("The port authority has offered the dockers a 4.5 percent raise over two years, tied to new shift "
         "rules at the container terminal.")
MEAGRE = ("Union leaders said the port authority's offer of a meagre 3.5 percent, made on Friday, would leave "
          "crane drivers worse off.")


def test_an_outlet_giving_the_offer_as_another_value_does_not_leave_it_out():
    # its own words, not aligned with the others' sentence: the same offer, another value
    om, _ = _found(_story(OFFER, [MEAGRE]))
    assert ("Pell Voice", "4.5 percent") not in om


def test_near_miss_a_figure_of_another_thing_still_leaves_the_offer_out():
    # a percentage of another thing, in words that do not say what the offer says
    om, _ = _found(_story(OFFER, ["Union leaders said freight through the terminal fell 3.5 percent last year, "
                                  "before the walkout began."]))
    assert ("Pell Voice", "4.5 percent") in om


ARRESTS = "Police said 27 people had been arrested after scuffles at the terminal gate."


def _arrest_story(second: str) -> list[list[str]]:
    """Harlow Post gives the arrests high up; Vennick Herald has ``second`` there; Ostra
    Courier and Pell Voice tell the walkout without them."""
    return [
        [LEDE, PICKET, ARRESTS, *_colour(TOWNS[0])],
        [LEDE, PICKET, second, *_colour(TOWNS[1])],
        [LEDE, PICKET, *_colour(TOWNS[2])],
        [LEDE, PICKET, *_colour(TOWNS[3])[:4]],
    ]


def test_a_witness_of_that_age_gives_no_count():
    om, _ = _found(_arrest_story(
        "\"We only wanted to be heard,\" said crane driver Ilka Varo, 27, who has worked the docks for years."))
    assert not any(fact == "27" for _, fact in om)


def test_near_miss_another_outlet_giving_the_arrests_makes_them_left_out():
    om, _ = _found(_arrest_story("Police arrested 27 people after scuffles broke out at the terminal gate."))
    assert {outlet for outlet, fact in om if fact == "27"} & {"Ostra Courier", "Pell Voice"}


def test_a_figure_another_outlet_gives_as_another_value_is_no_addition():
    own = [LEDE, PICKET, OFFER, *_colour(TOWNS[0])]
    other = [LEDE, PICKET, MEAGRE, *_colour(TOWNS[1])]
    third = [LEDE, PICKET, *_colour(TOWNS[2])]
    _, add = _found([own, other, third, [LEDE, PICKET, *_colour(TOWNS[3])[:3]]])
    assert not {fact for _, fact in add} & {"4.5 percent", "3.5 percent"}


@pytest.mark.parametrize("own", [
    # another measure in a clause of its own after a comma, the offer's words in the
    # clause before: the offer is still left out (review, session 14)
    "Union leaders said the port authority's offer falls short of inflation, now running at 6.1 percent.",
    "Union leaders said the offer ignored unemployment in the port district, which stands at 5.2 percent.",
])
def test_near_miss_another_measure_after_a_comma_does_not_give_the_offer(own):
    om, _ = _found(_story(OFFER, [own]))
    assert ("Pell Voice", "4.5 percent") in om


@pytest.mark.parametrize("own", [
    # near misses of the clause cut above: the offer itself right before the comma or the
    # bracket, its figure in apposition, is still the offer given as another value
    "Union leaders rejected the port authority's offer, a meagre 3.5 percent, as an insult to crane drivers.",
    "Union leaders rejected the port authority's offer (3.5 percent) as an insult to crane drivers.",
])
def test_the_offer_in_apposition_before_a_comma_still_gives_it(own):
    om, _ = _found(_story(OFFER, [own]))
    assert ("Pell Voice", "4.5 percent") not in om
