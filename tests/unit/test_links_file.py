"""A text file of links is no article (user report, session 11): 'storylens compare
links.txt' compared the list of URLs as an article titled by its first link. Invented
links and text."""

from __future__ import annotations

import pytest

from storylens.models import RawArticle, Skipped
from storylens.options import Options
from storylens.readers import iter_path

PROSE = "The Velling quay will close for a month after Monday's storm, the harbour office said."


@pytest.mark.parametrize(
    ("text", "links"),
    [
        ("https://tribune.example/quay\nhttp://courier.example/quay-shut\n", 2),
        ("\n  https://tribune.example/quay  \n\nHTTPS://COURIER.EXAMPLE/Q\n\n", 2),
        ("https://tribune.example/quay", 1),
    ],
)
def test_a_file_of_links_is_skipped_naming_the_fix(tmp_path, text, links):
    p = tmp_path / "links.txt"
    p.write_text(text, encoding="utf-8")
    (s,) = iter_path(p, Options())
    assert isinstance(s, Skipped) and s.reason == "links-only"
    assert s.message == f"a list of {links} link(s), not an article: name the links themselves on the command line ($(cat links.txt))"


@pytest.mark.parametrize(
    "text",
    [
        f"Quay to close\n\n{PROSE}\n\nhttps://tribune.example/quay\n",  # prose with a link
        f"https://tribune.example/quay {PROSE}\n",  # a line that holds more than a link
    ],
)
def test_prose_with_links_is_still_an_article(tmp_path, text):
    """Near misses: a link among sentences, or a link opening a sentence, is an article."""
    p = tmp_path / "quay.txt"
    p.write_text(text, encoding="utf-8")
    (a,) = iter_path(p, Options())
    assert isinstance(a, RawArticle) and PROSE in a.text
