"""Session 25: two pieces on another matter of the story's actor, weeks after it, that the story
warning kept (``findings.coverage._tells_another_event``).

1. A count of its own is no toll of theirs (``_retells_their_event``, ``_counted_after``): the
   same assembly's budget "voted in favour, joined by two independents" retold, by its "two"
   beside "voted", the brawl's "Two deputies were treated in hospital". A retold toll counts
   the same thing. Near misses, still retold: "the two deputies hurt", "two of them".
2. Its first sentence may date its own news from theirs as the first of its kind since it
   (``_first_event_words``, ``_since_clause``, ``rules/coverage.FIRST_SINCE``): the same drone
   company's next depot opening, "its first expansion since one of its drones crashed into a
   school playground". Near misses, not named: a later-day update of the event (the
   playground reopened "for the first time since"), a reaction, an explainer and an appeal.
3. review25w2: a toll in other words for the same people ("two lawmakers hurt when the vote was
   halted", "Two people were treated", "two badly hurt deputies", "Two Union Party deputies")
   still retells it; "for the first time since" (the aftermath: a pilot before a judge no one
   else writes) and a reason's "since" after an adverb "first" date no news of its own.

Invented throughout (Veloran assembly, Skylark Freight, Bruntal).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

# 1. a brawl in the Veloran Assembly during a vote; three outlets on Tuesday 8 September
BRAWL_A = ("Brawl halts Veloran Assembly vote on broadcasting bill", [
    "Deputies of the ruling Union Party and the opposition Civic Front exchanged punches in the "
    "Veloran Assembly on Tuesday, halting a vote on a bill to place public broadcasting under a "
    "government council.",
    "Two deputies were treated in hospital, the Assembly's press office said.",
    "Speaker Ilko Varan suspended the sitting for two hours.",
    "The bill passed by 88 votes to 61 shortly before midnight.",
    '"This is a dark day for our democracy," said Civic Front leader Dana Morev.',
])
BRAWL_B = ("Punches thrown as Union Party forces broadcasting vote", [
    "Union Party deputies exchanged punches with the Civic Front in the Veloran Assembly on "
    "Tuesday before the vote on the broadcasting bill was halted.",
    "Two deputies were treated in hospital.",
    '"This is a dark day for our democracy," Civic Front leader Dana Morev told reporters.',
    "Speaker Ilko Varan blamed the opposition.",
    "The bill passed by 88 votes to 61.",
])
BRAWL_C = ("Opposition provokes brawl to block broadcasting reform", [
    "Civic Front deputies exchanged punches with Union Party members in the Veloran Assembly on "
    "Tuesday in an attempt to stop the vote on the broadcasting reform, which was halted.",
    "Two deputies were treated in hospital, one from each side.",
    "Speaker Ilko Varan said those responsible would be sanctioned.",
    '"This is a dark day for our democracy," claimed Civic Front leader Dana Morev.',
    "When the sitting resumed, the reform passed by 88 votes to 61.",
])
BRAWL_DATES = ["2026-09-08", "2026-09-08", "2026-09-09"]
BUDGET = ("Veloran Assembly approves 2027 budget after long sitting", [
    "The Veloran Assembly approved the government's 2027 budget early on Thursday after an "
    "all-night sitting, clearing the way for higher pensions and a cut in fuel taxes.",
    "Deputies of the ruling Union Party voted in favour, joined by two independents, while the "
    "Civic Front voted against.",
    "The budget forecasts a deficit of 2.6 percent of economic output next year.",
    "Finance Minister Rado Kesh said the tax cut would create 15,000 jobs.",
    "Speaker Ilko Varan called deputies to order once.",
])
OTHERS = ["a1", "a2", "a3"]


def test_the_same_chambers_later_vote_with_a_count_of_its_own_is_named():
    comp, ctx = support.compare_stories(BRAWL_A, BRAWL_B, BRAWL_C, BUDGET,
                                        published=BRAWL_DATES + ["2026-09-24"])
    core = C._their_event(ctx, "a4", OTHERS)
    assert not C._retells_their_event(ctx, "a4", OTHERS, core)  # two independents, not deputies
    assert "a4" in C.off_story(ctx)


RETOLD = {
    "the hurt": "The two deputies hurt when the vote was halted returned to the Assembly on Thursday.",
    "of them": "Two of them were hurt when the vote was halted, and both returned on Thursday.",
    "digits": "The 2 deputies hurt when the vote was halted returned to the Assembly on Thursday.",
    # review25w2: the same toll in other words for the same people, its clause holding their
    # event word, or a count before its modifiers
    "other noun": "The two lawmakers hurt when the vote was halted returned to the Assembly on Thursday.",
    "people": "Two people were treated in hospital after the brawl that halted the vote last week.",
    "abbreviation": "Two MPs treated in hospital after last week's punches returned on Thursday.",
    "of the injured": "Two of the injured returned to the Assembly on Thursday, a week after the brawl halted the vote.",
    "adverb first": "The two badly hurt deputies returned to the Assembly on Thursday, a week after the brawl "
                    "halted the vote.",
    "party first": "Two Union Party deputies treated in hospital after the brawl returned on Thursday.",
}

# near misses: a count of other things, in a clause without their event word, retells nothing
NOT_RETOLD = {
    "independents": "Deputies of the ruling Union Party voted in favour, joined by two independents, while "
                    "the Civic Front voted against.",
    "ministers": "Two ministers resigned on Thursday, a week after the vote was halted.",
}


@pytest.mark.parametrize("name", list(RETOLD))
def test_a_count_of_the_same_thing_still_retells_the_event(name):
    later = (BUDGET[0], BUDGET[1][:1] + [RETOLD[name]] + BUDGET[1][2:])
    comp, ctx = support.compare_stories(BRAWL_A, BRAWL_B, BRAWL_C, later,
                                        published=BRAWL_DATES + ["2026-09-24"])
    core = C._their_event(ctx, "a4", OTHERS)
    assert C._retells_their_event(ctx, "a4", OTHERS, core)


@pytest.mark.parametrize("name", list(NOT_RETOLD))
def test_a_count_of_other_things_apart_from_their_event_word_retells_nothing(name):
    later = (BUDGET[0], BUDGET[1][:1] + [NOT_RETOLD[name]] + BUDGET[1][2:])
    comp, ctx = support.compare_stories(BRAWL_A, BRAWL_B, BRAWL_C, later,
                                        published=BRAWL_DATES + ["2026-09-24"])
    core = C._their_event(ctx, "a4", OTHERS)
    assert not C._retells_their_event(ctx, "a4", OTHERS, core)


def test_the_party_first_toll_keeps_the_later_piece():
    """review25w2: a same-chamber piece that retells "Two Union Party deputies treated in
    hospital" was named once the count read "Union Party" as what it counts."""
    later = (BUDGET[0], BUDGET[1][:1] + [RETOLD["party first"]] + BUDGET[1][2:])
    comp, ctx = support.compare_stories(BRAWL_A, BRAWL_B, BRAWL_C, later,
                                        published=BRAWL_DATES + ["2026-09-24"])
    assert "a4" not in C.off_story(ctx)


