"""A figure told otherwise is neither left out nor added, and only outlets that give a
figure carry it (session 30, from the held-out read of session 29: t171-t180). Invented
stories with fictional outlets; each fix with its near misses:

1. a share in words bounded on one side ("nearly a fifth") takes in only the percentages
   on that side: it gave another outlet's "22 percent", and an omission's line counted it
   among the outlets that give the figure;
2. a tally with votes against beside another outlet's "voted unanimously": a disagreement,
   no figure one outlet adds;
3. a role's age in apposition ("the driver, 18,") is an age, no figure of the story;
4. a figure given as a multiple of the figure before it ("three times that number");
5. a span told by its two ends ("began at 06:00 on Thursday and will last until midnight
   on Friday") beside another outlet's "48-hour strike";
6. a quote whose statement an outlet tells: the same speaker's other quote in the same
   paragraph, which the outlet quotes or reports, is part of one statement.
"""

from __future__ import annotations

import pytest
from support import added_by as _added
from support import omitted_by as _omitted
from support import two_give
from test_coverage_session29 import _ctx

from storylens.findings.coverage import find_omissions

# the four outlets, each article closing on one shared sentence (_ctx, _omitted, _added):
# test_coverage_session29's setup, with both finders on

# --- 1. a share in words bounded on one side -------------------------------------------

FLATS = "Orsay council voted on Tuesday to ban holiday lets in the old harbour district."
RENTS = "Rents in the harbour district have climbed by 22 percent in three years, the tenants' league said."
FLAT_TAIL = ["Landlords' groups said they would appeal to the regional court.",
             "The ban takes effect next spring and covers about 3,100 flats.",
             "The mayor said homes were for residents, not for visitors."]


def _flats(second: str) -> list[list[str]]:
    """Harbour Post gives RENTS; Vella Times and Isle Daily have ``second``; Coast Courier
    has neither."""
    return [[FLATS, RENTS, FLAT_TAIL[0]], [FLATS, second, FLAT_TAIL[1]],
            [FLATS, FLAT_TAIL[2], FLAT_TAIL[0]], [FLATS, second, FLAT_TAIL[2]]]


# (id, the second outlets' sentence, whether Coast Courier is said to leave out 22 percent)
SHARES = [
    ("nearly a fifth: at most 20",
     "The harbour district has lost nearly a fifth of its residents since the lets boom began.", False),
    ("more than a quarter: at least 25",
     "The harbour district has lost more than a quarter of its residents since the lets boom began.", False),
    # near misses: the share in words still gives it
    ("more than a fifth takes in 22",
     "Rents in the harbour district are up more than a fifth in three years, the tenants' league said.", True),
    ("the figure itself",
     "Rents in the harbour district rose 22 percent in three years, according to the tenants' league.", True),
]


@pytest.mark.parametrize("case", SHARES, ids=[c[0] for c in SHARES])
def test_a_bounded_share_gives_only_its_side(case):
    _, second, left_out = case
    assert ("Coast Courier" in _omitted(_ctx(_flats(second)), "22 percent")) is left_out


def test_an_omission_counts_only_the_outlets_giving_the_figure():
    """Two outlets' "nearly a fifth" (of residents) and one outlet's 22 percent: no
    omission says that three outlets give it."""
    ctx = _ctx(_flats("The harbour district has lost nearly a fifth of its residents since the lets boom began."))
    for f in find_omissions(ctx):
        assert "22 percent" not in f.summary


# --- 2. a tally beside a unanimous vote ------------------------------------------------

BENCH = "The Valmora bar council suspended Judge Ostrik Delany on Thursday over a bribery video."
SPLIT = "The bar council's vote to suspend him, 9 votes to 2, surprised lawyers in the capital."
BENCH_TAIL = ["Prosecutors have opened a criminal inquiry into the payments.",
              "Delany's lawyer said the video had been edited.",
              "The justice minister called for a reform of the courts."]


