"""A story-wide framing contrast needs two articles of one story (``coverage.pair_tied``),
and a country's name alone is no evidence of one: the rule ``stories``' warning has kept
since session 9 (``_story_name_count``) holds for the contrast tie too. Before, one shared
"Chile" (named twice in each body) tied a port strike to a wine fair, and the strike's
"mob" was set against the fair's "protesters" (invented stories; session 10 left item).

Near misses that stay tied: the country in both ledes, and a person both articles name.
"""

from __future__ import annotations

import pytest

from storylens.findings import coverage as C
from storylens.findings.common import FindingContext
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

STRIKE = [
    "Dock workers at Puerto Lenca walked out on Monday over a new shift rota, halting the grain ships.",
    "A mob smashed the windows of the port office and burned a crane cab.",
    "Union leaders said the rota broke an agreement signed in the spring.",
    "The port authority said exports from Chile would be delayed for days.",
    "Shipping agents warned that buyers outside Chile might look elsewhere.",
]
WINE = [
    "Growers from the Maule valley filled the fair hall in Talcana on Saturday to show this year's vintage.",
    "Outside, protesters angry at water charges blocked the road to the hall for an hour.",
    "The organisers said the fair would move to a larger hall next year.",
    "Buyers from Japan and Canada placed early orders for the red wines of Chile.",
    "Wine from Chile now sells in more than forty markets, the growers' association said.",
]
# near misses: the same two bodies, each lede leading with the country
STRIKE_LED = ["Chile's dock workers at Puerto Lenca walked out on Monday over a new shift rota, "
              "halting the grain ships.", *STRIKE[1:]]
WINE_LED = ["Chile's growers from the Maule valley filled the fair hall in Talcana on Saturday to "
            "show this year's vintage.", *WINE[1:]]
# and a person both name twice (with the country still only in the bodies)
STRIKE_PERSON = [*STRIKE, "Labour minister Rosa Iturra called for calm at the port.",
                 "Iturra will meet the union on Wednesday."]
WINE_PERSON = [*WINE, "Labour minister Rosa Iturra opened the fair and praised the growers.",
               "Iturra tasted the new vintage with the growers."]


def _tied(a: list[str], b: list[str]) -> bool:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t))
            for i, (o, t) in enumerate((("Harbour Post", a), ("Vella Times", b)))]
    comp = compare_articles(arts, Options())
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    return C.pair_tied(ctx, "a1", "a2")


@pytest.mark.parametrize("a, b, tied", [
    pytest.param(STRIKE, WINE, False, id="a-shared-country-alone"),
    pytest.param(STRIKE_LED, WINE_LED, True, id="near-miss-both-ledes-lead-with-it"),
    pytest.param(STRIKE_PERSON, WINE_PERSON, True, id="near-miss-a-shared-person"),
])
def test_a_country_alone_never_ties_a_contrast(a, b, tied):
    assert _tied(a, b) is tied
