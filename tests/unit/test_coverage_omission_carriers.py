"""Who carries a fact an omission names (issue 12, item 4), on invented 4- and 5-outlet
stories: the carriers are outlets that give the fact itself, each text once, and the
outlet said to leave it out tells that part of the story and was published by then.
Each near miss is one false case read on the hand sample (benchmarks/findings_report.md,
the stories), told here with fictional outlets."""

from __future__ import annotations

import pytest
from support import verbatim_context

from storylens.findings.common import FindingContext
from storylens.findings.coverage import find_omissions
from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily", "Bay Monitor"]

LEAD = "The Draven ferry ran aground off Kessel Point on Tuesday with passengers aboard."
RESCUE = "Coastguard crews from Tessel towed the ferry back to port by midnight."
TOLL = "The operator said 212 passengers and 14 crew were on board when the hull struck rock."
TOLL_B = "Some 212 passengers were on board the Draven when it hit the rock, the coastguard said."
TOLL_C = "The Draven carried 212 passengers on the crossing, according to the harbour office."
COLOUR = "Fishermen at the Orvik quay said the current there has been unusually strong."
GASH = "Divers found a long gash that the rock tore in the hull below the waterline."
WAIT = "Islanders gathered at the Orvik quay to wait for news of relatives on the ferry."
# Isle Daily tells the grounding and who was aboard, without the count
DECK = "Passengers and crew waited on deck for hours before the tow arrived."


def _ctx(texts: list[list[str]], outlets: list[str] = OUTLETS,
         published: list[str | None] | None = None) -> FindingContext:
    """Articles of one paragraph per sentence; equal sentences are aligned verbatim."""
    return verbatim_context(texts, outlets, ON, published)


def _left_out(ctx: FindingContext, figure: str = "212") -> list[tuple[str, list[str]]]:
    return [(f.detail["outlet"], sorted(f.detail["carried_by"])) for f in find_omissions(ctx)
            if f.detail["fact"]["text"] == figure]


STORY = [
    [LEAD, RESCUE, TOLL, WAIT],
    [LEAD, RESCUE, TOLL_B, COLOUR],
    [LEAD, RESCUE, TOLL_C, GASH],
    [LEAD, RESCUE, DECK, WAIT.replace("Islanders", "Relatives")],
]


def test_omission_fires_when_three_outlets_give_the_figure_in_their_own_words():
    found = _left_out(_ctx(STORY))
    assert found and found[0] == ("Isle Daily", ["Coast Courier", "Harbour Post", "Vella Times"])


def test_the_line_names_only_the_outlets_that_give_the_figure():
    # Coast Courier gives another count of the passengers (a possible conflict): it does
    # not leave the figure out, and it does not give it either (was: "3 other outlets")
    story = [*STORY[:2], [LEAD, RESCUE, TOLL_C.replace("212", "230"), GASH], STORY[3]]
    assert _left_out(_ctx(story))[:1] == [("Isle Daily", ["Harbour Post", "Vella Times"])]


# Near misses: no omission of the figure. (id, articles, outlets, published)
NEAR_MISSES = [
    ("two outlets running one text are one voice, not two carriers",
     [STORY[0], STORY[0], STORY[3], [LEAD, RESCUE, COLOUR, GASH]], OUTLETS, None),
    ("an outlet whose other article gives the figure does not leave it out",
     [STORY[0], STORY[1], STORY[3],
      [LEAD, RESCUE, "Isle Daily counted 212 passengers as they came ashore at Orvik.", WAIT]],
     ["Harbour Post", "Vella Times", "Isle Daily", "Isle Daily"], None),
    ("another count of the same thing does not give the figure",
     [STORY[0], [LEAD, RESCUE, TOLL_B.replace("212", "230"), COLOUR], [LEAD, RESCUE, COLOUR, GASH],
      STORY[3]], OUTLETS, None),
    ("the same digits as another measure do not give the figure ('212 kilograms')",
     [STORY[0], [LEAD, RESCUE, "Divers lifted 212 kilograms of debris from the hull.", COLOUR],
      [LEAD, RESCUE, COLOUR, GASH], STORY[3]], OUTLETS, None),
    ("an outlet on another angle that mentions the event further down leaves nothing out",
     [*STORY[:3],
      ["Ticket prices on the Kessel crossing will rise in March to cover fuel.",
       "Island councillors called the rise unfair to families who commute daily.",
       "Rival firm Bayline plans a cheaper service from Orvik next summer.", LEAD, RESCUE]],
     OUTLETS, None),
    ("an article published the day before the others could not give the figure yet",
     STORY, OUTLETS, ["2026-03-03T09:00:00Z"] * 3 + ["2026-03-02T21:00:00Z"]),
]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses(case):
    _, texts, outlets, published = case
    assert _left_out(_ctx(texts, outlets, published)) == []


