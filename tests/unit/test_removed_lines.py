"""Removed lines are numbered one way for people (from 1, as the terminal and editors
count) and what HTML extraction left out of a page is marked as the page's, never passed
off as the text's first line. Invented page: a ferry strike in the fictional Port Velling."""

from __future__ import annotations

import json

import jsonschema

from storylens.cleanview import clean_source, render_text
from storylens.corpus.record import removed_from_json, removed_to_json
from storylens.models import Removed
from storylens.pipeline import compare
from storylens.report.html import render_html
from storylens.report.jsonout import load_schema, to_json

PARAS = [
    "Ferry crews in Port Velling walked off the job on Tuesday after talks over night shifts collapsed, the harbour board said.",
    "The strike halted all twelve crossings to the outer islands, leaving about 3,000 commuters to find other ways to work.",
    "Union organiser Dana Holt said the crews had waited eight months for a reply to their proposal on rest breaks.",
    "The harbour board said it would meet union leaders again on Thursday and hoped to restore a partial timetable by the weekend.",
]
RELATED = (
    "<ul><li><a href='/r/1'>Harbour Cup: the history of the race</a></li>"
    "<li><a href='/r/2'>Photos: Mysterious lights over the quay</a></li>"
    "<li><a href='/r/3'>Gull Island ferries through the decades</a></li></ul>"
)
TEXT = (
    "Ferry crews strike in Port Velling\n\n"
    "Photo: Velling Ledger staff\n\n" + "\n\n".join(PARAS) + "\n"
)


def _page() -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + RELATED + "".join(f"<p>{p}</p>" for p in PARAS[2:])
    return (
        "<html><head><title>Ferry crews strike in Port Velling</title></head><body>"
        f"<article><h1>Ferry crews strike in Port Velling</h1>{body}</article></body></html>"
    )


def test_clean_json_counts_lines_from_1_like_the_terminal(tmp_path):
    p = tmp_path / "ferry.txt"
    p.write_text(TEXT, encoding="utf-8")
    doc = clean_source(p)
    credit = [r for r in doc["articles"][0]["removed"] if r["reason"] == "photo-credit"]
    assert [r["line"] for r in credit] == [3]  # "Photo: ..." is the file's third line
    assert TEXT.splitlines()[credit[0]["line"] - 1] == credit[0]["text"]
    assert "  line 3    [photo-credit] Photo: Velling Ledger staff" in render_text(doc)


def test_extraction_records_are_the_pages_in_every_view(tmp_path):
    p = tmp_path / "ferry.html"
    p.write_text(_page(), encoding="utf-8")
    doc = clean_source(p)
    links = [r for r in doc["articles"][0]["removed"] if r["reason"] == "related-link"]
    assert len(links) == 3 and all(r["line"] is None for r in links)
    shown = render_text(doc)
    assert "  page      [related-link] Gull Island ferries through the decades" in shown
    assert "line 1    [related-link]" not in shown  # it was shown as the text's first line

    q = tmp_path / "plain.txt"
    q.write_text(TEXT, encoding="utf-8")
    comparison = compare([p, q])
    out = to_json(comparison)
    jsonschema.validate(out, load_schema())
    html_removed, text_removed = out["articles"][0]["removed"], out["articles"][1]["removed"]
    assert all(r.get("page") is True and r["line"] == 0 for r in html_removed if r["reason"] == "related-link")
    assert all("page" not in r for r in text_removed)  # a text's lines are never the page's
    report = render_html(comparison)
    assert '<span class="line">page</span> <del>Gull Island ferries through the decades</del>' in report
    assert '<span class="line">line 3</span> <del>Photo: Velling Ledger staff</del>' in report


def test_a_text_whose_first_line_is_removed_is_line_1_not_page(tmp_path):
    # Near miss: line 0 (0-based) of the text is a real line; only the page flag says "page".
    p = tmp_path / "ferry.txt"
    p.write_text("Photo: Velling Ledger staff\n\n" + "\n\n".join(PARAS) + "\n", encoding="utf-8")
    removed = clean_source(p)["articles"][0]["removed"]
    assert [(r["line"], r["reason"]) for r in removed] == [(1, "photo-credit")]


def test_the_store_keeps_the_page_mark_and_reads_rows_made_before_it():
    removed = (Removed("Photo: staff", "photo-credit", 2), Removed("Harbour Cup", "related-link", 0, page=True))
    assert removed_from_json(removed_to_json(removed)) == removed
    old = json.dumps([["Harbour Cup", "related-link", 0]])
    assert removed_from_json(old) == (Removed("Harbour Cup", "related-link", 0),)
