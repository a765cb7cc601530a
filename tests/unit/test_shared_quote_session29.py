"""Shared quotes told as what they are (session 29: invented dev d173, d174, d176, d177, read
wrong by reader29 as "gives more of it" or "N more shared quotes" where one outlet changed
the quote):

- a qualifier inserted between stopwords both quotes open on ("There is, at this stage, no
  sign …" / "There is no sign …") is words inserted inside, told (shared_quote._inside,
  MIN_TAKEN_STOPWORDS);
- a clause with a noun for subject and a finite verb that one quote goes on with after a
  comma where the other closes on its own punctuation is a further claim dropped
  (shared_quote._claim_after);
- a quote that ends at the shared words beside a further fragment of the speaker in the same
  sentence, against a quote that goes on past them in other words: each gives words the
  other lacks (shared_quote._beside_adds);
- a fragment woven into the outlet's sentence after a subject of its own, against a quote
  that gives another subject before the same words, is NOT told as the subjects apart: the
  outlet's subject is its narration, which paraphrases the quote's as often as it differs
  ("the council's rebuilding plan was" / "this scheme is": review29s), so a rule told in
  sharedq29 (_subject_apart) was taken out again by the lead; d173 stays read wrong.

Near misses keep their old reading. Invented articles (fictional Ostmere, its harbour
hospital and council, outlets the Ostmere Ledger and the Fenwick Examiner)."""

from __future__ import annotations

import pytest
import support

pytestmark = pytest.mark.usefixtures("shared_quotes_on")

LEAD_A = "Floodwater reached Ostmere's harbour hospital on Sunday after the river dyke gave way."
LEAD_B = "The river dyke at Ostmere failed on Sunday and water poured into the harbour hospital."
OUTLETS = ("Ostmere Ledger", "Fenwick Examiner")
MORE_A = "Ostmere Ledger gives more of it"
MORE_B = "Fenwick Examiner gives more of it"


def _shared(a: str, b: str) -> list:
    return support.findings_between(LEAD_A + "\n\n" + a, LEAD_B + "\n\n" + b, OUTLETS,
                                    "Ostmere flood", "shared_quote")


_one_line_shows = support.one_line_shows


