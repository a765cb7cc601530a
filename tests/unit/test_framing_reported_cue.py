"""A cue inside what another cue reports is not the subject's (findings.attribution
._reported, review14a): "Transport Minister Ivo Brant said union leaders claimed the
ferries were unsafe" tells the leaders' claim, so the speaker profile
(``framing.story.attribution_profile``) must not say the outlet writes "claimed" for
Brant. Near misses: a cue joined to the same subject again ("denied the report and
claimed"), and one after a relative clause of the subject ("Brant, who said little at
first, later claimed"), are still Brant's. Invented text (the fictional Vella ferry strike
of tests/unit/test_framing_attribution_profile.py)."""

from __future__ import annotations

import pytest
from test_framing_attribution_profile import PLAIN, RULE, _rules

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

CASES = [
    ("another person's claim reported by Brant",
     "Transport Minister Ivo Brant said union leaders claimed the ferries were unsafe to sail.",
     False),
    ("another person's claim reported by Brant, with 'told'",
     "Transport Minister Ivo Brant told reporters the crews insisted the ferries were unsafe to "
     "sail.", False),
    ("near miss: the same subject again after 'and'",
     "Transport Minister Ivo Brant denied the report and claimed the union was stalling the "
     "talks.", True),
    ("near miss: after a relative clause of the subject",
     "Transport Minister Ivo Brant, who said little at first, later claimed the union was "
     "stalling the talks.", True),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_a_cue_in_anothers_report_is_not_the_subjects(case):
    _id, b, want = case
    got = _rules(PLAIN, b).get(RULE, [])
    assert bool(got) is want, got
    if want:
        assert "Ivo Brant" in got[0] and "'claimed'" in got[0], got
