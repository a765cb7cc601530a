"""Session 24: a piece published weeks before every other that shares two close background
lines with them (``findings.coverage._stray``, ``_shares_their_lede``).

The held-out read moved to dev missed two such pieces: the same finance minister surviving a
no-confidence vote 20 days before the tax amnesty law (t114: the ruling party's seats and the
budget deficit, told closely by both), and the same court jailing another activist for
treason 19 days before a reporter's arrest (t116: where the detainee is held, how trials are
held). Each shared fewer than the floor's sentences, but two close groups, and the stray rule
kept any article with two close groups, whatever its date; t116's headline also named the
country the others' headlines name. Published weeks before the others, a piece cannot tell
their event: its close groups are background, unless one joins its lede to theirs.

Invented: the Brenmark parliament passes a water utilities law on Tuesday; three outlets tell
it. The earlier event: the same water minister surviving a censure motion over dam tenders
18 days before, from the story's wire, sharing the coalition's seats and the national debt.
Near misses that stay: the same piece dated with the others; a follow-up of the law two days
later that recalls the same background; an outlet telling the law in its own words beside the
same background, the same day; a local paper's piece on what the law means for one town; and
an article of the story dated weeks early that tells the law's passage as the others do.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

SEATS = "The ruling Civic Union holds 88 of the 180 seats in parliament and governs with the Green League."
DEBT = "Brenmark's national debt stood at 71 percent of gross domestic product last year."
PASSED = ("Brenmark's parliament on Tuesday passed a law that opens the country's regional water "
          "utilities to private investors, after a debate that lasted two days.")
QUOTE = "Water that comes from our rivers must never become a line on a balance sheet"

WIRE = ("Brenmark parliament passes water utilities law", [
    PASSED,
    "The bill passed by 97 votes to 74, with five abstentions.",
    SEATS,
    'Water minister Pell Oradine said the law would bring 2.3 billion krona of investment. '
    '"Our pipes are older than our grandparents," she said.',
    f'Opposition leader Tamsin Vell said: "{QUOTE}."',
    DEBT,
    "The law now goes to President Aurel Stane, who has ten days to sign it.",
])
LEFT = ("Brenmark sells off its water", [
    "Parliament in Brenmark voted on Tuesday to open the regional water utilities to private "
    "investors, in a law passed after two days of debate.",
    "The law passed by 97 votes to 74.",
    f'"{QUOTE}," opposition leader Tamsin Vell told lawmakers.',
    '"Our pipes are older than our grandparents," water minister Pell Oradine said.',
    "Unions have called a protest outside the parliament for Saturday.",
])
RIGHT = ("Water law passes, investors welcome reform", [
    "Brenmark's parliament on Tuesday passed a law opening the regional water utilities to "
    "private investors.",
    "The bill passed by 97 votes to 74.",
    'Water minister Pell Oradine said the reform would bring 2.3 billion krona of investment. '
    '"Our pipes are older than our grandparents," she said.',
    f'Tamsin Vell of the opposition complained that "{QUOTE}".',
    "Business groups welcomed the vote.",
])
DATES = ["2026-06-09", "2026-06-09", "2026-06-10"]
OTHERS = ["a1", "a2", "a3"]


def _censure(*, head: str = "Brenmark water minister survives censure motion over dam tenders",
             early: bool = False) -> tuple[str, list[str]]:
    """The same minister's censure vote over dam tenders: its own act, its own figures; the
    background in its body, or (``early``) right after its first sentence, as t116's."""
    first = ("Water minister Pell Oradine survived a censure motion in parliament on Thursday, after "
             "the opposition accused her of handing dam repair tenders to firms close to her party.")
    rest = [
        "The motion was rejected by 93 votes to 79; it needed 91 to pass.",
        "Opposition leader Tamsin Vell said four tenders worth 610 million krona had been awarded "
        "without competition.",
        "Oradine denied any wrongdoing and said the tenders followed emergency rules after the "
        "spring floods.",
        "The state auditor said it would review one of the tenders.",
    ]
    if early:
        return (head, [first, SEATS, DEBT, *rest])
    return (head, [first, *rest[:3], SEATS, rest[3], DEBT])


@pytest.mark.parametrize("early", [False, True])
def test_the_same_ministers_earlier_act_weeks_before_is_named(early):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _censure(early=early), published=DATES + ["2026-05-22"])
    assert "a4" in C._warned(ctx)
    assert C._close_groups(ctx).get("a4", 0) >= 2  # the seats and the debt, closely
    assert not C._shares_their_lede(ctx, "a4")
    assert "a4" in C.off_story(ctx) and C.story_early_strays(ctx) == {"a4"}
    w = comp.provenance.warning or ""
    assert "published more than 3 days before any of them" in w
    assert "a4 (" in w and "a1 (" not in w and "a2 (" not in w and "a3 (" not in w


def test_a_country_both_headlines_name_does_not_keep_the_earlier_piece():
    # t116's shape: the country opens both headlines; the date decides, not who
    piece = _censure(head="Brenmark minister survives censure over dam tenders")
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, piece, published=DATES + ["2026-05-22"])
    assert "a4" in C.off_story(ctx)


@pytest.mark.parametrize("date", ["2026-06-08", None])
def test_the_same_piece_dated_with_the_others_or_undated_stays(date):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _censure(), published=DATES + [date])
    assert "a4" not in C.off_story(ctx)


FOLLOW_UP = ("Brenmark water law: what happens next", [
    "Regional councils across Brenmark began drawing up lists of the networks they hope to "
    "sell first, now that outside money may buy into them.",
    "Officials in three regions said talks with investors could start in the autumn.",
    SEATS,
    "The opposition has promised to challenge the law in the constitutional court.",
    DEBT,
])
OWN_WORDS = ("Lawmakers hand Brenmark's taps to the market", [
    "Private money will flow into Brenmark's ageing water networks after lawmakers backed the "
    "reform by a clear margin on Tuesday.",
    "Regional utilities can now sell up to half their shares to investors.",
    SEATS,
    "Critics fear higher bills in the countryside.",
    DEBT,
])
LOCAL = ("What the water law means for Harrowgate", [
    "Harrowgate's water board, which serves 40,000 homes in the valley, could be among the first "
    "to take private money under the law approved in parliament on Tuesday.",
    "The board's chairman said its pumping station had not been modernised since 1978.",
    SEATS,
    "Residents at a meeting in the town hall asked whether bills would rise.",
    DEBT,
])


@pytest.mark.parametrize("piece, date", [
    (FOLLOW_UP, "2026-06-11"),  # a follow-up of the same event, two days later
    (FOLLOW_UP, "2026-06-15"),  # and six days later, beyond the window
    (OWN_WORDS, "2026-06-09"),  # the same event, its lede in other words
    (LOCAL, "2026-06-10"),  # a local beat of the same event
])
def test_pieces_of_the_same_event_sharing_the_background_stay(piece, date):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, piece, published=DATES + [date])
    assert "a4" not in C.off_story(ctx)
    assert "may not be about" not in (comp.provenance.warning or "")


def test_an_article_of_the_story_dated_weeks_early_that_tells_its_lede_stays():
    # its lede tells the law's passage as the wire's does, closely: its news is theirs
    early = ("Brenmark passes water law", [
        PASSED,
        "Rural councils said they had not been consulted.",
        SEATS,
        "The measure was a flagship promise of the coalition.",
        DEBT,
    ])
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, early, published=DATES + ["2026-05-22"])
    assert C._predates(ctx, "a4", OTHERS)
    assert C._shares_their_lede(ctx, "a4")
    assert "a4" not in C.off_story(ctx)