# (id, a, b, words the line must show, words it must not show)
INSERTED = [
    ("a qualifier inside the stopwords both open on",
     'She said only that "there is, at this stage, no sign that the contaminated water '
     'reached the surgical wing".',
     '"There is no sign that the contaminated water reached the surgical wing," health '
     "minister Oda Brisk said.",
     ("nearly the same words", "Ostmere Ledger adds 'at this stage'"), ("gives more of it",)),
    # no insertion inside (the other quote opens on the shared words), but the cut holds
    # a limiting phrase: told since session 34 (shared_quote.Piece.limiting, invented dev
    # d226's "At this stage" read wrong as "gives more of it" by reader34)
    ("the other quote opens on the shared words: a limiting cut",
     '"There is, at this stage, no sign that the contaminated water reached the surgical '
     'wing," health minister Oda Brisk said.',
     'Health minister Oda Brisk said there was "no sign that the contaminated water reached '
     'the surgical wing".',
     ("nearly the same words", "Ostmere Ledger adds 'at this stage'"), (MORE_A,)),
    ("near miss: the same opening, nothing inserted",
     '"There is no sign that the contaminated water reached the surgical wing," health '
     "minister Oda Brisk said.",
     '"There is no sign that the contaminated water reached the surgical wing," health '
     "minister Oda Brisk said on Monday.",
     ("quote the same words",), ("adds", "gives more of it")),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", INSERTED, ids=[c[0] for c in INSERTED])
def test_a_qualifier_inserted_after_a_shared_opening_is_told(case_id, a, b, shown, absent):
    _one_line_shows(_shared(a, b), case_id, shown, absent)


CLAIMS_AFTER = [
    ("a clause with a noun subject dropped after the comma",
     '"The water reached the lower wards within an hour, and the backup pumps did not switch '
     'on," hospital director Ines Varro said.',
     '"The water reached the lower wards within an hour," hospital director Ines Varro said.',
     ("nearly the same words", "Ostmere Ledger adds 'and the backup pumps did not switch on'"),
     ("gives more of it",)),
    ("near miss: a phrase goes on, no finite verb",
     '"The water reached the lower wards within an hour, and the old laundry rooms beside '
     'the chapel," hospital director Ines Varro said.',
     '"The water reached the lower wards within an hour," hospital director Ines Varro said.',
     ("quote the same words", MORE_A), ("adds",)),
    ("near miss: a relative clause, no subject of a clause",
     '"The water reached the lower wards within an hour, and the patients who were there '
     'waited," hospital director Ines Varro said.',
     '"The water reached the lower wards within an hour," hospital director Ines Varro said.',
     ("quote the same words", MORE_A), ("adds",)),
    ("near miss: the clause told in the outlet's own words",
     '"The water reached the lower wards within an hour, and the backup pumps did not switch '
     'on," hospital director Ines Varro said.',
     '"The water reached the lower wards within an hour," hospital director Ines Varro said, '
     "adding that the backup pumps did not switch on.",
     ("quote the same words",), ("adds",)),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", CLAIMS_AFTER,
                         ids=[c[0] for c in CLAIMS_AFTER])
def test_a_claim_with_a_noun_subject_dropped_after_a_comma_is_named(case_id, a, b, shown, absent):
    _one_line_shows(_shared(a, b), case_id, shown, absent)


BESIDE = [
    ("a fragment beside the shorter quote, the longer goes on in other words",
     '"I firmly deny these allegations," council leader Petra Holm said in a statement, '
     'adding that she would "clear my name before the full council".',
     '"I firmly deny these allegations. They are a smear campaign, and I will sue every one '
     'of my accusers," council leader Petra Holm said.',
     ("each gives words the other lacks", "Ostmere Ledger adds 'clear my name before the full "
      "council'", "Fenwick Examiner adds 'They are a smear campaign"), ("gives more of it",)),
    ("near miss: the longer quote has the fragment's words",
     '"I firmly deny these allegations," council leader Petra Holm said in a statement, '
     'adding that she would "clear my name before the full council".',
     '"I firmly deny these allegations, and I will clear my name before the full council," '
     "council leader Petra Holm said.",
     ("quote the same words",), ("each gives",)),
    ("near miss: the fragment in a sentence of its own",
     '"I firmly deny these allegations," council leader Petra Holm said in a statement. '
     'She has hired lawyers to "clear my name before the full council".',
     '"I firmly deny these allegations. They are a smear campaign, and I will sue every one '
     'of my accusers," council leader Petra Holm said.',
     ("quote the same words", MORE_B), ("each gives",)),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", BESIDE, ids=[c[0] for c in BESIDE])
def test_a_fragment_beside_a_cut_quote_is_words_the_other_lacks(case_id, a, b, shown, absent):
    _one_line_shows(_shared(a, b), case_id, shown, absent)


SUBJECTS = [
    ("the narration's subject is not set against the quote's",
     "He was dismissed two days after he told listeners that the flood response in Varsholm "
     'was "being run by people who have never held a sandbag in their lives".',
     '"Honestly, this cabinet is being run by people who have never held a sandbag in their '
     'lives," presenter Tomas Vell said on air.',
     ("quote the same words",), ("'the flood response in Varsholm was'", "where")),
    ("near miss: the subjects share a word",
     "He was dismissed two days after he told listeners that the flood response in Varsholm "
     'was "being run by people who have never held a sandbag in their lives".',
     '"Honestly, this flood response is being run by people who have never held a sandbag in '
     'their lives," presenter Tomas Vell said on air.',
     ("quote the same words", MORE_B), ("where",)),
    ("near miss: a pronoun for the outlet's subject",
     "He was dismissed two days after he told listeners that it "
     'was "being run by people who have never held a sandbag in their lives".',
     '"Honestly, this cabinet is being run by people who have never held a sandbag in their '
     'lives," presenter Tomas Vell said on air.',
     ("quote the same words", MORE_B), ("where",)),
    ("near miss: a pronoun after the object of the reporting verb",
     "The broadcaster defended him, telling listeners it "
     'was "being run by people who have never held a sandbag in their lives".',
     '"Honestly, this cabinet is being run by people who have never held a sandbag in their '
     'lives," presenter Tomas Vell said on air.',
     ("quote the same words", MORE_B), ("where",)),
    ("near miss: a clause of the quote's own before its verb",
     "The hospital board said its staff were "
     '"cooperating fully with the harbour police and the health inspectors".',
     '"We regret this deeply and are cooperating fully with the harbour police and the health '
     'inspectors," hospital director Ines Varro said.',
     ("quote the same words", MORE_B), ("where",)),
]


@pytest.mark.parametrize("case_id,a,b,shown,absent", SUBJECTS, ids=[c[0] for c in SUBJECTS])
def test_a_fragment_after_the_outlets_own_subject_is_not_told_apart(case_id, a, b, shown, absent):
    _one_line_shows(_shared(a, b), case_id, shown, absent)
