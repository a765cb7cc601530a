"""A side of a conflict is no figure only its outlet gives, nor one the other side leaves out;
a race named by its distance and a money measure told without its amount are not left out
(session 35, from the omissions and additions read wrong in session 34's held-out set, now dev
t221-t230). Invented stories with fictional outlets; each fix with its near misses:

1. a figure written with another outlet's digits in another order, of the same size ("$274
   million" / "$247 million", coverage._transposed, from t226's $168 / $186 million): one
   figure told two ways, neither an addition (two and three outlets) nor an omission; a
   figure of another size still is one;
2. a length after "the" with nothing that makes it a distance ("the women's 400 metres",
   rules/coverage.RACE_DISTANCE_BEFORE, from t230): a race's name, no fact; "the 400
   metres of track", "the last 400 metres" stay figures;
3. a money measure (rules/numbers.MONEY_MEASURES) an outlet tells without its amount
   ("returned to profit last year" beside "a profit of 1.1 billion kronor",
   coverage._measure_told, from t225): not left out; another measure, or the measure of
   another thing, still leaves it out.
"""

from __future__ import annotations

import pytest
from support import OWN_LINES, verbatim_context

# session 34's readers of an addition and an omission line (test_coverage_session34)
from test_coverage_session34 import _added, _left_out

from storylens.findings import coverage as cov
from storylens.options import Options

ON = Options(fact_coverage=True, additions=True)
OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier"]
# every article closes on this sentence, aligned verbatim: the outlets share the story
SHARED = "The national regulator said it would publish its own review within two weeks."


def _context(given: list[str], third: list[str], n: int, edited=()):
    """``n - 1`` outlets (Harbour Post, Vella Times) give ``given``; Coast Courier gives
    ``third``."""
    texts = [given] * (n - 1) + [third]
    outlets = [*OUTLETS[:n - 1], "Coast Courier"]
    return verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], outlets, ON,
                            edited=edited)


def _three(texts: list[list[str]], edited=()):
    """Harbour Post, Vella Times and Coast Courier, each with its own lines."""
    return verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], OUTLETS, ON,
                            edited=edited)




# --- 1. digits in another order --------------------------------------------------------------

HACK = ("ORSKEL - Thieves emptied a hot wallet of the Korrin Vault crypto exchange on Saturday, taking "
        "digital tokens worth about $247 million, the company said.")
HACK_TAIL = ["Korrin Vault halted all withdrawals while investigators traced the stolen tokens.",
             "The exchange said customer accounts would be made whole from its reserves."]


def _put(figure: str) -> str:
    return f"The exchange's chief executive, Ilse Marrow, put the loss at {figure} in a call with customers."


# (id, Coast Courier's figure, whether it is told as Coast Courier's alone)
TRANSPOSED = [
    ("the digits in another order", "$274 million", False),
    ("the digits in another order, another shape", "$472 million", False),
    ("near miss: the digits at another size", "$27.4 million", True),
]


@pytest.mark.parametrize("n", [2, 3])
@pytest.mark.parametrize("case", TRANSPOSED, ids=[c[0] for c in TRANSPOSED])
def test_a_figure_with_the_others_digits_in_another_order_is_no_addition(case, n):
    _, figure, added = case
    ctx = _context([HACK, *HACK_TAIL], [HACK.replace(", taking digital tokens worth about $247 million", ""),
                                        *HACK_TAIL, _put(figure)], n)
    assert _added(ctx, "Coast Courier", figure) is added


# (id, Coast Courier's figure, whether it leaves out the others' $247 million)
TRANSPOSED_OUT = [
    ("the digits in another order", "$274 million", False),
    ("near miss: no figure of the loss", None, True),
]


@pytest.mark.parametrize("case", TRANSPOSED_OUT, ids=[c[0] for c in TRANSPOSED_OUT])
def test_a_figure_with_the_others_digits_in_another_order_is_not_left_out(case):
    _, figure, left_out = case
    lede = HACK.replace(", taking digital tokens worth about $247 million", "")
    ctx = _context([HACK, *HACK_TAIL], [lede, *HACK_TAIL, *([_put(figure)] if figure else [])], 3)
    assert _left_out(ctx, "Coast Courier", "$247 million") is left_out


# (value, another value, whether one is the other's digits in another order)
DIGITS = [
    (168e6, 186e6, True),
    (1.68e6, 1.86e6, True),
    (168e6, 16.8e6, False),  # another size
    (12e6, 21e6, False),  # two digits: by chance
    (168e6, 178e6, False),  # other digits
]


@pytest.mark.parametrize("case", DIGITS, ids=[f"{c[0]:g}-{c[1]:g}" for c in DIGITS])
def test_digits_of(case):
    v, w, same = case
    (d, e), (g, f) = cov._digits_of(v), cov._digits_of(w)
    assert (e == f and d != g and sorted(d) == sorted(g) and len(d) >= cov.MIN_TRANSPOSED_DIGITS) is same


