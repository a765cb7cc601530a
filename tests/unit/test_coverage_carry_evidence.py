"""What counts as another outlet carrying a fact (``findings/coverage.py``), on invented
stories: the false cases of the s8 reader report (items 4 and 9) beside near misses that
must still count.

* a two-word line ("You pay your taxes.", "10 a.m.") shared one word with a fact's
  sentence and so "carried" it: overlap over the shorter sentence needs
  ``MIN_PARAPHRASE_STEMS`` shared stems too;
* an outlet's own name is never its "only here" fact, and it never "leaves out" its name;
* a rounder value of another thing ("46 percent to 42 percent" of another poll) gave a
  poll's "41.7 percent": a rounding gives a figure only with the same measure and referent.
"""

from __future__ import annotations

import pytest
from support import verbatim_context

from storylens.findings import coverage as C
from storylens.findings.common import FindingContext
from storylens.findings.coverage import _abbreviates, find_omissions
from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE = "The Vella council voted on Tuesday to raise the harbour tax for the first time in a decade."
TOVEY = "Economist Harlan Tovey said the new harbour tax would hurt small fishing firms the most."
TOVEY_2 = "Tovey said the council had ignored repeated warnings from the fishing cooperatives."
LONG = [LEDE, TOVEY, TOVEY_2,
        "Boat owners at the Orvik quay said they would pass the cost on to buyers at the market."]
# a live blog: short lines, each sharing at most one word with Tovey's sentence
BLOG = [LEDE, "10 a.m.", "You pay your taxes.", "Believe me.", "Small firms.",
        "Council members left the chamber by the back door after the vote."]


@pytest.fixture(autouse=True)
def _all_listed(monkeypatch):
    monkeypatch.setattr(C, "SUMMARY_TOP", 50)


def _compare(texts, outlets=("Delta Post", "River News"), **kw):
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t), **kw)
            for i, (o, t) in enumerate(zip(outlets, texts, strict=True))]
    return compare_articles(arts, Options())


def _only(comp, article="a1"):
    cov = coverage_summary(comp)
    return [t["label"] for t in next(o for o in cov["outlets"] if o["article"] == article)["only_here_top"]]


def test_short_lines_do_not_carry_a_fact_they_share_one_word_with():
    labels = _only(_compare([LONG, BLOG]))
    assert any(x.startswith("Harlan Tovey (economist)") for x in labels), labels


# Near misses: the other outlet tells Tovey's point in its own words (several content words
# in common), so the fact is carried and not "only here".
CARRIED = [
    ("a paraphrase without the name",
     "A leading economist warned the new harbour tax would hurt small fishing firms."),
    ("the name itself", "Harlan Tovey, an economist, spoke against the tax."),
]


@pytest.mark.parametrize("case,line", CARRIED, ids=[c for c, _ in CARRIED])
def test_a_real_retelling_still_carries_the_fact(case, line):
    assert not any("Tovey" in x for x in _only(_compare([LONG, [*BLOG, line]]))), case


# --- an outlet's own name -----------------------------------------------------------

OWN = [  # (outlet key or host, name, its own name?)
    ("nyt", "New York Times", True),
    ("nyt", "The New York Times", True),
    ("wash-post", "Washington Post", True),
    ("www.washingtonpost.com", "Washington Post", True),
    ("breitbart", "Breitbart News Daily", True),
    ("bbc.co.uk", "BBC News", True),
    ("theguardian.com", "The Guardian", True),
    ("vella-times", "Vella Times", True),
    # near misses: a part of the name, another outlet's name, someone's initials
    ("nyt", "New York", False),
    ("wash-post", "Washington", False),
    ("breitbart", "Andrew Breitbart", False),
    ("ap", "Alex Peters", False),
    ("nyt", "Nancy Yates", False),
    ("vella-times", "Tarn Times", False),
    ("news.yahoo.com", "News Corp", False),
    # near misses: the key spelled, then words that are no outlet's (s8 review)
    ("guardian", "Guardian Angels", False),
    ("independent", "Independent Electoral Commission", False),
    ("mirror", "Mirror Lake", False),
    ("vella-sun", "Vella Sun Microsystems", False),
    ("fox", "Fox News Channel", True),
    # a clipped word then one initial ending the key is no spelling of it (s8 review)
    ("thetimes.co.uk", "Times Square", False),
    ("times", "Times Square", False),
    ("thetimes.co.uk", "The Times", True),
]


@pytest.mark.parametrize("outlet,name,own", OWN)
def test_an_outlets_own_name_is_recognised(outlet, name, own):
    assert _abbreviates(outlet, name) is own


