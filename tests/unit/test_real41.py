"""real41 (session 41): a read of real multi-article sets by the session-40 defaults
(name_variant, shared_source, framing, shared_quote, addition), each shape pinned on
invented text (fictional people, places and outlets).

Sets read (none copied here), 82 in all: 16 PolNeAR valid regroupings of articles the
s8 sets left out (debateafter4, blackvoters3, health3oz, sanders3, latino3, terror3,
russia3, debatepre3, dean2, pence2, letters3, economy3, saudi2, museum3, vets72,
superpac_latino3: no finding, the warning on 12: one campaign's threads, not one event); 38 SemEval dev sets (new
groupings: monsey4, antisem6, caa4, kim3, kimiran3, iraq4b, iran3b, nyemix3, protests3,
the 1484004794/1484011054/1484269165 triple, pope6, iraq6; A and B pairs reread under the
new defaults: hk2, floods2, maxwell2, austria2, pot2, calif2, emis2, mainecop2, babies2,
london2, salman2, quiet2, wanda2, krera2, lisa2, delhi2, trumpnye2, powerball2, bok2,
ludo2, hatecrime2, gadgets2, turkish2, vidal2, israel2, evangel2); the 14 SemEval dev C
(unrelated) pairs (no finding, the warning on 13); 4 A pairs with an unrelated dev article
added; 10 extraction-page groups (wework3, kidnap2, plague3, assange2, moon3, meth3,
europa2, hibern2, homedepot2, stadia3). Default 77 lines (70 distinct), every one right:
addition 15 (12 distinct: kim3 '40 to 50 nuclear bombs', floods2 '90 neighbourhoods', pot2
'25 percent', calif2 '41,000', emis2 '$15', babies2 '3.80 kg', delhi2 '105 seats', bok2
'2.3 per cent' and '1.25 percent', powerball2 '$6', europa2 '17' and '5,200 pounds'),
framing 22, name_variant 17, shared_quote 22, shared_source 1. --all-findings 87 lines,
every one right (adds fact_conflict 6, quote_changed 1, omission 1, framing 2).

1. Addition (a figure only one outlet gives), by default. A SemEval dev pair on a state
   losing a congressional seat: one outlet gives a relocation study's "63,175 <residents>
   moved" and "nearly 41,000" the other way; the other outlet gives "an estimated 63,000".
   The line names '41,000' alone: the other's rounded "an estimated 63,000" counts as the
   same figure told. The rows pin both halves, with near misses (the reverse flow told
   "about 41,000" by both: no line; the other outlet giving no figure: the first one is
   the addition).

2. Addition, a probe beside the read (not seen on a real page; kept strict so a fix is
   noticed). One outlet writes "<n> buses a day, or <n*365> a year", the other "a dozen
   buses daily": the line "Only <outlet> gives the figure '<n*365>'" names a figure that
   only restates the shared daily rate over a year. Cause (``findings/coverage.py``,
   coverage41's file): ``_rate_times_span`` converts a rate into a total over a span and
   back ("420 million a year" / "1.7 billion over four years") but not a rate per one
   period into the same rate per another (a day / a year); when the two sentences align
   (the other writes "12 buses daily") no line is made, so only an unaligned telling shows
   it. Fix: count a rate as told where another giver has the same family's rate per
   another period whose per-second values round to each other (``_rounds``), as
   ``_rate_times_span`` does for totals. Near misses: a second product's yearly figure and
   another plant's yearly figure stay additions.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDGER = "\n\n".join([
    "Norland could lose a seat in the federal assembly after the next census count, "
    "according to new estimates released on Monday.",
    "The state's population grew more slowly than the national average over the past "
    "decade, the Census Office said.",
    "Demographer Ilse Varga said the loss has much to do with residents moving to Kessary "
    "and other states to the east.",
    "{a}",
    "The final count will be published in the spring, the office said.",
])
COAST = "\n\n".join([
    "Norland may lose a seat in the federal assembly after the next census count, new "
    "estimates released on Monday show.",
    "The state's population grew more slowly than the national average over the past "
    "decade, the Census Office said.",
    "Demographer Ilse Varga said the potential loss has a lot to do with residents moving "
    "to Kessary and other states to the east.",
    "{b}",
    "The final count will be published in the spring.",
])
STUDY = ("A relocation study by the Kessary Realty Board found that 63,175 Norlanders moved to "
         "Kessary in 2017, while Norland was the top destination for people leaving Kessary, "
         "with nearly 41,000 moving west.")

ADDITION_ROWS = [
    # (the Harbour Ledger's line, the Coast Times' line, the figure told as added or None)
    pytest.param(STUDY, "Kessary, the state to which an estimated 63,000 Norlanders moved in "
                 "2017, stands to gain two seats.", "41,000", id="rounded-figure-is-told"),
    pytest.param(STUDY, "Kessary, the state to which an estimated 63,000 Norlanders moved in "
                 "2017, drew about 41,000 people the other way.", None,
                 id="both-figures-told-roughly"),
    pytest.param("A relocation study by the Kessary Realty Board found that 63,175 Norlanders "
                 "moved to Kessary in 2017.", "Kessary stands to gain two seats.", "63,175",
                 id="figure-only-one-gives"),
]


@pytest.mark.parametrize(("a", "b", "figure"), ADDITION_ROWS)
def test_an_addition_names_the_figure_only_one_outlet_gives(a, b, figure):
    arts = [Article(id="a1", source="t", outlet="Harbour Ledger", text=LEDGER.format(a=a)),
            Article(id="a2", source="t", outlet="Coast Times", text=COAST.format(b=b))]
    lines = [f.summary for f in compare_articles(arts, Options()).findings if f.type == "addition"]
    if figure is None:
        assert not lines, lines
    else:
        assert len(lines) == 1, lines
        assert lines[0].startswith(f"Only Harbour Ledger gives the figure '{figure}'"), lines


# --- 2. a rate restated per another period ------------------------------------------------

DAILY = "The Varro plant turns out 12 buses a day, or 4,380 a year, the company said."

RATE_ROWS = [
    # (the Harbour Ledger's line, the Coast Times' line, the figure told as added or None)
    pytest.param(DAILY, "Varro says its plant builds a dozen buses daily.", None,
                 marks=pytest.mark.xfail(strict=True, reason=(
                     "findings/coverage.py (_rate_times_span converts a rate to a total over a "
                     "span, never to the same rate per another period): '4,380 a year' restating "
                     "'12 a day' is told as added when the sentences do not align (real41 probe)")),
                 id="yearly-restatement-of-a-daily-rate"),
    # near misses: aligned tellings, the yearly figure told outright, a new product's figure
    pytest.param(DAILY, "Varro says its plant builds 12 buses daily.", None, id="daily-rate-aligned"),
    pytest.param(DAILY, "Varro says its plant builds 4,380 buses a year.", None, id="yearly-figure-told"),
    pytest.param("The Varro plant turns out 12 buses a day and 300 trucks a year, the company said.",
                 "Varro says its plant builds a dozen buses daily.", "300", id="second-product-added"),
    pytest.param("The Varro plant turns out 12 buses a day, and its Tolm plant 4,380 a year, the "
                 "company said.", "Varro says its plant builds a dozen buses daily.", "4,380",
                 id="another-plants-figure-added"),
]


@pytest.mark.parametrize(("a", "b", "figure"), RATE_ROWS)
def test_a_rate_restated_per_another_period_is_no_addition(a, b, figure):
    test_an_addition_names_the_figure_only_one_outlet_gives(a, b, figure)
