"""Session 29b: why the new dev stories' off-story pieces (d171, d175, d179) stayed in their stories.

Each shares actors with the story (an operator and its minister, a mayor, a court and a lawyer)
and tells another event, with dates and without:

* d171 (a rail operator's fare rise beside its driver's arrest): the fare piece shares one
  strong figure, the operator's daily passengers, written in its closing lines as in the wire's;
  a figure it shares only in such a background line (below its lede, none of their event's
  words in its sentence) is no figure of their event (``coverage._background_figure``, read by
  ``_figures_of_its_own``);
* d179 (the same court and lawyer in an opposition leader's appeal): its deputy's "Two weeks
  ago we were told the courts are independent" met the government spokesman's "The courts are
  independent and ..." of the blogger's release: one speaker's words echoed by another is no
  statement both quote (``coverage._echoed_only``);
* d175 (the mayor opening a tram line, from the outlet of one of the story's reports): the
  outlet's labelled sign-up box ("Newsletter: Sign up for ...") survived cleaning in both and
  was the verbatim third aligned line that kept the piece (``rules/boilerplate``, a "promo" rule).

Invented: the Quarry Lane market hall collapse in Dunmere (``test_story_strays_later``'s three
reports). Near misses that stay: a shared figure in the piece's lede or beside their event's
words, a statement given to the same speaker or to an unnamed one, a line that only mentions
a newsletter.
"""

from __future__ import annotations

import pytest
import support
from test_story_strays_later import DATES, LEFT, OTHERS, RIGHT, WIRE

from storylens.clean import clean_text
from storylens.findings import coverage as C


def _bridge(line: str, second: str = "The 85-metre bridge is due to open in 2028, city engineer Osric "
                                     "Pellam said.",
            quote: str = '"It will take 4,000 cars a day off Bridge Street," he told councillors.'):
    """The city engineer's footbridge plan (another event of the story's actor), ending ``line``."""
    return ("Dunmere unveils plan for Arle footbridge", [
        "Dunmere's planners on Monday unveiled a 2.4 million crown footbridge over the Arle river, "
        "linking the station to the old town.",
        second,
        quote,
        # one of their event's words in another sense ("failed"), as d171's fare rise wrote
        # "taking" beside their "taken"
        "A plan for a bridge at the same spot failed to win funding in 2019.",
        line,
    ])


ECHO = ('"In May his office swore a steel frame failed at the north end. Why should anyone trust '
        'those people with a bridge?" asked opposition councillor Ada Rusk.')


# the wire's background line on the hall, and the piece's on the same figure
HALL = (WIRE[0], [*WIRE[1][:3], "The hall, built in 1962, drew about 25,000 shoppers a week.", *WIRE[1][4:]])
STALLS = "The council also runs the Quarry Lane market hall, which drew about 25,000 shoppers a week."


@pytest.mark.parametrize("line, second, own", [
    # written in a closing line with none of their event's words: background of the actor
    (STALLS, None, True),
    # near misses: beside their event's words, or in its lede
    ("The Quarry Lane market hall, which drew about 25,000 shoppers a week, collapsed last month.",
     None, False),
    ("Residents will be consulted.", "The council also runs the Quarry Lane market hall, which drew about "
                                    "25,000 shoppers a week, and the bridge is due to open in 2028, city "
                                    "engineer Osric Pellam said.", False),
])
def test_a_figure_shared_only_in_a_background_line_is_no_figure_of_their_event(line, second, own):
    piece = _bridge(line, *(() if second is None else (second,)))
    comp, ctx = support.compare_stories(HALL, LEFT, RIGHT, piece, published=DATES + ["2026-05-27"])
    core = C._their_event(ctx, "a4", OTHERS)
    event = core | C._event_nouns_of(ctx, "a4", OTHERS, core)
    assert not C._figures_of_its_own(ctx, "a4")  # it shares the 25,000 shoppers (as before s29b)
    assert C._figures_of_its_own(ctx, "a4", event) is own


@pytest.mark.parametrize("published", [DATES + ["2026-05-27"], None])
@pytest.mark.parametrize("echo", [False, True])
def test_the_actors_later_event_that_shares_a_background_figure_is_named(published, echo):
    # (echo) and quotes another speaker echoing the engineer's words (_echoed_only)
    piece = _bridge(STALLS, quote=ECHO) if echo else _bridge(STALLS)
    comp, ctx = support.compare_stories(HALL, LEFT, RIGHT, piece, published=published)
    assert C._quote_tie(ctx, "a4", "a1") is echo
    assert C._leads_with_theirs(ctx, "a4", OTHERS)
    assert "fail" in C._their_event(ctx, "a4", OTHERS)
    assert C._tells_another_event(ctx, "a4", OTHERS)
    assert "a4" in C.off_story(ctx)


@pytest.mark.parametrize("x, y, two", [
    ("Gulnora Hamidova", "Government spokesman Farid Nazarov", True),
    ("Marrow", "agency director Lisbet Marrow", False),  # one person
    ("a spokesperson for the operator", "Farid Nazarov", False),  # unnamed: may be either
    (None, "Farid Nazarov", False),
])
def test_two_speakers(x, y, two):
    assert C._two_speakers(x, y) is two


@pytest.mark.parametrize("quote, echoed", [
    # another named speaker echoes the engineer's words: no statement both quote
    (ECHO, True),
    # near misses: the engineer himself says it again, or a speaker no name tells apart
    ('"The steel frame failed at the north end, and we have learned from it," said city engineer '
     'Osric Pellam.', False),
    ('"Last month we were told the steel frame failed at the north end," one resident said.', False),
])
def test_a_statement_echoed_by_another_speaker_is_no_quote_tie(quote, echoed):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _bridge(STALLS, quote=quote))
    assert C._quote_tie(ctx, "a4", "a1")
    assert C._echoed_only(ctx, "a4", "a1") is echoed


@pytest.mark.parametrize("line, removed", [
    ("Newsletter: Sign up for the Dunmere Courier's city hall bulletin", True),
    ("Newsletter: Get the Courier's morning briefing in your inbox every weekday", True),
    ("Newsletters: the Courier's weekly round-up", True),
    # near misses: a sentence on a newsletter, reporting or quoting, stays
    ("Newsletter: the council said its bulletin would close in June.", False),
    ('Newsletter: "We will keep printing," the editor wrote.', False),
    ("The council's newsletter: a bulletin for tenants, was cut in 2024.", False),
])
def test_a_labelled_sign_up_box_is_removed(line, removed):
    text = "\n\n".join([
        "The roof of the Quarry Lane market hall in Dunmere collapsed on Tuesday morning.",
        line,
        "Rescue crews searched the rubble for four hours before declaring the hall clear.",
        "The council has closed the surrounding streets.",
    ])
    assert (line not in clean_text(text).text) is removed
