"""Session 22: two causes of keyed quote changes missed on invented dev.

1. A double-barrelled surname and the same name written with a space ("Velasquez-Moor" /
   "Velasquez Moor") key "velasquez moor" and "moor": quotes.same_quote_speaker links them
   as one speaker (its last part only), so their quotes are compared.
2. A verb of belief after a subject pronoun in the middle of a change ("We believe …" /
   "We have identified …", "We allege …" / "We have proof …") is a hedge added or dropped
   (quote_diff._belief_marks): a qualifier, shown, not a wording change or a swap hidden
   without the word table.
Invented text: fictional Orvik, Pell and their people.
"""

from __future__ import annotations

import pytest
import support

from storylens.findings.quotes import same_quote_speaker, same_speaker, speaker_key


@pytest.mark.parametrize(
    "a,b,same",
    [
        ("Defence Minister Ilse Maren-Tosk", "Ilse Maren Tosk", True),
        ("Maren-Tosk", "Tosk", True),
        ("Ilse Maren Tosk", "Maren-Tosk", True),
        ("Maren-Tosk", "Marén-Tosk", True),
        # near misses: the first part is no key of the name; two compounds with one part
        ("Maren-Tosk", "Ilse Maren", False),
        ("Ilse Vell-Tosk", "Ilse Maren-Tosk", False),
        ("Maren-Tosk", "Toskar", False),
    ],
)
def test_a_double_barrelled_surname_is_one_speaker(a, b, same):
    assert same_quote_speaker(speaker_key(a), speaker_key(b)) is same


def test_same_speaker_itself_is_unchanged():
    # framing and the attribution buckets read same_speaker: its keys stay as they were
    assert not same_speaker(speaker_key("Maren-Tosk"), speaker_key("Ilse Maren Tosk"))


def test_a_number_changed_under_a_hyphenated_name():
    a = 'Defence Minister Ilse Maren-Tosk said: "The Orvik base will close within 40 days."'
    b = 'Ilse Maren Tosk told reporters: "The Orvik base will close within 60 days."'
    found = support.quote_changes_found(a, b)
    assert len(found) == 1 and found[0].detail["change"] == "number"
    # near miss: a speaker keyed on the compound's first part is another person
    c = 'Pell mayor Ilse Maren told reporters: "The Orvik base will close within 60 days."'
    assert support.quote_changes_found(a, c) == []


@pytest.mark.parametrize(
    "a,b,kind",
    [
        ("We have found the fault in the Orvik pump,",
         "We believe the fault is in the Orvik pump,", "qualifier"),
        ("We have identified the fault in the Orvik pump,",
         "We believe the fault lies in the Orvik pump,", "qualifier"),
        ("We allege that the Pell council hid the flood reports,",
         "We have proof that the Pell council hid the flood reports,", "qualifier"),
        ("They know the Pell dam will hold this winter,",
         "They believe the Pell dam will hold this winter,", "qualifier"),
        ("I suspect the Pell council hid the flood reports,",
         "I know the Pell council hid the flood reports,", "qualifier"),
        # near misses: a belief both ways; the verb after a noun; a noun of its spelling;
        # "it" and "you" as subjects (no speaker's stance)
        ("We believe the Pell dam will hold this winter,",
         "We think the Pell dam will hold this winter,", "swap"),
        ("The farmers fear the Pell dam will fail this winter,",
         "The farmers say the Pell dam will fail this winter,", "word"),
        ("Their fears about the Pell dam are real and urgent,",
         "Their doubts about the Pell dam are real and urgent,", "swap"),
        ("It feels like the Pell dam will fail this winter,",
         "It looks like the Pell dam will fail this winter,", "swap"),
        ("You know the Pell dam will fail this winter,",
         "You fear the Pell dam will fail this winter,", "swap"),
    ],
)
def test_a_belief_put_for_a_finding_is_a_hedge(a, b, kind):
    assert support.quote_change_kind(a, b) == kind
    assert support.quote_change_kind(b, a) == kind
