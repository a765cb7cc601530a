"""Heatmap and timeline labels (user report, session 11): two articles whose names differ
only at the end ("marrowby-ferry-2026-11-18_a", "…_b": files named by date and part) were
cut to the same text, and all-digit names overflowed the heatmap's margin. Invented names."""

from __future__ import annotations

import re

import pytest

pytest.importorskip("markupsafe")

from storylens.web.svg import _text_w, fit_labels, overlap_heatmap  # noqa: E402


@pytest.mark.parametrize(
    ("labels", "want"),
    [
        # the end is what differs: both cut in the middle, head and tail kept
        (["marrowby-ferry-2026-11-18_a", "marrowby-ferry-2026-11-18_b"], ["marrowby-…6-11-18_a", "marrowby-…6-11-18_b"]),
        # near miss: different heads stay cut at the end; a short name is not cut
        (["marrowby-ferry-2026-11-18_a", "sable-courier-harbour-desk", "Quay Times"],
         ["marrowby-ferry-202…", "sable-courier-harbou…", "Quay Times"]),
    ],
)
def test_fit_labels_keeps_labels_apart(labels, want):
    got = fit_labels(labels, 150, 12)
    assert got == want
    assert all(_text_w(g, 12) <= 150 for g in got)


def test_heatmap_labels_fit_their_margin_and_differ():
    ids = ["a1", "a2", "a3"]
    labels = {"a1": "20261118140233_20261118150611_a", "a2": "20261118140233_20261118150611_b", "a3": "Sable Courier"}
    overlap = {a: {b: 0.0 for b in ids} for a in ids}
    svg = str(overlap_heatmap(ids, labels, overlap, source="a1"))
    texts = re.findall(r'font-size="12" fill="#222"[^>]*>([^<]+)</text>', svg)
    rows = texts[0::2]
    assert len(set(rows)) == 3 and rows[2] == "Sable Courier"
    assert rows[0].endswith("_a ★") and rows[1].endswith("_b")
    assert all(_text_w(t, 12) <= 134 for t in rows)


def test_one_outlets_two_articles_are_named_apart_on_the_plots():
    from storylens.web.views import plot_labels

    arts = [{"id": "a1", "outlet": "Marrowby Tribune"}, {"id": "a2", "outlet": "Sable Courier"},
            {"id": "a3", "outlet": "Marrowby Tribune"}, {"id": "a4", "outlet": None}]
    assert plot_labels(arts) == {
        "a1": "Marrowby Tribune (a1)", "a2": "Sable Courier", "a3": "Marrowby Tribune (a3)", "a4": "a4",
    }
