"""Session 29 (quotes29b): a one-word difference that makes no other claim.

Session 29's new dev d171-d180 (blind writers) hit two traps of quote_changed under its
flag: d171's 'all' put before a bare plural ('whether testing at all depots is
sufficient' / '… at depots …') and d179's 'Nobody can …' / 'They cannot …' (one negative
claim worded two ways). The text here is new invented text (fictional Orvand, the Kesh
valley and their people).

1. "all" right before a bare plural (no determiner, no number) inside an embedded yes/no
   question ("whether") asks what the bare plural asks of the kind already and asserts
   nothing (quote_diff._bare_plural_all, rules.quote_changes.BARE_PLURAL_ALL). Near misses
   that stay changes: in a statement ("will inspect all farms" / "… farms": some of them,
   as session 20's "rejects all claims"), under a negation ("did not visit all farms",
   "failed to inspect all farms" inside the question), in a condition ("if all pumps
   fail"), one quantifier for another ("some farms" / "all farms"), a plural of time ("at
   times" / "at all times").
2. A negative quantifier as subject with a modal against "they" with that modal negated
   (quote_diff._negative_subject, rules.quote_changes.NEGATIVE_SUBJECTS): one negative
   claim. Near misses: "We cannot" (the speaker's own group), the negation dropped ("They
   can"), another modal ("Nobody will" / "They cannot"), "Everyone can".
"""

from __future__ import annotations

import pytest
import support

TRIVIAL = (None, "trivial", "extent")

CASES = [
    # (id, a, b, trivial?)
    ("all-bare-plural-whether",
     "We will check whether the alarms at pumping stations are loud enough,",
     "We will check whether the alarms at all pumping stations are loud enough,", True),
    ("all-bare-plural-if-question",
     "The council will ask whether crossings in the Kesh valley are safe,",
     "The council will ask whether all crossings in the Kesh valley are safe,", True),
    ("all-bare-plural-statement",
     "The wardens of Orvand will inspect farms before the harvest begins.",
     "The wardens of Orvand will inspect all farms before the harvest begins.", False),
    ("all-bare-plural-question-negated",
     "We will check whether the wardens failed to inspect farms in Orvand,",
     "We will check whether the wardens failed to inspect all farms in Orvand,", False),
    ("all-bare-plural-negated",
     "The wardens of Orvand did not inspect farms before the harvest began.",
     "The wardens of Orvand did not inspect all farms before the harvest began.", False),
    ("all-bare-plural-condition",
     "If sluices fail again we will close the Kesh valley road.",
     "If all sluices fail again we will close the Kesh valley road.", False),
    ("some-for-all",
     "The wardens of Orvand will inspect some farms before the harvest begins.",
     "The wardens of Orvand will inspect all farms before the harvest begins.", False),
    ("at-all-times",
     "Our rangers patrol the Kesh valley at times during the night.",
     "Our rangers patrol the Kesh valley at all times during the night.", False),
    ("nobody-they-cannot",
     "We will go on reporting. Nobody can silence the Kesh valley,",
     "We will go on reporting. They cannot silence the Kesh valley,", True),
    ("no-one-they-cant",
     "We will go on reporting. No one can bury these records,",
     "We will go on reporting. They can't bury these records,", True),
    ("nobody-we-cannot",
     "We will go on reporting. Nobody can bury these records,",
     "We will go on reporting. We cannot bury these records,", False),
    ("nobody-they-can",
     "We will go on reporting. Nobody can bury these records,",
     "We will go on reporting. They can bury these records,", False),
    ("nobody-will-they-cannot",
     "We will go on reporting. Nobody will bury these records,",
     "We will go on reporting. They cannot bury these records,", False),
    ("nobody-everyone-can",
     "We will go on reporting. Nobody can bury these records,",
     "We will go on reporting. Everyone can bury these records,", False),
]


@pytest.mark.parametrize(("a", "b", "trivial"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_word_without_claim(a: str, b: str, trivial: bool) -> None:
    support.assert_quote_cut_reading(a, b, trivial, TRIVIAL)
