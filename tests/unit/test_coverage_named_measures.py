"""A figure whose own phrase names its measure ("as young as 13", "2 million crowns in
ransom", "a 9 percent pay rise") is told otherwise by an outlet whose figure's phrase names
the same measure with another value, in a sentence about the same thing: a conflict
(fact_conflict's business), never an omission nor an addition, however far apart the
values (a zero slipped: 20 / 2 million).

Session 25's held-out read (now invented dev t132, t138, t139): "Only meridian gives 13"
beside the Observer's "girls as young as 12"; "leaves out 20 million crowns" beside
"demanding 2 million crowns in ransom"; "leaves out 9 percent" beside "demanding a 12
percent pay rise". Told here with new fictional text, each beside near misses: another
measure so named, the same measure in a sentence about another thing, a past year's
figure, or a figure with no measure named still leaves the omission or the addition.
"""

from __future__ import annotations

import pytest
import support
from support import HALCYON_LEDE as LEDE
from support import HALCYON_OUTLETS as OUTLETS
from support import HALCYON_TOW as TOW
from support import HALCYON_TOWNS as TOWNS
from support import halcyon_colour

from storylens.options import Options

ON = Options(fact_coverage=True)

# --- an amount: "a ransom of X" / "X in ransom" ------------------------------------------

RANSOM = ("The smugglers' gang Red Tern, which seized the ship's logbooks, demanded a ransom of "
          "30 million crowns for their return.")


@pytest.mark.parametrize("own", [
    # the same ransom, its measure after the amount, a zero slipped
    "Port police in Kestow said the gang holding the logbooks wanted 3 million crowns in ransom by Friday.",
    # the same, nearer
    "Port police in Kestow said the gang holding the logbooks wanted 45 million crowns in ransom by Friday.",
])
def test_the_same_named_measure_with_another_value_is_no_omission(own):
    assert "30 million crowns" not in support.halcyon_story(RANSOM, own)[0]


@pytest.mark.parametrize("own", [
    # another measure so named: fines are no ransom
    "Port police in Kestow said the gang holding the logbooks had already paid 3 million crowns in fines.",
    # the same measure, but in a sentence about another thing (another gang's ransom)
    "Port police in Kestow said pirates were paid 3 million crowns in ransom for a trawler last winter.",
    # no measure named at the figure
    "Port police in Kestow said the gang holding the logbooks kept 3 million crowns in a bank account.",
    # two zeros slipped is no reading of one ransom
    "Port police in Kestow said the gang holding the logbooks wanted 300,000 crowns in ransom by Friday.",
])
def test_near_miss_another_measure_or_thing_leaves_the_omission(own):
    assert "30 million crowns" in support.halcyon_story(RANSOM, own)[0]


def test_the_ransom_truly_left_out_is_an_omission():
    assert "30 million crowns" in support.halcyon_story(RANSOM, None)[0]


# --- a share that qualifies a noun: "a 9 percent pay rise" --------------------------------
# (Any outlet's "X percent pay rise" in these stories' few sentences already carries the
# fact by the index's reading; the measure is asked of the figures directly.)


def _mention(ctx, article: str, figure: str):
    index = ctx.__dict__["_coverage_memo"]["index"]
    return next(m for (a, _), ms in index.mentions_of.items() if a == article
                for m in ms if m.q.text == figure)


def _named_between(fact: str, figure: str, own: str, own_figure: str) -> bool:
    """Whether Kestow Voice's ``own`` tells the figure of ``fact`` (given by the other
    three) otherwise by the measure both phrases name."""
    from storylens.findings.coverage import _named_otherwise, carried_facts

    texts = [[LEDE, TOW, fact, *halcyon_colour(TOWNS[i])] for i in range(3)]
    texts.append([LEDE, TOW, own, *halcyon_colour(TOWNS[3])])
    ctx = support.verbatim_context(texts, OUTLETS, ON)
    carried_facts(ctx)
    named = _named_otherwise(ctx, _mention(ctx, "a1", figure), "a4")
    return any(m.q.text == own_figure for m in named)


RISE = "The dockers' guild of Tamberly is demanding a 9 percent pay rise before it unloads the Halcyon Star."


@pytest.mark.parametrize("own", [
    "The dockers' secretary said the guild wants a 14 percent pay rise this year.",
    # the noun qualified in fewer words: "a 14 percent rise" of pay
    "The dockers' guild in Tamberly is asking for a 14 percent rise spread over two years.",
])
def test_the_same_qualified_share_with_another_value_is_told_otherwise(own):
    assert _named_between(RISE, "9 percent", own, "14 percent")


