"""A cut clause of concession or contrast, a cut limit of validity and a fragment quoted
apart in other words are told, never a quote at two lengths (session 35: session 34's
held-out t223, t225 and t228, and dev d214, read wrong as "gives more of it"):

- one outlet's quote opens on a clause the other's lacks, joined to the words both give by
  a conjunction of contrast ("Nobody on the ferries wants a stoppage, but") or a fronted
  subordinator of concession (quote_scope.CONCESSIVE_HEADS: "Although", "Even though"):
  the line says the two quote nearly the same words and names the clause, at the head of
  the line or in its tail, whether the shorter quote is woven into its outlet's sentence
  or not (shared_quote._turned, told_in_full);
- a postmodifier limiting what the shared words name to what was valid then
  (quote_scope.VALIDITY_LIMITERS: "in force at the time") cut where a woven fragment ends
  is named (shared_quote._limit_span);
- a pair told by a quote one outlet gives in part, when that outlet's sentence quotes the
  rest apart in other words ('admitting that she "did not check the hull"' against "I may
  not have checked the hull …"), says where they part (shared_quote._requoted_apart).

Near misses keep their reading, a longer excerpt: a cut comment clause of attribution ("As
I told the council on Monday,"), a cut universal concessive of emphasis ("However large
the repair bill,"), a parallel contrast ("Although the north slipway is shut, the south
slipway …"), a statement split in two whose fragment is the cut words themselves,
and a concession the other outlet tells beside its fragment in its own words. Invented
articles (fictional Quarrendon, its ferry union secretary Maren Tollis and operator
spokesman Ivo Ranst, outlets the Quarrendon Ledger and the Fenwater Post)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "Ferry crews in Quarrendon voted on Monday to stop work from next week over pay."
LEAD_B = "Quarrendon's ferry crews will stop work next week after a vote on Monday over pay."
OUTLETS = ("Quarrendon Ledger", "Fenwater Post")
# the first quote both give whole, so the quote under test is a further one (the tail)
FIRST_A = ('"The last sailing before the stoppage leaves at six on Friday evening," operator '
           'spokesman Ivo Ranst said.')
FIRST_B = ('"The last sailing before the stoppage leaves at six on Friday evening," said '
           'operator spokesman Ivo Ranst.')


def _head(a: str, b: str) -> list:
    return support.findings_between(support.page(LEAD_A, a), support.page(LEAD_B, b),
                                    OUTLETS, "Quarrendon ferry strike", "shared_quote")


def _tail(a: str, b: str) -> list:
    return support.tail_findings((LEAD_A, FIRST_A), (LEAD_B, FIRST_B), a, b, OUTLETS,
                                 "Quarrendon ferry strike")


STOPPAGE = ('"Nobody on the ferries wants a stoppage, but the operator has left us no other '
            'way," union secretary Maren Tollis told reporters in Quarrendon.')
APOLOGY_FULL = ('"I may not have checked the hull closely enough before the sailing, and for '
                'that I beg their forgiveness," union secretary Maren Tollis said in a letter '
                'to members.')
APOLOGY_SPLIT = ('"I beg their forgiveness," union secretary Maren Tollis wrote, admitting that '
                 'she "did not check the hull" before the sailing.')

# (id, a's paragraph, b's, words the line must show, words it must not show)
CASES = [
    ("a clause cut with its 'but' before the speaker's sentence",
     STOPPAGE,
     'Union secretary Maren Tollis said: "The operator has left us no other way."',
     ("nearly the same words", "Quarrendon Ledger adds 'Nobody on the ferries wants a "
      "stoppage, but'"),
     ("gives more of it", "the same words:")),
    ("a clause cut with its 'but' before a woven fragment",
     STOPPAGE,
     'Union secretary Maren Tollis claimed the operator "has left us no other way".',
     ("Quarrendon Ledger adds 'Nobody on the ferries wants a stoppage, but'",),
     ("gives more of it",)),
    ("a fronted 'Although' clause cut",
     '"Although the fares have risen twice this spring, the ferry service is still losing '
     'money every month," operator spokesman Ivo Ranst said.',
     '"The ferry service is still losing money every month," operator spokesman Ivo Ranst '
     'said.',
     ("nearly the same words", "Quarrendon Ledger adds 'Although the fares have risen twice "
      "this spring'"),
     ("gives more of it",)),
    ("a fronted 'Even though' clause cut",
     '"Even though the crews have a fair case, the operator cannot pay another penny this '
     'season," operator spokesman Ivo Ranst said.',
     '"The operator cannot pay another penny this season," operator spokesman Ivo Ranst said.',
     ("Quarrendon Ledger adds 'Even though the crews have a fair case'",),
     ("gives more of it",)),
    ("a limit of validity cut where a woven fragment ends",
     '"The crossing was run in line with all the safety rules in force at the time," operator '
     'spokesman Ivo Ranst said.',
     'Operator spokesman Ivo Ranst claimed the crossing had been run "in line with all the '
     'safety rules".',
     ("Quarrendon Ledger adds 'in force at the time'",),
     ("gives more of it",)),
    ("the cut words quoted apart in other words in the shorter quote's sentence",
     APOLOGY_SPLIT,
     APOLOGY_FULL,
     ("nearly the same words", "Quarrendon Ledger has 'did not check the hull' where "
      "Fenwater Post has 'may not have checked the hull"),
     ("gives more of it",)),
    # near misses: a longer excerpt
    ("near miss: a comment clause of attribution cut",
     '"As I told the council on Monday, the east slipway will stay shut until the spring," '
     'operator spokesman Ivo Ranst said.',
     '"The east slipway will stay shut until the spring," operator spokesman Ivo Ranst said.',
     ("Quarrendon Ledger gives more of it",),
     ("nearly the same", "adds")),
    ("near miss: a universal concessive of emphasis cut",
     '"However large the repair bill turns out, the operator will pay every penny of it," '
     'operator spokesman Ivo Ranst said.',
     '"The operator will pay every penny of it," operator spokesman Ivo Ranst said.',
     ("Quarrendon Ledger gives more of it",),
     ("nearly the same", "adds")),
    ("near miss: a parallel contrast in a fronted 'Although' clause",
     '"Although the north slipway is shut for repairs, the south slipway will open on '
     'Monday," operator spokesman Ivo Ranst said.',
     '"The south slipway will open on Monday," operator spokesman Ivo Ranst said.',
     ("Quarrendon Ledger gives more of it",),
     ("nearly the same", "adds")),
    ("near miss: one statement split in two, its fragment the cut words themselves",
     APOLOGY_SPLIT,
     '"I did not check the hull before the sailing, and for that I beg their forgiveness," '
     'union secretary Maren Tollis said in a letter to members.',
     (),
     ("nearly the same", " where ")),
    ("near miss: the concession told beside the other's fragment in its own words",
     STOPPAGE,
     'Union secretary Maren Tollis said nobody on the ferries wanted a stoppage but that the '
     'operator "has left us no other way".',
     (),
     ("adds 'Nobody", "nearly the same")),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", CASES, ids=[c[0] for c in CASES])
def test_a_cut_clause_of_concession_or_a_changed_fragment_is_told_at_the_head(
        case_id, a, b, shown, absent):
    support.one_line_shows(_head(a, b), case_id, shown, absent)


TAIL = [
    ("a clause cut with its 'but', a further quote",
     STOPPAGE,
     'Union secretary Maren Tollis said: "The operator has left us no other way."',
     ("1 more nearly the same", "Quarrendon Ledger adds 'Nobody on the ferries wants a "
      "stoppage, but'"),
     ("1 more shared quote", "gives more of it")),
    ("near miss: a comment clause of attribution cut, a further quote",
     '"As I told the council on Monday, the east slipway will stay shut until the spring," '
     'operator spokesman Ivo Ranst said.',
     '"The east slipway will stay shut until the spring," operator spokesman Ivo Ranst said.',
     (),
     ("nearly the same",)),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", TAIL, ids=[c[0] for c in TAIL])
def test_a_cut_clause_of_concession_is_told_in_the_tail(case_id, a, b, shown, absent):
    support.one_line_shows(_tail(a, b), case_id, shown, absent)
