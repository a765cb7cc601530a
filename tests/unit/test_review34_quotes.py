"""Review of session 34's quote trims (review34q): real quote changes the trims of
rules/quotes_trims.py must not take away.

1. A "by" agent dropped after a negated passive that is no refusal by the speaker's side:
   an ability or hypothetical ("cannot be cleaned by volunteers", "would not be approved
   by regulators") or a third party's clause ("Such failures will not be tolerated by
   insurers") says who, and stays a change. Kept: "We will not be held to ransom by
   polluters".
2. The connective "however," followed by a short phrase ("The fines, however, this year,
   will double") is no concessive aside: the phrase cut is a claim.
3. "no even" is the determiner and the adjective ("no even split"), not a focusing "even".

New invented text (the port of Tarrow and its harbour chief).
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

ON = Options(quote_changes=True)
OUTLETS = ("Tarrow Gazette", "Minsel Herald")
LEDE_A = ("TARROW - The port authority of Tarrow closed the eastern dock on Tuesday after a "
          "fuel spill spread across the harbour basin.")
LEDE_B = ("TARROW - The eastern dock of Tarrow was closed by its port authority on Tuesday "
          "after fuel spilled across the harbour basin.")
TAIL = " The authority will report again on Friday."


def _changes(quote_a: str, quote_b: str) -> list:
    a = f'{LEDE_A}\n\n"{quote_a}," harbour chief Oda Renvik said.{TAIL}'
    b = f'{LEDE_B}\n\n"{quote_b}," harbour chief Oda Renvik said.{TAIL}'
    return support.quote_changes_of(a, b, OUTLETS, ON)


CASES = [
    ("agent-ability", "This spill cannot be cleaned by volunteers, and we need divers now",
     "This spill cannot be cleaned, and we need divers now", True),
    ("agent-hypothetical", "The new terminal would not be approved by regulators, so we dropped it",
     "The new terminal would not be approved, so we dropped it", True),
    ("agent-third-party", "Such failures will not be tolerated by insurers, and the dock will stay shut",
     "Such failures will not be tolerated, and the dock will stay shut", True),
    ("agent-third-party-must", "Fuel must not be carried by tankers, and the pipeline will reopen",
     "Fuel must not be carried, and the pipeline will reopen", True),
    ("agent-first-person-elsewhere",
     "We know the dock will not be sold by auctioneers, and it stays public",
     "We know the dock will not be sold, and it stays public", True),
    # kept: the speaker's side refuses, a generic agent
    ("agent-refusal-we", "We will not be held to ransom by polluters, and the dock will stay shut",
     "We will not be held to ransom, and the dock will stay shut", False),
    ("agent-refusal-our", "Our divers must not be threatened by crews, and the police will help",
     "Our divers must not be threatened, and the police will help", False),
    ("however-connective-time", "The fines, however, this year, will double for every line",
     "The fines will double for every line", True),
    ("however-connective-place", "Tankers, however, from abroad, will pay the full fee",
     "Tankers will pay the full fee", True),
    # kept: a universal concessive aside
    ("however-concessive", "No spill, however small, will be forgiven by this authority",
     "No spill will be forgiven by this authority", False),
    ("no-even-adjective", "There is no even split of the fines between the two lines",
     "There is no split of the fines between the two lines", True),
    # kept: a focusing "even" after a verbal negation
    ("not-even-focus", "We did not even inspect the tanks before the spill",
     "We did not inspect the tanks before the spill", False),
]


@pytest.mark.parametrize("case,quote_a,quote_b,change", CASES, ids=[c[0] for c in CASES])
def test_review34_trims(case, quote_a, quote_b, change):
    assert bool(_changes(quote_a, quote_b)) is change, case
