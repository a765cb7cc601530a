"""Session 30 (quotes30): shortenings of a quote that keep what the speaker asserts.

Under its flag quote_changed hit three dev traps (held-out reads of sessions 28 and 29 had
one trap hit each). The text here is new invented text (fictional Quellmoor, the Sarne
valley, Brevik and their people).

1. The rejected alternative's own modifier cut (quote_diff._foil_relative,
   rules.quote_changes.FOIL_*): in "X, not Y" the speaker asserts X, and a relative clause
   run on from the foil's bare head only describes the foil: "Homes are for people who live
   here, not for suitcases that come and go" / "…, not for suitcases" (dev t176's trap).
   Near misses that stay changes: the clause cut from the asserted side ("for families who
   live here" / "for families"), one that holds a negation, a number, a modal or a name,
   after "not only" / "not least", on a pro-form or determiner head ("not those who …"),
   without the comma of a contrast ("does not help farmers who …"), or the asserted side
   itself negated.
2. One middle item of a list of three or more cut, the list kept a list
   (quote_diff._list_item_cut, rules.quote_changes.LIST_*): "Do not swim, paddle or fish
   at …" / "Do not swim or fish at …" (dev d161's trap). Near misses that stay changes: a
   place or a number cut from the list, a hedge, a list of two made one ("work and pay
   taxes" / "pay taxes"), a premodifier of the noun the list qualifies ("a full, fair and
   independent review"), the first item cut (no comma before it).
"""

from __future__ import annotations

import pytest
import support

TRIVIAL = (None, "trivial", "extent", "phrase")

FOIL = [
    # (id, longer, shorter, trivial?)
    ("foil-relative-edge",
     "The harbour is for boats that fish here, not for yachts that come and go,",
     "The harbour is for boats that fish here, not for yachts,", True),
    ("foil-relative-to",
     "The square belongs to the people of Quellmoor, not to cars that rush through it.",
     "The square belongs to the people of Quellmoor, not to cars.", True),
    ("foil-relative-bare",
     "This money is for nurses, not consultants who charge by the hour.",
     "This money is for nurses, not consultants.", True),
    ("foil-relative-inner",
     "The beds are for patients, not for files that pile up in corridors, and we will clear them,",
     "The beds are for patients, not for files, and we will clear them,", True),
    ("asserted-side-relative",
     "The new flats are for families who farm the valley,",
     "The new flats are for families,", False),
    ("foil-relative-negation",
     "The grants from the Sarne valley fund are for farmers, not for firms that do not pay tax.",
     "The grants from the Sarne valley fund are for farmers, not for firms.", False),
    ("foil-relative-number",
     "The rooms in the old town of Quellmoor are for residents, not for flats that stand empty 200 days.",
     "The rooms in the old town of Quellmoor are for residents, not for flats.", False),
    ("foil-relative-modal",
     "The relief is for households, not for companies that could pay more.",
     "The relief is for households, not for companies.", False),
    ("foil-relative-name",
     "The fund is for growers, not for traders who sell to Brevik.",
     "The fund is for growers, not for traders.", False),
    ("not-only-relative",
     "The storm hurt everyone, not only farmers who lost their barns.",
     "The storm hurt everyone, not only farmers.", False),
    ("not-least-relative",
     "The storm hurt everyone, not least families who rent their homes.",
     "The storm hurt everyone, not least families.", False),
    ("pro-form-head",
     "The places are for residents, not those who arrived last week.",
     "The places are for residents, not those.", False),
    ("no-contrast-comma",
     "The scheme does not help farmers who grow barley.",
     "The scheme does not help farmers.", False),
    ("asserted-side-negated",
     "We will not close the clinic, not for landlords who want the site.",
     "We will not close the clinic, not for landlords.", False),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in FOIL], ids=[c[0] for c in FOIL])
def test_foil_relative(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, TRIVIAL)


LIST = [
    # (id, longer, shorter, trivial?)
    ("list-middle-verb",
     "Do not climb, cycle or camp on the Sarne dunes until the wardens say so,",
     "Do not climb or camp on the Sarne dunes until the wardens say so,", True),
    ("list-middle-noun-four",
     "We found rats, mould, damp and rust in the flats on Quay Street,",
     "We found rats, damp and rust in the flats on Quay Street,", True),
    ("list-middle-oxford",
     "Please keep dogs, cats, and rabbits in the house until the fumes have cleared,",
     "Please keep dogs, and rabbits in the house until the fumes have cleared,", True),
    ("list-middle-place",
     "The buses to Brevik, Quellmoor and Tiel will not run on Monday,",
     "The buses to Brevik and Tiel will not run on Monday,", False),
    ("list-middle-number",
     "The wardens closed the paths for two, three or four days after the storm,",
     "The wardens closed the paths for two or four days after the storm,", False),
    ("list-middle-hedge",
     "The spill harmed fish, possibly birds and seals along the Sarne estuary,",
     "The spill harmed fish and seals along the Sarne estuary,", False),
    ("list-of-two-made-one",
     "If you are old enough to farm and pay rent in the valley, you can vote,",
     "If you are old enough to pay rent in the valley, you can vote,", False),
    ("list-premodifiers",
     "I have asked for a full, fair and independent review of the Quellmoor contract,",
     "I have asked for a full and independent review of the Quellmoor contract,", False),
    ("list-first-item",
     "Do not climb, cycle or camp on the Sarne dunes until the wardens say so,",
     "Do not cycle or camp on the Sarne dunes until the wardens say so,", False),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in LIST], ids=[c[0] for c in LIST])
def test_list_item_cut(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, TRIVIAL)
