"""Session 30: an age is the age of the person it describes.

Session 29's held-out wrong (now dev t178): "The driver, a 19-year-old man, was arrested" /
"The driver, 19, and a 17-year-old passenger were arrested": the passenger's 17 was set
against the driver's 19. An age of no name carries the words that say whose it is
(``facts._age_role``: the phrase it is set beside, "the driver, 19,", and the words a
"19-year-old" describes, "a 17-year-old passenger"); two ages whose roles share no word
are two persons' where an article gives each role an age of its own or sex words tell
them apart (else one person told two ways: "a 62-year-old passenger" / "a 64-year-old
tourist"). A bare number set beside one person's role ("The driver, 19,") is an age. Where one side's role is unknown, an outlet
that gives the other's value to someone its role does not set apart has that person's
age, so its other value is someone else's (``_two_persons``). One role given two ages
is still a conflict, whatever other ages either outlet gives.

Invented text (fictional places, outlets and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")

_DRIVER = "The driver, a 19-year-old man, was arrested in Veltra on Friday."
_BOTH = {"19-year-old", "18-year-old"}


@pytest.mark.parametrize(("a", "b", "want"), [
    # dev t178's shape: the other outlet gives the driver's 19 too, and the passenger's 17
    (_DRIVER, "The driver, 19, and a 17-year-old passenger were arrested in Veltra on Friday.",
     set()),
    # two roles with no word in common that an article gives ages of their own, or that
    # sex words tell apart: two persons
    ([_DRIVER, "A 17-year-old passenger fled on foot."],
     "A 17-year-old passenger was arrested in Veltra on Friday.", set()),
    ("The 17-year-old passenger fled on foot in Veltra on Friday.",
     ["The 19-year-old cyclist fled on foot in Veltra on Friday.",
      "The 17-year-old passenger was caught later."], set()),
    ("A woman aged 44 was treated in Veltra on Friday.",
     "A 71-year-old man was treated in Veltra on Friday.", set()),
    # a role unknown: the other outlet gives this value too, to someone it does not set apart
    ("A 19-year-old was arrested in Veltra on Friday.",
     "A 17-year-old and a 19-year-old were arrested in Veltra on Friday.", set()),
    # near misses: one role given two ages is a conflict, whatever else either outlet gives
    (_DRIVER, "The 18-year-old driver was arrested in Veltra on Friday.", _BOTH),
    (_DRIVER, "The 18-year-old driver and a 19-year-old passenger were arrested in Veltra "
     "on Friday.", _BOTH),
    ("The 19-year-old retired teacher was arrested in Veltra on Friday.",
     "The 18-year-old retired teacher was arrested in Veltra on Friday.", _BOTH),
    # two roles no article sets apart: one person told two ways
    ("Divers searched for a 62-year-old passenger who fell overboard off Veltra on Friday.",
     "Divers searched for a 64-year-old tourist who fell overboard off Veltra on Friday.",
     {"62-year-old", "64-year-old"}),
    (_DRIVER, "A 17-year-old passenger was arrested in Veltra on Friday.",
     {"19-year-old", "17-year-old"}),
    # a role unknown and the value given nowhere else: still a conflict
    ("A 19-year-old was arrested in Veltra on Friday.",
     "An 18-year-old was arrested in Veltra on Friday.", _BOTH),
    # the other outlet's 19 is a passenger's, not the driver's: the 18 stays against it
    ("The driver, a 19-year-old man, was arrested in Veltra on Friday.",
     "An 18-year-old was arrested and a 19-year-old passenger was hurt in Veltra on Friday.",
     _BOTH),
])
def test_an_age_is_its_persons(a: str, b: str, want: set[str]) -> None:
    got = support.fact_pair_values(a, b)
    assert got == ([want] if want else [])


def _roles(sentence: str) -> list[set[str]]:
    from storylens.findings import facts

    doc = support.make_doc("a1", "Vell Daily", [sentence], published="2026-11-18")
    return [set(m.role) for _sid, ms in facts.doc_mentions(doc) for m in ms
            if m.family == "age"]


@pytest.mark.parametrize(("sentence", "want"), [
    ("The driver, a 19-year-old man, was arrested.", [{"driver", "man"}]),
    ("A 17-year-old passenger fled on foot.", [{"passenger"}]),
    ("A 19-year-old man arrested at the scene was charged.", [{"man"}]),
    ("The 71-year-old retired teacher was hurt.", [{"retir", "teacher"}]),
    ("A man aged 44 was treated in hospital.", [{"man"}]),
    ("The driver, 19, and a 17-year-old passenger were arrested.", [{"driver"}, {"passenger"}]),
    # a plural's number is a count, no age
    ("The victims, 19, were named by police.", []),
    ("The driver was a 19-year-old conscript.", [{"driver", "conscript"}]),
    ("The cyclist (aged 23) was treated in hospital.", [{"cyclist"}]),
    # no role: a name says whose it is, or nothing does
    ("Derek Vell, 71, was treated in hospital.", [set()]),
    ("A 19-year-old was arrested.", [set()]),
    ("He is 19 years old and lives in Veltra.", [set()]),
])
def test_an_age_role(sentence: str, want: list[set[str]]) -> None:
    assert _roles(sentence) == want
