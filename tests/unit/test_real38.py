"""real38 (session 38): the wrong lines of a real multi-article read, each cause
reproduced on invented text (fictional people, places and outlets).

1. Framing (opportunism), with --all-findings (the loose paraphrase alignment gives the two
   articles a shared group, which the finder asks for; the invented rows share verbatim
   sentences and fire by default). A real three-outlet PolNeAR set (polls after the first
   debate): "breitbart writes 'seizing on', casting a response as opportunism, where
   west-journal tells it without that, in sentences that share 'presidential', 'Donald',
   'Trump'", where the live blog's "A new ad from <candidate>'s presidential campaign is
   seizing on recent comments his rival made ..." is set against the other outlet's lede
   "A new poll shows that Republican presidential candidate <candidate> remains in a tight
   race ...": an ad and a poll, two different acts. Cause (``findings/opportunism.py``,
   ``find_opportunism``): the active-voice actor is every content word of the subject
   before the phrase (``_subject_head`` cuts only an "of" complement), so the owner named in
   a "from" complement and plain modifiers ("new", "presidential") count as the actor; the
   counterpart need only hold one of them among its first ``SUBJECT_WORDS`` words
   (``_opening_stems``): a name inside the complement of "A new poll shows that ..." passes,
   though the poll, not the candidate, is that sentence's subject; and one word of what
   followed ("race", the story's own word) is enough. Near miss: the other outlet tells the
   same ad plainly ("A new ad from ...'s campaign uses recent comments ..."), and the line
   stays.

opportunism.py is coverage38's file this session, so the wrong rows are strict xfails and
the report describes the fix.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

OPPORTUNISM_CAUSE = (
    "findings/opportunism.py takes every content word of the subject before 'seizing on' as "
    "the actor (a 'from' complement's owner and modifiers like 'new' included) and accepts a "
    "counterpart holding one of them in its first words plus one shared word of what followed, "
    "so 'A new poll shows that <candidate> remains in a tight race' is read as the plain telling "
    "of 'A new ad from <candidate>'s campaign is seizing on ...' (real38, PolNeAR set polls3b)")

LEDGER = "\n\n".join([
    "Mayor Tessa Vorn and councillor Dario Pell met on Tuesday night in the first debate of "
    "the Port Vella mayoral race.",
    "The two clashed over the harbour tunnel, the bus depot and the city's water rates.",
    "{line}",
    "Pell said the tunnel would cost the city twice what Vorn had promised.",
    "The election is on March 3.",
])
WIRE = "\n\n".join([
    "The Latest: Vorn and Pell spar over harbour tunnel",
    "Mayor Tessa Vorn and councillor Dario Pell met on Tuesday night in the first debate of "
    "the Port Vella mayoral race.",
    "The two clashed over the harbour tunnel, the bus depot and the city's water rates.",
    "Pell said the tunnel would cost the city twice what Vorn had promised.",
    "A new ad from Tessa Vorn's mayoral campaign is seizing on recent comments her rival made "
    "questioning why he isn't further ahead in the mayoral race.",
    "The ad shows Pell telling supporters, \"Why aren't I twenty points ahead?\"",
])

OPPORTUNISM_ROWS = [
    # (the Harbour Ledger's own line, an opportunism line against it expected)
    pytest.param("A new poll shows that mayoral candidate Tessa Vorn remains in a tight race "
                 "with Dario Pell after the first debate.", False, id="a-poll-not-the-ad",
                 marks=pytest.mark.xfail(strict=True, reason=OPPORTUNISM_CAUSE)),
    pytest.param("The Ledger's own poll puts the two level.", False, id="no-telling-of-the-ad",
                 marks=pytest.mark.xfail(strict=True, reason=OPPORTUNISM_CAUSE)),
    # near miss: the same ad told plainly is the contrast the finder is for
    pytest.param("A new ad from Tessa Vorn's mayoral campaign uses recent comments her rival "
                 "made questioning why he isn't further ahead in the race.", True,
                 id="the-ad-told-plainly"),
]


@pytest.mark.parametrize(("line", "framed"), OPPORTUNISM_ROWS)
def test_opportunism_needs_the_same_act_told_plainly(line, framed):
    arts = [Article(id="a1", source="t", outlet="Harbour Ledger", text=LEDGER.format(line=line)),
            Article(id="a2", source="t", outlet="Wirecast", text=WIRE)]
    lines = [f.summary for f in compare_articles(arts, Options()).findings
             if f.type == "framing" and "opportunism" in f.summary]
    assert bool(lines) is framed, lines


# --- 2. real37's shared listing, fixed here (findings/source._listing_row) ---------------
# A listing row (every word capitalised or a stopword: no verb or plain noun in the
# outlet's words) is no copied narration. Other listings than real37's tour dates: a
# league's fixtures and a roster, each printed by two outlets that wrote their own prose.

FIXTURES = [
    "Saturday, March 4 -- Port Vella Rovers v Lenz City Athletic, Harbour Park",
    "Saturday, March 11 -- Orsk United v Port Vella Rovers, Lakeside Ground",
    "Sunday, March 19 -- Port Vella Rovers v Kelvo Town, Harbour Park",
    "Saturday, March 25 -- Dunmore Wanderers v Port Vella Rovers, Elm Creek Stadium",
    "Saturday, April 1 -- Port Vella Rovers v Tarsberg FC, Harbour Park",
    "Sunday, April 9 -- Ridgeway Albion v Port Vella Rovers, Ridgeway Bowl",
]
ROSTER = [
    "Goalkeepers: Ilan Mor, Tobiah Senn",
    "Defenders: Kasim Dree, Otto Varl, Benedek Ruhl, Amon Fiske",
    "Midfielders: Lior Penn, Jarek Ost, Mads Quillan",
    "Forwards: Vito Carrow, Eamon Teel",
]
LEDGER_PROSE = [
    "Port Vella Rovers open their return to the first division at home to Lenz City Athletic.",
    "Manager Greta Holm said she expected a hard start after a summer of few signings.",
    "Season tickets went on sale on Monday at the Harbour Park office.",
    "The club finished second in the second division last season, four points clear of Orsk.",
]
WIRE_PROSE = [
    "Promoted Port Vella Rovers face a tough run of early fixtures, with four of their first "
    "six games against last season's top half.",
    "Greta Holm, in her third season in charge, has kept the squad that won promotion.",
    "The Rovers last played in the top flight nine years ago.",
    "Holm will name her captain before the opener, the club said.",
]

LISTING_ROWS = [
    # (the Wirecast's prose, its listing rows, a shared_source line expected)
    pytest.param(WIRE_PROSE, FIXTURES, False, id="own-prose-same-fixtures"),
    pytest.param(WIRE_PROSE, ROSTER, False, id="own-prose-same-roster"),
    # near misses: the prose copied with the rows stays a copy; and rows told as sentences
    # (a verb in each: narration) are no listing
    pytest.param(LEDGER_PROSE, FIXTURES, True, id="prose-copied-too"),
    pytest.param(LEDGER_PROSE, [], True, id="prose-copied-no-rows"),
]


@pytest.mark.parametrize(("prose", "rows", "copied"), LISTING_ROWS)
def test_a_shared_listing_is_no_copied_narration(prose, rows, copied):
    listing = FIXTURES if rows is FIXTURES else ROSTER
    ledger = "\n\n".join([*LEDGER_PROSE, "Fixtures and squad:", *listing])
    wire = "\n\n".join([*prose, *(["The list:", *rows] if rows else [])])
    arts = [Article(id="a1", source="t", outlet="Harbour Ledger", text=ledger),
            Article(id="a2", source="t", outlet="Wirecast", text=wire)]
    lines = [f.summary for f in compare_articles(arts, Options()).findings
             if f.type == "shared_source"]
    assert bool(lines) is copied, lines


NARRATED = [
    "Port Vella Rovers host Lenz City Athletic at Harbour Park on Saturday, March 4, in a "
    "game the league moved forward by a day.",
    "The Rovers then travel to Orsk United on March 11 for a derby that sold out in an hour.",
    "Kelvo Town visit Harbour Park on March 19, when the club will unveil its new stand.",
]


def test_narrated_fixtures_copied_word_for_word_stay_a_copy():
    """Near miss: fixtures told in sentences (verbs, plain nouns) are narration; three
    copied word for word are MIN_COPIED_RICH copied pairs and make a shared source."""
    ledger = "\n\n".join([*LEDGER_PROSE, *NARRATED])
    wire = "\n\n".join([*WIRE_PROSE, *NARRATED])
    arts = [Article(id="a1", source="t", outlet="Harbour Ledger", text=ledger),
            Article(id="a2", source="t", outlet="Wirecast", text=wire)]
    lines = [f.summary for f in compare_articles(arts, Options()).findings
             if f.type == "shared_source"]
    assert lines
