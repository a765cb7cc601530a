"""Every finding explains itself (issue 11, item 6): in the JSON output each finding of
every kind carries an ``evidence`` object naming the rule that fired (a rule of the
calibrated confidence table) and the exact words of its spans, which lie inside its own
sentences of the article text; its confidence is that rule's calibrated value.

The story is the package's invented demo (five fictional outlets on one fictional event),
compared with every finder switched on (the off-by-default ones too) so that each kind is
emitted."""

from __future__ import annotations

from dataclasses import replace

import pytest

from storylens import compare
from storylens.demo import demo_paths
from storylens.findings import find_all
from storylens.findings.confidence import rule_confidence, table
from storylens.findings.kinds import TYPES
from storylens.options import Options
from storylens.report.jsonout import to_json

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

ALL_ON = replace(Options(), framing=True, paraphrases=True, fact_conflicts=True, story_facts=True,
                 quote_changes=True, fact_coverage=True, story_framing=True,
                 shared_quotes=True, shared_sources=True, additions=True, min_finding_confidence=0.0)


@pytest.fixture(scope="module")
def out():
    return to_json(compare(demo_paths(), ALL_ON))


def test_every_kind_is_emitted_on_the_invented_story(out):
    # if a kind stops firing here, this test no longer checks it: make the demo carry it
    assert {f["type"] for f in out["findings"]} == set(TYPES)


def test_every_finding_carries_evidence_inside_the_article_text(out):
    texts = {a["id"]: a["text"] for a in out["articles"]}
    bounds = {s["id"]: (s["start"], s["end"]) for a in out["articles"] for s in a["sentences"]}
    for f in out["findings"]:
        ev = f["evidence"]
        assert ev["rule"] in table(), (f["type"], ev["rule"])  # a real rule, not the type
        assert ev["rule"] == f["detail"]["rule"]
        assert ev["score"] is None or isinstance(ev["score"], int | float)
        assert f["spans"] and len(ev["words"]) == len(f["spans"]), f["summary"]
        for sp, w in zip(f["spans"], ev["words"], strict=True):
            art = sp["sentence"].partition(":s")[0]
            lo, hi = bounds[sp["sentence"]]
            assert lo <= sp["start"] < sp["end"] <= hi <= len(texts[art]), (f["summary"], sp)
            assert w["sentence"] == sp["sentence"]
            assert w["text"] == texts[art][sp["start"]:sp["end"]] and w["text"].strip()
        assert 0.0 <= f["confidence"] <= 1.0
        assert f["confidence"] == rule_confidence(ev["rule"])


def test_the_default_cut_hides_only_unflagged_rules_under_it():
    c = compare(demo_paths(), replace(ALL_ON, min_finding_confidence=0.5))
    for f in c.findings:
        entry = table()[f.detail["rule"]]
        assert f.confidence >= 0.5 or entry.flag is not None, f.summary
    # a cut raised above the default applies to every rule, flagged or not
    raised = replace(ALL_ON, min_finding_confidence=0.95)
    assert all(f.confidence >= 0.95 for f in compare(demo_paths(), raised).findings)


def test_find_all_shows_a_flagged_rule_under_the_cut_only_when_its_flag_is_on():
    from storylens.analysis import analyse
    from storylens.models import Article
    from storylens.segment import segment

    def doc(i, text):
        return analyse(segment(Article(id=f"a{i}", source="t", outlet=f"Outlet {i}", text=text)))

    docs = [doc(1, '"The bridge will reopen in May," Vell said.'),
            doc(2, '"The bridge will not reopen in May," Vell said.')]
    assert rule_confidence("quote_changed.meaning") < 0.5  # graded under the cut
    on = find_all(docs, [], None, replace(Options(), quote_changes=True))
    assert [f.detail["rule"] for f in on] == ["quote_changed.meaning"]
    # off by default again since session 40's held-out read (on in session 39, off in session
    # 38, on in session 37, off in sessions 33-36, on in sessions 31-32, off in sessions 27-30,
    # on in session 26, off in sessions 23-25, on in sessions 20-22, off in session 19, on in
    # session 18; docs/findings.md): the default shows nothing of it
    assert find_all(docs, [], None, Options()) == []
    assert find_all(docs, [], None, replace(Options(), quote_changes=False)) == []
    # a change its finder marks meaningful: false (wording only) is not shown by the flag
    wording = [doc(1, '"The bridge would reopen in May," Vell said.'),
               doc(2, '"The bridge could reopen in May," Vell said.')]
    assert find_all(wording, [], None, replace(Options(), quote_changes=True)) == []
