"""Review 29q of quotes29 / quotes29b: a rejected alternative spliced out
(quote_diff._corrective_cut) whatever way the word alignment places the splice.

"This is not a strike, it is a fight" / "This is a fight": the splice may be read as
"[not a strike, it is]" after the kept "is", or, word for word the same, as "[is not a
strike, it]" before it: which one the aligner picks depends on the words around (with
no sentence before the quote it picks the second). Both are one cut; before this review
only the first was read as one (the quote_changed finder said "negation" for the other,
d152's trap again). Invented text: fictional Velm, the Tarsk mill and their people.
"""

from __future__ import annotations

import pytest
import support

CASES = [
    # (longer, shorter, kind): None = no change
    ("This is not a strike, it is a fight for the Tarsk mill,",
     "This is a fight for the Tarsk mill,", None),
    ("The fire was not an accident, it was arson by the owners of Velm,",
     "The fire was arson by the owners of Velm,", None),
    ("The mayor is not lying, he is the one who warned Velm,",
     "The mayor is the one who warned Velm,", None),
    # near misses that stay a change: the negation alone dropped, "not only", another
    # verb after the subject, a coordinated clause
    ("This is not a strike, it is a fight for the Tarsk mill,",
     "This is a strike for the Tarsk mill,", "negation"),
    ("This is not only a strike, it is a fight for the Tarsk mill,",
     "This is a fight for the Tarsk mill,", "negation"),
    ("The plan for the Tarsk mill is not fair, and it is cruel to the workers of Velm,",
     "The plan for the Tarsk mill is cruel to the workers of Velm,", "negation"),
    ("The mill was not closed, it is sold to Velm,",
     "The mill is sold to Velm,", "negation"),
]


@pytest.mark.parametrize(("longer", "shorter", "kind"), CASES)
def test_a_rejected_alternative_spliced_out_either_alignment(longer, shorter, kind):
    got = support.quote_change_kind(longer, shorter)
    assert got == kind or (kind is None and got == "extent"), got
    got = support.quote_change_kind(shorter, longer)
    assert got == kind or (kind is None and got == "extent"), got
