"""A descriptive aside set off by commas, spliced out of the middle of a quote (session 22;
invented dev t41's Bulwark cut "with nets that are banned under Calderian law," from the
commodore's quote, the rest word for word, and was told "a name or place dropped").

quote_diff._aside_cut reads such a cut as a phrase dropped (wording) where commas set it
off on both sides and it opens on a preposition of accompaniment or a non-restrictive
relative pronoun (rules.quote_changes.ASIDE_OPENERS). Near misses that stay a change: a
place the claim is about ("in Orsk" with no commas around it), a name at a phrase's head,
a number, a negation or a hedge in the aside, an evidential aside ("according to its own
logs"), a cut around no commas.
Invented text: fictional Orvell, Orsk, Pell and their people.
"""

from __future__ import annotations

import pytest
import support

ASIDES = [
    # a descriptive aside spliced out, the rest word for word: wording
    ("The ferry was sailing illegally inside our waters, with nets that are banned under "
     "Orvell law, and it will answer for that in our courts,",
     "The ferry was sailing illegally inside our waters, and it will answer for that in our "
     "courts,", "phrase"),
    ("Our divers reached the hull, which lay on its side in the mud, and they found the "
     "crew alive,",
     "Our divers reached the hull, and they found the crew alive,", "phrase"),
    ("The tanker left the Pell terminal, with its hatches still open, and it drifted for an "
     "hour,",
     "The tanker left the Pell terminal, and it drifted for an hour,", "phrase"),
    # near misses: the place the claim is about, cut with no commas around it
    ("We will strike in Orsk tomorrow and we will not stop,",
     "We will strike tomorrow and we will not stop,", "place"),
    # a name at the head of the aside's phrase: a place or a person dropped
    ("The ferry was sailing illegally inside our waters, with nets bought in Orsk, and it "
     "will answer for that in our courts,",
     "The ferry was sailing illegally inside our waters, and it will answer for that in our "
     "courts,", "place"),
    ("The tanker left the terminal, with Mayor Hallam Ostrova on board, and it drifted for "
     "an hour,",
     "The tanker left the terminal, and it drifted for an hour,", "place"),
    # a number or a negation in the aside
    ("The tanker left the terminal, with 40 drums of fuel on deck, and it drifted for an hour,",
     "The tanker left the terminal, and it drifted for an hour,", "number"),
    ("The tanker left the terminal, with no pilot on the bridge, and it drifted for an hour,",
     "The tanker left the terminal, and it drifted for an hour,", "negation"),
    # an evidential aside: how far the claim is the speaker's own (opened by no aside word)
    ("The ferry was sailing lawfully and, according to its own logs, outside the Orvell "
     "zone,",
     "The ferry was sailing lawfully and outside the Orvell zone,", "qualifier"),
    # a hedge in the aside
    ("Our divers reached the hull, which probably lay on its side, and they found the crew "
     "alive,",
     "Our divers reached the hull, and they found the crew alive,", "qualifier"),
    # no commas set it off: a restrictive modifier, as before
    ("The ferry was sailing with nets that are banned under Orvell law and it will answer "
     "for that in our courts,",
     "The ferry was sailing and it will answer for that in our courts,", "place"),
]


@pytest.mark.parametrize(("a", "b", "kind"), ASIDES)
def test_a_descriptive_aside_spliced_out(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind
