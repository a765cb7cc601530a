"""``fact_conflict``: two lower bounds can both be true (invented text:
fictional ports and outlets; session 11, fixes).

"At least 14" / "at least 19" dead: a toll of 19 or more makes both true, so the gold
guide (benchmarks/gold/GUIDE.md, G1 "at least 25" vs "at least 28", G2 "at least four" /
"at least five") calls two lower bounds compatible, a trap; the difference is an omission,
not a contradiction. The finder called them a conflict once they were more than the 25%
tolerance apart. Near misses that stay conflicts: two upper bounds, each a peak reached
("queues of up to two hours" / "up to three hours"), a bound that an exact value breaks
("at most 10" / "14", "at least 19" / "14") and one number bounded two ways
(``fact.threshold``).
"""

from __future__ import annotations

import pytest
import support

findings = support.fact_pair_findings


def blast(figure: str) -> str:
    return f"{figure} people were killed in the Vell grain silo blast on Tuesday, the port said."


def homes(figure: str) -> str:
    return f"{figure} homes were destroyed by the Tarn bushfire on Tuesday, firefighters said."


# (sentence of A, of B, aligned?, rule of the finding or None)
CASES = [
    pytest.param(blast("At least 14"), blast("At least 19"), True, None, id="two-lower-bounds"),
    pytest.param(blast("At least 14"), blast("At least 19"), False, None, id="two-lower-bounds-unaligned"),
    pytest.param(homes("More than 40"), homes("More than 60"), True, None, id="two-open-lower-bounds"),
    pytest.param(homes("At least 40"), homes("More than 60"), True, None, id="closed-and-open-lower"),
    # near misses: two peaks of one measure, a bound the other outlet's exact figure
    # breaks, a threshold
    pytest.param("Traffic was diverted over the Kessel Bridge, causing queues of up to two hours on Tuesday.",
                 "Traffic was diverted over the Kessel Bridge, where queues stretched for up to three hours "
                 "on Tuesday.", True, "fact.aligned.word", id="two-upper-bounds-two-peaks"),
    pytest.param(blast("At most 10"), blast("Fourteen"), True, "fact.aligned.measure", id="at-most-10-vs-14"),
    pytest.param(blast("At least 19"), blast("Fourteen"), True, "fact.aligned.measure", id="at-least-19-vs-14"),
    pytest.param(homes("Fewer than 40"), homes("More than 60"), True, "fact.aligned.measure",
                 id="bounds-of-two-directions-apart"),
    pytest.param("Buildings with more than eight apartments must be registered with the Vell housing board.",
                 "Registration with the Vell housing board applies where the number of apartments is "
                 "eight or more.", True, "fact.threshold", id="threshold-kept"),
]


@pytest.mark.parametrize(("a", "b", "aligned", "rule"), CASES)
def test_two_lower_bounds_agree(a, b, aligned, rule):
    fs = findings(a, b, aligned)
    if rule is None:
        assert fs == [], [f.summary for f in fs]
        return
    assert [f.detail["rule"] for f in fs] == [rule], [f.summary for f in fs]
