"""A quantity put for another at the edge of two outlets' shared words is a change, not
words one of them adds (session 23: held-out t109 told Kaldara Today's "Many of my
members now refuse 500-kurat notes" against the Free Press's "Half my members …" as
"kaldaratoday adds 'Many of'", hiding the "Half"). A predeterminer ("Half my members",
rules.quote_scope.PREDETERMINERS) sets the scope of the shared words as a quantifier
does, and a bare count is read against the other's quantifier. Invented articles
(fictional Marrowfield and its market traders' head Ilka Deveson)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "Market traders in Marrowfield spoke to reporters on Tuesday about the forged notes."
LEAD_B = "Marrowfield's market traders described the scare over forged notes on Tuesday."


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                    ("Marrow Post", "Valley Times"), "Forged notes", "shared_quote")


NEARLY = "quote nearly the same words"
SAME = "quote the same words"
TAIL = " People are going home from the market without selling anything,"

CASES = [
    # (id, a, b, how the finding says it, words it must show, words it must not show)
    ("a predeterminer against a partitive",
     '"Many of my members now refuse the green notes.' + TAIL + '" Deveson said.',
     '"Half my members now refuse the green notes.' + TAIL + '" Ilka Deveson said.',
     NEARLY, "Marrow Post has 'Many of' where Valley Times has 'Half'", "adds"),
    ("a predeterminer dropped",
     '"Half my members now refuse the green notes.' + TAIL + '" Deveson said.',
     '"My members now refuse the green notes.' + TAIL + '" Ilka Deveson said.',
     NEARLY, "Marrow Post adds 'Half'", "gives more of it"),
    ("a count against a quantifier",
     '"Many members now refuse the green notes.' + TAIL + '" Deveson said.',
     '"Forty members now refuse the green notes.' + TAIL + '" Ilka Deveson said.',
     NEARLY, "Marrow Post has 'Many' where Valley Times has 'Forty'", "adds"),
    # review23q: a count said with its bound; a number word said once
    ("a bounded count against a quantifier",
     '"At least 40 members now refuse the green notes.' + TAIL + '" Deveson said.',
     '"Many members now refuse the green notes.' + TAIL + '" Ilka Deveson said.',
     NEARLY, "Marrow Post has 'At least 40' where Valley Times has 'Many'", "has '40'"),
    ("a focused count against a quantifier",
     '"Nearly 40 members now refuse the green notes.' + TAIL + '" Deveson said.',
     '"Many members now refuse the green notes.' + TAIL + '" Ilka Deveson said.',
     NEARLY, "Marrow Post has 'Nearly 40' where Valley Times has 'Many'", "has '40'"),
    ("a predeterminer dropped, said once",
     '"Half my members now refuse the green notes.' + TAIL + '" Deveson said.',
     '"My members now refuse the green notes.' + TAIL + '" Ilka Deveson said.',
     NEARLY, "Marrow Post adds 'Half' (", "and 'Half'"),
    ("a partitive count dropped, said once",
     '"Two of my members now refuse the green notes.' + TAIL + '" Deveson said.',
     '"My members now refuse the green notes.' + TAIL + '" Ilka Deveson said.',
     NEARLY, "Marrow Post adds 'Two of' (", "and 'Two of'"),
    # near misses
    ("near miss: a year a preposition takes is no count",
     '"We know since 2023 members refuse the green notes.' + TAIL + '" Deveson said.',
     '"We know some members refuse the green notes.' + TAIL + '" Ilka Deveson said.',
     # (session 31: the line tells every place the quotes part, so the year the Post has
     # where the Valley has its quantifier is told beside it, as words, not as a count)
     NEARLY, "Marrow Post has 'since 2023' where Valley Times has 'some'", "adds"),
    ("near miss: 'once' is no count",
     '"Once members see the green notes they refuse them.' + TAIL + '" Deveson said.',
     '"Many members see the green notes they refuse them.' + TAIL + '" Ilka Deveson said.',
     NEARLY, "Marrow Post has 'Once' where Valley Times has 'Many'", "adds"),
    ("near miss: the same predeterminer on both sides",
     '"Half my members now refuse the green notes.' + TAIL + '" Deveson said.',
     '"Half my members now refuse the green notes.' + TAIL + '" Ilka Deveson said.',
     SAME, "'Half my members", "adds"),
    ("near miss: a count with no quantifier against it: said as before (a number dropped)",
     '"Forty members now refuse the green notes.' + TAIL + '" Deveson said.',
     '"Members now refuse the green notes.' + TAIL + '" Ilka Deveson said.',
     NEARLY, "Marrow Post adds 'Forty'", "where"),
]


@pytest.mark.parametrize("case_id,a,b,how,shown,absent", CASES, ids=[c[0] for c in CASES])
def test_a_quantity_put_for_another_is_said(case_id, a, b, how, shown, absent):
    found = _shared(a, b)
    assert len(found) == 1, case_id
    summary = found[0].summary
    assert how in summary, summary
    assert shown in summary, summary
    assert absent not in summary, summary