def test_a_vague_size_does_not_give_a_figure():
    # "thousands of islanders" keeps Vella Times from leaving out the 1,000 signatures,
    # but is not a second outlet giving them
    sign = "More than 1,000 islanders signed a petition against the operator on Wednesday."
    vague = "Thousands of islanders signed a petition against the operator on Wednesday."
    other = "A petition against the operator drew signatures across the islands."
    texts = [[LEAD, RESCUE, sign, WAIT], [LEAD, RESCUE, vague, COLOUR],
             [LEAD, RESCUE, other, GASH], [LEAD, RESCUE, DECK, other]]
    assert _left_out(_ctx(texts), "1,000") == []
    # a second outlet with the figure itself: an omission again, carried by the two
    texts[1] = [LEAD, RESCUE, "The petition against the operator had 1,000 names by Wednesday.", COLOUR]
    assert ("Coast Courier", ["Harbour Post", "Vella Times"]) in _left_out(_ctx(texts), "1,000")


def test_same_day_publication_is_no_excuse():
    # the near miss above, published the same day (hours apart): the omission stands
    ctx = _ctx(STORY, published=["2026-03-03T09:00:00Z"] * 3 + ["2026-03-03T06:00:00Z"])
    assert _left_out(ctx)[:1] == [("Isle Daily", ["Coast Courier", "Harbour Post", "Vella Times"])]


def test_a_copy_of_the_omitting_text_that_gives_the_figure_counts():
    # Vella Times runs Isle Daily's text with the figure in it: one of the two added or
    # cut it, an outlet's choice either way, so two voices give it (Harbour Post and the
    # Vella Times / Isle Daily text), and Isle Daily leaves it out
    isle = [LEAD, RESCUE, DECK, WAIT.replace("Islanders", "Relatives")]
    texts = [STORY[0], [*isle, TOLL_B], [LEAD, RESCUE, COLOUR, GASH], isle]
    assert ("Isle Daily", ["Harbour Post", "Vella Times"]) in _left_out(_ctx(texts))


# A wire story run by three outlets (Harbour Post's, Vella Times' and Coast Courier's
# copies) and Isle Daily's own report. One copy cut the wire's late paragraph quoting the
# harbour master.
WIRE = [LEAD, RESCUE, TOLL, COLOUR, WAIT, GASH,
        "Harbour master Ilse Marrow said the Kessel Point light had been out for a week."]
OWN = [
    "Islanders on Kessel watched the stranded Draven from the cliffs on Tuesday evening.",
    DECK,
    "All 212 passengers were brought ashore at Orvik by midnight, the coastguard said.",
    "Harbour master Ilse Marrow told Isle Daily the Kessel Point light had failed last week.",
    "Ilse Marrow said a repair crew was due at the light on Monday.",
]


def test_a_copy_that_cut_what_its_wire_and_another_outlet_give_leaves_it_out():
    cut = WIRE[:-1]
    found = [(f.detail["outlet"], f.detail["fact"]["text"]) for f in find_omissions(
        _ctx([WIRE, WIRE, cut, OWN]))]
    assert ("Coast Courier", "Ilse Marrow") in found
    # near miss: only the wire gives the harbour master (Isle Daily never names her): one
    # voice, however many outlets run it, is no evidence the fact is central
    own = [x for x in OWN if "Marrow" not in x] + [WAIT.replace("Islanders", "Relatives")]
    found = [(f.detail["outlet"], f.detail["fact"]["text"]) for f in find_omissions(
        _ctx([WIRE, WIRE, cut, own]))]
    assert ("Coast Courier", "Ilse Marrow") not in found and ("Isle Daily", "Ilse Marrow") not in found
