"""review32q: two holes in session 32's quote rules (quotes32, merge c8f6bfea).

1. quote_diff._setting_domain reads a locative after "any other N" / "no other N" as the
   story's setting restated (the set "other" ranges over). Its docstring and the rules'
   comment exclude a locative after a verb ("where the act was, a claim of its own"), but
   the code only kept auxiliaries out, so a finite or participial verb between the noun and
   the locative slipped through: "No other rider fell [at the fence]" / "No other rider
   fell" (others may have fallen elsewhere: a wider claim) read as no change. A past form
   (regular "-ed", or an irregular past of rules.quote_changes.IRREGULAR_VERBS) after the
   noun now keeps it a change; the noun itself may be such a word ("any other ground [in
   the league]").
2. rules.quote_changes.POLARITY_EMPHASIS took "under any circumstances", "in any way", "by
   any means" as emphasis wherever they stand. They are non-assertive reinforcers in a
   denial only (Quirk et al. §10.64); in an assertion they are free-choice "any" and say
   something of their own: "We will clear the squatters [by any means]" (whatever force it
   takes), "Players may use their hands [in any way]" (the permission's scope). Read as
   emphasis now only where a negation reaches them (NONASSERTIVE_EMPHASIS).

Invented text only (the Harrow Downs races, the Tessel wards, the Ostry quarry).
"""

from __future__ import annotations

import pytest
import support

from storylens.rules.quote_changes import MEANINGFUL

TAIL = " and the stewards will review the footage on Monday,"

SETTING = [
    # (longer, shorter, what the shorter outlet wrote before its quote, restated)
    # a verb between the noun and the locative: where the act was, a wider claim cut
    ("No other rider fell at the fence," + TAIL, "No other rider fell," + TAIL,
     "The favourite fell at the fence on the second circuit.", False),
    ("No other horse collapsed in the paddock," + TAIL, "No other horse collapsed," + TAIL,
     "The mare was led from the paddock.", False),
    ("No other groom died at the stables," + TAIL, "No other groom died," + TAIL,
     "A groom died at the stables on Friday.", False),
    ("Any other horse treated in the clinic must be tested," + TAIL,
     "Any other horse treated must be tested," + TAIL,
     "The colt was taken to the clinic.", False),
    # kept: the locative right after the noun, the set "other" ranges over
    ("No other horse in the race was affected," + TAIL, "No other horse was affected," + TAIL,
     "The favourite was withdrawn from the race.", True),
    ("No other rider at the meeting was tested," + TAIL, "No other rider was tested," + TAIL,
     "The meeting was abandoned after the fall.", True),
    # the noun itself a past form: still the set's noun
    ("No other ground in the league has a track this short," + TAIL,
     "No other ground has a track this short," + TAIL,
     "The league has fined the club.", True),
]


@pytest.mark.parametrize("longer,shorter,before,restated", SETTING)
def test_a_locative_after_a_verb_is_no_setting(longer, shorter, before, restated):
    assert support.setting_restated(longer, shorter, before) == [restated, restated]


EMPHASIS = [
    # (longer, shorter, a change of meaning)
    # free-choice "any" in an assertion: how, or when, said of its own
    ("We will clear the squatters from the quarry by any means, and the council backs us,",
     "We will clear the squatters from the quarry, and the council backs us,", True),
    ("Players may use their hands in any way during the final round at Ostry,",
     "Players may use their hands during the final round at Ostry,", True),
    ("Our guards will hold the bridge under any circumstances, and the convoy will cross,",
     "Our guards will hold the bridge, and the convoy will cross,", True),
    # kept: in a denial, non-assertive, the denial said louder
    ("We will not close the Tessel wards under any circumstances, and we will pay the cleaners,",
     "We will not close the Tessel wards, and we will pay the cleaners,", False),
    ("Nobody on the board is in any way responsible for the outbreak on the ward,",
     "Nobody on the board is responsible for the outbreak on the ward,", False),
    ("The strike at the quarry is not by any means over, and the drivers will stay out,",
     "The strike at the quarry is not over, and the drivers will stay out,", False),
    # at the quote's end, read the same way
    ("The wards come first, and we will not cut the cleaning rota under any circumstances,",
     "The wards come first, and we will not cut the cleaning rota,", False),
    ("The wards come first, and we will clear the picket from the gates by any means,",
     "The wards come first, and we will clear the picket from the gates,", True),
]


@pytest.mark.parametrize("longer,shorter,change", EMPHASIS)
def test_any_adverbials_are_emphasis_in_a_denial_only(longer, shorter, change):
    for a, b in ((longer, shorter), (shorter, longer)):
        assert (support.quote_change_kind(a, b) in MEANINGFUL) is change, (a, b)
