"""A close rewrite of a sentence that other outlets copy joins their group (align step 5),
and the copies stay copies (``Alignment.copies``, provenance); invented story and outlets."""

from __future__ import annotations

import pytest

from storylens.align import align
from storylens.models import Alignment, Article, Document
from storylens.options import Options
from storylens.provenance import _copied_cores, provenance
from storylens.segment import segment

WIRE = [
    "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks in two pillars.",
    "Ferries will carry commuters across the Elm estuary until repairs are finished in June.",
    "Repairs are expected to cost about $12 million, according to the city budget office.",
    "The Harbourview Bridge opened in 1931 and carries 20,000 cars a day.",
]
REWRITE = [
    "Engineers discovered cracked pillars, so the Harbourview Bridge was shut by Varga on Monday.",
    "Until the June finish of repairs, commuters must take ferries over the Elm estuary.",
    "The city budget office puts the repair bill at about $12 million.",
    WIRE[3],
]


def doc(i: int, sentences: list[str]) -> Document:
    return segment(Article(f"a{i}", f"t{i}", f"Outlet {i}", " ".join(sentences)))


def test_a_close_rewrite_joins_the_copies_and_they_still_count_as_copied() -> None:
    # a1 copies three wire sentences, a3 rewrites two of them and copies the fourth: the
    # rewrites join the copy groups (paraphrase groups naming their copied core), and the
    # wire is still named the source on its four copied sentences of narration (with the
    # groups read by kind alone it would have two, under provenance.SOURCE_FLOOR)
    docs = [doc(1, WIRE[:3]), doc(2, WIRE), doc(3, REWRITE)]
    als, unique = align(docs, Options())
    assert [(a.kind, a.sentences, a.copies) for a in als] == [
        ("paraphrase", ("a1:s0", "a2:s0", "a3:s0"), (("a1:s0", "a2:s0"),)),
        ("paraphrase", ("a1:s1", "a2:s1", "a3:s1"), (("a1:s1", "a2:s1"),)),
        ("verbatim", ("a1:s2", "a2:s2"), ()),
        ("verbatim", ("a2:s3", "a3:s3"), ()),
    ]
    assert unique == ["a3:s2"]  # "puts the repair bill at": under the close score
    p = provenance(docs, als)
    assert p.source == "a2"
    assert "4 copied sentences" in p.explanation
    assert p.scores == {"a1": 0.75, "a2": 1.0, "a3": 0.5}


def test_copied_cores_weigh_as_their_copies() -> None:
    al = Alignment("paraphrase", ("a1:s0", "a2:s0", "a3:s0"), 0.6, copies=(("a1:s0", "a2:s0"),))
    assert _copied_cores(al) == ((("a1:s0", "a2:s0"),), {"a1:s0": 1.0, "a2:s0": 1.0})
    plain = Alignment("edited", ("a1:s0", "a2:s0"), 0.7)
    assert _copied_cores(plain) == ((("a1:s0", "a2:s0"),), {})


# Near misses: a sentence that shares the copies' names and numbers but tells another fact
# stays out of their group. Each: (copy 1, copy 2, the third outlet's sentence).
NEAR_MISSES = {
    # the copied fact in a side clause of a sentence about something else: close to the copy
    # that words it alike, not to the other (the join needs an edge with every copy)
    "side clause": (
        "Its founder, Oriel Danvers, whose son Tomas drowned off Kelsby pier in 2021, said the ruling was long overdue.",
        "Oriel Danvers, whose son drowned in 2021, said the court's ruling was long overdue and should have come sooner.",
        "Oriel Danvers, whose son Tomas drowned off Kelsby pier in 2021, founded the swimmers' group Harbour Watch "
        "that pressed for the ban.",
    ),
    # the same names and number, another claim
    "another claim": (
        "Harbour Watch counted 40 damaged boats in Kelsby harbour on Friday.",
        "Harbour Watch counted 40 damaged boats in Kelsby harbour on Friday.",
        "Harbour Watch said on Friday that 40 volunteers would repaint the boats in Kelsby harbour.",
    ),
    # the copied claim denied
    "denied": (
        "The Kelsby council approved the 40-berth marina extension on Friday.",
        "The Kelsby council approved the 40-berth marina extension on Friday.",
        "Friday's approval of the 40-berth marina extension by the Kelsby council was never put to a vote, its clerk said.",
    ),
}


@pytest.mark.parametrize("case", list(NEAR_MISSES))
def test_a_near_miss_never_joins_the_copies(case: str) -> None:
    c1, c2, other = NEAR_MISSES[case]
    als, unique = align([doc(1, [c1]), doc(2, [c2]), doc(3, [other])], Options())
    assert [a.sentences for a in als] == [("a1:s0", "a2:s0")]
    assert unique == ["a3:s0"]


def test_two_copy_groups_never_merge_through_a_rewrite() -> None:
    # a1 and a2 copy one wording, a3 and a4 another: each pair stays its own copy group
    # (a paraphrase joins a copy group only from a sentence in no group)
    s = "Mayor Ilse Varga closed the Harbourview Bridge on Monday after engineers found cracks in two pillars."
    r = "Engineers discovered cracked pillars, so the Harbourview Bridge was shut by Varga on Monday."
    als, _ = align([doc(1, [s]), doc(2, [s]), doc(3, [r]), doc(4, [r])], Options())
    assert sorted((a.kind, a.sentences) for a in als) == [
        ("verbatim", ("a1:s0", "a2:s0")), ("verbatim", ("a3:s0", "a4:s0"))]
    # with every paraphrase on (Options.paraphrases) the four are one group of two cores
    als, _ = align([doc(1, [s]), doc(2, [s]), doc(3, [r]), doc(4, [r])], Options(paraphrases=True))
    assert [(a.kind, a.copies) for a in als] == [("paraphrase", (("a1:s0", "a2:s0"), ("a3:s0", "a4:s0")))]



def test_the_json_names_the_copied_core() -> None:
    import jsonschema

    from storylens.pipeline import compare_articles
    from storylens.report.jsonout import load_schema, to_json

    arts = [doc(1, WIRE[:3]).article, doc(2, WIRE).article, doc(3, REWRITE).article]
    out = to_json(compare_articles(arts, Options()))
    jsonschema.Draft202012Validator(load_schema()).validate(out)
    assert [al.get("copies") for al in out["alignments"]] == [
        [["a1:s0", "a2:s0"]], [["a1:s1", "a2:s1"]], None, None]


def test_a_rewrite_close_to_one_copy_only_stays_out() -> None:
    # review (session 14): the near misses above have no edge with either copy, so they
    # pass without the complete-linkage test of _joins_copies. Here the third sentence is
    # a close paraphrase of the longer copy (the side clause it shares, 0.59) and has no
    # edge with the shorter one: it tells another fact (the mother's campaign), stays out
    c1 = "Oriel Danvers, whose son Tomas drowned off Kelsby pier in August 2021, said the harbour ruling was long overdue."
    c2 = "Oriel Danvers said the harbour ruling was long overdue."
    other = ("Tomas Danvers drowned off Kelsby pier in August 2021, and his mother Oriel has campaigned for a "
             "harbour ban ever since.")
    pair, _ = align([doc(1, [c1]), doc(3, [other])], Options())
    assert [a.kind for a in pair] == ["paraphrase"]  # alone with the longer copy, it aligns
    als, unique = align([doc(1, [c1]), doc(2, [c2]), doc(3, [other])], Options())
    assert [(a.kind, a.sentences) for a in als] == [("edited", ("a1:s0", "a2:s0"))]
    assert unique == ["a3:s0"]
