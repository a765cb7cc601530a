"""A shared quote one outlet cuts where the cut turns what the kept words claim is not told
as "X gives more of it" (session 27: invented dev d152, d153, d155 read wrong by reader27):
a hedge the longer quote runs straight on with ("… under the law as it stands" /
'"are licensed under the law"'), a contrast clause that takes the kept clause's own
predicate back ("free to hold opinions, but they are not free to broadcast them" /
'"free to hold opinions"'), or a concession and its "but" before the kept words ("We
support the aim, but schools …" / "Schools …"): the line names the words, whether or not
the shorter quote is woven into its outlet's sentence. Near misses stay "gives more of
it": a following sentence dropped, a neutral tail, a contrast clause naming another matter
or of the same polarity, a parallel contrast. Invented articles (fictional Dunmere, its
harbour board chair Orla Vintner and the ferry dispute)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The harbour board of Dunmere met ferry operators on Thursday over the winter timetable."
LEAD_B = "Dunmere's harbour board held talks with ferry operators about the winter timetable on Thursday."


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                    ("Dunmere Echo", "Coast Herald"), "Ferry dispute", "shared_quote")


NAMED = "quote nearly the same words"
SAME = "quote the same words"
MORE = "Dunmere Echo gives more of it"

CASES = [
    # (id, a, b, how the finding says it, words it must show, words it must not show)
    ("a trailing hedge cut from a woven fragment",
     '"Our crews are insured under the harbour rules as they are written at present," '
     "board chair Orla Vintner said.",
     'Board chair Orla Vintner said the crews "are insured under the harbour rules as they '
     'are written", though she did not say for how long.',
     NAMED, "Dunmere Echo adds 'at present'", "gives more of it"),
    ("'as things stand' cut, the rest woven",
     '"The old quay at Skarra will stay open to the ferries as things stand," board chair '
     "Orla Vintner said.",
     'Board chair Orla Vintner said the old quay "will stay open to the ferries", without '
     "giving a date.",
     NAMED, "Dunmere Echo adds 'as things stand'", "gives more of it"),
    ("a contrast that takes the predicate back, the shorter woven",
     '"Operators are welcome to bid for the night route, but they are not welcome to run it '
     'at a loss," board chair Orla Vintner said.',
     'Board chair Orla Vintner told operators that they "are welcome to bid for the night '
     'route".',
     NAMED, "Dunmere Echo adds 'but they are not welcome to run it", "gives more of it"),
    ("a concession before 'but' cut",
     '"We accept the timetable in principle, but the board has been given no figures and no '
     'time to check them," board chair Orla Vintner said.',
     '"The board has been given no figures and no time to check them," said Orla Vintner, '
     "chair of the harbour board.",
     NAMED, "Dunmere Echo adds 'We accept the timetable in principle, but'", "gives more of it"),
    # near misses: a plain shorter excerpt
    ("near miss: a following sentence dropped",
     '"The board has been given no figures and no time to check them. We will meet the '
     'operators again next month," board chair Orla Vintner said.',
     '"The board has been given no figures and no time to check them," said Orla Vintner, '
     "chair of the harbour board.",
     SAME, MORE, "adds"),
    ("near miss: a neutral tail after a comma",
     '"Operators are welcome to bid for the night route, and the winter timetable will be '
     'published in the spring," board chair Orla Vintner said.',
     'Board chair Orla Vintner told operators that they "are welcome to bid for the night '
     'route".',
     SAME, MORE, "adds"),
    ("near miss: a contrast of another matter",
     '"There is no evidence at this stage that any ferry was overloaded, but we are treating '
     'the complaint with the utmost seriousness," board chair Orla Vintner said.',
     'Board chair Orla Vintner said there was "no evidence at this stage that any ferry was '
     'overloaded".',
     SAME, MORE, "adds"),
    ("near miss: a contrast of the same polarity",
     '"Operators are welcome to bid for the night route, but they must also bid for the '
     'welcome desk," board chair Orla Vintner said.',
     'Board chair Orla Vintner told operators that they "are welcome to bid for the night '
     'route".',
     SAME, MORE, "adds"),
    ("near miss: a caveat of the same polarity before the kept words",
     '"Our checks point to the engine of the night ferry, but we cannot rule out other causes '
     'yet," board chair Orla Vintner said.',
     '"We cannot rule out other causes yet," said Orla Vintner, chair of the harbour board.',
     SAME, MORE, "adds"),
    ("near miss: a parallel contrast before the kept words",
     '"The north quay reopens on Monday, but the south quay will not open before the spring '
     'tides," board chair Orla Vintner said.',
     'Board chair Orla Vintner said "the south quay will not open before the spring tides".',
     SAME, MORE, "adds"),
]


@pytest.mark.parametrize("case_id,a,b,how,shown,absent", CASES, ids=[c[0] for c in CASES])
def test_a_cut_that_turns_the_claim_is_named(case_id, a, b, how, shown, absent):
    found = _shared(a, b)
    assert len(found) == 1, case_id
    summary = found[0].summary
    assert how in summary, summary
    assert shown in summary, summary
    assert absent not in summary, summary