def test_counted_words_are_read_within_the_clause():
    assert C._counted_after("joined by two independents, while", len("joined by two")) == {"independent"}
    assert C._counted_after("Two deputies were treated", 3) == {"deputy"}
    assert C._counted_after("two, from each side", 3) == frozenset()
    assert C._counted_after("by 20 percent of funding", len("by 20 percent"), "percent") == frozenset()
    assert C._counted_after("two badly hurt deputies were", 3) >= {"deputy"}
    assert C._counted_after("two of the injured deputies", 3) == frozenset()
    assert C._clause_at("voted, joined by two independents, while", len("voted, joined by two")) == " joined by two independents"


# 2. a delivery drone crashes into a school playground in Bruntal on Saturday 14 March
DRONE_A = ("Delivery drone crashes into Bruntal school playground, boy hurt", [
    "A delivery drone operated by Skylark Freight crashed into the playground of the primary "
    "school in the village of Bruntal on Saturday, injuring a nine-year-old boy, police said.",
    "The drone, which weighed about 25 kilograms, lost power shortly after take-off from the "
    "company's depot in Lenna.",
    "The boy was taken to hospital in Lenna with a broken arm.",
    "Skylark Freight said it had grounded its fleet while it investigated.",
    '"We were lucky it was a Saturday," said headteacher Olga Brenn.',
])
DRONE_B = ("Skylark drone falls on Bruntal playground", [
    "A Skylark Freight delivery drone crashed into a primary school playground in Bruntal on "
    "Saturday morning, injuring a boy who was playing there, police said.",
    "The boy, 9, was taken to hospital with a broken arm.",
    '"We were lucky it was a Saturday," headteacher Olga Brenn said.',
    "Skylark Freight has grounded all 40 of its drones.",
    "Parents said they had complained about low flights for months.",
])
DRONE_C = ("Boy injured as cargo drone crashes in village", [
    "A cargo drone crashed into a school playground in Bruntal on Saturday, injuring a "
    "nine-year-old boy, in the first accident of its kind in the country.",
    "The drone belonged to Skylark Freight, which began deliveries from Lenna last year.",
    "Headteacher Olga Brenn said the school would stay closed on Monday.",
    "Aviation regulator chief Per Malm said an inquiry would report within a month.",
])
DRONE_DATES = ["2026-03-14", "2026-03-14", "2026-03-15"]
DEPOT = ("Skylark Freight opens coastal drone depot in Harvik", [
    "Skylark Freight on Friday opened a drone depot at the port of Harvik to serve offshore "
    "wind farms, the company's first expansion since one of its drones crashed into a school "
    "playground in Bruntal this month.",
    "The depot cost about 6.5 million euros and will employ 120 people.",
    "Chief executive Mara Ostend said its drones now carry spare parts to 14 turbines.",
    "The company did not say whether the drone that crashed in Bruntal had been inspected.",
    "Aviation regulator chief Per Malm attended the opening as an observer.",
])
LATER = "2026-03-27"


