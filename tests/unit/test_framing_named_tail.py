"""A speaker written as a determiner, a post and a name (session 22,
``attribution._named_tail``): "Its finance spokesman Henrik Lunde claimed ..." was keyed as
nobody (``speaker_key`` reads the determiner as a description), so the loaded verb was set
against no other outlet's "said" (invented dev d82). The name closing the phrase is the
speaker. Near misses: a name after a preposition is another person ("the lawyer of Ana
Brask"), a plural determiner tells no one person, and an organisation's name stays the
description it was. Invented text (a fictional fishing-quota row in Vessmark)."""

from __future__ import annotations

import pytest

from storylens.findings.attribution import _named_tail
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

TAILS = [
    ("Its finance spokesman Henrik Lunde", "Henrik Lunde"),
    ("His lawyer Levan Oridze", "Levan Oridze"),
    ("the party's leader Ana Brask", "Ana Brask"),
    ("The former Prime Minister Ivo Brant", "Prime Minister Ivo Brant"),
    # near misses
    ("the lawyer of Ana Brask", None),
    ("the minister and Ivo Brant", None),
    ("two officials Ana Brask", None),
    ("The governor", None),
    ("the regional Water Agency", None),
    ("Henrik Lunde", None),
]


@pytest.mark.parametrize("written,name", TAILS, ids=[t[0] for t in TAILS])
def test_named_tail(written, name):
    assert _named_tail(written) == name


LEDE = ("Vessmark's parliament voted on Tuesday to cut the herring quota for the northern "
        "fleet by a third from January.\n\n")
MORE = "\n\nThe northern fleet lands about 40,000 tonnes of herring a year."


def _lines(a: str, b: str) -> list[str]:
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text=LEDE + t + MORE)
            for i, (t, o) in enumerate(zip((a, b), ("Vessmark Post", "North Voice"), strict=True))]
    return [f.summary for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and f.detail.get("kind") in ("attribution_verb",
                                                                 "attribution_profile")]


CASES = [
    ("a post and a name after 'Its': the name is the speaker",
     '"This cut will empty the harbours of Nordvik and sink a hundred family boats," said '
     "Ola Brekk, the fishermen's union spokesman.",
     "The fishermen's union opposed the vote. Its spokesman Ola Brekk claimed the cut would "
     '"empty the harbours of Nordvik".', ("claimed", "Brekk")),
    ("near miss: the name after 'of' is another person",
     '"This cut will empty the harbours of Nordvik and sink a hundred family boats," said '
     "Ola Brekk, a skipper from Nordvik.",
     "The lawyer of Ola Brekk claimed the cut would \"empty the harbours of Nordvik\".", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_named_tail_speaker(case):
    _id, a, b, want = case
    lines = _lines(a, b)
    if want is None:
        assert not any("Brekk" in line for line in lines), lines
    else:
        assert any(all(w in line for w in want) for line in lines), lines
