"""A figure too large for a float (a 400-digit count, read as infinity) never fails a
comparison: it is no whole number, so no round figure and no small share. Found by the
session-14 crash hunt; invented text, fictional names."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

BIG = "9" * 400
BASE = ("The ferry Orla sank near Port Velling on Tuesday, and 12 people died, police said. "
        "Rescuers pulled 30 passengers from the water.")


@pytest.mark.parametrize("other", [
    f"The ferry Orla carried {BIG} passengers, police said. The toll rose to {BIG} on Sunday.",
    f"The ferry Orla sank near Port Velling. Losses were ${BIG} million, or {BIG} percent.",
    f"The fine was 1{'0' * 330}.5 euros, up {BIG}% on the year, the Orla's owners said.",
    # near miss: ordinary figures, as ever
    "The ferry Orla sank near Port Velling on Tuesday, and 14 people died, police said.",
])
def test_huge_figure_compares(other):
    arts = [Article(id="a1", source="a1.txt", outlet="Vella Times", text=BASE, published="2026-11-18"),
            Article(id="a2", source="a2.txt", outlet="Calvera Post", text=other, published="2026-11-18")]
    comp = compare_articles(arts, Options(fact_coverage=True, story_facts=True, quote_changes=True))
    assert len(comp.documents) == 2


def test_round_and_specific_of_infinity():
    from storylens.findings.coverage import _round
    from storylens.findings.facts import _fmt_si

    assert _round("cardinal", "inf") is False
    assert _round("cardinal", "10000") is True  # near miss: a round figure
    assert _fmt_si(float("inf"), "m") == "inf m"
    assert _fmt_si(40000.0, "m") == "40,000 m"
