"""An amount after "worth" or "valued at" is a value, as "a value of" names one: an outlet
writing "worth over 90 million crowns on the street" tells the "street value of 40
million crowns" the others give otherwise (a conflict, fact_conflict's business), and
leaves nothing out. Held-out t143 (session 26): "estavia-patriot leaves out the figure
'480 million euros'" of the outlet giving "worth over 1 billion euros on the street".
Invented text (the Halcyon Star of tests/support.py); the near misses keep the omission:
a value of another thing, another measure so named (a fine), a value two zeros off, no
figure at all."""

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

VALUE = ("Customs officers found cocaine with an estimated street value of 40 million crowns "
         "in the hold of the seized cargo ship.")


@pytest.mark.parametrize("own", [
    # further apart than a dispute (DISPUTE_RATIO), one value named twice (NAMED_RATIO)
    "More than two tonnes of cocaine, worth over 150 million crowns on the street, were hidden "
    "among bananas below deck.",
    "More than two tonnes of cocaine found in the hold, valued at 150 million crowns, were hidden "
    "among bananas.",
])
def test_a_value_told_after_worth_is_neither_omission_nor_addition(own):
    omitted, added = support.halcyon_story(VALUE, own)
    assert "40 million crowns" not in omitted and "150 million crowns" not in added


@pytest.mark.parametrize("own", [
    # another measure so named: a fine is no value
    "More than two tonnes of cocaine were hidden among bananas below deck, and the owners face "
    "a fine of 150 million crowns.",
    # the value of another thing, in a sentence about it
    "More than two tonnes of bananas, worth over 150 million crowns, were loaded at Orsk for the "
    "return voyage.",
    # two zeros off is no reading of one value
    "More than two tonnes of cocaine, worth over 900 million crowns on the street, were hidden "
    "among bananas below deck.",
    # nothing
    None,
])
def test_near_miss_another_value_or_measure_leaves_the_omission(own):
    assert "40 million crowns" in support.halcyon_story(VALUE, own)[0]


def _mention(ctx, article: str, figure: str):
    index = ctx.__dict__["_coverage_memo"]["index"]
    return next(m for (a, _), ms in index.mentions_of.items() if a == article
                for m in ms if m.q.text == figure)


@pytest.mark.parametrize("sentence, figure, named", [
    ("The haul was worth over 1 billion crowns on the street.", "1 billion crowns", {"valu"}),
    ("The haul was valued at an estimated 3 million crowns.", "3 million crowns", {"valu"}),
    ("The haul was worth 3 million crowns, police said.", "3 million crowns", {"valu"}),
    # near misses: a figure no "worth" takes, or one the sentence's worth does not
    ("The owners paid 3 million crowns for the worthless hull.", "3 million crowns", set()),
    ("It was worth asking why the owners paid 3 million crowns.", "3 million crowns", set()),
])
def test_worth_names_a_value(sentence, figure, named):
    from storylens.findings.coverage import _measure_named, carried_facts

    texts = [[LEDE, TOW, sentence, *halcyon_colour(TOWNS[i])] for i in range(2)]
    ctx = support.verbatim_context(texts, OUTLETS[:2], ON)
    carried_facts(ctx)
    assert _measure_named(ctx, _mention(ctx, "a1", figure)).words == named
