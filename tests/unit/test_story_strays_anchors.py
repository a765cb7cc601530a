"""Session 19: a noun of the others' event is one their ledes tell, not one they date their
news by (``findings.coverage._their_event_nouns``, ``_later_in_ledes``,
``rules/coverage.LATER_ANCHOR``).

The blind-written dev story d77 (an MP's lost immunity) missed its off-story piece: the same
party's pick of a candidate "for the May 17 regional elections", 16 days later. Two of the
others' ledes date the vote "six weeks before regional elections", and one body writes "the
assembly was elected in 2022", so "election" read as a noun of their event (a lede word of
two that begins as a past verb of the comparison does), and the piece's headline and first
sentence read as telling it. What a lede writes only after a time anchor ahead ("before",
"ahead of", "until", "on the eve of") is a later event it dates its news by.

Invented: a district court convicts Nordholm's mayor, Idris Varo of the Commons Party, of
bribery on Wednesday and bars him from office; three outlets quote the judge and date the
ruling before the municipal elections; one body recalls that Varo "was first elected mayor in
2019". Named now: the Commons Party's pick of a new candidate "in the municipal elections",
published 17 days later (and the same with "the privatisation" / "privatised"). Near misses that stay:
the story's own follow-up ("his appeal against the conviction"); a recount of an election
that the others' ledes tell as what happened ("won Sunday's municipal elections"); a
follow-up of an explosion that one lede writes only "before the explosion" and two tell.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C
from storylens.rules import coverage as RC

JUDGE = '"The court found that the payments bought the contract, and nothing else,"'
WIRE = ("Nordholm mayor Varo convicted of taking bribes, barred from office", [
    "A district court in Kessel on Wednesday convicted Nordholm mayor Idris Varo of taking "
    "bribes from a waste contractor and barred him from public office for five years, eight "
    "weeks before the municipal elections.",
    f"{JUDGE} presiding judge Mirela Osk said.",
    "Varo was given a suspended sentence of two years and fined 90,000 marks.",
    "Varo, of the opposition Commons Party, was first elected mayor in 2019 and had planned to "
    "run again.",
    "His lawyer said he would appeal.",
])
LEFT = ("Court bars Nordholm's Varo from office", [
    "Nordholm mayor Idris Varo was convicted of bribery on Wednesday and barred from office for "
    "five years, a ruling his Commons Party called a blow to its campaign before the municipal "
    "elections.",
    f"{JUDGE} said judge Mirela Osk.",
    "The court said Varo took 240,000 marks from Drennac Waste in exchange for the city's "
    "waste contract.",
    "Party chairwoman Lisbet Aurek said the Commons Party respected the court.",
    "Varo has denied any wrongdoing.",
])
RIGHT = ("Varo convicted, banned from office for five years", [
    "Idris Varo, the mayor of Nordholm, was convicted of bribery and barred from office by the "
    "Kessel district court on Wednesday.",
    f"{JUDGE} judge Mirela Osk told the court.",
    "Drennac Waste's former director, Tomas Heyde, was convicted alongside him.",
    "The deputy mayor will run Nordholm until the municipal elections in November.",
    "Varo's lawyer said the ruling would be appealed.",
])
DATES = ["2026-09-09", "2026-09-09", "2026-09-10"]
OTHERS = ["a1", "a2", "a3"]


def _pick(vote: str = "in the municipal elections on November 8") -> tuple[str, list[str]]:
    """The Commons Party's pick of a new candidate for mayor, weeks after the ruling."""
    return ("Commons Party picks teacher Anka Morel to run for Nordholm mayor", [
        "The opposition Commons Party on Saturday chose schoolteacher Anka Morel as its "
        f"candidate for mayor of Nordholm {vote}, hoping to hold a city it has run for seven "
        "years.",
        "Morel, 44, won 312 of the 480 votes cast by party members at a meeting in the city's "
        "old theatre.",
        '"People want buses that come and rents they can pay," Morel told the meeting.',
        "Idris Varo, the mayor convicted of bribery this month, did not attend.",
        "Party chairwoman Lisbet Aurek said the campaign would focus on housing.",
        "Morel served on the city council from 2015 to 2023.",
    ])


