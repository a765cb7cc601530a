"""omission and addition at the level of facts (issue 12), on invented text: they fire on
2- and 3-outlet stories, stay few, and keep quiet on the near misses."""

from __future__ import annotations

import pytest
import support

from storylens.analysis import analyse
from storylens.findings.common import FindingContext
from storylens.findings.confidence import rule_confidence
from storylens.findings.coverage import (
    MAX_ADDITIONS_PER_OUTLET,
    MAX_PER_OUTLET,
    MAX_PER_STORY,
    anchors,
    facts_of,
    find_additions,
    find_omissions,
)
from storylens.models import Alignment, Article
from storylens.options import Options
from storylens.segment import segment

OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily", "Bay Monitor"]
ON = Options(fact_coverage=True)

LEAD = "The Draven ferry ran aground off Kessel Point on Tuesday with passengers aboard."
RESCUE = "Coastguard crews from Tessel towed the ferry back to port by midnight."
HURT = "Twelve of the passengers were taken to hospital in Orvik with cuts and bruises."
TOLL = "The operator said 212 passengers and 14 crew were on board when the hull struck rock."
REPAIR = "Records show the operator postponed a 3-million-crown hull repair last year."
COLOUR = "Fishermen at the Orvik quay said the current there has been unusually strong."


def _ctx(texts: list[list[str]], options: Options = ON, edited: tuple[tuple[str, str], ...] = (),
         outlets: list[str] = OUTLETS, published: list[str | None] | None = None) -> FindingContext:
    """Articles of one paragraph per sentence; equal sentences are aligned verbatim, the
    ``edited`` pairs of sentence texts (as the aligner would link them) as edited."""
    return support.verbatim_context(texts, outlets, options, published, edited)


def _check(found):
    for f in found:
        assert f.detail["rule"].startswith(("omission.fact.", "addition.fact."))
        assert f.detail["score"] > 0
        assert f.confidence == rule_confidence(f.detail["rule"])  # calibrated data
        assert len(f.sentences) == 1 and f.spans
        assert "\n" not in f.summary


# The same events in Vella Times' own words: two outlets that give a fact each in their
# own text are two choices; two copies of one text are one (see the near misses below).
V_LEAD = "Passengers were aboard when the Draven ferry struck rocks near Kessel Point on Tuesday evening."
V_RESCUE = "Tessel coastguard boats pulled the stricken vessel into harbour before midnight."
WAIT = "Islanders gathered at the Orvik quay to wait for news of relatives on the ferry."


def test_omission_fires_on_three_outlets():
    ctx = _ctx([[LEAD, RESCUE, TOLL], [V_LEAD, V_RESCUE, TOLL], [LEAD, RESCUE, COLOUR, WAIT]])
    found = find_omissions(ctx)
    _check(found)
    assert found and {f.detail["outlet"] for f in found} == {"Coast Courier"}
    # one finding per fact, though each carrier's copy of it is a fact of its own
    assert len({f.detail["fact"]["text"] for f in found}) == len(found)
    assert found[0].detail["fact"]["kind"] == "cardinal"
    assert "Coast Courier leaves out the figure" in found[0].summary
    assert set(found[0].detail["carried_by"]) == {"Harbour Post", "Vella Times"}


TOLD = "The operator said passengers and crew were on board when the hull struck rock."


def test_omission_fires_on_two_outlets_for_a_lede_fact():
    # the other outlet tells the lede sentence (aligned, edited) without the figures
    ctx = _ctx([[LEAD, TOLL, RESCUE], [LEAD, TOLD, RESCUE, COLOUR]], edited=((TOLL, TOLD),))
    found = find_omissions(ctx)
    _check(found)
    assert [f.detail["outlet"] for f in found] == ["Vella Times"]
    assert found[0].sentences == ("a1:s1",)
    assert found[0].summary.startswith("Vella Times leaves out the figure '212'")


def test_a_lede_figure_the_other_never_tells_is_neither_omission_nor_addition():
    # two pieces of news in two ledes (bushfires in two states, a round-up and one
    # country's protests): without a counterpart sentence "leaves out" is not claimed
    ctx = _ctx([[LEAD, TOLL, RESCUE], [LEAD, RESCUE, COLOUR]])
    assert find_omissions(ctx) == [] and find_additions(ctx) == []


