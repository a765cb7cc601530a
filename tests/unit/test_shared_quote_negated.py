"""Shared words whose clause a negation turns around on one side only are not the same
words (invented dev d67, d68, read wrong by reader18): the wire's "We will not seek to
repeal this law, but we will defend freedom of conscience" against the left's 'saying
his party would "seek to repeal this law" and defend what he called "freedom of
conscience"' shares "freedom of conscience", and told as the same words it hid the
reversal beside it; the left's 'whether it "was stolen"' lifts the words out of "I am not
saying the result was stolen". Invented articles (fictional Brenhaven, councillor Oda
Marsk, harbour chief Lio Tammet), near misses both ways: a negation on both sides, a
negation in a clause or sentence of its own, a shared run that is itself a denial."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "Brenhaven's council met on Tuesday to decide the future of the harbour ferry contract."
LEAD_B = "The row over Brenhaven's ferry contract reached the council chamber on Tuesday."


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b,
                                    ("Brenhaven Post", "Varn Courier"), "Ferry row", "shared_quote")


SAID = '"The ferry contract was signed in secret by the council," Councillor Oda Marsk said.'

# One shared run: is it a shared quote at all (None: no finding), and how is it said
DIRECT = [
    # (id, a, b, the summary holds, or None for no finding)
    ("a negation four words back in the quote, dropped by the fragment",
     '"I am not claiming the ferry contract was signed in secret by the council," '
     "Councillor Oda Marsk said.",
     'Marsk said voters deserved to know whether the ferry contract "was signed in secret by '
     'the council".',
     None),
    ("near miss: the outlet keeps the negation in its own words",
     '"I am not claiming the ferry contract was signed in secret by the council," '
     "Councillor Oda Marsk said.",
     'Marsk said she was not claiming the ferry contract "was signed in secret by the '
     'council".',
     " quote the same words"),
    ("a verb of refusal before the words",
     '"We refuse to close the north ferry terminal this winter," Councillor Oda Marsk said.',
     'Marsk said the council would "close the north ferry terminal this winter".',
     None),
    ("the outlet's own negation before a fragment the speaker said plainly",
     SAID,
     'Marsk never said the ferry contract "was signed in secret by the council", her office '
     "insisted.",
     None),
    ("near miss: a shared run that is itself a denial",
     '"The council did not sign the ferry contract in secret," Councillor Oda Marsk said.',
     'Marsk insisted the council "did not sign the ferry contract in secret".',
     " quote the same words"),
    ("near miss: the negation in another sentence of the quote",
     '"Nobody expected this. The ferry contract was signed in secret by the council," '
     "Councillor Oda Marsk said.",
     'Marsk said the ferry contract "was signed in secret by the council".',
     " quote the same words"),
    ("near miss: the negation in a clause of its own, before 'but'",
     '"We did not expect the vote but the ferry contract was signed in secret by the '
     'council," Councillor Oda Marsk said.',
     'Marsk said the ferry contract "was signed in secret by the council".',
     " quote the same words"),
    ("near miss: the negation before a comma",
     '"Whatever we did not know, the ferry contract was signed in secret by the council," '
     "Councillor Oda Marsk said.",
     'Marsk said the ferry contract "was signed in secret by the council".',
     " quote the same words"),
    ("near miss: a negation before a verb that names the words",
     '"This is a humiliating deal for the harbour workers," harbour chief Lio Tammet said.',
     'Tammet refused to accept what he called "a humiliating deal for the harbour workers".',
     " quote the same words"),
    ("near miss: a negation before an 'if' clause",
     '"The ferry contract was signed in secret by the council, and we will go to court," '
     "Councillor Oda Marsk said.",
     'Marsk said she would not resign if the ferry contract "was signed in secret by the '
     'council".',
     " quote the same words"),
    ("near miss: a clause that opens on 'not' negates its own phrase",
     '"That makes the council look foolish," Councillor Oda Marsk said of the delay.',
     'Not holding the vote "makes the council look foolish," Marsk said.',
     " quote the same words"),
    ("near miss: a negation in the line above (a headline has no full stop)",
     SAID,
     'Council will not sign\n\nThe ferry contract "was signed in secret by the council," '
     "Marsk said.",
     " quote the same words"),
    ("near miss: 'no doubt' affirms",
     '"There is no doubt the ferry contract was signed in secret by the council," '
     "Councillor Oda Marsk said.",
     'Marsk said the ferry contract "was signed in secret by the council".',
     " quote the same words"),
]


@pytest.mark.parametrize("case_id,a,b,said", DIRECT, ids=[c[0] for c in DIRECT])
def test_a_run_negated_on_one_side_is_no_shared_quote(case_id, a, b, said):
    found = _shared(a, b)
    if said is None:
        assert not found, [f.summary for f in found]
    else:
        assert len(found) == 1 and said in found[0].summary, [f.summary for f in found]


TENDER = ('"I am not saying the tender was rigged, but I am saying it cannot go ahead until '
          'the audit is done," Councillor Oda Marsk said.')
PIER = ('"We will not sell the north pier to the Varn company, but we will protect every '
        'fishing berth on it," harbour chief Lio Tammet said.')

# A fragment beside the shared words, in the same sentence of one outlet, lifts words of
# the other's quote out of a negated clause (or into one)
LIFTS = [
    # (id, a, b, the summary holds, and not)
    ("a fragment lifted out of 'I am not saying'",
     TENDER,
     'Marsk told reporters the tender "cannot go ahead" and that residents deserved to know '
     'whether it "was rigged".',
     "but Brenhaven Post has 'I am not saying the tender was rigged' where Varn Courier has "
     "'was rigged'", "gives more of it"),
    ("a pledge's negation dropped beside a shared phrase",
     PIER,
     'Tammet signalled the fight was not over, saying the board would "sell the north pier" '
     'and protect what he called "every fishing berth".',
     "Brenhaven Post has 'We will not sell the north pier' where Varn Courier has 'sell the "
     "north pier'", " quote the same words: 'every fishing berth'"),
    ("the outlet adds the negation the speaker did not say",
     '"The tender was rigged, and it cannot go ahead until the audit is done," Councillor Oda '
     "Marsk said.",
     'Marsk told reporters the tender "cannot go ahead", though she did not claim it "was '
     'rigged".',
     "Brenhaven Post has 'was rigged' where Varn Courier has 'she did not claim it \"was rigged'",
     "gives more of it"),
    ("the negated words in another quote of the same speaker",
     '"We will not sell the north pier to the Varn company," harbour chief Lio Tammet said on '
     'Monday. "We will protect every fishing berth on it," he added.',
     'Tammet signalled the fight was not over, saying the board would "sell the north pier" '
     'and protect what he called "every fishing berth".',
     "Brenhaven Post has 'We will not sell the north pier' where Varn Courier has 'sell the "
     "north pier'", "gives more of it"),
    ("near miss: the negated words in another speaker's quote",
     '"We will not sell the north pier to the Varn company," union leader Ada Brenn said on '
     'Monday. "We will protect every fishing berth on it," harbour chief Lio Tammet said.',
     'Tammet signalled the fight was not over, saying the board would "sell the north pier" '
     'and protect what he called "every fishing berth".',
     " quote the same words", "nearly"),
    ("a no-word right before the lifted words",
     '"There will be no return to the old ferry contract, and the north terminal will stay '
     'open all winter," Councillor Oda Marsk said.',
     'Marsk said the "north terminal will stay open" and promised a "return to the old ferry '
     'contract".',
     "Brenhaven Post has 'will be no return to the old ferry", "gives more of it"),
    ("near miss: a no-word negates its own noun, not the lifted words after it",
     '"There is no risk to the fuel supply, and the north terminal will stay open all '
     'winter," Councillor Oda Marsk said.',
     'Marsk said the "north terminal will stay open" and that the "fuel supply" was secure.',
     " quote the same words", "nearly"),
    ("near miss: a negation far back in the outlet's account of her stance",
     TENDER,
     'Marsk, who has never once told reporters whether it "was rigged" in her view, said the '
     'tender "cannot go ahead".',
     " quote the same words", "nearly"),
    ("near miss: a negation before a verb that names the words",
     '"This is a humiliating deal, and we will protect every fishing berth on the pier," '
     "harbour chief Lio Tammet said.",
     'Tammet refused to accept what he called "a humiliating deal" and vowed to "protect every '
     'fishing berth".',
     " quote the same words", "nearly"),
    ("near miss: the lifted words in another sentence of the outlet",
     TENDER,
     'Marsk told reporters the tender "cannot go ahead". Residents, she added, deserved to '
     'know whether it "was rigged".',
     " quote the same words", "nearly"),
    ("near miss: the outlet keeps the negation beside the lifted words",
     TENDER,
     'Marsk told reporters the tender "cannot go ahead", though she was not saying it "was '
     'rigged".',
     " quote the same words", "nearly"),
    ("near miss: the lifted words said plainly in the quote",
     '"The tender was rigged, and it cannot go ahead until the audit is done," Councillor Oda '
     "Marsk said.",
     'Marsk told reporters the tender "cannot go ahead" and that residents deserved to know '
     'whether it "was rigged".',
     " quote the same words", "nearly"),
]


@pytest.mark.parametrize("case_id,a,b,said,unsaid", LIFTS, ids=[c[0] for c in LIFTS])
def test_a_fragment_lifted_out_of_a_negated_clause_is_said(case_id, a, b, said, unsaid):
    found = _shared(a, b)
    assert len(found) == 1, [f.summary for f in found]
    assert said in found[0].summary, found[0].summary
    assert unsaid not in found[0].summary, found[0].summary


def test_the_lift_is_a_change_in_the_detail():
    found = _shared(TENDER, 'Marsk told reporters the tender "cannot go ahead" and that '
                            'residents deserved to know whether it "was rigged".')
    assert [q["change"] for q in found[0].detail["quotes"]] == ["negation"]


def test_a_lift_beside_a_further_quote_is_said_in_the_tail():
    found = _shared(
        PIER + ' "The harbour will stay open to every ferry this winter," he added.',
        'Tammet said "the harbour will stay open to every ferry this winter". He signalled the '
        'fight was not over, saying the board would "sell the north pier" and protect what he '
        'called "every fishing berth".')
    assert len(found) == 1, [f.summary for f in found]
    assert (" quote the same words of Lio Tammet: 'The harbour will stay open" in found[0].summary
            or " quote the same words: 'The harbour will stay open" in found[0].summary), \
        found[0].summary
    assert ("; 1 more nearly the same ('every fishing berth', but Brenhaven Post has 'We will not "
            "sell the north pier' where Varn Courier has 'sell the north pier')") in found[0].summary, \
        found[0].summary
