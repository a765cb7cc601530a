"""'a single' in a denial whose negation stands earlier in the clause: emphasis, not a
qualifier (session 27, from invented dev trap d153: "never allowed my personal views to
influence a single judgment" / "… to influence a judgment"; the text here is new invented
text, fictional people and places).

A negation reaches the noun phrases after it in its clause (Quirk et al. §10.64, a
negative-polarity minimiser): "has never let her views sway a single ruling" says what
"… sway a ruling" says, louder. Before, only a negation in the two words before "a"
counted ("did not lose a single life"), even across a sentence end ("did not meet. A
single ruling …"); now the negations of the clause before the phrase, odd in number, do.
Near misses: "a single" in a positive claim (a count: one, not two), a negation after the
phrase ("a single mother was not housed"), a negation in another clause ("… because a
single ruling went against us") or the sentence before, and "single" after "the".
"""

from __future__ import annotations

import pytest

from storylens.findings.quote_diff import compare_quotes

CASES = [
    # (id, one wording, the other, the change kind: "emphasis" is no change of meaning)
    ("never … a single ruling",
     "Judge Orla Ventris has never let her own views sway a single ruling in the Harnby court,",
     "Judge Orla Ventris has never let her own views sway a ruling in the Harnby court,",
     "emphasis"),
    ("not … a single ruling, inserted",
     "The Harnby council did not approve the plans for a ferry terminal at Kessvik,",
     "The Harnby council did not approve the plans for a single ferry terminal at Kessvik,",
     "emphasis"),
    ("nobody … a single complaint",
     "Nobody in Dunmarsh has ever filed a single complaint about the new tram depot,",
     "Nobody in Dunmarsh has ever filed a complaint about the new tram depot,", "emphasis"),
    ("control: the negation right before (as before)",
     "The Tervo crews did not lose a single house to the fire last night,",
     "The Tervo crews did not lose a house to the fire last night,", "emphasis"),
    ("near miss: a single in a positive claim is a count",
     "The fund has paid out to a single family in the Harnby valley so far,",
     "The fund has paid out to a family in the Harnby valley so far,", "qualifier"),
    ("near miss: the negation after the phrase",
     "In Orvella a single councillor did not vote for the new harbour levy,",
     "In Orvella a councillor did not vote for the new harbour levy,", "qualifier"),
    ("near miss: the negation in another clause",
     "We did not resign from the Harnby bench because a single ruling went against us,",
     "We did not resign from the Harnby bench because a ruling went against us,",
     "qualifier"),
    ("'without' is a negation too",
     "The Harnby bridge reopened on Monday without a single lane closed to traffic,",
     "The Harnby bridge reopened on Monday without a lane closed to traffic,", "emphasis"),
    ("near miss: 'single' after 'the' is no minimiser",
     "Dr Ilse Marrow has never worked for the single largest landlord in Tervo,",
     "Dr Ilse Marrow has never worked for the largest landlord in Tervo,", "qualifier"),
    ("near miss: a negation in the sentence before",
     "The council did not meet. A single ruling changed the Harnby tram plans,",
     "The council did not meet. A ruling changed the Harnby tram plans,", "qualifier"),
]


@pytest.mark.parametrize("case_id,a,b,kind", CASES, ids=[c[0] for c in CASES])
def test_denial_minimiser(case_id, a, b, kind):
    got = compare_quotes(a, b)
    assert got is not None
    assert got["change"] == kind, got


# "never once" / "not once": "once" right after a negation is an adverb the negation holds,
# not the subordinator that opens a clause of time (rules.quote_changes.ADVERB_AFTER_NEGATION;
# session 27, the note that "never once" was read as a subordinator). Before, the clause
# read around the words began after "once", so the negation did not reach them.
ONCE_CASES = [
    ("never once … a single match",
     "The Harnby club has never once lost a single match at the Kessvik ground,",
     "The Harnby club has never once lost a match at the Kessvik ground,", "emphasis"),
    ("not once … a single payment",
     "We have not once missed a single payment to the Tervo fund since 2019,",
     "We have not once missed a payment to the Tervo fund since 2019,", "emphasis"),
    ("control: 'never' alone",
     "The Harnby club has never lost a single match at the Kessvik ground,",
     "The Harnby club has never lost a match at the Kessvik ground,", "emphasis"),
    ("near miss: 'once' opening a clause of time",
     "The Harnby club was not sold. Once a single match is lost, the Kessvik ground closes,",
     "The Harnby club was not sold. Once a match is lost, the Kessvik ground closes,",
     "qualifier"),
    ("near miss: 'once' as a subordinator after a negated clause and a comma",
     "The board will not sign, once a single councillor objects to the Tervo plan,",
     "The board will not sign, once a councillor objects to the Tervo plan,", "qualifier"),
]


@pytest.mark.parametrize("case_id,a,b,kind", ONCE_CASES, ids=[c[0] for c in ONCE_CASES])
def test_never_once(case_id, a, b, kind):
    got = compare_quotes(a, b)
    assert got is not None
    assert got["change"] == kind, got