def test_two_articles_of_one_outlet_are_not_two_outlets():
    texts = [[LEAD, TOLL, RESCUE], [LEAD, TOLD, RESCUE, COLOUR]]
    same = ["Harbour Post", "Harbour Post"]
    ctx = _ctx(texts, edited=((TOLL, TOLD),), outlets=same)
    assert find_omissions(ctx) == [] and find_additions(ctx) == []
    # an unnamed outlet is never "the same" outlet
    ctx = _ctx(texts, edited=((TOLL, TOLD),), outlets=["", ""])
    assert [f.type for f in find_omissions(ctx)] == ["omission"]


# Two stories that share small whole shares and a few words of a quote, and nothing else:
# an outlook for ferry fares and a port's harbour dues (no aligned sentence).
FARES = [
    "Kessel Ferries will raise fares by 3% in March, the operator said on Monday.",
    "Fuel and crew costs rose 6% last year, according to the operator's annual report.",
    '"Passengers will see better boats and more sailings on the route," chief executive Ilse Marrow said.',
    "The operator carried 1.4 million passengers on the Kessel route in the last twelve months.",
]
DUES = [
    "The Orvik port board will raise harbour dues by 3% from April, its chair said.",
    "Cargo traffic through Orvik grew 6% in the autumn as grain exports recovered.",
    '"We will see better boats at the quay," board member Piet Vorland said.',
    "Passengers of the Kessel route pay no harbour dues at Orvik, the board said.",
]


def test_small_shares_and_quote_fragments_do_not_make_one_story():
    ctx = _ctx([FARES, DUES])
    found = find_omissions(ctx) + find_additions(ctx)
    assert found == [], [f.summary for f in found]


def test_each_piece_of_story_evidence_alone():
    def additions(fares, dues):
        return [f.detail["fact"]["text"] for f in find_additions(_ctx([fares, dues]))]

    exact = [[x.replace("3%", "3.5%").replace("6%", "6.5%") for x in t] for t in (FARES, DUES)]
    assert additions(*exact) == ["1.4 million"]  # two shares no chance explains
    # one such share and a few words of two different quotes: not two shared facts
    one = [[x.replace("6.5%", "8%") for x in exact[0]], exact[1]]
    assert additions(*one) == []
    # the same quote in both (its words, reworded a little) is a shared fact
    quoted = [exact[0][0], exact[0][1].replace("6.5%", "8%"), exact[0][2], exact[0][3]]
    same_quote = [*exact[1][:3], exact[0][2].replace("chief executive Ilse Marrow", "its chief Ilse Marrow"),
                  exact[1][3]]
    assert additions(quoted, same_quote) == ["1.4 million"]


@pytest.mark.parametrize("similarity, story", [(0.42, False), (0.6, True)])
def test_only_a_close_paraphrase_makes_one_story(similarity, story):
    # one aligned paraphrase and nothing else in common: a loose one (only the
    # --paraphrases tier links it) is no evidence that the two tell one story
    fares = [x.replace("6%", "8%") for x in FARES]
    ctx = _ctx([fares, DUES])
    link = Alignment("paraphrase", ("a1:s0", "a2:s0"), similarity)
    ctx = FindingContext.build(ctx.docs, (*ctx.alignments, link), None, ON)
    assert bool(find_additions(ctx)) is story


def test_a_small_share_beside_a_shared_name_is_one_story():
    # the same chief executive named in both, and the same 3% rise: one story, so the
    # passenger figure only one outlet gives is reported (near miss of the test above)
    other = [
        "Kessel Ferries will put fares up 3% in March, chief executive Ilse Marrow said.",
        "Ilse Marrow said the rise would pay for newer boats on the Kessel route.",
        "Regular passengers on the route said the rise was the third in two years.",
        "The operator has carried passengers on the Kessel route for many years.",
    ]
    ctx = _ctx([FARES, other])
    found = find_additions(ctx)
    _check(found)
    assert [f.detail["fact"]["text"] for f in found] == ["1.4 million"]


def test_addition_two_outlets_later_fact():
    # past the lede, and the other outlet tells that part of the story (the postponed
    # repair) without the figure
    body = [LEAD, RESCUE, COLOUR, COLOUR.replace("Fishermen", "Divers"), HURT, REPAIR]
    ctx = _ctx([body, [LEAD, RESCUE, "Records show the operator had put off a hull repair."]])
    found = find_additions(ctx)
    _check(found)
    assert [f.detail["outlet"] for f in found] == ["Harbour Post"]
    assert found[0].detail["fact"]["text"] == "3-million-crown"
    assert found[0].summary.startswith("Only Harbour Post gives the figure '3-million-crown'")


