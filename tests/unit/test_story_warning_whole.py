"""The "may not be about the same story" warning on unrelated articles of one beat, and
on one event told in common words (s8 reader report items 2 and 13). Invented stories
(the fictional state of Kesh, the city of Orsk):

- two articles whose whole content barely overlaps (``STORY_MIN_WHOLE``) are warned even
  when they share a candidate's full name and a round figure: a campaign's actors and
  round numbers recur across its stories (PolNeAR: "Hillary Clinton", "100,000");
- above that floor, one shared name, a two-word quote or a round figure (one significant
  digit) of another measure ("100,000 residents" / "100,000 dollars") does not keep an
  article either (``_telling``); a precise figure does, and so does a round one of one
  measure ("200 homes" / "over 200 homes");
- one event told by three outlets in common words (woman, hand, slap, apologised), with
  no name, figure or quote in common, is not warned (``STORY_WHOLE_TIE``: the Pope's slap);
  another event at the same place, told in some of the same words, still is.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C

_compare = support.compare_paragraphs


_warned = support.story_warned


COURT = [
    "A federal judge in Orsk on Tuesday blocked the Kesh Valley water district from cutting supplies to forty farms.",
    "Judge Halden Pryce ruled that the district had failed to give growers proper notice before the cuts.",
    "The district serves about 100,000 residents and had planned the cuts for the dry season.",
    "Governor Mara Vossberg, who is running for the Senate, said the state would not appeal the ruling.",
    "Growers cheered outside the courthouse as the ruling was read aloud.",
    "Lawyers for the district said they were studying the decision and would advise the board next week.",
    "The dispute began last spring when reservoir levels fell to their lowest mark in a decade.",
]
FUNDS = [
    "Senator Tobias Renn raised more money last quarter than any challenger in the state's history, his campaign said on Friday.",
    "The campaign reported 100,000 individual donors, most of them giving less than fifty dollars.",
    "Renn, a former schoolteacher, faces Governor Mara Vossberg in the November election.",
    "Vossberg's campaign did not disclose its own totals before the filing deadline.",
    "Both campaigns have spent heavily on television advertising in the suburbs.",
    "A poll released last week showed the race within the margin of error.",
    "Renn is due to hold a rally with union members on Saturday.",
]
# Near miss: the same ruling told by another outlet in its own words; shares the name,
# the judge and the round figure, and most of what the ruling is about.
COURT_B = [
    "Farmers in the Kesh Valley won a reprieve on Tuesday when a judge stopped the water district's plan to cut their supplies.",
    "Judge Halden Pryce found that growers had not been given proper notice of the cuts.",
    "The water district, which supplies some 100,000 residents, wanted the cuts in place before the dry season.",
    "Governor Mara Vossberg said the state accepted the ruling and would not appeal.",
    "Reservoir levels in the valley fell to a ten-year low last spring, starting the dispute.",
    "The district board meets next week to consider its options.",
]
# A second ruling on the same beat: another court, another case; a name and a round figure in common
WELLS = [
    "A state appeals court on Thursday upheld a ban on drilling new private wells in the Kesh Valley.",
    "The three judges said the ban was a lawful response to falling groundwater.",
    "Well drillers had argued the ban cost them about 100,000 dollars in lost contracts each month.",
    "Governor Mara Vossberg signed the ban into law two years ago.",
    "The drillers' association said it would take the case to the state supreme court.",
    "Hydrologists have warned for years that the aquifer is being drained faster than rain can refill it.",
    "The court also ordered the drillers to pay the state's legal costs.",
]
# One event told three ways in common words, no name, figure or quote in common
HAND_A = [
    "An elderly bishop pulled his hand free from a woman who grabbed it in the crowd outside the Orsk shrine on Sunday.",
    "The woman had reached over a barrier and tugged the bishop towards her as he greeted children.",
    "He slapped her hand twice before walking on, visibly annoyed.",
    "Video of the moment spread quickly online and drew thousands of comments.",
    "The next morning the bishop apologised, saying he had lost his patience.",
]
HAND_B = [
    "A video showing a bishop slapping a woman's hand at a shrine has been watched widely since Sunday night.",
    "In the clip the woman grabs the bishop's hand and pulls him towards the barrier.",
    "The bishop frees his hand with two slaps and walks away from the crowd.",
    "On Monday he apologised for the bad example and said everyone can lose patience.",
    "Church officials said the woman was not hurt.",
]
HAND_C = [
    "The bishop who slapped a woman's hand in a crowd at a shrine has said sorry.",
    "She had grabbed his hand over a barrier and would not let go as he greeted children, the video shows.",
    "He apologised on Monday for losing his patience and setting a bad example.",
    "Many viewers online defended the bishop, saying the woman had pulled him hard.",
    "Others said a church leader should stay calm in a crowd.",
]
# Near miss: another event at the same shrine, told in some of the same words
CHOIR = [
    "A children's choir from the valley sang for the bishop at the Orsk shrine on Sunday evening.",
    "Parents crowded behind a barrier to film the performance on their phones.",
    "The bishop thanked the singers and blessed the new organ, paid for by local families.",
    "Organisers said next year's festival would add an evening of folk music.",
    "Tickets for the autumn concerts go on sale next month.",
]
# One fire told by two outlets: a round count of one measure ("200 homes") in common
FIRE_A = [
    "Thousands of holidaymakers were trapped on a beach near Tarn on Tuesday as a bushfire cut the only road out.",
    "Navy ships were sent to carry families away from the shore, officials said.",
    "The fire has burned through more than 200 homes since the weekend.",
    "Smoke turned the sky red over the bay by early afternoon.",
    "Officials urged visitors to leave the coast before the heat returns on Friday.",
]
FIRE_B = [
    "Seven people have died in the bushfire sweeping the coast near Tarn, police said on Wednesday.",
    "Over 200 homes have been destroyed, and crews expect the number to rise.",
    "Among the dead were a volunteer firefighter and his son.",
    "The premier declared a state of disaster for the week.",
    "Rain is not forecast until the middle of next month.",
]
FIRE_C = [s.replace("more than 200 homes", "more than 200 hectares of pasture") for s in FIRE_A]


def test_unrelated_stories_of_one_campaign_sharing_a_name_and_a_round_figure_warn():
    # whole content 0.13: below the floor, so the name and "100,000" keep nothing
    comp = _compare(COURT, FUNDS)
    assert _warned(comp)
    assert "found in both" in comp.provenance.warning


def test_two_rulings_on_one_beat_sharing_a_name_and_a_round_figure_warn():
    # whole content 0.19 (above the floor): the shared name and the round figure are
    # evidence of nothing on their own
    assert _warned(_compare(COURT, WELLS))


def test_near_miss_a_precise_figure_in_common_keeps_the_pair():
    # as the same measure only (session 30, coverage._measured_ties): "104,300 residents" /
    # "104,300 dollars" count two things and tie nothing
    court = [s.replace("100,000", "104,300") for s in COURT]
    wells = [s.replace("about 100,000 dollars in lost contracts each month",
                       "104,300 residents their water") for s in WELLS]
    assert not _warned(_compare(court, wells))
    dollars = [s.replace("about 100,000 dollars", "104,300 dollars") for s in WELLS]
    assert _warned(_compare(court, dollars))


def test_near_miss_the_same_ruling_in_other_words_is_not_warned():
    comp = _compare(COURT, COURT_B)
    assert not _warned(comp)


def test_one_event_told_in_common_words_by_three_outlets_is_not_warned():
    assert not _warned(_compare(HAND_A, HAND_B, HAND_C))
    assert not _warned(_compare(HAND_A, HAND_B))


def test_near_miss_another_event_at_the_same_place_is_still_warned():
    comp = _compare(HAND_A, HAND_B, CHOIR)
    assert _warned(comp)
    assert "a3 (Outlet C" in comp.provenance.warning and "a1 (" not in comp.provenance.warning
    assert _warned(_compare(HAND_A, CHOIR))


def test_a_round_figure_of_one_measure_keeps_one_fire():
    # whole content 0.20; "more than 200 homes" / "Over 200 homes" is one measure
    assert not _warned(_compare(FIRE_A, FIRE_B))


def test_near_miss_a_round_figure_of_another_measure_is_no_evidence():
    # 200 hectares of pasture is not 200 homes: nothing else keeps the pair
    assert _warned(_compare(FIRE_C, FIRE_B))


@pytest.mark.parametrize("fact, telling", [
    (("cardinal", "6500.0", True), True),  # a precise count
    (("percent", "13.9", True), True),
    (("cardinal", "100000.0", True), True),  # strong: a round figure of one measure in both
    (("quote", "apologis bad exampl yesterday", True), True),  # four stems: a statement
    (("cardinal", "100000.0", False), False),  # a round figure of another measure (_carried)
    (("quote", "go going", True), False),  # two stems: a phrase, not a statement
    (("person", "mara vossberg", True), False),  # names count through _tied
    (("org", "kesh valley water district", True), False),
    (("percent", "3.0", False), False),  # weak: a small whole share
])
def test_telling_facts(fact, telling):
    assert C._telling(fact) is telling


@pytest.mark.parametrize("kind, key, round_", [
    ("cardinal", "100000.0", True), ("cardinal", "20.0", True), ("money", "1000000.0", True),
    ("percent", "40.0", True), ("cardinal", "25.0", False), ("cardinal", "100001.0", False),
    ("cardinal", "6500.0", False), ("money", "2.5", False), ("cardinal", "5.0", False),
    ("percent", "47.1", False), ("person", "mara vossberg", False), ("quote", "go going", False),
])
def test_round_figures(kind, key, round_):
    assert C._round(kind, key) is round_


@pytest.mark.parametrize("kind, key, chance", [
    ("quote", "go going", True), ("quote", "apologis bad exampl", False),
    ("cardinal", "100000.0", False), ("person", "mara vossberg", False),
])
def test_chance_quotes(kind, key, chance):
    assert C._chance(kind, key) is chance


# The explanation says what kept an article with little shared text in the story (s8
# polish item 1): it said "a name, quote or figure in common" also where only the whole
# text's common words did (the bishop's slap shares no name, figure or quote).

def test_kept_by_common_words_alone_says_so():
    exp = _compare(HAND_A, HAND_B).provenance.explanation
    assert exp == ("no shared sentences, but many of the same words: likely written "
                   "independently, no common source")
    assert "name, quote or figure" not in exp


# With no sentence shared at all the explanation said it twice (new user, s11): "no shared
# sentences: no common source; little shared text (no sentence in common)". It says it once;
# one shared sentence (the near miss) still reads "little shared text (only 1 sentence ...)".

# Since session 40 (align40's figure paraphrases) the short "more than 200 homes" / "Over 200
# homes" sentences of FIRE_A and FIRE_B align, so the pair shares one sentence; two long
# sentences around the figure (each more than a short statement of it) still align with nothing.
FIRE_A_LONG = [s.replace("The fire has burned through more than 200 homes since the weekend.",
                         "Fanned by dry northerly winds, the fire has burned through more than 200 "
                         "homes and farm sheds in the hills since the weekend.") for s in FIRE_A]
FIRE_B_LONG = [s.replace("Over 200 homes have been destroyed, and crews expect the number to rise.",
                         "Over 200 homes have been destroyed across three valleys, and exhausted "
                         "volunteer crews expect the number to rise further.") for s in FIRE_B]


def test_no_shared_sentence_is_said_once():
    exp = _compare(FIRE_A_LONG, FIRE_B_LONG).provenance.explanation
    assert exp.count("shared") == 1 and "no sentence in common" not in exp
    assert exp == ("no shared sentences, but a name, quote or figure in common: likely written "
                   "independently, no common source")


def test_a_short_figure_paraphrase_is_a_shared_sentence():
    comp = _compare(FIRE_A, FIRE_B)
    assert [a.sentences for a in comp.alignments] == [("a1:s2", "a2:s1")]
    assert "little shared text (only 1 sentence in common)" in comp.provenance.explanation


def test_no_shared_sentence_is_said_once_beside_an_off_story_article():
    exp = _compare(HAND_A, HAND_B, CHOIR).provenance.explanation
    assert "little shared text" not in exp
    assert exp.startswith("no shared sentences: no common source; likely written independently: a1 (")


def test_near_miss_one_shared_sentence_keeps_little_shared_text():
    line = "Navy ships were sent to carry families away from the shore, officials said."
    exp = _compare(FIRE_A, [*FIRE_B, line]).provenance.explanation
    assert "no shared sentences" not in exp
    assert "; little shared text (only 1 sentence in common), but a name, quote or figure" in exp


def test_near_miss_kept_by_a_figure_names_the_fact():
    exp = _compare(FIRE_A, FIRE_B).provenance.explanation
    assert "but a name, quote or figure in common: likely written independently" in exp
    assert "same words" not in exp


def test_kept_by_common_words_is_said_per_article_beside_an_off_story_one():
    comp = _compare(HAND_A, HAND_B, CHOIR)
    exp = comp.provenance.explanation
    assert "a1 (Outlet A, 0 shared; many of the same words)" in exp
    assert "a3 (" not in exp and "a3 (Outlet C" in comp.provenance.warning



@pytest.mark.parametrize("kept, said", [
    ({"a1": "words", "a2": "words"}, "(no sentence in common), but many of the same words: likely"),
    ({"a1": "fact", "a2": "words"},
     "(no sentence in common), but many of the same words or a name, quote or figure in common: likely"),
    ({"a1": "group", "a2": "group"}, "(no sentence in common): likely written independently"),
    ({}, "(no sentence in common), but a name, quote or figure in common: likely"),  # not given
])
def test_story_warning_words_what_kept_the_articles(kept, said):
    from dataclasses import replace

    from storylens.provenance import story_warning

    comp = _compare(HAND_A, HAND_B)
    prov = replace(comp.provenance, warning="few shared", explanation="E")
    out = story_warning(prov, comp.documents, comp.alignments, set(), kept)
    assert out.warning is None and out.explanation == "E; little shared text " + said + (
        "" if said.endswith("independently") else " written independently")
