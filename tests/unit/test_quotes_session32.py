"""Session 32 (quotes32): the story's own setting as the set "other" ranges over.

Invented dev d205's trap: one outlet quotes "We have no evidence that any other horse in the
race was affected", another "no evidence that any other horse was affected"; the key reads
the cut trivial, since "any other horse" picks alternatives out of a set the context gives,
the race the story is about, which "in the race" only restates. A locative (DOMAIN_SETTING_
PREPOSITIONS), a definite the shorter outlet names as the story's own (written after "the"
before the quote, or named by its lede and the longer outlet's article), right after a
quantified noun phrase of "other": restated, even in a denial (quote_diff._setting_domain,
rules.quote_changes.ALTERNATIVE_WORDS).

Near misses that stay changes: no "other" ("any boat [in the regatta]": the speaker chose
the domain), a place the shorter outlet never names, a part of a place ("in the north"), a
hedge ("at this stage"), a count, a possessive, and complements that are no locative ("of
the crew", "to younger sailors": whom the claim covers).

Also d210's unread line: "we will not compromise on hygiene standards [under any
circumstances]" cut, a negative-polarity adverbial of "any" (rules.quote_changes.
POLARITY_EMPHASIS: "under any circumstances", "in any way", "by any means"), which says the
denial louder and limits nothing: emphasis. Near misses that stay changes: a determiner that
limits ("under these circumstances", "in some circumstances", "in every way").

The text is new invented text (the Velmora regatta, its yachts and its inspectors; the
Tessel wards and their board).
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options
from storylens.rules.quote_changes import MEANINGFUL

ON = Options(quote_changes=True)
OUTLETS = ("Velmora Post", "Harbour Courier")
TAIL = " The regatta committee will meet on Monday to review its rules on keels."

LEDE_A = ("VELMORA - The yacht Sea Lantern was thrown out of the regatta on Saturday after "
          "inspectors found its keel had been altered.")
LEDE_B = ("VELMORA - Inspectors disqualified the yacht Sea Lantern from the regatta on Saturday "
          "over an altered keel.")


def _changes(long_quote: str, short_quote: str, lede_b: str = LEDE_B) -> list:
    a = f'{LEDE_A}\n\n"{long_quote}," chief inspector Lina Varga said.{TAIL}'
    b = f'{lede_b}\n\nChief inspector Lina Varga said there was "{short_quote}".{TAIL}'
    return [f for f in support.quote_changes_of(a, b, OUTLETS, ON) if f.detail["meaningful"]]


CASES = [
    # (id, longer quote, shorter quote, shorter outlet's lede, change expected)
    ("other-in-the-setting",
     "We found nothing to suggest that any other boat in the regatta was altered",
     "nothing to suggest that any other boat was altered", LEDE_B, False),
    ("no-other-in-the-setting",
     "We found no sign that no other boat in the regatta was altered",
     "no sign that no other boat was altered", LEDE_B, False),
    ("other-aboard-the-setting",
     "We found nothing to suggest that any other sailor aboard the yacht was hurt",
     "nothing to suggest that any other sailor was hurt", LEDE_B, False),
    # near miss: no "other", the locative narrows the domain the speaker chose
    ("no-alternative",
     "We found nothing to suggest that any boat in the regatta was altered",
     "nothing to suggest that any boat was altered", LEDE_B, True),
    # near miss: a place the shorter outlet never names
    ("place-not-named",
     "We found nothing to suggest that any other boat in the marina was altered",
     "nothing to suggest that any other boat was altered", LEDE_B, True),
    # near miss: a part of the place, named or not
    ("part-of-the-place",
     "We found nothing to suggest that any other boat in the north was altered",
     "nothing to suggest that any other boat was altered",
     LEDE_B.replace("on Saturday", "in the north on Saturday"), True),
    # near miss: a count in the locative
    ("count",
     "We found nothing to suggest that any other boat in the 12 races was altered",
     "nothing to suggest that any other boat was altered", LEDE_B, True),
    # near miss: not a locative, whom the claim covers
    ("of-complement",
     "We found nothing to suggest that any other member of the crew was involved",
     "nothing to suggest that any other member was involved",
     LEDE_B.replace("over an altered keel", "over a keel the crew had altered"), True),
]


@pytest.mark.parametrize("case,long_quote,short_quote,lede_b,change", CASES,
                         ids=[c[0] for c in CASES])
def test_setting_as_the_domain_of_other(case, long_quote, short_quote, lede_b, change):
    assert bool(_changes(long_quote, short_quote, lede_b)) is change, case


def test_either_way_round():
    # the shorter outlet first: the locative added, read the same way
    a = f'{LEDE_B}\n\nChief inspector Lina Varga said there was "nothing to suggest that any ' \
        f'other boat was altered".{TAIL}'
    b = f'{LEDE_A}\n\n"We found nothing to suggest that any other boat in the regatta was ' \
        f'altered," chief inspector Lina Varga said.{TAIL}'
    assert [f for f in support.quote_changes_of(a, b, OUTLETS, ON) if f.detail["meaningful"]] == []


WORDINGS = [
    # (longer, shorter, what the shorter outlet wrote before its quote, restated)
    ("No other horse in the race was affected by the sedative,", "No other horse was affected by the sedative,",
     "The favourite was withdrawn from the race.", True),
    ("No other passenger aboard the ferry was hurt in the grounding,", "No other passenger was hurt in the grounding,",
     "The ferry ran aground off Tessel.", True),
    # near miss: the shorter outlet never names the race
    ("No other horse in the race was affected by the sedative,", "No other horse was affected by the sedative,",
     "The favourite was withdrawn.", False),
    # near miss: no quantifier of alternatives
    ("Every horse in the race was tested for the sedative,", "Every horse was tested for the sedative,",
     "The favourite was withdrawn from the race.", False),
    # near miss: a hedge, the stage named or not
    ("No other horse at this stage was affected by the sedative,", "No other horse was affected by the sedative,",
     "The stage was set for the race.", False),
    # near miss: a superlative between the quantifier and the locative
    ("No other fastest horse in the race was affected by the sedative,", "No other fastest horse was affected by the sedative,",
     "The favourite was withdrawn from the race.", False),
    # near miss: the restriction of whom a risk is for (d182's keyed change)
    ("The risk to healthy adults from the smoke is low,", "The risk from the smoke is low,",
     "The adults were told to stay indoors.", False),
]


@pytest.mark.parametrize("longer,shorter,before,restated", WORDINGS)
def test_compare_quotes_reads_the_setting_of_other(longer, shorter, before, restated):
    assert support.setting_restated(longer, shorter, before) == [restated, restated]


EMPHASIS = [
    # (longer, shorter, a change of meaning)
    ("We will not cut staffing on the wards under any circumstances, and we will pay the cleaners,",
     "We will not cut staffing on the wards, and we will pay the cleaners,", False),
    ("The board is not in any way responsible for the outbreak on the ward,",
     "The board is not responsible for the outbreak on the ward,", False),
    ("The board has not by any means ignored the warnings from the cleaners,",
     "The board has not ignored the warnings from the cleaners,", False),
    # near misses: a determiner that limits when or how far
    ("We will not cut staffing on the wards under these circumstances, and we will pay the cleaners,",
     "We will not cut staffing on the wards, and we will pay the cleaners,", True),
    ("We will not cut staffing on the wards in some circumstances, and we will pay the cleaners,",
     "We will not cut staffing on the wards, and we will pay the cleaners,", True),
    ("The board is not in every way responsible for the outbreak on the ward,",
     "The board is not responsible for the outbreak on the ward,", True),
]


@pytest.mark.parametrize("longer,shorter,change", EMPHASIS)
def test_any_adverbials_are_emphasis(longer, shorter, change):
    for a, b in ((longer, shorter), (shorter, longer)):
        assert (support.quote_change_kind(a, b) in MEANINGFUL) is change, (a, b)