# --- 2. a race's distance is its name ---------------------------------------------------------

RECORD = ("LUNDAR - Sprinter Mira Okafeld's national record in the women's 400 metres was struck off on Friday "
          "after officials found the timing gate had been set {} late.")
RECORD_TAIL = ["Okafeld said she would appeal to the national athletics federation.",
               "The federation said the fault had been traced to a loose cable."]
RECORD_PLAIN = ("LUNDAR - Sprinter Mira Okafeld's national record was struck off on Friday after officials found a "
                "fault in the timing gate.")


@pytest.mark.parametrize("n", [3, 4])
def test_a_race_named_by_its_distance_is_not_left_out(n):
    texts = [[RECORD.format("0.14 seconds"), *RECORD_TAIL]] * (n - 1) + [[RECORD_PLAIN, *RECORD_TAIL]]
    outlets = [*OUTLETS[:2], "Dune Ledger"][:n - 1] + ["Coast Courier"]
    ctx = verbatim_context([[*t, *OWN_LINES[i], SHARED] for i, t in enumerate(texts)], outlets, ON)
    got = [f.summary for f in cov.find_omissions(ctx) if f.summary.startswith("Coast Courier leaves out")]
    assert not any("400 metres" in g.split(", which")[0] for g in got)


# (id, a sentence, its length figure, whether it is read as a race's name)
RACES = [
    ("a race after 'the' and a sex's possessive", RECORD.format("0.14 seconds"), "400 metres", True),
    ("a race after 'the'", "Okafeld won the 10,000 metres in Lundar on Friday.", "10,000 metres", True),
    ("near miss: a stretch of track", "Workers replaced the 400 metres of track that had buckled.", "400 metres",
     False),
    ("near miss: a distance from a place", "The gate stood the 400 metres from the finish line.", "400 metres",
     False),
    ("near miss: no article", "The crowd stretched for about 400 metres along the road.", "400 metres", False),
    ("near miss: a count of the last stretch", "She led for the last 400 metres of the race.", "400 metres", False),
]


def _read_as_race(line: str, figure: str) -> bool:
    """Whether ``figure`` in the one-sentence article ``line`` is read as a race's name (no
    fact: coverage._not_a_fact); test_review35_coverage reads its rows through it too."""
    from storylens.analysis import analyse
    from storylens.models import Article
    from storylens.segment import segment

    doc = analyse(segment(Article(id="a1", source="t", outlet="Harbour Post", text=line)))
    q = next(q for q in doc.analysis.quantities if q.text == figure)
    s = next(s for s in doc.sentences if s.id == q.sentence)
    return cov._not_a_fact(s, q)


@pytest.mark.parametrize("case", RACES, ids=[c[0] for c in RACES])
def test_race_distance_is_no_fact(case):
    _, line, figure, race = case
    assert _read_as_race(line, figure) is race


# --- 3. a money measure told without its amount -------------------------------------------------

STRIKE = "VARDEN - Train drivers at Norvik Rail voted on Monday to strike for three days in March over pay."
PROFIT_A = ("The drivers' union says pay has lagged for years, even though Norvik Rail, which is majority owned "
            "by the state, returned to a profit of 2.4 billion crowns last year.")
PROFIT_B = ("Norvik Rail, which is majority owned by the state, returned to profit last year after three years "
            "of losses, reporting a net profit of 2.4 billion crowns.")
RAIL_TAIL = ["The company said it would run a reduced timetable during the strike.",
             "Commuter groups urged both sides to return to talks."]

# (id, Coast Courier's line, whether it leaves out the 2.4 billion crowns)
TOLD_WITHOUT = [
    ("the measure told without its amount",
     "Norvik Rail, which is owned by the state, returned to profit last year.", False),
    ("near miss: another measure", "Norvik Rail, which is owned by the state, cut its debt last year.", True),
    ("near miss: the measure of another thing", "Kiosk owners at the main station said their profit had halved.",
     True),
    ("near miss: nothing of it", "Norvik Rail runs most of the country's passenger trains.", True),
]


@pytest.mark.parametrize("case", TOLD_WITHOUT, ids=[c[0] for c in TOLD_WITHOUT])
def test_a_money_measure_told_without_its_amount_is_not_left_out(case):
    _, line, left_out = case
    ctx = _three([[STRIKE, PROFIT_A, *RAIL_TAIL], [STRIKE, PROFIT_B, *RAIL_TAIL], [STRIKE, line, *RAIL_TAIL]])
    assert _left_out(ctx, "Coast Courier", "2.4 billion crowns") is left_out
