"""No framing against an article the story warning names off-story (session 15,
``framing._without_off_story``): an article about another event is no outlet's plain
or loaded wording of this story (blind-written dev t02: an off-story piece on a mayor's
arrest stood on the plain side of "the disgraced former transport minister Brancu"). A
finding keeps its other outlets, its line rebuilt; one left with an empty side is
dropped. The off-story set is the story warning's own (``coverage.off_story``), set here
by hand so that each side can be emptied in turn. Invented text (a fictional Porta Vell
bribery verdict)."""

from __future__ import annotations

import pytest

from storylens.findings import coverage
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

# framing is off by default since session 17: these tables test it on (tests/conftest.py)
pytestmark = pytest.mark.usefixtures("framing_on")

LEDE = ("A court in Porta Vell on Tuesday sentenced former transport minister Anton Kessary to "
        "five years in prison for taking bribes from the ferry builder Norrow Yards. Judge Mila "
        "Ostrand also barred him from public office for eight years.\n\n")
TEXTS = {
    "a1": LEDE + "The disgraced former transport minister Anton Kessary left the court without "
                 "speaking to reporters.",
    "a2": LEDE + "Former transport minister Anton Kessary left the court through a side door.",
    "a3": LEDE + "Former transport minister Anton Kessary left the court with his lawyers.",
}
OUTLETS = {"a1": "Vell Herald", "a2": "Porta Post", "a3": "Ostrand Gazette"}


def _framings(monkeypatch, off: set[str]) -> list:
    monkeypatch.setattr(coverage, "off_story", lambda ctx: set(off))
    arts = [Article(id=k, source="t", outlet=OUTLETS[k], text=t) for k, t in TEXTS.items()]
    return [f for f in compare_articles(arts, Options()).findings if f.type == "framing"
            and "disgraced" in f.summary]


@pytest.mark.parametrize("off, plain", [
    (set(), {"a2", "a3"}),
    ({"a3"}, {"a2"}),
    ({"a2"}, {"a3"}),
    ({"a2", "a3"}, None),   # the plain side emptied: no finding
    ({"a1"}, None),         # the loaded side off-story: no finding
], ids=["none off", "one plain outlet off", "the other plain outlet off", "both plain off",
        "the loaded outlet off"])
def test_off_story_article_sets_no_framing(monkeypatch, off, plain):
    got = _framings(monkeypatch, off)
    if plain is None:
        assert not got, [f.summary for f in got]
        return
    assert len(got) == 1, [f.summary for f in got]
    f = got[0]
    assert set(f.detail["a"]["articles"]) == plain, f.detail["a"]
    for k in off:
        assert OUTLETS[k] not in f.summary, f.summary
        assert all(not sid.startswith(k + ":") for sid in f.sentences), f.sentences
    for k in plain:
        assert OUTLETS[k] in f.summary, f.summary
