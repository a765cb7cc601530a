"""Loaded terms across the story, session 19 (issue 12 item 3): "rioting", the act's own
noun, is a term of the ``unrest`` set as "riot" is (invented dev t67: "five nights of
protests" / "five nights of rioting" for the same nights), and a loaded term in a
sentence that names a year neither its article's own nor the plain sentence's may tell
another event (``framing._dated_apart``: "In 2021, rioting broke out after another
shooting" is no account of this week's protests; dev d26, the 2019 fuel riots against
this autumn's protests, read wrong). Near misses: a year only the plain side names dates
the act it tells; the word in a speaker's quote; two places. Invented text (a fictional
acquittal in Varn)."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 23: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("A court in Varn acquitted police officer Tomas Reil on Monday of killing a "
        "16-year-old driver at a traffic stop last June. The jury deliberated for two days.\n\n")


def _terms(a: str, b: str) -> list[str]:
    arts = [Article(id="a1", source="t", outlet="Varn Courier", text=LEDE + a),
            Article(id="a2", source="t", outlet="Norland Voice", text=LEDE + b)]
    return [f.summary for f in compare_articles(arts, Options()).findings
            if f.type == "framing" and "rioting" in f.summary]


CASES = [
    # (id, Courier, Voice, a 'rioting' finding expected)
    ("the same nights: protests against rioting",
     "The killing set off five nights of protests in Varn last summer.",
     "The shooting was followed by five nights of rioting in Varn.", True),
    ("a year only the plain side names dates the nights it tells",
     "The killing set off five nights of protests in Varn in June 2025.",
     "The shooting was followed by five nights of rioting in Varn.", True),
    ("near miss: the loaded sentence dates another event",
     "The killing set off five nights of protests in Varn last summer.",
     "In 2021, rioting broke out in Varn after another driver was shot by police.", False),
    ("near miss: the word is a speaker's, in a quote",
     "The killing set off five nights of protests in Varn last summer.",
     '"Five nights of rioting taught this city nothing," the mayor said.', False),
]


def test_rioting_table():
    for name, courier, voice, expected in CASES:
        got = _terms(courier, voice)
        assert bool(got) is expected, (name, got)
