"""A figure inside a quote meets narration only when measure and referent match strictly
(session 14, facts14).

Session 13's held-out reads set figures a speaker gives inside a quote against narration
of another measure through shared words alone. A quoted figure (``facts._Mention.quoted``:
between paired quote marks, ``analysis.quotes.marks``) meets a figure of narration only
when a head word or the counted noun is shared, one person's age or one event's year, and
the same places are named, or none on either side (``facts._strict``). Two narrations, or
two quotes, keep the plain rules. Invented text only.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import facts
from storylens.findings.common import FindingContext
from storylens.findings.facts import doc_mentions, find_fact_conflicts
from storylens.models import Alignment
from storylens.options import Options


@pytest.fixture(autouse=True)
def _rules_only(monkeypatch):
    monkeypatch.setattr("storylens.analysis.names._spacy", lambda: None)
    monkeypatch.setattr(facts, "_spacy", lambda: None)


def _values(a: str, b: str, aligned: bool) -> list[set[str]]:
    docs = [support.make_doc("a1", "Tannick Courier", [a], published="2026-05-16"),
            support.make_doc("a2", "Orvel Herald", [b], published="2026-05-16")]
    als = [Alignment("paraphrase", ("a1:s0", "a2:s0"), 0.6)] if aligned else []
    found = find_fact_conflicts(FindingContext.build(docs, als, options=Options()))
    return [{str(v["text"]).lower() for v in f.detail["values"]} for f in found]


@pytest.mark.parametrize(("a", "b", "aligned", "want"), [
    # a quoted span of another act set against the narration's: no measure in common
    ("Mayor Oda Brenn said repairs to the Kessel bridge would take 14 weeks.",
     'Mayor Oda Brenn said: "Traders waited 20 weeks for the Kessel bridge last time."',
     True, None),
    # the counted noun in common but a place on one side only: the referent is not stated alike
    ("Fire chief Rana Holt said 30 homes were destroyed in Vessby.",
     '"We saw 45 homes destroyed," fire chief Rana Holt said.', True, None),
    # near misses: one counted noun and one place, quoted or not, stay one fact
    ("Fire chief Rana Holt said 30 homes were destroyed in Vessby.",
     '"We saw 45 homes destroyed in Vessby," fire chief Rana Holt said.', True, {"30", "45"}),
    ("The Tarsk port handled 40 ships on Monday, officials said.",
     '"The Tarsk port handled 55 ships on Monday," the harbour master said.', False,
     {"40", "55"}),
    # two narrations keep the plain rules
    ("Fire chief Rana Holt said 30 homes were destroyed in Vessby.",
     "Fire chief Rana Holt said 45 homes were destroyed.", True, {"30", "45"}),
])
def test_a_quoted_figure_meets_narration_only_strictly(a, b, aligned, want):
    assert _values(a, b, aligned) == ([] if want is None else [want])


@pytest.mark.parametrize(("sentences", "quoted"), [
    (('"We rebuilt 40 bridges," the minister said.',), [True]),
    (("The minister said 40 bridges were rebuilt.",), [False]),
    (('The minister said 12 roads were shut: "We rebuilt 40 bridges."',), [False, True]),
    # a quote running over two sentences: the second one's figure is the speaker's too
    (('The minister said: "We rebuilt the road.', 'We also rebuilt 40 bridges."'), [True]),
])
def test_which_figures_are_quoted(sentences, quoted):
    doc = support.make_doc("a1", "Tannick Courier", sentences, published="2026-05-16")
    assert [m.quoted for _, ms in doc_mentions(doc) for m in ms] == quoted
