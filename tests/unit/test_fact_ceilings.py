"""``fact_conflict``: two ceilings can both be true (invented text: fictional towns and
outlets; session 12, fixes12a).

"Fewer than 40" / "fewer than 60" attended: a crowd of 30 makes both true, the mirror of
two lower bounds (``test_fact_two_bounds.py``; the gold guide's G1/G2 traps). A ceiling
(``rules/numbers.CEILING_BOUND_WORDS``: fewer than, less than, under, below, at most, no
more than; "40 or fewer" after the number) states where the value lies below; a peak ("up
to", "nearly", "almost") states a most that was reached or nearly reached, so two peaks
that differ still conflict (the demo's "queues of up to two hours" / "up to three
hours"), and so does a peak that breaks a ceiling ("up to 60" / "fewer than 40").
"""

from __future__ import annotations

import pytest
import support

findings = support.fact_pair_findings


def meeting(figure: str) -> str:
    return f"{figure} people attended the Orsk town hall meeting on the new ferry fares on Tuesday."


def wait(figure: str) -> str:
    return f"Drivers at the Kessel Bridge toll booths on Tuesday waited {figure} minutes, the council said."


# (sentence of A, of B, aligned?, rule of the finding or None)
CASES = [
    pytest.param(meeting("Fewer than 40"), meeting("Fewer than 60"), True, None, id="two-ceilings"),
    pytest.param(meeting("Fewer than 40"), meeting("Fewer than 60"), False, None, id="two-ceilings-unaligned"),
    pytest.param(meeting("Fewer than 40"), meeting("No more than 60"), True, None, id="open-and-closed-ceiling"),
    pytest.param(wait("under 20"), wait("less than 45"), True, None, id="under-and-less-than"),
    pytest.param(meeting("40 or fewer"), meeting("Fewer than 60"), True, None, id="ceiling-worded-after"),
    pytest.param(meeting("No fewer than 40"), meeting("Fewer than 60"), True, None,
                 id="a-floor-and-a-ceiling-that-meet"),
    pytest.param(meeting("Up to 40"), meeting("Fewer than 60"), True, None, id="peak-within-a-ceiling"),
    pytest.param(meeting("Nearly 40"), meeting("Fewer than 40"), True, None, id="peak-approached-at-the-ceiling"),
    # near misses: two peaks, a peak that breaks the ceiling, a value the ceiling excludes
    pytest.param(wait("up to 20"), wait("up to 45"), True, "fact.aligned.word", id="near-miss-two-peaks"),
    pytest.param(meeting("Up to 60"), meeting("Fewer than 40"), True, "fact.aligned.word",
                 id="near-miss-peak-above-the-ceiling"),
    pytest.param(meeting("Fewer than 40"), meeting("Sixty"), True, "fact.aligned.word",
                 id="near-miss-an-exact-value-above-the-ceiling"),
    pytest.param(meeting("Fewer than 40"), meeting("More than 60"), True, "fact.aligned.word",
                 id="near-miss-bounds-of-two-directions-apart"),
    pytest.param(meeting("Fewer than 40"), meeting("No fewer than 60"), True, "fact.aligned.word",
                 id="near-miss-no-fewer-than-is-a-floor"),
    # "not" written out (s12 review): "not more than 60" is a ceiling, not "more than 60"
    pytest.param(meeting("Not more than 60"), meeting("Fewer than 40"), True, None,
                 id="not-more-than-is-a-ceiling"),
    pytest.param(meeting("Not fewer than 40"), meeting("More than 30"), True, None,
                 id="not-fewer-than-is-a-floor"),
    pytest.param(meeting("Not more than 60"), meeting("Eighty"), True, "fact.aligned.word",
                 id="near-miss-not-more-than-60-and-80"),
    pytest.param(meeting("Not fewer than 40"), meeting("Fewer than 30"), True, "fact.aligned.word",
                 id="near-miss-not-fewer-than-40-and-fewer-than-30"),
]


@pytest.mark.parametrize(("a", "b", "aligned", "rule"), CASES)
def test_two_ceilings_agree(a, b, aligned, rule):
    fs = findings(a, b, aligned)
    if rule is None:
        assert fs == [], [f.summary for f in fs]
        return
    assert [f.detail["rule"] for f in fs] == [rule], [f.summary for f in fs]


def test_a_peak_under_a_ceiling_is_compared_with_its_sign():
    """``_under_ceiling`` on negative values (review12: it compared absolute values, so
    "nearly -10C" against "below -5C", where -10 lies below -5, read as breaking it)."""
    from storylens.findings.facts import _Mention, _under_ceiling
    from storylens.models import Quantity

    def m(value: float, ceiling: bool) -> _Mention:
        q = Quantity(f"{value}C", "quantity", 0, 4, "a1:s0", value=value, unit="K")
        return _Mention(q, "a1", "quantity", frozenset(), frozenset(), (), False, True,
                        bound="max", ceiling=ceiling)

    assert _under_ceiling(m(-10.0, False), m(-5.0, True))  # nearly -10 fits below -5
    assert not _under_ceiling(m(-2.0, False), m(-5.0, True))  # nearly -2 breaks below -5
    assert _under_ceiling(m(30.0, False), m(40.0, True))
    assert not _under_ceiling(m(50.0, False), m(40.0, True))
