"""``shared_source`` on one outlet's one article held twice (a page and its web-archive
copy) and on picture-line credits (reader report, section 9). Invented outlets."""

from __future__ import annotations

import dataclasses

import support

from storylens.findings.common import FindingContext
from storylens.findings.source import canonical_url, credits_of, find_shared_source
from storylens.models import Alignment, Article, Provenance, Removed

TEXT = [
    "A span of the Draven Viaduct fell into the river on Tuesday.",
    "Rescue teams worked through the night with cranes and dogs.",
    "The ministry will analyse steel samples from the broken span.",
    "Traffic was diverted over the Kessel Bridge until further notice.",
]
PHOTO = (Removed("Cranes on the quay at dawn. Photograph: Jo Vell/CPA via Lumen Images",
                 "photo-credit", 3),)


def _doc(art, outlet, url, sentences=TEXT, credits=(), removed=()):
    d = support.make_doc(art, outlet, sentences, credits=credits, removed=removed)
    return dataclasses.replace(d, article=dataclasses.replace(d.article, url=url))


def _run(a, b, overlap=1.0):
    als = [Alignment("verbatim", (f"a1:s{i}", f"a2:s{i}"), 1.0) for i in range(len(TEXT))]
    prov = Provenance({"a1": {"a2": overlap}, "a2": {"a1": overlap}}, "a1", {}, "test")
    return find_shared_source(FindingContext.build([a, b], als, prov))


def test_canonical_url_strips_the_archive_prefix():
    assert canonical_url("https://web.archive.org/web/20220108145306id_/https://www.harbourpost.example/a/b/") \
        == canonical_url("https://harbourpost.example/a/b?ref=rss") == "harbourpost.example/a/b"


def test_an_archived_copy_of_one_page_is_the_same_article_not_copying():
    found = _run(
        _doc("a1", "harbourpost.example",
             "https://web.archive.org/web/20220108145306id_/https://www.harbourpost.example/v/1",
             credits=("CPA",), removed=PHOTO),
        _doc("a2", "harbourpost.example", "https://www.harbourpost.example/v/1",
             credits=("CPA",), removed=PHOTO),
    )
    assert len(found) == 1
    f = found[0]
    assert "same article twice" in f.summary and "not copying" in f.summary, f.summary
    assert "credit" not in f.summary  # picture credits, and one article's credits twice
    assert f.detail["same_article"]


def test_near_miss_two_outlets_one_wire_text_is_copying():
    found = _run(_doc("a1", "harbourpost.example", "https://harbourpost.example/v/1"),
                 _doc("a2", "vellatimes.example", "https://vellatimes.example/x/9"))
    assert len(found) == 1
    assert "same article" not in found[0].summary
    assert "copied narration" in found[0].summary
    assert not found[0].detail["same_article"]


def test_one_outlet_two_different_urls_near_duplicate():
    found = _run(_doc("a1", "harbourpost.example", "https://harbourpost.example/v/1"),
                 _doc("a2", "harbourpost.example", "https://harbourpost.example/live/7"))
    assert found and found[0].detail["same_article"] == "near-duplicates"


def test_picture_line_credit_is_not_a_text_credit():
    art = Article("a1", "t", "O", " ".join(TEXT), credits=("CPA",), removed=PHOTO)
    assert credits_of(art) == []


def test_near_miss_an_agency_in_a_dateline_and_a_picture_line_stays():
    art = Article("a1", "t", "O", "PORT VELLA (CPA) — " + " ".join(TEXT),
                  credits=("CPA",), removed=PHOTO)
    assert credits_of(art) == ["CPA"]