@pytest.mark.parametrize("before, noun", [
    ("six weeks before the May 17 regional ", "elections"),
    ("eight weeks before the ", "elections"),
    ("a ruling it called a blow to its campaign before the municipal ", "elections"),
    ("ahead of Sunday's ", "vote"),
    ("will not eat until all political prisoners are ", "released"),
    ("on the eve of the ", "summit"),
    ("in the run-up to the ", "referendum"),
    ("days prior to the ", "merger"),
])
def test_a_time_anchor_ahead_is_read(before, noun):
    assert RC.LATER_ANCHOR.search(before), noun


@pytest.mark.parametrize("before", [
    "two weeks after the ",            # looks back: a follow-up's event
    "since the ",
    "killed three workers in the ",
    "the vote came before, and the ",  # a clause break between
    "before the ruling was read out by the presiding ",  # more than four words between
])
def test_near_misses_are_no_anchor(before):
    assert not RC.LATER_ANCHOR.search(before)


def test_a_noun_their_ledes_write_only_as_ahead_is_no_noun_of_their_event():
    _, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _pick(), published=DATES + ["2026-09-26"])
    later = C._later_in_ledes(ctx)
    assert "election" in later["a1"] and "election" in later["a2"]
    assert "convict" not in later["a1"]
    assert "election" not in C._their_event_nouns(ctx, OTHERS)
    assert "convict" in C._their_event(ctx, "a4", OTHERS)


@pytest.mark.parametrize("vote", [
    "in the municipal elections on November 8",
    "for the elections on November 8",
])
def test_the_same_partys_later_pick_of_a_candidate_is_named(vote):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, _pick(vote), published=DATES + ["2026-09-26"])
    assert C._leads_with_theirs(ctx, "a4", OTHERS)  # it leads with the Commons Party
    assert C._tells_another_event(ctx, "a4", OTHERS)
    assert C.story_strays(ctx) == {"a4"}
    assert "a4" in C.off_story(ctx)
    w = comp.provenance.warning or ""
    assert "a4 (Outlet D" in w and "a1 (" not in w and "a2 (" not in w and "a3 (" not in w


def test_another_derived_noun_dated_ahead_is_no_noun_of_their_event_either():
    # the same class with another verb and noun: "privatised" in a body, "before the bus
    # company's privatisation" in two ledes; the later piece's first sentence writes it
    def sale(story):
        title, paras = story
        paras = [p.replace("the municipal elections", "the bus company's privatisation")
                  .replace("first elected mayor in 2019", "mayor when the city privatised its trams in 2021")
                 for p in paras]
        return title, paras

    pick = ("Commons Party picks teacher Anka Morel to lead bus campaign", [
        "The opposition Commons Party on Saturday chose schoolteacher Anka Morel to lead its "
        "campaign against the bus company's privatisation, hoping to hold a city it has run "
        "for seven years.",
    ] + _pick()[1][1:])
    _, ctx = support.compare_stories(sale(WIRE), sale(LEFT), sale(RIGHT), pick, published=DATES + ["2026-09-26"])
    assert "privatization" in C._later_in_ledes(ctx)["a1"]  # stems spell it with z
    assert "privatization" not in C._their_event_nouns(ctx, OTHERS)
    assert C.story_strays(ctx) == {"a4"}


# Near miss: the story's own follow-up weeks later names the event by its noun ("his appeal
# against the conviction"): a noun of the event verb "convicted" (_event_noun_stems) stays.
APPEAL = ("Varo lodges appeal against bribery conviction", [
    "Former Nordholm mayor Idris Varo on Monday lodged an appeal against his conviction, "
    "saying the district court had ignored 14 witness statements.",
    "His lawyer, Petra Lind, said the appeal court could hear the case in January.",
    "The Commons Party said it stood by its new candidate for mayor.",
    "Varo has denied any wrongdoing.",
    "The appeal court has upheld 61 percent of bribery convictions since 2020.",
])


def test_the_storys_own_follow_up_by_its_noun_stays():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, APPEAL, published=DATES + ["2026-09-28"])
    assert not C._tells_another_event(ctx, "a4", OTHERS)
    assert C.story_strays(ctx) == set()
    assert "a4" not in C.off_story(ctx)


