"""A sentence's fact mentions are made once per distinct sentence and context
(findings/fact_cache.py): a wire copy's sentence elsewhere in another article reads the
same as made afresh, and a copy whose context differs (inside a quotation opened a
sentence before, another publication day) is made afresh. The conflict group's side
filter asks its agreement question once per pair of readings, with the same result as
asking it per pair of members. Invented text about a fictional ferry strike in Port
Marrow."""

from __future__ import annotations

from dataclasses import dataclass, fields

import pytest

import storylens.findings.fact_cache as FC
import storylens.findings.facts as F
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

WIRE = "At least 14 people have died since the Port Marrow ferry strike began on Monday."


@pytest.fixture(autouse=True)
def _no_spacy(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(F, "_spacy", lambda: None)
    FC._store.clear()
    yield
    FC._store.clear()


def _docs(texts: list[str], published: list[str | None] | None = None):
    pubs = published or [None] * len(texts)
    arts = [Article(id=f"a{i + 1}", source="t", outlet=f"Outlet {i + 1}", text=t, published=p)
            for i, (t, p) in enumerate(zip(texts, pubs, strict=True))]
    return compare_articles(arts, Options()).documents


def _fresh(doc):
    """The document's mentions made with nothing cached."""
    FC._store.clear()
    return F.doc_mentions.__wrapped__(doc)


def _flat(by_sentence) -> list[tuple]:
    """Every field of every mention, its quantity's too, offsets and ids included."""
    return [(sid, tuple(getattr(m, f.name) for f in fields(m) if f.name != "q"),
             tuple(getattr(m.q, f.name) for f in fields(m.q))) for sid, ms in by_sentence for m in ms]


def _mention(by_sentence, text: str):
    return next(m for _, ms in by_sentence for m in ms if m.q.text == text)


def test_wire_copy_at_other_offsets_reads_as_made_afresh():
    a, b = _docs([WIRE + " Crews were told to stay home.",
                  "Talks at the harbour office broke down late on Sunday night. " + WIRE])
    want = _flat(_fresh(b))
    FC._store.clear()
    F.doc_mentions.__wrapped__(a)  # a's copy stored
    assert FC._store
    got = F.doc_mentions.__wrapped__(b)  # b's copy from the store
    assert _flat(got) == want
    m = _mention(got, "14")
    assert m.article == "a2" and b.article.text[m.q.start:m.q.end] == "14" and m.bound == "min"


def test_copy_inside_a_quotation_opened_before_is_made_afresh():
    plain, quoted = _docs([WIRE, 'The union said: "We warned the council twice. ' + WIRE
                                   + ' We will not back down."'])
    FC._store.clear()
    F.doc_mentions.__wrapped__(plain)
    got = F.doc_mentions.__wrapped__(quoted)
    assert _flat(got) == _flat(_fresh(quoted))
    assert _mention(got, "14").quoted


def test_copy_published_another_day_is_made_afresh():
    one, two = _docs([WIRE, WIRE], ["2025-03-04", "2025-03-05"])
    FC._store.clear()
    F.doc_mentions.__wrapped__(one)
    got = F.doc_mentions.__wrapped__(two)
    assert _flat(got) == _flat(_fresh(two))
    assert _mention(got, "14").issued != _mention(_fresh(one), "14").issued


def test_store_is_bounded(monkeypatch):
    monkeypatch.setattr(FC, "MAX_SENTENCES", 2)
    docs = _docs(["Some 300 crew walked out.", "Some 310 crew walked out.",
                  "Some 320 crew walked out."])
    for d in docs:
        F.doc_mentions.__wrapped__(d)
    assert len(FC._store) <= 2


@dataclass(frozen=True, eq=False)
class _Side:
    article: str
    value: int


def _agree(x: _Side, y: _Side) -> bool:
    return abs(x.value - y.value) <= 1


@pytest.mark.parametrize("values", [
    [("a1", 60), ("a2", 62), ("a3", 90)],                 # 60 and 62 meet; 90 meets neither
    [("a1", 60), ("a1", 90), ("a2", 60)],                 # a1's own 90 is no other side
    [("a1", 60), ("a2", 60), ("a3", 60)],                 # all agree: no side
    [("a1", 5), ("a2", 5), ("a2", 9), ("a3", 9), ("a3", 5), ("a1", 20)],
])
def test_sides_as_asked_per_pair_of_members(values):
    members = [_Side(a, v) for a, v in values]
    naive = [m for m in members if any(n.article != m.article and not _agree(m, n)
                                       for n in members)]
    got = FC.sides(members, _agree, lambda m: (m.value,))
    assert [id(m) for m in got] == [id(m) for m in naive]