PLUG = "Harbour officials told the Kessel Herald that the tax would be reviewed within a year."
TIMES = [LEDE, TOVEY, PLUG, "The Kessel Herald has covered the harbour since 1881."]


def test_an_outlet_lists_no_own_name_as_only_here():
    labels = _only(_compare([TIMES, BLOG], outlets=("kessel-herald", "River News")))
    assert not any("Kessel Herald" in x for x in labels), labels
    # near miss: another outlet naming the Times lists it
    labels = _only(_compare([TIMES, BLOG], outlets=("Delta Post", "River News")))
    assert any("Kessel Herald" in x for x in labels), labels


def _ctx(texts: list[list[str]], outlets: list[str]) -> FindingContext:
    return verbatim_context(texts, outlets, Options(fact_coverage=True))


RESCUE = "Coastguard crews from Tessel towed the ferry back to port by midnight."
GROUND = "The Draven ferry ran aground off Kessel Point on Tuesday with passengers aboard."


TOLD = [  # three outlets give the Orvik Herald's scoop in their own words, naming it twice
    ["The operator told the Orvik Herald that 212 passengers were on board the ferry.",
     "The Orvik Herald first reported the grounding late on Tuesday evening."],
    ["Some 212 passengers were on board, the operator told the Orvik Herald on Wednesday.",
     "Photographs published by the Orvik Herald showed the hull resting on the rocks."],
    ["According to the Orvik Herald, the ferry carried 212 passengers on the crossing.",
     "A reporter for the Orvik Herald was among the passengers, the paper said."],
]
HERALD_OWN = "Passengers waited on deck for hours before the tow arrived."


@pytest.mark.parametrize("outlet,fires", [("orvik-herald", False), ("Isle Daily", True)])
def test_an_outlet_never_leaves_out_its_own_name(outlet, fires):
    # near miss: an outlet of another name that tells the same without it leaves it out
    story = [[GROUND, RESCUE, *t] for t in TOLD] + [[GROUND, RESCUE, HERALD_OWN]]
    ctx = _ctx(story, ["Harbour Post", "Coast Courier", "Bay Monitor", outlet])
    left = [f.detail["outlet"] for f in find_omissions(ctx)
            if f.detail["fact"]["text"] == "Orvik Herald"]
    assert (left == [outlet]) is fires, left


# --- a rounder value gives a figure only of the same thing ----------------------------

POLL = ("The Tarn Institute tracking poll showed Vell leading Ardo by 47.1 percent to "
        "41.7 percent on Friday.")
POLL_LEDE = "Two new polls of the Vella mayoral race were released on Friday, a week before the vote."
OTHER_POLL = "A separate Orm College poll found Vell ahead of Ardo by 46 percent to 42 percent."
SAME_POLL = "The Tarn Institute poll had Vell at 47 percent and Ardo at 42 percent."
FILLER = "Both campaigns held rallies in the harbour district on Saturday night."


def test_a_near_value_of_another_poll_does_not_give_the_figure():
    # Coast Courier's 42 is another poll's share, in a sentence not aligned with the
    # fact's: it does not give "41.7 percent" (was: "which 2 other outlets give")
    ctx = _ctx([[POLL_LEDE, POLL, FILLER], [POLL_LEDE, OTHER_POLL, FILLER]],
               ["Harbour Post", "Coast Courier"])
    index = C._Index(list(ctx.docs))
    fact = next(f for f in C.facts_of(ctx.documents["a1"]) if f.text == "41.7 percent")
    assert not index.gives("a2", fact)
    assert index.carries("a2", fact, index.stems_of[fact.sentence])  # not "left out" either


def test_the_same_figure_rounded_in_an_aligned_sentence_still_gives_it():
    # near miss: Coast Courier gives the Tarn poll rounded, in a sentence aligned with the
    # fact's (the same poll): it gives the figure
    ctx = _ctx([[POLL_LEDE, POLL, FILLER], [POLL_LEDE, SAME_POLL, FILLER], [POLL_LEDE, FILLER]],
               ["Harbour Post", "Coast Courier", "Isle Daily"])
    index = C._Index(list(ctx.docs))
    fact = next(f for f in C.facts_of(ctx.documents["a1"]) if f.text == "41.7 percent")
    index.group_of = {fact.sentence: 0, **{s.id: 0 for s in ctx.documents["a2"].sentences
                                            if "47 percent" in s.text}}
    assert index.gives("a2", fact)
    index.group_of = {}
    assert not index.gives("a2", fact)  # not aligned, no measure in common: not the same poll
