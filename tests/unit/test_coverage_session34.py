"""One side of a keyed conflict is no figure only its outlet gives, nor one the other side
leaves out (session 34, from the additions read wrong in session 33's held-out set: t212's
bail, 200,000 / 250,000 crowns, each "only X gives", and t219's "a 20 percent reduction in
the orchestra's grant" beside the wire's 30 percent cut). Invented stories with fictional
outlets; each fix with its near misses, for two and three outlets:

1. an amount both outlets name by one money noun (rules/numbers.MONEY_MEASURES), in any
   order ("released on 120,000 euros bail" / "on bail of 80,000 euros",
   coverage._measure_named): one measure told two ways, so neither outlet adds its figure;
   a fine, or a bail of another person, is still a figure of its own;
2. a share told as the size of one change of one thing ("cut the library's annual subsidy
   by 25 percent" / "a 15 percent reduction in the library's subsidy", coverage._change_named):
   neither an addition nor an omission; a rise, or a cut of another thing, still is one;

and from the omissions read wrong there (t214, t217, t219):

3. a quote a giver credits to a named speaker, told by the outlet in reported speech of that
   speaker ('..., the company said' / '..., Dorvik Mining said' beside "Dorvik Mining said
   the workers had been supplied by an agency", coverage._statement_carried): not left out;
   another speaker's words, or the speaker on another matter, still leave it out;
4. a count a later article gives as the new value of a change of its measure ("bringing the
   number of people evacuated to about 2,300" the day after "forced the evacuation of about
   900 residents", coverage._risen_count): not left out; another measure so changed still
   leaves it out;
5. a cut's share given by another outlet only as a level of another thing ("more than 25
   percent at the museum", coverage._gives_the_change): no giver of the cut.
"""

from __future__ import annotations

import pytest
from support import OWN_LINES, verbatim_context

from storylens.findings import coverage as cov
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier"]
# every article closes on this sentence, aligned verbatim: the outlets share the story
SHARED = "The regional governor said an inquiry would report within a month."


def _context(given: list[str], third: list[str], n: int):
    """``n - 1`` outlets (Harbour Post, Vella Times) give ``given``; Coast Courier gives
    ``third``."""
    texts = [given] * (n - 1) + [third]
    outlets = [*OUTLETS[:n - 1], "Coast Courier"]
    return verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], outlets, ON)


def _added(ctx, outlet: str, figure: str) -> bool:
    return any(f.summary.startswith(f"Only {outlet} gives") and figure in f.summary
               for f in cov.find_additions(ctx))


def _left_out(ctx, outlet: str, figure: str) -> bool:
    return any(f.summary.startswith(f"{outlet} leaves out") and figure in f.summary.split(", which")[0]
               for f in cov.find_omissions(ctx))


# --- 1. an amount named by one money noun, in either order --------------------------------

INTRO = "Harbour agency director Ilva Marrek was arrested on Wednesday over missing dock fees at Port Sella."
TAIL = ["Prosecutors said the dock fees had gone missing over six years.",
        "The agency has suspended two other managers pending the inquiry."]
BAIL = "She was released on bail of 80,000 euros after appearing before an investigating judge on Friday afternoon."
AUDIT = "Auditors put the missing dock fees at 3.4 million euros, the agency said."


def _released(how: str) -> str:
    return f"The director, who denies wrongdoing, was released {how} on Friday, her lawyer said."


# (id, Coast Courier's last lines, the figure, whether it is told as Coast Courier's alone,
#  whether Harbour Post's 80,000 euros is told as its alone with two outlets)
BAILS = [
    ("the bail written after its amount", [_released("on 120,000 euros bail")], "120,000 euros", False, False),
    ("near miss: a fine, another measure", [_released("after paying a 120,000 euros fine")], "120,000 euros",
     True, True),
    ("near miss: a figure of its own beside the bail", [_released("on 120,000 euros bail"), AUDIT],
     "3.4 million euros", True, False),
]


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("case", BAILS, ids=[c[0] for c in BAILS])
def test_one_bail_told_two_ways_is_no_addition(case, n):
    _, lines, figure, added, theirs = case
    ctx = _context([INTRO, *TAIL, BAIL], [INTRO, *TAIL, *lines], n)
    assert _added(ctx, "Coast Courier", figure) is added
    if n == 2:
        assert _added(ctx, "Harbour Post", "80,000 euros") is theirs


