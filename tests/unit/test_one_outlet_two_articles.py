"""One outlet's two articles are named apart wherever a finding or the coverage summary
names an outlet (s8 reader report item 8: "nyt writes 'claims' where nyt writes 'said'",
"nyt leaves out the figure '$916 million'" — which nyt?). The text names such an article
"outlet (id)", as shared_quote and fact conflicts already did; machine-readable ``outlet``
fields keep the outlet, with the article id beside it. Invented text (a fictional Vella
ferry strike); the near miss is the same story with one article per outlet."""

from __future__ import annotations

import io

import jsonschema
import pytest
from rich.console import Console

from storylens.findings.common import FindingContext
from storylens.findings.summary import coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles
from storylens.report.html import render_html
from storylens.report.jsonout import load_schema, to_json
from storylens.report.terminal import render

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("Ferry crews in Vella walked out on Monday over unpaid wages, halting every crossing "
        "to Tarn for the day.\n\n")
CROWD = " gathered outside the ferry office on Harbour Street as the owners met the union.\n\n"
TEXTS = (
    LEDE + "Hundreds of protesters" + CROWD + "The union said talks would resume on Friday.",
    LEDE + "Hundreds of rioters" + CROWD + "The union said talks would resume on Friday.",
    LEDE + "A crowd gathered outside the ferry office on Harbour Street while owners met "
    "union leaders.\n\nTalks resume Friday, the union said.",
)


def _comp(outlets):
    arts = [Article(id=f"a{i}", source="t", outlet=o, text=t)
            for i, (o, t) in enumerate(zip(outlets, TEXTS, strict=True), 1)]
    return compare_articles(arts, Options())


def test_label_names_the_article_only_when_its_outlet_repeats():
    comp = _comp(("Vell Courier", "Vell Courier", "Tarn Post"))
    ctx = FindingContext.build(comp.documents, comp.alignments)
    assert [ctx.label(a) for a in ("a1", "a2", "a3")] == [
        "Vell Courier (a1)", "Vell Courier (a2)", "Tarn Post"]
    assert ctx.outlet("a1") == "Vell Courier"


def test_findings_and_summary_name_the_two_articles_apart(shared_sources_on):
    comp = _comp(("Vell Courier", "Vell Courier", "Tarn Post"))
    framing = [f.summary for f in comp.findings if f.type == "framing"]
    assert framing == ["Vell Courier (a2) writes 'rioters' where Vell Courier (a1) writes "
                       "'protesters', Tarn Post writes 'crowd'."]
    copied = [f.summary for f in comp.findings if f.type == "shared_source"
              and "Tarn Post shares" in f.summary]
    assert copied and all("Vell Courier (a" in s for s in copied)
    cov = coverage_summary(comp)
    w = cov["wording"][0]
    assert (w["outlet"], w["label"]) == ("Vell Courier", "Vell Courier (a2)")
    assert [(o["outlet"], o.get("label")) for o in w["others"]] == [
        ("Vell Courier", "Vell Courier (a1)"), ("Tarn Post", None)]
    buf = io.StringIO()
    render(comp, Console(file=buf, width=160, color_system=None))
    out = buf.getvalue()
    assert "Vell Courier (a2): 'rioters' where Vell Courier (a1) writes 'protesters'" in out
    page = render_html(comp)
    assert "Vell Courier (a2): ‘rioters’ where Vell Courier (a1) writes ‘protesters’" in page
    doc = to_json(comp)
    jsonschema.validate(doc, load_schema())


def test_near_miss_one_article_per_outlet_keeps_plain_names():
    comp = _comp(("Vell Courier", "Orsk Daily", "Tarn Post"))
    framing = [f.summary for f in comp.findings if f.type == "framing"]
    assert framing == ["Orsk Daily writes 'rioters' where Vell Courier writes 'protesters', "
                       "Tarn Post writes 'crowd'."]
    w = coverage_summary(comp)["wording"][0]
    assert "label" not in w and all("label" not in o for o in w["others"])
