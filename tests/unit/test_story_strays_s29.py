"""Session 29: why session 28's held-out t162 and t164 off-story pieces stayed in their stories.

Both were kept by ``findings.coverage._stray`` with and without dates:

* t162 (a signal workers' strike at the same station as a bomb hoax): "began" was read as an
  event word their ledes share ("officers began clearing the concourse"), and the strike
  piece writes "The 24-hour strike began at 4 a.m.": a verb of phase tells that something
  else began, not what happened (``rules/story_warning.PHASE_VERB_STEMS``, read out of
  ``_event_words``);
* t164 (a dairy's listeria fine beside a festival's mushroom poisoning): two close groups
  kept it, one of them only the official both quote ("..., regional chief hygiene officer
  Dr. Marta Velesa said") around two different statements (``_close_groups_by_statement``
  cuts each sentence's attributions before it asks what they share); and its "The fine comes
  two weeks after ... a poisoning in which ... more than 30 were taken to hospital" was read
  as a retelling of their toll (``_in_juxtaposed_clause``: the clause a piece dates its own
  news from recalls that event; it tells none).

Invented: the Quarry Lane market hall collapse in Dunmere (``test_story_strays_later``'s three
reports). Near misses that stay: the story's own follow-up that adds background ("Work began
on Monday to clear the rubble of the collapse"; one that writes their verb), a retelling of
their toll outside a juxtaposition, an interval within ``stories``' window, a group whose
statements share their content.
"""

from __future__ import annotations

import pytest
import support
from test_story_strays_later import DATES, LEFT, OTHERS, RIGHT, WIRE

from storylens.findings import coverage as C
from storylens.models import Alignment


def _with(story: tuple[str, list[str]], i: int, line: str) -> tuple[str, list[str]]:
    title, paras = story
    paras = list(paras)
    paras[i] = line
    return title, paras


# two of the three ledes write "began" beside what happened
BEGAN_WIRE = _with(WIRE, 2, "Rescue crews began searching the rubble within minutes and declared the hall "
                            "clear four hours later.")
BEGAN_LEFT = _with(LEFT, 2, "Eleven shoppers were taken to hospital as rescue crews began searching the rubble.")


def _inspectors(second: str) -> tuple[str, list[str]]:
    """A walkout of the city engineer's inspectors (the story's actor), its second sentence ``second``."""
    return ("Dunmere building inspectors walk out over pay", [
        "Building inspectors working for city engineer Osric Pellam walked out on Monday in a "
        "dispute over pay and weekend shifts.",
        second,
        '"We have asked for a fair deal for eighteen months," said union steward Marit Olsby.',
        "The union is seeking a 6 percent rise; the council has offered 3.5 percent.",
        "Pellam said he regretted the delays and urged both sides to accept mediation.",
    ])


@pytest.mark.parametrize("published", [DATES + ["2026-05-27"], None])
def test_a_verb_of_phase_is_no_event_word(published):
    piece = _inspectors("The 48-hour strike began at 7 a.m., and the engineer's office said 23 site "
                        "inspections had been put off.")
    comp, ctx = support.compare_stories(BEGAN_WIRE, BEGAN_LEFT, RIGHT, piece, published=published)
    assert "begin" not in C._event_words(ctx)[2]
    core = C._their_event(ctx, "a4", OTHERS)
    assert "begin" not in core and {"collaps", "kill"} <= core
    assert C._tells_another_event(ctx, "a4", OTHERS)
    assert "a4" in C.off_story(ctx)


@pytest.mark.parametrize("second", [
    # the story's own follow-up: its event's noun, or its verb, beside "began"
    "Work began on Monday to clear the rubble of the collapse, the engineer's office said.",
    "Demolition of the hall that collapsed began on Monday, the engineer's office said.",
])
def test_near_miss_the_storys_own_follow_up_that_writes_began_stays(second):
    comp, ctx = support.compare_stories(BEGAN_WIRE, BEGAN_LEFT, RIGHT, _inspectors(second),
                                        published=DATES + ["2026-05-27"])
    assert not C._tells_another_event(ctx, "a4", OTHERS)


def _cinema(line: str) -> tuple[str, list[str]]:
    """A fire service's fine on a cinema, its third sentence ``line``."""
    return ("Dunmere fire service fines cinema over locked exits", [
        "The Dunmere fire service has fined the Regal cinema 60,000 crowns after inspectors found "
        "three emergency exits chained shut during a Saturday screening, the service said on Monday.",
        "The cinema, which seats 420, must fit new door alarms within 30 days.",
        line,
        '"Locked exits kill people in a fire," said fire officer Gunnar Bly.',
        "The cinema's owner, Petra Hale, said the chains had been put on by a new cleaner.",
    ])