@pytest.mark.parametrize("own", [
    # the same words of a share, of another side's offer: only the measure's words shared
    "The port told the Kestow Voice it has offered a 4 percent pay rise this year.",
    # another measure qualified: a cut is no rise
    "The dockers' secretary told the Kestow Voice the guild wants a 14 percent cut in working hours.",
    # a share of a whole, no noun qualified
    "The dockers' secretary told the Kestow Voice 14 percent of guild members want a strike.",
    # a past year's rise
    "The dockers' guild in Tamberly won a 4 percent pay rise in 2019 after a strike of nine days.",
])
def test_near_miss_another_share_is_not_told_otherwise(own):
    figure = "4 percent" if "4 percent" in own and "14 percent" not in own else "14 percent"
    assert not _named_between(RISE, "9 percent", own, figure)


def test_a_share_with_no_noun_after_it_names_no_measure():
    own = "The dockers' guild in Tamberly says the port has offered 14 percent and no more."
    assert not _named_between(RISE, "9 percent", own, "14 percent")


# --- an age bound: "as young as 15" (additions) ------------------------------------------


def _additions(own: str, others: str | None) -> set[str]:
    """Kestow Voice gives ``own``; Orsk Post gives ``others`` (unaligned words); the
    other two tell the seizure without either."""
    texts = [
        [LEDE, TOW, *([others] if others else []), *halcyon_colour(TOWNS[0])],
        [LEDE, TOW, *halcyon_colour(TOWNS[1])],
        [LEDE, TOW, *halcyon_colour(TOWNS[2])],
        [LEDE, TOW, own, *halcyon_colour(TOWNS[3])],
    ]
    _, add = support.coverage_facts(texts, OUTLETS, ON)
    return {fact for outlet, fact in add if outlet == "Kestow Voice"}


DECKHANDS = ("Former deckhands of the Halcyon Star accused its captain Ivo Marrant of years of beatings, "
             "some of them when they were as young as 15.")


def test_the_same_age_bound_with_another_value_is_no_addition():
    other = "Marrant locked boys as young as 14 in the hold for days, a joint statement by the crew said."
    assert "15" not in _additions(DECKHANDS, other)


@pytest.mark.parametrize("other", [
    # a bound that names no measure: "as many as"
    "Marrant locked as many as 14 boys in the hold for days, a joint statement by the crew said.",
    # the same bound in a sentence about another thing
    "Fishing boats in Orsk take on boys as young as 14 each spring, the harbour office said.",
    # no other figure
    None,
])
def test_near_miss_no_age_bound_of_the_same_thing_leaves_the_addition(other):
    assert "15" in _additions(DECKHANDS, other)


# --- what a figure's phrase names ---------------------------------------------------------


@pytest.mark.parametrize("sentence, figure, named", [
    ("Red Tern is demanding 2 million crowns in ransom for the logbooks.", "2 million crowns", {"ransom"}),
    ("Red Tern demanded a ransom of 20 million crowns for the logbooks.", "20 million crowns", {"ransom"}),
    ("Red Tern has paid 2 million crowns in fines since the spring.", "2 million crowns", {"fin"}),
    # a quantity's word, a form, a time: no measure
    ("Red Tern has paid a total of 2 million crowns since the spring.", "2 million crowns", set()),
    ("Red Tern has paid 2 million crowns in total since the spring.", "2 million crowns", set()),
    ("Red Tern was paid 2 million crowns in cash by the owners.", "2 million crowns", set()),
    ("Red Tern was paid 2 million crowns in March by the owners.", "2 million crowns", set()),
    ("The guild is demanding a 9 percent pay rise from the port.", "9 percent", {"pay", "ris"}),
    ("The guild says 9 percent of its members will strike.", "9 percent", set()),
    ("The port has offered 9 percent and no more.", "9 percent", set()),
    ("Some of the boys were as young as 13 when they signed on.", "13", {"age:young"}),
    ("Some of the crew were as old as 70 when they signed on.", "70", {"age:old"}),
    # an "in" phrase to its head, past a form or whole, up to a function word or participle
    ("Red Tern has been paid 2 million crowns in total in ransom.", "2 million crowns", {"ransom"}),
    ("Red Tern owes 2 million crowns in back taxes outstanding since spring.", "2 million crowns",
     {"back", "tax"}),
    ("Red Tern lent 2 million crowns in new loans to the port.", "2 million crowns", {"loan"}),
    ("As many as 13 boys signed on at the quay in Orsk.", "13", set()),
])
def test_the_measure_a_figure_phrase_names(sentence, figure, named):
    from storylens.findings.coverage import _measure_named, carried_facts

    texts = [[LEDE, TOW, sentence, *halcyon_colour(TOWNS[i])] for i in range(2)]
    ctx = support.verbatim_context(texts, OUTLETS[:2], ON)
    carried_facts(ctx)
    assert _measure_named(ctx, _mention(ctx, "a1", figure)).words == named


