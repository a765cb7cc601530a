"""Review of session 30's coverage change (review30c). Invented stories with fictional
outlets.

1. A quote's statement is one speaker's, not two speakers' who share a last word.

``_statement_carried`` took two adjacent quotes for one statement where the last word of
their speakers matched: "said one angler" / "said another angler" (two unnamed people), and
"said Jens Farrow" / "said his sister, Ottilie Farrow" (one surname, two people). An outlet
that quoted one of them was said to carry the other's quote.

2. A stance told as unanimous is no vote: ``_unanimous_vote`` read "Residents were unanimous
in their opposition to the marina scheme" as another outlet's count of the council's "7
votes to 2", so that outlet no longer left the tally out.
"""

from __future__ import annotations

import pytest
from test_coverage_session30 import PIER, PIER_TAIL, _added, _bench, _ctx, _quote_omitted

from storylens.findings.coverage import _one_speaker

SECOND = ('"We are being treated like vandals by people who have never fished from this harbour '
          'in their lives,"')
FIRST = '"Hundreds of anglers rely on this pier every weekend,"'

# (id, Harbour Post's and Vella Times' two quotes, Coast Courier's sentence, whether
# Coast Courier is said to leave out the "vandals" quote)
CASES = [
    ("two unnamed speakers",
     f"{FIRST} said one angler. {SECOND} said another angler.",
     f"{FIRST} said one angler.", True),
    ("one surname, two people",
     f"{FIRST} said Jens Farrow, who runs the bait shop. {SECOND} said his sister, Ottilie Farrow.",
     "Jens Farrow, who runs the bait shop, said hundreds of anglers relied on the pier every weekend.", True),
    # near misses: one speaker, named in full and then by the surname, or not again
    ("one speaker, full name then surname",
     f"{FIRST} said Ottilie Farrow, the anglers' club secretary. {SECOND} Farrow said.",
     "Ottilie Farrow, the anglers' club secretary, said hundreds of anglers relied on the pier every weekend.",
     False),
    ("one speaker, named once",
     f"{FIRST} said Ottilie Farrow, the anglers' club secretary. {SECOND}",
     f"{FIRST} Farrow said.", False),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_statement_is_one_speakers(case):
    _, statement, third, left_out = case
    texts = [[PIER, statement, PIER_TAIL[0]], [PIER, statement, PIER_TAIL[1]],
             [PIER, third, PIER_TAIL[2]], [PIER, PIER_TAIL[0], PIER_TAIL[2]]]
    assert ("Coast Courier" in _quote_omitted(_ctx(texts))) is left_out


@pytest.mark.parametrize(("one", "other", "same"), [
    (["Ottilie", "Farrow"], ["Farrow"], True),
    (["Ottilie", "Farrow"], ["Ottilie", "Farrow"], True),
    (["one", "angler"], ["one", "angler"], True),
    (["Jens", "Farrow"], ["Ottilie", "Farrow"], False),
    (["one", "angler"], ["another", "angler"], False),
    (["angler"], ["one", "angler"], False),
])
def test_one_speaker(one, other, same):
    assert _one_speaker(one, other) is same


# (id, Harbour Post's sentence, whether only Coast Courier is said to give the '9')
STANCES = [
    ("a stance, no vote",
     "Lawyers in the capital were unanimous in their anger at the bar council.", True),
    ("members unanimous in their view",
     "Bar council members were unanimous that the judge had brought the courts into disrepute.", True),
    # near misses: the vote told as unanimous, by the adverb or the adjective of a vote
    ("the vote was unanimous",
     "The bar council's vote to suspend the judge pending an investigation was unanimous.", False),
    ("a unanimous decision",
     "In a unanimous decision, the bar council suspended the judge pending an investigation.", False),
]


@pytest.mark.parametrize("case", STANCES, ids=[c[0] for c in STANCES])
def test_a_unanimous_stance_is_no_vote(case):
    _, second, added = case
    assert ("Coast Courier" in _added(_ctx(_bench(second)), "9")) is added