def test_additions_stay_a_handful():
    many = [
        f"Inspectors counted {n} rusted bolts on deck {k} of the Draven after the grounding."
        for k, n in enumerate((17, 23, 31, 44, 58, 61, 79, 83, 97), start=1)
    ]
    told = "Inspectors counted rusted bolts on every deck of the Draven after the grounding."
    ctx = _ctx([[LEAD, RESCUE, *many], [LEAD, RESCUE, told], [LEAD, RESCUE, told, COLOUR]])
    found = find_additions(ctx)
    assert 0 < len(found) <= MAX_PER_STORY
    assert sum(f.detail["outlet"] == "Harbour Post" for f in found) == MAX_ADDITIONS_PER_OUTLET
    assert MAX_ADDITIONS_PER_OUTLET <= MAX_PER_OUTLET


NEAR_MISSES = [
    # (id, articles): no omission and no addition
    ("reworded fact keeps the number",
     [[LEAD, RESCUE, TOLL],
      [LEAD, RESCUE, "When the hull struck rock, 212 passengers and 14 crew were aboard, the operator said."]]),
    ("rounded figure is the same fact",
     [[LEAD, RESCUE, "The operator said 212 passengers were on board when the hull struck rock."],
      [LEAD, RESCUE, "About 210 passengers were on board when the hull struck rock, the operator said."]]),
    ("vague sizes are not facts",
     [[LEAD, RESCUE, "Hundreds of passengers waited for hours on the pier at Orvik for news."],
      [LEAD, RESCUE]]),
    ("a different number in the same sentence is a conflict, not an addition",
     [[LEAD, RESCUE, "The operator said 212 passengers were on board when the hull struck rock."],
      [LEAD, RESCUE, "The operator said 221 passengers were on board when the hull struck rock."]]),
    ("unrelated articles share no story",
     [[COLOUR, TOLL, REPAIR], [LEAD, RESCUE, HURT]]),
    ("a lone first name or all-caps word is not an actor",
     [[LEAD, RESCUE, "Passengers said SHOCKING scenes followed as Marta waved from the deck."],
      [LEAD, RESCUE]]),
    ("menu lines are not facts",
     [[LEAD, RESCUE, "Read more", "Subscribe for 1 euro", "Share this article on 3 networks"],
      [LEAD, RESCUE]]),
    # --- error buckets from the dev pairs (issue 12, item 4) ---
    ("an embedded post with a link is not the outlet's report",
     [[LEAD, "Draven ferry hits rock near Kessel Point, 3 hurt: https://t.co/Xq81 via the harbour desk.",
       RESCUE],
      [LEAD, RESCUE, "Passengers were hurt when the Draven hit the rock near Kessel Point."]]),
    ("a broadcast script line in capitals is not body text",
     [[LEAD, "<SOT-HARBOUR MASTER ILSE MARROW 06.01.36> THE FERRY HIT THE ROCK AT 17 KNOTS.", RESCUE],
      [LEAD, RESCUE, "Harbour master Ilse Marrow said the ferry hit the rock at speed."]]),
    ("an age is background, not the story's fact",
     [[LEAD, "Captain Ilse Marrow, 58, was at the helm when the hull struck the rock.", RESCUE],
      [LEAD, "Captain Ilse Marrow was at the helm when the hull struck the rock.", RESCUE]]),
    ("a '-year-old' age is background too",
     [["A 58-year-old deckhand from Tessel was at the helm when the Draven ferry ran aground.", RESCUE],
      [LEAD, RESCUE, "A deckhand was at the helm, the operator said."]]),
    ("an age in brackets after a name is background",
     [["Deckhand Piet Vorland (40) was at the helm when the Draven ferry ran aground.", RESCUE],
      [LEAD, RESCUE, "A deckhand was at the helm, the operator said."]]),
    ("a decade is a period, not a count",
     [[LEAD, "Ferries have crossed to Kessel Point since the 1600s, when the first pier was built.", RESCUE],
      [LEAD, RESCUE, "Ferries have crossed to Kessel Point for generations."]]),
    ("a zero-led code is not a value",
     [[LEAD, "The log listed the grounding time as 0040 on the bridge board of the Draven.", RESCUE],
      [LEAD, RESCUE, "The bridge log of the Draven recorded the grounding time."]]),
    ("a score is a result, not a count ('a 3-0 win')",
     [[LEAD, "The Kessel rowing crew, who helped at the quay, had won a 3-0 race on Sunday.", RESCUE],
      [LEAD, RESCUE, "The Kessel rowing crew helped at the quay after their race."]]),
    ("a year written as a bare number is a date, not a figure",
     [[LEAD, "It was the third grounding at Kessel Point as 2024 comes to an end, records show.", RESCUE],
      [LEAD, RESCUE, "Records show it was the third grounding at Kessel Point."]]),
    ("an age after 'at age' is background",
     [["Captain Ilse Marrow first sailed the Draven ferry at age 19, her family said.", RESCUE],
      [LEAD, RESCUE, "Captain Ilse Marrow has sailed the Draven ferry for years, her family said."]]),
    ("another value of the same measure is a possible conflict, not an addition",
     [[LEAD, "The grounding injured 14 passengers and crew, the coastguard said on Wednesday.", RESCUE],
      [LEAD, RESCUE, "Harbour officials said 11 passengers were injured when the ferry hit the rock."]]),
    ("a baseline ('down from') is not a figure the other outlet leaves out",
     [[LEAD, "Bookings on the Kessel route fell to 900 a week, down from 1,200 a year earlier.", RESCUE],
      [LEAD, RESCUE, "Ticket sales have slumped to 900 a week since the company cut sailings and raised fares for island residents."]]),
    ("a denominator ('four of 15') frames the shared part",
     [[LEAD, "Crews launched 4 of the 15 lifeboats as the Draven listed to port.", RESCUE],
      [LEAD, RESCUE, "Four lifeboats went into the water from the Draven, the coastguard said."]]),
    ("a unit variant is the same fact ('90-metre' / '295-foot')",
     [[LEAD, "The ferry's 90-metre hull was holed below the waterline near the bow.", RESCUE],
      [LEAD, "The ferry's 295-foot hull was holed below the waterline near the bow.", RESCUE]]),
    ("a number written as words is the same fact",
     [[LEAD, "Divers found 7 breaches in the hull of the Draven on Wednesday morning.", RESCUE],
      [LEAD, "Divers found seven breaches in the hull of the Draven on Wednesday morning.", RESCUE]]),
    ("another reading of the same measure is a possible conflict, not an omission",
     [[LEAD, "Waves up to 3 metres battered the Draven as it drifted towards Kessel Point.", RESCUE],
      [LEAD, "Waves as high as four metres battered the ferry near the point.", RESCUE]]),
    ("a quote only one outlet prints is a choice of lines, not an omission",
     [[LEAD, '"We heard a bang and the lights went out at once," passenger Ilse Marrow said.', RESCUE],
      [LEAD, RESCUE, "Passengers described a loud bang before the lights failed."]]),
    ("a figure in a part of the story the other outlet never tells is background",
     [[LEAD, RESCUE, "The Kessel lighthouse, built for 40,000 crowns, was automated years ago."],
      [LEAD, RESCUE, HURT]]),
    ("a figure far down the article is not the top of the story",
     [[LEAD, RESCUE, *[f"Passengers on deck {k} of the Draven waited in the rain for news." for k in "ABCDEFG"],
       "Records show the operator postponed a 3-million-crown hull repair last year."],
      [LEAD, RESCUE, "Records show the operator had put off a hull repair."]]),
    ("a name only one outlet gives is another angle, not an omission",
     [["Harbour master Ilse Marrow ordered the Draven ferry to stay in port on Tuesday.", RESCUE],
      ["The Draven ferry was ordered to stay in port on Tuesday.", RESCUE]]),
    ("a person named by surname only is the same actor",
     [["Harbour master Ilse Marrow ordered the Draven ferry to stay in port on Tuesday.", RESCUE],
      ["The Draven ferry was told to stay in port on Tuesday by Marrow, the harbour master.", RESCUE]]),
]


