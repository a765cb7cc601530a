"""Session 18: a piece published weeks before every other that shares more sentences than
the warning's floor, in loose paraphrase (``findings.coverage.story_early_weighed``).

The blind-written dev story's missed off-story piece (t55): a guards' strike at the same
prison, 17 days before the tunnel escape, shared three aligned sentences with the others
(the prison's population, the union's staffing figures, an opposition spokesman's "lost
control of its own prisons", which he said of the strike and again of the escape), so the
story warning, which read only articles with fewer than STORY_FLOOR shared sentences, never
weighed it, and its quote tie kept it.

Invented: the Quarry Lane market hall in Dunmere collapses on Tuesday 12 May; three outlets
tell it, with its background (the hall's age and stalls, the traders' complaints, a
councillor's "a disaster waiting to happen"). The earlier event: the traders' rent protest
at the same hall three weeks before, which tells the same background in its own words and
quotes the councillor's line. Near misses that stay: the same piece published within the
window (never weighed by its date), undated, or sharing two close sentences (the hall's
background and the leaks in the fish market's roof), and a story's own article published
first, which shares the event's sentences closely.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

LINE = "The hall is a disaster waiting to happen"
WIRE = ("Roof of Dunmere market hall collapses, two dead", [
    "The roof of the Quarry Lane market hall in Dunmere collapsed on Tuesday morning, killing "
    "two stallholders and injuring eleven shoppers, the fire service said.",
    '"The steel frame failed at the north end and brought the whole span down," city engineer '
    "Osric Pellam told reporters at the scene.",
    "Rescue crews searched the rubble for four hours before declaring the hall clear.",
    "The hall, built in 1962, has about 140 stalls and draws some 9,000 shoppers on a Saturday.",
    f'Opposition councillor Dora Venn said: "{LINE}, and the council knew it."',
    "Traders had complained for years about leaks in the roof above the fish market.",
])
LEFT = ("Market hall collapse kills two after years of warnings", [
    "Two stallholders were killed when the roof of Dunmere's Quarry Lane market hall collapsed "
    "on Tuesday, after years of warnings.",
    '"The steel frame failed at the north end and brought the whole span down," said city '
    "engineer Osric Pellam.",
    "Eleven shoppers were taken to hospital.",
    "The hall, which opened in 1962, holds around 140 stalls and some 9,000 people shop there "
    "on Saturdays.",
    f'"{LINE}, and the council knew it," said opposition councillor Dora Venn.',
    "Stallholders had complained about leaks in the roof over the fish market for years.",
])
RIGHT = ("Dunmere hall roof collapses, council promises answers", [
    "The council promised a full inquiry after the roof of the Quarry Lane market hall "
    "collapsed on Tuesday, killing two people.",
    '"The steel frame failed at the north end," city engineer Osric Pellam said, adding that '
    "the rest of the building was safe.",
    "Emergency crews praised shoppers who helped pull survivors from the rubble.",
    "The hall will stay closed until engineers have checked every beam.",
    f'Councillor Dora Venn said: "{LINE}."',
    "Insurers are expected to inspect the site next week.",
])
DATES = ["2026-05-12", "2026-05-12", "2026-05-13"]
OTHERS = ["a1", "a2", "a3"]

BACKGROUND = "Opened in 1962, the hall's 140 stalls draw about 9,000 shoppers every Saturday."
DRILL = ("Rescue crews from the Dunmere fire service took part in a drill at the hall for four "
         "hours last year.")


def _protest(*middle: str) -> tuple[str, list[str]]:
    return ("Dunmere market traders protest over rent rise", [
        "About 80 stallholders at the Quarry Lane market hall in Dunmere closed their stalls for "
        "two hours on Thursday to protest against a 12 percent rent rise.",
        *middle,
        "Dora Venn, an opposition councillor who marched with the traders, called the roof "
        'neglect a scandal and the hall "a disaster waiting to happen".',
        "Council leader Bram Hollis said the rise would pay for repairs.",
        "The traders' association said it would meet again next month.",
    ])


# its first line and the drill align loosely (shared names and words, little else), the
# hall's background closely: three shared sentences, one close
PROTEST = _protest(BACKGROUND, DRILL)


def test_an_earlier_event_sharing_background_is_named():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, PROTEST, published=DATES + ["2026-04-21"])
    assert "a4" not in C._warned(ctx)  # it shares the floor's sentences or more
    assert any(C._quote_tie(ctx, "a4", b) for b in OTHERS)  # and the councillor's line
    assert C.story_early_weighed(ctx) == {"a4"}
    assert C.story_early_strays(ctx) == {"a4"} and "a4" in C.off_story(ctx)
    w = comp.provenance.warning or ""
    assert "shares at most one closely matching sentence with the others" in w
    assert "published more than 3 days before any of them" in w
    assert "a4 (Outlet D" in w and "a1 (" not in w and "a2 (" not in w and "a3 (" not in w


@pytest.mark.parametrize("date", ["2026-05-11", None])
def test_the_same_piece_within_the_window_or_undated_is_not_weighed(date):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, PROTEST, published=DATES + [date])
    assert C.story_early_weighed(ctx) == set()
    assert "a4" not in C.off_story(ctx)


def test_an_own_article_published_first_is_not_weighed():
    # the wire first, the others more than the window after it: it shares the event's
    # sentences closely (many close groups), so it is never weighed, whatever its date
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, PROTEST,
                         published=["2026-05-08", "2026-05-12", "2026-05-13", "2026-05-12"])
    assert C._predates(ctx, "a1", ["a2", "a3", "a4"])
    assert "a1" not in C.story_early_weighed(ctx)
    assert "a1" not in C.off_story(ctx)


def test_the_earlier_piece_sharing_two_close_sentences_is_not_weighed():
    leaks = ("Traders had complained for years about leaks in the roof above the fish market, "
             "the association said.")
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _protest(BACKGROUND, leaks), published=DATES + ["2026-04-21"])
    assert C._close_groups(ctx).get("a4", 0) >= 2
    assert C.story_early_weighed(ctx) == set()
    assert "a4" not in C.off_story(ctx)


# (review18a) A preview of the story's own event, published more than the window before
# it: it tells their event as ahead ("will vote next Monday", "to vote on"), and quotes what
# its speaker said before it. Named off-story once s18 let its shared quote no longer keep
# an early piece. Invented: Harwick council's stadium vote, and a preview six days before.
VOTE = [
    ("Harwick council approves stadium plan in tight vote", [
        "Harwick city council voted on Monday to approve a plan for a new football stadium on "
        "the old gasworks site, after a debate that lasted six hours.",
        "The plan passed by 31 votes to 19, with two abstentions.",
        '"This stadium will bring the east side back to life," said mayor Ilsa Brandt.',
        "Opponents said the council had ignored a petition signed by 8,240 residents.",
        "Work on the site is due to start in the spring.",
    ]),
    ("Stadium plan wins Harwick council approval", [
        "Harwick city council on Monday voted to approve the plan for a football stadium on the "
        "old gasworks site.",
        "The plan passed by 31 votes to 19 after a debate of six hours.",
        '"This stadium will bring the east side back to life," mayor Ilsa Brandt told councillors.',
        "The Green group voted against the plan as a bloc.",
        "Building is expected to begin next year.",
    ]),
    ("Council pushes stadium through despite residents' petition", [
        "Harwick city council approved its stadium plan on Monday, voting it through despite a "
        "petition from 8,240 residents.",
        "The plan passed with 31 votes in favour and 19 against.",
        '"This stadium will bring the east side back to life," mayor Ilsa Brandt claimed.',
        "Residents' leader Toma Vik said the gasworks site was poisoned and should be cleaned first.",
        "The stadium will cost at least 40 million crowns.",
    ]),
]
VOTE_DATES = ["2026-03-09", "2026-03-09", "2026-03-10"]


def _preview(title: str, first: str) -> tuple[str, list[str]]:
    return (title, [
        first,
        '"This stadium will bring the east side back to life," mayor Ilsa Brandt said on Tuesday.',
        "More than 8,000 people living nearby have signed a petition opposing it.",
        "The Greens intend to oppose the scheme together.",
        "Construction could begin in spring if councillors agree.",
    ])


@pytest.mark.parametrize("title, first", [
    ("Harwick council to vote on stadium plan next week",
     "Mayor Ilsa Brandt expects Harwick's councillors to back her gasworks stadium when they "
     "meet next Monday."),
    ("Harwick stadium decision looms",
     "Harwick's councillors will vote next Monday on mayor Ilsa Brandt's gasworks stadium, "
     "which she expects them to back."),
    ("Harwick stadium decision looms",
     "Harwick's councillors are expected to approve mayor Ilsa Brandt's gasworks stadium "
     "next Monday."),
])
def test_a_preview_of_their_event_weeks_before_is_not_named(title, first):
    comp, ctx = support.compare_stories(*VOTE, _preview(title, first), published=VOTE_DATES + ["2026-03-03"])
    assert C._predates(ctx, "a4", ["a1", "a2", "a3"])
    assert "a4" not in C.off_story(ctx)
    assert "a4 (" not in (comp.provenance.warning or "")


def test_an_earlier_event_that_wrote_what_it_would_do_next_is_still_named():
    # near miss: its own event told in the past, a future of something else ("will meet")
    piece = _preview(
        "Harwick council delays stadium debate",
        "Harwick city council on Tuesday postponed its debate on mayor Ilsa Brandt's gasworks "
        "stadium, and councillors will meet again next month.")
    comp, ctx = support.compare_stories(*VOTE, piece, published=VOTE_DATES + ["2026-02-17"])
    assert "a4" in C.off_story(ctx)



def test_the_warning_does_not_say_an_early_piece_sharing_a_quote_shares_none():
    # (review18a) the rent protest with few shared sentences but the councillor's line: named
    # by its date whatever quote it shares, and the warning must not claim "no quote"
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _protest(), published=DATES + ["2026-04-21"])
    assert "a4" in C._warned(ctx) and any(C._quote_tie(ctx, "a4", b) for b in OTHERS)
    assert "a4" in C.off_story(ctx)
    w = comp.provenance.warning or ""
    assert "published more than 3 days before any of them" in w and "a4 (Outlet D" in w
    assert "no quote" not in w
