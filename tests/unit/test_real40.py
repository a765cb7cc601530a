"""real40 (session 40): a read of real multi-article sets by the session-39 defaults
(fact_conflict and quote_changed on), each cause reproduced on invented text (fictional
people, places and outlets).

Every default line the read met was right; these rows pin the two new defaults' real
shapes and hold two faults found beside them as strict xfails.

1. Quote changed (an editor's gloss), by default. A SemEval dev pair on a politician's
   jibe: one outlet closes the quote after "... of <city>", the other puts "(without naming
   <party> and <leader>)" inside the quote marks. The finding is right, but its excerpt
   is not the outlet's text: "'…of <city>, (without naming …)'" where the article has
   "of <city> (without naming …),". Cause (``findings/quote_diff.py``, the gloss op is
   appended after every word op; ``findings/quotes.py``, ``_snippet`` joins the ops in list
   order): a gloss is shown after the quote's last words, whatever its place, so a gloss
   in mid-quote is quoted at the end ("'…the orders there, (the seat of …)'"), words the
   article never printed in that order. Fix (quotes40's files): keep the gloss op at its
   place among the word ops (after the word its bracket follows), or cut the excerpt from
   the outlet's own sentence around the bracket's span.

2. Fact conflict (a height), by default. A SemEval dev pair on floods: "floodwaters
   reached as high as four metres" / "water levels reached up to 3 meters": right (the
   flood's peak told two ways). A probe beside it: "a levee 3 meters high" is set against
   the floodwaters' four metres as "the height". Cause (``findings/facts.py``, rule
   fact.unaligned.context, with ``rules/numbers`` mapping "high" to the measure
   "height"): a dimension word after an amount ("<noun> 3 meters high") measures the noun
   before it, and two heights are paired without asking whose (water against a levee or
   wall). Fix (facts40's files): give a postposed dimension its holder (the noun right
   before the amount) and pair two heights only when neither names a holder or both
   name the same one. Not seen on a real page this session (a probe), kept strict so the
   fix is noticed.
"""

from __future__ import annotations

import re

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# --- 1. an editor's gloss inside the quote marks ---------------------------------------

RALLY = "\n\n".join([
    "Lisk: The Tarn Front-led cabinet in Ostmark will be run from Pelmont and not from "
    "Greyhall, former premier Ansel Corrow said on Wednesday in a jibe at his rivals.",
    "{a}",
    "Corrow, however, named no one when he made the remark.",
    "Greyhall has been the seat of the Vane family for three generations.",
])
DIG = "\n\n".join([
    "Pelmont: Former premier Ansel Corrow took a dig at Premier Idris Vane on Wednesday, "
    "saying the cabinet is run from Pelmont and not from Greyhall.",
    "{b}",
    "His remarks are likely to anger the Tarn Front, which takes pride in its ties to Greyhall.",
])
QUOTE = ("This cabinet will be run not from Greyhall (the Vane family's estate outside Lisk), "
         "but by the Greyhall of Pelmont")
GLOSS = "(without naming the Tarn Front or its leader)"
MID_A = ("\"The cabinet will be run from Pelmont, not from Greyhall, and everyone in Lisk knows "
         "who gives the orders there,\" Corrow told a rally.")
MID_B = ("\"The cabinet will be run from Pelmont (the seat of the Tarn Front), not from "
         "Greyhall, and everyone in Lisk knows who gives the orders there,\" Corrow said.")

GLOSS_ROWS = [
    # (the Harbour Ledger's line, the Wirecast's line, a quote_changed line expected)
    pytest.param(f"\"{QUOTE},\" Corrow told a rally.", f"\"{QUOTE} {GLOSS},\" Corrow said.",
                 True, id="gloss-added-inside-the-quote"),
    pytest.param(MID_A, MID_B, True, id="gloss-added-mid-quote"),
    # near misses: a gloss both outlets carry, and one outside the quote marks, change nothing
    pytest.param(f"\"{QUOTE} {GLOSS},\" Corrow told a rally.", f"\"{QUOTE} {GLOSS},\" Corrow said.",
                 False, id="both-carry-the-gloss"),
    pytest.param(f"\"{QUOTE},\" Corrow told a rally.",
                 f"\"{QUOTE},\" Corrow said, without naming the Tarn Front or its leader.",
                 False, id="gloss-outside-the-quote-marks"),
    pytest.param(f"\"{QUOTE},\" Corrow told a rally.", f"\"{QUOTE},\" Corrow said.", False,
                 id="same-quote"),
]


def _gloss_lines(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Harbour Ledger", text=RALLY.format(a=a)),
            Article(id="a2", source="t", outlet="Wirecast", text=DIG.format(b=b))]
    # asked for by name: quote changes are off by default again since session 40
    return [f.summary for f in compare_articles(arts, Options(quote_changes=True)).findings
            if f.type == "quote_changed"]


