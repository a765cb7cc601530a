"""A document is no speaker of the aligned attribution rule (session 38, fix38f), on invented
articles about a fictional harbour-toll audit in Velmora.

"Inspectors counted the ferries at the quay, the report says." and "The harbour board
insisted there was no sign of fraud after inspectors reported a shortfall ..." are two
statements (the auditors' document, the board's denial): the report's "says" was read as
the board's plain verb, a speaker not read and so taken as the same (dev d267, --on all).
A subject whose head is a document or evidence (rules/attribution EVIDENCE_SUBJECT_HEADS,
written lower case) is now no one's voice; two documents, or a person told twice, still
meet.
"""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("framing_on")

LEDE_A = "An audit found that the Velmora harbour board collected 3 million crowns less in tolls than it recorded."
LEDE_B = "State inspectors found a 3 million crown gap in the Velmora harbour board's toll accounts."
CLAIM = "the toll gates at the north quay had been counted twice in the spring."


def _verbs(a: str, b: str) -> list[tuple[str, str]]:
    arts = [Article(id="a1", source="t", outlet="Velmora Courier", text=f"{LEDE_A} {a}"),
            Article(id="a2", source="t", outlet="Quay Sentinel", text=f"{LEDE_B} {b}")]
    comp = compare_articles(arts, Options(framing=True, story_framing=False))
    return [(f.detail["a"]["word"], f.detail["b"]["word"]) for f in comp.findings
            if f.type == "framing" and f.detail["kind"] == "attribution_verb"]


FOUND = [
    ("one named speaker on both sides",
     f"Board chair Ilka Dorran said {CLAIM}", f"Board chair Ilka Dorran insisted {CLAIM}"),
    ("a pronoun is still the aligned sentence's speaker",
     f"Asked about the gap, she said {CLAIM}", f"Board chair Ilka Dorran insisted {CLAIM}"),
]

NOT_FOUND = [
    ("the report's verb against the board's",
     f"Inspectors said {CLAIM[:-1]}, the report says.", f"The harbour board insisted {CLAIM}"),
    ("the audit's verb against a named chair",
     f"The audit said {CLAIM}", f"Board chair Ilka Dorran insisted {CLAIM}"),
]


@pytest.mark.parametrize("case", FOUND, ids=[c[0] for c in FOUND])
def test_one_speaker_still_compared(case):
    _name, a, b = case
    assert _verbs(a, b), case


@pytest.mark.parametrize("case", NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_document_is_no_speaker(case):
    _name, a, b = case
    assert not _verbs(a, b), (case, _verbs(a, b))