def _bench(second: str) -> list[list[str]]:
    """Coast Courier alone gives SPLIT; Harbour Post has ``second``."""
    return [[BENCH, second, BENCH_TAIL[0]], [BENCH, BENCH_TAIL[1], BENCH_TAIL[0]],
            [BENCH, SPLIT, BENCH_TAIL[2]], [BENCH, BENCH_TAIL[2], BENCH_TAIL[1]]]


# (id, Harbour Post's sentence, whether only Coast Courier is said to give the '9')
VOTES = [
    ("the same body's unanimous vote",
     "The bar council voted unanimously to suspend the judge pending an investigation.", False),
    # near misses
    ("another body's unanimous vote",
     "The city's football club board voted unanimously to sack its coach.", True),
    ("no word of the vote", "The bar council will meet again in March.", True),
]


@pytest.mark.parametrize("case", VOTES, ids=[c[0] for c in VOTES])
def test_a_tally_beside_a_unanimous_vote_is_no_addition(case):
    _, second, added = case
    assert ("Coast Courier" in _added(_ctx(_bench(second)), "9")) is added


# --- 3. a role's age in apposition -----------------------------------------------------

CRASH = "A stolen van crashed into a bakery in Lindmoor on Saturday night, injuring four people."
DRIVER = "Police had chased the van through the town, but the driver, 18, refused to stop and sped off."
CRASH_TAIL = ["The bakery's owner said the shop would stay closed for a month.",
              "Two of the injured were still in hospital on Sunday.",
              "The van had been reported stolen in Garrow on Friday."]


def _crash(third: str) -> list[list[str]]:
    """Coast Courier alone has ``third``."""
    return [[CRASH, CRASH_TAIL[0], CRASH_TAIL[1]], [CRASH, CRASH_TAIL[1], CRASH_TAIL[2]],
            [CRASH, third, CRASH_TAIL[2]], [CRASH, CRASH_TAIL[0], CRASH_TAIL[2]]]


# (id, Coast Courier's sentence, its figure, whether only Coast Courier is said to give it)
AGES = [
    ("a role's age in apposition", DRIVER, "18", False),
    # near misses: counts
    ("a count after a comma",
     "Police had chased the van through the town, and in the crash, 14 cars were damaged.", "14", True),
    ("a count after its noun",
     "Police had chased the van through the town for 14 kilometres before it crashed.", "14 kilometres", True),
]


@pytest.mark.parametrize("case", AGES, ids=[c[0] for c in AGES])
def test_a_role_age_is_no_figure(case):
    _, third, figure, added = case
    assert ("Coast Courier" in _added(_ctx(_crash(third)), figure)) is added


# --- 4. a multiple of the figure before it ---------------------------------------------

RALLY = "Protesters marched through Dunmere on Saturday against the closure of the town's observatory."
CROWD = "Organisers said about 1,200 people took part, while police put the number at around 400."
RALLY_TAIL = ["The observatory is due to close at the end of next year.",
              "Speakers called on the science minister to reverse the decision.",
              "The march ended peacefully outside the town hall."]


def _rally(third: str) -> list[list[str]]:
    """Harbour Post and Vella Times give CROWD; Coast Courier has ``third``."""
    return two_give(RALLY, CROWD, third, RALLY_TAIL)


# (id, Coast Courier's sentence, whether it is said to leave out 1,200)
MULTIPLES = [
    ("three times that number",
     "Officers put the crowd at 400, and the march's backers at three times that number.", False),
    ("triple that figure", "Officers put the crowd at 400, and the march's backers at triple that figure.", False),
    # near misses
    ("twice that number: another figure",
     "Officers put the crowd at 400, and the march's backers at twice that number.", True),
    ("three times another figure: 900",
     "Officers put the crowd at 300, and the march's backers at three times that number.", True),
]


@pytest.mark.parametrize("case", MULTIPLES, ids=[c[0] for c in MULTIPLES])
def test_a_multiple_of_a_figure_gives_it(case):
    _, third, left_out = case
    assert ("Coast Courier" in _omitted(_ctx(_rally(third)), "1,200")) is left_out


# --- 5. a span told by its ends --------------------------------------------------------

