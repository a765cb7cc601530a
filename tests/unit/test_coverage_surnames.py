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
    return {k for facts in C.carried_facts(ctx)[1].values() for kind, k, _ in facts if kind == "person"}


def test_a_full_name_is_not_carried_by_another_person_of_that_surname():
    # "Vance is expected ..." (B) is Teodor Vance there, and the story has two Vances
    assert "orla vance" not in _shared_names(A, B_RIVAL)


def test_near_miss_a_full_name_is_carried_by_its_surname_when_it_is_the_only_one():
    assert "orla vance" in _shared_names(A, B_SURNAME)


def test_near_miss_the_same_full_name_in_both_is_shared_beside_a_namesake():
    b = B_RIVAL + ["Orla Vance declined to comment on her rival's remarks."]
    assert "orla vance" in _shared_names(A, b)


def test_the_story_s_ambiguous_surnames():
    # one article each: neither Vance is the story's main one
    comp = _compare(A, B_RIVAL + ["Mara Quill and Mara J. Quill are one name."])
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    assert C._ambiguous_surnames(ctx) == {"vance"}


def test_near_miss_a_surname_with_a_main_bearer_is_not_ambiguous():
    # Orla Vance named in both articles, Teodor in one: "Vance" alone is Orla in the story
    comp = _compare(A, B_RIVAL + ["Orla Vance and O. Vance are one name."])
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    assert C._surname_people(ctx) == (frozenset(), frozenset({"teodor vance"}))


@pytest.mark.parametrize("a, b, one", [
    ("donald trump", "donald trump", True), ("d trump", "donald trump", True),
    ("donald j trump", "donald trump", True), ("pena nieto", "enrique pena nieto", True),
    ("donald trump", "ivana trump", False), ("d trump", "ivana trump", False),
    ("do trump", "donald trump", False), ("bill clinton", "hilari clinton", False),
    ("o.r vance", "orla vance", True), ("j.b pritzker", "jb pritzker", True),
    ("o.r vance", "teodor vance", False), ("jo vance", "orla vance", False),
])
def test_one_person(a, b, one):
    assert C._one_person(a, b) is one


# The story's main Vance: two outlets name the minister in full, one of them also her
# rival once; the third writes only "Vance" (the minister, as a reader takes it).
A_MAIN = A + ["Opposition leader Teodor Vance said the minister had misled the unions."]
B_MAIN = SHARED + [
    "Orla Vance told reporters the rota would stay in place until the spring.",
    "Orla Vance is due to brief the cabinet on Thursday.",
    "Bus services to the port were suspended.",
]
C_BARE = SHARED + [
    "Vance, the port minister, refused to withdraw the rota.",
    "Vance has said little in public since the walkout began.",
    "The harbour board offered to mediate between the two sides.",
]
# near miss: the third names the rival in full, so its bare "Vance" is the rival
C_RIVAL = SHARED + [
    "Opposition leader Teodor Vance called the strike a failure of government.",
    "Vance is expected to raise the dispute in parliament next week.",
    "The harbour board offered to mediate between the two sides.",
]


def _compare3(*texts):
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {'ABC'[i]}", text="\n\n".join(t))
            for i, t in enumerate(texts)]
    return compare_articles(arts, Options())


def test_a_bare_surname_is_the_story_s_main_bearer_of_it():
    comp = _compare3(A_MAIN, B_MAIN, C_BARE)
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    assert C._surname_people(ctx) == (frozenset(), frozenset({"teodor vance"}))
    index = C._carried_once(ctx)[2]
    orla = next(f for f in C.facts_of(ctx.docs[0]) if f.key == "orla vance")
    teodor = next(f for f in C.facts_of(ctx.docs[0]) if f.key == "teodor vance")
    c = ctx.docs[2].id
    assert index.gives(c, orla)          # "Vance, the port minister" is Orla Vance
    assert not index.gives(c, teodor)    # and never the rival named once elsewhere


def test_near_miss_an_article_naming_the_rival_in_full_means_the_rival():
    comp = _compare3(A_MAIN, B_MAIN, C_RIVAL)
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    index = C._carried_once(ctx)[2]
    orla = next(f for f in C.facts_of(ctx.docs[0]) if f.key == "orla vance")
    assert not index.gives(ctx.docs[2].id, orla)


def test_near_miss_initials_written_apart_are_the_same_person():
    c = SHARED + [
        "Port minister O.R. Vance refused to withdraw the rota.",
        "Vance has said little in public since the walkout began.",
        "The harbour board offered to mediate between the two sides.",
    ]
    a = A + ["Opposition leader Teodor Vance said the minister had misled the unions."]
    comp = _compare3(a, B_MAIN, c)
    ctx = FindingContext.build(comp.documents, comp.alignments, comp.provenance)
    index = C._carried_once(ctx)[2]
    orla = next(f for f in C.facts_of(ctx.docs[0]) if f.key == "orla vance")
    own = [k for k in index.surnames[ctx.docs[2].id].get("vance", ()) if len(k.split()) >= 2]
    assert own and all(k != "orla vance" for k in own), own  # its own spelling, initials
    assert index._own_bearer(ctx.docs[2].id, orla), own
