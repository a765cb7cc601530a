"""Review of coverage33's running count (session 33, review33c): a figure told after a
running count's new value is the count's own part only when the sentence says so ("11 of
them guards", "including 4 guards"); another figure later in the sentence ("rose to 11 on
Friday, and police arrested 14 strikers") counts another thing and is still an addition.
Invented story and outlets (the harness of test_coverage_session33)."""

from __future__ import annotations

import pytest
from test_coverage_session33 import MINE, MINE_TAIL, _context

from storylens.findings import coverage as cov

ROSE = "The death toll from Thursday's shooting at the Ulmar copper mine rose to 11 on Friday"

# (id, Coast Courier's line, the figure, whether it is told as Coast Courier's alone)
AFTER_A_RISE = [
    ("a part of the running toll", f"{ROSE}, 4 of them guards.", "'4'", False),
    ("a part led in by an inclusion", f"{ROSE}, including 4 guards.", "'4'", False),
    ("near miss: another count after the rise", f"{ROSE}, and police arrested 14 strikers.", "'14'", True),
    ("near miss: another count in a clause after it", f"{ROSE} as 14 strikers were arrested.", "'14'", True),
]


@pytest.mark.parametrize("n", [3, 4])
@pytest.mark.parametrize("case", AFTER_A_RISE, ids=[c[0] for c in AFTER_A_RISE])
def test_only_a_part_of_a_running_count_is_its_own(case, n):
    _, line, figure, added = case
    ctx = _context([MINE, *MINE_TAIL], [line, *MINE_TAIL], n)
    assert any(f.summary.startswith("Only Coast Courier gives") and figure in f.summary
               for f in cov.find_additions(ctx)) is added
