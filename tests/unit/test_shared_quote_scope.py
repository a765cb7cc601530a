"""A shared quote that differs from the other outlet's by words that set the scope of what
both say (a partitive or quantifier before the shared words, "Part of" / "all of" / "At
least"; a condition after them, ", if the rain stops") is not the same words and never
"gives more of it": the finding says which outlet has them (session 19: invented dev d79's
dropped 'Part of' and added 'all of', d78's dropped 'if the weather holds'). A trim that
keeps the claim (a clause of its own, a sentence, an aside, a comment clause "if you ask
me") stays the same words, the longer giving more of it. And an outlet that quotes the
rest of the statement after "he said", a word or two dropped, lacks none of it (session
18's hand report: "gives more of it: 33 words vs 13"). Invented articles (fictional
Marrowfield, its governor Hella Osterby and the mill flood)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The governor of Marrowfield spoke to reporters on Tuesday after the flood at the old mill."
LEAD_B = "Marrowfield's governor addressed the flood damage at the old mill on Tuesday."


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                    ("Marrow Post", "Valley Times"), "Mill flood", "shared_quote")


NEARLY = "quote nearly the same words"
SAME = "quote the same words"

CASES = [
    # (id, a, b, how the finding says it, words it must show, words it must not show)
    ("a partitive dropped at the start",
     '"Part of our river valley has been lost to the water," Osterby said.',
     '"Our river valley has been lost to the water," Governor Hella Osterby said.',
     NEARLY, "Marrow Post adds 'Part of'", "gives more of it"),
    ("a partitive dropped and a word at the end: both said",
     '"Part of our river valley has been lost to the water tonight," Osterby said.',
     '"Our river valley has been lost to the water," Governor Hella Osterby said.',
     NEARLY, "Marrow Post adds 'Part of' and 'tonight'", "gives more of it"),
    ("a quantifier added in the other outlet's fragment",
     '"The oldest grain stores were moved to higher ground in the first hour," Osterby said.',
     'Governor Hella Osterby said "all of the oldest grain stores were moved to higher '
     'ground in the first hour."',
     NEARLY, "Valley Times adds 'all of'", "gives more of it"),
    ("a bound before a number",
     '"Forty homes were flooded in the lower town," Osterby said.',
     '"At least forty homes were flooded in the lower town," Governor Hella Osterby said.',
     NEARLY, "Valley Times adds 'At least'", "gives more of it"),
    ("two quantifiers, one each",
     '"Most of the oldest grain stores were moved to higher ground in the first hour," '
     "Osterby said.",
     '"All of the oldest grain stores were moved to higher ground in the first hour," '
     "Governor Hella Osterby said.",
     NEARLY, "Marrow Post has 'Most' where Valley Times has 'All'", "gives more of it"),
    ("a condition after a comma dropped",
     '"We expect to reopen the mill road on Friday, if the rain stops," Osterby said.',
     '"We expect to reopen the mill road on Friday," Governor Hella Osterby said.',
     NEARLY, "Marrow Post adds 'if the rain stops'", "gives more of it"),
    ("an 'as long as' condition dropped",
     '"The lower town will stay dry, as long as the pumps hold," Osterby said.',
     '"The lower town will stay dry," Governor Hella Osterby said.',
     NEARLY, "Marrow Post adds 'as long as the pumps hold'", "gives more of it"),
    ("a quantifier in a further quote is told in the tail, not counted as shared",
     '"Forty homes were flooded," Osterby said. "The oldest grain stores were moved to '
     'higher ground in the first hour," she added.',
     '"Forty homes were flooded," Governor Hella Osterby said. "All of the oldest grain '
     'stores were moved to higher ground in the first hour," she added.',
     SAME, "1 more nearly the same (Valley Times adds 'All of')", "more shared quote"),
    # near misses: a trim that keeps the claim is a longer excerpt
    # a clause of a further claim after the comma closing the other's whole sentence is
    # said since session 21 (was "gives more of it": session 20's held-out t83 and t90 read
    # three such lines wrong; findings.quote_diff._claim_tail)
    ("a clause of a further claim cut off the end",
     '"We expect to reopen the mill road on Friday, and the bridge will follow next week," '
     "Osterby said.",
     '"We expect to reopen the mill road on Friday," Governor Hella Osterby said.',
     NEARLY, "Marrow Post adds 'and the bridge will follow next week'", "gives more of it"),
    ("near miss: an aside cut off the start",
     '"As I said this morning, the pumps will run through the night," Osterby said.',
     '"The pumps will run through the night," Governor Hella Osterby said.',
     SAME, "Marrow Post gives more of it", "adds"),
    ("near miss: a comment clause opened by 'if' is no condition",
     '"The mill should never have been built there, if you ask me," Osterby said.',
     '"The mill should never have been built there," Governor Hella Osterby said.',
     SAME, "Marrow Post gives more of it", "adds"),
    ("near miss: 'and if so' opens a clause of its own",
     '"We will find out whether the dam was inspected, and if so, who signed it off," '
     "Osterby said.",
     '"We will find out whether the dam was inspected," Governor Hella Osterby said.',
     SAME, "Marrow Post gives more of it", "adds"),
    ("near miss: the same partitive on both sides",
     '"Part of our river valley has been lost to the water," Osterby said.',
     '"Part of our river valley has been lost to the water," Governor Hella Osterby said.',
     SAME, "'Part of our river valley", "adds"),
    ("near miss: the condition given by the other outlet before its quote",
     '"We expect to reopen the mill road on Friday, if the rain stops," Osterby said.',
     'If the rain stops, Governor Hella Osterby said, "we expect to reopen the mill road '
     'on Friday."',
     SAME, "'We expect to reopen the mill road on Friday'", "adds"),
    ("near miss: the quantifier written by the other outlet right before its quote",
     '"All of the oldest grain stores were moved to higher ground in the first hour," '
     "Osterby said.",
     'Governor Hella Osterby said all of "the oldest grain stores were moved to higher '
     'ground in the first hour".',
     SAME, "'the oldest grain stores were moved", "gives more of it"),
    ("near miss: 'Both of' names the same two: a longer excerpt",
     '"Both of the night crews were evacuated before the wall gave way," Osterby said.',
     '"The night crews were evacuated before the wall gave way," Governor Hella Osterby said.',
     SAME, "Marrow Post gives more of it", "adds"),
    ("near miss: 'around' before no number is a place, not a bound",
     '"Around the old mill the water has fallen by a metre," Osterby said.',
     '"The old mill the water has fallen by a metre," Governor Hella Osterby said.',
     SAME, "Marrow Post gives more of it", "adds"),
]


@pytest.mark.parametrize("case_id,a,b,how,shown,absent", CASES, ids=[c[0] for c in CASES])
def test_words_that_set_the_scope_are_said(case_id, a, b, how, shown, absent):
    found = _shared(a, b)
    assert len(found) == 1, case_id
    summary = found[0].summary
    assert how in summary, summary
    assert shown in summary, summary
    assert absent not in summary, summary


REST = [
    # (id, a, b, whether a gives more of it)
    ("the rest quoted after 'he said', two words dropped: neither gives more",
     '"If the levee holds we will save the lower town by a lot. If it breaks we will save '
     'the town by a little. So I would rather it held," Osterby said.',
     '"If the levee holds, we will save the lower town by a lot," Osterby said. "If it '
     'breaks we will save by a little. So I would rather it held."',
     False),
    ("near miss: the rest quoted only in part: the longer gives more",
     '"If the levee holds we will save the lower town by a lot. If it breaks we will save '
     'the town by a little. So I would rather it held," Osterby said.',
     '"If the levee holds, we will save the lower town by a lot," Osterby said. "So I '
     'would rather it held."',
     True),
    # the rest quoted apart with its number dropped was "Marrow Post gives more of it"
    # until quotes25, which hid the dropped number: the line names it now ("Marrow Post
    # has 'least 12 more pumps' where Valley Times has 'least more pumps'",
    # test_shared_quote_requoted25.py)
    ("the rest quoted with a number dropped: the number named, no more of it",
     '"The pumps will run through the night. We will need at least 12 more pumps from the '
     'capital by Friday morning," Osterby said.',
     '"The pumps will run through the night," Osterby said. "We will need at least more '
     'pumps from the capital by Friday morning."',
     False),
]


@pytest.mark.parametrize("case_id,a,b,more", REST, ids=[c[0] for c in REST])
def test_the_rest_quoted_after_he_said_with_a_word_or_two_dropped(case_id, a, b, more):
    found = _shared(a, b)
    assert len(found) == 1, case_id
    summary = found[0].summary
    assert ("Marrow Post gives more of it" in summary) is more, summary
    assert "Valley Times gives more of it" not in summary, summary


def test_a_comment_clause_cut_off_is_no_dropped_condition_for_quote_changed():
    """quote_changed reads a condition after the comma closing a whole sentence as dropped
    (quote_diff._edge_modifier, session 19); a comment clause is none ("if you ask me")."""
    a = '"The mill should never have been built there, if you ask me," Osterby said.'
    b = '"The mill should never have been built there," Governor Hella Osterby said.'
    found = support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                     ("Marrow Post", "Valley Times"), "Mill flood", "quote_changed")
    assert not found, [f.summary for f in found]
    a = '"The mill road will reopen on Friday, if the rain stops," Osterby said.'
    b = '"The mill road will reopen on Friday," Governor Hella Osterby said.'
    found = support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                     ("Marrow Post", "Valley Times"), "Mill flood", "quote_changed")
    assert found and "condition" in found[0].summary, [f.summary for f in found]
