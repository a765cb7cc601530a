"""Which side of a shared_source pair is the source (session 22): provenance's likely source
is the article in most shared groups, which a newspaper that copies the wire and also
shares with the other outlets can be; the line then named the wire as the copy of the
paper. Evidence from outside the shared text sets it: the article that credits the other's
outlet copies from it; the one published first (beyond the slack) is the source; none, or
conflicting, keeps provenance's order. Invented agencies and outlets throughout."""

from __future__ import annotations

from dataclasses import replace

import pytest
import support

from storylens.findings.common import FindingContext
from storylens.findings.source import find_shared_source, names_outlet
from storylens.models import Alignment, Article, Provenance, Removed

BODY = [
    "A cable car stalled above the Orvik gorge on Sunday, leaving 41 passengers stranded for six hours.",
    "Rescuers lowered the passengers one by one on ropes to a service road below the line.",
    "The operator said a drive motor failed and the backup brake locked the cabins in place.",
    "The line will stay closed until inspectors from the transport office have checked it.",
]
DATELINE = "ORVIK, Selmark ({}) - "


def _pair(wire_outlet: str, wire_first: str, paper_last: str, *, paper_outlet: str = "Vell Daily",
          wire_date: str | None = None, paper_date: str | None = None,
          paper_removed: tuple[Removed, ...] = (), wire_url: str | None = None,
          wire_last: str = BODY[3]):
    """The shared_source finding of a paper (a1, provenance's likely source) and a wire (a2)
    that share their first three sentences of narration word for word."""
    paper = support.make_doc("a1", paper_outlet, [*BODY[:3], paper_last], published=paper_date,
                             removed=paper_removed)
    wire = support.make_doc("a2", wire_outlet, [wire_first + BODY[0], *BODY[1:3], wire_last], published=wire_date)
    if wire_url:
        wire = replace(wire, article=replace(wire.article, url=wire_url))
    als = [Alignment("verbatim", (f"a1:s{i}", f"a2:s{i}"), 0.9) for i in range(3)]
    prov = Provenance({"a1": {"a2": 0.75}, "a2": {"a1": 0.75}}, "a1", {}, "test")
    (f,) = find_shared_source(FindingContext.build([paper, wire], als, prov))
    return f


CREDIT = "The line will stay closed, the Tarvel News Agency reported."


@pytest.mark.parametrize(("wire_outlet", "wire_first", "paper_last", "kw", "source"), [
    # the paper credits the wire's outlet: by its full name (the wire's own outlet a word
    # of its name, its initials, or the name itself), by the acronym its dateline gives
    ("wire-tna", DATELINE.format("TNA"), CREDIT, {}, "a2"),
    ("tna-wire", DATELINE.format("TNA"), CREDIT, {}, "a2"),
    ("Tarvel News Agency", DATELINE.format("TNA"), CREDIT, {}, "a2"),
    ("wire", DATELINE.format("TNA"), CREDIT, {"wire_url": "https://www.tna.example/orvik"}, "a2"),
    ("wire-tna", DATELINE.format("TNA"), "The line will stay closed, an official told TNA.", {}, "a2"),
    ("Ostrel Wire", DATELINE.format("Ostrel Wire"),
     "The line will stay closed, according to the Ostrel Wire.", {}, "a2"),
    # no credit: the one published first (by more than a day, dates without a time)
    ("Selmark Post", "", BODY[3], {"wire_date": "2026-03-10", "paper_date": "2026-03-13"}, "a2"),
    ("Selmark Post", "", BODY[3], {"wire_date": "2026-03-13", "paper_date": "2026-03-10"}, "a1"),
    # near misses, provenance's order kept: both credit one third agency (neither outlet is
    # it); the acronym only inside a word of the outlet; a credit on a picture line only;
    # dates a day apart; each credits the other; credit and dates at odds
    ("Orsk Herald", DATELINE.format("TNA"), CREDIT, {}, "a1"),
    ("Tnarvik Post", DATELINE.format("TNA"), CREDIT, {}, "a1"),
    ("wire-tna", DATELINE.format("TNA"), BODY[3],
     {"paper_removed": (Removed("Rescuers at the gorge. (Photo: Tarvel News Agency)", "photo-credit", 2),)},
     "a1"),
    ("Selmark Post", "", BODY[3], {"wire_date": "2026-03-10", "paper_date": "2026-03-11"}, "a1"),
    ("wire-tna", DATELINE.format("TNA"), CREDIT,
     {"paper_outlet": "Selmark Press Service",
      "wire_last": "The line will stay closed, the Selmark Press Service reported."}, "a1"),
    ("wire-tna", DATELINE.format("TNA"), CREDIT, {"wire_date": "2026-03-13", "paper_date": "2026-03-10"},
     "a1"),
])
def test_the_source_side(wire_outlet, wire_first, paper_last, kw, source):
    f = _pair(wire_outlet, wire_first, paper_last, **kw)
    assert f.detail["source"] == source, (f.summary, f.detail["direction"])
    assert f.detail["copy"] == ("a1" if source == "a2" else "a2")
    assert f.detail["likely_source"] is (source == "a1")


def test_a_turned_pair_reads_from_the_copy():
    f = _pair("wire-tna", DATELINE.format("TNA"), CREDIT)
    assert f.summary.startswith("Vell Daily shares 75% of its sentences with wire-tna"), f.summary
    assert f.detail["direction"] == "Vell Daily credits wire-tna ('Tarvel News Agency')"
    assert f.detail["credits"] == {"a2": ["TNA"], "a1": ["Tarvel News Agency"]}
    # (source sentence, copy sentence) pairs, in the copy's order
    assert f.sentences[:2] == ("a2:s0", "a1:s0")


def test_no_evidence_says_none():
    f = _pair("Orsk Herald", DATELINE.format("TNA"), CREDIT)
    assert f.detail["direction"] is None


@pytest.mark.parametrize(("name", "outlet", "url", "expected"), [
    ("TNA", "wire-tna", None, True),
    ("Tarvel News Agency", "tna-wire", None, True),
    ("TNA", "Tarvel News Agency", None, True),
    ("Ostrel Wire", "Ostrel Wire", None, True),
    ("Ostrel", "ostrel-wire", None, True),
    ("TNA", "wire", "https://tna.example/a", True),
    # near misses: part of a word, another outlet's initials, a one-word credit's initial
    ("TNA", "Tnarvik Post", None, False),
    ("TNA", "Vell Daily", None, False),
    ("Tarvel", "t-wire", None, False),
    ("Tarvel News Agency", "Selmark Post", "https://selmarkpost.example", False),
])
def test_names_outlet(name, outlet, url, expected):
    assert names_outlet(name, Article("a1", "t", outlet, "x", url=url)) is expected
