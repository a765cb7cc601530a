"""Session 27: a piece whose own text sets its news weeks after the others' event is named
without publication dates (``findings.coverage._says_it_follows``).

A bare ``storylens compare`` of plain text files has no dates, and the dated rule
(``_follows_their_event``) then decides nothing: session 26's t147 (a cocaine seizure at
the same port, "The seizure comes weeks after 15 people were found dead in a lorry
container near Hollendam", beside four reports of the lorry deaths) was warned only when
the benchmark dated it. Undated, the text alone must be clearer than the dated rule asks:
the sentence sets the piece's own news beside their event ("The march came two weeks
after ...", ``rules/coverage.JUXTAPOSED_AFTER``) and introduces that event as news. A
toll's words count as their event's where their ledes tell a toll (``CASUALTY_STEMS``:
"were found dead" beside "died").

Invented: the Quarry Lane market hall collapse in Dunmere (``test_story_strays_later``'s
three reports) and a traders' march, all undated. Near misses that stay: the march
recalling the collapse as known ("the collapse"), an interval that is no juxtaposition
("marched two weeks after a roof collapse"), a day's interval, the story's own follow-up
whose headline tells their event, and an in-story piece that recalls an earlier deadly
event of the same hall.
"""

from __future__ import annotations

import pytest
import support
from test_story_strays_later import LEFT, OTHERS, RIGHT, WIRE, _piece

from storylens.findings import coverage as C


@pytest.mark.parametrize("after", [
    "two weeks after a roof collapse at the Quarry Lane market hall killed two people",
    "weeks after two stallholders were found dead under a collapsed roof at the hall",
    "a month after a roof collapse at the hall killed two stallholders",
])
def test_an_undated_piece_that_sets_its_news_weeks_after_theirs_is_named(after):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _piece(after))
    assert C._says_it_follows(ctx, "a4", OTHERS)
    assert not C._follows_their_event(ctx, "a4", OTHERS)  # the dated rule: undated decides nothing
    assert C.story_late_strays(ctx) == {"a4"} and "a4" in C.off_story(ctx)
    w = comp.provenance.warning or ""
    assert "its text dates what it tells weeks after what they tell" in w
    assert "days after any of them" not in w  # no date says so
    assert "a4 (Outlet D" in w and "a1 (" not in w


@pytest.mark.parametrize("after", [
    "two weeks after the collapse of the market hall",  # recalled as known
    "two weeks after it collapsed",
    "a day after a roof collapse at the market hall killed two people",  # no long interval
    "two weeks after a council vote to raise stall rents",  # another event dated
])
def test_near_misses_are_not_named(after):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _piece(after))
    assert not C._says_it_follows(ctx, "a4", OTHERS)
    assert "a4" not in C.story_late_strays(ctx)


def test_near_miss_an_interval_that_is_no_juxtaposition_decides_nothing_undated():
    # "marched ... two weeks after": the dated rule reads it, the undated one asks the
    # piece to set its own news beside their event
    title, paras = _piece("x")
    paras = [paras[0].replace("on Thursday", "on Thursday, two weeks after a roof collapse at "
                              "the market hall killed two people,")] + paras[2:]
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, (title, paras))
    assert not C._says_it_follows(ctx, "a4", OTHERS)


def test_near_miss_dated_articles_are_decided_by_their_dates():
    # dated within the window: the dates decide (never a stray), whatever the text says
    later = _piece("two weeks after a roof collapse at the Quarry Lane market hall killed two people")
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, later,
                                        published=["2026-05-12", "2026-05-12", "2026-05-13", "2026-05-14"])
    assert not C._says_it_follows(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)


def test_near_miss_the_storys_own_follow_up_stays_undated():
    follow = ("Corroded bolts blamed for Dunmere market hall collapse", [
        "Dunmere Building Control said on Friday that corroded bolts at the north end had "
        "caused the failure.",
        "The report came two weeks after a roof collapse at the Quarry Lane market hall "
        "killed two stallholders.",
        "Inspectors found that six of the twelve bolts holding the main truss had rusted through.",
        "Building Control chief Hanne Lisk said the bolts had not been checked since 2019.",
        "The council said it would inspect every public building with a similar roof.",
    ])
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, follow)
    assert not C._says_it_follows(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)


def test_near_miss_a_report_of_the_event_recalling_an_earlier_death_stays():
    # one of the story's own reports, undated, that sets the collapse beside an earlier
    # death at the hall: its headline tells their event
    own = ("Dunmere market hall roof gives way", [
        "Part of the roof of the Quarry Lane market hall in Dunmere gave way on Tuesday, "
        "and two stallholders died under the steel beams.",
        "The collapse comes three months after a porter died in a fall from a loading ramp "
        "at the same hall.",
        "Traders said they had asked for the roof to be checked.",
        "The hall held about 140 stalls.",
    ])
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, own)
    assert not C._says_it_follows(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)


