"""Session 26: a piece on another matter of the story's town, weeks after it, whose first
sentence writes one of the others' event words of a thing of its own
(``findings.coverage._told_of_its_own``).

The warning named a piece that leads with the story's setting only when its headline and
first sentence held none of the others' event words, or (s25) held them of a person of its
own. A council's vote to close a swimming pool, 11 days after three reports of a raid over
envelopes of cash "used to buy votes", holds "voted": one of their event words, by chance,
told of something none of their ledes tells. Now it is named when the words after each such
event word in its first sentence hold no other word of their event, nothing their ledes tell
it was done to, and two words or more no other lede writes, and its headline and first
sentence name none of the people their ledes name. Near misses, not named: a follow-up from
another angle whose first sentence tells the event in the words after its event word (a vote
to ask for a rerun of the election, prosecutors charging volunteers with handing out the cash,
a vote to suspend the councillor over the vote-buying raid), one that names the mayor-elect,
and the pool piece dated within ``stories``' window.

Invented (fictional town of Velmark, Ostrany): police raid the campaign office of mayor-elect
Teodor Vasko on Saturday 14 March and seize envelopes of cash used to buy votes; three
outlets. The other matter: the town council closing its ice rink, 12 days later.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

WIRE = ("Police raid Velmark mayor-elect's office over vote-buying", [
    "Police in the Ostranian town of Velmark on Saturday raided the campaign office of mayor-elect "
    "Teodor Vasko and seized envelopes of cash that prosecutors say were used to buy votes in "
    "last week's election, after a complaint by the Social Front.",
    "Officers removed 860 envelopes, each holding 40 crowns, from the Civic Union office, "
    "prosecutor Edita Lorn said.",
    '"The money was handed out street by street in the days before the vote," Lorn said.',
    "Vasko, 52, of the Civic Union, won the election by 230 votes over the Social Front and "
    "denies any wrongdoing.",
    "Three people were detained, among them councillor Oskar Vasko, a brother of the mayor-elect.",
    "Oskar Vasko's lawyer said his client had done nothing wrong.",
    "The electoral board has suspended certification of the result.",
])
LEFT = ("Cash for votes: police raid Vasko campaign office", [
    "Police raided mayor-elect Teodor Vasko's campaign office in Velmark on Saturday and seized "
    "envelopes of cash that prosecutors believe were used to buy votes.",
    "Prosecutor Edita Lorn said 860 envelopes had been removed from a back room of the Civic Union "
    "office, after a complaint by the Social Front.",
    '"The money was handed out street by street in the days before the vote," Lorn said.',
    "The Social Front called for the election to be rerun.",
    "Councillor Oskar Vasko, the mayor-elect's brother, was among five people detained.",
    "The electoral board has suspended certification of the result.",
])
RIGHT = ("Raid on Vasko office follows opposition complaint", [
    "Police on Saturday raided the Velmark campaign office of mayor-elect Teodor Vasko and seized "
    "envelopes allegedly holding cash used to buy votes, after a complaint by the opposition.",
    '"The money was handed out street by street in the days before the vote," prosecutor Edita '
    "Lorn said.",
    "Vasko said he had never bought a vote.",
    "His Civic Union called the timing of the raid suspicious.",
    "Councillor Oskar Vasko, his brother, was questioned and released.",
    "The electoral board has suspended certification of the result.",
])
DATES = ["2026-03-15", "2026-03-15", "2026-03-16"]
LATER = "2026-03-27"
OTHERS = ["a1", "a2", "a3"]

# Another matter of the same town, 12 days later: named since s26.
RINK = ("Velmark council approves closure of Harbour Road ice rink", [
    "Velmark town council voted on Thursday to close the Harbour Road ice rink at the end of "
    "April, citing refrigeration repairs of 1.4 million crowns the town cannot afford.",
    "The motion passed by 13 votes to 8, with Civic Union councillors, including Oskar Vasko, in "
    "favour and the Social Front against.",
    "The rink, built in 1981, drew about 45,000 skaters last year.",
    "A petition against the closure has gathered more than 3,000 signatures.",
    "Social Front councillors proposed keeping the rink open for another season, but the "
    "amendment was defeated.",
    "Acting mayor Jana Prell, who runs the town while the election result is suspended, called "
    "the decision painful.",
])


def _piece(title: str, first: str) -> tuple[str, list[str]]:
    """A piece 12 days later: ``first`` as its news, then the rink piece's lines of its own."""
    return (title, [first, *RINK[1][1:]])