def test_the_money_noun_names_the_measure_in_either_order():
    ctx = _context([INTRO, *TAIL, BAIL], [INTRO, *TAIL, _released("on 120,000 euros bail")], 2)
    cov.carried_facts(ctx)
    index = ctx.__dict__["_coverage_memo"]["index"]
    named = {m.q.text: cov._measure_named(ctx, m) for ms in index.mentions_of.values() for m in ms}
    assert named["120,000 euros"].heads == named["80,000 euros"].heads == frozenset({"bail"})


# --- 2. one change of one thing, sized two ways -------------------------------------------

PROTEST = ("DUNMERE - Librarians staged a read-in outside the town hall in Dunmere on Tuesday to protest "
           "against a council plan to cut the public library's annual subsidy by 25 percent.")
DEFENDED = ("DUNMERE - Council leader Ansel Brody on Wednesday defended the savings plan, a day after "
            "librarians protested.")
LIB_TAIL = ["Librarians said branch opening hours would be reduced from March.",
            "The council leader said every department had to find savings."]


def _plans(change: str) -> str:
    return (f"The council plans {change} from January 2027, part of savings that Brody's administration "
            "says are needed to balance the town's books after years of deficits.")


# (id, Coast Courier's line, whether its figure is told as its alone, whether it leaves out
#  the others' 25 percent with three outlets)
CUTS = [
    ("a reduction in the same subsidy", _plans("a 15 percent reduction in the library's subsidy"), False, False),
    ("near miss: a rise in the same subsidy", _plans("a 15 percent increase in the library's subsidy"),
     True, True),
    ("near miss: a reduction in another thing's subsidy", _plans("a 15 percent reduction in the museum's subsidy"),
     True, True),
    ("near miss: no figure of the cut", _plans("to reduce the library's subsidy"), False, True),
]


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("case", CUTS, ids=[c[0] for c in CUTS])
def test_one_change_sized_two_ways_is_no_addition(case, n):
    _, line, added, _ = case
    ctx = _context([PROTEST, *LIB_TAIL], [DEFENDED, *LIB_TAIL, line], n)
    assert _added(ctx, "Coast Courier", "15 percent") is added


@pytest.mark.parametrize("case", CUTS, ids=[c[0] for c in CUTS])
def test_one_change_sized_two_ways_is_not_left_out(case):
    _, line, _, left_out = case
    ctx = _context([PROTEST, *LIB_TAIL], [DEFENDED, *LIB_TAIL, line], 3)
    assert _left_out(ctx, "Coast Courier", "25 percent") is left_out


# (id, a share's sentence, its figure, what _change_named reads: (direction, thing) or None)
CHANGES = [
    ("a verb and 'by'", "The board will cut the school's annual grant by 30 percent.", "30 percent",
     ("fall", frozenset({"school", "annual", "grant"}))),
    ("a change noun and its whole", "The board plans a 20 percent reduction in the school's grant.", "20 percent",
     ("fall", frozenset({"school", "grant"}))),
    ("a rise noun", "Drivers face a 4 percent rise in ferry fares.", "4 percent", ("rise", frozenset({"ferry", "far"}))),
    ("near miss: a change of nothing named", "Shares fell 5 percent on Monday.", "5 percent", None),
    ("near miss: a share of a whole", "About 30 percent of the grant goes on wages.", "30 percent", None),
    ("near miss: a pay rise, no whole", "The union wants a 9 percent pay rise.", "9 percent", None),
]


def _change_read(line: str, figure: str):
    """What coverage._change_named reads of ``figure`` in ``line`` (both outlets give the
    line): (direction, thing) or None."""
    ctx = _context([line, *LIB_TAIL], [line, *LIB_TAIL], 2)
    cov.carried_facts(ctx)
    index = ctx.__dict__["_coverage_memo"]["index"]
    m = next(m for ms in index.mentions_of.values() for m in ms if m.q.text == figure)
    got = cov._change_named(ctx, m)
    return got[:2] if got else None


