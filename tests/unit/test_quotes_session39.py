"""Session 39 (quotes39): trims of a quote that keep what the speaker asserts.

Invented text (fictional Dornvale, the Ostrel line, Harrowmere and their people).

1. A prepositional maximizer cut inside a quote (rules.quotes_trims.MAXIMIZER_PHRASES,
   quote_diff.classify): "We accept the report in full and apologise" / "We accept the
   report and apologise" says the acceptance louder, as "fully" does (invented t270's trap,
   session 38's held-out read). Near misses that stay changes: the phrase under a denial
   ("We do not accept the report in full", "have not paid ... in full": part of it), one
   value for another ("in full" / "in part"), a number, a place or a negation cut beside it.
"""

from __future__ import annotations

import pytest
import support

NO_CHANGE = (None, "trivial", "extent", "phrase", "emphasis")

MAXIMIZER = [
    # (id, longer, shorter, trivial?)
    ("in-full-inner",
     "We accept the report in full and apologise to the families of Dornvale",
     "We accept the report and apologise to the families of Dornvale", True),
    ("in-full-before-adverbial",
     "The operator will repay every fare in full by the end of March,",
     "The operator will repay every fare by the end of March,", True),
    ("in-its-entirety",
     "We will publish the Ostrel line review in its entirety next week, as promised",
     "We will publish the Ostrel line review next week, as promised", True),
    ("in-their-entirety",
     "The council adopted the recommendations in their entirety and thanked the panel",
     "The council adopted the recommendations and thanked the panel", True),
    # near misses: still a change
    ("denied-in-full",
     "We do not accept the report in full and will appeal the ruling",
     "We do not accept the report and will appeal the ruling", False),
    ("never-in-full",
     "Harrowmere has never paid the contractors in full since the flood",
     "Harrowmere has never paid the contractors since the flood", False),
    ("in-full-in-part",
     "We accept the report in full and apologise to the families of Dornvale",
     "We accept the report in part and apologise to the families of Dornvale", False),
    ("in-full-with-number",
     "The operator will repay the fares in full within 30 days, and we apologise",
     "The operator will repay the fares within days, and we apologise", False),
    ("negation-cut-beside",
     "We do not accept the report in full and apologise to the families",
     "We accept the report in full and apologise to the families", False),
    ("only-cut-beside",
     "We accept only the report's first chapter in full and apologise to the families",
     "We accept the report's first chapter in full and apologise to the families", False),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in MAXIMIZER],
                         ids=[c[0] for c in MAXIMIZER])
def test_maximizer_phrase(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, NO_CHANGE)