def test_the_same_companys_first_expansion_since_their_event_is_named():
    comp, ctx = support.compare_stories(DRONE_A, DRONE_B, DRONE_C, DEPOT, published=DRONE_DATES + [LATER])
    assert not C._first_tells_theirs(ctx, "a4", OTHERS)  # "crashed" only after "first ... since"
    assert "a4" in C.off_story(ctx)


FOLLOW_UPS = {
    # a later-day update of the event: its own words are few (the school and playground are theirs)
    "update": ("Bruntal playground reopens",
               "The Bruntal primary school reopened its playground on Friday for the first time since "
               "a Skylark Freight drone crashed into it."),
    # a reaction dated the same way: its own words are a speaker's, its news the crash
    "first words": ("Skylark Freight chief speaks of Bruntal crash",
                    "Skylark Freight's chief executive Mara Ostend spoke on Friday for the first time "
                    "since one of its drones crashed into a school playground in Bruntal."),
    "reaction": ("Skylark Freight apologises to Bruntal family",
                 "Skylark Freight on Friday apologised to the family of the boy injured when one of its "
                 "drones crashed into a school playground in Bruntal."),
    "explainer": ("Why the Skylark drone crashed into a Bruntal playground",
                  "The drone that crashed into the Bruntal school playground lost power because a "
                  "battery cell failed, inspectors said on Friday."),
    "appeal": ("Family of injured Bruntal boy appeals for drone ban",
               "The family of the boy injured when a Skylark drone crashed into his school playground "
               "appealed on Friday for a ban on delivery flights over villages."),
    # review25w2: the aftermath "for the first time since", with a judge no one else writes
    "hearing": ("Skylark pilot appears before judge",
                "Skylark Freight's remote pilot Ivo Tarn appeared before Judge Lena Varsk in Korrin on Friday "
                "for the first time since the drone he flew crashed into the Bruntal school playground."),
    # review25w2: "since" as a reason after an adverb "first"
    "reason": ("Inspectors look at drone battery",
               "Regulators examined the battery first since the drone that crashed into the Bruntal "
               "playground lost power shortly after take-off, officials in Korrin said on Friday."),
}


# what a follow-up of the crash goes on to tell: its people and figures, some of its own
FOLLOW_BODY = [
    "The boy, who broke his arm, has left hospital, his family said.",
    "Skylark Freight's 40 drones have stayed grounded, and aviation regulator chief Per Malm said "
    "the inquiry would report by mid-April.",
    "Headteacher Olga Brenn said the school had received 300 letters of support.",
]


@pytest.mark.parametrize("name", list(FOLLOW_UPS))
def test_a_later_piece_of_the_same_crash_is_not_named(name):
    title, first = FOLLOW_UPS[name]
    piece = (title, [first] + FOLLOW_BODY)
    comp, ctx = support.compare_stories(DRONE_A, DRONE_B, DRONE_C, piece, published=DRONE_DATES + [LATER])
    assert C._first_tells_theirs(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)


def test_the_first_since_clause_ends_with_its_clause():
    text = "It opened a depot, its first expansion since a drone crashed, and hired staff."
    start, since, end = C._since_clause(text)
    assert text[start:since] == "first expansion since"
    assert text[since:end] == " a drone crashed"
    assert C._since_clause("It has been closed since the crash.") is None
    assert C._since_clause("It spoke on Friday for the first time since the crash.") is None
    assert C._since_clause("They examined the battery first since the drone lost power.") is None
    assert C._since_clause("It was the company's first launch since the debris fell.") is not None
    assert C._since_clause("It held its first sitting since the brawl.") is not None


def test_the_expansion_within_the_window_stays():
    comp, ctx = support.compare_stories(DRONE_A, DRONE_B, DRONE_C, DEPOT, published=DRONE_DATES + ["2026-03-16"])
    assert "a4" not in C.off_story(ctx)