# Near miss: where the others' ledes tell the election as what happened ("won Sunday's
# municipal elections"), a recount of it weeks later that names "the elections" in its first
# sentence tells their event, not another.
WON_WIRE = ("Commons Party wins Nordholm municipal elections", [
    "The opposition Commons Party won Sunday's municipal elections in Nordholm with 41 percent, "
    "the election commission said on Monday.",
    '"Nordholm has chosen change," party chairwoman Lisbet Aurek told supporters.',
    "The governing Union Party came second with 33 percent.",
    "Turnout was 58 percent.",
    "The new council will sit for the first time in December.",
])
WON_LEFT = ("Commons Party takes Nordholm in municipal elections", [
    "The Commons Party took control of Nordholm in Sunday's municipal elections, winning 41 "
    "percent of the vote after a campaign on rents and buses.",
    '"Nordholm has chosen change," Lisbet Aurek, the party chairwoman, said.',
    "Anka Morel will be the city's first mayor from the party since 2019.",
    "The Union Party lost nine of its seats.",
    "Morel was elected to the council in 2015.",
])
WON_RIGHT = ("Union Party loses Nordholm as Commons Party wins elections", [
    "The Union Party lost Nordholm to the opposition Commons Party in Sunday's municipal "
    "elections, its worst result in the city since 1990.",
    '"Nordholm has chosen change," said Commons Party chairwoman Lisbet Aurek.',
    "Union Party leader Per Askeby said he would stay on.",
    "The Commons Party won 41 percent and the Union Party 33 percent.",
    "Counting ended shortly after midnight.",
])
RECOUNT = ("Recount confirms Commons Party win in Nordholm elections", [
    "A recount of the Nordholm municipal elections confirmed on Friday that the Commons Party "
    "won, after the Union Party challenged 2,300 postal ballots.",
    "The election commission said only 17 ballots had been misread.",
    "Union Party leader Per Askeby said he accepted the result.",
    "The new council will sit on December 2.",
    "Anka Morel said she would name her deputies next week.",
])


def test_a_follow_up_of_an_election_their_ledes_tell_stays():
    _, ctx = support.compare_stories(WON_WIRE, WON_LEFT, WON_RIGHT, RECOUNT,
                      published=["2026-11-09", "2026-11-09", "2026-11-10", "2026-11-27"])
    assert "election" in C._their_event_nouns(ctx, OTHERS)  # told as what happened
    assert C.story_strays(ctx) == set()
    assert "a4" not in C.off_story(ctx)


# Near miss: one lede writes the event only as what something came before ("had complained
# for months before the explosion"), two others tell it: the explosion is still their event's
# noun, and a follow-up that recalls "the explosion" stays.
BLAST_WIRE = ("Explosion at Carrow fireworks depot kills three", [
    "An explosion at the Lenz fireworks depot in Carrow killed three workers and injured 11 "
    "on Friday evening, the fire brigade said.",
    '"The whole store went up at once, there was nothing anyone could do," fire chief Odo '
    "Brann told reporters.",
    "The depot exploded shortly after six, as the night shift arrived.",
    "Houses within 300 metres were evacuated.",
    "The cause is not yet known.",
])
BLAST_LEFT = ("Neighbours warned about Carrow depot for months", [
    "Neighbours had complained about the Lenz fireworks depot in Carrow for months before the "
    "blast that killed three workers and injured 11 on Friday.",
    'Fire chief Odo Brann said: "The whole store went up at once, there was nothing anyone '
    'could do."',
    "Residents said trucks loaded at night without lights.",
    "The council said it had inspected the depot in March.",
    "Lenz did not answer calls.",
])
BLAST_RIGHT = ("Firefighters battle blaze after explosion at Carrow depot", [
    "Firefighters fought through Friday night to put out a blaze after an explosion at the "
    "Lenz fireworks depot in Carrow killed three workers.",
    '"The whole store went up at once, there was nothing anyone could do," said fire chief '
    "Odo Brann.",
    "Eleven people were taken to hospital.",
    "Police closed the ring road.",
    "Windows were broken two streets away.",
])
BLAST_LEFT_BEFORE = (BLAST_LEFT[0], [
    BLAST_LEFT[1][0].replace("before the blast that killed three workers and injured 11 on "
                             "Friday", "before the explosion on Friday"),
] + BLAST_LEFT[1][1:])
CHARGED = ("Lenz depot owner charged over Carrow explosion", [
    "Prosecutors on Tuesday charged the owner of the Lenz fireworks depot in Carrow over the "
    "explosion, after fire chief Odo Brann found that it had stored 14 tonnes of fireworks "
    "where 2 were allowed.",
    "Karel Lenz, 58, was released on bail of 200,000 marks.",
    "His lawyer said he would plead not guilty.",
    "Families from houses within 300 metres of the depot are still in hotels.",
    "Residents plan a meeting with the council next week.",
])