# review27w: a report of THEIR event that sets it beside an earlier event of the same kind
# ("It comes two months after a lorry crash killed three people on the same bend") was
# named a later event: the subject was no word of theirs ("It", "The tragedy") and the
# clause's generic "killed" matched their toll. Invented: a pilgrims' coach off the
# fictional Harlow pass, nine killed, three undated reports.
BUS = [
    ("Bus plunges off Harlow pass, nine dead", [
        "A coach carrying 40 pilgrims plunged off the Harlow pass road near Vestry on Saturday "
        "night, killing nine people and injuring 23, police said.",
        '"The driver lost control on the hairpin above the gorge," regional police chief Anneli '
        "Sorrow told reporters.",
        "Rescuers winched survivors up the slope through the night.",
        "The coach was run by Brevik Tours of Osterholm.",
        "The pass was closed to traffic on Sunday.",
    ]),
    ("Nine killed as pilgrims' coach leaves road on Harlow pass", [
        "Nine people were killed when a coach carrying pilgrims left the road on the Harlow pass "
        "on Saturday and fell into a gorge.",
        '"The driver lost control on the hairpin above the gorge," said police chief Anneli Sorrow.',
        "Twenty-three passengers were taken to hospitals in Vestry and Osterholm.",
        "Brevik Tours said it was cooperating with the police.",
        "Residents have long called the road a death trap.",
    ]),
    ("Harlow pass coach crash: driver survived, police say", [
        "The driver of a coach that crashed on the Harlow pass on Saturday, killing nine pilgrims, "
        "survived and is in hospital, police said.",
        '"The driver lost control on the hairpin above the gorge," Anneli Sorrow, the police chief, said.',
        "The pilgrims were returning from the shrine at Calder.",
        "The road has no barrier on the bend.",
        "An inquiry has been opened.",
    ]),
]
BUS_REPORTS = {
    # its first sentence tells their event (their "killed"/"crash"'s aftermath: "died", mourning)
    "it": ("Vestry mourns nine pilgrims", [
        "Nine pilgrims died on the Harlow pass on Saturday night when their coach left the road.",
        "It comes two months after a lorry crash killed three people on the same bend.",
        "Mayor Tobin Ferrant declared three days of mourning.",
        "Volunteers set up a soup kitchen near the hospital.",
        "Relatives travelled from Osterholm overnight.",
    ]),
    # its lede in words of its own ("lost their lives"): the clause counts three, which no
    # report of theirs gives
    "tragedy": ("Grief in Vestry after Harlow pass disaster", [
        "Church bells rang across Vestry on Sunday for the nine pilgrims who lost their lives on "
        "the Harlow pass.",
        "The tragedy comes weeks after a lorry crash killed three people on the same road.",
        "Families gathered at the town hall to wait for news.",
        "Mayor Tobin Ferrant declared three days of mourning.",
        "Volunteers set up a soup kitchen near the hospital.",
    ]),
}


def _vote(after: str) -> tuple[str, list[str]]:
    """A later event of the same pass: the council's vote on barriers, dated from ``after``."""
    return ("Council orders steel barriers for mountain road", [
        "The regional council voted on Tuesday to fit steel barriers along the Harlow pass road.",
        f"The vote comes {after}.",
        "Council leader Ragna Holt said work would start in June.",
        "The barriers will cost 2.4 million crowns.",
        "Residents welcomed the decision.",
    ])


@pytest.mark.parametrize("which", sorted(BUS_REPORTS))
def test_near_miss_a_report_of_their_event_beside_an_earlier_one_is_not_named(which):
    comp, ctx = support.compare_stories(*BUS, BUS_REPORTS[which])
    assert not C._says_it_follows(ctx, "a4", OTHERS)
    assert "a4" not in C.story_late_strays(ctx)
    assert "its text dates what it tells weeks after" not in (comp.provenance.warning or "")


def test_a_later_event_dated_from_their_toll_is_still_named():
    # (the clause gives their toll, nine; whether the piece is a stray at all is
    # story_strays' other tests: here what it shares with them keeps it)
    comp, ctx = support.compare_stories(*BUS, _vote("two weeks after nine pilgrims were killed on the pass"))
    assert C._says_it_follows(ctx, "a4", OTHERS)


def test_near_miss_a_clause_that_counts_another_events_toll_decides_nothing():
    # the same vote dated from an earlier crash (three killed, which none of theirs gives)
    comp, ctx = support.compare_stories(*BUS, _vote("two weeks after a lorry crash killed three people on the pass"))
    assert not C._says_it_follows(ctx, "a4", OTHERS)
