"""A cut of substance beside a word apart is told, never as extent (session 32: invented
dev d204, read wrong by reader32, and d65, read wrong by reader31):

- a concession clause and its "but" that one outlet cuts before the words both give,
  opening the speaker's sentence there ("The leak is serious, but the hull as a whole is
  sound" / "The hull as a whole is entirely sound"), is told with its words beside the word
  apart, not as "gives more of it" (shared_quote.Piece.turning);
- a hedge the longer quote runs on with and the contrast clause after it ("… so far, but the
  inspection is at a very early stage") are told whole: naming the hedge alone hid the
  caveat (a place one side adds alone tells no more of a cut than its own words).

Near misses keep their reading: a quote cut at a sentence boundary, before or after the
words both give, or shortened at its end by a hedge alone, is no clause of contrast: no
concession is named. Invented articles (fictional Kessmark, its harbour master Edvin Roll
and port inspector Mara Quint, outlets the Kessmark Tidings and the Fjordline Courier)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The ferry Aldra was held in Kessmark harbour on Tuesday after a leak was found in its hull."
LEAD_B = "Kessmark's port kept the ferry Aldra at its berth on Tuesday when a leak was found."
OUTLETS = ("Kessmark Tidings", "Fjordline Courier")
# the first quote both give whole, so the quote under test is a further one (the tail)
ROLL_A = ('"Nobody will board the Aldra until the divers have finished their work," harbour '
          'master Edvin Roll said.')
ROLL_B = ('"Nobody will board the Aldra until the divers have finished their work," said '
          'harbour master Edvin Roll.')


def _shared(a: str, b: str) -> list:
    return support.tail_findings((LEAD_A, ROLL_A), (LEAD_B, ROLL_B), a, b, OUTLETS,
                                 "Kessmark ferry")


# (id, a's further paragraph, b's, words the line must show, words it must not show)
TAIL = [
    ("a concession cut before the kept words, a word inserted in them",
     '"The leak is serious, but the hull as a whole is sound," port inspector Mara Quint '
     'told reporters.',
     '"The hull as a whole is entirely sound," port inspector Mara Quint insisted.',
     ("Kessmark Tidings adds 'The leak is serious, but'", "Fjordline Courier adds 'entirely'"),
     ("gives more of it",)),
    ("a concession with 'although' cut before the kept words, a word inserted",
     '"Although the pumps are old, the engine room is dry," port inspector Mara Quint told '
     'reporters.',
     '"The engine room is completely dry," port inspector Mara Quint insisted.',
     ("Kessmark Tidings adds", "Fjordline Courier adds 'completely'"),
     ("gives more of it",)),
    ("a hedge and the contrast clause after it cut, told whole",
     '"We have not found any fault in the pumps so far, but the inspection is at a very '
     'early stage," port inspector Mara Quint said.',
     '"We have not found any fault in the pumps," said port inspector Mara Quint.',
     ("Kessmark Tidings adds 'so far, but the inspection is",),
     ("adds 'so far')", "gives more of it")),
    # near misses: a plain shorter excerpt
    ("near miss: a sentence before the kept words cut, a word inserted",
     '"The leak was found by divers on Monday. The hull as a whole is sound," port inspector '
     'Mara Quint told reporters.',
     '"The hull as a whole is entirely sound," port inspector Mara Quint insisted.',
     ("a word apart: 'entirely'",),
     ("adds 'The leak", "divers on Monday")),
    ("near miss: a sentence after the kept words cut, a word inserted",
     '"The hull as a whole is sound. The Aldra will be lifted into dry dock on Friday," port '
     'inspector Mara Quint told reporters.',
     '"The hull as a whole is entirely sound," port inspector Mara Quint insisted.',
     ("a word apart: 'entirely'",),
     ("dry dock", "adds 'The Aldra")),
    ("near miss: a hedge alone cut at the end is told as that hedge",
     '"We have not found any fault in the pumps so far," port inspector Mara Quint said.',
     '"We have not found any fault in the pumps," said port inspector Mara Quint.',
     ("Kessmark Tidings adds 'so far'",),
     ("but the",)),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", TAIL, ids=[c[0] for c in TAIL])
def test_a_cut_of_substance_is_told_beside_a_word_apart(case_id, a, b, shown, absent):
    support.one_line_shows(_shared(a, b), case_id, shown, absent)


def test_a_concession_cut_from_a_lead_quote_without_edits_keeps_the_extent_reading():
    # no word apart: the quote is a cut (told_in_full's kind "cut"); the caveat of the same
    # polarity kept whole stays the longer excerpt (session 27's near miss, invented t05)
    found = support.findings_between(
        LEAD_A + '\n\n"Our checks point to the pumps of the Aldra, but we cannot rule out other '
        'causes yet," port inspector Mara Quint said.',
        LEAD_B + '\n\n"We cannot rule out other causes yet," said port inspector Mara Quint.',
        OUTLETS, "Kessmark ferry", "shared_quote")
    support.one_line_shows(found, "caveat kept", ("quote the same words",
                                                  "Kessmark Tidings gives more of it"),
                           ("nearly the same", "adds"))
