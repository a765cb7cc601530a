"""Review of session 29's shared-quote rules (review29s): probes of invented text (fictional
Kelbrook, its river hospital, councillor Ivo Brandt, outlets the Kelbrook Courier and the
Marsh Gazette).

- shared_quote._beside_adds read a fragment in the same sentence as the speaker's further
  words even where the outlet's narration opens a clause of its own before it ('…," he said,
  while critics called the response "a masterclass in evasion"'): the critics' words were
  told as the councillor's ("Kelbrook Courier adds 'a masterclass in evasion'"), the
  attribution naming him for them. Now a clause opener with a subject of its own between
  the two (shared_quote._new_clause_between) leaves the fragment out.
- shared_quote._claim_after told a clause as dropped ("adds 'and the lifts were still
  working'") where the other outlet tells it in the sentence after its quote ("The lifts,
  she said, were still working."): that sentence is now read with the quote's own.
- shared_quote._subject_apart read the outlet's own subject beside the quote's; where the
  narration paraphrases the same referent ("the council's rebuilding plan was" / "this
  scheme is") the line said the outlet "has" its narration's words. No general fix: the
  lead took the rule out, and these rows hold that no such line comes back."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "Floodwater reached Kelbrook's river hospital on Sunday after the levee gave way."
LEAD_B = "The levee at Kelbrook failed on Sunday and water poured into the river hospital."
OUTLETS = ("Kelbrook Courier", "Marsh Gazette")
LONGER = ('"I reject every one of these claims. I have never taken a single payment from the '
          'developer," councillor Ivo Brandt said.')


def _found(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b, OUTLETS,
                                    "Kelbrook flood", "shared_quote")


def _one(a: str, b: str) -> str:
    found = _found(a, b)
    assert len(found) == 1
    return found[0].summary


# (id, a, b, words the line must show, words it must not show)
BESIDE = [
    ("another clause's fragment is not the speaker's",
     '"I reject every one of these claims," councillor Ivo Brandt said, while critics called '
     'the response "a masterclass in evasion".', LONGER,
     ("quote the same words", "Marsh Gazette gives more of it"), ("masterclass", "each gives")),
    ("another clause's fragment before the quote",
     'Though opponents branded the reply "a masterclass in evasion", councillor Ivo Brandt '
     'said: "I reject every one of these claims."', LONGER,
     ("quote the same words",), ("masterclass", "each gives")),
    ("near miss: the speaker's own fragment after 'and added'",
     '"I reject every one of these claims," councillor Ivo Brandt said, and added that he '
     'would "take the matter before the harbour tribunal".', LONGER,
     ("each gives words the other lacks", "Kelbrook Courier adds 'take the matter before the "
      "harbour tribunal'"), ("gives more of it",)),
    ("near miss: the speaker's own fragment after 'adding'",
     '"I reject every one of these claims," councillor Ivo Brandt said, adding that he '
     'would "take the matter before the harbour tribunal".', LONGER,
     ("each gives words the other lacks",), ("gives more of it",)),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", BESIDE, ids=[c[0] for c in BESIDE])
def test_a_fragment_beside_the_quote_must_be_the_speakers(case_id, a, b, shown, absent):
    support.one_line_shows(_found(a, b), case_id, shown, absent)


CLAIMS_AFTER = [
    ("the clause told in the next sentence of the closed quote's outlet",
     '"We moved every patient to the upper floors before midnight, and the lifts were still '
     'working," director Mina Solt said.',
     'Director Mina Solt said: "We moved every patient to the upper floors before midnight." '
     "The lifts, she said, were still working.",
     ("quote the same words",), ("adds",)),
    ("near miss: the next sentence tells something else",
     '"We moved every patient to the upper floors before midnight, and the lifts were still '
     'working," director Mina Solt said.',
     'Director Mina Solt said: "We moved every patient to the upper floors before midnight." '
     "The river peaked at dawn on Monday.",
     ("Kelbrook Courier adds 'and the lifts were still working'",), ("gives more of it",)),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", CLAIMS_AFTER,
                         ids=[c[0] for c in CLAIMS_AFTER])
def test_a_claim_told_in_the_next_sentence_is_not_dropped(case_id, a, b, shown, absent):
    support.one_line_shows(_found(a, b), case_id, shown, absent)


SUBJECTS = [
    ("the narration paraphrases the same referent",
     "Mayor Alda Renn told reporters that the council's rebuilding plan was \"doomed to fail "
     'before a single brick is laid".',
     '"Frankly, this scheme is doomed to fail before a single brick is laid," Mayor Alda Renn '
     "said."),
    ("the narration names by role whom the quote names",
     'Opposition leader Cara Dunmore said the minister was "hiding behind consultants while '
     'the town floods again".',
     '"Mr Halvik is hiding behind consultants while the town floods again," opposition leader '
     "Cara Dunmore said."),
]


@pytest.mark.parametrize("case_id,a,b", SUBJECTS, ids=[c[0] for c in SUBJECTS])
def test_a_subject_paraphrased_in_narration_is_not_told_as_the_outlets(case_id, a, b):
    assert " has '" not in _one(a, b)
