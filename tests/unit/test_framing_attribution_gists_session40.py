"""Two outlets that each lead into one quote of a speaker with a gist of their own tell
that statement two ways: the loaded gist's verb is set against the plain gist's, whatever
words each gist uses (held-out t280, session 39: 'insisted he had done nothing wrong.
"...," he said.' / 'denied any wrongdoing. "...," he said.', missed: no word of the gists
shared). Invented text (a fictional kennel inquiry in Tarsk); the near misses stay silent."""

from __future__ import annotations

import pytest

from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

OPEN_A = "TARSK (NWS) - The kennel board opened an inquiry on Monday into breeder Oskar Ulven after six dogs died at his farm."
OPEN_B = "The kennel board is investigating breeder Oskar Ulven after six dogs died at his farm near Tarsk."
QUOTE = ('"I have never fed a dog anything but the feed the board approves, and I will help the '
         'inquiry in every way," he said.')
OTHER = '"My family has bred collies for forty years," he said.'


def _attribution(plain: str, charged: str) -> list[tuple[str, ...]]:
    arts = [Article(id="a1", source="t", outlet="Norvel Wire", text=plain),
            Article(id="a2", source="t", outlet="Tarsk Banner", text=charged)]
    comp = compare_articles(arts, Options(framing=True, story_framing=True))
    return [f.sentences for f in comp.findings
            if f.detail.get("rule", "").startswith("framing.story.attribution")]


def test_two_gists_of_one_quote_are_one_statement():
    plain = f"{OPEN_A}\n\nUlven denied any wrongdoing. {QUOTE}"
    charged = f"{OPEN_B}\n\nUlven, who has run the farm for 20 years, insisted he was blameless. {QUOTE}"
    assert _attribution(plain, charged) == [("a1:s1", "a2:s1")]


SILENT = [
    ("the gists lead into two quotes",
     f"{OPEN_A}\n\nUlven denied any wrongdoing. {QUOTE}",
     f"{OPEN_B}\n\nUlven, who has run the farm for 20 years, insisted he was blameless. {OTHER}"),
    ("the plain gist leads into no quote",
     f"{OPEN_A}\n\nUlven denied any wrongdoing.\n\nThe board will report in May.",
     f"{OPEN_B}\n\nUlven, who has run the farm for 20 years, insisted he was blameless. {QUOTE}"),
    ("the quote is told as a further point",
     f"{OPEN_A}\n\nUlven denied any wrongdoing. {QUOTE}",
     f"{OPEN_B}\n\nUlven, who has run the farm for 20 years, insisted he was blameless. "
     f"{QUOTE.replace('he said', 'he added')}"),
]


@pytest.mark.parametrize("case", SILENT, ids=[c[0] for c in SILENT])
def test_near_misses_stay_silent(case):
    _, plain, charged = case
    assert _attribution(plain, charged) == []
