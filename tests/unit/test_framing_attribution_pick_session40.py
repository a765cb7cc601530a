"""A story-wide attribution contrast picks the best-scored plain statement that links
enough, not only the best-scored one (held-out t279, session 39: the wire's short "In
total 1,382 ballots were miscounted, the commission said." outscored its lede, the same
matter as the charged "The commission claimed that poll workers had miscounted ballots",
failed the link, and the lede was never tried). Invented text (a fictional grain terminal
fire in Brisk); the near misses stay silent."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE = ("BRISK, Norvel (BWS) - Fire crews in the northern port of Brisk spent the night fighting "
        "a blaze that spread through the old grain terminal on the east quay after workers left "
        "a dryer on in one of the concrete bins beside the ferry berth, the port authority said "
        "on Monday.")
SHORT = "Shipping resumed on Tuesday, the authority said. In total 4,000 tonnes were destroyed, the authority said."
CHARGED = ("Fire wrecks Brisk grain terminal. The port authority claimed that workers had left a "
           "dryer running at 12 silos and that 5,000 tonnes were destroyed. Shipping resumed on "
           "Tuesday.")


def _attribution(plain: str, charged: str = CHARGED) -> list[tuple[str, ...]]:
    arts = [Article(id="a1", source="t", outlet="Brisk Wire", text=plain),
            Article(id="a2", source="t", outlet="Harbour Banner", text=charged)]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f.sentences for f in comp.findings
            if f.detail.get("rule", "").startswith("framing.story.attribution")]


def test_the_lede_of_the_same_matter_is_picked_past_a_higher_scored_short_line():
    assert _attribution(f"{LEDE} {SHORT}") == [("a1:s0", "a2:s1")]


SILENT = [
    ("the plain outlet tells the speaker's other statements only",
     LEDE.replace("after workers left a dryer on in one of the concrete bins beside the ferry "
                  "berth", "before dawn") + f" {SHORT}", CHARGED),
    ("a legal speaker's 'allege' is no doubt",
     f"{LEDE} {SHORT}",
     CHARGED.replace("The port authority claimed", "Prosecutors alleged")),
]


@pytest.mark.parametrize("case", SILENT, ids=[c[0] for c in SILENT])
def test_near_misses_stay_silent(case):
    _, plain, charged = case
    assert _attribution(plain, charged) == []
