"""review35f: probes of framing35's verb-contrast guard (attribution._profile_pairs: no
contrast on a statement the loaded outlet gives itself with a plain verb, on the loaded
cue's matter, outside the quote its gist leads into).

Two defects found, the second fixed:

- (left open, a strict xfail row: the fix, rechecking _one_matter, dropped dev d84's keyed
  'claimed' and t113's read-right line with dev d182's read-wrong one) Once that guard takes the shared quote out, the other outlet's plain statements left
  may all be on another matter: the profile line then stood on a statement that the
  profile's own matter test (_one_matter) rejects ("insisted that passenger safety was her
  priority" against "said the harbour budget would pay for three new cranes"). The plain
  statements left must still hold one on the loaded cue's matter.
- The guard's matter test counted the story's own event words: a loaded 'claimed' on a
  statement only its outlet carries ("the crews had been paid more than any ferry crews")
  lost its line because the same outlet gives another, shared quote with 'said' that
  shares only 'ferry' and 'crews' with it. Words every outlet's lede gives no longer tie
  the two (attribution._story_lede_stems).

Invented text: a ferry strike in the port town of Ambersund; Harbour Minister Ilka
Vossberg; the Ambersund Wire, the Tarnby Courier and the Coastline Herald.
"""

from __future__ import annotations

import pytest
import support
from test_framing_session35 import LEDE, OUTLETS, OWN_PARAGRAPH, PLAIN, QUOTE

# framing35's ferry story (test_framing_session35): OWN is its loaded outlet's own paragraph
OWN = OWN_PARAGRAPH
CRANES = ("Vossberg also said the harbour budget for next year would pay for three new cranes "
          "at the container quay.")
PRIORITY = "Vossberg told reporters that her first priority was the safety of every passenger."

LEAVE = '"No ferry will leave the terminal until the crews are back at work," Vossberg said.'
PLAIN_LEAVE = ("Harbour Minister Ilka Vossberg ordered the port authority to run two emergency "
               "boats for hospital patients until the crews return.\n\n" + LEAVE)
PAID = ("Harbour Minister Ilka Vossberg claimed that the crews had been paid more than any "
        "ferry crews in the country.\n\n" + LEAVE)
LEFT = ("Harbour Minister Ilka Vossberg claimed that the crews had left the terminal without "
        "warning the ferry passengers.\n\n" + LEAVE)
SAFETY_CLAIM = ("Harbour Minister Ilka Vossberg claimed that passenger safety was her priority "
                "and ordered the port authority to run two emergency boats for "
                "hospital patients until the crews return.\n\n" + QUOTE)

CASES = [
    # (id, the two plain outlets' text, the Herald's text, the loaded verb, a line expected)
    pytest.param(
        "the shared quote told alike, the plain statement left on another matter (cranes)",
        PLAIN + "\n\n" + CRANES, OWN, "insisted", False, marks=pytest.mark.xfail(
            strict=True, reason="left open: rechecking _one_matter on the plain statements "
            "left drops dev d84's keyed 'claimed' (measured by review35f)"),
        id="the shared quote told alike, the plain statement left on another matter"),
    ("near miss: the plain statement left is on the loaded cue's matter",
     PLAIN + "\n\n" + PRIORITY, OWN, "insisted", True),
    ("framing35's t227 shape stays without a line", PLAIN, OWN, "insisted", False),
    ("framing35's t227 shape with 'claimed' stays without a line (the quote's own gist)",
     PLAIN, SAFETY_CLAIM, "claimed", False),
    ("'claimed' on a statement only the Herald carries; its own 'said' for another shared "
     "quote shares only the story's lede words ('ferry', 'crews')",
     PLAIN_LEAVE, PAID, "claimed", True),
    ("'claimed' on another statement sharing lede words ('crews', 'terminal', 'ferry')",
     PLAIN_LEAVE, LEFT, "claimed", True),
]


@pytest.mark.parametrize("name,plain,herald,verb,expected", CASES,
                         ids=[c[0] if isinstance(c, tuple) else c.id for c in CASES])
def test_verb_contrast_beside_a_statement_told_alike(name, plain, herald, verb, expected):
    courier = plain.replace("Ilka Vossberg", "Ilka Vossberg, 58,")
    got = support.profile_lines(LEDE, (plain, courier, herald), OUTLETS, verb)
    assert bool(got) is expected, got


# framing._forced_elsewhere (framing35): an outlet whose piece tells the intensified act
# elsewhere with a charged verb is no plain side. Defect: the charged verb was matched by
# term set and doer only, so the same doer's charged verb for another act ("yanked a crate
# of cod off the stall") took the outlet off the plain side too. Invented text: a scuffle
# at the Quillmoor fish market; Mayor Brannoc Ives; the Quillmoor Ledger, the Saltgate
# Crier and the Fenwick Post.

LEDE_A = ("Mayor Brannoc Ives of Quillmoor was pulled into a scuffle at the Quillmoor fish "
          "market on Tuesday evening.")
LEDE_B = ("A scuffle broke out at the Quillmoor fish market on Tuesday evening around Mayor "
          "Brannoc Ives.")
LEDE_C = ("Mayor Brannoc Ives of Quillmoor was caught in a scuffle at the fish market on "
          "Tuesday evening.")
VIOLENTLY = ("As the mayor greeted traders in the market on Tuesday, a dockhand grabbed his arm "
             "and pulled him violently towards the stalls.")
PULLED = ("The mayor had turned away from the crowd when a dockhand seized his arm and pulled "
          "him toward the stalls.")
PULLED_ON = ("The mayor was greeting traders when a dockhand pulled on his arm and almost made "
             "him fall.")


def _crier_plain(other: str) -> list[str]:
    from storylens.options import Options

    texts = (f"{LEDE_A} {VIOLENTLY}", f"{LEDE_B} {PULLED} {other}", f"{LEDE_C} {PULLED_ON}")
    found = support.framings_among("", texts, ("Quillmoor Ledger", "Saltgate Crier", "Fenwick Post"),
                                   Options(framing=True, story_framing=True), strict=True)
    return [f.summary for f in found if "writes 'pulled him violently'" in f.summary
            and "Saltgate Crier writes 'pulled'" in f.summary]


FORCED = [
    # (id, the Crier's further sentence, the Crier kept as a plain side)
    ("the same doer's charged verb for another act (a crate)",
     "The dockhand then yanked a crate of cod off the stall and ran.", True),
    ("near miss: the same doer's charged verb for the mayor",
     "The dockhand kept jerking the mayor around, a yank that appeared to hurt him.", False),
    ("near miss: the same doer's charged verb naming no one else",
     "The dockhand kept jerking him about for some seconds.", False),
]


@pytest.mark.parametrize("name,other,wanted", FORCED, ids=[c[0] for c in FORCED])
def test_plain_side_beside_a_charged_verb_for_another_act(name, other, wanted):
    assert bool(_crier_plain(other)) is wanted