@pytest.mark.parametrize("line, retells", [
    # the clause it dates its own news from: their event recalled with its toll, no retelling
    ("The fine comes two weeks after the roof of the Quarry Lane market hall collapsed, killing two "
     "stallholders and injuring eleven shoppers.", False),
    ("The fine came three weeks after a roof collapse at the Quarry Lane market hall killed two "
     "stallholders.", False),
    # near misses: told as its own sentence, an interval within the window, no juxtaposition
    ("The roof of the Quarry Lane market hall collapsed two weeks ago, killing two stallholders and "
     "injuring eleven shoppers.", True),
    ("The fine comes two days after the roof of the Quarry Lane market hall collapsed, killing two "
     "stallholders.", True),
    ("Inspectors stepped up checks two weeks after the roof of the Quarry Lane market hall collapsed, "
     "killing two stallholders.", True),
])
def test_a_toll_in_the_clause_a_juxtaposition_dates_from_is_no_retelling(line, retells):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _cinema(line), published=DATES + ["2026-05-26"])
    assert C._retells_their_event(ctx, "a4", OTHERS, C._their_event(ctx, "a4", OTHERS)) is retells


@pytest.mark.parametrize("text, end_at, inside", [
    ("The fine comes two weeks after a poisoning in which 30 were taken to hospital.", "30", True),
    ("The ban came a month after a crash that killed 12 people.", "12", True),
    ("Some 30 people were hurt; the fine comes two weeks after a crash.", "30", False),  # before it
    ("The fine comes two days after a poisoning in which 30 were taken to hospital.", "30", False),
    ("Police arrived two weeks after a poisoning in which 30 were taken to hospital.", "30", False),
])
def test_in_juxtaposed_clause(text, end_at, inside):
    assert C._in_juxtaposed_clause(text, text.index(end_at) + len(end_at)) is inside


# Two statements of one official on two events: only her post, name and "said" meet
SOLD = ("About 140 portions were sold before the stall closed, chief hygiene officer Dr. Ilka "
        "Renvall said.")
LINKED = "No illnesses have been linked to the cheese, chief hygiene officer Dr. Ilka Renvall said."
SOLD_AGAIN = "About 140 portions had been sold by noon, chief hygiene officer Dr. Ilka Renvall said."


@pytest.mark.parametrize("theirs, mine, counted", [
    ((SOLD, SOLD), LINKED, False),  # only the attribution: no group of the piece's
    ((SOLD, SOLD), SOLD_AGAIN, True),  # their statement's content: a group
])
def test_a_group_that_shares_only_its_attribution_counts_no_statement(monkeypatch, theirs, mine, counted):
    stories = [(f"Stall {i}", ["Officials spoke on Sunday in Brasta.", line]) for i, line in
               enumerate([*theirs, mine])]
    comp, ctx = support.compare_stories(*stories)
    said = {d.id: next(s for s in d.sentences if s.text.endswith("Renvall said.")) for d in ctx.docs}
    assert said["a3"].text == mine
    group = Alignment(kind="edited", sentences=tuple(said[a].id for a in ("a1", "a2", "a3")), similarity=0.9)
    monkeypatch.setattr(C, "_close_tier", lambda ctx: (group,))
    found = C._close_groups_by_statement(ctx)
    assert found.get("a1") == 1 and found.get("a2") == 1
    assert (found.get("a3", 0) == 1) is counted
    # the stems cut are the speaker's and the verb's, not the statement's
    stems = C._statement_stems(ctx, said["a3"])
    assert "renvall" not in stems and "officer" not in stems


# (draft44) a "when" clause that recalls an earlier incident like theirs dates no news of its
# own from their event: a feature of their event may write it (rules/story_warning.SAME_KIND_WHEN)
@pytest.mark.parametrize("clause, dated_back", [
    ("since the start of the month, when the roof of the Quarry Lane market hall collapsed", True),
    ("since the start of the month, when a similar roof collapsed at the Eastgate pool", False),
    ("since the start of the month, when another roof collapsed at the Eastgate pool", False),
    ("since earlier this month, when part of the hall's roof had also collapsed", False),
    ("since the start of the month, when the previous roof collapsed", False),
])
def test_a_when_clause_on_an_earlier_incident_of_the_same_kind_dates_nothing_back(clause, dated_back):
    from test_story_strays_s28 import _market

    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _market(clause))
    assert C._dates_their_event_back(ctx, "a4", OTHERS) is dated_back
