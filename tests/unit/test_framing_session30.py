"""Session 30's framing change (framing30), from testread29's one wrong held-out line and
the near-synonym reader15 and reader23 read wrong. Invented text: a fictional honey
adulteration case in the port town of Quessan.

1. A noun compound's head (``framing._compound_phrase``, ``_head_in``): a loaded modifier
   on a two-noun compound ("suspicious pollen counts") qualifies its head, the second noun;
   the plain side must describe the same thing, so the other outlet must write the two
   nouns together ("pollen counts", with or without its own modifier) or the head alone as
   a noun ("the counts of pollen"), never the first one alone ("pollen samples", "routine
   pollen tests": another noun that shares a word) nor the head's word as a verb ("a
   laboratory that counts pollen"). Held-out
   t172 (session 29, read wrong): 'suspicious test results' was set against 'routine tests'.
   Near misses: the same compound plain ("pollen counts") or with another modifier ("high
   pollen counts"): still a finding; a plural first word is a head, no compound ("alleged
   smugglers fled" against "the smugglers"): still a finding.
2. An anomaly word on the same noun (``rules/loaded_terms.KINDRED_MODIFIER_GROUPS``):
   "unusual", "irregular", "unexplained" on the noun another outlet calls "suspicious" tells
   the same observation, a near-synonym with no slant (dev d35, read wrong twice). Near
   miss: a word that judges ("questionable") is no anomaly word: still a finding."""

from __future__ import annotations

import pytest
import support

# the tables test framing on, whatever the default (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Quessan Courier", "Orla Ledger", "Tevrin Wire")

LEDE = ("Inspectors in Quessan seized 9,000 jars of honey on Monday after a cooperative was "
        "found to have mixed it with cheap syrup, the regional food agency said. Two "
        "managers of the Brunel Hives cooperative were detained.\n\n")

COMPOUND_HOT = ("The case opened after a laboratory in Marrow found suspicious pollen counts "
                "in jars bought at the Quessan market last spring.")

COMPOUND = [
    # (id, the other outlet's sentence, a finding expected for 'suspicious pollen counts')
    ("the first noun alone: 'routine pollen tests' (another noun sharing a word)",
     "The case opened after a laboratory in Marrow ran routine pollen tests on jars bought "
     "at the Quessan market last spring.", False),
    ("the first noun alone: 'pollen samples'",
     "The case opened after a laboratory in Marrow took pollen samples from jars bought at "
     "the Quessan market last spring.", False),
    ("near miss: the same compound, plain: 'pollen counts'",
     "The case opened after a laboratory in Marrow checked the pollen counts in jars bought "
     "at the Quessan market last spring.", True),
    ("near miss: the same compound with another modifier: 'low pollen counts'",
     "The case opened after a laboratory in Marrow found low pollen counts in jars bought "
     "at the Quessan market last spring.", True),
    ("near miss: the head alone as a noun: 'the counts of pollen'",
     "The case opened after a laboratory in Marrow checked the counts of pollen in jars "
     "bought at the Quessan market last spring.", True),
    ("the head's word as a verb: 'a laboratory that counts pollen grains'",
     "The case opened after a laboratory in Marrow that counts pollen grains checked jars "
     "bought at the Quessan market last spring.", False),
    ("t172's shape: 'unusual counts in routine pollen tests' (the head alone, kin)",
     "The case opened after a laboratory in Marrow found unusual counts in routine pollen "
     "tests on jars bought at the Quessan market last spring.", False),
]


@pytest.mark.parametrize("plain,expected", [r[1:] for r in COMPOUND], ids=[r[0] for r in COMPOUND])
def test_compound_needs_its_head(plain: str, expected: bool) -> None:
    got = support.loaded_modifiers(LEDE, (plain, COMPOUND_HOT), OUTLETS, "suspicious")
    assert bool(got) == expected, got


PLURAL_HOT = ("Two men the agency called alleged smugglers fled across the river before "
              "inspectors reached the Brunel Hives warehouse in Quessan.")
PLURAL_PLAIN = ("Two men the agency named as the smugglers fled across the river before "
                "inspectors reached the Brunel Hives warehouse in Quessan.")


def test_plural_first_word_is_its_own_head() -> None:
    # "alleged smugglers fled": a plural is the head, "fled" its verb; the plain side's
    # "the smugglers" is the same people (no compound read: the finding stays, its span
    # as before this change)
    got = support.loaded_modifiers(LEDE, (PLURAL_PLAIN, PLURAL_HOT), OUTLETS, "alleged")
    assert got, got


ANOMALY_HOT = ("Inspectors moved in after a sugar monitor in Marrow flagged suspicious "
               "syrup purchases by the cooperative last winter.")

ANOMALY = [
    # (id, the other outlet's sentence, a finding expected for 'suspicious syrup purchases')
    ("an anomaly word: 'unusual syrup purchases'",
     "Inspectors moved in after a sugar monitor in Marrow flagged unusual syrup purchases "
     "by the cooperative last winter.", False),
    ("an anomaly word: 'irregular syrup purchases'",
     "Inspectors moved in after a sugar monitor in Marrow flagged irregular syrup purchases "
     "by the cooperative last winter.", False),
    ("near miss: plain 'syrup purchases'",
     "Inspectors moved in after a sugar monitor in Marrow flagged the syrup purchases by the "
     "cooperative last winter.", True),
    ("near miss: a judging word, no anomaly: 'large syrup purchases'",
     "Inspectors moved in after a sugar monitor in Marrow flagged large syrup purchases by "
     "the cooperative last winter.", True),
]


@pytest.mark.parametrize("plain,expected", [r[1:] for r in ANOMALY], ids=[r[0] for r in ANOMALY])
def test_anomaly_word_is_kin_of_suspicious(plain: str, expected: bool) -> None:
    got = support.loaded_modifiers(LEDE, (plain, ANOMALY_HOT), OUTLETS, "suspicious")
    assert bool(got) == expected, got