@pytest.mark.parametrize("left", [BLAST_LEFT, BLAST_LEFT_BEFORE])
def test_a_follow_up_of_an_explosion_told_by_two_ledes_stays(left):
    _, ctx = support.compare_stories(BLAST_WIRE, left, BLAST_RIGHT, CHARGED,
                      published=["2026-10-02", "2026-10-03", "2026-10-03", "2026-10-20"])
    assert ("explosion" in C._later_in_ledes(ctx)["a2"]) == (left is BLAST_LEFT_BEFORE)
    assert "explosion" in C._their_event_nouns(ctx, OTHERS)  # two ledes tell it
    assert not C._tells_another_event(ctx, "a4", OTHERS)
    assert "a4" not in C.off_story(ctx)


# review19a: a noun after "before" that a relative clause in the past tells is the event told,
# not a later one its lede dates the news by ("weeks before the explosion that killed three
# workers": the explosion happened). Two of the others' ledes written so dropped "explosion"
# from their event's nouns. "before the elections that will decide" still dates ahead.
INSPECT_LEFT = ("Neighbours warned about Carrow depot for months", [
    "Inspectors had warned the owner of the Lenz fireworks depot in Carrow about unsafe storage "
    "days before the explosion that killed three workers and injured 11 on Friday.",
] + BLAST_LEFT[1][1:])
INSPECT_RIGHT = ("Carrow depot failed two inspections, records show", [
    "The Lenz fireworks depot in Carrow had failed two inspections before Friday's explosion, "
    "which killed three workers, records show.",
] + BLAST_RIGHT[1][1:])
VOTE_AHEAD = ("Carrow depot owner's party faces questions", [
    "The Lenz fireworks depot in Carrow had failed two inspections four weeks before the "
    "elections that will decide who runs the council.",
] + BLAST_RIGHT[1][1:])


def test_a_noun_a_past_relative_clause_tells_is_their_event():
    _, ctx = support.compare_stories(BLAST_WIRE, INSPECT_LEFT, INSPECT_RIGHT, CHARGED, VOTE_AHEAD,
                      published=["2026-10-02", "2026-10-03", "2026-10-03", "2026-10-20",
                                 "2026-10-04"])
    later = C._later_in_ledes(ctx)
    assert "explosion" not in later["a2"] and "explosion" not in later["a3"]
    assert "kill" not in later["a2"]                 # the clause's own words are told
    assert "election" in later["a5"]                 # near miss: a clause ahead, no past
    assert "explosion" in C._their_event_nouns(ctx, OTHERS)
    assert "a4" not in C.off_story(ctx)


@pytest.mark.parametrize(("lede", "word", "ahead"), [
    # a gerund after the anchor tells the news's own acts in sequence: told
    ("A gunman shot two guards at the Orm depot before fleeing in a stolen van.", "flee", False),
    ("The driver fled the scene before being arrested near the Vell bridge.", "arrest", False),
    # near misses: a noun or a bare participle after the anchor still dates ahead
    ("The council froze the budget six weeks before the regional elections.", "election", True),
    ("Forty prisoners at Orm jail will refuse food until released.", "releas", True),
])
def test_a_gerund_after_the_anchor_is_told(lede, word, ahead):
    _, ctx = support.compare_stories(("Orm news", [lede, "Police said more details would follow."]))
    assert (word in C._later_in_ledes(ctx)["a1"]) is ahead
