"""The per-outlet coverage summary (issue 12, item 5) on an invented three-outlet story:
its content, its JSON shape, and its rendering in the terminal and the HTML report."""

from __future__ import annotations

import dataclasses
import io

import jsonschema
import pytest
from rich.console import Console

from storylens.findings.summary import MAX_WORDING, coverage_summary
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles
from storylens.report.html import render_html
from storylens.report.jsonout import load_schema, to_json
from storylens.report.terminal import render

LEDE = "Ferry workers in Vella walked out on Monday over unpaid wages, halting crossings to Tarn."
TEXTS = {
    "Harbour Post": [
        LEDE,
        # a copy-edit of the other two (a rewrite is a paraphrase: it joins no copy group by default)
        "Hundreds of protesters blocked the gate of the harbour office for two hours.",
        "Union leader Dara Quill said the company owed each crew member three months of pay.",
        "The government of Vella ordered the navy to run emergency crossings to Tarn.",
    ],
    "Vella Times": [
        LEDE,
        "Later a mob blocked the gate of the harbour office for two hours, shouting at staff.",
        "The company, Quill claimed, owes every crew member three months of pay.",
        "The regime ordered navy boats to run the crossings to Tarn instead, officials confirmed.",
        "The strike has cost the port authority 4.2 million crowns in lost fees since it began.",
    ],
    "Coast Courier": [
        LEDE,
        "Protesters blocked the gate of the harbour office for two hours on Monday.",
        "Quill said crew members were owed three months of pay by the company.",
    ],
}


def _comparison(outlets=None, options=None):
    arts = [
        Article(id=f"a{i + 1}", source="t", outlet=(outlets or {}).get(o, o), text="\n\n".join(t))
        for i, (o, t) in enumerate(TEXTS.items())
    ]
    return compare_articles(arts, options or Options())


@pytest.fixture(scope="module")
def comp():
    return _comparison()


def test_summary_per_outlet(comp):
    cov = coverage_summary(comp)
    by = {o["outlet"]: o for o in cov["outlets"]}
    assert list(by) == ["Harbour Post", "Vella Times", "Coast Courier"]
    times = by["Vella Times"]
    assert times["attribution"]["doubt"] == 1
    assert by["Harbour Post"]["attribution"]["doubt"] == 0
    assert {w["word"] for w in times["loaded_top"]} >= {"mob", "regime"}
    assert by["Harbour Post"]["loaded"] == 0 and by["Coast Courier"]["loaded"] == 0
    # the figure only Vella Times gives
    assert times["only_here"] >= 1
    assert any("4.2 million" in t["text"] for t in times["only_here_top"])
    mob = next(w for w in cov["wording"] if w["word"] == "mob")
    assert {x["outlet"] for x in mob["others"]} >= {"Harbour Post"}
    assert mob["others"][0]["word"].lower() == "protesters"
    assert len(cov["wording"]) <= MAX_WORDING


def test_summary_in_json_validates(comp):
    doc = to_json(comp)
    jsonschema.Draft202012Validator(load_schema()).validate(doc)
    assert doc["coverage"]["outlets"][1]["outlet"] == "Vella Times"


def test_no_summary_without_analysis():
    comp = _comparison(options=dataclasses.replace(Options(), findings=False))
    assert coverage_summary(comp) is None
    doc = to_json(comp)
    assert doc["coverage"] is None
    jsonschema.Draft202012Validator(load_schema()).validate(doc)


def test_terminal_shows_the_summary(comp):
    buf = io.StringIO()
    render(comp, Console(file=buf, width=120, color_system=None))
    out = buf.getvalue()
    assert "Coverage by outlet" in out
    assert "Vella Times: 'mob' where Harbour Post writes 'protesters'" in out


def test_terminal_clips_long_items_and_groups_repeated_words():
    from storylens.report.terminal import CLIP_CHARS, _clip

    # an item of the "only here" column is clipped (a paragraph-long quote made the column
    # twenty lines tall); the JSON keeps it whole
    long = "We will keep the ferries running whatever the union decides about the strike"
    assert len(_clip(long)) == CLIP_CHARS and _clip(long).endswith("…")
    assert _clip("4.2 million crowns") == "4.2 million crowns"
    texts = dict(TEXTS)
    texts["Vella Times"] = [*TEXTS["Vella Times"],
                            "The regime has not paid the crews since the summer, the regime's critics say.",
                            "“We will keep the ferries running whatever the union decides about the strike "
                            "and whatever the harbour office says,” a navy officer told the Vella Times."]
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t)) for i, (o, t) in enumerate(texts.items())]
    comp = compare_articles(arts, Options())
    buf = io.StringIO()
    render(comp, Console(file=buf, width=200, color_system=None))
    out = buf.getvalue()
    assert "regime ×2" in out  # the loaded-words column counts a repeated word once
    # one line per outlet and word, listing every sentence that uses it
    regime = [line for line in out.splitlines() if line.strip().startswith("• Vella Times: 'regime'")]
    assert len(regime) == 1 and regime[0].count("a2:s") >= 2, regime


def test_html_shows_the_summary_escaped():
    hostile = {"Vella Times": '<script>alert("x")</script> Times'}
    page = render_html(_comparison(outlets=hostile))
    assert 'id="coverage-h"' in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page


def test_html_without_coverage_key_still_renders(comp):
    # documents stored before the summary existed have no "coverage" key
    from storylens.report.html import context, environment

    doc = to_json(comp)
    del doc["coverage"]
    page = environment().get_template("report.html").render(**context(doc))
    assert 'id="coverage-h"' not in page


def test_most_different_lists_only_words_another_outlet_says_differently():
    # s6 reader report item 7: 'radical', 'infamous', 'alleged' were listed with nothing
    # to contrast. An uncontrasted loaded word stays in its outlet's own profile only.
    texts = {o: list(t) for o, t in TEXTS.items()}
    texts["Vella Times"].append("The infamous harbour boss refused to meet the strikers.")
    arts = [Article(id=f"a{i + 1}", source="t", outlet=o, text="\n\n".join(t))
            for i, (o, t) in enumerate(texts.items())]
    cov = coverage_summary(compare_articles(arts, Options()))
    listed = {w["word"] for w in cov["wording"]}
    assert "infamous" not in listed
    assert all(w["others"] for w in cov["wording"])
    # near miss: the contrasted words stay listed, and the outlet's profile keeps its own
    assert {"mob", "regime"} <= listed
    times = next(o for o in cov["outlets"] if o["outlet"] == "Vella Times")
    assert "infamous" in {w["word"] for w in times["loaded_top"]} and times["loaded"] == 3
