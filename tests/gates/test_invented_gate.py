"""Quality gate on the blind-written dev stories (benchmarks/invented/dev, session 12).

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


def test_no_trap_hit(scored) -> None:
    tallies, _ = scored
    assert {t: x.trap_hits for t, x in tallies.items() if x.trap_hits} == {}


def test_no_finding_read_wrong(scored) -> None:
    tallies, _ = scored
    assert {t: x.wrong for t, x in tallies.items() if x.wrong} == {}


def test_story_warning_names_exactly_the_off_story_articles(scored) -> None:
    _, stories = scored
    assert [s["story"] for s in stories if not s["warning_ok"]] == []
