"""Review of session 30's facts change (review30f): a bare number set beside a role is an
age only where the role names a person ("The driver, 19,"), not a thing ("in the league,
21," / "the council, 21,": session 30 read those 21s as ages and set them against the
driver's 19); and "the other driver, 18," is not "the driver, a 19-year-old man" (session
30 read the shared "driver" as one person).

Invented text (fictional places, outlets and people).
"""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("rules_only")

_DRIVER = "The driver, a 19-year-old man, was arrested in Veltra on Friday."


@pytest.mark.parametrize(("a", "b", "want"), [
    # "a man" is no role apart from "his son": the other sentence's 19 carries this one's
    ("A 19-year-old man and his 45-year-old father were arrested in Veltra on Friday.",
     "A 45-year-old man and his 19-year-old son were arrested in Veltra on Friday.", []),
    # near misses: roles apart (driver / passenger), the other's 19 is not the driver's
    ("The driver, a 19-year-old man, was arrested in Veltra on Friday.",
     "The 18-year-old driver and a 19-year-old passenger were arrested in Veltra on Friday.",
     [{"19-year-old", "18-year-old"}]),
    ("The 19-year-old man was arrested in Veltra on Friday.",
     "The 18-year-old man and a 19-year-old woman were arrested in Veltra on Friday.",
     [{"19-year-old", "18-year-old"}]),
])
def test_a_plain_person_noun_sets_no_role_apart(a: str, b: str, want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


@pytest.mark.parametrize(("a", "b", "want"), [
    # a thing's number set beside it is no age: no conflict with the driver's 19
    (_DRIVER, "The driver was arrested in the league, 21, in Veltra on Friday.", []),
    (_DRIVER, "The driver was arrested in Veltra on Friday, the council, 21, said.", []),
    # near misses: a person's role with a number beside it is still an age
    (_DRIVER, "The driver, 21, was arrested in Veltra on Friday.", [{"19-year-old", "21"}]),
    (_DRIVER, "The cyclist, 21, was arrested in Veltra on Friday.", [{"19-year-old", "21"}]),
    # another person of the same role is another person
    (_DRIVER, "The other driver, 18, was arrested in Veltra on Friday.", []),
    (_DRIVER, "The second driver, 18, was arrested in Veltra on Friday.", []),
    (_DRIVER, "A second man, 18, was arrested in Veltra on Friday.", []),
    # near misses: both "other", or neither, is one role given two ages
    ("The other driver, a 19-year-old man, was arrested in Veltra on Friday.",
     "The other driver, 18, was arrested in Veltra on Friday.", [{"19-year-old", "18"}]),
    (_DRIVER, "The 18-year-old driver was arrested in Veltra on Friday.",
     [{"19-year-old", "18-year-old"}]),
])
def test_a_things_number_is_no_age(a: str, b: str, want: list[set[str]]) -> None:
    assert support.fact_pair_values(a, b) == want


def _ages(sentence: str) -> list[str]:
    from storylens.findings import facts

    doc = support.make_doc("a1", "Vell Daily", [sentence], published="2026-11-18")
    return [m.q.text for _sid, ms in facts.doc_mentions(doc) for m in ms if m.family == "age"]


@pytest.mark.parametrize(("sentence", "want"), [
    ("In the final round, 19, riders withdrew.", []),
    ("The vote in the council, 9, to 4, passed.", []),
    ("The club finished the season in the league, 14.", []),
    ("The driver, 19, was arrested.", ["19"]),
    ("The mother, 31, and the baby were hurt.", ["31"]),
    ("A pedestrian, 64, was hurt.", ["64"]),
    ("The gunman, 34, was held.", ["34"]),
])
def test_a_role_apposed_age(sentence: str, want: list[str]) -> None:
    assert _ages(sentence) == want
