"""Session 31: the same body's act on another person, which never names whom the story's act was done to.

Session 30's held-out t189 (now dev): three reports of an election tribunal striking the
opposition front-runner off a city's ballot over a forged degree, and a piece 13 days later on
the same tribunal clearing a RIVAL candidate's campaign spending. The piece leads with the
story's actors (the tribunal, the rival the others name), writes two of their event's words
("ruled", "votes") and was kept because its first sentence named what their event was done to
(``coverage._names_their_object``): "candidate" and "capital", words of the rival's own post
("the Civic Alliance's candidate for mayor of the capital, Tomás Ibarra") that the others'
ledes write of the front-runner. Their event was done to a person the piece never names, in no
line, while its first sentence names a person of its own: the shared words are another
person's post (``coverage._of_another_person``, ``_their_object_people``).

Undated, it was kept too by a date: the others' ledes strike her "from the ballot for the May
17 municipal election", and the piece writes "The municipal election is on May 17", which read
as naming their event's day. A date written as a noun's attribute ("the May 17 municipal
election") is that thing's day, not the lede's (``coverage._days``,
``rules/story_warning.ATTRIBUTIVE_DATE_BEFORE``/``_AFTER``).

Invented: a province's elections board disqualifying a candidate over a forged tax
certificate. Near misses that stay: a follow-up of the same act (the party's replacement
candidate) that names whom it was done to only in its body, the same rival piece naming her in
a background line, and the three reports themselves, none sharing every sentence.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C
from storylens.rules.story_warning import ATTRIBUTIVE_DATE_AFTER, ATTRIBUTIVE_DATE_BEFORE

WIRE = ("Tessel board disqualifies governor front-runner over tax certificate", [
    "TESSEL CITY (Vanta News) - The Tessel Province Elections Board on Thursday disqualified Ilse "
    "Brandt, the coastal region's opposition candidate for governor, after ruling that the "
    "tax certificate she filed with her registration was forged.",
    "The board's seven members voted 6-1 to strike Brandt from the ballot for the June 9 "
    "provincial election.",
    "Brandt, 51, led the race with 31 percent in a Korbel poll last week, ahead of Pavel Orun of "
    "the Liberal Front on 26 percent.",
    "The case began with a complaint filed in March by Orun's campaign, which said the tax office "
    "had no record of the certificate.",
    '"The board does not weigh programmes. It weighs whether the papers are genuine," board chair '
    'Aldo Fenwick told reporters.',
    "Brandt denied wrongdoing and said she would appeal to the Supreme Court within five days.",
    '"I paid every crown I owed and I will prove it," she told supporters.',
    "The Union of Farmers has 48 hours to name a replacement if the appeal fails.",
])
LEFT = ("Board strikes Brandt from Tessel ballot", [
    "The Tessel Province Elections Board on Thursday disqualified Ilse Brandt, the "
    "coastal region's opposition candidate for governor, after ruling that the tax certificate she "
    "filed with her registration was forged.",
    "The board's seven members voted 6-1 to strike Brandt from the ballot for the June 9 "
    "provincial election, Vanta News reported.",
    "Brandt had led the race with 31 percent in last week's Korbel poll, five points ahead of "
    "Pavel Orun of the Liberal Front.",
    '"The board does not weigh programmes. It weighs whether the papers are genuine," board chair '
    'Aldo Fenwick said.',
    'Brandt said she would appeal. "I paid every crown I owed and I will prove it," she said.',
    "Farmers' groups called the ruling a blow to rural voters.",
])
RIGHT = ("Forged certificate ends Brandt's run for governor", [
    "Ilse Brandt's campaign for governor of Tessel province ended on Thursday when the Elections "
    "Board disqualified her over a forged tax certificate.",
    "The board voted 6-1 to strike her from the ballot, upholding a complaint by Pavel Orun's "
    "Liberal Front.",
    '"The board does not weigh programmes. It weighs whether the papers are genuine," said board '
    'chair Aldo Fenwick.',
    "Brandt said she would appeal to the Supreme Court.",
    "Orun, now the favourite, said voters deserved candidates who obey the law.",
])
# the same board clearing the rival's spending, 11 days later; "the coastal region's ...
# candidate for governor" is Orun's post here, and Brandt goes unnamed ("the original candidate")
RIVAL = ("Board clears Orun campaign over radio adverts", [
    "TESSEL CITY - The Tessel Province Elections Board on Monday rejected a complaint that the "
    "coastal region's Liberal Front candidate for governor, Pavel Orun, had broken the legal "
    "limit on campaign advertising.",
    "The complaint, brought by the Green Tessel party, said radio adverts paid for by a hauliers' "
    "association amounted to undeclared spending for Orun.",
    "The board ruled by four votes to three that the adverts did not name Orun and so did not count "
    "towards his limit of 1.8 million crowns.",
    '"The law governs what candidates spend, not what citizens say," said board chair Aldo Fenwick.',
    "Green Tessel said it would take the matter to the Supreme Court.",
    "The provincial election is on June 9. Orun is one of five candidates after the board last "
    "month removed the Union of Farmers' original candidate from the ballot.",
    "The hauliers' association said it has paid for more than 240 adverts since January.",
])
# near miss: the rival piece naming her in its background line
RIVAL_NAMED = (RIVAL[0], [*RIVAL[1][:5], "The provincial election is on June 9. Orun is one of five "
               "candidates after the board last month removed Ilse Brandt from the ballot.", *RIVAL[1][6:]])
# near miss: a follow-up of the same act (her replacement), naming her only in its body
FOLLOW = ("Union of Farmers names new candidate for governor", [
    "TESSEL CITY - The Union of Farmers on Monday named Marta Vell as the coastal region's new "
    "candidate for governor, replacing the party's original candidate.",
    "Vell, 46, a former agriculture minister, was chosen by the party's council by 38 votes to 12.",
    "The Elections Board struck Ilse Brandt from the ballot over a forged tax certificate, a "
    "ruling she has appealed to the Supreme Court.",
    '"We will not let one ruling silence rural voters," Vell told party members.',
    "The provincial election is on June 9.",
])

DATES = ["2026-05-14", "2026-05-14", "2026-05-15", "2026-05-25"]
OTHERS = ["a1", "a2", "a3"]


@pytest.mark.parametrize("published", [DATES, None])
@pytest.mark.parametrize("piece, warned", [
    (RIVAL, True),
    # near misses: whom their act was done to named in a background line, or a follow-up of
    # the same act that names her in its body
    (RIVAL_NAMED, False),
    (FOLLOW, False),
])
def test_the_same_boards_act_on_another_person_is_named(piece, warned, published):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, piece, published=published)
    assert C._leads_with_theirs(ctx, "a4", OTHERS)
    assert ("a4" in C.off_story(ctx)) is warned
    # the three reports of the one act, told in their own words, are never warned
    assert not C.off_story(ctx) & set(OTHERS)


@pytest.mark.parametrize("piece, another", [
    (RIVAL, True),
    (RIVAL_NAMED, False),  # it names her: the words may be hers
    (FOLLOW, False),
])
def test_their_object_words_of_another_persons_post(piece, another):
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, piece, published=DATES)
    core = C._their_event(ctx, "a4", OTHERS)
    brandt = C._their_object_people(ctx, "a4", core)
    assert len(brandt) == 1  # Ilse Brandt, whom "disqualified" and "strike" were done to
    # the first sentence writes two words of their object ("coastal region", "candidate")
    assert len(C._first_stems(ctx, "a4") & C._their_objects(ctx, "a4", core)) >= C.MIN_OBJECT_WORDS
    assert C._of_another_person(ctx, "a4", core) is another
    assert C._names_their_object(ctx, "a4", core) is not another


@pytest.mark.parametrize("text, attributive", [
    ("struck from the ballot for the June 9 provincial election", True),
    ("ahead of the 14 March vote on the budget", True),
    ("before Tessel's June 9 election", True),
    # near misses: the day something happened, or a date ending its clause
    ("The board ruled on June 9 that the papers were forged.", False),
    ("The election is on June 9.", False),
    ("The vote was held on the 14 March, officials said.", False),
    ("The board met June 9 and voted 6-1.", False),
])
def test_a_date_written_as_a_nouns_attribute(text, attributive):
    m = C._DAY.search(text)
    found = bool(ATTRIBUTIVE_DATE_BEFORE.search(text[:m.start()]) and ATTRIBUTIVE_DATE_AFTER.match(text[m.end():]))
    assert found is attributive


def test_the_day_of_a_later_thing_in_their_ledes_is_no_day_of_their_event():
    comp, ctx = support.compare_stories(WIRE, LEFT, RIGHT, RIVAL)
    theirs, named, _ = C._their_days(ctx, "a4", OTHERS)
    # their ledes tell the act on Thursday; "the June 9 provincial election" is the election's day
    assert theirs == {("weekday", 3)}
    assert not named  # the piece's "The provincial election is on June 9" names none of theirs
    assert C._told_another_day(ctx, "a4", OTHERS)  # its Monday
