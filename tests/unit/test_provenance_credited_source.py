"""The likely source when the article in most shared groups copies another one (session
22): a paper that copies a wire and also shares a line with each other outlet is in more
groups than the wire, and was named the story's source. Among it and the articles that share
SOURCE_FLOOR copied sentences of narration with it, the one whose outlet another of them
credits (crediting none of them) is the source, else the one published first; no evidence,
or mixed evidence, keeps the article in most groups. Invented outlets and places."""

from __future__ import annotations

import pytest

from storylens.align import align
from storylens.models import Article, Document, Removed
from storylens.options import Options
from storylens.provenance import provenance
from storylens.segment import segment

WIRE = [
    "A cable car stalled above the Orvik gorge on Sunday, leaving 41 passengers stranded for six hours.",
    "Rescuers lowered the passengers one by one on ropes to a service road below the line.",
    "The operator said a drive motor failed and the backup brake locked the cabins in place.",
    "The line will stay closed until inspectors from the transport office have checked it.",
]
# lines the paper shares with the other two outlets, not with the wire
WITH_LEFT = "Tourism owners in the valley said the closure would cost them most of the autumn season."
WITH_RIGHT = "The regional council voted last year to delay a full overhaul of the ageing cable line."
LEFT_OWN = "Volunteers from the Orvik mountain club brought blankets and hot tea to the road."
RIGHT_OWN = "The council leader blamed the delay on rising steel prices across the whole region."
DATELINE = "ORVIK, Selmark ({}) - "
CREDIT = "The operator was questioned by inspectors, the Tarvel News Agency reported."


def _docs(*, wire_outlet: str = "wire-tna", wire_first: str = DATELINE.format("TNA"),
          paper_extra: str = CREDIT, paper_first: str = "", wire_last: str = WIRE[3],
          copied: int = 4, wire_date: str | None = None, paper_date: str | None = None,
          paper_removed: tuple[Removed, ...] = (), paper_outlet: str = "Vell Daily") -> list[Document]:
    """The wire (a1), a paper (a2) that copies its first ``copied`` sentences and shares one
    line with each of two other outlets (a3, a4), which is what puts it in most groups."""
    wire = [wire_first + WIRE[0], *WIRE[1:3], wire_last]
    paper = [paper_first + WIRE[0], *WIRE[1:copied], WITH_LEFT, WITH_RIGHT, paper_extra]
    arts = [
        Article("a1", "t1", wire_outlet, "\n\n".join(wire), published=wire_date),
        Article("a2", "t2", paper_outlet, "\n\n".join(paper), published=paper_date,
                removed=paper_removed),
        Article("a3", "t3", "Selmark Left", "\n\n".join([LEFT_OWN, WITH_LEFT])),
        Article("a4", "t4", "Selmark Right", "\n\n".join([RIGHT_OWN, WITH_RIGHT])),
    ]
    return [segment(a) for a in arts]


def _source(**kw) -> tuple[str | None, str]:
    docs = _docs(**kw)
    p = provenance(docs, align(docs, Options())[0])
    return p.source, p.explanation


@pytest.mark.parametrize(("kw", "source"), [
    # the paper credits the wire's outlet: by name in its text (the wire's outlet a word of
    # its dateline's acronym), by the wire's acronym in its own dateline, the wire named in full
    ({}, "a1"),
    ({"paper_extra": WITH_LEFT.replace("valley", "Orvik valley"),
      "paper_first": DATELINE.format("TNA")}, "a1"),
    ({"wire_outlet": "Tarvel News Agency"}, "a1"),
    # no credit: the wire published first (more than a day before, dates without a time)
    ({"paper_extra": LEFT_OWN.replace("Volunteers", "Neighbours"), "wire_date": "2026-03-10",
      "paper_date": "2026-03-13"}, "a1"),
    # near misses, the paper kept: both credit one third agency that is neither outlet; the
    # paper credits an outlet not in the story; a credit on a picture line only; dates a day
    # apart; the credited wire published days after the paper (mixed); each credits the
    # other; the credited wire shares only two copied sentences with the paper
    ({"wire_outlet": "Orsk Herald", "paper_first": DATELINE.format("TNA")}, "a2"),
    ({"wire_outlet": "Orsk Herald", "wire_first": "",
      "paper_extra": "The operator was questioned by inspectors, the Lisk Courier reported."}, "a2"),
    ({"paper_extra": LEFT_OWN.replace("Volunteers", "Neighbours"),
      "paper_removed": (Removed("Rescuers at the gorge. (Photo: Tarvel News Agency)", "photo-credit", 2),)},
     "a2"),
    ({"paper_extra": LEFT_OWN.replace("Volunteers", "Neighbours"), "wire_date": "2026-03-10",
      "paper_date": "2026-03-11"}, "a2"),
    ({"wire_date": "2026-03-16", "paper_date": "2026-03-10"}, "a2"),
    ({"paper_outlet": "Selmark Press Service",
      "wire_last": "The line will stay closed for weeks, the Selmark Press Service reported."}, "a2"),
    ({"copied": 2}, "a2"),
])
def test_the_likely_source(kw, source):
    src, why = _source(**kw)
    assert src == source, why


def test_the_turned_source_says_why():
    src, why = _source()
    assert src == "a1"
    assert "fewer than a2 (Vell Daily, 100%), which copies its narration" in why and "a credit: a2 names it ('Tarvel News Agency')" in why


def test_no_evidence_keeps_the_old_words():
    src, why = _source(wire_outlet="Orsk Herald", wire_first="",
                       paper_extra=LEFT_OWN.replace("Volunteers", "Neighbours"))
    assert src == "a2" and "the most of any article" in why
