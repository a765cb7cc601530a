""""Leaves out quotes from X" in the coverage summary needs the other outlets to quote X.

Invented three-outlet story (fictional Vella delta). A short lede that shares the story's
topic words "carries" a long quote sentence by overlap, but quotes nobody: the outlet
without the quote must not be told it leaves out that speaker (seen on a real four-outlet
story, third session). The near miss: a speaker two outlets quote stays listed.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage as C
from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

SHARED = [
    "Floods in the Vella delta forced thousands of families from their homes on Monday, officials said.",
    "Rescue boats from Tarn joined the effort in the delta on Tuesday morning after the dykes broke.",
    "The relief agency opened six shelters in the schools of the upper town on Tuesday night.",
]
QUILL = ("\u201cWe have asked for more rescue boats and more pumps for the delta families,\u201d "
         "said Mayor Dara Quill.")
BROOK = ("\u201cThe pardons for the river towns make this new year brighter for thousands of "
         "families,\u201d said Ansel Brook, director of the Tarn Rights League.")
LEDE_B = "A new year and a new era for the river towns."


# Each outlet's own lines (support.OWN_LINES: no two articles are copies of one text).
OWN = support.own_lines("Delta Post", "River News", "Tarn Daily", "Coast Courier")


def _story():
    texts = {
        "Delta Post": SHARED + [QUILL, BROOK],
        "River News": [LEDE_B] + SHARED + [QUILL],
        "Tarn Daily": SHARED + ["Engineers checked the embankment along the eastern bank all day."],
    }
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t + OWN[o]))
            for i, (o, t) in enumerate(texts.items())]
    return compare_articles(arts, Options())


@pytest.fixture(autouse=True)
def _all_listed(monkeypatch):
    monkeypatch.setattr(C, "SUMMARY_TOP", 50)


def _omits(comp, article):
    cov = coverage_summary(comp)
    o = next(o for o in cov["outlets"] if o["article"] == article)
    return [t["label"] for t in o["omits_top"]]


def test_a_speaker_only_one_outlet_quotes_is_not_left_out_by_the_others():
    comp = _story()
    omits = _omits(comp, "a3")
    # near miss: Delta Post and River News both quote Dara Quill, Tarn Daily does not
    # (one line with her person fact, s7: "Dara Quill (mayor), quoted")
    assert "Dara Quill (mayor), quoted" in omits, omits
    # River News's lede shares the quote sentence's topic words but quotes no Brook
    assert "quotes from Ansel Brook" not in omits, omits
    assert "quotes from Ansel Brook" not in _omits(comp, "a2")
