"""Where reported content ends and what it is, from the session-14 PolNeAR valid error
reading: a reported clause that opens a direct quote runs to the quote's closing mark,
however many sentences the quote holds (PolNeAR labels the clause to the mark); a sentence
opened by a quoted phrase its own words go on from is reported whole; a pro-form object
("said as much") is what was said. Invented text (fictional Port Lenna), near misses beside
each: a quote that closes inside the sentence, a clause with no quote, marks of two styles
(two quotes paired wrongly), a quote closed on punctuation, a quoted name, a quantity.
"""

from __future__ import annotations

import pytest

from storylens.analysis.quotes import extract_quotes
from storylens.models import Article
from storylens.segment import segment


def _reported(text: str) -> list[str]:
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    return [q.text for q in extract_quotes(doc) if not q.direct]


CASES = [
    # the clause opens a two-sentence quote: it runs to the closing mark
    ('Mayor Ana Lund told the council that "the quay will not reopen this winter. The '
     'repairs have barely begun." The council adjourned.',
     ['that "the quay will not reopen this winter. The repairs have barely begun."']),
    # near miss: the quote closes inside the sentence: the clause ends where it did
    ('Mayor Ana Lund told the council that the quay "will not reopen this winter" and left '
     "the meeting early.",
     None),
    # near miss: no quote: the clause ends at the sentence end
    ("Mayor Ana Lund told the council that the quay will not reopen this winter. The "
     "repairs have barely begun.",
     ["that the quay will not reopen this winter"]),
    # near miss: a curly opening mark closed by a straight one: not followed
    ('Mayor Ana Lund told the council that “the quay will not reopen this winter. The '
     'repairs have barely begun." The council adjourned.',
     ["that “the quay will not reopen this winter"]),
]


@pytest.mark.parametrize("text,want", CASES)
def test_clause_runs_to_the_quote_close(text, want):
    got = _reported(text)
    if want is None:
        assert all('"' not in g or g.count('"') == 2 for g in got), got
        assert not any("adjourned" in g for g in got)
    else:
        assert got == want


OPENING = [
    # a sentence that opens with a quoted phrase its own words go on from, then "X said":
    # the clause is reported, and the phrase takes its speaker
    ('The council met on Monday. "The only way the port will change is if the board '
     'resigns" over the ferry losses, Lund said.',
     [(False, "Lund", '"The only way the port will change is if the board resigns" over the '
       "ferry losses"),
      (True, "Lund", "The only way the port will change is if the board resigns")]),
    # near miss: the quote closes on its own punctuation: a direct quote as before
    ('The council met on Monday. "The port will change," Lund said.',
     [(True, "Lund", "The port will change,")]),
    # near miss: a two-word name in quote marks opens the sentence: nothing reported
    ('The council met on Monday. "Harbour Watch" sailed at noon, Lund said.', []),
    # near miss: a capitalised word after the quote is no continuation of its clause
    ('The council met on Monday. "The port will change after the vote" Lund said on '
     "Monday, and the council agreed.",
     None),
]


@pytest.mark.parametrize("text,want", OPENING)
def test_a_sentence_opened_by_a_quoted_phrase(text, want):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    got = [(q.direct, q.speaker, q.text) for q in extract_quotes(doc)]
    if want is None:
        assert not any(not direct and t.startswith('"') for direct, _, t in got), got
    else:
        assert got == want


PRO_FORMS = [
    # a pro-form object of a verb of saying is what was said (session 14)
    ("Harbour chief Ana Lund said as much in an interview on Tuesday.",
     [("Harbour chief Ana Lund", "said", "as much")]),
    ("The ferry union confirmed the same to reporters on Friday.",
     [("The ferry union", "confirmed", "the same")]),
    ("The mayor said so on Friday.", [("The mayor", "said", "so")]),
    # near misses: the same words as a quantity or a time, not a pro-form
    ("The board said as much as 10 percent of the fleet was idle.", []),
    ("The mayor said the same day that the quay would close.",
     [("The mayor", "said", "the same day that the quay would close")]),
]


@pytest.mark.parametrize("text,want", PRO_FORMS)
def test_a_pro_form_is_what_was_said(text, want):
    doc = segment(Article(id="a1", source="t", outlet="Test", text=text))
    assert [(q.speaker, q.cue, q.text) for q in extract_quotes(doc) if not q.direct] == want
