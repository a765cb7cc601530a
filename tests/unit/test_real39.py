"""real39 (session 39): the wrong lines of a real multi-article read, each cause
reproduced on invented text (fictional people, places and outlets).

1. Fact conflict (count), with --all-findings. A PolNeAR pair on schooling (a college
   savings column and a parents' rally): "nyt gives the number of children as two;
   huff-post as four", where the column's "two children" is a hypothetical family's (paying
   tuition for two children at once raises your chances of aid) and the rally's "four
   children" a named parent's ("said <parent>, who has four children"). Cause
   (``findings/facts.py``, ``_same_facts`` -> ``_sole_pair``, rule
   fact.unaligned.referent): each article's one count of one counted noun ("children") in
   two articles that share a name is read as one fact told two ways; the count's owner is
   not asked: a count a named person has ("X, who has four children", "her two sons") is
   that person's, and a generic or second-person one ("your", "families with") is no one's.
   Fix (facts39's file): give a count the person it belongs to, as ``_Mention.person`` does
   for an age, and pair sole counts only when both have the same owner or neither has one;
   a count in a hypothetical ("if", "your", "at once") is no fact of the story.

2. Framing (attribution verb), by default. Three extraction-benchmark pages on one laptop
   keyboard story: "Gizmodo writes 'admitted' where MacRumors.com writes 'continues' for
   the same statement", where "<company> continues to offer free repairs to affected
   customers" is an ongoing act, no statement, and "admitted to the flawed design" an
   admission the other outlet does not tell. Cause (``findings/framing.py``, ``_cues``,
   with ``rules/attribution.py``): "continue" is a NEUTRAL cue verb (for '"...," he
   continued') and, not in FRAMING_CLAUSE_ONLY_LEMMAS, is read whatever follows; and
   ``findings/attribution.reports_statement``'s ``_clause_after`` takes any "to" in the
   complement as a clause sign ("claimed to be"), so "continues to offer ... to affected
   customers" passes even then. Fix (framing39's files): "continue" with a to-infinitive
   right after it ("continues to offer", "continued to fight") is aspect, no cue; a
   "continued" that trails a quote stays one (near-miss rows below).

Both files had other owners this session, so the wrong rows were strict xfails; the lead
then fixed both (rules/attribution.ASPECT_LEMMAS, read in framing._cues; a count after
"who has" is its antecedent's own, facts._possessed, rules/numbers.HAVE_FORMS).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from storylens.models import Article
from storylens.options import EVERY_FINDER, Options
from storylens.pipeline import compare_articles

EVERY = replace(Options(), **{name: True for name in EVERY_FINDER})

# --- 1. a count of children: a hypothetical family's against a named parent's -----------

COUNT_OWNER_CAUSE = (
    "findings/facts.py (_sole_pair, fact.unaligned.referent) pairs each article's one count "
    "of 'children' though one is a hypothetical family's ('paying tuition for two children at "
    "once') and the other a named parent's ('said <parent>, who has four children'): a count's "
    "owner is not asked (real39, PolNeAR pair on schooling, --all-findings)")

COLUMN = "\n\n".join([
    "Families in Marrow County are being told to start saving for college early, the "
    "county's school board said on Tuesday.",
    "Board chair Tilda Rusk said tuition at Calder State had risen every year for a decade.",
    "{line}",
    "Rusk said the board would hold a meeting on fees in March.",
])
RALLY = "\n\n".join([
    "Parents in Marrow County rallied outside the school board offices on Tuesday to demand "
    "more money for classrooms.",
    "Board chair Tilda Rusk told the crowd the county could not raise fees again.",
    "\"We need the money for the school to go on,\" said Orla Penn, who has four children.",
    "The rally ended peacefully after two hours.",
])

COUNT_ROWS = [
    # (the Harbour Ledger column's line, a fact_conflict line expected)
    pytest.param("But paying tuition for two children at once will raise your chances of "
                 "qualifying for aid.", False, id="a-hypothetical-family-not-the-parent"),
    # near misses: a plural generic count is no one's either, and stays quiet today
    pytest.param("Families with two children at Calder State pay the most.", False,
                 id="families-with-two-children"),
    pytest.param("Tuition has doubled since Rusk's own children studied there.", False,
                 id="no-count-at-all"),
]


@pytest.mark.parametrize(("line", "conflict"), COUNT_ROWS)
def test_a_count_belongs_to_its_owner(line, conflict):
    arts = [Article(id="a1", source="t", outlet="Harbour Ledger", text=COLUMN.format(line=line)),
            Article(id="a2", source="t", outlet="Wirecast", text=RALLY)]
    lines = [f.summary for f in compare_articles(arts, EVERY).findings
             if f.type == "fact_conflict" and "children" in f.summary]
    assert bool(lines) is conflict, lines


# --- 2. "continues to offer": an ongoing act, no verb of saying ----------------------------

CONTINUE_CAUSE = (
    "findings/framing.py (_cues) reads 'continues' (a NEUTRAL cue for '\"...,\" he continued') "
    "before a to-infinitive as a verb of saying, and attribution._clause_after takes the "
    "'to' as a clause sign, so '<company> continues to offer free repairs' is set as the plain "
    "side against another outlet's 'admitted to the flawed design' (real39, extraction pages "
    "on one laptop keyboard)")

REVIEW = "\n\n".join([
    "Orvik is expected to release a new 14-inch Pelta laptop with a redesigned keyboard next "
    "year, analyst Mira Soln said on Monday.",
    "The Pelta's flat keyboard has drawn complaints since 2016 from users who said keys stuck "
    "or repeated.",
    "{a}",
    "Soln said the new model would keep the same price.",
])
GADGETS = "\n\n".join([
    "Orvik's new Pelta laptop drops the flat keyboard that drew years of complaints, analyst "
    "Mira Soln said.",
    "The flat keyboard, introduced in 2016, was blamed for keys that stuck or repeated.",
    "{b}",
    "The new model goes on sale next month.",
])

CONTINUE_ROWS = [
    # (the Harbour Ledger's line, the Wirecast's line, an attribution-verb line expected)
    pytest.param("Orvik continues to offer free repairs to affected customers as part of its "
                 "worldwide service program.",
                 "Orvik admitted to the flawed design and launched a limited repair program in "
                 "June 2018, before it offered free keyboard repairs to all affected customers.",
                 False, id="continues-to-offer-is-no-saying"),
    # near misses: one statement told with "said" and with "admitted", and a quote's
    # trailing "continued" against "admitted": the contrast the finder is for
    pytest.param("Orvik said it would offer free repairs to affected customers as part of its "
                 "worldwide service program.",
                 "Orvik admitted it would offer free repairs to affected customers as part of "
                 "its worldwide service program.", True, id="said-against-admitted"),
    pytest.param("\"We will repair every affected keyboard for free,\" Orvik continued.",
                 "\"We will repair every affected keyboard for free,\" Orvik admitted.", True,
                 id="quote-then-continued"),
]


@pytest.mark.parametrize(("a", "b", "framed"), CONTINUE_ROWS)
def test_continue_to_do_is_no_verb_of_saying(a, b, framed):
    arts = [Article(id="a1", source="t", outlet="Harbour Ledger", text=REVIEW.format(a=a)),
            Article(id="a2", source="t", outlet="Wirecast", text=GADGETS.format(b=b))]
    lines = [f.summary for f in compare_articles(arts, Options()).findings
             if f.type == "framing" and "admitted" in f.summary]
    assert bool(lines) is framed, lines
