"""Session 18: a piece published weeks after the others that counts what their ledes count,
in their event's words, with figures of its own (``findings.coverage._counts_another``):
another event of the same kind and actors.

The blind-written dev story's missed off-story piece (d43) told a pension bill the same
assembly passed "by 104 votes to 90" under the acting speaker, 13 days after three outlets
told it removing the speaker "by 118 votes to 74": its headline and lede hold the others'
event words (pass, vote) and lead with their assembly, and it dates nothing from their
event by an interval.

Invented: Harwick city council approves a stadium plan "by 31 votes to 19" on Monday 9
March. The later event: the same council's tram budget, "by 27 votes to 23", sixteen days
after. Near misses that stay: a follow-up weeks after that retells their tally (a court
challenge to the plan "which the council passed by 31 votes to 19"); one that tells their
vote loosely ("by about 30 votes"); one whose lede figure counts another thing (homes to
be built); the later piece dated within the window (never a stray) or undated (time
cannot decide); and, where the others' event kills or hurts, a later piece with another
toll (a toll is updated in any words: nothing is decided).
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

WIRE = ("Harwick council approves stadium plan in tight vote", [
    "Harwick city council voted on Monday to approve a plan for a new football stadium on "
    "the old gasworks site, after a debate that lasted six hours.",
    "The plan passed by 31 votes to 19, with two abstentions.",
    '"This stadium will bring the east side back to life," said mayor Ilsa Brandt.',
    "Opponents said the council had ignored a petition signed by 8,240 residents.",
    "Work on the site is due to start in the spring.",
])
CENTRE = ("Stadium plan wins Harwick council approval", [
    "Harwick city council on Monday voted to approve the plan for a football stadium on the "
    "old gasworks site.",
    "The plan passed by 31 votes to 19 after a debate of six hours.",
    '"This stadium will bring the east side back to life," mayor Ilsa Brandt told councillors.',
    "The Green group voted against the plan as a bloc.",
    "Building is expected to begin next year.",
])
RIGHT = ("Council pushes stadium through despite residents' petition", [
    "Harwick city council approved its stadium plan on Monday, voting it through despite a "
    "petition from 8,240 residents.",
    "The plan passed with 31 votes in favour and 19 against.",
    '"This stadium will bring the east side back to life," mayor Ilsa Brandt claimed.',
    "Residents' leader Toma Vik said the gasworks site was poisoned and should be cleaned first.",
    "The stadium will cost at least 40 million crowns.",
])
DATES = ["2026-03-09", "2026-03-09", "2026-03-10"]
OTHERS = ["a1", "a2", "a3"]


def _piece(title: str, first: str, second: str) -> tuple[str, list[str]]:
    return (title, [
        first,
        second,
        '"Commuters have waited twenty years for this line," said Green councillor Pia Lund.',
        "Residents' leader Toma Vik, whose petition against the stadium drew 8,240 signatures, "
        "said the council had listened this time.",
        "The bus operator said two of its routes would be cut when the line opens.",
    ])


TRAM = _piece(
    "Harwick council passes tram budget in first vote since stadium row",
    "Harwick city council on Wednesday approved mayor Ilsa Brandt's budget of 12 million crowns "
    "for a tram line to the east side, the first major spending vote since the stadium plan.",
    "The budget passed by 27 votes to 23, with one abstention.",
)
LATER = "2026-03-25"


def test_another_vote_of_the_same_council_weeks_later_is_named():
    comp, ctx = support.compare_stories(WIRE, CENTRE, RIGHT, TRAM, published=DATES + [LATER])
    assert C._counts_another(ctx, "a4", OTHERS)
    assert C.story_count_strays(ctx) == {"a4"}
    assert C.story_event_strays(ctx) == set() and C.story_late_strays(ctx) == set()
    assert "a4" in C.off_story(ctx)
    w = comp.provenance.warning or ""
    assert "published more than 3 days after any of them and its lede counts what their ledes count" in w
    assert "a4 (Outlet D" in w and "a1 (" not in w and "a2 (" not in w and "a3 (" not in w


@pytest.mark.parametrize("title, first, second", [
    # a follow-up that retells their tally
    ("Residents take Harwick stadium plan to court",
     "Residents opposed to the Harwick stadium lodged a court challenge on Wednesday against "
     "the plan, which the city council passed by 31 votes to 19 this month.",
     "Their lawyer said the vote had ignored the soil tests."),
    # their vote told loosely, in their words
    ("Harwick stadium: what the council vote means",
     "Harwick city council approved the stadium plan by about 30 votes this month, and the "
     "first diggers arrived on Wednesday.",
     "The plan passed after a debate of six hours."),
    # a lede figure that counts another thing
    ("Harwick council approves housing plan",
     "Harwick city council on Wednesday approved a plan to build 2,400 homes on the old "
     "railway yards.",
     "The plan passed without a vote after the Green group dropped its objections."),
])
def test_near_misses_are_not_counted_as_another_event(title, first, second):
    comp, ctx = support.compare_stories(WIRE, CENTRE, RIGHT, _piece(title, first, second), published=DATES + [LATER])
    assert not C._counts_another(ctx, "a4", OTHERS)
    assert C.story_count_strays(ctx) == set()
    assert "lede counts what their ledes count" not in (comp.provenance.warning or "")


@pytest.mark.parametrize("date", ["2026-03-11", None])
def test_the_later_vote_within_the_window_or_undated_is_not_counted(date):
    comp, ctx = support.compare_stories(WIRE, CENTRE, RIGHT, TRAM, published=DATES + [date])
    assert not C._counts_another(ctx, "a4", OTHERS)
    assert C.story_count_strays(ctx) == set()


# The others' event kills: a later piece's other toll decides nothing (a toll is updated in
# any words, "14 miners are now known to have been killed").
MINE = [
    ("Twelve miners killed in Orlen pit explosion", [
        "An explosion at the Orlen coal pit killed 12 miners on Tuesday, the mine's owner, "
        "Kessel Mining, said.",
        "Gas ignited in a tunnel 600 metres underground, the company said.",
        '"We are devastated," Kessel chief executive Dora Vance said.',
        "Rescuers brought 40 men to the surface unhurt.",
        "The pit employs about 900 people.",
    ]),
    ("Orlen blast: 12 miners dead", [
        "Twelve miners were killed when gas exploded at the Orlen pit on Tuesday, Kessel Mining said.",
        "The blast happened in a tunnel 600 metres below ground.",
        '"We are devastated," chief executive Dora Vance said.',
        "Forty miners were rescued.",
        "Unions demanded an inquiry.",
    ]),
    ("Kessel Mining under fire after pit blast kills 12", [
        "Kessel Mining faced calls for an inquiry after an explosion killed 12 miners at its "
        "Orlen pit on Tuesday.",
        '"We are devastated," Kessel chief executive Dora Vance said.',
        "The company said gas had ignited deep underground.",
        "Inspectors had fined the pit for ventilation faults in 2024.",
        "The pit employs about 900 people.",
    ]),
]
MINE_LATER = ("Kessel Mining names new safety chief", [
    "Kessel Mining on Thursday named a new head of safety, weeks after 14 miners were killed "
    "at its Orlen pit.",
    "Ansel Korr, a former inspector, starts next month.",
    '"Safety will come before output," Korr said.',
    "The company said it would spend 3 million crowns on new gas sensors.",
    "Unions said the appointment came too late.",
])


def test_another_toll_weeks_later_decides_nothing():
    comp, ctx = support.compare_stories(*MINE, MINE_LATER, published=DATES + [LATER])
    assert not C._counts_another(ctx, "a4", OTHERS)


# An event that goes on: its count weeks later is news of it, whatever value it gives ("about
# 1,200 dockers remain on strike"); the same count without a running word is another event's.
STRIKE = [
    ("Port Velm dockers strike over pay", [
        "About 3,400 dockers at Port Velm went on strike on Monday over pay, halting work at "
        "the container terminal, the Dockworkers' Union said.",
        '"We will stay out until the offer matches inflation," union leader Gerd Hanssen said.',
        "Ships queued outside the harbour by the afternoon.",
        "The port authority called the strike unlawful.",
        "Talks are due to resume on Thursday.",
    ]),
    ("Strike shuts Port Velm terminal", [
        "Some 3,400 dockers went on strike at Port Velm on Monday, the Dockworkers' Union said, "
        "shutting the container terminal.",
        '"We will stay out until the offer matches inflation," Gerd Hanssen, the union leader, said.',
        "Shipping lines began diverting cargo to Aldby.",
        "The port authority said the strike was unlawful.",
        "Exporters warned of losses.",
    ]),
    ("Port Velm dockers walk out, exporters count the cost", [
        "Port Velm's container terminal stood idle on Monday after 3,400 dockers went on strike, "
        "the Dockworkers' Union said.",
        '"We will stay out until the offer matches inflation," union leader Gerd Hanssen said.',
        "The port authority called the walkout unlawful.",
        "Fruit exporters said their cargo would rot within days.",
        "No talks were scheduled.",
    ]),
]


def _dockers(first: str) -> tuple[str, list[str]]:
    return ("Port Velm dockers and union leader Gerd Hanssen stand firm", [
        first,
        '"Our members have not been paid for three weeks," said Hanssen.',
        "The port authority said it would hire temporary crews.",
        "Shipping lines said cargo would go through Aldby for now.",
        "Talks are due next week.",
    ])


@pytest.mark.parametrize("first, named", [
    ("About 1,200 dockers remain on strike at Port Velm, the Dockworkers' Union said on Friday, "
     "as others returned to work.", False),
    ("About 1,200 dockers went on strike at Port Velm on Friday over pensions, the "
     "Dockworkers' Union said.", True),
])
def test_a_running_count_of_an_event_that_goes_on_is_not_another(first, named):
    comp, ctx = support.compare_stories(*STRIKE, _dockers(first), published=DATES + [LATER])
    assert C._counts_another(ctx, "a4", OTHERS) is named


# A figure a change reaches is the new value of the same thing ("cut the fine to 2.6 million
# crowns" weeks after "fined 4.2 million crowns": the appeal of the same case); the same
# figure given as another firm's fine is another case.
COURT = [
    ("Velm port operator fined 4.2 million crowns", [
        "The Velm competition authority fined port operator Harbourline 4.2 million crowns on "
        "Monday for fixing towage prices.",
        '"Harbourline squeezed every ship that called at Velm," authority chief Mira Oskarsen said.',
        "Harbourline said it would appeal.",
        "The authority had investigated for two years.",
        "Two smaller towage firms were cleared.",
    ]),
    ("Harbourline fined over towage prices", [
        "Harbourline, the Velm port operator, was fined 4.2 million crowns on Monday by the "
        "competition authority for fixing towage prices.",
        '"Harbourline squeezed every ship that called at Velm," said Mira Oskarsen, the authority chief.',
        "The company denied wrongdoing.",
        "It has 30 days to appeal.",
        "Shipping lines welcomed the ruling.",
    ]),
    ("Watchdog hits Harbourline with 4.2 million crown fine", [
        "The competition authority fined Harbourline 4.2 million crowns on Monday, saying the "
        "Velm port operator had fixed towage prices.",
        '"Harbourline squeezed every ship that called at Velm," Oskarsen said.',
        "Shares in Harbourline's parent fell 3 percent.",
        "Opposition deputies called for the port to be split up.",
        "An appeal is expected.",
    ]),
]


@pytest.mark.parametrize("first, named", [
    ("An appeal court on Wednesday cut the fine imposed on Velm port operator Harbourline to "
     "2.6 million crowns, the court said.", False),
    ("The Velm competition authority fined towage firm Aldby Tugs, a partner of Harbourline, "
     "2.6 million crowns on Wednesday for fixing towage prices.", True),
])
def test_the_new_value_of_a_change_is_not_another_count(first, named):
    piece = ("Velm towage case: Harbourline and its partners", [
        first,
        "The authority said the prices had been agreed at meetings in Aldby.",
        "Mira Oskarsen's findings were upheld on every other count.",
        "Lawyers said they would study the ruling.",
        "The port has had a new towage tender since March.",
    ])
    comp, ctx = support.compare_stories(*COURT, piece, published=DATES + [LATER])
    assert C._counts_another(ctx, "a4", OTHERS) is named


# (review18a) The story's own vote, its count corrected or made final weeks after, told in
# other words than "revised" or "has risen to": the same count's news, not another vote.
@pytest.mark.parametrize("title, first, second", [
    ("Harwick stadium vote tally corrected",
     "Harwick city council's stadium plan passed by 29 votes to 21, council clerk Anselm Roth "
     "said on Thursday, correcting the record of the vote after two councillors' votes were "
     "entered wrongly.",
     "The mayor said the correction did not change the result."),
    ("Harwick stadium plan: final count released",
     "Mayor Ilsa Brandt's office released the final count of the stadium vote on Friday: the "
     "plan passed by 33 votes to 17 once proxy votes were added.",
     "Proxy votes had not been counted on the night."),
    ("Harwick stadium result stands after recount",
     "A recount requested by the Green group found that Harwick city council passed mayor Ilsa "
     "Brandt's stadium plan by 28 votes to 22.",
     "The result stands, the council's lawyers said."),
])
def test_their_count_corrected_or_made_final_weeks_later_is_not_another_event(title, first, second):
    comp, ctx = support.compare_stories(WIRE, CENTRE, RIGHT, _piece(title, first, second), published=DATES + [LATER])
    assert not C._counts_another(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)


def test_another_vote_in_the_final_session_weeks_later_is_still_named_when_no_count_is_revised():
    # near miss: "officials" and "finally" are not a count corrected or made final when they
    # do not stand in the figure's sentence
    tram = _piece(
        "Harwick council passes tram budget at last",
        "Harwick city council on Wednesday approved mayor Ilsa Brandt's budget of 12 million "
        "crowns for a tram line to the east side, which officials had delayed twice.",
        "The budget passed by 27 votes to 23, with one abstention.",
    )
    comp, ctx = support.compare_stories(WIRE, CENTRE, RIGHT, tram, published=DATES + [LATER])
    assert C._counts_another(ctx, "a4", OTHERS)
    assert "a4" in C.off_story(ctx)


# (review18a) A piece days after a march that disputes its count: its figure is dated on the
# others' day ("last Saturday", published the Friday after: the same Saturday), so it counts
# their march, not another. Near miss: another march of the same alliance two weeks later,
# "on Saturday" (published the Sunday after: its own Saturday), still named.
MARCH = [
    ("Thousands march in Vella for climate law", [
        "About 40,000 people marched through Vella on Saturday to demand a climate law, police said.",
        "The march, organised by the Green Tide alliance, ended at parliament.",
        '"We cannot wait another decade," Green Tide spokeswoman Mira Solano told the crowd.',
        "Police reported no arrests.",
        "Prime Minister Aldo Fenn was abroad.",
    ]),
    ("Climate march fills Vella streets", [
        "Some 40,000 protesters marched in Vella on Saturday, according to police, calling for a "
        "climate law.",
        '"We cannot wait another decade," said Mira Solano of Green Tide.',
        "The crowd gathered at the central station at noon.",
        "The government says a bill is being drafted.",
        "Counter-protesters were kept apart.",
    ]),
    ("Green Tide march: 40,000 on Vella streets", [
        "Police put the crowd at 40,000 as protesters marched through the capital, Vella, on Saturday.",
        "Green Tide, which organised the march, wants a climate law passed this year.",
        '"We cannot wait another decade," Mira Solano said.',
        "Shops along the route closed early.",
        "The march passed off peacefully.",
    ]),
]
MARCH_DATES = ["2026-04-11", "2026-04-11", "2026-04-12"]


def _march_piece(title: str, first: str) -> tuple[str, list[str]]:
    return (title, [
        first,
        "The alliance published drone images it said showed the full length of the march.",
        "Green Tide, which organised the march, wants a climate law passed this year.",
        "Police stood by their figure.",
        "Spokeswoman Mira Solano said the turnout showed the strength of feeling.",
    ])


def test_a_dispute_of_their_count_dated_on_their_day_is_not_another_event():
    piece = _march_piece(
        "Green Tide says police undercounted Vella march",
        "Green Tide said on Friday that 120,000 people marched through Vella last Saturday, "
        "accusing police of undercounting.")
    comp, ctx = support.compare_stories(*MARCH, piece, published=MARCH_DATES + ["2026-04-17"])
    assert not C._counts_another(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)


def test_another_march_on_a_later_saturday_is_still_named():
    piece = _march_piece(
        "Green Tide marches again in Vella",
        "Police said 25,000 protesters marched on Saturday in the alliance's second climate "
        "protest in the capital this spring.")
    comp, ctx = support.compare_stories(*MARCH, piece, published=MARCH_DATES + ["2026-04-26"])
    assert C._counts_another(ctx, "a4", OTHERS)
    assert "a4" in C.off_story(ctx)


# (review18a) A strike that goes on: its count on a later day of it, dated by the strike's
# own run ("as the strike reached its sixth day"), is news of the same strike, not another.
# Near miss: a new strike of the same dockers weeks later, its own count, still named.
DOCK_STRIKE = [
    ("Port Vell dockers strike over pensions", [
        "About 3,400 dockers walked out at Port Vell on Monday in a strike over pension cuts, the "
        "Vell Dockworkers' Union said.",
        "Ships queued outside the harbour as cranes stood idle.",
        '"We will not pay for their mistakes," union leader Hana Roos said.',
        "The port authority said talks would resume.",
        "Exporters warned of losses.",
    ]),
    ("Dockers stop work at Port Vell", [
        "Some 3,400 dockers walked out at Port Vell on Monday, halting the country's busiest port, "
        "over pension cuts.",
        '"We will not pay for their mistakes," said Hana Roos of the Vell Dockworkers\' Union.',
        "The port authority called the strike illegal.",
        "Fruit exporters said cargo would rot.",
        "Police were not called.",
    ]),
    ("Pension row shuts Port Vell as 3,400 walk out", [
        "Port Vell stood still on Monday as 3,400 dockers walked out over pension cuts.",
        "The Vell Dockworkers' Union wants the cuts withdrawn.",
        '"We will not pay for their mistakes," Hana Roos said.',
        "Ships were diverted to Nordholm.",
        "The minister appealed for calm.",
    ]),
]
DOCK_DATES = ["2026-06-01", "2026-06-01", "2026-06-02"]


def _dock_piece(title: str, first: str) -> tuple[str, list[str]]:
    return (title, [
        first,
        "Exporters say the stoppage has cost them millions.",
        "Union leader Hana Roos said members were determined.",
        "The port authority said some cranes were working.",
        "Shipping lines have diverted cargo.",
    ])


@pytest.mark.parametrize("first", [
    "About 2,100 dockers walked out at Port Vell as the strike reached its sixth day, the Vell "
    "Dockworkers' Union said, as talks with the port authority resumed.",
    "On day six of the stoppage about 2,100 dockers walked out at Port Vell, the Vell "
    "Dockworkers' Union said.",
])
def test_a_strikes_count_on_a_later_day_of_it_is_not_another_event(first):
    comp, ctx = support.compare_stories(*DOCK_STRIKE, _dock_piece("Port Vell strike drags on", first),
                         published=DOCK_DATES + ["2026-06-06"])
    assert not C._counts_another(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)


def test_a_new_strike_weeks_later_is_still_named():
    piece = _dock_piece(
        "Port Vell dockers walk out again",
        "About 2,100 dockers walked out at Port Vell on Friday in a new dispute over night "
        "shifts, the Vell Dockworkers' Union said.")
    comp, ctx = support.compare_stories(*DOCK_STRIKE, piece, published=DOCK_DATES + ["2026-06-27"])
    assert C._counts_another(ctx, "a4", OTHERS)
    assert "a4" in C.off_story(ctx)


# Session 22 (invented dev d108): the same assembly's size, hyphen-joined to its noun ("the
# 150-seat chamber"), in the later piece and in the others' ledes is no figure of their event
# that the later piece gives: its own vote is still another event.
def _sized(lines: tuple[str, list[str]], at: int) -> tuple[str, list[str]]:
    title, body = lines
    body = list(body)
    body[at] = body[at].rstrip(".") + " in the 52-seat chamber."
    return title, body


def test_another_vote_in_the_same_sized_chamber_is_named():
    others = [_sized(WIRE, 1), _sized(CENTRE, 1), RIGHT]
    comp, ctx = support.compare_stories(*others, _sized(TRAM, 1), published=DATES + [LATER])
    assert C._counts_another(ctx, "a4", OTHERS)


def test_near_miss_their_tally_retold_beside_the_size_keeps_it():
    # a follow-up weeks later that retells their tally, in the same sized chamber
    others = [_sized(WIRE, 1), _sized(CENTRE, 1), RIGHT]
    court = _piece("Residents take Harwick stadium plan to court",
                   "Residents opposed to the Harwick stadium lodged a court challenge on Wednesday "
                   "against the plan, which the city council passed by 31 votes to 19 this month.",
                   "Their lawyer said the vote in the 52-seat chamber had ignored the soil tests.")
    comp, ctx = support.compare_stories(*others, court, published=DATES + [LATER])
    assert not C._counts_another(ctx, "a4", OTHERS)
