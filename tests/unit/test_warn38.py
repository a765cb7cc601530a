"""Session 38 (warn38): the story warning's three known misses on dev, each a later act of the
same actors weeks after the others' event, kept in the story by a general cause:

- a lede that looks back at the others' event in a juxtaposed clause ("The approval comes two
  weeks after the company was drawn into controversy over the felling of ...") read as telling
  it (``coverage._lede_words_as_news``);
- a vote's tally of its own read as theirs told loosely ("98 votes to 67" within 5% of "94
  votes to 71") and, with no person or organisation in its lede, never asked
  (``coverage._counts_another``);
- two close background lines keeping a piece published weeks after every other, as they no
  longer keep one published weeks before (``coverage._stray``).

All invented: the Miller's Elm felled in Orrin, the Varro Homes approval in Lindavik; the
Tessland assembly's vote on a fishing quota and its later vote on a ferry subsidy. Near misses
that stay: a follow-up whose lede tells the felling in its own clause, a piece that leads with
the story's event and adds background, the same juxtaposed piece published with the others.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

# --- the felled elm and the developer's later approval ------------------------------------

QUOTE = '"We have lost a piece of our history overnight," said Mayor Ines Tolvanen.'
WIRE = ("Orrin's 300-year-old Miller's Elm felled overnight; developer denies role", [
    "The Miller's Elm, a 300-year-old tree in the centre of Orrin, was felled overnight from "
    "Friday to Saturday, and police are investigating whether the developer of a nearby housing "
    "site ordered the cut.",
    "The elm stood beside the old grain market and had been protected since 1987.",
    QUOTE,
    "Varro Homes, which is building 90 flats on the neighbouring plot, denied any involvement.",
    "Police said a chainsaw crew had been seen at the site shortly after midnight.",
])
CENTRE = ("Police investigate felling of protected Miller's Elm", [
    "Police in Orrin are investigating after the protected Miller's Elm was felled overnight, "
    "with residents pointing at the developer of a housing site next to it.",
    QUOTE,
    "The tree, about 300 years old, had been protected since 1987.",
    "Varro Homes said it had nothing to do with the felling.",
])
LEFT = ("Outrage as Orrin's ancient elm is felled", [
    "Residents of Orrin woke on Saturday to find the Miller's Elm, which had stood for three "
    "centuries, felled and cut into sections.",
    QUOTE,
    "Police said a chainsaw crew had been seen at the site shortly after midnight.",
    "Environmental group Green Orrin called for Varro Homes' building permit to be suspended.",
])
DATES = ["2026-04-11", "2026-04-11", "2026-04-12"]
LATER = "2026-04-28"

# Another act of the same developer, in another town, 16 days later; its third sentence looks
# back at the felling as the event it dates its own news from.
APPROVAL = ("Varro Homes wins approval for 180 homes in Lindavik", [
    "Varro Homes won planning permission on Tuesday for 180 homes on a former brickworks in "
    "Lindavik, ending a two-year dispute with residents over traffic.",
    "The Lindavik council's planning committee voted six to three in favour of the scheme, which "
    "includes a school and a riverside park.",
    "The approval comes two weeks after the company was drawn into controversy over the felling "
    "of the Miller's Elm in neighbouring Orrin, which police are still investigating.",
    '"This decision was taken on the merits of the plan," committee chairman Bo Harkin said.',
    "Construction is due to start next spring.",
])
# Near miss: a follow-up whose first sentence tells the felling in its own clause.
CHARGED = ("Two charged over felling of Miller's Elm", [
    "Police in Orrin charged two contractors on Tuesday over the felling of the Miller's Elm, "
    "two weeks after the protected tree was felled overnight.",
    "Varro Homes said the men had not been working for the company.",
    "Mayor Ines Tolvanen said the town would plant a new elm in the market square.",
])
# Near miss: a piece leading with the story's event, then the developer's background.
REPORT = ("Miller's Elm felled in Orrin", [
    "The Miller's Elm in Orrin, a tree about 300 years old, was felled overnight, and police are "
    "looking into whether a developer ordered the cut.",
    "The felling comes two weeks after Varro Homes, which is building flats next to the tree, "
    "won approval for 180 homes in Lindavik.",
    "The company denied any involvement.",
])


def _off(piece, published):
    comp, ctx = support.compare_stories(WIRE, CENTRE, LEFT, piece, published=published)
    return C.off_story(ctx), comp.provenance.warning or "", ctx


def test_a_later_act_looking_back_at_their_event_is_named():
    off, warning, _ = _off(APPROVAL, [*DATES, LATER])
    assert off == {"a4"}
    assert "a4" in warning


def test_its_lede_words_as_news_leave_out_the_juxtaposed_clause():
    _, _, ctx = _off(APPROVAL, [*DATES, LATER])
    assert "fell" not in C._lede_words_as_news(ctx, "a4")
    assert {"approval", "disput"} <= C._lede_words_as_news(ctx, "a4")
    # the whole lede still holds it, for every other caller
    words = ctx.per_story("story_event_words", C._event_words)[0]["a4"]
    assert "fell" in words
    # a lede that tells the felling in its own clause keeps it
    _, _, ctx2 = _off(CHARGED, [*DATES, LATER])
    assert "fell" in C._lede_words_as_news(ctx2, "a4")


@pytest.mark.parametrize(("piece", "published"), [
    (CHARGED, [*DATES, LATER]),
    (REPORT, [*DATES, "2026-04-12"]),
    (APPROVAL, [*DATES, "2026-04-12"]),
], ids=["follow-up-tells-felling", "leads-with-their-event", "same-days-as-theirs"])
def test_near_misses_stay(piece, published):
    off, warning, _ = _off(piece, published)
    assert "a4" not in off
    assert "a4" not in warning


# --- the assembly's vote and its later vote ------------------------------------------------

VOTE_WIRE = ("Tessland assembly votes to cut cod quota", [
    "Tessland's assembly voted on Thursday to cut the cod quota for coastal trawlers by a fifth, "
    "after a long debate over falling stocks.",
    "Members approved the cut by 61 votes to 44 after the fisheries committee backed it.",
    "Fisheries Minister Elna Rask said the stocks needed time to recover.",
])
VOTE_CENTRE = ("Assembly backs cod quota cut", [
    "The Tessland assembly on Thursday voted to cut the coastal cod quota by a fifth.",
    "The measure passed by 61 votes to 44, with the opposition divided.",
    '"The sea is not a bottomless larder," Fisheries Minister Elna Rask told members.',
])
VOTE_LEFT = ("Fishing towns fear for jobs after quota vote", [
    "Fishing towns along the Tessland coast fear for their jobs after the assembly voted on "
    "Thursday to cut the cod quota.",
    "Lawmakers approved the cut by 61 votes to 44.",
    '"The sea is not a bottomless larder," Fisheries Minister Elna Rask told members.',
])
VOTE_DATES = ["2026-03-05", "2026-03-05", "2026-03-06"]
# Another vote of the same assembly 15 days later; its tally within 5% of theirs, exact both.
SUBSIDY = ("Assembly approves ferry subsidy", [
    "Tessland's assembly on Friday approved a subsidy for island ferry routes, in a vote the "
    "government called a lifeline for coastal villages.",
    "The measure passed by 63 votes to 42 and will cost 40 million crowns a year.",
    "Fisheries Minister Elna Rask said the islands could not survive without the ferries.",
])
# Near miss: a follow-up on the quota vote, retelling its tally.
RETOLD = ("Trawler crews protest quota cut", [
    "Trawler crews blocked Tessland's main fishing port on Friday in protest at the cod quota "
    "cut the assembly voted for two weeks ago.",
    "The cut passed by 61 votes to 44.",
    "Fisheries Minister Elna Rask said she would meet the crews.",
])


def _vote(piece, published):
    comp, ctx = support.compare_stories(VOTE_WIRE, VOTE_CENTRE, VOTE_LEFT, piece, published=published)
    return comp, ctx


def test_another_vote_weeks_later_counts_another():
    _, ctx = _vote(SUBSIDY, [*VOTE_DATES, "2026-03-20"])
    assert C._counts_another(ctx, "a4", ["a1", "a2", "a3"])


@pytest.mark.parametrize(("piece", "published"), [
    (RETOLD, [*VOTE_DATES, "2026-03-20"]),
    (SUBSIDY, [*VOTE_DATES, "2026-03-06"]),
], ids=["retells-their-tally", "within-the-window"])
def test_no_other_vote(piece, published):
    _, ctx = _vote(piece, published)
    assert not C._counts_another(ctx, "a4", ["a1", "a2", "a3"])


def test_a_rounded_figure_is_theirs_an_exact_near_one_is_not():
    assert C._rounds(60, 61) and not C._rounds(63, 61) and not C._rounds(61, 63)


# --- the lost ballots and the strike vote at the same depot --------------------------------

BG1 = "The Helder depot sorts mail for four provinces and employs about 600 people."
BG2 = "Norvik Post was privatised in 2019 and has cut about a fifth of its jobs since."
POST_WIRE = ("Thousands of postal ballots found at Norvik Post depot after count", [
    "Some 3,100 postal ballots for last week's regional election were found unopened at Norvik "
    "Post's Helder depot on Monday, two days after the count closed.",
    "Electoral commissioner Lise Varga said the ballots arrived too late to be counted.",
    '"Every voter who did their duty deserves an answer," Varga said.',
    BG1,
    BG2,
])
POST_CENTRE = ("Postal ballots left uncounted at Helder depot", [
    "About 3,100 postal ballots were found at Norvik Post's Helder depot on Monday, after the "
    "regional election count had closed.",
    '"Every voter who did their duty deserves an answer," said electoral commissioner Lise Varga.',
    "The company apologised and said it had opened an inquiry.",
    BG1,
    BG2,
])
POST_LEFT = ("Voters robbed of their say as ballots sit in depot", [
    "More than 3,000 postal votes never reached the count after they were left at Norvik Post's "
    "Helder depot, the electoral commission said on Monday.",
    '"Every voter who did their duty deserves an answer," commissioner Lise Varga said.',
    "Opposition parties called for the result in two districts to be reviewed.",
    BG1,
])
POST_DATES = ["2026-10-05", "2026-10-05", "2026-10-06"]
# Another act at the same depot 19 days later, the two background lines word for word.
STRIKE = ("Helder postal workers vote to strike over agency staff", [
    "Workers at Norvik Post's Helder depot have voted to strike for 48 hours next month over "
    "the company's use of agency staff, their union said on Friday.",
    "Of the 410 members who took part in the ballot, 86 percent backed the strike.",
    "Union secretary Pieter Holm said half of the shifts were now worked by agency staff.",
    BG1,
    BG2,
])
# Near miss: a follow-up at the same depot weeks later that tells their event first.
INQUIRY = ("Inquiry blames staff shortage for ballots left at depot", [
    "An inquiry into the 3,100 postal ballots found uncounted at Norvik Post's Helder depot "
    "said on Friday that they arrived on a weekend when no supervisor was on duty.",
    "Electoral commissioner Lise Varga said the findings were troubling.",
    "Norvik Post said it would change its weekend rota.",
    BG1,
    BG2,
])


def _post(piece, published):
    comp, ctx = support.compare_stories(POST_WIRE, POST_CENTRE, POST_LEFT, piece, published=published)
    return C.off_story(ctx), comp.provenance.warning or "", ctx


def test_a_later_act_kept_by_two_background_lines_is_named():
    off, warning, ctx = _post(STRIKE, [*POST_DATES, "2026-10-24"])
    assert C._close_groups_by_statement(ctx).get("a4", 0) > 1  # what kept it before s38
    assert off == {"a4"}
    assert "a4" in warning


@pytest.mark.parametrize(("piece", "published"), [
    (INQUIRY, [*POST_DATES, "2026-10-24"]),
    (STRIKE, [*POST_DATES, "2026-10-06"]),
], ids=["follow-up-tells-their-event", "within-the-window"])
def test_background_lines_keep_these(piece, published):
    off, warning, _ = _post(piece, published)
    assert "a4" not in off
    assert "a4" not in warning