def test_a_vote_to_close_the_towns_rink_is_named():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, RINK, published=DATES + [LATER])
    assert C._first_tells_theirs(ctx, "a4", OTHERS)  # "voted", one of their event words
    assert not C._done_to_another(ctx, "a4", OTHERS)  # no person of its own in its first sentence
    core = C._their_event(ctx, "a4", OTHERS)
    assert C._told_of_its_own(ctx, "a4", OTHERS, core)  # of an ice rink
    assert "a4" in C.off_story(ctx)
    assert C.story_thing_strays(ctx) == {"a4"}
    assert C.story_person_strays(ctx) == set()
    assert "but of a thing of its own that none of them tells" in comp.provenance.warning


NEAR_MISSES = {
    # the event told in the words after its event word
    "rerun": ("Velmark council asks for rerun",
              "Velmark town council voted on Thursday to ask the electoral board to order a rerun "
              "of the election, by 13 votes to 8."),
    "charged": ("Two volunteers charged in Velmark",
                "Prosecutors in Velmark on Thursday charged two campaign volunteers with handing "
                "out the cash envelopes seized in the raid, after questioning 14 residents."),
    "suspended": ("Velmark councillor suspended",
                  "Velmark town council voted on Thursday to suspend a councillor over the raid "
                  "on the campaign office, by 13 votes to 8."),
    # names the story's person
    "their person": ("Velmark council votes on Vasko",
                     "Velmark town council voted on Thursday to close the ice rink that mayor-elect "
                     "Teodor Vasko had promised to save, citing repairs of 1.4 million crowns."),
}


@pytest.mark.parametrize("name", list(NEAR_MISSES))
def test_a_later_piece_that_tells_their_event_or_its_people_is_not_named(name):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _piece(*NEAR_MISSES[name]),
                                        published=DATES + [LATER])
    core = C._their_event(ctx, "a4", OTHERS)
    assert not C._told_of_its_own(ctx, "a4", OTHERS, core)
    assert "a4" not in C.off_story(ctx)
    assert C.story_thing_strays(ctx) == set()


def test_the_rink_piece_within_the_window_stays():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, RINK, published=DATES + ["2026-03-17"])
    assert "a4" not in C.off_story(ctx)


# (review26w) a follow-up weeks later that ties its own act back to the story's event
# beyond the words right after its event word: by a noun the others' ledes date as theirs
# ("in last week's election" beside "before any new election"), or by a noun it dates
# itself weeks back, where the others' event lies ("after last month's scandal")
REFERS_BACK = {
    "the others' dated election": (
        "Velmark council orders polling cameras",
        "Velmark town council voted on Thursday to install cameras at every polling station "
        "before any new election."),
    "last month's scandal": (
        "Velmark council tightens spending rules",
        "Velmark town council voted on Thursday to tighten its rules on campaign spending after "
        "last month's scandal."),
    "this month's count": (
        "Velmark council hires clerks",
        "Velmark town council voted on Thursday to hire two more clerks for the electoral board "
        "and to publish every ballot tally from this month's count."),
}


@pytest.mark.parametrize("name", list(REFERS_BACK))
def test_a_later_piece_that_refers_back_to_their_event_is_not_named(name):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _piece(*REFERS_BACK[name]),
                                        published=DATES + [LATER])
    core = C._their_event(ctx, "a4", OTHERS)
    assert not C._told_of_its_own(ctx, "a4", OTHERS, core)
    assert "a4" not in C.off_story(ctx)
    assert C.story_thing_strays(ctx) == set()


# Near misses, still named: a day of its own week ("after Tuesday's inspection", "this week's
# session") is its own news, not the others' event weeks back; a word the others' ledes
# write undated ("campaign", "town") no tie
STILL_OWN = {
    "its own week's inspection": (
        "Velmark council closes Harbour Road ice rink",
        "Velmark town council voted on Thursday to close the Harbour Road ice rink after "
        "Tuesday's inspection found cracks in its refrigeration plant, citing repairs of 1.4 "
        "million crowns."),
    "this week's session": (
        "Velmark council closes Harbour Road ice rink",
        "At this week's session, Velmark town council voted on Thursday to close the Harbour Road "
        "ice rink at the end of April, citing repairs of 1.4 million crowns."),
    "a word of theirs, undated": (
        "Velmark council closes Harbour Road ice rink",
        "Velmark town council voted on Thursday to close the Harbour Road ice rink at the end of "
        "April, citing repairs of 1.4 million crowns that the town and its campaign groups "
        "cannot afford."),
}


@pytest.mark.parametrize("name", list(STILL_OWN))
def test_a_later_piece_of_its_own_thing_is_still_named(name):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _piece(*STILL_OWN[name]),
                                        published=DATES + [LATER])
    core = C._their_event(ctx, "a4", OTHERS)
    assert C._told_of_its_own(ctx, "a4", OTHERS, core)
    assert "a4" in C.off_story(ctx)
    assert C.story_thing_strays(ctx) == {"a4"}
