"""Session 41 (coverage41): two causes of omissions read wrong on session 40's held-out
set, told with new fictional text beside near misses that must still fire.

1. A change of an age told by its step as a relative figure ("raises the pension age from
   62 to 64" / "will have to work two years longer") tells the change: the outlet leaves
   out the number, not the fact (t286; coverage._step_told, rules/coverage.AGE_STEP_BEFORE,
   RELATIVE_AFTER). Near misses: a duration that is no change ("a two-year study"), a
   relative figure of another size ("five years longer").
2. A figure's value written by another outlet only as a count of another thing in an
   unrelated sentence ("About 400 residents rallied" / "promised 400 affordable flats") is
   not that outlet giving the fact (t282; coverage._gives_the_count). Near miss: two
   nouns of one thing in sentences that share their words still give it.
"""

from __future__ import annotations

import support

from storylens.findings.coverage import find_omissions
from storylens.options import Options

OUTLETS = ["Brisk Post", "Tollen Herald", "Varde Courier", "Quarn Voice"]
LEDE = "The Oskaria parliament passed the pension reform on Tuesday after a long night session."
MINISTER = "Labour minister Jorun Halvik said the reform would keep the pension fund solvent."


def _colour(town: str) -> list[str]:
    """Five sentences in one outlet's own words (its town in each: no two align)."""
    return [f"Traders in {town} said the market had lost customers for years.",
            f"A bus driver in {town} said the street was often blocked at dawn.",
            f"Parents in {town} had asked for a safer walk to the school.",
            f"A cafe owner in {town} said deliveries would have to come by night.",
            f"Hotels in {town} expected more visitors next summer."]


def _left_out(texts: list[list[str]], outlet: str) -> set[str]:
    ctx = support.verbatim_context([[*t, *_colour(OUTLETS[i].split()[0])] for i, t in enumerate(texts)],
                                   OUTLETS, Options(fact_coverage=True))
    return {f.detail["fact"]["text"] for f in find_omissions(ctx) if f.detail["outlet"] == outlet}


# --- 1. an age's step told as a relative figure --------------------------------------
RAISES = "The reform raises the state pension age from 62 to 64 by 2031, officials said."
LIFTS = "The reform gradually lifts the state pension age to 64, which unions oppose."
LONGER = "Under the law, dockers and nurses will have to keep working two years longer."
STUDY = "A two-year study of the fund by the Oskaria audit office was published in May."
FIVE = "Under the law, dockers and nurses will have to keep working five years longer."


def _age(own: str) -> set[str]:
    return _left_out([[LEDE, MINISTER, RAISES], [LEDE, MINISTER, RAISES], [LEDE, MINISTER, LIFTS],
                      [LEDE, MINISTER, own]], "Quarn Voice")


def test_an_age_step_told_as_years_longer_is_no_omission():
    assert "64" not in _age(LONGER)


def test_a_duration_that_is_no_change_still_leaves_the_age_out():
    assert "64" in _age(STUDY)


def test_a_relative_figure_of_another_size_still_leaves_the_age_out():
    assert "64" in _age(FIVE)


# another thing of the age's value: "64 firefighters" takes no step from the givers'
# "from 62 to 64", and "two years longer" does not tell it (invented dev t70's 12 officers
# beside "from 12 to 18 months")
CREWS = "Some 64 firefighters fought a blaze at the Oskaria parliament annex during the debate."


def test_another_thing_of_the_value_takes_no_step_from_the_givers():
    got = _left_out([[LEDE, MINISTER, CREWS, RAISES], [LEDE, MINISTER, RAISES, CREWS],
                     [LEDE, MINISTER, LIFTS, CREWS], [LEDE, MINISTER, LONGER]], "Quarn Voice")
    assert "64" in got


# --- 2. a figure's value given only as a count of another thing ---------------------
RALLY = "About 400 residents rallied outside the council chamber during the debate."
FLATS = "The builder's Harbour Row scheme promised 400 affordable flats and delivered 260."
# the same crowd in other words, sharing the rally's own words (chamber, debate)
CROWD = "Some 400 protesters rallied outside the council chamber during the debate."
QUIET = "The council chamber was packed for the debate, which ran past midnight."


def test_a_value_only_of_another_thing_gives_no_fact():
    # Brisk gives the rally, Tollen only the flats: no second outlet gives 400 residents
    texts = [[LEDE, MINISTER, RALLY], [LEDE, MINISTER, FLATS], [LEDE, MINISTER, QUIET],
             [LEDE, MINISTER, QUIET]]
    assert "400" not in _left_out(texts, "Quarn Voice")


def test_two_nouns_of_one_crowd_still_give_the_fact():
    texts = [[LEDE, MINISTER, RALLY], [LEDE, MINISTER, CROWD], [LEDE, MINISTER, QUIET],
             [LEDE, MINISTER, QUIET]]
    assert "400" in _left_out(texts, "Quarn Voice")


# --- 3. a tally written with compound number words ----------------------------------
def test_a_tally_in_compound_words_is_read():
    from storylens.findings.votes import sentence_tallies

    cases = [
        ("Forty-two members voted in favour, six against and two abstained.", (42, 6)),
        ("Sixty-one deputies voted for the bill and twenty-three against.", (61, 23)),
        ("The board backed it by thirty-four votes to nine.", (34, 9)),
        ("The motion passed with 31 votes in favour and four against.", (31, 4)),
    ]
    for text, want in cases:
        assert [(t[2], t[3]) for t in sentence_tallies(text)] == [want], text
    # near misses: ages and a range in words are no vote
    for text in ("Volunteers aged twenty-one to forty signed up.",
                 "Members were between thirty-one and forty years old."):
        assert sentence_tallies(text) == [], text


# --- 4. two outlets' counts of one place's people under two nouns --------------------
LIVE = "About 3,200 people live on Fenna, which depends on the ferry for food and post."
STUCK = "Some 4,100 islanders on Fenna were cut off from the mainland on Monday."
# near miss: another place's people
ELSEWHERE = "Some 4,100 islanders on Orm were cut off from the mainland on Monday."
# what every outlet tells of the strike (so that each tells that part of the story)
FERRY = "The ferry to Fenna stopped running on Monday after its crews walked out."


def test_a_count_of_the_place_s_people_under_another_noun_disputes_it():
    texts = [[LEDE, FERRY, LIVE], [LEDE, FERRY, LIVE], [LEDE, FERRY, QUIET], [LEDE, FERRY, STUCK]]
    assert "3,200" not in _left_out(texts, "Quarn Voice")


def test_another_place_s_people_leave_the_count_out():
    texts = [[LEDE, FERRY, LIVE], [LEDE, FERRY, LIVE], [LEDE, FERRY, QUIET], [LEDE, FERRY, ELSEWHERE]]
    assert "3,200" in _left_out(texts, "Quarn Voice")
