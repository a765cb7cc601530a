"""Session 35's review of the shared-quote change that tells a cut clause of concession, a
cut limit of validity and a fragment quoted apart in other words (merge f9944c2d): near
misses it read wrong as "nearly the same words", each a longer excerpt:

- a fronted clause of time or comparison ("While the tugs were being refuelled,", "Much
  as it did two winters ago,"): quote_scope.CONCESSIVE_HEADS holds no "while", "whilst"
  nor "much as";
- "in force" of numbers ("turned out at the quay in force") or of the rules as they stand
  ("the rules in force"): quote_scope.VALIDITY_LIMITERS holds "in force at the time", not
  "in force" alone;
- an additive "Not only …, but" cut before a woven fragment: no contrast
  (quote_scope.ADDITIVE_CORRELATIVES, shared_quote._turned);
- a fragment of the shorter quote's sentence alike to the cut words only in its subject
  ('"the pilots have been treated fairly"' against "The pilots have been on the water
  since dawn, and …"): another thing the speaker said (shared_quote._requoted_apart).

The true readings stay: a fronted "Although" clause and a fragment that quotes the cut
words in other words are told. Invented articles (fictional Veldmoor, its port
spokeswoman Ilse Varga and pilots' union organiser Dario Fenn, outlets the Veldmoor
Courant and the Ostrand Gazette)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "Harbour pilots in Veldmoor voted on Tuesday to walk out next month over rosters."
LEAD_B = "Veldmoor's harbour pilots will walk out next month after a vote on Tuesday over rosters."
OUTLETS = ("Veldmoor Courant", "Ostrand Gazette")


def _head(a: str, b: str) -> list:
    return support.findings_between(support.page(LEAD_A, a), support.page(LEAD_B, b),
                                    OUTLETS, "Veldmoor pilot strike", "shared_quote")


LONGER = ("Veldmoor Courant gives more of it",)
NOT_CHANGED = ("nearly the same", "adds", " where ")

# (id, a's paragraph, b's, words the line must show, words it must not show)
CASES = [
    ("near miss: a fronted clause of time with 'While' cut",
     '"While the pilots were still out at sea on Tuesday, the port office in Veldmoor stayed '
     'open all night," port spokeswoman Ilse Varga said.',
     '"The port office in Veldmoor stayed open all night," port spokeswoman Ilse Varga said.',
     LONGER, NOT_CHANGED),
    ("near miss: a fronted clause of time with 'Whilst' cut",
     '"Whilst the tugs were being refuelled, the pilots waited on the quay for three hours," '
     'port spokeswoman Ilse Varga said.',
     '"The pilots waited on the quay for three hours," port spokeswoman Ilse Varga said.',
     LONGER, NOT_CHANGED),
    ("near miss: a fronted clause of comparison with 'Much as' cut",
     '"Much as it did in the storm two winters ago, the port will close the outer channel for '
     'a week," port spokeswoman Ilse Varga said.',
     '"The port will close the outer channel for a week," port spokeswoman Ilse Varga said.',
     LONGER, NOT_CHANGED),
    ("near miss: 'in force' of numbers cut where a woven fragment ends",
     '"The pilots and their families turned out at the quay in force," union organiser Dario '
     'Fenn said.',
     'Union organiser Dario Fenn said the pilots and their families "turned out at the quay".',
     LONGER, NOT_CHANGED),
    ("near miss: 'in force' of the rules as they stand cut where a woven fragment ends",
     '"Every boat followed the rules in force," port spokeswoman Ilse Varga said.',
     'Port spokeswoman Ilse Varga said every boat "followed the rules".',
     LONGER, NOT_CHANGED),
    ("near miss: an additive 'Not only ..., but' cut before a woven fragment",
     '"Not only is the outer channel closed to tankers, but the inner basin is shut to all '
     'traffic as well," port spokeswoman Ilse Varga said.',
     'Port spokeswoman Ilse Varga said the inner basin "is shut to all traffic as well".',
     LONGER, NOT_CHANGED),
    ("near miss: a fragment apart alike to the cut words only in its subject",
     '"The pilots have been on the water since dawn, and none of them was ever put at risk," '
     'port spokeswoman Ilse Varga said.',
     '"None of them was ever put at risk," port spokeswoman Ilse Varga said, adding that "the '
     'pilots have been treated fairly" by the port.',
     LONGER, NOT_CHANGED),
    # the true readings the change brought, kept
    ("a fronted 'Although' clause cut",
     '"Although the fees have risen twice this spring, the pilot service is still losing '
     'money every month," port spokeswoman Ilse Varga said.',
     '"The pilot service is still losing money every month," port spokeswoman Ilse Varga '
     'said.',
     ("nearly the same words", "Veldmoor Courant adds 'Although the fees have risen twice "
      "this spring'"),
     ("gives more of it",)),
    ("the cut words quoted apart in other words in the shorter quote's sentence",
     '"I may not have checked the rosters closely enough before the vote, and for that I owe '
     'the members an apology," union organiser Dario Fenn said in a letter.',
     '"I owe the members an apology," union organiser Dario Fenn wrote, admitting that he '
     '"did not check the rosters" before the vote.',
     ("nearly the same words", "Veldmoor Courant has 'may not have checked the rosters' "
      "where Ostrand Gazette has 'did not check the rosters'"),
     ("gives more of it",)),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", CASES, ids=[c[0] for c in CASES])
def test_a_cut_of_time_numbers_addition_or_another_fragment_stays_a_longer_excerpt(
        case_id, a, b, shown, absent):
    support.one_line_shows(_head(a, b), case_id, shown, absent)