@pytest.mark.parametrize("case", CHANGES, ids=[c[0] for c in CHANGES])
def test_change_named(case):
    _, line, figure, want = case
    assert _change_read(line, figure) == want


# --- 3-5. omissions: a giver's named speaker, a later count, a level of another thing -----

def _three(texts: list[list[str]], published=None):
    """Harbour Post, Vella Times and Coast Courier, each with its own lines."""
    return verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], OUTLETS, ON,
                            published=published)


QUARRY = "Inspectors found 14 teenagers working underground at the Dorvik Mining quarry near Halm on Monday."
FINED = "The labour ministry fined Dorvik Mining 2 million euros on Thursday."
SAID = "\"The workers were hired by an outside agency without our knowledge, and we have cancelled that contract,\""

# (id, Coast Courier's line, whether it leaves out the quote)
REPORTED = [
    ("the speaker a giver names, in reported speech",
     "Dorvik Mining said the workers had been supplied by an agency, Sarn Staffing, and that it had ended the deal.",
     False),
    ("near miss: another speaker's reported words",
     "The ministry said the workers had been supplied by an agency, Sarn Staffing, whose licence it had revoked.",
     True),
    ("near miss: the speaker on another matter", "Dorvik Mining said it would appeal against the fine.", True),
]


@pytest.mark.parametrize("case", REPORTED, ids=[c[0] for c in REPORTED])
def test_a_quote_reported_as_a_givers_speaker_said_it_is_not_left_out(case):
    _, line, left_out = case
    ctx = _three([[QUARRY, FINED, f"{SAID} the company said in a statement."],
                  [QUARRY, FINED, f"{SAID} Dorvik Mining said."], [QUARRY, FINED, line]])
    assert _left_out(ctx, "Coast Courier", "The workers were hired") is left_out


LEAK = ("A chlorine leak at the Varno water plant early on Monday forced the evacuation of about 900 residents, "
        "officials said.")
ORDERED = "Around 900 people living near the Varno water plant were ordered out of their homes on Monday."
LEAK_TAIL = ["Firefighters sealed the leaking valve by midday.", "The plant's operator said it was investigating the cause."]

# (id, Coast Courier's line a day later, whether it leaves out the 900)
LATER = [
    ("the measure's new value, a day later",
     "Officials widened the exclusion zone around the Varno water plant on Tuesday, bringing the number of "
     "people evacuated to about 2,300.", False),
    ("near miss: another measure's new value",
     "Officials said on Tuesday the leak at the Varno water plant had brought the number of people treated in "
     "hospital to about 2,300.", True),
    ("near miss: nothing of it", "Officials said on Tuesday the Varno water plant would stay shut for a week.", True),
]


@pytest.mark.parametrize("case", LATER, ids=[c[0] for c in LATER])
def test_a_count_a_later_article_brings_to_a_new_value_is_not_left_out(case):
    _, line, left_out = case
    ctx = _three([[LEAK, *LEAK_TAIL], [ORDERED, *LEAK_TAIL], [line, *LEAK_TAIL]],
                 published=["2026-03-02", "2026-03-02", "2026-03-03"])
    assert _left_out(ctx, "Coast Courier", "'900'") is left_out


# (id, Vella Times's line, whether Coast Courier, giving no figure, leaves out the 25 percent)
LEVELS = [
    ("the value as a level of another thing",
     "Lending covers only 8 percent of the library's costs, compared with more than 25 percent at the Dunmere museum.",
     False),
    ("near miss: the value as the same cut",
     "The council's plan would cut the library's subsidy by 25 percent, its leader confirmed on Tuesday.", True),
]


@pytest.mark.parametrize("case", LEVELS, ids=[c[0] for c in LEVELS])
def test_a_level_of_another_thing_gives_no_cut(case):
    _, line, left_out = case
    none = "Dunmere's council leader said the library would have to find savings like every other department."
    ctx = _three([[PROTEST, *LIB_TAIL], [line, *LIB_TAIL], [none, *LIB_TAIL]])
    assert _left_out(ctx, "Coast Courier", "25 percent") is left_out
