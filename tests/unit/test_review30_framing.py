"""Session 30 review of framing30's noun-compound read (``framing._compound_phrase``).
Invented text: a fictional paving-contract raid in the town of Varnholm.

A loaded modifier's two heads are read as a noun compound ("suspicious pollen counts":
counts) only when the second is no verb. An irregular past that the stemmer reads as
another word ("left", "fled", "won") is a verb after its noun ("the brutal crackdown left
twelve injured"): the phrase's head is the first noun, and the other outlet's
"police crackdown" is its plain side, as before the compound read (the line was lost).
Near misses: a past spelled as its base ("cut") is a noun too and the compound stays ("a
punishing tax cut" is not set against another outlet's "tax rises"); a true compound
("suspicious pollen counts") is still matched on its head."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("framing_on")

OUTLETS = ("Varn Courier", "Hollis Ledger", "Tesk Wire")

LEDE = ("Police in Varnholm said on Tuesday that a paving contractor had been raided after "
        "months of complaints. Two officials of the Marlo Paving company were suspended.\n\n")

ROWS = [
    # (id, charged sentence, plain sentence, modifier, a finding expected)
    ("an irregular past after the noun: 'brutal crackdown left' (the head is 'crackdown')",
     "The brutal crackdown left twelve people injured at the Marlo depot in Varnholm on "
     "Monday night.",
     "Twelve people were injured at the Marlo depot in Varnholm on Monday night in a police "
     "crackdown, which left the yard closed.", "brutal", True),
    ("an irregular past after the noun: 'notorious broker fled'",
     "The notorious broker fled by boat across the Tesk estuary before officers reached the "
     "Marlo depot in Varnholm.",
     "Officers reached the Marlo depot in Varnholm after a broker who ran the yard escaped "
     "by boat across the Tesk estuary.", "notorious", True),
    ("near miss: a past spelled as its base is a compound head: 'punishing tax cut'",
     "The council in Varnholm blamed a punishing tax cut for the Marlo Paving losses on "
     "Monday night.",
     "The council in Varnholm blamed routine tax rises for the Marlo Paving losses on Monday "
     "night.", "punishing", False),
]


@pytest.mark.parametrize("hot,plain,modifier,expected", [r[1:] for r in ROWS],
                         ids=[r[0] for r in ROWS])
def test_an_irregular_past_is_no_compound_head(hot: str, plain: str, modifier: str,
                                               expected: bool) -> None:
    got = support.loaded_modifiers(LEDE, (plain, hot), OUTLETS, modifier)
    assert bool(got) == expected, got
