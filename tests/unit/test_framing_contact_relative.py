"""An attribution verb inside a noun phrase ('the "bomb" he claimed to carry') is not the
sentence's attribution: no framing against another outlet's "Dobrev told reporters"
(invented text; the near misses keep the usual reading)."""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.findings.attribution import CONTACT_RELATIVE
from storylens.findings.common import FindingContext
from storylens.findings.framing import find_framing
from storylens.models import Alignment, Article, Document
from storylens.segment import segment

OUTLETS = ["Harbour Post", "Vella Times"]


def _verbs(*sentences: str) -> list[str]:
    docs: list[Document] = [
        analyse(segment(Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=t)))
        for i, t in enumerate(sentences)
    ]
    group = Alignment("paraphrase", tuple(f"a{i + 1}:s0" for i in range(len(docs))), 0.6)
    return [f.detail.get("rule", "") for f in find_framing(FindingContext.build(docs, [group]))
            if "attribution" in str(f.detail.get("rule", ""))]


@pytest.mark.parametrize(("before", "inside"), [
    ('The "bomb" he ', True),
    ("the parcel she ", True),
    ("His letter they ", True),
    ("Police said he ", False),  # a complement clause: "he claimed" is the report
    ("The minister said she ", False),
    ("Asked about the fire, he ", False),
    ("Vell ", False),
])
def test_contact_relative_reading(before: str, inside: bool) -> None:
    assert bool(CONTACT_RELATIVE.search(before)) is inside


def test_a_claim_inside_a_noun_phrase_is_no_attribution_contrast() -> None:
    plain = ("The device the hijacker had strapped to his chest was fake, made of wires and a phone "
             "battery, Interior Minister Oren Dask told reporters.")
    inside = 'The "bomb" he claimed to carry was fake, made from wires and a phone battery.'
    assert _verbs(plain, inside) == []
    # the near miss: the outlet's own attribution verb still contrasts
    charged = ("The device the hijacker had strapped to his chest was fake, made of wires and a phone "
               "battery, Interior Minister Oren Dask claimed.")
    assert _verbs(plain, charged) != []
