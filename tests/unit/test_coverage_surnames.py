"""A one-word name in the coverage facts ("Vance") matches a full name ("Orla Vance") only
when that is the one person of the story with the surname, by its name clusters; with two
("Orla Vance", "Teodor Vance") it is ambiguous and matches neither (s8 reader: an unrelated
PolNeAR pair was tied by "Ivana Trump" = "Trump" = "Donald Trump"). Invented story (the
fictional port of Vella, its minister Orla Vance and her rival Teodor Vance).
"""

from __future__ import annotations

import pytest

from storylens.findings import FindingContext
from storylens.findings import coverage as C
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

SHARED = [
    "Dock workers in Vella walked out on Monday over a new shift rota, closing the container port.",
    "Ships queued in the bay as the strike entered its second day on Tuesday.",
    "The union said the rota would cut night pay by a fifth for most crews.",
]
A = SHARED + [
    "Port minister Orla Vance met union leaders on Tuesday evening but no deal was reached.",
    "Orla Vance said the rota was needed to keep the port competitive.",
    "Local traders said fresh fruit was already running short in the city's markets.",
]
# the other outlet names only her rival, Teodor Vance, and "Vance" alone
B_RIVAL = SHARED + [
    "Opposition leader Teodor Vance called the strike a failure of government.",
    "Teodor Vance urged both sides to accept mediation by the harbour board.",
    "Vance is expected to raise the dispute in parliament next week.",
]
# near miss: one Vance in the story, named by her surname alone
B_SURNAME = SHARED + [
    "Vance, the port minister, is expected to address parliament on the dispute next week.",
    "Vance has said little in public since the walkout began.",
    "The harbour board offered to mediate between the two sides.",
]


def _compare(*texts):
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'AB'[i]}", text="\n\n".join(t))
            for i, t in enumerate(texts)]
    return compare_articles(arts, Options())


@pytest.fixture(autouse=True)
def _all_listed(monkeypatch):
    monkeypatch.setattr(C, "SUMMARY_TOP", 50)


def _shared_names(*texts):
    comp = _compare(*texts)
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    return {k for facts in C._carried(ctx)[1].values() for kind, k, _ in facts if kind == "person"}


def test_a_full_name_is_not_carried_by_another_person_of_that_surname():
    # "Vance is expected ..." (B) is Teodor Vance there, and the story has two Vances
    assert "orla vance" not in _shared_names(A, B_RIVAL)


def test_near_miss_a_full_name_is_carried_by_its_surname_when_it_is_the_only_one():
    assert "orla vance" in _shared_names(A, B_SURNAME)


def test_near_miss_the_same_full_name_in_both_is_shared_beside_a_namesake():
    b = B_RIVAL + ["Orla Vance declined to comment on her rival's remarks."]
    assert "orla vance" in _shared_names(A, b)


def test_the_story_s_ambiguous_surnames():
    comp = _compare(A, B_RIVAL + ["Orla Vance and O. Vance are one name; Mara Quill and Mara J. Quill too."])
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    assert C._ambiguous_surnames(ctx) == {"vance"}


@pytest.mark.parametrize("a, b, one", [
    ("donald trump", "donald trump", True), ("d trump", "donald trump", True),
    ("donald j trump", "donald trump", True), ("pena nieto", "enrique pena nieto", True),
    ("donald trump", "ivana trump", False), ("d trump", "ivana trump", False),
    ("do trump", "donald trump", False), ("bill clinton", "hilari clinton", False),
])
def test_one_person(a, b, one):
    assert C._one_person(a, b) is one
