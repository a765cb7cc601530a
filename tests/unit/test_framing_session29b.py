"""Session 29's second framing change (framing29b), from reader29's one wrong dev line.
Invented text: a fictional youth handball final stopped in the town of Corvel.

A part noun on another thing (``framing._part_of_another``): a loaded modifier's plain side
must describe the same referent. A noun that names a part of whatever follows its "of"
(``rules/loaded_terms.PART_NOUNS``: "the sharp end of a wider culture", "the heart of the
row") is that thing's part, so "a shameful end" (the final stopped) and "the sharp end of
a wider culture" (an idiom about the abuse) are two things, not one thing worded two ways
(dev d172, read wrong: 'shameful end' / 'sharp end'). Near misses: the plain side's "of"
names the thing the modified sentence names ("the end of the final"), and the plain side's
noun has no "of" at all ("brought the final to an early end"): the same referent, the
contrast stays."""

from __future__ import annotations

import pytest
import support

# the tables test framing on, whatever the default (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Corvel Herald", "Dunmarsh Gazette", "Orrin Wire")

LEDE = ("A spectator ran onto the court at the Corvel youth handball final on Sunday and struck "
        "a 15-year-old referee, the regional federation said. Police detained the man at the "
        "hall.\n\n")
HOT = ("The attack left the young referee with a cut lip and brought the youth final to a "
       "shameful end in front of 400 parents.")

PART = [
    # (id, the other outlet's sentence, a finding expected for 'shameful end')
    ("an idiom on another thing: 'the sharp end of a wider culture'",
     "Coaches say the attack that left the young referee with a cut lip in front of 400 "
     "parents is the sharp end of a wider culture of abuse.", False),
    ("a part noun on another thing: 'the bitter end of a long season'",
     "Officials said the attack left the young referee with a cut lip at the bitter end of a "
     "long season for the federation.", False),
    ("near miss: the 'of' names the same thing: 'the end of the youth final'",
     "The attack left the young referee with a cut lip and marked the end of the youth "
     "final in front of 400 parents.", True),
    ("near miss: no 'of': 'brought the youth final to an early end'",
     "The attack left the young referee with a cut lip and brought the youth final to an "
     "end in front of 400 parents.", True),
]


@pytest.mark.parametrize("plain,expected", [r[1:] for r in PART], ids=[r[0] for r in PART])
def test_part_noun_on_another_thing(plain: str, expected: bool) -> None:
    got = support.loaded_modifiers(LEDE, (plain, HOT), OUTLETS, "shameful")
    assert bool(got) == expected, got