@pytest.mark.parametrize("case", NEAR_MISSES, ids=[c[0] for c in NEAR_MISSES])
def test_near_misses(case):
    _, texts = case
    ctx = _ctx(texts)
    found = find_omissions(ctx) + find_additions(ctx)
    assert found == [], [f.summary for f in found]


def test_off_by_default():
    ctx = _ctx([[LEAD, TOLL, RESCUE], [LEAD, RESCUE, COLOUR]], Options())
    assert find_omissions(ctx) == [] and find_additions(ctx) == []


def test_facts_skip_numbers_inside_quotes_and_relative_dates():
    doc = analyse(segment(Article(id="a1", source="t", outlet="X", text=(
        'The ferry left Orvik on Tuesday with 212 passengers aboard the upper deck. '
        '"We had 40 seconds to get out of the lower cabins," passenger Ilse Marrow said.'
    ))))
    texts = {f.text for f in facts_of(doc)}
    assert "212" in texts
    assert "40" not in texts and "on Tuesday" not in texts


def test_anchors_keeps_names_and_numbers():
    assert anchors("The ferry Draven hit Kessel Point in 2024.") >= {"draven", "kessel", "point", "2024"}


def test_omission_two_outlets_central_figure():
    # the figure is in the top of one article; the other tells that part (the injured
    # taken to hospital) without it
    treated = "Doctors in Orvik treated 12 passengers for cuts and bruises."
    told = "Doctors in Orvik treated passengers for cuts and bruises."
    ctx = _ctx([[LEAD, treated, RESCUE], [LEAD, RESCUE, told]], edited=((treated, told),))
    found = find_omissions(ctx) + find_additions(ctx)
    _check(found)
    assert [(f.type, f.detail["outlet"], f.detail["fact"]["text"]) for f in found] == [
        ("omission", "Vella Times", "12")]


