"""omission and addition on invented text."""

from __future__ import annotations

from storylens.findings.common import FindingContext
from storylens.findings.coverage import anchors, find_additions, find_omissions
from storylens.models import Alignment, Article, Document
from storylens.segment import segment

OUTLETS = ["Harbour Post", "Vella Times", "Coast Courier", "Isle Daily", "Bay Monitor"]

LEAD = "The Draven ferry ran aground off Kessel Point on Tuesday, injuring 12 passengers."
REPAIR = "The operator postponed a 3-million-crown hull repair in 2024, records show."
RESCUE = "Coastguard crews from Tessel towed the ferry to port by midnight."
LOCAL_1 = "Fishermen at the Orvik quay said the current there has been unusually strong."
LOCAL_2 = "The harbour school used its gym as a shelter for the stranded passengers."
LOCAL_3 = "A bakery owner handed out bread and tea on the pier until dawn."


def _ctx(texts: list[list[str]]) -> FindingContext:
    """Articles of one paragraph per sentence; equal sentences are aligned verbatim."""
    docs: list[Document] = [
        segment(Article(id=f"a{i + 1}", source="t", outlet=OUTLETS[i], text="\n\n".join(t)))
        for i, t in enumerate(texts)
    ]
    groups: dict[str, list[str]] = {}
    for d in docs:
        for s in d.sentences:
            groups.setdefault(s.text, []).append(s.id)
    alignments = [Alignment("verbatim", tuple(ids), 1.0) for ids in groups.values() if len(ids) > 1]
    return FindingContext.build(docs, alignments)


def test_omission_in_one_of_four():
    ctx = _ctx([[LEAD, REPAIR, RESCUE], [LEAD, REPAIR, RESCUE], [LEAD, REPAIR], [LEAD, RESCUE]])
    found = find_omissions(ctx)
    assert [(f.detail["outlet"], [o["text"] for o in f.detail["omits"]]) for f in found] == [
        ("Coast Courier", [RESCUE]),
        ("Isle Daily", [REPAIR]),
    ]
    f = found[1]
    assert f.type == "omission"
    assert f.sentences == ("a1:s1",)
    assert f.summary.startswith("Isle Daily leaves out a point most other outlets carry")


def test_no_omission_with_three_articles_or_a_minority_fact():
    # three articles: a fact in two of them is not "most" by the >= 3 rule
    assert find_omissions(_ctx([[LEAD, REPAIR], [LEAD, REPAIR], [LEAD]])) == []
    # five articles, fact in three: under two thirds
    five = [[LEAD, REPAIR], [LEAD, REPAIR], [LEAD, REPAIR], [LEAD], [LEAD]]
    assert find_omissions(_ctx(five)) == []


def test_reworded_fact_with_same_names_and_numbers_is_not_omitted():
    reworded = "Records show a 3-million-crown hull repair was put off by the operator in 2024."
    ctx = _ctx([[LEAD, REPAIR], [LEAD, REPAIR], [LEAD, REPAIR], [LEAD, reworded]])
    assert find_omissions(ctx) == []


def test_addition_one_finding_per_outlet():
    ctx = _ctx([[LEAD, RESCUE, LOCAL_1, LOCAL_2, LOCAL_3], [LEAD, RESCUE]])
    (f,) = find_additions(ctx)
    assert f.type == "addition"
    assert f.detail["outlet"] == "Harbour Post"
    assert f.sentences == ("a1:s2", "a1:s3", "a1:s4")
    assert f.summary.startswith("Only Harbour Post carries 3 sentences no other outlet has")


def test_no_addition_for_one_unique_sentence_or_unrelated_article():
    assert find_additions(_ctx([[LEAD, RESCUE, LOCAL_1], [LEAD, RESCUE]])) == []
    # nothing shared at all: a different story, not an addition
    assert find_additions(_ctx([[LOCAL_1, LOCAL_2, LOCAL_3], [LEAD, RESCUE, REPAIR]])) == []


def test_menu_lines_are_not_additions():
    ctx = _ctx(
        [
            [
                LEAD,
                "Home | News | Harbour | Weather and tides today",
                "Share this on X or by email now",
            ],
            [LEAD],
        ]
    )
    assert find_additions(ctx) == []


def test_anchors():
    assert anchors(REPAIR) == {"3-million-crown", "2024"}
    assert anchors("Rina Vell met Tomas Krell in 2024.") == {"vell", "tomas", "krell", "2024"}
