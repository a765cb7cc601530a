"""An "if" clause with the speaker or hearer as subject and only a verb of asking, saying,
knowing or remembering ("…, if I remember rightly", "…, if you recall") is a comment clause, an aside on the saying: cut off the end of a quote it is
no dropped condition for quote_changed, and no scope word for shared_quote (review19e:
the table of word pairs read "if you ask me" but not these). One word that names a matter
("if you remember to lock the gate", "if we ask the council") makes it a condition again.
Invented articles (fictional Quellport, its mayor Ivo Brandt and the harbour storm)."""

from __future__ import annotations

import pytest
import support

from storylens.rules.quote_changes import is_comment_clause

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "The mayor of Quellport spoke to reporters on Monday after the storm at the harbour."
LEAD_B = "Quellport's mayor addressed the storm damage at the harbour on Monday."
SHORT = '"{}," Mayor Ivo Brandt said.'
LONG = '"{}, {}," Ivo Brandt said.'

CASES = [
    # (id, the sentence both quote, the clause one outlet adds after its comma, a condition?)
    ("remember rightly", "The sea wall was last repaired in the spring", "if I remember rightly",
     False),
    ("you recall", "The harbour flooded the same way last winter", "if you recall", False),
    # ("if I'm not mistaken" hedges the claim itself: a qualifier dropped, not an aside on
    # the saying; tests/unit/test_quote_review19b.py)
    ("may say so", "The council ignored every warning about the wall", "if I may say so", False),
    ("must know", "The repairs will cost the town nine million crowns", "if you must know",
     False),
    ("truth be told", "The sea wall was never strong enough", "if truth be told", False),
    ("need be (a stock reserve, as 'if necessary')", "We will close the harbour road for a week",
     "if need be", False),
    # near misses: a matter named in the clause makes it a condition
    ("near miss: remember to", "The boats will be safe in the inner basin tonight",
     "if you remember to lock the gate", True),
    ("near miss: ask the council", "We will reopen the fish market on Friday",
     "if we ask the council for pumps", True),
    ("near miss: the rain stops", "We will reopen the fish market on Friday", "if the rain stops",
     True),
]


def _between(kind: str, shared: str, clause: str) -> list:
    a, b = LONG.format(shared, clause), SHORT.format(shared)
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                    ("Harbour Post", "Coast Times"), "Harbour storm", kind)


@pytest.mark.parametrize("case_id,shared,clause,condition", CASES, ids=[c[0] for c in CASES])
def test_a_comment_clause_is_no_dropped_condition(case_id, shared, clause, condition):
    changed = _between("quote_changed", shared, clause)
    assert bool(changed and "condition" in changed[0].summary) is condition, \
        [f.summary for f in changed]
    found = _between("shared_quote", shared, clause)
    assert len(found) == 1, case_id
    summary = found[0].summary
    assert ("Harbour Post adds" in summary) is condition, summary
    assert ("Harbour Post gives more of it" in summary) is not condition, summary


@pytest.mark.parametrize("words,comment", [
    (["you", "ask", "me"], True),
    (["i", "remember", "rightly"], True),
    (["i", "am", "honest"], True),
    (["you", "will"], True),
    (["you"], False),
    (["we", "can"], False),  # "…, if we can": a condition, no verb of saying
    (["you", "remember", "to", "lock", "the", "gate"], False),
    (["the", "pumps", "hold"], False),
])
def test_is_comment_clause(words, comment):
    assert is_comment_clause(words) is comment


LEADS = [
    # (id, the longer quote, the shorter, whether Harbour Post is said to add a scope word)
    ("'Most of all' before a pronoun: a disjunct, no scope",
     '"Most of all we want every family on the quay to be safe tonight," Ivo Brandt said.',
     '"We want every family on the quay to be safe tonight," Mayor Ivo Brandt said.', False),
    ("'All we ask': a fused relative, no scope",
     '"All we ask is that the navy sends two more pumps to the quay," Ivo Brandt said.',
     '"We ask is that the navy sends two more pumps to the quay," Mayor Ivo Brandt said.',
     False),
    # near misses: a focusing adverb narrows a pronoun; a quantifier before a noun phrase
    ("near miss: 'Only we' narrows the pronoun",
     '"Only we can open the sluice gates at the inner basin tonight," Ivo Brandt said.',
     '"We can open the sluice gates at the inner basin tonight," Mayor Ivo Brandt said.', True),
    ("near miss: 'Most' before a noun phrase",
     '"Most fishing boats were moved to the inner basin before the storm," Ivo Brandt said.',
     '"Fishing boats were moved to the inner basin before the storm," Mayor Ivo Brandt said.',
     True),
]


@pytest.mark.parametrize("case_id,a,b,adds", LEADS, ids=[c[0] for c in LEADS])
def test_a_quantifier_before_a_pronoun_sets_no_scope(case_id, a, b, adds):
    found = support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                     ("Harbour Post", "Coast Times"), "Harbour storm",
                                     "shared_quote")
    assert len(found) == 1, case_id
    summary = found[0].summary
    assert ("Harbour Post adds" in summary) is adds, summary
    assert ("Harbour Post gives more of it" in summary) is not adds, summary


PARTICIPLES = [
    # (id, the longer quote, the shorter, whether the tail is told as a condition)
    ("'provided by': a participle and its complement, no condition",
     '"We will rebuild the pier with the money provided by the navy," Ivo Brandt said.',
     '"We will rebuild the pier with the money," Mayor Ivo Brandt said.', False),
    ("near miss: ', provided the navy pays': a condition",
     '"We will rebuild the pier this summer, provided the navy pays," Ivo Brandt said.',
     '"We will rebuild the pier this summer," Mayor Ivo Brandt said.', True),
]


@pytest.mark.parametrize("case_id,a,b,condition", PARTICIPLES, ids=[c[0] for c in PARTICIPLES])
def test_a_participle_provided_opens_no_condition(case_id, a, b, condition):
    texts = (LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b)
    outlets = ("Harbour Post", "Coast Times")
    changed = support.findings_between(*texts, outlets, "Harbour storm", "quote_changed")
    assert any("condition" in f.summary for f in changed) is condition, \
        [f.summary for f in changed]
    found = support.findings_between(*texts, outlets, "Harbour storm", "shared_quote")
    assert len(found) == 1, case_id
    # (a participle's phrase is a restrictive modifier the shorter lacks, as "given by the
    # navy" is: shared_quote says it is added; quote_changed no longer calls it a condition)
    assert "Harbour Post adds" in found[0].summary, found[0].summary
