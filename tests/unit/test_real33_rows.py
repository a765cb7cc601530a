"""real33 (session 33): rows for the lead from a read of real text (no fix here).

1. Framing (off by default; --all-findings) names one outlet on both sides of one act. On a
   six-outlet semeval2022-en dev story (a crowd member pulling a public figure's hand), one
   line reads "outlet R writes 'jerking' where Q writes 'pull'", and the next reads "outlet
   M writes 'pulled him violently' where ... R ... write 'pulled'": R's lede says the plain
   verb, but its body tells the same act with a charged verb and noun ("jerking ... around",
   "a yank"). The plain side is chosen sentence by sentence; an outlet's charged wording of
   the same act elsewhere in its piece does not take it off the plain side (the act's
   analogue of real32's charged noun for the same statement, ``attribution.told_elsewhere``
   reading speech only).

   Wanted: an outlet whose piece tells the same act with a charged word of that class
   elsewhere ("kept jerking the mayor around", "kept yanking ...") is no plain side for it;
   the line may stand on the outlets that are plain throughout.
   Near misses that pass on main: the outlet's other sentence is plain ("kept holding the
   mayor's arm"), or its charged verb tells another act by another actor ("police later
   dragged the dockhand away"): the outlet stays a plain side.

Invented text: a scuffle at the Pellow fish market; Mayor Orrin Tessaly; the Pellow Ledger,
the Harbour Crier and the Tessmoor Post. The xfail rows were flipped by framing35 (session 35:
findings.framing._forced_elsewhere, a charged verb of the same term set and doer elsewhere in
the piece).
"""

from __future__ import annotations

import pytest
import support

from storylens.options import Options

LEDE_A = ("Mayor Orrin Tessaly of Pellow was pulled into a scuffle at the Pellow fish market "
          "on Tuesday evening.")
LEDE_B = ("A scuffle broke out at the Pellow fish market on Tuesday evening around Mayor Orrin "
          "Tessaly.")
LEDE_C = ("Mayor Orrin Tessaly of Pellow was caught in a scuffle at the fish market on Tuesday "
          "evening.")
VIOLENTLY = ("As the mayor greeted traders in the market on Tuesday, a dockhand grabbed his arm "
             "and pulled him violently towards the stalls.")
PULLED = ("The mayor had turned away from the crowd when a dockhand seized his arm and pulled "
          "him toward the stalls.")
PULLED_ON = ("The mayor was greeting traders when a dockhand pulled on his arm and almost made "
             "him fall.")

JERKING_SAME = "The dockhand kept jerking the mayor around, a yank that appeared to hurt him."
YANKING_SAME = "The dockhand kept yanking the mayor around, a move that appeared to hurt him."
PLAIN_SAME = "The dockhand kept holding the mayor's arm for some seconds, witnesses said."
DRAGGED_OTHER = "Police officers later dragged the dockhand away from the stalls."


def _crier_plain(b_other: str) -> list[str]:
    """The lines that set the Harbour Crier's 'pulled' against the Ledger's 'pulled him
    violently'."""
    texts = (f"{LEDE_A} {VIOLENTLY}", f"{LEDE_B} {PULLED} {b_other}", f"{LEDE_C} {PULLED_ON}")
    found = support.framings_among("", texts, ("Pellow Ledger", "Harbour Crier", "Tessmoor Post"),
                                   Options(framing=True, story_framing=True), strict=True)
    return [f.summary for f in found if "writes 'pulled him violently'" in f.summary
            and "Harbour Crier writes 'pulled'" in f.summary]


@pytest.mark.parametrize(("name", "other", "wanted"), [
    pytest.param("charged verb 'jerking' for the same act", JERKING_SAME, False,
                 id="jerking-same"),
    pytest.param("charged verb 'yanking' for the same act", YANKING_SAME, False,
                 id="yanking-same"),
    pytest.param("near miss: a plain verb for the same act", PLAIN_SAME, True,
                 id="plain-same"),
    pytest.param("near miss: a charged verb for another act", DRAGGED_OTHER, True,
                 id="dragged-other"),
])
def test_plain_side_reads_a_charged_verb_for_the_same_act(name, other, wanted):
    lines = _crier_plain(other)
    assert bool(lines) == wanted, (name, lines)