@pytest.mark.parametrize(("a", "b", "changed"), GLOSS_ROWS)
def test_an_editors_gloss_inside_the_quote_marks(a, b, changed):
    lines = _gloss_lines(a, b)
    assert bool(lines) is changed, lines
    if changed:
        assert "gloss" in lines[0], lines


# Once a strict xfail: quote_diff appended the gloss op after every word op, so the line
# quoted the gloss after the quote's last words ('…of Pelmont, (without naming …)'), text the
# outlet never printed. quote_diff._place_gloss (session 40, quotes40b) keeps it at its place.
@pytest.mark.parametrize(("a", "b"), [
    pytest.param(f"\"{QUOTE},\" Corrow told a rally.", f"\"{QUOTE} {GLOSS},\" Corrow said.",
                 id="gloss-before-the-closing-comma"),
    pytest.param(MID_A, MID_B, id="gloss-mid-quote"),
])
def test_a_gloss_excerpt_is_the_outlets_own_text(a, b):
    lines = _gloss_lines(a, b)
    assert lines, "the gloss is a quote change (rows above)"
    shown = re.search(r"Wirecast has '(.*)' \(an editor", lines[0])
    assert shown, lines
    for piece in shown.group(1).split("…"):
        assert piece.strip() in DIG.format(b=b), (piece, lines[0])


# --- 2. a height: the flood's peak, and a levee's height --------------------------------

FLOODS = "\n\n".join([
    "Floods swept through the river city of Vellmar on Wednesday, killing nine people and "
    "forcing thousands from their homes, officials said.",
    "Heavy rain fell through the night across the Ostra valley, the regional weather office said.",
    "Among the dead was an elderly couple trapped in their home in a district where "
    "floodwaters reached as high as four metres after a river burst its banks.",
    "Rescue teams used rubber boats to reach families stranded on rooftops, said regional "
    "spokesman Teodor Brask.",
    "Brask said the army had been asked to help clear the roads.",
])
WIRE = "\n\n".join([
    "Deadly floods hit Vellmar on Wednesday after a night of heavy rain, killing nine people, "
    "officials said.",
    "{b}",
    "Regional spokesman Teodor Brask said rescue teams were using rubber boats to reach "
    "stranded families.",
    "The army has been asked to help clear the roads, Brask said.",
])


def _height_lines(b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Harbour Ledger", text=FLOODS),
            Article(id="a2", source="t", outlet="Wirecast", text=WIRE.format(b=b))]
    # asked for by name: fact conflicts are off by default again since session 40
    return [f.summary for f in compare_articles(arts, Options(fact_conflicts=True)).findings
            if f.type == "fact_conflict"]


@pytest.mark.parametrize(("b", "conflict"), [
    # the flood's peak told two ways: the real pair's right line
    pytest.param("Thousands of people were displaced and a regional airport was closed after "
                 "water levels reached up to 3 meters in several places.", True,
                 id="water-levels-3m-against-floodwaters-4m"),
    pytest.param("Thousands were displaced; the water stood 3 meters high in several places.",
                 True, id="the-water-stood-3m-high"),
    # near misses: the same peak, a width, a rise over hours
    pytest.param("Thousands of people were displaced and a regional airport was closed after "
                 "water levels reached up to four meters in several places.", False,
                 id="the-same-peak"),
    pytest.param("Thousands of people were displaced after the river burst a levee 3 meters wide.",
                 False, id="a-levee-width"),
    pytest.param("Thousands of people were displaced as the river rose by 3 meters in six hours.",
                 False, id="a-rise-by"),
])
def test_a_flood_peak_told_two_ways(b, conflict):
    lines = _height_lines(b)
    assert bool(lines) is conflict, lines


HOLDER_CAUSE = (
    "findings/facts.py (fact.unaligned.context) reads '<noun> 3 meters high' as 'the height' "
    "and pairs it with the floodwaters' 'as high as four metres' without asking whose height "
    "(a levee's, a wall's): a postposed dimension measures the noun before it (real40 probe "
    "beside a SemEval dev flood pair)")


@pytest.mark.xfail(strict=True, reason=HOLDER_CAUSE)
@pytest.mark.parametrize("b", [
    pytest.param("Thousands of people were displaced after the river topped a levee 3 meters high.",
                 id="a-levee-3m-high"),
    pytest.param("Thousands of people were displaced after the river rose above a flood wall that "
                 "stands 3 meters high.", id="a-wall-that-stands-3m-high"),
])
def test_a_height_belongs_to_its_holder(b):
    assert not _height_lines(b)
