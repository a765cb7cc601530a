"""One speaker whose name outlets spell apart, as the name finder holds it (session 25,
``attribution._join_name_variants``): "Delphine Arnaud" / "Delphine Arnault" and "Casimir"
/ "Kasimir" (invented dev d127, d129) were two speakers, so one outlet's 'admitted' met no
other outlet's 'said' for the same statement. Invented text: a fictional Orvenna water
scare, Mayor Idris Kalmar spelled "Calmar" by one outlet (a first letter apart, which
``_join_spellings`` never joins), the articles giving him one role. Near misses: another
person of a near surname (a nurse Petra Calmar), whom the name finder keeps apart; one
spelling throughout (unchanged); two spellings with no role are left apart as before
(test_framing_attribution_two_people: "Anton Pelcz" / "Anton Pelz", review21b)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Tap water in the town of Orvenna was declared unsafe on Monday after a chemical "
        "spill upstream at the Drava paper mill.\n\n")
TOLD = ('Mayor Idris Kalmar told reporters: "The water will be safe again within days, and '
        'we are testing every reservoir."')
OUTLETS = ("Orvenna Wire", "Drava Herald", "Valley Sentinel")


def _attribution(third: str) -> list[str]:
    texts = (TOLD, TOLD, third)
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=LEDE + t)
            for i, (t, o) in enumerate(zip(texts, OUTLETS, strict=True))]
    return [f.summary for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and f.detail.get("kind") == "attribution_verb"]


CASES = [
    # (id, Valley Sentinel's text, a finding naming it expected)
    ("the mayor spelled Calmar: one speaker, 'admitted' against 'told'",
     'Mayor Idris Calmar admitted the town was "testing every reservoir" and that the water '
     'would be safe "within days".', True),
    ("near miss: a nurse of a near surname is another person",
     'Nurse Petra Calmar admitted the clinic was "testing every reservoir" and that the '
     'water would be safe "within days".', False),
    ("one spelling throughout, as before",
     'Mayor Idris Kalmar admitted the town was "testing every reservoir" and that the water '
     'would be safe "within days".', True),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_name_variant_speakers_join(case):
    _id, third, want = case
    got = [s for s in _attribution(third) if s.startswith("Valley Sentinel writes 'admitted'")]
    assert bool(got) is want, _attribution(third)
