"""Quality gate on the blind-written dev stories (benchmarks/invented/dev, sessions 12-13).

Recomputes ``benchmarks/invented_stories.py --set dev`` with default options and fails when
a finding hits a trap of the answer key, when a finding read wrong by hand
(``benchmarks/invented/dev/verdicts.jsonl``) comes back, or when the story warning misses an
off-story article or names one of the story's own. Findings nobody has read yet (their words
changed) do not fail it: read them and add their verdicts. The held-out ``test`` set is
never scored here.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "benchmarks" / "invented" / "dev"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DEV.is_dir(), reason=f"{DEV} not present"),
]


@pytest.fixture(scope="module")
def scored():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import invented_stories as IS

    from storylens.options import Options

    tallies, stories, _, _ = IS.measure(DEV, Options())
    return tallies, stories


# Trap hits that are known (t01-t10, moved from session 12's held-out set: one of the four
# wrong fact conflicts below is also a keyed trap); the gate fails on any other, and on fewer.
# d11-d20 add three (the two above and one read right for its own reason)
# session 13 (s13-facts): 4 -> 1; left: "nearly 300" passengers (right's) sits in the
# finding beside the wire's 287 it agrees with, against the centre's 312 (the key's expect):
# the finding cites right's sentence, so it meets the rounding trap
TRAPS_KNOWN_HIT = {"fact_conflict": 1}


def test_no_trap_hit(scored) -> None:
    tallies, _ = scored
    assert {t: x.trap_hits for t, x in tallies.items() if x.trap_hits} == TRAPS_KNOWN_HIT


# Findings read wrong that are known, per type, with why; the gate fails when a type has more,
# and when it has fewer (then lower the count here).
FINDINGS_KNOWN_WRONG = {
    # t01-t10 were the held-out set of session 12, read once at its end and moved to dev in
    # session 13: four default fact conflicts there compared different things (87 fell ill vs
    # seven dead, 40 burnt vehicles vs three injured officers, other parties' seats, an
    # earlier clash's toll); d11-d20 (new in session 13) added two, both keyed traps: "nearly
    # 300" passengers against 287 (a rounding), a 2019 flood's toll against this one's.
    # s13-facts: 6 -> 1, the rounding trap left (see TRAPS_KNOWN_HIT)
    "fact_conflict": 1,
}


def test_no_finding_read_wrong(scored) -> None:
    tallies, _ = scored
    assert {t: x.wrong for t, x in tallies.items() if x.wrong} == FINDINGS_KNOWN_WRONG


# Stories whose warning is known wrong, each with why; the gate fails on any other, and on
# one of these once it is right (then take it off the list).
WARNING_KNOWN_WRONG = {
    # the off-story council vote on 40 more officers for the district shares the district,
    # its street, the police commissioner, the mayor, the 2023 shooting and the district's
    # population with the story: a same-thread article the warning keeps (reader12)
    "d09-linden-park-shooting": "same district, officials and history: kept as the story",
    # session 12's held-out off-story pieces (moved to dev in session 13): each shares a
    # person, a party or an institution with the story, not only places
    "t04-serrania-election": "a mayoral by-election won by the same party",
    "t02-brancu-bribery-verdict": "another mayor charged over a land sale",
    "t07-kellbrook-police-shooting": "the same police force's recruitment plan",
    "t09-lumen-health-data-breach": "another city's ransomware attack",
    # session 13's new dev stories: every off-story piece shares an institution or a person
    "d11-zelena-gora-mine-blast": "the same mining company's annual results",
    "d14-san-telmo-mayoral-recount": "the same mayor opening a tram line before the election",
    "d16-lenza-border-shooting": "the same minister's border-fence tender",
    "d19-velmont-party-raid": "the same police bureau's arrest of a hospital's procurement chief",
}


def test_story_warning_names_exactly_the_off_story_articles(scored) -> None:
    _, stories = scored
    wrong = {s["story"] for s in stories if not s["warning_ok"]}
    assert wrong - set(WARNING_KNOWN_WRONG) == set()
    assert set(WARNING_KNOWN_WRONG) - wrong == set(), "a known-wrong warning is now right: take it off the list"
