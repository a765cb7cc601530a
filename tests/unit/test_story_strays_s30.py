"""Session 30: a tie by figures needs the same measure of the same referent.

real30's read of SemEval dev: beside two same-day pieces on an airline and its new airport, an
Emirates aircraft order six weeks earlier shared no sentence, no quote and no actor, yet stayed
"likely written independently": ``story_ties`` kept it by figures whose digits met others of
another measure ("346 people" killed against "351 aircraft", within ``NUMBER_TOLERANCE``;
"126" jets against "126 countries"; the model number "737"). The story warning now reads only
the figures another article gives as the same measure (``coverage._measured_ties``:
``_Index.same_measure``, one family and a measure head in common).

Invented: Tarn Air's new routes from Orsk's new airport (two outlets' own reports of one event, sharing no
sentence) and Kelby Air's jet order weeks before. Near misses that stay: a piece that gives
one of the story's figures as the same measure, the operator's own follow-up weeks later, and
the two independent reports themselves.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

FERRY_A = ("Tarn Air to open five new routes from Orsk airport", [
    "Tarn Air will open five new routes from the new Orsk airport next spring, its chairman "
    "Bodo Ilven said on Tuesday.",
    "The airline closed the year with a network of 318 cities across 126 countries, Ilven said.",
    '"We have finished every step needed to fly to Velmar and Kestby," Ilven told reporters.',
    "By the end of the year the airline had 351 aircraft, including 98 wide-body jets.",
    "The delivery of new jets was delayed, and the airline is open to leasing more aircraft.",
    "The new Orsk airport will host more than 40 airlines when it is complete.",
])
FERRY_B = ("Orsk's new airport gets ready for its first full year", [
    "The new Orsk airport, still partly built, will run for a full year for the first time "
    "next spring.",
    "Tarn Air, its largest airline, moved its whole fleet of jets there in March.",
    "Planners say the airport will serve 9 million passengers a year once all four runways "
    "open.",
    "Airport chief Ilse Varnow said the move from the old airport went without a single "
    "cancelled flight.",
    "The old airport will become a public park.",
])
# another airline's event, weeks before; its figures meet the airline piece's digits only as
# other measures (deaths against aircraft, jets against countries)
JETS = ("Kelby Air orders 30 jets in a 9 billion crown deal", [
    "Kelby Air on Wednesday ordered 30 Skyline jets in a deal worth 9 billion crowns, its "
    "chief executive Maro Ustin said at the Dunmere air show.",
    "The order comes on top of 126 larger jets the airline already has on order for its fleet.",
    "The maker's smaller jet was grounded after two crashes that killed 346 people.",
    "The new jets seat up to 330 passengers and will fly the airline's long routes.",
    "Kelby Air flies to 160 cities from its airport hub in Dunmere.",
])
# near miss: the same piece giving the airport's passengers, the story's own measure
JETS_LINES = (JETS[0], [*JETS[1][:4], "Kelby Air will also fly to the new Orsk airport, which "
                        "expects 9 million passengers a year."])
# the airline's own follow-up three weeks later: no sentence in common, its actors named
FOLLOW = ("Tarn Air's new Orsk routes off to a busy start", [
    "Three weeks after Tarn Air opened its new routes from Orsk, bookings are running ahead "
    "of plan.",
    "Chairman Bodo Ilven said the flights to Velmar were full on most days.",
    "The airline has 351 aircraft and plans to lease four more wide-body jets next year.",
    "Passengers praised the new airport but complained about parking.",
])

DAY = "2026-01-01"


@pytest.mark.parametrize("third, published, warned", [
    # figures of other measures are no tie: warned, dated six weeks before or undated
    (JETS, [DAY, DAY, "2025-11-20"], True),
    (JETS, None, True),
    # near miss: one figure given as the same measure (the airport's passengers) keeps it
    (JETS_LINES, [DAY, DAY, "2025-11-20"], False),
    (JETS_LINES, None, False),
    # near miss: the story's own follow-up weeks later is never warned
    (FOLLOW, [DAY, DAY, "2026-01-22"], False),
    (FOLLOW, None, False),
])
def test_figures_tie_only_as_the_same_measure(third, published, warned):
    comp, ctx = support.compare_stories(FERRY_A, FERRY_B, third, published=published)
    assert ("a3" in C.off_story(ctx)) is warned
    # the two outlets' own reports of one event, no sentence in common, are never warned
    assert not C.off_story(ctx) & {"a1", "a2"}


@pytest.mark.parametrize("third, kept", [
    # the deaths, jets and seats the digits met are gone
    (JETS, set()),
    # near miss: the airport's passengers, given as the same measure, stay a tie
    (JETS_LINES, {("cardinal", "9000000.0", True)}),
])
def test_measured_ties_keep_names_and_the_same_measure(third, kept):
    comp, ctx = support.compare_stories(FERRY_A, FERRY_B, third)
    _, shared = C.carried_facts(ctx)
    measured = C._measured_ties(ctx, shared)
    assert {x for x in measured["a3"] if x[0] in C._FIGURES} == kept
    assert {x for x in shared["a3"] if x[0] in C._FIGURES} - kept  # the digits met more
    # names stay, and the airport's own report keeps the figure it shares as one measure
    assert {x for x in shared["a1"] if x[0] not in C._FIGURES} <= measured["a1"]
    assert measured["a2"] == {x for x in shared["a2"] if x in kept}


# The same referent counted in other words still ties: the airport's petition, "signed by
# 4,312 residents" in one report and "4,312 signatures" in the follow-up. Near misses: a value
# only near it (a rounding of another thing), the word in common far from the figure, and a
# number that is part of a name ("Skyline 4312").
PETITION = (FERRY_B[0], [*FERRY_B[1][:4], "Neighbours had opposed the night flights in a petition "
                         "signed by 4,312 residents."])


def _follow(line: str):
    return (FOLLOW[0], [*FOLLOW[1][:3], line])


@pytest.mark.parametrize("line, tied", [
    ("Neighbours whose petition drew 4,312 signatures say the night flights still wake them.", True),
    # near misses
    ("Neighbours whose petition drew 4,300 signatures say the night flights still wake them.", False),
    ("A petition went unanswered, and the airline now counts 4,312 staff at the new airport.", False),
    ("The first Skyline 4312 flew in from Velmar, where a petition had opposed it.", False),
])
def test_the_same_referent_in_other_words_ties_an_exact_figure(line, tied):
    comp, ctx = support.compare_stories(FERRY_A, PETITION, _follow(line))
    facts = [f for f in C.facts_of(ctx.documents["a3"]) if "4,3" in f.text or "4312" in f.text]
    # a name's number may be no figure at all (facts_of's labels): no tie either way
    assert any(C._same_referent(ctx, f, "a2") for f in facts) is tied
