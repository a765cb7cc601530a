"""Review of session 31's shared-quote change (review31s): a fragment an outlet weaves into
its own sentence is a fair excerpt, except where the words it stops before open a
contrast clause (rules.quote_changes.CONTRAST_OPENERS: "…, but it is too early to say
why"): that clause qualifies what the fragment keeps, and a line that counts the quote as
"shared" hides the dropped caveat (invented dev d197's shape). Near misses: a woven
fragment that stops before an "and" clause or at the speaker's own sentence end stays a
shared quote. Invented articles (fictional Quillmere, its ferry, operator Tarnlink,
outlets the Quillmere Echo and the Saltmarsh Daily)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The Quillmere ferry stopped running on Tuesday after one of its engines caught fire."
LEAD_B = "Quillmere's ferry was halted on Tuesday when an engine caught fire."
OUTLETS = ("Quillmere Echo", "Saltmarsh Daily")
HARBOUR_A = ('Harbour master Edda Voll said: "Nobody was hurt and every passenger was brought '
             'ashore safely. The crew did exactly what they were trained to do."')
HARBOUR_B = ('"Nobody was hurt and every passenger was brought ashore safely. The crew did '
             'exactly what they were trained to do," harbour master Edda Voll said.')


def _shared(a: str, b: str) -> list:
    return support.tail_findings((LEAD_A, HARBOUR_A), (LEAD_B, HARBOUR_B), a, b, OUTLETS,
                                 "Quillmere ferry")


# (id, a's further paragraph, b's, words the line must show, words it must not show)
TAIL = [
    ("a woven fragment that stops before a caveat is quoted in part",
     '"Early checks point to a worn fuel line, but it is far too soon to say what caused '
     'the fire," Tarnlink said.',
     'Tarnlink maintained that "early checks point to a worn fuel line".',
     ("1 more quoted in part (Quillmere Echo adds 'but it is far too soon",),
     ("more shared quote",)),
    ("near miss: a woven fragment that stops before an 'and' clause is shared",
     '"Early checks point to a worn fuel line, and the engine will be replaced within the '
     'month," Tarnlink said.',
     'Tarnlink maintained that "early checks point to a worn fuel line".',
     ("; 1 more shared quote (",),
     ("in part", "nearly the same")),
    ("near miss: a woven fragment of a whole sentence is shared",
     '"Early checks point to a worn fuel line. It is far too soon to say what caused the '
     'fire," Tarnlink said.',
     'Tarnlink maintained that "early checks point to a worn fuel line".',
     ("; 1 more shared quote (",),
     ("in part", "nearly the same")),
]

# a near miss of another shape: the word the fragment stops before opens no clause
NEAR = [
    ("near miss: an adverb 'yet' the fragment stops before is no caveat clause",
     '"The old fuel lines on the second engine have not been replaced yet this winter," Tarnlink said.',
     'Tarnlink admitted that "the old fuel lines on the second engine have not been replaced".',
     ("; 1 more shared quote (",),
     ("in part", "nearly the same")),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", TAIL + NEAR, ids=[c[0] for c in TAIL + NEAR])
def test_a_woven_fragment_told_by_a_caveat_it_drops(case_id, a, b, shown, absent):
    support.one_line_shows(_shared(a, b), case_id, shown, absent)