WALKOUT = "Dock workers in Port Ysel began a 48-hour strike on Thursday over pay, halting all shipping."
DOCKS = "Dock workers in Port Ysel walked out on Thursday, halting all shipping."
DOCK_TAIL = ["The union is asking for a 9% rise over two years.",
             "Ferry passengers were told to find other routes.",
             "The port authority said perishable cargo would be moved by road."]


def _docks(third: str) -> list[list[str]]:
    """Harbour Post and Vella Times give WALKOUT; Coast Courier tells the walkout with
    ``third``."""
    return [[WALKOUT, DOCK_TAIL[0], DOCK_TAIL[1]], [WALKOUT, DOCK_TAIL[1], DOCK_TAIL[2]],
            [DOCKS, third, DOCK_TAIL[2]], [DOCKS, DOCK_TAIL[0], DOCK_TAIL[2]]]


# (id, Coast Courier's sentence, whether it is said to leave out the 48-hour)
SPANS = [
    ("the strike's two ends",
     "The strike began at 06:00 on Thursday and will last until midnight on Friday.", False),
    # near misses
    ("another thing's ends",
     "The ferry office opens at 06:00 on Thursday and stays open until midnight on Friday.", True),
    ("a start alone", "The strike began on Thursday morning, the union said.", True),
]


@pytest.mark.parametrize("case", SPANS, ids=[c[0] for c in SPANS])
def test_a_span_told_by_its_ends_is_not_left_out(case):
    _, third, left_out = case
    assert ("Coast Courier" in _omitted(_ctx(_docks(third)), "48-hour")) is left_out


# --- 6. a quote of a statement told in other words -------------------------------------

# every lede shares the quote's words (support: an outlet leaves out only what its lede tells)
PIER = "Brandholm council voted on Monday to shut the harbour's old pier, where people fish every weekend."
STATEMENT = ('"Hundreds of anglers rely on this pier every weekend," said Ottilie Farrow, the anglers\' '
             'club secretary. "We are being treated like vandals by people who have never fished from this harbour '
             'in their lives."')
PIER_TAIL = ["Engineers found the pier's supports badly corroded last year.",
             "Repairs would cost about 2 million crowns, the council said.",
             "The pier was built in 1911 for the steamer trade."]


def _pier(third: str) -> list[list[str]]:
    """Harbour Post and Vella Times give STATEMENT (one paragraph); Coast Courier has
    ``third``."""
    return two_give(PIER, STATEMENT, third, PIER_TAIL)


# (id, Coast Courier's sentence, whether it is said to leave out the quote)
STATEMENTS = [
    ("its other part reported",
     "Ottilie Farrow, the anglers' club secretary, said hundreds of anglers relied on the pier every weekend.",
     False),
    ("its other part quoted",
     '"Hundreds of anglers rely on this pier every weekend," Farrow said.', False),
    # near misses
    ("another speaker's words reported",
     "Harbour master Edvin Lusk said hundreds of anglers relied on the pier every weekend.", True),
    ("the speaker on another matter",
     "Ottilie Farrow, the anglers' club secretary, said the club would hold its summer contest inland.", True),
]


def _quote_omitted(ctx) -> list[str]:
    return sorted(f.detail["outlet"] for f in find_omissions(ctx)
                  if f.detail["fact"]["kind"] == "quote" and "vandals" in f.detail["fact"]["text"])


@pytest.mark.parametrize("case", STATEMENTS, ids=[c[0] for c in STATEMENTS])
def test_a_statement_told_is_not_a_quote_left_out(case):
    _, third, left_out = case
    assert ("Coast Courier" in _quote_omitted(_ctx(_pier(third)))) is left_out


def test_near_miss_another_paragraph_is_another_statement():
    """The two quotes in two paragraphs: the reported one does not carry the other."""
    first, second = STATEMENT.split(' "We')
    split = [[PIER, first, '"We' + second, PIER_TAIL[0]], [PIER, first, '"We' + second, PIER_TAIL[1]],
             [PIER, STATEMENTS[0][1], PIER_TAIL[2]], [PIER, PIER_TAIL[0], PIER_TAIL[2]]]
    assert "Coast Courier" in _quote_omitted(_ctx(split))
