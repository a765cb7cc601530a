"""An outlet that gives the same measure another way has not left it out, and a figure
only one outlet gives is an addition only when no other outlet gives that measure (issue
12 item 4: omission and addition precision on unseen stories). Each class was read wrong
on session 15's held-out stories (now dev): a later total "since" the first day's count
(t36), a move told by the level it reached (t35), a vote's tally told with other figures
(t38), a road junction's number (t32), and a brand written in other capitals (t32, session
16). Told here with new fictional text, each beside a near miss that must still fire.
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

ON = Options(fact_coverage=True)
OUTLETS = ["Dask Ledger", "Orlen Mercury", "Vessa Times", "Tarn Echo"]
TOWNS = ["Dask", "Orlen", "Vessa", "Tarn"]


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [
        f"Neighbours in {town} said the smell had hung over the streets for most of the afternoon.",
        f"Schools in {town} kept pupils indoors until the fire brigade gave the all-clear.",
        f"A café owner in {town} said she had closed early and sent her staff home.",
        f"Buses through {town} were diverted around the industrial estate until the evening.",
        f"Residents of {town} queued at the pharmacy for advice on sore throats and headaches.",
    ]


def _story(lede: str, second: str, line: str, own: list[str]) -> list[list[str]]:
    """Three outlets give ``line`` as their third body sentence; Tarn Echo tells the story
    with ``own`` there instead."""
    return [[lede, second, line, *_colour(t)] for t in TOWNS[:3]] + \
        [[lede, second, *own, *_colour(TOWNS[3])[:3]]]


def _found(texts, published=None):
    return support.coverage_facts(texts, OUTLETS, ON, published=published)


# --- a total since the first count's moment (t36's class) ---------------------------------

LEAK = "A cloud of chlorine gas escaped from the Orlen textile mill on the edge of Dask on Friday."
SHUT = "The fire brigade shut the mill and sealed off the surrounding streets for six hours."
HOSPITAL = ("On Friday at least 60 people were treated in hospital, most of them workers from the dyeing hall "
            "and lorry drivers waiting at the gate of the mill.")
FRIDAY_SATURDAY = ["2026-04-10", "2026-04-10", "2026-04-10", "2026-04-11"]


def test_a_later_total_since_the_same_moment_gives_the_count():
    # the next day's outlet: everyone treated since Friday, the first count taken in
    own = ["More than 90 people have now been treated in hospital since the leak on Friday, doctors at the "
           "regional clinic said, adding that most would be sent home within days."]
    om, _ = _found(_story(LEAK, SHUT, HOSPITAL, own), FRIDAY_SATURDAY)
    assert ("Tarn Echo", "60") not in om


@pytest.mark.parametrize("own", [
    # a total since the same moment of another thing (a measure of its own: evacuated)
    "More than 90 people have been evacuated from homes near the mill since the leak on Friday, the regional "
    "council said, adding that most would be able to return within days.",
    # a total since another moment: not the first count's
    "More than 90 people have now been treated in hospital since a second leak on Saturday, doctors at the "
    "regional clinic said, adding that most would be sent home within days.",
])
def test_near_miss_a_total_of_another_thing_or_moment_still_leaves_the_count_out(own):
    om, _ = _found(_story(LEAK, SHUT, HOSPITAL, [own]), FRIDAY_SATURDAY)
    assert ("Tarn Echo", "60") in om


# --- a move told by the level it reached (t35's class) ------------------------------------

MARKETS = "The Vessan crown slid on Tuesday after the finance minister resigned over a bond scandal."
CENTRAL = "The central bank said it was watching the markets closely and stood ready to act."
MOVE = ("The crown fell as much as 3 percent to 14.20 per euro in morning trading after the minister's "
        "resignation was announced.")


def test_the_level_a_move_reached_tells_the_move():
    own = ["Dealers in Vessa said the currency touched a record low of 14.20 per euro before the finance "
           "ministry issued a statement calling for calm."]
    om, _ = _found(_story(MARKETS, CENTRAL, MOVE, own))
    assert ("Tarn Echo", "3 percent") not in om


@pytest.mark.parametrize("own", [
    # another level of the crown (the day's close): not the level the move reached
    "Dealers in Vessa said the currency closed the day at 14.60 per euro before the finance ministry issued "
    "a statement calling for calm.",
    # the same digits as a level of another market, no move of the crown told
    "Dealers in Vessa said the main index ended at 1,420 points before the finance ministry issued a "
    "statement calling for calm.",
    # the level's value as another thing's (a price), in words that share none with the move's
    # (review, session 16)
    "Dealers in Vessa said a litre of petrol cost 14.20 at the pumps before the finance ministry issued a "
    "statement calling for calm.",
])
def test_near_miss_another_level_leaves_the_move_out(own):
    om, _ = _found(_story(MARKETS, CENTRAL, MOVE, [own]))
    assert ("Tarn Echo", "3 percent") in om


# --- a vote's tally told with other figures (t38's class) ---------------------------------

RULING = "The Supreme Tribunal of Vessa upheld the ban on the Farmers' League on Thursday."
APPEAL = "The League had appealed against the ban, arguing that it had broken no law."
TALLY = "The tribunal's nine judges voted 7 to 2 to uphold the ban, its president said."


def test_a_tally_told_with_other_figures_is_no_addition_nor_left_out():
    own = ["By 8 votes to 1, the judges rejected every argument the League's lawyers had put forward during "
           "the two-day hearing."]
    om, add = _found(_story(RULING, APPEAL, TALLY, own))
    assert ("Tarn Echo", "7") not in om
    assert ("Tarn Echo", "8") not in add


@pytest.mark.parametrize("own", [
    # the regional assembly's earlier vote: another body, another total
    "By 48 votes to 30, the regional assembly had backed the ban in March, before the League's lawyers "
    "took the case to the capital.",
    # another vote of a body of the same size (nine councillors): the total alone does not
    # tell two votes apart, the words do (review, session 16)
    "The city council had voted 5 to 4 in March to close the League's offices in the old town, before "
    "the case reached the capital.",
])
def test_near_miss_a_tally_of_another_vote_still_leaves_the_ruling_out(own):
    om, _ = _found(_story(RULING, APPEAL, TALLY, [own]))
    assert ("Tarn Echo", "7") in om


# --- a road junction's number is a label (t32's class) ------------------------------------

CRASH = "A lorry carrying paint overturned on the A2 motorway near Dask on Monday morning."
CLOSED = "Police closed the motorway in both directions while crews cleared the road."


def test_a_junction_number_is_no_figure_left_out():
    line = "The lorry tipped over near junction 9 shortly after 6 a.m., spilling its load."
    own = ["The lorry tipped over shortly after dawn, spilling its load across three lanes."]
    om, _ = _found(_story(CRASH, CLOSED, line, own))
    assert not {fact for outlet, fact in om if outlet == "Tarn Echo"} & {"9"}


def test_near_miss_a_count_beside_the_junction_is_still_left_out():
    line = "The lorry tipped over near junction 9, injuring 23 people in two cars, police said."
    own = ["The lorry tipped over shortly after dawn, spilling its load across three lanes."]
    om, _ = _found(_story(CRASH, CLOSED, line, own))
    assert ("Tarn Echo", "23") in om


# --- a brand written in other capitals (session 16) ---------------------------------------

OWNER = "The lorry belonged to Velkor Logistics, a haulage company based in Orlen."
STATEMENT = "Velkor Logistics said in a statement that it was cooperating fully with the police."


def _brand_missing(own: str) -> set[str]:
    """The outlets said not to carry the company (every giver's fact of it)."""
    from storylens.findings.coverage import carried_facts

    texts = _story(CRASH, CLOSED, OWNER, [own])
    for t in texts[:3]:
        t.insert(3, STATEMENT)
    ctx = support.verbatim_context(texts, OUTLETS, ON)
    outlet = {d.id: d.article.outlet for d in ctx.docs}
    return {outlet[a] for c in carried_facts(ctx)[0] if c.fact.text == "Velkor Logistics"
            for a in c.missing}


@pytest.mark.parametrize("own, missing", [
    ("Police said the VelKor lorry had been stopped for a check a week earlier.", set()),
    ("Police said the VELKOR lorry had been stopped for a check a week earlier.", set()),
    # near misses: no brand, or a word that merely begins like it
    ("Police said the lorry had been stopped for a check a week earlier.", {"Tarn Echo"}),
    ("Police said the Velkorian lorry had been stopped for a check a week earlier.", {"Tarn Echo"}),
])
def test_a_brand_in_other_capitals_names_the_company(own, missing):
    assert _brand_missing(own) == missing


# --- a date's digits give no count (d18) ---------------------------------------------------

YIELDS = ("Yields on two-year government bonds rose 22 basis points to 4.1 percent after the decision, "
          "traders said.")
RATE = "The central bank of Vessa raised its main interest rate to 6 percent on Wednesday."
HOLD = "Economists had expected the bank to hold rates steady until the summer."


DATELINE = ("VESSA, April 22 (Vessa Wire) - The central bank of Vessa raised its main interest rate to 6 percent "
            "on Wednesday.")


@pytest.mark.parametrize("second, gives", [
    # a dateline's day ("April 22") gives no "22 basis points"
    ([DATELINE, HOLD], False),
    # near misses: the rise itself, or the bare digits outside any date, give it
    ([DATELINE, HOLD, YIELDS], True),
    ([RATE, HOLD, "Dealers said yields had climbed by 22 points before noon."], True),
])
def test_a_datelines_day_gives_no_figure(second, gives):
    from storylens.findings.coverage import carried_facts

    texts = [[RATE, HOLD, YIELDS, *_colour(TOWNS[0])], [*second, *_colour(TOWNS[1])]]
    ctx = support.verbatim_context(texts, OUTLETS[:2], ON)
    givers = {g for c in carried_facts(ctx)[0] if c.fact.article == "a1" and c.fact.text == "22"
              for g in c.givers}
    assert ("a2" in givers) is gives


# --- a rate per period and a total over a span (d40's class) ------------------------------

REBATE = "Farmers drove their tractors into Dask on Monday in protest at a plan to scrap their fuel rebate."
BLOCK = "Columns of tractors blocked the ring road around the city for most of the day."
SAVING = "The government says scrapping the rebate will save 300 million crowns a year for the treasury."


@pytest.mark.parametrize("own, told", [
    # four years of the yearly saving, rounded: the same figure told as a total
    ("Farm leaders said the plan would cost the countryside 1.2 billion crowns over four years, money "
     "that villages could not spare.", True),
    # near misses: a total over another span, or over none, is another figure
    ("Farm leaders said the plan would cost the countryside 1.2 billion crowns over ten years, money "
     "that villages could not spare.", False),
    ("Farm leaders said the plan would cost the countryside 1.2 billion crowns, money that villages "
     "could not spare.", False),
])
def test_a_total_over_a_span_gives_the_rate(own, told):
    om, add = _found(_story(REBATE, BLOCK, SAVING, [own]))
    assert (("Tarn Echo", "300 million crowns") not in om) is told
    assert (("Tarn Echo", "1.2 billion crowns") not in add) is told


# --- a span told by the date it began (t40's class) ----------------------------------------

CLEARED = "Police cleared students from the main hall of the Dask Polytechnic at dawn on Wednesday."
FEES = "The students oppose a plan to double tuition fees from next autumn."
SPAN = ("Police cleared students at dawn on Wednesday from the Dask Polytechnic's main hall, which they had "
        "occupied for 12 days in protest at the plan.")
RECTOR = "The polytechnic's rector said classes in the main hall would resume on Monday."
APRIL_22 = ["2026-04-22"] * 4


@pytest.mark.parametrize("start, told", [
    ("The occupation of the main hall began on April 10, when students walked out of their lectures.", True),
    # near misses: the date of another thing, or a start too far from the span
    ("The fee plan was first announced on April 10, when students walked out of their lectures.", False),
    # the start of another thing in the same hall, by the same students: not the occupation's
    # (review, session 16)
    ("A hunger strike by students in the main hall began on April 10, when three of them stopped eating.", False),
    ("The occupation of the main hall began on March 1, when students walked out of their lectures.", False),
])
def test_a_span_told_by_the_date_it_began_is_no_addition(start, told):
    texts = [[CLEARED, FEES, RECTOR, start, *_colour(t)] for t in TOWNS[:3]] + \
        [[SPAN, FEES, RECTOR, *_colour(TOWNS[3])[:4]]]  # the span in its lede (a duration ranks low)
    _, add = _found(texts, APRIL_22)
    assert (("Tarn Echo", "12 days") not in add) is told


@pytest.mark.parametrize("published, told", [
    # the span counts to its own article's day (April 22): a follow-up of May 3 dates the
    # same start (review, session 16; an undated article's "April 10" has no year to read)
    (["2026-05-03"] * 3 + ["2026-04-22"], True),
    # near miss: a span article of May 3 counting 12 days from April 10 is another span
    (["2026-04-22"] * 3 + ["2026-05-03"], False),
])
def test_a_span_is_counted_to_its_own_articles_day(published, told):
    start = "The occupation of the main hall began on April 10, when students walked out of their lectures."
    texts = [[CLEARED, FEES, RECTOR, start, *_colour(t)] for t in TOWNS[:3]] + \
        [[SPAN, FEES, RECTOR, *_colour(TOWNS[3])[:4]]]
    _, add = _found(texts, published)
    assert (("Tarn Echo", "12 days") not in add) is told


# --- a time of day gives no count; one counted noun is one count (d41, session 16) ----------

RISE = "The dockers' union is demanding a 9 percent pay rise over two years."


@pytest.mark.parametrize("second, gives", [
    (["The terminal at Vessa was halted at 9:40 p.m. on Friday after a crane collapsed."], False),
    (["The terminal at Vessa was halted on Friday after a crane collapsed.",
      "The dockers want a 9 percent pay rise, their union said."], True),
])
def test_a_time_of_day_gives_no_figure(second, gives):
    from storylens.findings.coverage import carried_facts

    texts = [[RATE, HOLD, RISE, *_colour(TOWNS[0])], [*second, *_colour(TOWNS[1])]]
    ctx = support.verbatim_context(texts, OUTLETS[:2], ON)
    givers = {g for c in carried_facts(ctx)[0] if c.fact.article == "a1" and c.fact.text == "9 percent"
              for g in c.givers}
    assert ("a2" in givers) is gives


DRONES = "Drones over Vessa's main airport shut it for seven hours overnight, police said."
RADAR = "The army moved a mobile radar unit to the airport on Saturday morning."
# the count without its noun (the fact cited), and a second outlet's with it
AFFECTED = "The airport's director put the number of travellers affected by the closure at about 21,000."
AFFECTED_NOUN = "About 21,000 passengers were affected by the closure, the airport's director said."


@pytest.mark.parametrize("own, told", [
    ("Some 26,000 passengers saw their journeys disrupted by the closure, many of them families "
     "returning from the school holidays.", True),
    # near miss: another counted noun at that scale
    ("Some 26,000 bags were left behind in the closure, many of them belonging to families "
     "returning from the school holidays.", False),
])
def test_one_counted_noun_at_one_scale_is_one_count(own, told):
    texts = _story(DRONES, RADAR, AFFECTED, [own])
    texts[1][2] = AFFECTED_NOUN
    om, _ = _found(texts)
    assert (("Tarn Echo", "21,000") not in om) is told


@pytest.mark.parametrize("own, told", [
    ("Some 26,000 passengers saw their journeys disrupted by the closure, many of them families "
     "returning from the school holidays.", True),
    # near misses: a count of the noun at a moment of its own (review, session 16)
    ("Some 26,000 passengers pass through the airport on a normal summer Saturday, many of them "
     "families returning from holidays.", False),
    ("Some 26,000 passengers had flown out of the airport on Friday before the drones appeared, many "
     "of them families.", False),
])
def test_one_counted_noun_at_another_moment_is_another_count(own, told):
    from storylens.findings.coverage import _recounts, carried_facts

    texts = _story(DRONES, RADAR, AFFECTED, [own])
    texts[1][2] = AFFECTED_NOUN
    ctx = support.verbatim_context(texts, OUTLETS, ON)
    [c] = [c for c in carried_facts(ctx)[0] if c.fact.article == "a1" and c.fact.text == "21,000"]
    assert ("a4" in _recounts(ctx, c.fact, list(c.missing), c.givers)) is told


# --- a count told in a sentence that opens with a plain word (d45); a figure nearer another
# --- of the fact's own sentence counts that one (d09, session 16) --------------------------

RUN = "Savers queued outside Orlen Savings Bank for a second day as rumours about its loans spread."
CALM = "The central bank said the lender had enough cash to meet every withdrawal."
QUEUES = "Queues formed outside all 86 of the bank's branches on Monday morning, staff said."


@pytest.mark.parametrize("other, only", [
    # the branches counted otherwise: a dispute, neither outlet's alone
    ("Customers pulled their savings on Monday, and queues formed at its 68 branches across the valley.", False),
    # near miss: a figure of another thing
    ("The bank employs 68 cashiers across the valley, most of them part-time, a union said.", True),
])
def test_a_count_in_a_sentence_opening_with_a_plain_word_meets_another(other, only):
    texts = [[RUN, CALM, QUEUES, *_colour(TOWNS[0])], [RUN, CALM, other, *_colour(TOWNS[1])],
             [RUN, CALM, *_colour(TOWNS[2])]]
    _, add = support.coverage_facts(texts, OUTLETS[:3], ON)
    assert (("Dask Ledger", "86") in add) is only


RIOT = "Rioters torched 14 cars in the Dask harbour district, and police arrested 23 people overnight."
SHOT = "The unrest began after police shot a delivery driver during a traffic stop in Dask."
CURFEW = "The mayor imposed a night curfew on the harbour district until Friday."


@pytest.mark.parametrize("own, left_out", [
    # the arrests, told as 20: nearer the sentence's 23 than its 14 cars
    ("Officers arrested 20 people in the harbour district, most of them teenagers from the estates, a "
     "spokesman said after the clashes ended.", True),
    # near miss: the cars themselves told as another value
    ("Rioters set fire to at least 12 cars in the harbour district overnight, a spokesman said.", False),
    # ... or as a value nearer the arrests' 23, in words that name the cars (review, session 16)
    ("The number of cars torched in the harbour district overnight reached 20, a spokesman said after "
     "the clashes ended.", False),
])
def test_a_figure_nearer_another_of_the_facts_sentence_counts_that_one(own, left_out):
    om, _ = _found(_story(SHOT, CURFEW, RIOT, [own]))
    assert (("Tarn Echo", "14") in om) is left_out