def test_omission_three_outlets_quote_carried_by_two():
    quote = '"Nobody on the bridge saw the rock until the hull struck," captain Ilse Marrow said.'
    # Coast Courier tells of the rock and the hull in its lede, without the quote
    struck = "Divers found a long gash that the rock tore in the hull below the waterline."
    ctx = _ctx([[LEAD, RESCUE, quote], [V_LEAD, V_RESCUE, quote], [LEAD, RESCUE, struck, WAIT]])
    found = find_omissions(ctx)
    _check(found)
    assert [(f.detail["rule"], f.detail["outlet"]) for f in found][:1] == [
        ("omission.fact.quote", "Coast Courier")]


@pytest.mark.parametrize("told, left_out", [
    ("Bookings on the Kessel route fell by half after the grounding, the operator said.", False),
    ("Nearly a third of the crew have left the Kessel route since the grounding, the operator said.", False),
    ("One in four passengers on the Kessel route has asked for a refund, the operator said.", False),
    # near misses: no share in words, or "half" in another sense
    ("Bookings on the Kessel route fell sharply after the grounding, the operator said.", True),
    ("Bookings on the Kessel route fell in the second half of the week, the operator said.", True),
    ("Bookings on the Kessel route fell for an hour and a half after the grounding, the "
     "operator said.", True),
    ("Bookings on the Kessel route fell in a half-hour window after the grounding, the "
     "operator said.", True),
])
def test_a_share_written_in_words_carries_the_percentage(told, left_out):
    pct = {"half": "50%", "third": "32%", "four": "25%"}
    value = next((v for k, v in pct.items() if k in told.lower()), "50%")
    if "second half" in told:
        value = "50%"
    fact = f"Figures show {value} of the bookings on the Kessel route were lost after the grounding."
    ctx = _ctx([[LEAD, RESCUE, COLOUR, fact], [LEAD, RESCUE, COLOUR, told]])
    found = find_additions(ctx)
    assert [f.detail["fact"]["text"] for f in found] == ([value] if left_out else [])


def test_one_outlets_two_articles_count_as_one_outlet():
    # Harbour Post twice with the figure, Vella Times without: one outlet's choice, an
    # addition by Harbour Post, not "Vella Times leaves out ..., which 2 other outlets give"
    body = [LEAD, RESCUE, COLOUR, COLOUR.replace("Fishermen", "Divers"), HURT, REPAIR]
    told = [LEAD, RESCUE, "Records show the operator had put off a hull repair."]
    ctx = _ctx([body, body, told], outlets=["Harbour Post", "Harbour Post", "Vella Times"])
    assert find_omissions(ctx) == []
    assert [f.detail["outlet"] for f in find_additions(ctx)] == ["Harbour Post"]
    # three outlets, two of them carrying it (each in its own text): the omission names two
    ctx = _ctx([body, [V_LEAD, V_RESCUE, HURT, REPAIR], told])
    found = find_omissions(ctx)
    assert found and sorted(found[0].detail["carried_by"]) == ["Harbour Post", "Vella Times"]
    assert "which 2 other outlets give" in found[0].summary