# --- review26c: near misses the first reading let through (each silenced an omission) ----
# A demand against a payment or an offer, the youngest age against the oldest, an "in"
# phrase sharing only a modifier ("in fresh investment" / "in fresh loans"), a share of
# another whole ("a 12 percent rise in ferry fares"): two measures, the omission stays.

FRESH = ("The shipping line Grey Petrel has promised Tamberly 30 million crowns in fresh investment "
         "after the seizure.")
BACK_PAY = "The shipping line Grey Petrel owes the sailors 30 million crowns in back pay, their union says."
DEMANDED = ("The smugglers' gang Red Tern, which seized the ship's logbooks, demanded 30 million crowns "
            "in cryptocurrency for their return.")
YOUNG = ("Former deckhands of the Halcyon Star accused its captain Ivo Marrant of beatings, some when "
         "they were as young as 13.")


@pytest.mark.parametrize("fact, figure, own, own_figure", [
    # a modifier shared, another head: new loans are no investment
    (FRESH, "30 million crowns", "Kestow port officials said Grey Petrel, the vessel's owner, handed out "
     "4 million crowns in fresh loans to local firms this month.", "4 million crowns"),
    (BACK_PAY, "30 million crowns", "Kestow port officials said Grey Petrel, the vessel's owner, has "
     "4 million crowns in back taxes outstanding.", "4 million crowns"),
    # a ransom demanded / a ransom paid
    (RANSOM, "30 million crowns", "Port police in Kestow said the owners had already handed the gang "
     "5 million crowns in ransom for the logbooks.", "5 million crowns"),
    (DEMANDED, "30 million crowns", "Port police in Kestow said the owners had already handed the gang "
     "5 million crowns in cryptocurrency for the logbooks.", "5 million crowns"),
    # a pay rise demanded / offered
    (RISE, "9 percent", "The Kestow Voice learned the port has offered Tamberly's dockers' guild a 4 "
     "percent pay rise.", "4 percent"),
    # a share of another whole
    (RISE, "9 percent", "The Kestow Voice learned Tamberly's dockers' guild is angry at a 12 percent "
     "rise in ferry fares.", "12 percent"),
    # the youngest age / the oldest
    (YOUNG, "13", "The Kestow Voice said captain Ivo Marrant of the Halcyon Star also hired deckhands "
     "as old as 70.", "70"),
])
def test_near_miss_another_side_whole_or_head_is_not_told_otherwise(fact, figure, own, own_figure):
    assert not _named_between(fact, figure, own, own_figure)


@pytest.mark.parametrize("fact, figure, own, own_figure", [
    # a verb of wanting asks as "demanding" does
    (RISE, "9 percent", "The Kestow Voice learned Tamberly's dockers' guild is holding out for a 14 "
     "percent pay rise.", "14 percent"),
    # the measure's head in the other's phrase
    (RANSOM, "30 million crowns", "Port police in Kestow said the gang holding the logbooks wants 3 "
     "million crowns in ransom money by Friday.", "3 million crowns"),
    # past a whole to the measure
    (RANSOM, "30 million crowns", "Port police in Kestow said the gang holding the logbooks wants 3 "
     "million crowns in total in ransom.", "3 million crowns"),
])
def test_the_same_side_and_measure_is_still_told_otherwise(fact, figure, own, own_figure):
    assert _named_between(fact, figure, own, own_figure)


@pytest.mark.parametrize("own", [
    "Port police in Kestow said the owners had already handed the gang 5 million crowns in ransom for "
    "the logbooks.",
    "Port police in Kestow said the owners had already handed the gang a ransom of 5 million crowns for "
    "the logbooks.",
])
def test_a_ransom_paid_leaves_the_demand_an_omission(own):
    assert "30 million crowns" in support.halcyon_story(RANSOM, own)[0]
