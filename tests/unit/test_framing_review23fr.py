"""Session 23 review of framing23's change: a kindred word counts only in the outlet's own
words and on the noun itself (``framing._kindred_on``: a buyer's quoted "fake tickets", or
"a fake ticket seller", is no stance of the outlet on the tickets); a gerund after a
preposition is no premodifier of the plain side (``framing._with_own_premodifier``: 'by
selling tickets'); a quote continued after a sentence with two speakers' quotes takes no
verb (``framing._continued_from``); a sentence that hedges with a kindred word ('self-styled'
for 'so-called') is no plain side of a doubt hedge (``framing._kindred_in``). Invented text (a fictional ticket fraud in Vasko, a
fuel barge at Tessen)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

MOD = "framing.story.modifier"
LEDE = ("Police in Vasko arrested six people on Tuesday in raids on a print shop that made "
        "tickets for concerts at the Orlen Arena.\n\n")
TAIL = ("\n\nThe arena said ticket holders should buy only from its own box office. The "
        "suspects will appear in court in Vasko on Friday.")
CHARGED = "Officers seized bogus tickets worth 2 million crowns at the print shop."


def _modifier_lines(plain: str, charged: str = CHARGED) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Vasko Wire", text=LEDE + plain + TAIL),
            Article(id="a2", source="t", outlet="Harbour Gazette", text=LEDE + charged + TAIL)]
    return [f.summary for f in compare_articles(arts, Options(framing=True)).findings
            if f.detail.get("rule") == MOD]


PLAIN = "Officers seized tickets worth 2 million crowns at the print shop."
CONTRAST = "'bogus tickets' where Vasko Wire writes 'tickets'"


@pytest.mark.parametrize("label, plain, contrast", [
    # the kindred word is a speaker's, or judges another noun: the contrast stands
    ("'fake tickets' in a buyer's quote", PLAIN + ' "These are fake tickets, every one," '
     "one buyer, Mira Tolm, told the Wire.", True),
    ("'a fake ticket seller'", PLAIN + " A fake ticket seller was also arrested at the arena.",
     True),
    # near misses: the outlet's own kindred word on the tickets
    ("'fake tickets' in the outlet's words", PLAIN + " The fake tickets were sold online.",
     False),
    ("'fake tickets sold'", PLAIN + " Police said fake tickets sold online were traced "
     "there.", False),
    ("'fake-ticket trade'", PLAIN + " The fake-ticket trade has grown.", False),
    ("'counterfeit concert tickets'", PLAIN + " Counterfeit concert tickets were sold online.",
     False),
])
def test_kindred_word_in_the_outlets_own_words_on_the_noun(label: str, plain: str,
                                                           contrast: bool) -> None:
    got = _modifier_lines(plain)
    assert any(CONTRAST in g for g in got) == contrast, (label, got)


@pytest.mark.parametrize("label, plain, shown", [
    ("a gerund after 'by'", "The gang made its money in the harbour district by selling "
     "tickets worth 2 million crowns.", "'tickets'"),
    ("a gerund after 'after'", "Officers raided the print shop after printing tickets worth "
     "2 million crowns was traced there.", "'tickets'"),
    # near misses: an adjective after a preposition or a determiner is the outlet's own
    ("'of forged'-like 'of stolen'", "The gang made its money in the harbour district from "
     "a haul of stolen tickets worth 2 million crowns.", "'stolen tickets'"),
    ("'the remaining'", "The gang made its money in the harbour district from the remaining "
     "tickets worth 2 million crowns.", "'remaining tickets'"),
])
def test_a_gerund_is_no_premodifier(label: str, plain: str, shown: str) -> None:
    charged = ("The gang made its money in the harbour district from bogus tickets worth 2 "
               "million crowns.")
    got = _modifier_lines(plain, charged)
    assert any(f"where Vasko Wire writes {shown}" in g for g in got), (label, got)


LEDE_C = ("A fuel barge ran aground outside the port of Tessen on Sunday, but no fuel reached "
          "the shore, the port authority said.\n\n")
CLAIMED = ('Port Director Ines Varga claimed on Monday that "no fuel reached the beach, and no '
           'fishing ban is needed", a line that fishermen were quick to question.')
GOES_ON = ' "No fuel reached the beach, and no fishing ban is needed."'


@pytest.mark.parametrize("label, before, told", [
    ("two speakers' quotes before", '"The harbour is safe," Port Director Ines Varga told '
     'reporters, but fisherman Olek Brand said: "We will see."', False),
    # near miss: one speaker's quotes before
    ("one speaker's quotes before", '"The harbour is safe," Port Director Ines Varga told '
     'reporters, adding: "We will see."', True),
])
def test_a_quote_continued_after_two_speakers_takes_no_verb(label: str, before: str,
                                                           told: bool) -> None:
    arts = [Article(id="a1", source="t", outlet="Tessen Wire", text=LEDE_C + before + GOES_ON),
            Article(id="a2", source="t", outlet="Coast Herald", text=LEDE_C + CLAIMED)]
    got = [f.summary for f in compare_articles(arts, Options(framing=True)).findings
           if f.detail.get("rule") == "framing.aligned.attribution_verb"]
    assert any("claimed" in g for g in got) == told, (label, got)


LEDE_D = ("Protesters blocked the gates of the Orlen Arena in Vasko on Tuesday, demanding "
          "refunds for tickets sold by the fraud ring.\n\n")
HEDGED = "Dozens of so-called activists chained themselves to the arena gates before dawn."


@pytest.mark.parametrize("label, plain, hedge", [
    ("'self-styled' on the same noun", "Dozens of self-styled activists chained themselves "
     "to the arena gates before dawn.", False),
    # near misses: no kindred word, or only inside a speaker's quote
    ("bare 'activists'", "Dozens of activists chained themselves to the arena gates before "
     "dawn.", True),
    ("'self-styled' in a quote", 'Dozens of activists, "self-styled" ones in the mayor\'s '
     "words, chained themselves to the arena gates before dawn.", True),
])
def test_a_kindred_hedge_is_no_plain_side(label: str, plain: str, hedge: bool) -> None:
    arts = [Article(id="a1", source="t", outlet="Vasko Wire", text=LEDE_D + plain),
            Article(id="a2", source="t", outlet="Harbour Gazette", text=LEDE_D + HEDGED)]
    got = [f.summary for f in compare_articles(arts, Options(framing=True)).findings
           if f.detail.get("rule") == "framing.aligned.doubt_hedge"]
    assert any("'so-called'" in g for g in got) == hedge, (label, got)
