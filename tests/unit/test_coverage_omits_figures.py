""""Leaves out <figure>" in the coverage summary needs the other outlets to give that
figure. Invented four-outlet story (fictional Vella): one outlet counts eligible records,
another counts the records a prosecutor asked to clear — another figure of the same
thing, which keeps the first from being an addition (a possible conflict) but gives no
outlet grounds to be told it leaves "58,000 records" out (seen on a real four-outlet
story, third session). The near miss: a figure two outlets give stays listed.
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
    "Vella's new licensing law took effect on Wednesday after two years of debate in the assembly.",
    "Shops across the province opened before dawn and queues formed outside most of them.",
    "The law also sets up a fund for small traders who were hurt by the old licensing rules.",
]
ELIGIBLE = "Officials said about 58,000 records for small licensing offences are eligible to be cleared under the law."
VACATE = "Prosecutors filed motions in December to vacate more than 1,200 small licensing records."
# (it tells the licensing law, the lede's part of the story: an outlet leaves out only what
# it tells, findings/coverage._told)
FEES = "The licensing law's new office will cost 94 million crowns to build, the treasury said."


# Each outlet's own lines (support.OWN_LINES: no two articles are copies of one text).
OWN = support.own_lines("Delta Post", "River News", "Tarn Daily", "Coast Courier")


def _story():
    texts = {
        "Delta Post": SHARED + [ELIGIBLE, FEES],
        "River News": SHARED + [VACATE, FEES],
        "Tarn Daily": SHARED + ["Engineers inspected the shops along the eastern bank all day."],
        "Coast Courier": SHARED + ["Traders in the harbour said the queues lasted until noon."],
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
    return " | ".join(t["label"] for t in o["omits_top"])


def test_a_figure_one_outlet_gives_is_not_left_out_by_the_others():
    comp = _story()
    for article in ("a3", "a4"):
        omits = _omits(comp, article)
        assert "94 million crowns" in omits, omits  # near miss: two outlets give it
        assert "58,000" not in omits, omits  # only Delta Post gives it
