"""Session 41 (warning41): the story warning's misses of session 40's held-out read, each an
off-story piece on ANOTHER EVENT of the story's own actors or places, weeks later, that sets its
own news beside the story's event ("The incident comes just over two weeks after the collapse of
a loading ramp"): the same actors and places do not make the same event, what happened does
(``findings/off_story_event.sets_its_news_beside_theirs``).

All invented: a crane that collapsed at the Ostry yard in Velden, run by Halvard Marine; its
later ship launch, a grain barge's engine failure on the same river, the town's new tram stop.
Near misses that stay in the story: an inquest into the same deaths weeks later, a resignation
over "the shipyard tragedy", one whose second sentence takes responsibility for the collapse, the
same launch piece published with the others, a report that leads with the collapse and adds the
company's other business, and an outlet's piece on the families of the dead.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C
from storylens.findings import off_story_event as O

# a background line the story's reports and every later piece share, with the operator's name
BG = "Halvard Marine employs about 850 people at the Ostry yard, the largest employer in Velden."
QUOTE = '"Two families have lost everything today, and we owe them the truth," said Mayor Greta Lunn.'
WIRE = ("Two workers killed as crane collapses at Velden shipyard", [
    "A 60-metre crane collapsed at the Ostry shipyard in Velden on Tuesday, killing two workers "
    "and injuring three others.",
    "The crane fell across a dry dock where a cargo ship was being repaired.",
    QUOTE,
    "The yard's operator, Halvard Marine, said it had stopped all work and would help investigators.",
    "The Labour Safety Authority has opened an investigation.",
    BG,
])
CENTRE = ("Crane collapse kills two at Ostry yard", [
    "Two workers were killed and three injured when a crane collapsed at the Ostry shipyard in "
    "Velden on Tuesday.",
    QUOTE,
    "The crane fell across a dry dock where a cargo ship was being repaired.",
    "Halvard Marine, which runs the yard, said it had stopped all work.",
    BG,
])
LEFT = ("Velden mourns two shipyard workers", [
    "Velden was in mourning on Wednesday after a crane collapsed at the Ostry shipyard, killing "
    "two workers who had raised safety concerns months ago.",
    QUOTE,
    "The Labour Safety Authority has opened an investigation.",
    "Union organiser Jens Amberg said the crane had failed an inspection in March.",
])
DATES = ["2026-05-12", "2026-05-12", "2026-05-13"]
LATER = "2026-05-28"

# Another act of the same operator at the same yard, 16 days later, looking back at the collapse;
# its first sentence writes a word of their ledes' background ("repair work", their "being
# repaired") in a sense of its own, as t286's "record defence budget" wrote their "records".
LAUNCH = ("Halvard Marine launches first ferry from Velden yard", [
    "Halvard Marine launched a 90-metre passenger ferry at its Velden yard on Thursday, the first "
    "new vessel after eleven years in which the yard did only repair work.",
    "The ship, ordered by the island operator Sundlink, will carry 400 passengers and 120 cars "
    "between Velden and Ormsey from the autumn.",
    "About 2,000 people watched the ship slide into the water.",
    "The launch comes two weeks after the collapse of a crane at the Ostry shipyard, which is "
    "still under investigation.",
    "Sundlink said it had ordered a second ferry for delivery in 2028.",
    BG,
])
# Another incident on the same river, with no person or organisation in its lede and no strong
# figure of its own (d290's police dog finding a boy).
BARGE = ("Grain barge drifts for hours off Velden", [
    "A grain barge with a crew of six drifted for three hours off Velden on Sunday evening after "
    "its engine failed, the coastguard said.",
    "The barge, carrying wheat for the Ormsey mills, was towed to the Velden quay shortly before "
    "midnight.",
    "Nobody on board was hurt, and the wheat was unloaded on Monday morning.",
    "The barge's owner, a family firm from Ormsey, said it would pay for the tow.",
    "The incident came just over two weeks after the collapse of a crane at the Ostry shipyard "
    "killed two workers.",
    "River pilots said the barge's engine had been overhauled in April.",
    BG,
])
# Near miss: an inquest into the same deaths, weeks later.
INQUEST = ("Inquest opens into Velden crane deaths", [
    "An inquest into the deaths of two workers killed when a crane collapsed at the Ostry shipyard "
    "opened in Velden on Thursday.",
    "The coroner heard that the crane had failed an inspection in March.",
    "The hearing comes two weeks after the collapse of the crane at the yard.",
    "Halvard Marine said it would cooperate fully.",
    BG,
])
# Near miss: an investigation into the same collapse, which its lede tells in words of its own.
PROBE = ("Safety authority widens Ostry yard investigation", [
    "The Labour Safety Authority on Thursday widened its investigation into the failure of the "
    "dockside crane at Halvard Marine's Ostry yard to cover two more cranes.",
    "Inspectors will examine maintenance records going back five years.",
    "The Authority gave no date for its findings.",
    "The move comes two weeks after the collapse of the crane at the yard.",
    BG,
])
# Near miss: a resignation over "the shipyard tragedy", weeks later.
RESIGNS = ("Halvard Marine chief resigns over shipyard tragedy", [
    "Halvard Marine's chief executive Pia Norrby resigned on Thursday, the company said.",
    "The board named finance director Ole Brandt as interim chief executive.",
    "The resignation comes two weeks after the collapse of a crane at the Ostry shipyard.",
    "Shares in the company fell 4 percent.",
    BG,
])
# Near miss: the same resignation, its second sentence telling the collapse.
STEPS_DOWN = ("Halvard Marine chief steps down", [
    "Halvard Marine's chief executive Pia Norrby stepped down on Thursday, the company said.",
    "Norrby said she took responsibility for the collapse of the crane at the Ostry shipyard.",
    "The board named finance director Ole Brandt as interim chief executive.",
    "The resignation comes two weeks after the collapse of the crane at the yard.",
    BG,
])
# Near miss: a piece leading with the story's event, then the operator's other business.
REPORT = ("Crane collapse at Velden yard", [
    "A crane collapsed at the Ostry shipyard in Velden on Tuesday, killing two workers.",
    "The collapse comes two months after Halvard Marine, which runs the yard, won an order for a "
    "passenger ferry.",
    "The Labour Safety Authority has opened an investigation.",
    BG,
])
# Near miss: an outlet's own angle on the same event, the families of the dead.
FAMILIES = ("Families of Velden dead ask who checked the crane", [
    "The families of the two workers who died at the Ostry shipyard asked on Thursday why a crane "
    "that failed an inspection in March was still in use.",
    "Union organiser Jens Amberg said the yard had ignored warnings.",
    "The collapse came two weeks after the crane was repaired, the families said.",
    BG,
])


def _off(piece, published):
    comp, ctx = support.compare_stories(WIRE, CENTRE, LEFT, piece, published=published)
    return C.off_story(ctx), comp.provenance.warning or "", ctx


@pytest.mark.parametrize("piece", [LAUNCH, BARGE], ids=["same-operator-launch", "same-river-barge"])
def test_a_later_act_set_beside_their_event_is_named(piece):
    off, warning, ctx = _off(piece, [*DATES, LATER])
    assert off == {"a4"}
    assert "a4 (" in warning
    assert O.sets_its_news_beside_theirs(ctx, "a4", ["a1", "a2", "a3"])
    # the warning says why: its text dates what it tells weeks after what they tell
    assert "a4" in C.story_late_strays(ctx)


@pytest.mark.parametrize("piece", [LAUNCH, BARGE], ids=["same-operator-launch", "same-river-barge"])
def test_without_the_rule_they_stay(piece, monkeypatch):
    monkeypatch.setattr(O, "sets_its_news_beside_theirs", lambda *a: False)
    off, _, _ = _off(piece, [*DATES, LATER])
    assert "a4" not in off


@pytest.mark.parametrize(("piece", "published"), [
    (INQUEST, [*DATES, LATER]),
    (PROBE, [*DATES, LATER]),
    (RESIGNS, [*DATES, LATER]),
    (STEPS_DOWN, [*DATES, LATER]),
    (LAUNCH, [*DATES, "2026-05-13"]),
    (REPORT, [*DATES, "2026-05-13"]),
    (REPORT, [*DATES, LATER]),
    (FAMILIES, [*DATES, LATER]),
], ids=["inquest-into-their-deaths", "investigation-in-its-own-words", "resigns-over-the-tragedy",
        "second-sentence-tells-it", "within-the-window", "leads-with-their-event",
        "leads-with-their-event-later", "families-of-their-dead"])
def test_near_misses_are_not_set_beside(piece, published, monkeypatch):
    off, warning, ctx = _off(piece, published)
    assert not O.sets_its_news_beside_theirs(ctx, "a4", ["a1", "a2", "a3"])
    # the rule names nothing the earlier rules did not (the resignation "over the shipyard
    # tragedy" and the widened investigation are named by them, coverage._tells_another_event:
    # no word of the collapse in the lede, a figure of its own)
    monkeypatch.setattr(O, "sets_its_news_beside_theirs", lambda *a: False)
    before, _, _ = _off(piece, published)
    assert off == before


@pytest.mark.parametrize(("piece", "published"), [
    (INQUEST, [*DATES, LATER]),
    (STEPS_DOWN, [*DATES, LATER]),
    (LAUNCH, [*DATES, "2026-05-13"]),
    (REPORT, [*DATES, LATER]),
    (FAMILIES, [*DATES, LATER]),
], ids=["inquest-into-their-deaths", "second-sentence-tells-it", "within-the-window",
        "leads-with-their-event-later", "families-of-their-dead"])
def test_follow_ups_stay(piece, published):
    off, warning, _ = _off(piece, published)
    assert "a4" not in off
    assert "a4 (" not in warning


@pytest.mark.parametrize(("clause", "recalls"), [
    ("the collapse of a crane at the Ostry shipyard, which is", True),   # what happened
    ("a crane fell across a dry dock where a cargo", True),              # its verb
    ("the chamber passed the dry dock repair and cargo bill", True),     # two words of their ledes
    ("the town opened a new tram stop on the", False),                   # nothing of theirs
    ("the Ostry shipyard in Velden won an order", False),                # names recall actors only
])
def test_recalled_words(clause, recalls):
    core = frozenset({"collaps", "kill", "fell", "fall"})
    signature = frozenset({"crane", "dry", "dock", "cargo", "ship", "repair", "worker"})
    got = O._recalled_words(clause, core, core | frozenset({"death"}), frozenset(), signature)
    assert (got is not None) is recalls


# --- one speaker's two statements tie nothing ----------------------------------------------

TOWN_WIRE = ("Court orders Brell sawmill to stop night shifts over noise", [
    "A regional court on Monday ordered the Kessa Timber sawmill in Brell to stop working at night "
    "after residents complained about noise.",
    '"I understand the residents, but the houses were built next to a mill that has stood here '
    'since 1921," said Brell mayor Tove Arnlid.',
    "The sawmill employs 210 people.",
    "Residents' group Quiet Brell brought the case in 2024.",
])
TOWN_CENTRE = ("Sawmill ordered to halt night work", [
    "A court on Monday ordered the Kessa Timber sawmill in Brell to stop night shifts over noise.",
    "The sawmill employs 210 people.",
    "Residents' group Quiet Brell brought the case in 2024.",
    '"We will appeal," the company said.',
])
TOWN_LEFT = ("Brell residents win fight against night noise", [
    "Residents of Brell won their long fight against night-time noise on Monday when a court "
    "ordered the Kessa Timber sawmill to stop night shifts.",
    '"We will appeal," the company said.',
    "Residents' group Quiet Brell brought the case in 2024.",
])
TOWN_DATES = ["2026-06-01", "2026-06-02", "2026-06-02"]
# The same town's tram stop 15 days later: its mayor's line shares "built", "since" and "mill".
TRAM = ("Brell opens its first tram line", [
    "BRELL - A tram line through the centre of Brell opened to passengers on Tuesday, linking the "
    "town to the regional railway.",
    "Mayor Tove Arnlid cut the ribbon.",
    '"This is the biggest thing built in Brell since the mill," Arnlid said.',
    "The opening comes two weeks after a court ordered the sawmill to stop night shifts over noise.",
    "Trams will run every 20 minutes.",
])


def _town(piece, published):
    comp, ctx = support.compare_stories(TOWN_WIRE, TOWN_CENTRE, TOWN_LEFT, piece, published=published)
    return C.off_story(ctx), ctx


def test_one_speakers_two_statements_tie_no_later_act(monkeypatch):
    off, ctx = _town(TRAM, [*TOWN_DATES, "2026-06-16"])
    assert C._quote_tie(ctx, "a4", "a1")
    assert O.one_speakers_two_lines(ctx, "a4", "a1")
    assert off == {"a4"}
    # the quote tie kept it
    monkeypatch.setattr(O, "one_speakers_two_lines", lambda *a: False)
    assert _town(TRAM, [*TOWN_DATES, "2026-06-16"])[0] == set()


def test_the_same_statement_quoted_twice_is_one():
    # the mayor's own line, quoted again by the tram piece, still ties it
    same = (TRAM[0], [*TRAM[1][:2], TOWN_WIRE[1][1], *TRAM[1][3:]])
    _, ctx = _town(same, [*TOWN_DATES, "2026-06-16"])
    assert C._quote_tie(ctx, "a4", "a1")
    assert not O.one_speakers_two_lines(ctx, "a4", "a1")


def test_a_dateline_name_is_no_person_of_theirs():
    _, ctx = _town(TRAM, [*TOWN_DATES, "2026-06-16"])
    assert not O._names_their_people(ctx, "a4", ["a1", "a2", "a3"])


@pytest.mark.parametrize(("piece", "rule"), [
    (PROBE, "FOLLOW_UP_STEMS"),
    (RESIGNS, "INCIDENT_NOUN_STEMS"),
], ids=["investigation", "tragedy"])
def test_a_lede_tied_to_an_event_keeps_a_follow_up(piece, rule, monkeypatch):
    # the lede's "investigation" or "tragedy" is all that tells these follow-ups from another act
    from storylens.rules import story_warning as SW

    _, _, ctx = _off(piece, [*DATES, LATER])
    assert not O.sets_its_news_beside_theirs(ctx, "a4", ["a1", "a2", "a3"])
    monkeypatch.setattr(SW, rule, frozenset())
    _, _, ctx = _off(piece, [*DATES, LATER])
    assert O.sets_its_news_beside_theirs(ctx, "a4", ["a1", "a2", "a3"])
