"""Intensity classes: two words of one class differ in degree, not in framing.

"stormed" against "broke into" (both a forced entry) was shown by default as loaded
wording; "warmongering" against "hawkish" (a judgement of intent against a policy label)
is a real contrast and must stay. Invented sentences and outlets.
"""

from __future__ import annotations

import pytest

from storylens.analysis import analyse
from storylens.findings.common import FindingContext
from storylens.findings.framing import find_framing
from storylens.models import Alignment, Article, Document
from storylens.rules.loaded_terms import INTENSITY_CLASSES, TERM_SETS, intensity_class
from storylens.segment import segment

OUTLETS = ["Harbour Post", "Vella Times"]


def _framing(a: str, b: str):
    docs: list[Document] = [
        analyse(segment(Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text=t)))
        for i, t in enumerate((a, b))
    ]
    group = Alignment("edited", ("a1:s0", "a2:s0"), 0.8)
    return [(f.detail["a"]["word"], f.detail["b"]["word"])
            for f in find_framing(FindingContext.build(docs, [group]))]


CASES = [
    # one class: no contrast
    pytest.param("Hundreds of protesters broke into the Vellan consulate in Orm on Tuesday.",
                 "Hundreds of protesters stormed the Vellan consulate in Orm on Tuesday.",
                 [], id="broke-into-vs-stormed"),
    pytest.param("Hundreds of protesters broke into the Vellan consulate in Orm on Tuesday.",
                 "Hundreds of protesters overran the Vellan consulate in Orm on Tuesday.",
                 [], id="broke-into-vs-overran"),
    pytest.param("A guard dragged the woman towards the Vellan envoy on Tuesday.",
                 "A guard yanked the woman towards the Vellan envoy on Tuesday.",
                 [], id="dragged-vs-yanked"),
    # two classes: a contrast, the plain word first
    pytest.param("Hundreds of protesters entered the Vellan consulate in Orm on Tuesday.",
                 "Hundreds of protesters stormed the Vellan consulate in Orm on Tuesday.",
                 [("entered", "stormed")], id="entered-vs-stormed"),
    pytest.param("Hundreds of protesters reached the Vellan consulate in Orm on Tuesday.",
                 "Hundreds of protesters overran the Vellan consulate in Orm on Tuesday.",
                 [("reached", "overran")], id="reached-vs-overran"),
    pytest.param("The envoy criticised the hawkish speech of the Vellan defence minister.",
                 "The envoy criticised the warmongering speech of the Vellan defence minister.",
                 [("hawkish", "warmongering")], id="hawkish-vs-warmongering"),
    pytest.param("Police dispersed the unrest in Orm after two hours on Tuesday.",
                 "Police dispersed the riot in Orm after two hours on Tuesday.",
                 [("unrest", "riot")], id="unrest-vs-riot-unchanged"),
]


@pytest.mark.parametrize(("a", "b", "expected"), CASES)
def test_intensity_classes(a, b, expected):
    assert _framing(a, b) == expected


def test_classes_name_only_terms_of_their_set():
    terms = {ts.name: ts.terms for ts in TERM_SETS}
    for name, classes in INTENSITY_CLASSES.items():
        assert set(classes) == set(terms[name]), name  # every term of a listed set has a class


def test_unlisted_sets_keep_one_class_per_charge():
    assert intensity_class("stance", "hawkish", 1) != intensity_class("stance", "warmongering", 2)
    assert intensity_class("entry", "broke into", 1) == intensity_class("entry", "stormed", 2)
