"""What ``--quote-changes`` shows (s6 reader report item 6): a quote change the finder
itself marks ``meaningful: false`` (wording only, rule precision 11%) is not shown by the
flag, while a change of what was said is; a cut lowered on purpose still shows both.
Invented story: two wires' translations of one bishop's remark ("the poor example" /
"the bad example given") read as wording."""

from __future__ import annotations

from dataclasses import replace

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

LEDE = "Bishop Anselm Corvo of Tarnia spoke to pilgrims in the cathedral square on Sunday."
A = [LEDE,
     "\u201cI apologise for the poor example yesterday,\u201d Corvo told the crowd.",
     "\u201cThe bells will ring again before Easter,\u201d Corvo said of the damaged tower."]
B = [LEDE,
     "\u201cI apologise for the bad example given yesterday,\u201d Corvo told the crowd.",
     "\u201cThe bells will not ring again before Easter,\u201d Corvo said of the damaged tower."]


def _quote_changes(options: Options):
    arts = [Article(id="a1", source="t", outlet="Tarn Wire", text="\n\n".join(A)),
            Article(id="a2", source="t", outlet="Vella Press", text="\n\n".join(B))]
    comp = compare_articles(arts, options)
    return [f for f in comp.findings if f.type == "quote_changed"]


def test_the_flag_shows_the_meaningful_change_not_the_wording():
    shown = _quote_changes(replace(Options(), quote_changes=True))
    assert [f.detail["change"] for f in shown] == ["negation"], [f.summary for f in shown]
    assert all(f.detail["meaningful"] for f in shown)


def test_near_miss_a_cut_lowered_on_purpose_shows_the_wording_too():
    shown = _quote_changes(replace(Options(), quote_changes=True, min_finding_confidence=0.0))
    by_change = {f.detail["change"]: f for f in shown}
    assert "negation" in by_change
    wording = [f for f in shown if not f.detail["meaningful"]]
    assert wording and "poor example" in wording[0].summary
    assert wording[0].detail["rule"] == "quote_changed.wording"
