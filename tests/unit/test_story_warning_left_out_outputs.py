"""Session 27: what the story warning leaves out is said in every output.

Two gaps of session 26: ``storylens export --findings`` wrote only the findings kept, so
an analyst reading ``findings.jsonl`` never learnt that the warning had left some out
(``findings_export.warning_row``: one row per warned story, before its findings); and a
split's left-out line (``coverage.story_parts``: two stories run as one) said the
findings "set a1, a2, a3, a4, a5 against the others", every article, where they set one
group against another (``LeftOut.groups``, ``report.terminal.left_out_whom``; the HTML
and web pages say the same, ``templates/_left_out.html``).

Invented: the Velmark vote-buying raid and the ice-rink piece the warning names
(``test_story_set_apart``), and a ferry grounding beside a film prize
(``test_story_strays_split``). Near misses: a record with no split keeps its line, and a
story with no warning has no warning row.
"""

from __future__ import annotations

import dataclasses

import support
from test_story_set_apart import story
from test_story_strays_split import DAY, FERRY_A, FERRY_B, FILM_A, FILM_B

from storylens.findings_export import WARNING_ROW, warning_row
from storylens.models import LeftOut
from storylens.options import Options
from storylens.pipeline import compare_articles
from storylens.report.html import render_html
from storylens.report.jsonout import to_json
from storylens.report.terminal import left_out_line

KINDS = ("addition", "fact_conflict", "framing", "omission", "quote_changed")


def test_a_splits_line_sets_one_group_against_another():
    lo = LeftOut(("a1", "a2", "a3", "a4", "a5"), KINDS, 2, {"fact_conflict": 2}, "why",
                 (("a1", "a2", "a3"), ("a4", "a5")))
    line = left_out_line(type("P", (), {"left_out": lo})())
    assert line == ("left out: 2 findings (fact_conflict 2) that set one group against another "
                    "([a1, a2, a3] and [a4, a5]): why")


def test_a_named_article_beside_a_split_is_named_alone():
    lo = LeftOut(("a1", "a2", "a3", "a4", "a6"), KINDS, 1, {"framing": 1}, "why", (("a1", "a2"), ("a3", "a4")))
    line = left_out_line(type("P", (), {"left_out": lo})())
    assert "that set a6 against the others or one group against another ([a1, a2] and [a3, a4])" in line


def test_near_miss_no_split_keeps_its_line():
    lo = LeftOut(("a4",), KINDS, 1, {"fact_conflict": 1}, "why")
    assert left_out_line(type("P", (), {"left_out": lo})()) == \
        "left out: 1 finding (fact_conflict 1) that set a4 against the others: why"


def test_the_split_is_in_the_json_and_the_html():
    comp, _ = support.compare_stories(FERRY_A, FERRY_B, FILM_A, FILM_B, published=DAY)
    assert comp.provenance.left_out is not None and len(comp.provenance.left_out.groups) == 2
    doc = to_json(comp)
    assert len(doc["provenance"]["left_out"]["groups"]) == 2
    # (none found across these two: the line as it would read with one)
    lo = dataclasses.replace(comp.provenance.left_out, count=1, by_type={"framing": 1})
    html = render_html(dataclasses.replace(comp, provenance=dataclasses.replace(comp.provenance, left_out=lo)))
    assert "that set one group against another ([a1, a2] and [a3, a4]):" in html
    assert "a1, a2, a3, a4 against the others" not in html


def test_near_miss_no_split_has_no_groups_in_the_json():
    comp = compare_articles(story(), Options(fact_conflicts=True))
    assert "groups" not in to_json(comp)["provenance"]["left_out"]


def test_the_export_writes_what_was_left_out_and_why():
    comp = compare_articles(story(), Options(fact_conflicts=True))
    doc = to_json(comp)
    by_id = {a["id"]: a for a in doc["articles"]}
    row = warning_row(7, doc, by_id)
    assert row is not None and row["type"] == WARNING_ROW and row["finding"] is None
    assert row["summary"] == comp.provenance.warning
    assert row["sources"] == [by_id["a4"]["source"]] and row["outlets"] == ["Outlet D"]
    lo = row["detail"]["left_out"]
    assert lo["count"] == 1 and lo["by_type"] == {"fact_conflict": 1}
    assert "one event" in lo["reason"] and lo["line"].startswith("left out: 1 finding (fact_conflict 1)")


def test_near_miss_no_warning_no_row():
    # the rink piece dated with the others: not named, no warning
    comp = compare_articles(story(published=["2026-03-15", "2026-03-15", "2026-03-16", "2026-03-16"]),
                            Options(fact_conflicts=True))
    doc = to_json(comp)
    assert not comp.provenance.warning
    assert warning_row(7, doc, {a["id"]: a for a in doc["articles"]}) is None
