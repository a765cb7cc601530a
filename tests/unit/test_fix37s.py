"""Shared-quote lines that hid a change (session 37, after the held-out read):

- a headline's quoted words paired with another outlet's fuller quote, the line telling
  only "X adds '…'" at the headline's edge, while the headline's own article quotes the
  statement whole with a word changed (held-out t255: '"Our patience is gone"' against
  "waiting two years" hid the body's "waiting three years"): the part is told as its
  article's fuller quote (shared_quote._in_full), so the change is named;
- a shared quote set against an article the story warning names as another event
  (invented dev d254: a smuggling story's outlet paired with the off-story dam piece): the
  off-story article is left out (source.find_shared_quotes, as framing and names do).

Near misses keep their reading: a headline whose article's fuller quote is the other's
word for word, a headline whose article quotes the statement no further, a fuller quote of
another named speaker, and a warning on a story of two articles (it names no one side).
Invented articles (fictional Carrowmere, its fishers' leader Ines Tallow, its mayor Bram
Oduya; outlets the Carrowmere Lantern, the Western Tide and the Gullpoint Courier)."""

from __future__ import annotations

import pytest
import support

from storylens.findings import coverage
from storylens.models import Article
from storylens.options import Options
from storylens.pipeline import compare_articles

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

OUTLETS = ("Carrowmere Lantern", "Western Tide")
LEAD_A = ("Hundreds of fishers blockaded Carrowmere harbour on Monday in the first protest "
          "over the new quota rules.")
LEAD_B = "Fishers closed the harbour of Carrowmere on Monday to protest against the quota rules."
# a first quote both give whole, so the headline's statement is a further one
MAYOR_A = ('"The harbour will reopen as soon as the boats move," mayor Bram Oduya said.')
MAYOR_B = ('"The harbour will reopen as soon as the boats move," said mayor Bram Oduya.')
HEAD_A = '"Our nets are empty": Carrowmere fishers block the harbour over quotas'
HEAD_B = "Carrowmere fishers block harbour in quota protest"
TAIL_B = ('Fishers\' leader Ines Tallow said the protest would go on. "We have been waiting two '
          'years for this agreement, and our nets are empty," she said.')


def _headline(body_a: str, tail_b: str = TAIL_B) -> list:
    return support.findings_between(
        support.page(HEAD_A, LEAD_A, MAYOR_A, body_a),
        support.page(HEAD_B, LEAD_B, MAYOR_B, tail_b), OUTLETS, "Carrowmere blockade",
        "shared_quote")


def _line(found: list) -> str:
    # one line: the mayor's quote both give whole, "1 more …" the statement under test
    assert len(found) == 1, [f.summary for f in found]
    return found[0].summary


def test_a_headline_part_hides_no_changed_word_of_its_articles_fuller_quote():
    line = _line(_headline('"We have been waiting three years for this agreement, and our nets '
                           'are empty," fishers\' leader Ines Tallow said.'))
    assert "Carrowmere Lantern has 'three' where Western Tide has 'two'" in line, line
    assert "adds" not in line, line


def test_a_headline_part_whose_fuller_quote_is_the_others_keeps_its_line():
    # the body quotes her as the Tide does: the Tide's words are no change, the line stays
    line = _line(_headline('"We have been waiting two years for this agreement, and our nets '
                           'are empty," fishers\' leader Ines Tallow said.'))
    assert "1 more shared quote" in line and "'three'" not in line, line


def test_a_headline_part_quoted_no_further_keeps_its_line():
    line = _line(_headline("Fishers' leader Ines Tallow said the blockade would last the week."))
    assert "Western Tide adds" in line, line


def test_a_fuller_quote_of_another_speaker_is_not_the_headlines():
    line = _line(_headline('"We have been waiting three years for this agreement, and our nets '
                           'are empty," harbour pilot Dov Marrin said.'))
    assert "Western Tide adds" in line and "'three'" not in line, line


# --- d254: a shared quote set against an article the story warning names off-story

LEDE = ("Police in Carrowmere on Tuesday arrested the harbour engineer Piet Lorne on suspicion "
        "of selling salvaged ship bells abroad. Officers seized 14 bells at his workshop.\n\n")
LORNE = ('Lorne had told the council last month that the wreck field was "the finest '
         'underwater museum in the whole region".')
TEXTS = {
    "a1": LEDE + "The arrest came weeks after " + LORNE,
    "a2": LEDE + "Lorne's lawyer said his client denied any wrongdoing and would be released soon.",
    "a3": ("The Carrowmere council on Thursday approved a breakwater across the bay, a project "
           "that will cost 40 million crowns.\n\nThe harbour engineer Piet Lorne opposed it. "
           "He told the council that the wreck field was \"the finest underwater museum in the "
           "whole region\"."),
}
THREE = {"a1": "Carrowmere Lantern", "a2": "Western Tide", "a3": "Gullpoint Courier"}


def _shared(monkeypatch, texts: dict[str, str], off: set[str]) -> list:
    monkeypatch.setattr(coverage, "off_story", lambda ctx: set(off))
    arts = [Article(id=k, source="t", outlet=THREE[k], text=t) for k, t in texts.items()]
    return [f for f in compare_articles(arts, Options(shared_quotes=True)).findings
            if f.type == "shared_quote" and "underwater museum" in f.summary]


@pytest.mark.parametrize("off, expected", [
    (set(), 1),      # no warning: the quote both give is shared
    ({"a2"}, 1),     # another article named: the pair stays
    ({"a3"}, 0),     # the piece that shares the quote is named: no pairing with it
], ids=["none off", "the other article off", "the sharing article off"])
def test_an_off_story_article_shares_no_quote(monkeypatch, off, expected):
    got = _shared(monkeypatch, TEXTS, off)
    assert len(got) == expected, [f.summary for f in got]


def test_a_warning_on_two_articles_names_no_side(monkeypatch):
    two = {k: TEXTS[k] for k in ("a1", "a3")}
    assert len(_shared(monkeypatch, two, {"a3"})) == 1
