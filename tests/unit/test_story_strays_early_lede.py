"""review24w: an article of the story dated weeks before the others whose first body sentence is
no lede (``findings.coverage._shares_their_lede``).

s24-warn24 keeps a piece published weeks before every other by its close background lines only
when a close group holds its first body sentence beside a lede sentence of another article. A
scraped or edited page often opens on something else: an editor's note, a photo caption that
ends like a sentence, the headline repeated as a line. Then the article's news is its second
sentence; it was named off the story though it tells the others' event in their words (a
publication date weeks early by mistake). Either side's first sentence may be the lede: a
group that holds a lede sentence of the piece beside another article's first sentence keeps
it too. Near misses still named: the same minister's censure vote weeks before, its own news
after a caption and the background right below (beside the wire's third sentence, no first
sentence); the same with a misdated article of the story beside it.

Invented text: the Brenmark water utilities law (``test_story_strays_early_background``).
"""

from __future__ import annotations

import pytest
import support
from test_story_strays_early_background import DATES, LEFT, PASSED, RIGHT, SEATS, WIRE, _censure

from storylens.findings import coverage as C

EARLY = "2026-05-22"
COUNCILS = "Rural councils said they had not been consulted on the plan."
PROMISE = "The measure was a flagship promise of the coalition."


def _misdated(first: str) -> tuple[str, list[str]]:
    """An article of the law's passage (dated weeks early by mistake) opening on ``first``."""
    return ("Brenmark passes water law", [first, PASSED, COUNCILS, SEATS, PROMISE])


NOTE = "Editor's note: this article was updated on Tuesday evening with the result of the final vote."
CAPTION = "Water minister Pell Oradine speaks to reporters outside parliament in Brenmark City."
HEADLINE = "Brenmark's parliament passes the water utilities law after two days of debate."


@pytest.mark.parametrize("first", [NOTE, CAPTION, HEADLINE], ids=["note", "caption", "headline"])
def test_an_article_of_the_story_dated_early_after_a_line_that_is_no_lede_stays(first):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _misdated(first), published=DATES + [EARLY])
    assert C._predates(ctx, "a4", ["a1", "a2", "a3"])
    assert C._shares_their_lede(ctx, "a4")  # its second sentence beside the wire's first
    assert "a4" not in C.off_story(ctx)
    assert "may not be about" not in (comp.provenance.warning or "")


def test_another_outlets_lede_after_scraped_lines_still_keeps_it():
    # one outlet's news is its fourth sentence (a caption, a subheading, a promo line first):
    # the piece's first sentence beside that outlet's fourth, and the wire's first
    left = (LEFT[0], ["Protesters hold up banners outside the parliament in Brenmark City on Tuesday.",
                      "The vote followed months of protests by unions and rural councils.",
                      "Unions have called a protest outside the parliament for Saturday.", *LEFT[1]])
    early = ("Brenmark passes water law", [LEFT[1][0], COUNCILS, SEATS, PROMISE])
    comp, ctx = support.compare_stories(WIRE, left, RIGHT, early, published=DATES + [EARLY])
    assert "a4" not in C.off_story(ctx)


def test_the_censure_vote_after_a_caption_is_still_named():
    # its own news second, the coalition's seats and the debt third and fourth: beside the
    # wire's third sentence, no first sentence of either
    head, body = _censure(early=True)
    piece = (head, ["Water minister Pell Oradine leaves parliament in Brenmark City after the debate.", *body])
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, piece, published=DATES + [EARLY])
    assert not C._shares_their_lede(ctx, "a4")
    assert "a4" in C.off_story(ctx) and C.story_early_strays(ctx) == {"a4"}


def test_a_misdated_article_of_the_story_beside_the_censure_vote():
    # five articles: the censure vote 18 days before, an article of the law dated a week early
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _misdated(NOTE), _censure(),
                                        published=DATES + ["2026-05-30", EARLY])
    assert C.off_story(ctx) == {"a5"}
