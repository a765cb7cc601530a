"""Connectives that set two events one after the other in a sentence, for telling a loaded
word that names another event than the plain word of its own sentence.

"The mayor banned street protests for 30 days after a weekend of rioting": the plain
"protests" (what is banned) and the loaded "rioting" (what came before) stand on the two
sides of "after", so they name two events; another outlet's "banned all street
demonstrations ..., five days after a march ended in clashes" names the banned thing with
its plain word, on the same side of its own "after", and the Gazette's "rioting" is no
other word for it (held-out t148, session 26, read wrong; framing._term_framing). Words of
one event are not split so: "jailed for rioting during the 2024 protests" (the rioting is
part of the protests), "the gutting of the service was part of a package of cuts", "killing
four ... in what rights groups call a massacre" (one act named twice) keep their loaded
word set against the other outlets' plain one (dev d29, d01, d16, read right).

Only connectives of time order are listed: "during", "amid", "in" join parts of one event.
A connective's phrase runs to the next clause mark (comma, semicolon, colon, dash,
bracket) or the sentence's end, so "After a weekend of rioting, the mayor banned street
protests" splits as well.
"""

from __future__ import annotations

import re

# "after X", "before X", "following X", "ahead of X", "prior to X", "in the wake of X"
SEQUENCE_CONNECTIVE = re.compile(
    r"\b(?:after|before|following|ahead\s+of|prior\s+to|in\s+the\s+wake\s+of)\b",
    re.IGNORECASE,
)
# what ends a connective's phrase
SEQUENCE_PHRASE_END = re.compile(r"[,;:()—–]")
